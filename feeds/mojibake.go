package feeds

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// repairMojibake undoes the commonest double encoding in feeds: UTF-8 text
// decoded once more as windows-1252 ("Moscowâ€™s" for "Moscow’s",
// "cafÃ©" for "café"). Each run of non-ASCII characters is encoded back
// to windows-1252; when those bytes are valid UTF-8, they were the
// original text and replace the run. A run that does not round-trip (any
// correctly decoded text: "’" alone is byte 0x92, not UTF-8) is kept as
// it is, so clean text never changes.
func repairMojibake(s string) string {
	if !mayBeMojibake(s) {
		return s
	}
	var b strings.Builder
	enc := charmap.Windows1252.NewEncoder()
	rest := s
	for rest != "" {
		i := strings.IndexFunc(rest, func(r rune) bool { return r >= utf8.RuneSelf })
		if i < 0 {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:i])
		rest = rest[i:]
		j := strings.IndexFunc(rest, func(r rune) bool { return r < utf8.RuneSelf })
		if j < 0 {
			j = len(rest)
		}
		run := rest[:j]
		rest = rest[j:]
		if raw, err := enc.String(run); err == nil && raw != run && utf8.ValidString(raw) {
			run = raw
		}
		b.WriteString(run)
	}
	return b.String()
}

// mayBeMojibake reports whether s holds one of the characters that start
// double-encoded UTF-8 sequences: Â, Ã, Å or â, all encoded as 0xC3 and a
// second byte. It scans with IndexByte, so clean text costs next to nothing.
func mayBeMojibake(s string) bool {
	for i := strings.IndexByte(s, 0xC3); i >= 0 && i+1 < len(s); {
		switch s[i+1] {
		case 0x82, 0x83, 0x85, 0xA2: // Â Ã Å â
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xC3)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}
