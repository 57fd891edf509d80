package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/digest"
)

// shortLabel is how many words a paragraph without sentence punctuation
// may have and still be a label (byline, date, widget, subheading) rather
// than story.
const shortLabel = 6

// cleanParagraphs keeps the story among the paragraphs readability
// returned: it drops empty ones, repeats of the title, boilerplate lines
// (digest.Boilerplate),
// short labels without sentence punctuation, and paragraphs written in
// another script or language than the article's main one (sidebars of
// headlines from another edition). It returns the kept paragraphs and the
// main language ("" when it cannot be told).
func cleanParagraphs(paras []string, title string) ([]string, string) {
	kept := make([]string, 0, len(paras))
	for _, p := range paras {
		p = strings.TrimSpace(p)
		if p == "" || strings.EqualFold(p, title) || digest.Boilerplate(p) || isLabel(p) {
			continue
		}
		kept = append(kept, p)
	}
	return keepMainLanguage(kept)
}

// isLabel tells whether p is a few words without sentence punctuation:
// "By Olena Marchenko", "16 May 2025, 18:40", "Share", "A A A".
func isLabel(p string) bool {
	if len(strings.Fields(p)) > shortLabel {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	return !strings.ContainsRune(".!?…\"”»)", last) && !unicode.Is(unicode.Pf, last)
}
