package digest

import (
	"html"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultMaxText caps the bytes of an item's text that extraction reads
// unless WithMaxText says otherwise: the positions of a news article are
// in its first screens, and a huge or garbage page must cost no more than
// a normal one.
const DefaultMaxText = 20000

// maxSentence caps one sentence; text without punctuation (a table, a
// garbage page) is cut into pieces of at most this many bytes.
const maxSentence = 1200

// abbreviations end with a period that does not end a sentence when a name
// or a number follows: titles, months, initials are handled apart.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"col": true, "lt": true, "sgt": true, "capt": true, "cpt": true, "maj": true,
	"sen": true, "rep": true, "gov": true, "pres": true, "st": true, "jr": true,
	"sr": true, "inc": true, "ltd": true, "co": true, "corp": true, "vs": true,
	"no": true, "nos": true, "adm": true, "amb": true, "hon": true, "rev": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"approx": true, "est": true, "dept": true, "min": true, "fig": true,
}

// numberAbbreviations are abbreviations only before a number ("No. 3",
// "approx. 500"); before a word their period ends a sentence ("rather than
// a flat no. Kyiv insists ...").
var numberAbbreviations = map[string]bool{"no": true, "nos": true, "fig": true, "approx": true, "est": true, "min": true}

// abbreviation reports whether a period after the word w (lower case),
// with rest after its space, marks an abbreviation: "Mr. Putin", "Aug.
// 6", "No. 3"; but "a flat no. Kyiv insists".
func abbreviation(w, rest string) bool {
	if !abbreviations[w] {
		return false
	}
	return !numberAbbreviations[w] || rest != "" && '0' <= rest[0] && rest[0] <= '9'
}

// sentenceStarters are words that, after an abbreviation such as "U.S.",
// show that a new sentence has begun after all.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true,
	"they": true, "we": true, "i": true, "in": true, "on": true, "but": true,
	"and": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "there": true,
	"at": true, "after": true, "before": true, "meanwhile": true, "however": true,
}

