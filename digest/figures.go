package digest

import (
	"math"
	"strconv"
	"strings"
)

// unitNouns maps the nouns that count things in the talks to their plural.
var unitNouns = map[string]string{
	"prisoner": "prisoners", "prisoners": "prisoners", "pow": "prisoners", "pows": "prisoners",
	"captive": "captives", "captives": "captives", "detainee": "detainees", "detainees": "detainees",
	"body": "bodies", "bodies": "bodies", "remains": "bodies",
	"child": "children", "children": "children", "civilian": "civilians", "civilians": "civilians",
	"soldier": "soldiers", "soldiers": "soldiers", "serviceman": "servicemen", "servicemen": "servicemen",
	"troop": "troops", "troops": "troops", "people": "people", "person": "people",
	"day": "days", "days": "days", "hour": "hours", "hours": "hours", "week": "weeks",
	"weeks": "weeks", "month": "months", "months": "months", "year": "years", "years": "years",
	"point": "points", "points": "points", "km": "km", "kilometre": "km", "kilometres": "km",
	"kilometer": "km", "kilometers": "km", "mile": "miles", "miles": "miles",
	"percent": "percent", "%": "percent", "dollar": "dollars", "dollars": "dollars",
	"euro": "euros", "euros": "euros", "hostage": "hostages", "hostages": "hostages",
	"region": "regions", "regions": "regions", "round": "rounds", "rounds": "rounds",
	"delegate": "delegates", "delegates": "delegates", "member": "members", "members": "members",
	"ukrainians": "Ukrainians", "russians": "Russians", "fighter": "fighters", "fighters": "fighters",
	"drone": "drones", "drones": "drones", "missile": "missiles", "missiles": "missiles",
	"sanction": "sanctions", "sanctions": "sanctions", "wounded": "wounded",
}

// wordNumbers are the numbers written as words that figures use.
var wordNumbers = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "hundred": 100,
	"thousand": 1000, "dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000,
}

// multipliers scale the number before them: "1.2 million", "$100bn".
var multipliers = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3,
}

var months = set("january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan", "feb", "mar",
	"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// parseFigures finds the figures of a text: numbers with their unit, ranges
// ("2–3 day truce"), parts ("10 of 400 children"), exchanges ("1,000 for
// 1,000"), and compounds ("30-day ceasefire", "28-point plan"). Dates,
// years and numbers without a unit are left out.
func parseFigures(s string) []Figure {
	if !mayHoldNumber(s) {
		return nil
	}
	s = clipText(s, DefaultMaxText) // offsets below are into the clipped, valid text
	return figuresOf(tokenize(s), s)
}

// mayHoldNumber reports whether s has a digit or a number word: most
// statements have neither and need no figure parsing.
func mayHoldNumber(s string) bool {
	var buf [12]byte
	for i := 0; i < len(s); {
		c := s[i]
		if '0' <= c && c <= '9' {
			return true
		}
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			i++
			continue
		}
		n := 0
		for i < len(s) && ('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
			if n < len(buf) {
				buf[n] = s[i] | 0x20
			}
			n++
			i++
		}
		if n <= len(buf) {
			if _, ok := wordNumbers[string(buf[:n])]; ok {
				return true
			}
		}
	}
	return false
}

// number reads the number at toks[i]: digits, a number word, or a number
// followed by a multiplier; it returns the value and the next token.
func number(toks []token, i int) (float64, int, bool) {
	if i >= len(toks) || !toks[i].word {
		return 0, i, false
	}
	w := toks[i].low
	var v float64
	switch {
	case w == "a" || w == "an":
		if i+1 < len(toks) && (toks[i+1].low == "thousand" || toks[i+1].low == "hundred" || toks[i+1].low == "million") {
			return multipliers[toks[i+1].low], i + 2, true
		}
		return 0, i, false
	case isNumber(w) && w[0] != ',' && w[0] != '.':
		n, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		if err != nil {
			return 0, i, false
		}
		v = n
	case strings.HasSuffix(w, "bn") && isNumber(strings.TrimSuffix(w, "bn")):
		n, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSuffix(w, "bn"), ",", ""), 64)
		if err != nil {
			return 0, i, false
		}
		return n * 1e9, i + 1, true
	default:
		n, ok := wordNumbers[w]
		if !ok {
			return 0, i, false
		}
		v = n
	}
	i++
	if i < len(toks) {
		if m, ok := multipliers[toks[i].low]; ok && toks[i].word && (toks[i].low != "m" && toks[i].low != "k" || toks[i-1].word) {
			v *= m
			i++
		}
	}
	return v, i, true
}

