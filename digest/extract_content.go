package digest

import (
	"slices"
	"strings"
)

// This file shapes the content of a position into statement texts: it
// trims the words that introduce it, turns "that Ukraine accept" into
// "Ukraine to accept", and splits lists into one statement per item.

// trailWords never end a statement.
var trailWords = set("and", "or", "but", "the", "a", "an", "to", "of", "with", "as",
	"that", "for", "on", "in", "by", "from", "at", "its", "their", "his", "her",
	"also", "including", "than", "into", "said", "says", "either", "too")

// listAdjectives end no list item: "an immediate and unconditional
// ceasefire" is one item.
var listAdjectives = set("immediate", "unconditional", "full", "complete", "comprehensive",
	"lasting", "permanent", "durable", "total", "real", "genuine", "just", "fair", "direct",
	"legal", "official", "new", "general", "partial", "mutual", "temporary", "short", "long",
	"sustainable", "reliable", "robust", "binding", "political", "military", "humanitarian",
	"economic", "territorial", "final", "lasting", "verifiable", "comprehensive", "total")

// timeOpeners and timeNouns make the time phrases that may open a
// content: "last weekend", "this week", "on Monday".
var timeOpeners = set("last", "this", "next", "on", "earlier", "later", "that")
var timeNouns = set("week", "weekend", "month", "year", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "morning", "evening", "night", "day",
	"spring", "summer", "autumn", "winter", "fall")

// pastTenses are irregular past forms, not bare verbs: "forces left first".
var pastTenses = set("left", "went", "took", "made", "gave", "came", "saw", "held", "kept",
	"sent", "told", "said", "won", "lost", "got", "fell", "began", "brought", "bought",
	"thought", "sought", "met", "led", "ran", "stood", "struck", "drew", "wrote", "spoke",
	"withdrew", "withdrawn", "broke", "froze", "chose", "rose", "threw", "paid")

// listConj open the later items of a list.
var listConj = set("and", "or", "with", "plus", "as")

// trimContent drops the words and marks that introduce or trail a content.
func trimContent(toks []token) []token {
	// "two things: A, and B" -> "A, and B"
	for k := 0; k < len(toks) && k < 8; k++ {
		if toks[k].text == ":" && k+1 < len(toks) {
			if sizeAfter(toks[k+1:]) {
				break // "swap all wounded prisoners: 1,200 on each side": the exchange and its size
			}
			if slices.ContainsFunc(toks[k+1:min(k+8, len(toks))], func(t token) bool { return t.in(speechVerbs) && !t.party }) {
				toks = toks[:k] // "rejected any deployment of troops: Ryabkov said ...": what follows is another report
			} else {
				toks = toks[k+1:]
			}
			break
		}
	}
	if len(toks) > 3 && (toks[2].text == "—" || toks[2].text == "–") && (toks[0].in(months) || toks[1].in(months)) {
		toks = toks[3:] // "2 October — Some 185 soldiers returned": a timeline's date
	}
	for len(toks) > 0 {
		t := toks[0]
		if (!t.word && t.text != "\"" && t.text != "“" && t.text != "$" && t.text != "€") || (t.word && t.in(contentIntros)) {
			toks = toks[1:]
			continue
		}
		if len(toks) > 2 && t.word && !t.caps && len(t.low) > 5 && strings.HasSuffix(t.low, "ly") && (toks[1].text == "," || toks[1].low == "that") {
			toks = toks[1:] // "insists, crucially, that ...", "demands, notably, the withdrawal": an aside on the saying
			continue
		}
		if t.low == "outright" && len(toks) > 1 && (!toks[1].word || toks[1].in(determiners) || toks[1].low == "all" || toks[1].low == "no" || toks[1].low == "to" || toks[1].party) {
			toks = toks[1:] // "rejected outright any ceasefire", "refused outright to ...": the manner; but "wants outright capitulation"
			continue
		}
		if len(toks) > 3 && (t.low == "late" || t.low == "early") && toks[1].in(timeOpeners) && toks[2].in(timeNouns) {
			toks = toks[1:] // "late last month to a week-long pause"
			continue
		}
		if n := 1 + b2i(len(toks) > 2 && (toks[1].low == "late" || toks[1].low == "early")); len(toks) > n+2 && t.low == "in" && toks[n].in(months) && toks[n+1].low == "to" {
			toks = toks[n+1:] // "in (late) January to a week-long pause"
			continue
		}
		// "last weekend to resume talks", "on Monday for a truce"
		if len(toks) > 2 && (t.in(timeOpeners)) && toks[1].in(timeNouns) {
			toks = toks[2:]
			continue
		}
		if k := sinceThat(toks); k > 0 {
			toks = toks[k:] // "has demanded since the summer that Ukraine ...", "has insisted since the Istanbul rounds that Kyiv ..."
			continue
		}
		if t.word && t.in(timeNouns) && t.caps && !(len(toks) > 1 && (toks[1].in(modalsInContent) || toks[1].in(beWords))) { // but "Thursday would be an appropriate time for Kyiv to sign" is its subject
			toks = toks[1:]
			continue
		}
		break
	}
	for len(toks) > 0 {
		t := toks[len(toks)-1]
		if (!t.word && t.text != "\"" && t.text != "”" && t.text != "%" && t.text != ")") || (t.word && t.in(trailWords)) {
			toks = toks[:len(toks)-1]
			continue
		}
		if n := len(toks); n > 2 && (t.low == "he" || t.low == "she" || t.low == "they") && toks[n-2].text == "," {
			toks = toks[:n-2] // "would only drag the war out, he (said)": who said it
			continue
		}
		if n := len(toks); n > 3 && (t.low == "which" || t.low == "whom") && toks[n-2].in(prepositions) && toks[n-3].text == "," {
			toks = toks[:n-3] // "the return of children deported to Russia, on which (the Russian side had offered nothing)"
			continue
		}
		break
	}
	return subjectTo(toks)
}