// hasFold reports whether m holds w lower-cased, without allocating for
// ASCII words and lines of up to maxLineKey bytes.
func hasFold(m map[string]bool, w string) bool {
	var buf [maxLineKey]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// clipText returns at most max bytes of s, cut at a rune boundary, with
// invalid UTF-8 replaced.
func clipText(s string, max int) string {
	if len(s) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	return s
}

// splitSentences cuts text into sentences. Line breaks end sentences
// (titles, paragraphs); so do '.', '!', '?' and '…' followed by a space
// and a capital letter, a quote or a digit, unless the period ends an
// abbreviation ("Mr.", "Aug. 6") or an initial ("Donald J. Trump").
// At most max bytes of text are read.
func splitSentences(text string, max int) []string {
	var out []string
	eachSentence(text, max, func(s string, _ bool, _ string) { out = append(out, s) })
	return out
}

// eachSentence calls f with each sentence of text in turn (see
// splitSentences), whether it opens a line (a title, a paragraph, a
// question or answer of an interview) and the rest of its line, where a
// quote that runs on past it may be attributed.
func eachSentence(text string, max int, f func(s string, opensLine bool, rest string)) {
	text = clipText(text, max)
	if looksMarkedUp(text) {
		text = html.UnescapeString(stripTags(text))
	}
	text = dropFootnoteMarks(text)
	opens := true
	add := func(s, rest string) {
		s = strings.TrimSpace(s)
		for len(s) > maxSentence {
			cut := strings.LastIndexByte(s[:maxSentence], ' ')
			if cut <= 0 {
				cut = maxSentence
				for cut > 0 && !utf8.RuneStart(s[cut]) {
					cut--
				}
				if cut == 0 {
					return
				}
			}
			f(strings.TrimSpace(s[:cut]), opens, "")
			opens = false
			s = strings.TrimSpace(s[cut:])
		}
		if s != "" {
			f(s, opens, rest)
			opens = false
		}
	}
	for len(text) > 0 {
		line := text
		if nl := strings.IndexByte(text, '\n'); nl >= 0 {
			line, text = text[:nl], text[nl+1:]
		} else {
			text = ""
		}
		opens = true
		start := 0
		for i := 0; i < len(line); {
			// Bytes, not runes: no byte of a multi-byte rune is ASCII,
			// and '…' is the only terminator that is not.
			var r rune
			switch c := line[i]; {
			case c == '.' || c == '!' || c == '?':
				r = rune(c)
			case c == 0xE2 && strings.HasPrefix(line[i:], "…"):
				r = '…'
			case c == ';' && ownedLabelAt(line[i+1:]):
				// "Kyiv's ask: A; Moscow's counter-offer: B": a newsletter's
				// second label opens a sentence of its own
				add(line[start:i+1], line[i+1:])
				start, i = i+1, i+1
				continue
			default:
				i++
				continue
			}
			end := i + utf8.RuneLen(r)
			// Swallow repeated terminators and closing quotes or brackets.
			for end < len(line) {
				c, cs := utf8.DecodeRuneInString(line[end:])
				if c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == '»' {
					end += cs
					continue
				}
				break
			}
			if sentenceEndsAt(line, i, end, r) {
				add(line[start:end], line[end:])
				start = end
			}
			i = end
		}
		add(line[start:], "")
	}
}

// ownedLabelAt reports whether text opens with a label that a side owns:
// a capitalized name's possessive, one or two words and a colon
// (" Moscow's counter-offer:", " Kyiv's red lines:").
func ownedLabelAt(text string) bool {
	text = strings.TrimLeft(text, " ")
	if text == "" || !isCapital(text[0]) {
		return false
	}
	name, rest, ok := strings.Cut(text, " ")
	if !ok || !possessiveEnd(name) {
		return false
	}
	colon := strings.IndexByte(rest, ':')
	return colon > 0 && colon < 30 && strings.Count(rest[:colon], " ") <= 1 && !strings.ContainsAny(rest[:colon], ",;.")
}

// looksMarkedUp reports whether text holds a tag ("<p", "</") or an entity
// ("&amp;", "&#39;").
func looksMarkedUp(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		switch text[i] {
		case '<':
			if c := text[i+1]; c == '/' || c == '!' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				return true
			}
		case '&':
			j := i + 1
			for j < len(text) && j < i+10 && (text[j] == '#' || 'a' <= text[j] && text[j] <= 'z' || '0' <= text[j] && text[j] <= '9') {
				j++
			}
			if j > i+1 && j < len(text) && text[j] == ';' {
				return true
			}
		}
	}
	return false
}

