package feeds

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// globalGUID reports whether a GUID names its entry worldwide (a web
// address, URN or tag URI) rather than within its feed ("12345").
func globalGUID(g string) bool {
	lower := strings.ToLower(g)
	for _, p := range []string{"http://", "https://", "urn:", "tag:"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// hashHex is the hex SHA-256 of s, shortened to 32 digits.
func hashHex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:16])
}

// normalizeLanguage lower-cases a language tag and trims it: "en-GB " →
// "en-gb".
func normalizeLanguage(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// headlineRunes is the length of a headline made from text.
const headlineRunes = 100

// headline makes a title for an entry that has none: the first paragraph
// of its text, cut at a word boundary.
func headline(text string) string {
	text = strings.TrimSpace(text)
	first, _, _ := strings.Cut(text, "\n\n")
	if utf8.RuneCountInString(first) <= headlineRunes {
		return first
	}
	cut := 0
	for i := range first {
		if cut >= headlineRunes {
			first = first[:i]
			break
		}
		cut++
	}
	if sp := strings.LastIndexByte(first, ' '); sp > len(first)/2 {
		first = first[:sp]
	}
	return strings.TrimRight(first, " ,;:") + "…"
}