// subjectTo turns a that-clause into a demand's infinitive: "Ukraine
// accept neutral status" -> "Ukraine to accept neutral status", "Kyiv
// should withdraw" -> "Kyiv to withdraw".
func subjectTo(toks []token) []token {
	// "he agree to a ceasefire" -> "agree to a ceasefire"
	if len(toks) > 2 && toks[0].in(pronouns) && toks[0].low != "i" && (toks[1].bareVerb() || toks[1].low == "be") {
		return toks[1:]
	}
	k := 0
	for k < len(toks) && (toks[k].party || toks[k].low == "the") {
		k++
	}
	if k == 0 || !toks[k-1].party || toks[k-1].poss {
		return toks
	}
	adjective := adjectiveLike(toks[k-1].low)
	for n := 0; n < 2 && k < len(toks) && toks[k].in(agentNouns); n++ {
		k++
		adjective = false
	}
	if adjective {
		return toks // "the Russian paper": not a subject
	}
	if k+1 < len(toks) && quoteMark(toks[k].text) && toks[k+1].in(modalsInContent) && !slices.ContainsFunc(toks[:k], func(t token) bool { return quoteMark(t.text) }) {
		// `says Ukraine "must withdraw from the four regions"`: a quote that
		// opens on the modal after the side named; but `offered Ukraine
		// "Article 5-like" protection` keeps its quote
		toks = slices.Delete(slices.Clone(toks), k, k+1)
		if n := len(toks) - 1; quoteMark(toks[n].text) && !slices.ContainsFunc(toks[k:n], func(t token) bool { return quoteMark(t.text) }) {
			toks = toks[:n]
		}
	}
	if k >= len(toks) || !toks[k].word || toks[k].caps {
		return toks
	}
	w := toks[k].low
	to := madeWord("to")
	if n := k + 1 + b2i(k+1 < len(toks) && toks[k+1].in(skipWords)); beWords.has(w) && n+1 < len(toks) && obligedWords[toks[n].low] && toks[n+1].low == "to" {
		return append(append([]token{}, toks[:k]...), toks[n+1:]...) // "Kiev is also required to adopt" -> "Kiev to adopt"
	}
	switch {
	case w == "ought" && k+1 < len(toks) && toks[k+1].low == "to":
		return append(append([]token{}, toks[:k]...), toks[k+1:]...) // "Kyiv ought to withdraw" -> "Kyiv to withdraw"
	case modalsInContent.has(w):
		rest := toks[k+1:]
		if len(rest) > 2 && haveToAdverb(rest[0].low) && rest[1].low == "have" && rest[2].low == "to" {
			rest = rest[1:] // "Ukraine would then have to hold elections" -> "Ukraine to hold elections"
		}
		if len(rest) > 1 && rest[0].low == "have" && rest[1].low == "to" {
			rest = rest[2:] // "Kyiv would have to stop" -> "Kyiv to stop"
		} else if len(rest) > 2 && rest[0].low == "have" && rest[1].low == "had" && rest[2].low == "to" {
			rest = rest[3:] // "Ukraine would have had to withdraw" (under the original draft) -> "Ukraine to withdraw"
		}
		return append(append(append([]token{}, toks[:k]...), to), rest...)
	case w == "be" || looksBareVerb(w) && nounCues[w] == "" && !toks[k].in(planNouns) && !notAnAct(w): // not "the US proposal", "Ukraine neutral"
		out := append(append(append([]token{}, toks[:k]...), to), toks[k:]...)
		return out
	}
	return toks
}

// looksBareVerb guesses that w is a verb in the bare form ("accept",
// "withdraw", "give"): not a function word, no -s, -ed or -ing ending.
func looksBareVerb(w string) bool {
	if prepositions.has(w) || determiners.has(w) || skipWords.has(w) || trailWords.has(w) || negations.has(w) || clauseWords.has(w) || pastTenses.has(w) {
		return false
	}
	return bareShape(w)
}

// nounShape reports whether w ends as a noun does: "declaration",
// "membership", "readiness"; not "implement".
func nounShape(w string) bool {
	for _, suffix := range []string{"tion", "sion", "ness", "ity", "ship", "ment"} {
		if strings.HasSuffix(w, suffix) && w != "implement" {
			return true
		}
	}
	return false
}

