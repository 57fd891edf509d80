package article

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/parley-bot/parley/feeds"
	"golang.org/x/net/html"
)

// ErrNoText is wrapped by Extract's error when a page holds no article
// text.
var ErrNoText = errors.New("no article text found")

// maxElements bounds the elements of a page readability scores.
const maxElements = 20000

// Extraction is the readable text of an article page.
type Extraction struct {
	// Title is the article's title as the page gives it.
	Title string
	// Text is the article's paragraphs in plain text, separated by "\n\n",
	// boilerplate removed.
	Text string
	// Language is the main language of Text when it can be told from the
	// words ("en", "uk", "ru", …), else the page's declared language.
	Language string
	// Paywall names the paywall sign the page carries, if any: a marker
	// phrase such as "subscribe to continue reading", or
	// "isAccessibleForFree: false" from its structured data.
	Paywall string
	// Dropped counts the paragraphs the cleanup removed from what
	// readability kept (another language, widgets, copyright lines).
	Dropped int
}

// Extract finds the article in an HTML page. The page is decoded with the
// charset that its Content-Type header, a byte order mark or its meta tag
// names, else as UTF-8 when it is, else by a guess (see decode); paywall
// signs are read from the whole page; navigation, login forms and
// overlays, cookie banners, share and font-size widgets, sidebars and
// "related" lists are removed before readability picks the main text; the
// paragraphs it keeps are then cleaned (see cleanParagraphs). Extract never
// touches the network. It returns an error wrapping ErrNoText when nothing
// readable is left.
func Extract(body []byte, contentType string, pageURL *url.URL) (Extraction, error) {
	r, err := decode(body, contentType)
	if err != nil {
		return Extraction{}, fmt.Errorf("article: decode page: %w", err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return Extraction{}, fmt.Errorf("article: parse page: %w", err)
	}
	ex := Extraction{Paywall: paywallSign(doc)}
	stripBoilerplate(doc)

	parser := readability.NewParser()
	parser.MaxElemsToParse = maxElements
	art, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil {
		return ex, fmt.Errorf("article: readability: %w", err)
	}
	ex.Title = strings.TrimSpace(art.Title())
	if art.Node == nil {
		return ex, fmt.Errorf("article: %w", ErrNoText)
	}
	var buf strings.Builder
	if err := html.Render(&buf, art.Node); err != nil {
		return ex, fmt.Errorf("article: render text: %w", err)
	}
	paras := strings.Split(feeds.HTMLToText(buf.String()), "\n\n")
	kept, lang := cleanParagraphs(paras, ex.Title)
	ex.Dropped = len(paras) - len(kept)
	ex.Text = strings.Join(kept, "\n\n")
	ex.Language = lang
	if ex.Language == "" {
		ex.Language = strings.ToLower(art.Language())
	}
	if ex.Text == "" {
		return ex, fmt.Errorf("article: %w", ErrNoText)
	}
	return ex, nil
}
