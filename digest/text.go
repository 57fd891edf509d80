package digest

import "strings"

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

// joinSentences joins text parts one per line: a title, a summary and the
// text never run into each other, whatever punctuation ends them.
func joinSentences(parts []string) string {
	n := 0
	for _, p := range parts {
		n += len(p) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p)
	}
	return b.String()
}