// bareShape reports whether w, a word of no function set, has the shape
// of a bare verb: not short, no -s, -ed, -ing or -ly ending, no noun
// suffix, no number.
func bareShape(w string) bool {
	if len(w) < 3 {
		return false
	}
	switch w {
	case "out", "off", "back", "away", "home", "down", "alone", "inside", "outside", "there", "here", "abroad":
		return false // "Ukrainian troops out of the Donbas", "troops deployed as peacekeepers inside Ukraine": no verb
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	if nounShape(w) {
		return false // "the Paris declaration": a noun
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	_, number := wordNumbers[w]
	return !isNumber(w) && !number
}

// balanceQuotes removes quote marks left without their pair.
func balanceQuotes(toks []token) []token {
	straight, open, closing := 0, 0, 0
	for _, t := range toks {
		switch t.text {
		case "\"":
			straight++
		case "“":
			open++
		case "”":
			closing++
		}
	}
	if straight%2 == 0 && open == closing {
		return toks
	}
	out := make([]token, 0, len(toks))
	space := false // the space before a dropped mark goes to the next token
	for _, t := range toks {
		if (t.text == "\"" && straight%2 == 1) || ((t.text == "“" || t.text == "”") && open != closing) {
			space = space || t.space
			continue
		}
		t.space = t.space || space
		space = false
		out = append(out, t)
	}
	return out
}

// comparisonAt reports whether a remark that measures the item against
// another figure opens at k: "far above", "well below", "up from",
// "compared with".
func comparisonAt(toks []token, k int) bool {
	a, b := toks[k].low, toks[k+1].low
	switch a {
	case "far", "well", "way", "much":
		return b == "above" || b == "below" || b == "beyond" || b == "more" || b == "less" || b == "higher" || b == "lower"
	case "up", "down":
		return b == "from"
	case "compared":
		return b == "with" || b == "to"
	}
	return false
}

// splitList cuts a content that lists several positions into one content
// per item: "neutral status, no foreign troops and no WMD". A list of names
// ("the Donetsk, Luhansk, Kherson and Zaporizhzhia regions") stays whole,
// as does any list with an item of a single word, or of phrases led by a
// preposition other than intro, the word before the content ("in the air,
// at sea and on energy infrastructure").
func splitList(toks []token, intro string) [][]token {
	if len(toks) > 1 && (toks[0].low == "to" || toks[0].low == "for" || toks[0].low == "on" || toks[0].low == "that") {
		intro = toks[0].low // "agreed to A, to B and to C", "insists on A, on B and on C", "insisted that A, that B"
	}
	colon := slices.IndexFunc(toks[:min(8, len(toks))], func(t token) bool { return t.text == ":" })
	if colon >= 0 && colon+2 < len(toks) && toks[colon+1].low == "to" {
		intro = "to" // "agreed on three things: to A, to B and to C"
	}
	toks = overFrontedClause(withoutAsAsides(trimContent(toks)))
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].text == "," && comparisonAt(toks, k+1) {
			toks = toks[:k] // "a peacetime army of 800,000, far above the 600,000 cap in the November draft": the figure held out for, not the one it is measured against
			break
		}
	}
	if colon := slices.IndexFunc(toks, func(t token) bool { return t.text == ":" }); colon > 1 && sizeAfter(toks[colon+1:]) {
		return [][]token{toks} // "swap all wounded prisoners, as well as all those aged 18 to 25: at least 1,000 on each side": one exchange and its size
	}
	if intro == "that" {
		if k := commaThat(toks); k > 0 {
			// "that Ukraine leave the Donetsk, Luhansk and Kherson regions,
			// that Kyiv recognise Crimea": each clause its own list
			return append(splitList(toks[:k], intro), splitList(toks[k+1:], intro)...)
		}
	}
	if k := andIntro(toks, intro); k > 0 {
		// "pressed for the cap to be raised and for talks to begin from
		// the front line": the word before the content opens the second
		return append(splitList(toks[:k], intro), splitList(toks[k+2:], intro)...)
	}
	if k := andThat(toks); k > 0 {
		// "A, B and C receive recognition, and that Ukrainian forces
		// withdraw": two clauses, two positions.
		return append(splitList(toks[:k], intro), splitList(toks[k+1:], intro)...)
	}
	if slices.ContainsFunc(toks, func(t token) bool { return t.text == ";" }) {
		if semis := splitAt(toks, ";"); len(semis) > 1 {
			var out [][]token
			for _, p := range semis {
				out = append(out, splitList(p, intro)...)
			}
			return out
		}
	}
	whole := [][]token{toks}
	parts := joinUnintroduced(joinModifiers(splitTop(toks)), intro)
	if len(parts) > 2 && slices.ContainsFunc(parts[0], func(t token) bool { return strings.HasPrefix(t.low, "recogni") }) {
		// "recognition of Crimea, the Donetsk and Lugansk republics and the
		// Zaporozhye and Kherson regions as part of Russia, and the
		// complete withdrawal ...": the places recognised are one item
		for j := 1; j < len(parts); j++ {
			if recognisedAs(parts[j]) {
				e := posIndex(toks, parts[j][len(parts[j])-1].pos) + 1
				rest := toks[e:]
				for len(rest) > 0 && (!rest[0].word || rest[0].in(listConj) || alongWith(rest) || asWellAs(rest, 0)) {
					rest = rest[1+b2i(alongWith(rest))+2*b2i(asWellAs(rest, 0)):] // ", along with the complete withdrawal ..."
				}
				if wordCount(rest) < 2 {
					return [][]token{toks[:e]}
				}
				return append([][]token{toks[:e]}, splitList(rest, intro)...)
			}
		}
	}
	for len(parts) > 2 && adjectivesOnly(parts[0]) && !startsWith(parts[1], determiners) {
		// "the neutral, non-aligned and non-nuclear status of Ukraine, its
		// demilitarisation, and ...": the adjectives go with their noun;
		// but "a withdrawal, a cap on the army and ..." are two items
		if parts = joinItems(toks, parts, 0, 1); parts == nil {
			return whole
		}
	}
	if len(parts) > 1 && adjectivesOnly(parts[0]) && !startsWith(parts[1], determiners) {
		return whole // "legally binding, Article 5-style security guarantees": two adjectives of one noun
	}
	contrast := false
	if n := len(parts); n > 2 && startsWith(parts[n-1], listConj) && len(parts[n-1]) > 1 && parts[n-1][1].low == "not" && startsWith(parts[n-2], determiners) {
		// "a ceasefire, the return of deported children, and not elections
		// under fire": the list is A and B, the contrast goes with B; but
		// "Ukraine out of Donbas, out of NATO, and not armed" stays whole
		if j := joinItems(toks, parts, n-2, n-1); j != nil {
			parts, contrast = j, true
		}
	}
	if len(parts) >= 2 {
		last := parts[len(parts)-1]
		opensItem := contrast || startsWith(last, listConj) && !(len(last) > 1 && last[1].low == "not") || alongWith(last) || intro == "that" && last[0].low == "that" // "insisted that A, that B, and that C"; but "start from the line of contact, and not from a withdrawal" is one item and its contrast
		// "borders must not be changed by force, no restrictions should be
		// placed on its army": two clauses, each its own item
		clauses := len(parts) == 2 && !hasTopAnd(last) && !slices.ContainsFunc(parts, func(p []token) bool {
			return wordCount(p) < 4 || !slices.ContainsFunc(p, func(t token) bool { return t.in(modalsInContent) })
		})
		noes := !slices.ContainsFunc(parts, func(p []token) bool { return len(p) < 2 || p[0].low != "no" }) // "no European troops, no Christmas truce"
		switch {
		case noes && !hasTopAnd(last):
			return parts
		case len(parts) == 2 && !opensItem && !hasTopAnd(last) && intro != "—" && !clauses:
			return andSplitAll(whole)
		case len(parts) > 2 && !opensItem && !hasTopAnd(last) && colon < 0 && intro != "—": // but "Russian demands — A, B — have reappeared" lists them
			return whole // but "details of its own: A, B, C" lists them
		}
		for i := range parts {
			p := parts[i]
			if q := p[b2i(len(p) > 2 && strings.HasSuffix(p[0].low, "ly")):]; i > 0 && len(q) > 1 && q[0].low == "with" && q[1].low != "no" {
				return whole // "..., with Trump present", "..., ideally with Trump in the room": not a list item
			}
			if i > 0 && len(p) > 1 && (p[0].low == "not" || (p[0].low == "both" || p[0].low == "either") && p[1].in(prepositions)) {
				return whole // "by the presidents, not by envoys": a contrast, not an item; "continue contacts, both in Moscow and in Washington": where
			}
			if i > 0 && len(p) > 1 && ((p[0].low == "or" && (p[1].low == "else" || p[1].low == "risk" || p[1].low == "face")) || p[0].low == "otherwise") {
				parts = parts[:i] // "..., or else face sanctions": a threat, not an item
				break
			}
			if asWellAs(p, 0) {
				p = p[3:]
			} else if alongWith(p) {
				p = p[2:]
			}
			for len(p) > 0 && (p[0].in(listConj) || p[0].text == ",") {
				p = p[1:]
			}
			if i > 0 && len(p) > 1 && p[0].low == intro && intro != "" {
				p = p[1:] // "calls for A, and for B"
			}
			infinitive := len(p) > 2 && p[0].low == "to" && p[1].bareVerb() && parts[0][0].party && slices.ContainsFunc(parts[0], func(t token) bool { return t.low == "to" })
			if i > 0 && (itemWords(p) < 2 || len(p) > 0 && p[0].in(prepositions) && p[0].low != "without" && !infinitive) {
				return whole // "in the air, at sea and on energy infrastructure": one item
			}
			parts[i] = p
		}
		if intro == "—" && slices.ContainsFunc(parts, func(p []token) bool { return wordCount(p) < 3 }) {
			return whole // "— a neutral, non-aligned Ukraine, strict limits —": an adjective of the first item, not an item
		}
		if !opensItem && !clauses && !((colon >= 0 || intro == "—") && !hasTopAnd(last)) {
			// "A, B and C": the last part holds two items.
			p := parts[len(parts)-1]
			k := lastTopAnd(p)
			if v := verbAnd(p); v > 0 && v < k && withoutAdverbs(parts[0])[0].bareVerb() && (!p[k+1].bareVerb() || p[k].low == "or") {
				k = v // "help restore A, lower B and improve access to ports and payment systems", "(must) also remain neutral, stay out of alliances and allow no troops or bases": the verbs are the items
			}
			if k <= 0 || itemWords(p[:k]) < 2 || itemWords(p[k+1:]) < 2 {
				return whole
			}
			if len(parts) == 2 && anyOtherAfter(p, k) {
				return whole // "a neutral Ukraine, outside NATO and any other military alliance": one item
			}
			parts = append(parts[:len(parts)-1], p[:k], p[k+1+2*b2i(asWellAs(p, k)):])
		}
	} else {
		parts = whole
	}
	out := joinLoneNouns(toks, andSplitAll(parts))
	for i, p := range out {
		if i > 0 && intro != "" && len(p) > 2 && p[0].low == intro {
			out[i] = p[1:] // "only if A and if B", "only after A and after B"
		}
		if wordCount(out[i]) < 2 {
			return whole
		}
	}
	if v := slices.IndexFunc(out[0], func(t token) bool { return !t.party }); v > 0 && sVerb(out[0][v].low) && !out[0][v].caps && !adjectiveLike(out[0][v-1].low) {
		// "Ukraine drops its NATO ambitions, hands over Donbas and accepts
		// ...": each item with its subject; but not the "Ukrainian" of
		// "Ukrainian hostilities"
		for i, p := range out[1:] {
			j := posIndex(toks, p[0].pos)
			if len(out) == 2 && j > 1 && toks[j-1].low == "and" && toks[j-2].text == "," {
				break // "until Moscow compensates Ukraine, and leaves NATO membership to ...": the "and" goes back further
			}
			if len(p) > 1 && sVerb(p[0].low) && !p[0].caps && !p[0].party && !p[1].in(beWords) && !p[1].in(finiteVerbs) && !p[1].in(modalsInContent) && // but "elections are held" has its own subject,
				(!p[1].in(prepositions) || particleCues[p[1].low][p[0].low] != "") { // and "caps on the size of its army" is a noun; "hands over Donbas" a verb
				out[i+1] = append(slices.Clip(out[0][:v]), p...)
			}
		}
	}
	if to := slices.IndexFunc(out[0], func(t token) bool { return t.low == "to" }); to > 0 && out[0][0].party && out[0][to-1].party {
		// "Kiev to adopt neutral status, to accept limits on its army,
		// and to agree to ...": each item with its subject, and with its
		// negation ("Kyiv to not mobilise, train troops or receive
		// weapons": not to train troops either)
		lead := slices.Clip(out[0][:to+1])
		if n := to + 1; n+1 < len(out[0]) && (out[0][n].low == "not" || out[0][n].low == "never") && out[0][n+1].low != "only" { // but "not only A, B and C" denies none
			lead = slices.Clip(out[0][:n+1])
		}
		for i, p := range out[1:] {
			that := slices.IndexFunc(p, func(t token) bool { return t.low == "that" })
			if that < 0 {
				that = len(p)
			}
			if slices.ContainsFunc(p[:that], func(t token) bool { return t.in(modalsInContent) || t.in(beWords) || t.low == "can" }) {
				continue // "..., and nobody in Kyiv would sign": a clause of its own; but "write into its constitution that it will ..."
			}
			switch {
			case len(p) > 2 && p[0].low == "to" && p[1].bareVerb():
				if out[0][to].pos < 0 {
					out[i+1] = append(lead, p[1:]...) // "Ukraine must not be allowed to use any pause to mobilise, to train troops": the modal's negation holds for every item
				} else {
					out[i+1] = append(slices.Clip(out[0][:to]), p...) // "Ukraine to not join NATO, to hold elections": an item with its own "to" has no negation of the first
				}
			case len(p) > 1 && p[0].bareVerb() && !p[0].caps:
				out[i+1] = append(lead, p...) // "have Ukraine pull out of Donetsk, cap its army ..."
			}
		}
	}
	return out
}