// figureAt reads a figure starting at token i.
func figureAt(toks []token, i int, s string) (Figure, int, bool) {
	start := i
	money := ""
	if !toks[i].word {
		switch toks[i].text {
		case "$":
			money = "dollars"
		case "€":
			money = "euros"
		default:
			return Figure{}, i, false
		}
		i++
	}
	// Compounds: "30-day", "1,000-for-1,000", "2-3", "two-day".
	if i < len(toks) && strings.Contains(toks[i].low, "-") {
		if f, ok := compound(toks, i, s); ok {
			return f, i + 1 + unitSkip(toks, i+1, f.Unit), true
		}
		return Figure{}, i, false
	}
	v, j, ok := number(toks, i)
	if !ok {
		return Figure{}, i, false
	}
	// Dates: "May 16", "16 May", "in 2025".
	if i > 0 && toks[i-1].in(months) || j < len(toks) && toks[j].in(months) {
		return Figure{}, j, false
	}
	// "several hundred children": no figure to give
	if w := lowAt(toks, i-1); i > 0 && (w == "several" || w == "few" || w == "many") && !isDigitByte(toks[i].low[0]) {
		return Figure{}, j, false
	}
	f := Figure{Value: v}
	// Ranges: "2–3", "2 to 3", "two- to three-day", "between 20 and 30".
	k := j
	if k < len(toks) && (toks[k].text == "–" || toks[k].text == "-" || toks[k].text == "—") {
		k++
	}
	if k < len(toks) && (toks[k].low == "to" || (toks[k].low == "and" && i > 0 && toks[i-1].low == "between")) {
		k++
	}
	if k > j {
		if w := lowAt(toks, k); strings.IndexByte(w, '-') > 0 {
			n, ok := leadingNumber(w[:strings.IndexByte(w, '-')])
			if u := unitOf(w[strings.IndexByte(w, '-')+1:]); ok && n > v && u != "" {
				f.Max, f.Unit = n, u
				return finishFigure(f, toks, start, k+1, s, money), k + 1, true
			}
		}
		if m, nk, ok := number(toks, k); ok && m > v {
			f.Max = m
			j = nk
		}
	}
	// Parts: "10 of 400 children", "10 out of the 339".
	k = j
	if lowAt(toks, k) == "out" && lowAt(toks, k+1) == "of" {
		k++
	}
	if lowAt(toks, k) == "of" {
		n := k + 1
		if lowAt(toks, n) == "the" {
			n++
		}
		if m, nk, ok := number(toks, n); ok && m >= v {
			f.Of = m
			j = nk
		}
	}
	// Exchanges: "1,000 for 1,000".
	if lowAt(toks, j) == "for" {
		if m, nk, ok := number(toks, j+1); ok && m == v {
			j = nk
			if unitNouns[lowAt(toks, j)] == "" {
				// Who was exchanged: "146 for 146 later that month" counts
				// no months.
				if f.Unit = nextUnit(toks, j); !exchangeUnit(f.Unit) {
					f.Unit = nearUnit(toks, start)
				}
				return finishFigure(f, toks, start, j, s, ""), j, f.Unit != ""
			}
		}
	}
	if money != "" {
		f.Unit = money
		return finishFigure(f, toks, start, j, s, money), j, true
	}
	if lowAt(toks, j) == "%" || lowAt(toks, j) == "percent" || (lowAt(toks, j) == "per" && lowAt(toks, j+1) == "cent") {
		f.Unit = "percent"
		n := j + 1
		if lowAt(toks, j) == "per" {
			n++
		}
		return finishFigure(f, toks, start, n, s, ""), n, true
	}
	// The unit: the next counting noun within three words ("1,000
	// Ukrainian prisoners"), else a plain noun right after the number.
	for n := j; n < len(toks) && n < j+4; n++ {
		t := toks[n]
		if !t.word {
			break
		}
		if u, ok := unitNouns[t.low]; ok {
			f.Unit = u
			return finishFigure(f, toks, start, n+1, s, ""), n + 1, true
		}
		if t.in(prepositions) || t.in(determiners) || t.low == "and" || t.low == "or" || isNumber(t.low) {
			break
		}
	}
	// An army's size: "caps Ukraine's army at 600,000", "armed forces of
	// 800,000", "a ceiling of 600,000 on its forces"; but no year ("pull
	// its troops back to 1991 borders").
	if b := lowAt(toks, start-1); (v >= 10000 || v >= 1000 && strings.Contains(lowAt(toks, start), ",")) && (b == "at" || b == "of" || b == "to") && armySize(toks, start, j) {
		f.Unit = "troops"
		return finishFigure(f, toks, start, j, s, ""), j, true
	}
	// A year or a bare number says nothing on its own.
	return Figure{}, j, false
}

// armySize reports whether the number in toks[i:j] sizes an army: a word
// for armed forces among the five tokens before it ("caps Ukraine's army
// at"), or among the three after it when they open with "on" ("600,000 on
// its forces").
func armySize(toks []token, i, j int) bool {
	for k := max(0, i-5); k < min(len(toks), j+3); k++ {
		switch lowAt(toks, k) {
		case "army", "armies", "forces", "military", "troops":
			return k < i || lowAt(toks, j) == "on"
		}
	}
	return false
}

