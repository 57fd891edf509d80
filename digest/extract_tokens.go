package digest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of a sentence.
type token struct {
	text  string // as written, possessive ending included
	low   string // lower-cased, possessive ending and abbreviation dots removed
	word  bool   // letters or digits (else punctuation)
	poss  bool   // "Russia's", "allies'"
	caps  bool   // first letter upper-case
	upper bool   // every letter upper-case ("US", "U.S.", "EU")
	party bool   // part of a party's name (set by the extractor)
	pos   int    // byte offset of text in the tokenized string
}

// tokenize cuts a sentence into words and punctuation marks. Words keep
// inner hyphens, apostrophes, and the separators of numbers ("1,000",
// "2.5") and of abbreviations ("U.S.").
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError {
			i += size
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{text: s[i : i+size], low: s[i : i+size], pos: i})
			i += size
			continue
		}
		start := i
		i += size
		for i < len(s) {
			c, cs := utf8.DecodeRuneInString(s[i:])
			if isWordRune(c) {
				i += cs
				continue
			}
			if i+cs < len(s) && (c == '-' || c == '\'' || c == '’' || c == '.' || c == ',') {
				n, _ := utf8.DecodeRuneInString(s[i+cs:])
				p, _ := utf8.DecodeLastRuneInString(s[:i])
				switch {
				case (c == '-' || c == '\'' || c == '’') && isWordRune(n):
					i += cs
					continue
				case (c == ',' || c == '.') && unicode.IsDigit(p) && unicode.IsDigit(n):
					i += cs
					continue
				case c == '.' && unicode.IsLetter(p) && unicode.IsLetter(n) && i+cs+1 < len(s) && s[i+cs+1] == '.':
					// "U.S.": a letter, a period, a letter, a period.
					i += cs
					continue
				}
			}
			break
		}
		text := s[start:i]
		// The final period of "U.S." belongs to the word.
		if i < len(s) && s[i] == '.' && strings.Contains(text, ".") && utf8.RuneCountInString(text) <= 6 {
			i++
			text = s[start:i]
		}
		t := token{text: text, word: true, pos: start}
		core := text
		switch {
		case strings.HasSuffix(core, "'s") || strings.HasSuffix(core, "’s"):
			t.poss = true
			core = core[:strings.LastIndexAny(core, "'’")]
		case i < len(s) && (s[i] == '\'' || strings.HasPrefix(s[i:], "’")) && strings.HasSuffix(core, "s") && !followedByLetter(s, i):
			t.poss = true
			if s[i] == '\'' {
				i++
			} else {
				i += len("’")
			}
			t.text = s[start:i]
		}
		first, _ := utf8.DecodeRuneInString(core)
		t.caps = unicode.IsUpper(first)
		t.upper = t.caps && strings.ToUpper(core) == core
		low := strings.ToLower(core)
		if strings.Contains(low, ".") && !unicode.IsDigit(first) {
			low = strings.ReplaceAll(low, ".", "")
		}
		t.low = low
		toks = append(toks, t)
	}
	return toks
}

func followedByLetter(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	if i+size >= len(s) {
		return false
	}
	n, _ := utf8.DecodeRuneInString(s[i+size:])
	return unicode.IsLetter(n)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// joinTokens writes tokens back as text: no space before closing
// punctuation or after opening marks; markup characters are dropped.
func joinTokens(toks []token) string {
	var b strings.Builder
	noSpace := true
	openQuote := false
	numberDash := false
	prev := ""
	for _, t := range toks {
		if !t.word {
			switch t.text {
			case "<", ">", "{", "}", "=", "|", "\\", "*", "#", "_", "^", "`", "~", "[", "]":
				continue
			}
		}
		tight := numberDash
		numberDash = false
		if !t.word && (t.text == "–" || t.text == "-") && len(prev) > 0 && isDigitByte(prev[len(prev)-1]) {
			tight, numberDash = true, true
		} else if t.text == "-" {
			tight = true // "two- to three-day"
		}
		if !t.word && !tight {
			switch t.text {
			case ",", ".", ";", ":", "!", "?", ")", "”", "’", "%", "»":
				tight = true
			case "\"":
				tight = openQuote
			}
		}
		if b.Len() > 0 && !tight && !noSpace {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
		prev = t.text
		noSpace = false
		if !t.word {
			switch t.text {
			case "(", "“", "‘", "«", "$", "€", "£":
				noSpace = true
			case "\"":
				openQuote = !openQuote
				noSpace = openQuote
			}
		}
	}
	return b.String()
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