// withoutRejectedFigure leaves out of a content "rather than" (or ",
// not") and the figure it turns down, up to the next comma: "the cap on
// Ukraine's army be set at 800,000 rather than the 600,000 in the American
// draft, that ..." asks for 800,000, and the 600,000 is the other side's;
// so do "a cap of 800,000, not 600,000" and "as soon as possible rather
// than within 100 days".
func withoutRejectedFigure(toks []token) []token {
	for k := 2; k+1 < len(toks); k++ {
		cut, from, window := k, k+2, 3 // "rather than the 600,000", "rather than within 100 days"
		if toks[k].low == "not" && toks[k-1].text == "," {
			cut, from, window = k-1, k+1+b2i(toks[k+1].low == "the"), 1 // "a cap of 800,000, not 600,000", from its comma; not ", not less than 15 km"
		} else if toks[k].low != "rather" || toks[k+1].low != "than" {
			continue
		}
		if !hasNumber(toks[from:min(from+window, len(toks))]) {
			continue
		}
		e := from
		for e < len(toks) && toks[e].text != "," && toks[e].text != ";" {
			e++
		}
		return append(slices.Clone(toks[:cut]), toks[e:]...)
	}
	return toks
}

// overFrontedClause returns the main clause of a content that opens on a
// condition or a time with no comma to close it: "(that) before any guns
// fell silent Ukraine must pull its troops out" holds "Ukraine must pull
// its troops out", the side named before its modal, with its article
// ("until talks end the EU must ..."). But the subject of the condition
// ("until the EU will lift sanctions Russia must ...") and a side after a
// preposition ("if talks with Russia would fail Europe must ...") are not
// it.
func overFrontedClause(toks []token) []token {
	s := b2i(len(toks) > 0 && toks[0].low == "that")
	if len(toks) < s+4 {
		return toks
	}
	switch toks[s].low {
	case "before", "until", "unless", "once", "when", "after", "if":
	default:
		return toks
	}
	for k := s + 2; k+1 < len(toks); k++ {
		if !toks[k].word && toks[k].text != "'" && toks[k].text != "’" {
			return toks // a comma or a dash closes the clause: read as it is
		}
		if toks[k].party && !toks[k].poss && toks[k+1].in(modalsInContent) {
			j := k
			for j > s+1 && toks[j-1].party && !toks[j-1].poss {
				j-- // "the United States must"
			}
			j -= b2i(toks[j-1].low == "the")
			if j > s+1 && !(toks[j-1].in(prepositions) && !toks[j-2].in(beWords)) { // but "until the talks were over Ukraine must ..."
				return toks[j:]
			}
		}
	}
	return toks
}

