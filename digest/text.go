package digest

import (
	"strings"
	"unicode/utf8"
)

// containsFold reports whether sub is within s, ignoring case. An ASCII
// sub is searched for without lower-casing (and copying) all of s.
func containsFold(s, sub string) bool {
	if sub == "" {
		return true
	}
	for i := 0; i < len(sub); i++ {
		if sub[i] >= utf8RuneSelf {
			return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
		}
	}
	first := lowerASCII(sub[0])
	for i := 0; i+len(sub) <= len(s); i++ {
		if lowerASCII(s[i]) == first && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// utf8RuneSelf is the first byte value that is not ASCII.
const utf8RuneSelf = 0x80

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// joinSentences joins text parts so that each ends a sentence: a title
// without final punctuation gets a period, so it never runs into the text
// that follows; so does one that ends in a quote without punctuation
// inside it (`Lavrov says guarantees must come "as orders from
// Washington"`).
func joinSentences(parts []string) string {
	n := 0
	for _, p := range parts {
		n += len(p) + 2
	}
	var b strings.Builder
	b.Grow(n)
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
		if i < len(parts)-1 && !endsSentence(p) {
			b.WriteByte('.')
		}
	}
	return b.String()
}

// endsSentence reports whether a text ends with a sentence's final
// punctuation, also inside a closing quote ("... he said.\"").
func endsSentence(p string) bool {
	r, n := utf8.DecodeLastRuneInString(p)
	if strings.ContainsRune("\"'»”’", r) {
		r, _ = utf8.DecodeLastRuneInString(p[:len(p)-n])
	}
	return strings.ContainsRune(".!?:;…", r)
}