// stripTags removes what looks like HTML markup ("<p>", "</a>", "<!--
// x -->") from text that should have been plain; block tags become line
// breaks so that paragraphs stay apart.
func stripTags(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 || i+1 >= len(s) {
			b.WriteString(s)
			return b.String()
		}
		c := s[i+1]
		j := strings.IndexByte(s[i:], '>')
		if j < 0 || j > 500 || !(c == '/' || c == '!' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		tag := strings.ToLower(strings.TrimLeft(s[i+1:i+j], "/"))
		if strings.HasPrefix(tag, "p") || strings.HasPrefix(tag, "br") || strings.HasPrefix(tag, "div") || strings.HasPrefix(tag, "li") || strings.HasPrefix(tag, "h") {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
		s = s[i+j+1:]
	}
}

// sentenceEndsAt decides whether the terminator at line[i] (closing
// characters up to end) ends the sentence.
func sentenceEndsAt(line string, i, end int, term rune) bool {
	if end >= len(line) {
		return true
	}
	c, cs := utf8.DecodeRuneInString(line[end:])
	if !unicode.IsSpace(c) {
		return false
	}
	j := end + cs
	for j < len(line) && line[j] == ' ' {
		j++
	}
	if j >= len(line) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(line[j:])
	opening := next == '"' || next == '“' || next == '\'' || next == '‘' || next == '«' || next == '('
	if !unicode.IsUpper(next) && !opening && !unicode.IsDigit(next) {
		return false
	}
	if term != '.' || end != i+1 {
		return true
	}
	// The word before the period.
	w := i
	for w > 0 {
		p, ps := utf8.DecodeLastRuneInString(line[:w])
		if !unicode.IsLetter(p) && p != '.' {
			break
		}
		w -= ps
	}
	word := line[w:i]
	if word == "" {
		return true
	}
	nextWord := line[j:]
	if k := strings.IndexAny(nextWord, " ,;:"); k >= 0 {
		nextWord = nextWord[:k]
	}
	starter := hasFold(sentenceStarters, nextWord)
	if unicode.IsDigit(next) {
		// "Aug. 6", "No. 3": a number after an abbreviation continues.
		return !hasFold(abbreviations, word)
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		if before := strings.Fields(line[:w]); len(before) > 0 {
			if r, _ := utf8.DecodeRuneInString(before[len(before)-1]); unicode.IsLower(r) {
				return true // "reposted on X. Decisions ...": no initial follows a lower-case word
			}
		}
		return starter // an initial: "Donald J. Trump"
	}
	if hasFold(numberAbbreviations, word) {
		return true // "a flat no. Kyiv insists": "No." abbreviates only before a number
	}
	if strings.IndexByte(word, '.') >= 0 || hasFold(abbreviations, word) {
		return starter // "U.S. officials", "Mr. Umerov"; but "the U.S. The ..."
	}
	return true
}

// dropFootnoteMarks removes an encyclopedia's footnote marks ("included:[3]",
// "talks.[12]"), which would otherwise stand between a label and its colon,
// or end a sentence.
func dropFootnoteMarks(text string) string {
	if !strings.Contains(text, "[") {
		return text
	}
	var b strings.Builder
	last := 0 // text[last:] is not copied yet
	for i := 0; i < len(text); i++ {
		if text[i] != '[' {
			continue
		}
		j := i + 1
		for j < len(text) && j <= i+4 && '0' <= text[j] && text[j] <= '9' {
			j++
		}
		if j == i+1 || j >= len(text) || text[j] != ']' {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[last:i])
		last, i = j+1, j
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// dashes reads a spaced en dash (" – ") and a doubled hyphen (" -- ") as
// the em dash that the rules know (" — "): the same aside or label in
// another outlet's typography. A range ("2–3 days") keeps its mark.
var dashes = strings.NewReplacer(" – ", " — ", " -- ", " — ")

// normalizeDashes returns text with its dashes read as em dashes (see
// dashes), and a spaced hyphen inside a line too, as plain-text outlets and
// transcripts write the dash ("what they want is - and I'll be careful -
// what they want is"); but not one that opens a point after a semicolon or
// colon ("A; - B"), nor one between numbers ("10 - 12"). text itself when
// it has none to change.
func normalizeDashes(text string) string {
	if strings.Contains(text, " – ") || strings.Contains(text, " -- ") {
		text = dashes.Replace(text)
	}
	var b strings.Builder
	last := 0 // where the text not yet written starts
	for from := 0; ; {
		i := strings.Index(text[from:], " - ")
		if i < 0 {
			break
		}
		at := from + i
		from = at + 3
		var prev, next byte // 0 at either end of the text
		if at > 0 {
			prev = text[at-1]
		}
		if from < len(text) {
			next = text[from]
		}
		if strings.IndexByte(";:\n", prev) >= 0 || isDigitByte(prev) && isDigitByte(next) {
			continue // "A; - B" opens a point; "10 - 12" is a range
		}
		b.WriteString(text[last:at])
		b.WriteString(" — ")
		last = from
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// numberedItems reads the number that opens a line of a numbered list ("2.
// ", "3) ") as a bullet ("- "): the rules read the points of a list by
// their bullet, and the period after a number would otherwise end a
// sentence of its own. text itself when no line opens so.
func numberedItems(text string) string {
	return rewriteLineStarts(text, func(line string) (int, string) {
		k := 0
		for k < len(line) && k < 2 && '0' <= line[k] && line[k] <= '9' {
			k++
		}
		if k > 0 && k+1 < len(line) && (line[k] == '.' || line[k] == ')') && line[k+1] == ' ' {
			return k + 2, "- "
		}
		return 0, ""
	})
}

// lineSpans yields where each line of text starts and ends (before its
// newline).
func lineSpans(text string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for start := 0; start < len(text); {
			end := strings.IndexByte(text[start:], '\n')
			if end < 0 {
				end = len(text)
			} else {
				end += start
			}
			if !yield(start, end) {
				return
			}
			start = end + 1
		}
	}
}

// rewriteLineStarts returns text with the start of each line rewritten by
// f, which returns how many bytes of the line (the rest of text from the
// line's start) to replace, and with what; text itself when f replaces
// nothing.
func rewriteLineStarts(text string, f func(line string) (int, string)) string {
	var b strings.Builder
	last := 0 // text[last:] is not copied yet
	for start := range lineSpans(text) {
		if n, with := f(text[start:]); n > 0 {
			if b.Len() == 0 {
				b.Grow(len(text))
			}
			b.WriteString(text[last:start])
			b.WriteString(with)
			last = start + n
		}
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// singleMark returns the index of the first single quotation mark or
// apostrophe ("'", "‘", "’") in s from i on, or -1: a byte scan, as most
// lines hold an apostrophe.
func singleMark(s string, i int) int {
	for ; i < len(s); i++ {
		if s[i] == '\'' || s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x98 || s[i+2] == 0x99) {
			return i
		}
	}
	return -1
}

// singleQuotes reads the single quotation marks of a line that has no
// double ones as double ones: "Kremlin says US plan 'could form basis'",
// as British headlines write it, is "could form basis" quoted. A mark
// opens after a space or a bracket and before a letter, and closes after
// a letter or a stop and before a space or a stop; an apostrophe inside a
// word ("Kyiv's"), after a plural ("the Ukrainians' demands", with no
// quote open) or before a decade cut short ("the '90s") is left alone.
// text itself when nothing changes.
func singleQuotes(text string) string {
	if singleMark(text, 0) < 0 {
		return text
	}
	var b []byte
	last := 0 // text[last:] is not copied yet
	for start, end := range lineSpans(text) {
		line := text[start:end]
		if singleMark(line, 0) >= 0 && !strings.Contains(line, "\"") && !strings.Contains(line, "“") && !strings.Contains(line, "”") {
			open := -1 // where the quote open starts in text, or -1
			for i := singleMark(line, 0); i >= 0; i = singleMark(line, i) {
				r, size := utf8.DecodeRuneInString(line[i:])
				prev, _ := utf8.DecodeLastRuneInString(line[:i])
				next, _ := utf8.DecodeRuneInString(line[i+size:])
				switch {
				case open < 0 && r != '’' && (i == 0 || unicode.IsSpace(prev) || prev == '(' || prev == '[') && (unicode.IsLetter(next) || unicode.IsDigit(next)) && !elidedDecade(line[i+size:]):
					open = start + i
				case open >= 0 && r != '‘' && (unicode.IsLetter(prev) || unicode.IsDigit(prev) || strings.ContainsRune(".,!?", prev)) && (i+size == len(line) || unicode.IsSpace(next) || strings.ContainsRune(".,;:!?)—", next)):
					if b == nil {
						b = make([]byte, 0, len(text))
					}
					openSize := 1 // "'", else "‘"
					if text[open] != '\'' {
						openSize = len("‘")
					}
					b = append(b, text[last:open]...)
					b = append(b, '"')
					b = append(b, text[open+openSize:start+i]...)
					b = append(b, '"')
					last, open = start+i+size, -1
				}
				i += size
			}
		}
	}
	if b == nil {
		return text
	}
	return string(append(b, text[last:]...))
}

// elidedDecade reports whether s, after an apostrophe, opens a decade cut
// short: "'90s"; but a quote opens "'30-day truce'".
func elidedDecade(s string) bool {
	if len(s) < 3 || s[0] < '0' || s[0] > '9' || s[1] != '0' || s[2] != 's' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[3:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// emoji reports whether r is a pictograph or a mark that dresses one: an
// emoji, a dingbat ("✅"), a geometric bullet ("▪"), a flag's letter, a
// variation selector or a skin tone.
func emoji(r rune) bool {
	return r >= 0x2190 && r != utf8.RuneError && unicode.Is(unicode.So, r) || r == 0xFE0F || r == 0x20E3 || 0x1F3FB <= r && r <= 0x1F3FF
}

// bulletEmoji reports whether r is a pictograph that channels set before
// a list's points: a small diamond or square, a check or a cross, a
// heavy arrow, a pointing hand, a keycap's "10" (the other keycaps are a
// digit's, see keycap).
func bulletEmoji(r rune) bool {
	switch {
	case 0x25A0 <= r && r <= 0x25FF, 0x27A1 == r, 0x1F538 <= r && r <= 0x1F53B, 0x1F449 == r:
		return true // geometric shapes (▪ ▶ ●), ➡, 🔸 🔹, 👉
	}
	return r == 0x2705 || r == 0x274C || r == 0x2714 || r == 0x2716 || r == 0x2611 || r == 0x1F51F
}

// keycap returns the bytes of the keycap that opens s, a digit dressed as
// a pictograph ("1️⃣", "2⃣"), or 0.
func keycap(s string) int {
	if s == "" || (s[0] < '0' || s[0] > '9') && s[0] != '#' && s[0] != '*' {
		return 0
	}
	n := 1
	if strings.HasPrefix(s[n:], "\uFE0F") {
		n += len("\uFE0F")
	}
	if !strings.HasPrefix(s[n:], "\u20E3") {
		return 0
	}
	return n + len("\u20E3")
}

// withoutEmoji reads a text as if written without its pictographs, as
// channels and live pages dress it: a bullet's pictograph that opens a
// line ("🔹 the withdrawal of ...", "✅ an exchange of ...") is the line's
// bullet ("- "), and so is a keycap's ("1️⃣ the withdrawal of ..."); any
// other is dropped, with the space before it ("⚡️ Russia demands ...",
// "... home 🇺🇦"). text itself when it has none.
func withoutEmoji(text string) string {
	first := -1
	for i := 0; i < len(text) && first < 0; {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if emoji(r) {
			first = i
			if i > 0 && keycap(text[i-1:]) > 0 {
				first = i - 1 // the keycap's digit
			}
		}
		i += size
	}
	if first < 0 {
		return text
	}
	b := append(make([]byte, 0, len(text)), text[:first]...)
	lead := strings.TrimLeft(text[strings.LastIndexByte(text[:first], '\n')+1:first], " ") == "" // no word of the line written yet
	for i := first; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			lead = true
		case emoji(r) || lead && keycap(text[i:]) > 0:
			j := i + size
			for j < len(text) {
				n, ns := utf8.DecodeRuneInString(text[j:])
				if !emoji(n) && n != '\u200D' {
					break
				}
				j += ns
			}
			switch {
			case lead && j < len(text) && text[j] == ' ':
				if bulletEmoji(r) || r < utf8.RuneSelf { // or a keycap's digit
					b = append(b, "- "...)
				}
				j++
			case len(b) > 0 && b[len(b)-1] == ' ' && (j == len(text) || text[j] == ' ' || text[j] == '\n'):
				b = b[:len(b)-1] // "home 🇺🇦" is "home"
			}
			i, lead = j, false
			continue
		default:
			lead = lead && unicode.IsSpace(r)
		}
		b = append(b, text[i:i+size]...)
		i += size
	}
	return string(b)
}