// withoutAsAsides drops a remark set off by commas on what an item is
// meant as: in "a complete ceasefire for 30 days, as the precondition for
// talks" the precondition is no item of its own.
func withoutAsAsides(toks []token) []token {
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].text == "," && toks[k+1].low == "as" && toks[k+2].in(determiners) {
			e := k + 3
			for e < len(toks) && toks[e].text != "," {
				e++
			}
			return append(slices.Clip(toks[:k]), withoutAsAsides(toks[e:])...)
		}
	}
	return toks
}

// joinModifiers joins to the part before it a part that only modifies it:
// ", including the US Congress", ", modelled on NATO's Article 5", ", backed
// by the US".
func joinModifiers(parts [][]token) [][]token {
	return joinParts(parts, func(i int, p []token) bool {
		return modifier(p) || placeAside(parts[0], p, parts[i+1:]) || namesGoOn(parts[i-1], p)
	})
}

// namesBefore reports whether the "and" at k ends a list of names after
// "from", "by" or "between": "guarantees from the United States, NATO and
// the European signatories".
func namesBefore(p []token, k int) bool {
	opened, comma := namesOpened(p[:k])
	return opened && comma
}

// namesGoOn reports whether part p goes on a list of names that ends the
// part before it after a preposition: "guarantees from the United States,
// NATO and the European signatories" names the givers of one thing.
func namesGoOn(before, p []token) bool {
	if len(p) == 0 || !p[0].party && !(p[0].caps && p[0].word) || len(before) < 2 || !before[len(before)-1].party {
		return false
	}
	opened, _ := namesOpened(before)
	return opened
}

// namesOpened reports whether toks end on names (a side's or a capitalised
// word, "the", commas between them) that "from", "by" or "between" opens,
// and whether a comma stands among them.
func namesOpened(toks []token) (opened, comma bool) {
	for j := len(toks) - 1; j >= 0; j-- {
		switch t := toks[j]; {
		case t.low == "from" || t.low == "by" || t.low == "between":
			return true, comma
		case t.text == ",":
			comma = true
		case !t.party && !(t.caps && t.word) && t.low != "the":
			return false, comma
		}
	}
	return false, comma
}

// joinUnintroduced joins to the part before it a part that does not open
// with the list's preposition when others do: in "insists on recognition
// of Crimea, the Donetsk and Lugansk republics as Russian, and on the
// withdrawal ...", the second part is still inside the first item.
func joinUnintroduced(parts [][]token, intro string) [][]token {
	if intro != "on" && intro != "for" {
		return parts
	}
	opens := func(p []token) bool {
		if len(p) > 0 && p[0].in(listConj) {
			p = p[1:]
		}
		return len(p) > 0 && p[0].low == intro
	}
	if !slices.ContainsFunc(parts[1:], opens) {
		return parts
	}
	return joinParts(parts, func(_ int, p []token) bool { return !opens(p) })
}

// joinParts joins to the part before it each part (at index i of parts)
// that join accepts. The parts are contiguous in one token slice, so a join
// is a reslice over the comma between them.
func joinParts(parts [][]token, join func(i int, p []token) bool) [][]token {
	out := parts[:1]
	for i := 1; i < len(parts); i++ {
		p, last := parts[i], out[len(out)-1]
		if n := len(last) + 1 + len(p); len(p) > 0 && join(i, p) && cap(last) >= n && &last[:n][len(last)+1] == &p[0] {
			out[len(out)-1] = last[:n]
			continue
		}
		out = append(out, p)
	}
	return out
}

// placeAside reports whether a part opened by a preposition goes with the
// part before it because a list item follows it: "a full ceasefire on land,
// in the air and at sea, an exchange of all prisoners and ...".
func placeAside(first, p []token, after [][]token) bool {
	if len(p) < 3 || len(after) == 0 || !p[0].in(prepositions) || p[0].low == "without" || p[0].low == "to" || p[0].low == "with" || p[0].low == "among" || !startsArticle(first) {
		return false
	}
	next := after[0]
	if len(next) > 0 && next[0].in(listConj) {
		next = next[1:]
	}
	return len(next) > 1 && startsArticle(next)
}

// startsArticle reports whether p opens with an article: a noun phrase.
func startsArticle(p []token) bool {
	return len(p) > 0 && (p[0].low == "a" || p[0].low == "an" || p[0].low == "the")
}

// modifier reports whether a list part only modifies the part before it.
func modifier(p []token) bool {
	if len(p) < 2 {
		return false
	}
	switch p[0].low {
	case "including", "notably", "especially", "particularly", "mainly", "which", "meaning", "covering", "excluding", "involving":
		return true // and ", which would become a buffer zone", ", meaning that it would renounce ...", ", covering the power plants and the networks": a remark on the item
	case "de", "either":
		return p[1].low == "jure" || p[1].low == "facto" || p[1].low == "de" // "recognised as Russian, de jure or de facto"
	case "at":
		return p[1].low == "least" || p[1].low == "most" // "exchange the wounded, at least a thousand people on each side": how many
	case "together":
		return p[1].low == "with" // "exchange the wounded, together with young soldiers": in the same exchange
	case "the":
		if w := p[1].low; (w == "first" || w == "largest" || w == "biggest" || w == "second" || w == "third") && len(p) > 2 && (p[2].low == "in" || p[2].low == "since" || p[2].low == "of") {
			return true // "an exchange of 314 prisoners, the first in five months": which one
		}
	}
	if w := p[len(p)-1].low; len(p) <= 5 && (w == "included" || w == "excepted" || w == "aside") {
		return true // "a European say on anything that touches Europe, frozen Russian money included"
	}
	if isNumber(p[0].low) && (p[1].low == "from" || p[1].low == "on" || p[1].low == "each") {
		return true // "an exchange of 314 prisoners, 157 from each side": how it splits
	}
	if len(p) > 2 && participle(p[0].low) && (p[1].low == "as" || p[1].low == "out" && p[2].low == "as") {
		return true // "Ukraine's neutrality, spelled out as its refusal to join alliances": what it means
	}
	return (participle(p[0].low) || p[0].low == "led") && (p[1].low == "on" || p[1].low == "by" || p[1].low == "in" || p[1].low == "after" || p[1].low == "from")
}

// adjectivesOnly reports whether p is an adjective phrase with no noun,
// such as "legally binding" or "binding": the first of two coordinate
// adjectives before one noun.
func adjectivesOnly(p []token) bool {
	if len(p) == 2 && p[0].in(determiners) && !p[1].caps && adjectiveForm(p[1].low) && nounCues[p[1].low] == "" && !withdrawNouns.has(p[1].low) {
		return true // "the neutral, non-aligned and non-nuclear status of Ukraine"; not "the deal, security guarantees and ..."
	}
	if len(p) == 0 || len(p) > 2 || p[0].caps {
		return false
	}
	last := p[len(p)-1].low
	if len(p) == 2 && !strings.HasSuffix(p[0].low, "ly") {
		return false
	}
	return strings.HasSuffix(last, "ing") || strings.HasSuffix(last, "ed") || last == "solid" || last == "credible" || last == "reliable"
}