// compound reads a hyphenated figure: "30-day", "28-point",
// "1,000-for-1,000", "18-25", "two-day".
func compound(toks []token, i int, s string) (Figure, bool) {
	w := toks[i].low
	parts := strings.Split(w, "-")
	v, ok := leadingNumber(parts[0])
	if !ok {
		return Figure{}, false
	}
	f := Figure{Value: v}
	rest := parts[1:]
	switch {
	case len(rest) >= 2 && rest[0] == "for":
		if m, ok := leadingNumber(rest[1]); !ok || m != v {
			return Figure{}, false
		}
		if f.Unit = nextUnit(toks, i+1); f.Unit == "" {
			f.Unit = nearUnit(toks, i)
		}
	case len(rest) >= 1 && isNumber(rest[0]):
		m, _ := leadingNumber(rest[0])
		if m <= v {
			return Figure{}, false
		}
		f.Max = m
		if len(rest) > 1 {
			f.Unit = unitOf(rest[1])
		} else {
			f.Unit = nextUnit(toks, i+1)
		}
	case len(rest) >= 1:
		f.Unit = unitOf(rest[0])
		if f.Unit == "" {
			if rest[0] == "strong" || rest[0] == "member" {
				f.Unit = nextUnit(toks, i+1)
			}
			if f.Unit == "" {
				return Figure{}, false
			}
		}
	}
	if f.Unit == "" {
		return Figure{}, false
	}
	f.Text = toks[i].text
	if n := i + 1; n < len(toks) && toks[n].word {
		if u, ok := unitNouns[toks[n].low]; ok && u == f.Unit {
			f.Text = textOf(toks, i, n+1, s)
		}
	}
	return f, true
}

// unitSkip returns 1 when the token after a compound is its unit noun
// ("1,000-for-1,000 prisoners"), so it is not read again.
func unitSkip(toks []token, n int, unit string) int {
	if n < len(toks) && unitNouns[toks[n].low] == unit {
		return 1
	}
	return 0
}

// nextUnit returns the counting noun among the next three words, or "".
func nextUnit(toks []token, n int) string {
	for k := n; k < len(toks) && k < n+3; k++ {
		if !toks[k].word {
			return ""
		}
		if u, ok := unitNouns[toks[k].low]; ok {
			return u
		}
	}
	return ""
}

// nearUnit returns the nearest counting noun of people or remains around
// token i, for exchanges written without one ("a 1,000-for-1,000 swap").
func nearUnit(toks []token, i int) string {
	for k := max(0, i-8); k < len(toks) && k <= i+8; k++ {
		if unitNouns[toks[k].low] == "bodies" {
			return "bodies" // "the bodies of fallen soldiers on a 6,000 for 6,000 basis"
		}
	}
	for d := 1; d <= 8; d++ {
		for _, k := range []int{i + d, i - d} {
			if k < 0 || k >= len(toks) {
				continue
			}
			if u := unitNouns[toks[k].low]; exchangeUnit(u) {
				return u
			}
		}
	}
	return ""
}

// exchangeUnit reports whether a unit counts people or remains, the
// units of an exchange.
func exchangeUnit(u string) bool { return exchangeWords.has(u) || u == "bodies" }

// unitOf maps a singular or plural counting noun to its plural unit.
func unitOf(w string) string { return unitNouns[w] }

func leadingNumber(w string) (float64, bool) {
	if n, ok := wordNumbers[w]; ok {
		return n, true
	}
	if !isNumber(w) {
		return 0, false
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	return n, err == nil
}

func lowAt(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].low
}

// textOf returns tokens [a, b) as written in s, the string they were cut
// from; tokens not from s (pos < 0) are joined instead.
func textOf(toks []token, a, b int, s string) string {
	from, to := toks[a].pos, toks[b-1].pos+len(toks[b-1].text)
	for _, t := range toks[a:b] {
		if t.pos < 0 {
			return joinTokens(toks[a:b])
		}
	}
	if from < 0 || to > len(s) || from > to || !strings.HasPrefix(s[from:], toks[a].text) || !strings.HasSuffix(s[:to], toks[b-1].text) {
		return joinTokens(toks[a:b]) // also tokens of an earlier sentence ("Moscow rejected that call"), whose offsets are not in s
	}
	return strings.TrimSpace(s[from:to])
}

// figuresOf finds the figures in tokens cut from s (a statement's tokens
// within their sentence).
func figuresOf(toks []token, s string) []Figure {
	var out []Figure
	for i := 0; i < len(toks); i++ {
		f, next, ok := figureAt(toks, i, s)
		if !ok {
			continue
		}
		if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) || f.Value <= 0 || f.Value > 1e13 || f.Text == "" {
			continue
		}
		out = append(out, f)
		i = next - 1
	}
	return out
}

// finishFigure sets the figure's text: the words from start to end as
// written.
func finishFigure(f Figure, toks []token, start, end int, s, money string) Figure {
	if end > len(toks) {
		end = len(toks)
	}
	if end <= start {
		end = start + 1
	}
	f.Text = textOf(toks, start, end, s)
	if money != "" && f.Unit == "" {
		f.Unit = money
	}
	return f
}
