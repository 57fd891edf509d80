package digest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Boilerplate is what a page or a feed puts between an article's paragraphs
// that is no part of the story: an advertisement's label, a link to
// another story ("Read more: ..."), a share button's text, a live page's
// time stamp, a photo's caption with its credit, a wire's credit line. It
// says nothing about the talks, or says what another story says; between
// two sentences it would break a list that runs on or a pronoun's chain.
// Relevance and extraction both read an item's text without it.

// maxBoilerplate caps the bytes of a line that may be boilerplate: a
// caption or a credit is short, a paragraph of the story is not.
const maxBoilerplate = 300

// boilerplateLines are whole lines, lower case and without a final colon
// or period, that are boilerplate.
var boilerplateLines = lineSet(
	"advertisement", "advertisements", "sponsored", "sponsored content", "ad",
	"story continues below advertisement", "story continues below", "article continues below",
	"article continues after advertisement", "continue reading", "continue reading below",
	"scroll to continue", "skip advertisement", "share this article", "share this story",
	"share", "copy link", "link copied", "print", "comments", "related", "related coverage",
	"related stories", "related articles", "more on this story", "recommended", "most read",
	"read more", "listen to this article", "follow us", "subscribe",
)

// boilerplateLeads open a line that is boilerplate, the rest of it being
// another story's headline, a photo's caption or a wire's credit.
var boilerplateLeads = []string{
	"read more:", "read more -", "read more —", "read also:", "also read:", "related:", "see also:",
	"watch:", "listen:", "more:", "recommended:", "photo:", "photograph:", "image:", "picture:",
	"image caption:", "image source:", "video:", "tags:", "topics:", "filed under:", "categories:",
	"(reporting by", "(additional reporting by",
	"(writing by", "(editing by", "reporting by ", "additional reporting by ", "editing by ",
}

// captionCredits open the last parenthesis of a photo's caption ("(AP
// Photo/Cliff Owen)", "(Photo by A. Kaya/AFP via Getty Images)").
var captionCredits = []string{"photo", "ap photo", "image", "picture", "pictured"}

// wireCredits are the agencies a caption ends with ("... in Vienna on Feb
// 16. — AFP").
var wireCredits = lineSet("afp", "ap", "reuters", "epa", "anadolu", "xinhua", "tass", "ria novosti", "sputnik", "dpa", "efe", "ansa", "getty images")

// clockWords may stand beside a clock time in a live page's time stamp
// ("Updated 14:05 BST, 2 June 2025", "2:15 p.m. ET").
var clockWords = lineSet(
	"am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "et", "edt", "est", "pt", "pdt",
	"kyiv", "moscow", "local", "time", "updated", "published", "posted", "last", "at", "on", "ago", "today", "yesterday",
	"hour", "hours", "minute", "minutes", "min", "mins", "january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"|", "-", "—", "–", "•", "·",
)

// boilerplate reports whether a line of an item's text is boilerplate.
func boilerplate(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > maxBoilerplate {
		return false
	}
	low := strings.ToLower(line)
	if boilerplateLines[strings.TrimRight(low, ":. ")] {
		return true
	}
	for _, lead := range boilerplateLeads {
		if strings.HasPrefix(low, lead) {
			return true
		}
	}
	return caption(low) || timeStamp(low)
}

// caption reports whether a line (lower case) is a photo's caption: it
// ends in a photo credit, or its last sentence is one ("... arrive for
// the talks. Photo: A. Kaya/Agency").
func caption(low string) bool {
	if strings.HasSuffix(low, ")") {
		if open := strings.LastIndexByte(low, '('); open >= 0 {
			credit := low[open+1:]
			for _, c := range captionCredits {
				if strings.HasPrefix(credit, c+" ") || strings.HasPrefix(credit, c+"/") || strings.HasPrefix(credit, c+":") {
					return true
				}
			}
		}
	}
	for _, c := range []string{". photo:", ". photograph:", ". picture:", ". image:"} {
		if strings.Contains(low, c) {
			return true
		}
	}
	for _, dash := range []string{" — ", " - "} {
		if k := strings.LastIndex(low, dash); k > 0 && low[k-1] == '.' && wireCredits[low[k+len(dash):]] {
			return true // but a headline's "Ukraine says it would accept a ceasefire - AFP" is news
		}
	}
	last := low[strings.LastIndexByte(low, ' ')+1:] // "... after the meeting on Friday. reuters/staff"
	if agency, _, ok := strings.Cut(last, "/"); ok && wireCredits[agency] {
		return true
	}
	return false
}

// timeStamp reports whether a line (lower case) is a live page's time
// stamp: a clock time ("14:32") or an age ("2 hours ago"), with nothing
// but clockWords, numbers and dates beside it.
func timeStamp(low string) bool {
	if len(low) > 60 {
		return false
	}
	clock := false
	for _, f := range strings.Fields(low) {
		f = strings.TrimRight(f, ",:")
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case unicode.IsDigit(r):
			clock = clock || strings.Contains(f, ":") || strings.HasSuffix(f, "am") || strings.HasSuffix(f, "pm")
		case f == "ago" || f == "updated" || f == "posted" || f == "published":
			clock = true
		case !clockWords[f]:
			return false
		}
	}
	return clock
}

// dropBoilerplate returns text without its boilerplate lines (see
// boilerplate); text itself when it has none.
func dropBoilerplate(text string) string {
	var b strings.Builder
	last := 0 // text[last:] is not copied yet
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if end-start <= maxBoilerplate && boilerplate(text[start:end]) {
			if b.Len() == 0 {
				b.Grow(len(text))
			}
			b.WriteString(text[last:start])
			last = min(end+1, len(text))
		}
		start = end + 1
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// lineSet is a set of lower-case words or lines, apart from the
// vocabulary's word sets (see set): these are looked up by line, not by
// token.
func lineSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