// adjectiveForm reports whether w is written as an adjective: "neutral",
// "non-aligned", "sovereign", "democratic", "comprehensive".
func adjectiveForm(w string) bool {
	return strings.HasPrefix(w, "non-") || hasAnySuffix(w, "al", "ic", "ive", "ous", "ful", "ign")
}

// hasAnySuffix reports whether w ends with one of suffixes.
func hasAnySuffix(w string, suffixes ...string) bool {
	return slices.ContainsFunc(suffixes, func(e string) bool { return strings.HasSuffix(w, e) })
}

// commaCovering reports whether a remark on "covering" opens after a comma
// in p ("a ceasefire, covering the power plants and the networks"); but
// "a truce covering energy infrastructure and a swap of prisoners" is two
// items.
func commaCovering(p []token) bool {
	for k := 1; k < len(p); k++ {
		if p[k].low == "covering" && p[k-1].text == "," {
			return true
		}
	}
	return false
}

// andSplitAll splits each part at an "and" joining two parallel items:
// "no foreign troops and no weapons of mass destruction".
func andSplitAll(parts [][]token) [][]token {
	out := make([][]token, 0, len(parts)+1)
	for _, p := range parts {
		for !slices.ContainsFunc(p, func(t token) bool { return t.low == "including" }) && !commaCovering(p) { // "root causes, including A and B", "a ceasefire, covering the power plants and the networks": one item
			k := parallelAnd(p)
			if k < 0 {
				break
			}
			out = append(out, p[:k])
			p = p[k+1:]
		}
		out = append(out, p)
	}
	return out
}

// clauseAt reports whether a clause of its own starts at k: up to three
// words of a subject, then "is", "are" or a modal ("Ukrainian mobilisation
// is halted").
func clauseAt(p []token, k int) bool {
	for n := k + 1; n < len(p) && n <= k+3; n++ {
		if p[n].in(beWords) || p[n].in(modalsInContent) {
			return p[n-1].word && !p[n-1].in(prepositions)
		}
		if !p[n].word || p[n].in(prepositions) {
			return false
		}
	}
	return false
}

// parallelAnd returns the index of an "and" that joins two items starting
// alike ("no X and no Y", "the X and the Y"), or -1.
func parallelAnd(p []token) int {
	depth := 0
	for k, t := range p {
		switch t.text {
		case "(", "“":
			depth++
		case ")", "”":
			depth--
		case "\"":
			depth += 1 - 2*b2i(depth > 0) // a straight quote opens, or closes what it opened: `a ban on the "glorification of Nazism" and ...`
		}
		if depth != 0 || t.low != "and" || k == 0 || k+1 >= len(p) {
			continue
		}
		l, r := p[0].low, p[k+1].low
		if anyOtherAfter(p, k) {
			continue // "outside NATO and any other military alliance": one object
		}
		if wordCount(p[:k]) < 2 || wordCount(p[k+1:]) < 2 || p[k-1].in(listAdjectives) {
			continue
		}
		if slices.ContainsFunc(p[:k], func(t token) bool { return strings.HasPrefix(t.low, "recogni") }) && recognisedAs(p[k+1:]) {
			continue // "recognition of Crimea and the other annexed regions as Russian": one object
		}
		if p[k+1].party && k+3 < len(p) && p[k+2].low == "to" && p[k+3].bareVerb() && hasWord(p[:k], "to") {
			return k // "Kyiv to stop mobilisation and Ukraine to halt rearmament"
		}
		if to := slices.IndexFunc(p[:k], func(t token) bool { return t.low == "to" }); to > 0 && p[0].party && p[to-1].party && k+2 < len(p) &&
			!p[k+1].caps && p[k+1].bareVerb() && !notAnAct(p[k+1].low) && (p[k+2].in(determiners) || p[k+2].in(possPronouns) || p[k+2].word && !p[k+2].caps && !p[k+2].in(prepositions)) {
			return k // "Ukraine to withdraw its forces from the four regions and accept neutral status": two acts, each with its subject
		}
		if (r == "for" || r == "to" || r == "on") && k+2 < len(p) && (p[k+2].in(determiners) || p[k+2].party) && !hasWord(p[:k], r) {
			return k // "for a full ceasefire and for the return of children"
		}
		if r == "to" && k+2 < len(p) && p[k+2].word && !p[k+2].party && !hasWord(p[:k], "to") && p[k+2].bareVerb() {
			return k // "halt strikes for 30 days and to swap 175 prisoners"
		}
		if modalsInContent.has(r) && hasModal(p[:k]) {
			return k // "would be barred from X and would have to hold elections"
		}
		if wordCount(p[:k]) <= 4 && !hasModal(p[:k]) && jointSubject(p[k+1:]) {
			continue // "the Red Cross and the UN could visit ...": one subject
		}
		if p[k-1].party && (p[k+1].party || (p[k+1].low == "the" && k+2 < len(p) && p[k+2].party)) || allParty(p[k+1:]) || namesBefore(p, k) {
			continue // "by Ukraine and the United States", "from the United States, NATO and the European signatories": names, not items
		}
		if p[k-1].party && p[k+1].in(possPronouns) && k+2 < len(p) && (p[k+2].in(otherNouns) || p[k+2].in(agentNouns)) {
			continue // "the ceasefire that Kyiv and its allies asked for": names too
		}
		if clauseAt(p, k+1) && (p[k-1].bareVerb() && !p[k-1].caps || slices.ContainsFunc(p[:k], func(t token) bool { return t.in(beWords) || t.in(modalsInContent) })) {
			return k // "arms deliveries stop and mobilisation is halted": two clauses
		}
		if r == "the" && wordCount(p[k+1:]) == 2 && slices.ContainsFunc(p[1:k], func(t token) bool { return t.in(prepositions) }) {
			continue // "an end to strikes on power plants and the grid": one object
		}
		if r == "the" && k > 1 && p[k-1].caps && p[k-2].in(prepositions) && wordCount(p[k+1:]) <= 3 {
			continue // "children deported to Russia and the occupied territories": one place more
		}
		if !p[k+1].in(determiners) && r != "no" && r != "to" && bareObjectBefore(p, k) && !(k+2 < len(p) && (p[k+2].low == "of" || p[k+2].low == "from")) {
			continue // "the lifting of sanctions and restrictions on Russian banks": one object of the lifting; but in "an end to sanctions and recognition of the annexed regions" the recognition has its own
		}
		if l == r || (listStarts.has(l) && listStarts.has(r)) {
			return k
		}
	}
	return -1
}

