package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerplateLine matches a whole paragraph that is page furniture rather
// than story: copyright lines, cookie notices, widget labels, login form
// remnants and "related" headings.
var boilerplateLine = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^(©|\(c\)\s|copyright\b)`),
	regexp.MustCompile(`(?i)\ball rights reserved\b`),
	regexp.MustCompile(`(?i)\bcookies?\b.*\b(accept|consent|agree|settings|preferences|policy)\b`),
	regexp.MustCompile(`(?i)\b(accept|consent|agree to)\b.*\bcookies?\b`),
	regexp.MustCompile(`(?i)^(share|share this( article| story)?|share on \w+|tweet|print|email|copy link|font size|text size|listen to this article|read more|read also|related|related (articles|stories|news|coverage)|more (from|on) .{0,40}|most read|recommended|follow us\b.*|sign up\b.*|subscribe\b.*|log in\b.*|sign in\b.*|register\b.*|already have an account.*|forgot (your )?password.*|remember me|advertisement|image (source|caption).*)$`),
}

// shortLabel is how many words a paragraph without sentence punctuation
// may have and still be a label (byline, date, widget, subheading) rather
// than story.
const shortLabel = 6

// cleanParagraphs keeps the story among the paragraphs readability
// returned: it drops empty ones, repeats of the title, boilerplate lines,
// short labels without sentence punctuation, and paragraphs written in
// another script or language than the article's main one (sidebars of
// headlines from another edition). It returns the kept paragraphs and the
// main language ("" when it cannot be told).
func cleanParagraphs(paras []string, title string) ([]string, string) {
	kept := make([]string, 0, len(paras))
	for _, p := range paras {
		p = strings.TrimSpace(p)
		if p == "" || strings.EqualFold(p, title) || isBoilerplateLine(p) || isLabel(p) {
			continue
		}
		kept = append(kept, p)
	}
	return keepMainLanguage(kept)
}

// isBoilerplateLine tells whether paragraph p matches a boilerplateLine
// pattern; long paragraphs are story whatever words they contain.
func isBoilerplateLine(p string) bool {
	if utf8.RuneCountInString(p) > 300 {
		return false
	}
	for _, re := range boilerplateLine {
		if re.MatchString(p) {
			return true
		}
	}
	return false
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
