package article

import (
	"bytes"
	"io"
	"regexp"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// metaCharset matches a charset declaration in a page's first bytes.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset`)

// minGuessConfidence is the chardet confidence (0–100) below which a guess
// is not trusted and windows-1252 is assumed.
const minGuessConfidence = 30

// decode returns a reader of the page in UTF-8. The encoding is, in order:
// a byte order mark or the Content-Type charset; the meta tag's
// declaration; for an undeclared page, UTF-8 when the bytes are valid
// UTF-8 (html/charset looks only at the first 1024 bytes, which are often
// all ASCII markup), else a guess from the bytes (KOI8-R or windows-1251
// for Cyrillic text), else windows-1252.
func decode(body []byte, contentType string) (io.Reader, error) {
	if _, _, certain := charset.DetermineEncoding(body, contentType); certain || metaCharset.Match(body[:min(len(body), 1024)]) {
		return charset.NewReader(bytes.NewReader(body), contentType)
	}
	if utf8.Valid(body) {
		return bytes.NewReader(body), nil
	}
	enc := charmap.Windows1252
	if r, err := chardet.NewHtmlDetector().DetectBest(body); err == nil && r.Confidence >= minGuessConfidence {
		if e, _ := charset.Lookup(r.Charset); e != nil {
			return transform.NewReader(bytes.NewReader(body), e.NewDecoder()), nil
		}
	}
	return transform.NewReader(bytes.NewReader(body), enc.NewDecoder()), nil
}