// bareObjectBefore reports whether the words before the "and" at k end in
// a noun with no article, possessive or name of its own right after a
// preposition ("of sanctions", "to all Western sanctions"), which a bare
// noun after the "and" joins: "the lifting of sanctions and restrictions".
// But "caps on the size of Ukraine's army and restrictions" are two items.
func bareObjectBefore(p []token, k int) bool {
	if k < 2 || p[k-1].caps || !p[k-1].word {
		return false
	}
	for j := k - 1; j > 0; j-- {
		switch t := p[j]; {
		case t.in(prepositions):
			return j < k-1
		case !t.word || t.poss || t.party || t.in(determiners) || t.in(possPronouns) || t.low == "and" || t.low == "or":
			return false
		}
	}
	return false
}

// recognisedAs reports whether p says what something is recognised as:
// "the four regions as Russian", "... as part of Russia".
func recognisedAs(p []token) bool {
	for k, t := range p[:max(0, len(p)-1)] {
		if t.low == "as" {
			switch p[k+1].low {
			case "russian", "russia", "russia's", "part", "belonging", "de", "legitimately", "sovereign":
				return true
			}
		}
	}
	return false
}

// notAnAct reports whether w, which looksBareVerb lets through, opens no
// act of a list: an adjective or a noun's modifier ("Kyiv and other
// cities", "its sovereignty and territorial integrity", "outside any
// alliance"), or the flourish of "surrender land and call it peace".
func notAnAct(w string) bool {
	switch w {
	case "other", "outside", "power", "energy", "nuclear", "civilian", "call":
		return true
	case "repeal", "reveal", "appeal":
		return false
	}
	for _, suffix := range []string{"al", "ic", "ary", "ian", "ous"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// jointSubject reports whether p opens with a short noun phrase and its
// modal verb: "the UN could visit ...", the second half of a subject.
func jointSubject(p []token) bool {
	for k := 1; k < len(p) && k <= 4; k++ {
		if !p[k].word {
			return false
		}
		if p[k].in(modalsInContent) || p[k].low == "could" || p[k].low == "can" {
			return true
		}
	}
	return false
}

// andIntro returns the index of a top-level "and" followed by intro, the
// preposition that introduced the content ("for", "on"), with two words
// or more before it and a word and more after intro, or -1; none in a
// list with commas ("on A, on B, and on C"), which splits at its commas.
func andIntro(toks []token, intro string) int {
	if intro != "for" && intro != "on" {
		return -1
	}
	k := topLevel(toks, func(k int) bool {
		return toks[k].text == "," && k+1 < len(toks) && (toks[k+1].low == intro || toks[k+1].low == "and") ||
			toks[k].low == "and" && k+3 < len(toks) && toks[k+1].low == intro && wordCount(toks[:k]) >= 2 && toks[k+2].word
	})
	if k < 0 || toks[k].text == "," {
		return -1
	}
	return k
}

// andThat returns the index of a top-level "and" followed by "that", or -1.
func andThat(toks []token) int {
	return topLevel(toks, func(k int) bool { return k > 1 && toks[k].low == "and" && k+1 < len(toks) && toks[k+1].low == "that" })
}

// topLevel returns the first index outside quotes at which at holds, or
// -1.
func topLevel(toks []token, at func(k int) bool) int {
	quoted := false
	for k, t := range toks {
		quoted = t.quoting(quoted)
		if !quoted && at(k) {
			return k
		}
	}
	return -1
}

// sizeAfter reports whether toks (after a colon, or after "This will be")
// give only a count per side: "at least 1,000 on each side", "1,200
// each", "about 390 per side".
func sizeAfter(toks []token) bool {
	k := 0
	for k < len(toks) && k < 2 && (toks[k].low == "at" || toks[k].low == "least" || toks[k].low == "about" || toks[k].low == "some" || toks[k].low == "around" || toks[k].low == "nearly") {
		k++
	}
	if k >= len(toks) || !isNumber(toks[k].low) || len(toks) > k+6 {
		return false
	}
	return slices.ContainsFunc(toks[k+1:], func(t token) bool { return t.low == "each" || t.low == "per" })
}

// alongWith reports whether p opens on "along with": "A, along with B".
func alongWith(p []token) bool { return len(p) > 2 && p[0].low == "along" && p[1].low == "with" }

// commaThat returns the index of a top-level comma followed by "that"
// opening a clause, or -1; not a "that" which is the subject ("..., that
// means Ukraine leaving Donbas", "that is, ...").
func commaThat(toks []token) int {
	return topLevel(toks, func(k int) bool {
		return k > 1 && toks[k].text == "," && k+2 < len(toks) && toks[k+1].low == "that" && !toks[k+2].in(finiteVerbs) && toks[k+2].low != "means" && toks[k+2].low != "meant"
	})
}

// splitAt splits at any of the marks outside quotes and brackets.
func splitAt(toks []token, marks ...string) [][]token {
	var parts [][]token
	depth, quoted, start := 0, false, 0
	for k, t := range toks {
		switch t.text {
		case "(", "“":
			depth++
		case ")", "”":
			depth--
		case "\"":
			quoted = !quoted
		default:
			if depth == 0 && !quoted && slices.Contains(marks, t.text) && !(t.text == "," && softComma(toks, k)) {
				parts = append(parts, toks[start:k])
				start = k + 1
			}
		}
	}
	return append(parts, toks[start:])
}

// softComma reports whether the comma at k joins words of one item: two
// adjectives ("a full, unconditional ceasefire") or the parts of a date
// ("Monday, May 12", "May 12, 2025").
func softComma(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) || !toks[k+1].word {
		return false
	}
	p, n := &toks[k-1], &toks[k+1]
	switch {
	case p.in(listAdjectives) && n.in(listAdjectives) && k+2 < len(toks) && toks[k+2].word && !toks[k+2].in(listConj):
		return true // but "political, humanitarian and military questions" is a list
	case p.in(timeNouns) && p.caps && n.in(months):
		return true
	case isNumber(p.low) && k >= 2 && toks[k-2].in(months) && len(n.low) == 4 && isNumber(n.low):
		return true
	}
	return false
}

// splitTop splits at commas and semicolons outside quotes and brackets.
func splitTop(toks []token) [][]token { return splitAt(toks, ",", ";") }

func startsWith(toks []token, words *wordSet) bool {
	return len(toks) > 0 && toks[0].in(words)
}

func hasTopAnd(toks []token) bool { return lastTopAnd(toks) > 0 }

// lastTopAnd returns the index of the last "and", "or", "plus" or "as
// well as" outside quotes, or -1.
func lastTopAnd(toks []token) int {
	quoted := false
	at := -1
	for k, t := range toks {
		quoted = t.quoting(quoted)
		if !quoted && (t.low == "and" || t.low == "or" || t.low == "plus" || asWellAs(toks, k)) && t.word && !amountOr(toks, k) {
			at = k
		}
	}
	return at
}

// amountOr reports whether the "or" at k joins two amounts of one thing:
// "in three or five years", "a truce of two or three days".
func amountOr(toks []token, k int) bool {
	between := toks[k].low == "and" && k > 1 && toks[k-2].low == "between" // "capped at between 50,000 and 80,000 troops"
	return (toks[k].low == "or" || between) && k > 0 && k+1 < len(toks) && toks[k-1].numeric() && toks[k+1].numeric()
}

// asWellAs reports whether "as well as" opens at k.
func asWellAs(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].low == "as" && toks[k+1].low == "well" && toks[k+2].low == "as"
}

