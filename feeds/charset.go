package feeds

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// prolog matches an XML declaration at the start of a document, and
// declaredEncoding the encoding it names.
var (
	prolog           = regexp.MustCompile(`^<\?xml[^>]*\?>`)
	declaredEncoding = regexp.MustCompile(`encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)
)

// toUTF8 returns the document as UTF-8, without a BOM, leading whitespace
// or an encoding declaration that no longer holds. The encoding is, in
// order: a byte order mark; the XML declaration (unless it claims UTF-8
// for bytes that are not); for bytes that are not UTF-8, the HTTP
// Content-Type charset; else a guess from the bytes (KOI8 or windows-1251
// for Cyrillic text, windows-1252 otherwise).
func toUTF8(doc []byte, contentType string) ([]byte, error) {
	switch {
	case bytes.HasPrefix(doc, []byte{0xEF, 0xBB, 0xBF}):
		doc = doc[3:]
	case bytes.HasPrefix(doc, []byte{0xFE, 0xFF}), bytes.HasPrefix(doc, []byte{0xFF, 0xFE}):
		return transcode(doc, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM))
	}
	doc = bytes.TrimLeft(doc, " \t\r\n")

	valid := utf8.Valid(doc)
	if m := declaredEncoding.FindSubmatch(prolog.Find(doc)); m != nil {
		label := strings.ToLower(string(m[1]))
		enc, name := charset.Lookup(label)
		if enc == nil {
			return nil, fmt.Errorf("unknown encoding %q in the XML declaration", label)
		}
		if name != "utf-8" {
			return transcode(doc, enc)
		}
		if valid {
			return doc, nil
		}
	}
	if valid {
		return doc, nil
	}
	if enc := contentTypeCharset(contentType); enc != nil {
		return transcode(doc, enc)
	}
	return transcode(doc, guessLegacy(doc))
}

// contentTypeCharset returns the encoding a Content-Type header names, if
// it names a known one other than UTF-8.
func contentTypeCharset(contentType string) encoding.Encoding {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["charset"] == "" {
		return nil
	}
	enc, name := charset.Lookup(params["charset"])
	if enc == nil || name == "utf-8" {
		return nil
	}
	return enc
}

// transcode decodes doc to UTF-8 and drops the XML declaration, whose
// encoding no longer holds.
func transcode(doc []byte, enc encoding.Encoding) ([]byte, error) {
	out, err := enc.NewDecoder().Bytes(doc)
	if err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	out = bytes.TrimLeft(out, " \t\r\n")
	if loc := prolog.FindIndex(out); loc != nil {
		out = out[loc[1]:]
	}
	return out, nil
}

// guessLegacy guesses the single-byte encoding of text that is not UTF-8.
// Outside markup, Cyrillic text in windows-1251 or KOI8 is mostly bytes
// from 0xC0 up, where Latin text has a few accented letters among ASCII
// ones. Between the two Cyrillic encodings, lower-case letters (the
// majority in any text) sit at 0xE0–0xFF in windows-1251 and at
// 0xC0–0xDF in KOI8. KOI8-U decodes Russian as KOI8-R does, and Ukrainian
// too.
func guessLegacy(doc []byte) encoding.Encoding {
	var ascii, low, high int
	inTag := false
	for _, c := range doc {
		switch {
		case c == '<':
			inTag = true
		case c == '>':
			inTag = false
		case inTag:
		case c >= 0xE0:
			high++
		case c >= 0xC0:
			low++
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			ascii++
		}
	}
	if cyr := low + high; cyr == 0 || cyr*4 < ascii {
		return charmap.Windows1252
	}
	if low > high {
		return charmap.KOI8U
	}
	return charmap.Windows1251
}
