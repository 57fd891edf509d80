package digest

import "strings"

// containsFold reports whether sub is within s, ignoring case.
func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// joinSentences joins text parts so that each ends a sentence: a title
// without final punctuation gets a period, so it never runs into the text
// that follows.
func joinSentences(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
		if i < len(parts)-1 && !strings.ContainsAny(p[len(p)-1:], ".!?:;…\"'»”") {
			b.WriteByte('.')
		}
	}
	return b.String()
}