// verbAnd returns the first "and" that a bare verb follows ("lower costs
// and improve access"; not "and Donald Trump"), or -1.
func verbAnd(toks []token) int {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].low == "and" && toks[k+1].bareVerb() && !toks[k+1].caps {
			return k
		}
	}
	return -1
}

func hasModal(toks []token) bool {
	for _, t := range toks {
		if t.in(modalsInContent) || t.pos < 0 && t.low == "to" {
			return true
		}
	}
	return false
}

func hasWord(toks []token, w string) bool {
	for _, t := range toks {
		if t.low == w {
			return true
		}
	}
	return false
}

// allParty reports whether toks name a party and nothing else.
func allParty(toks []token) bool {
	for _, t := range toks {
		if !t.party && t.low != "the" {
			return false
		}
	}
	return len(toks) > 0
}

// itemWords counts the words of a list item as splitList weighs them: a
// lone abstract noun ("neutrality", "demilitarisation", "elections") is an
// item of its own, where a lone name or adjective ("Donetsk, Luhansk and
// Kherson", "fair, just and lasting") is part of a larger one.
func itemWords(p []token) int {
	if loneAbstract(p) {
		return 2
	}
	return wordCount(p)
}

// loneAbstract reports whether a list item is one abstract noun and no
// other word: "neutrality", "demilitarisation", "elections".
func loneAbstract(p []token) bool {
	if wordCount(p) != 1 {
		return false
	}
	for _, t := range p {
		if t.word && !t.caps && len(t.low) > 5 && hasAnySuffix(t.low, "ity", "tion", "tions", "sion", "sions", "ment", "ism", "ance", "ence") {
			return true
		}
	}
	return false
}

// joinLoneNouns keeps an item of one abstract noun with the item after it
// (or, last, before it), a statement of one word being too bare to stand
// alone: "all of Donbas, neutrality and a cap on the army" gives "all of
// Donbas" and "neutrality and a cap on the army"; a list of lone words
// before the last item stays whole.
func joinLoneNouns(toks []token, items [][]token) [][]token {
	if len(items) < 2 {
		return items
	}
	if !slices.ContainsFunc(items[:len(items)-1], func(p []token) bool { return wordCount(p) > 1 }) {
		return [][]token{toks} // "security, stability and prosperity for Ukraine": what follows the last is everyone's
	}
	for i := 0; i < len(items); i++ {
		if i+1 < len(items) && bareAdjective(items[i]) && wordCount(items[i+1]) > 1 && qualityWord(items[i+1][0].low) {
			// "a neutral, non-aligned status for Ukraine": two adjectives
			// of one item, not two items
			if joined := joinItems(toks, items, i, i+1); joined != nil {
				items = joined
			}
			continue
		}
		if !loneAbstract(items[i]) {
			continue
		}
		a := min(i, len(items)-2)
		if joined := joinItems(toks, items, a, a+1); joined != nil {
			items, i = joined, a
		}
	}
	return items
}

// bareAdjective reports whether a list item is an article and one word
// that qualifies rather than names ("a neutral"): the first of two
// adjectives before one noun.
func bareAdjective(p []token) bool {
	w := p[len(p)-1].low
	return len(p) == 2 && (p[0].low == "a" || p[0].low == "an") && p[1].word && !p[1].caps && qualityWord(w) &&
		!hasAnySuffix(w, "ing", "wal", "sal", "val") // not "a meeting", "a withdrawal", "a proposal", "a removal"
}

// qualityWord reports whether w reads as an adjective by its shape: a
// hyphenated word ("non-aligned") or one with an adjective's ending
// ("neutral", "permanent", "binding", "durable").
func qualityWord(w string) bool {
	return strings.Contains(w, "-") || hasAnySuffix(w, "al", "ent", "ant", "ive", "able", "ible", "ous", "ful", "ing", "ed", "less", "ic") && len(w) > 4
}

// joinItems makes the items a and b of a list one, with what stands
// between them in toks; nil when they are not in toks.
func joinItems(toks []token, items [][]token, a, b int) [][]token {
	if len(items[a]) == 0 || len(items[b]) == 0 {
		return nil
	}
	s, e := posIndex(toks, items[a][0].pos), posIndex(toks, items[b][len(items[b])-1].pos)
	if s < 0 || e < s {
		return nil
	}
	return slices.Replace(slices.Clone(items), a, b+1, toks[s:e+1])
}

func wordCount(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.word {
			n++
		}
	}
	return n
}

// obligedWords make a party's duty in the passive: "Kiev is required to".
var obligedWords = map[string]bool{"required": true, "obliged": true, "obligated": true}

// anyOtherAfter reports whether "(any) other" follows the "and" at k of p:
// "outside NATO and any other military alliance" names one object.
func anyOtherAfter(p []token, k int) bool {
	n := k + 1 + b2i(k+1 < len(p) && p[k+1].low == "any")
	return n < len(p) && p[n].low == "other"
}

// sinceThat returns where the "that" clause begins after a "since" phrase
// that opens toks ("since the summer that", "since the Istanbul rounds
// that"), or 0.
func sinceThat(toks []token) int {
	if len(toks) < 4 || toks[0].low != "since" {
		return 0
	}
	n := 1 + b2i(toks[1].low == "the")
	if !toks[n].in(timeNouns) && !toks[n].in(months) && !isNumber(toks[n].low) && !toks[n].caps {
		return 0
	}
	for k := n + 1; k < len(toks)-1 && k <= n+3; k++ {
		if toks[k].low == "that" {
			return k
		}
		if !toks[k].word {
			return 0
		}
	}
	return 0
}

// withoutAdverbs drops the adverbs that open toks ("also", "still",
// "quickly"), keeping at least one token.
func withoutAdverbs(toks []token) []token {
	for len(toks) > 1 && (toks[0].low == "also" || toks[0].low == "still" || toks[0].low == "then" || len(toks[0].low) > 4 && strings.HasSuffix(toks[0].low, "ly")) {
		toks = toks[1:]
	}
	return toks
}
