package digest

import (
	"regexp"
	"slices"
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
// Relevance and extraction both read an item's text without it (see
// story).

// story returns an item's text as its story: without boilerplate lines
// and without the datelines that open its lines.
func story(text string) string { return dropDatelines(dropBoilerplate(text)) }

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
	"read more", "listen to this article", "follow us", "subscribe", "related posts", "read next",
	"you may also like", "more stories",
)

// linkLists are the boilerplateLines over a list of links to other
// stories, whose headlines follow a line each ("Related coverage" then
// "Ukraine's drone industry booms"): they are dropped with it.
var linkLists = lineSet("related", "related coverage", "related stories", "related articles", "related posts",
	"more on this story", "recommended", "most read", "read next", "you may also like", "more stories")

// maxLinks caps the headlines dropped after a linkLists line.
const maxLinks = 6

// boilerplateLeads open a line that is boilerplate, the rest of it being
// another story's headline, a photo's caption or a wire's credit.
var boilerplateLeads = []string{
	"read more:", "read more -", "read more —", "read also:", "also read:", "related:", "see also:",
	"watch:", "listen:", "more:", "recommended:", "photo:", "photograph:", "image:", "picture:",
	"image caption:", "image source:", "video:", "tags:", "topics:", "filed under:", "categories:",
	"(reporting by", "(additional reporting by",
	// a wire's notes on a story's new version: "(Adds Kremlin comment in
	// paragraphs 5-7)"
	"(adds ", "(updates ", "(recasts ", "(corrects ", "(changes ", "(new throughout", "(rewrites ",
	"(refiles ", "(repeats ", "(fixes ", "(writethrough", "editor's note:", "editor’s note:",
	"(writing by", "(editing by",
}

// creditLeads open a wire's credit line, which names its reporters and
// editors ("Reporting by Jane Roe in Kyiv; Editing by Sam Poe"): a line
// they open is boilerplate when its other words are names and creditWords,
// not a story's sentence ("Reporting by the Financial Times said Russia
// wants ...").
var creditLeads = []string{"reporting by ", "additional reporting by ", "editing by "}

// leadFirsts are the first bytes of boilerplateLeads and creditLeads: a
// line that opens with none of them opens with no lead.
var leadFirsts = func() string {
	var b []byte
	for _, lead := range append(slices.Clone(boilerplateLeads), creditLeads...) {
		if strings.IndexByte(string(b), lead[0]) < 0 {
			b = append(b, lead[0])
		}
	}
	return string(b)
}()

// creditWords stand between the names of a credit line.
var creditWords = lineSet("and", "in", "by", "from", "with", "the", "of", "at", "reporting", "additional", "writing", "editing", "compiled")

// captionCredits open the last parenthesis of a photo's caption ("(AP
// Photo/Cliff Owen)", "(Photo by A. Kaya/AFP via Getty Images)").
var captionCredits = []string{"photo", "ap photo", "image", "picture", "pictured"}

// wireCredits are the agencies a caption ends with ("... in Vienna on Feb
// 16. — AFP").
var wireCredits = lineSet("afp", "ap", "reuters", "epa", "anadolu", "xinhua", "tass", "ria novosti", "sputnik", "dpa", "efe", "ansa", "getty images")

// wireLasts are the last words of wireCredits.
var wireLasts = func() map[string]bool {
	m := map[string]bool{}
	for w := range wireCredits {
		m[w[strings.LastIndexByte(w, ' ')+1:]] = true
	}
	return m
}()

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

// boilerplate reports whether a line of an item's text is boilerplate. It
// allocates nothing: it looks at every short paragraph of every item.
func boilerplate(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > maxBoilerplate {
		return false
	}
	var buf [64]byte
	if len(line) <= len(buf) && boilerplateLines[string(foldKey(buf[:0], strings.TrimRight(line, ":. ")))] {
		return true
	}
	if strings.IndexByte(leadFirsts, lowerASCII(line[0])) >= 0 {
		for _, lead := range boilerplateLeads {
			if hasPrefixFold(line, lead) {
				return true
			}
		}
		for _, lead := range creditLeads {
			if hasPrefixFold(line, lead) {
				return credit(line)
			}
		}
	}
	return caption(line) || timeStamp(line)
}

// credit reports whether a line's words are those of a credit line: names,
// and creditWords between them (see creditLeads).
func credit(line string) bool {
	var buf [64]byte
	for rest := line; rest != ""; {
		f, after, _ := strings.Cut(rest, " ")
		rest = after
		f = strings.Trim(f, ",;.()")
		if r, _ := utf8.DecodeRuneInString(f); f != "" && !unicode.IsUpper(r) && (len(f) > len(buf) || !creditWords[string(foldKey(buf[:0], f))]) {
			return false
		}
	}
	return true
}

// caption reports whether a line is a photo's caption: it ends in a photo
// credit, or its last sentence is one ("... arrive for the talks. Photo:
// A. Kaya/Agency").
func caption(line string) bool {
	if open := strings.LastIndexByte(line, '('); open >= 0 && strings.HasSuffix(line, ")") {
		credit := line[open+1:]
		for _, c := range captionCredits {
			if hasPrefixFold(credit, c) && strings.IndexByte(" /:", credit[len(c)]) >= 0 {
				return true
			}
		}
	}
	for rest := line; strings.IndexByte(rest, ':') >= 0; {
		i := strings.Index(rest, ". ")
		if i < 0 {
			break
		}
		rest = rest[i+2:]
		for _, c := range []string{"photo:", "photograph:", "picture:", "image:"} {
			if hasPrefixFold(rest, c) {
				return true
			}
		}
	}
	var buf [64]byte
	last := line[strings.LastIndexByte(line, ' ')+1:] // "... after the meeting on Friday. REUTERS/Staff"
	if agency, _, ok := strings.Cut(last, "/"); ok {
		return len(agency) <= len(buf) && wireCredits[string(foldKey(buf[:0], agency))] && !reports(line) // but not "..., according to Reuters/Ipsos."
	}
	if len(last) > len(buf) || !wireLasts[string(foldKey(buf[:0], last))] {
		return false // the line ends in no agency
	}
	for _, dash := range []string{" — ", " - "} {
		if k := strings.LastIndex(line, dash); k > 0 && line[k-1] == '.' && len(line)-k <= len(buf) && wireCredits[string(foldKey(buf[:0], line[k+len(dash):]))] {
			return !reports(line[:k]) // but a headline's "Ukraine says it would accept a ceasefire - AFP" is news
		}
	}
	return false
}

// reports reports whether a line reports what someone said: a story's
// paragraph, not a caption, though a wire's credit ends it as some outlets
// print a story's last one ("..., Peskov told reporters. — AFP").
func reports(line string) bool {
	for _, w := range []string{" said", " says", " told", "according to", "\"", "“", "”"} {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

// timeStamp reports whether a line is a live page's time stamp: a clock
// time ("14:32") or an age ("2 hours ago"), with nothing but clockWords,
// numbers and dates beside it.
func timeStamp(line string) bool {
	if len(line) > 60 {
		return false
	}
	var buf [64]byte
	clock := false
	for rest := line; rest != ""; {
		f, after, _ := strings.Cut(rest, " ")
		rest = after
		if f = strings.TrimRight(f, ",:"); f == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case unicode.IsDigit(r):
			clock = clock || strings.Contains(f, ":") || hasSuffixFold(f, "am") || hasSuffixFold(f, "pm")
		case strings.EqualFold(f, "ago") || strings.EqualFold(f, "updated") || strings.EqualFold(f, "posted") || strings.EqualFold(f, "published"):
			clock = true
		case !clockWords[string(foldKey(buf[:0], f))]:
			return false
		}
	}
	return clock
}

// foldKey appends s to buf with its ASCII letters in lower case: a map key
// to look up without allocating (m[string(foldKey(...))]).
func foldKey(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		buf = append(buf, lowerASCII(s[i]))
	}
	return buf
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// dropBoilerplate returns text without its boilerplate lines (see
// boilerplate); text itself when it has none.
func dropBoilerplate(text string) string {
	var b strings.Builder
	last := 0  // text[last:] is not copied yet
	links := 0 // headlines of a list of links that may still follow
	for start, end := range lineSpans(text) {
		line := strings.TrimSpace(text[start:end])
		drop := false
		switch {
		case line == "":
		case links > 0 && headlineLike(line):
			drop, links = true, links-1
		default:
			drop, links = len(line) <= maxBoilerplate && boilerplate(line), 0
			var buf [64]byte
			if drop && len(line) <= len(buf) && linkLists[string(foldKey(buf[:0], strings.TrimRight(line, ":. ")))] {
				links = maxLinks
			}
		}
		if drop {
			if b.Len() == 0 {
				b.Grow(len(text))
			}
			b.WriteString(text[last:start])
			last = min(end+1, len(text))
		}
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// headlineLike reports whether a line reads as a link's headline: short,
// and no sentence's end.
func headlineLike(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	return len(line) <= 150 && !strings.ContainsRune(".!?:\"”", last)
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

// kickers are the labels a wire or a live page puts before a headline
// ("UPDATE 2-", "EXCLUSIVE-", "LIVE: ", "BREAKING: "): the story's
// status, not its words. Glued to the first word ("UPDATE 2-Russia"),
// one would hide the party the headline names.
var kickers = lineSet("update", "updated", "refile", "corrected", "correction", "exclusive", "wrapup", "factbox",
	"breaking", "breaking news", "urgent", "flash", "live", "live updates", "watch", "video", "rpt", "alert")

// withoutKicker returns a title without the kicker before it, if any.
func withoutKicker(title string) string {
	end := strings.IndexAny(title, "-:—|")
	if end <= 0 || end > 20 {
		return title
	}
	label := strings.TrimSpace(title[:end])
	if k := strings.LastIndexByte(label, ' '); k > 0 && strings.Trim(label[k+1:], "0123456789") == "" {
		label = label[:k] // "UPDATE 2"
	}
	if !kickers[strings.ToLower(label)] || title[end] == '-' && strings.ToUpper(label) != label {
		return title // but "Live-fire drills ..." is a headline's word
	}
	_, size := utf8.DecodeRuneInString(title[end:])
	return strings.TrimSpace(title[end+size:])
}

// datelineRE matches a wire's dateline at the start of a line: its place
// in capitals ("KYIV", "WASHINGTON/KYIV"), a country, a date, the agency
// in brackets or slashes, and the dash after them: "KYIV, June 2 (Reuters)
// - ", "MOSCOW, June 2. /TASS/. ", "ISTANBUL (AP) — ", "MOSCOW, June 2
// (Xinhua) -- ".
var datelineRE = regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{M}'./-]*(?: \p{Lu}[\p{Lu}\p{M}'./-]*)*` + // the place
	`(?:(` + datelineDate + `)|, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(` + datelineDate + `)?)?` + // a date, or a country and maybe a date
	`( ?\(\p{Lu}[^()]{1,40}\))?` + // the agency
	`(\.? ?/\p{Lu}[^/]{0,30}/\.?)?` + // the agency, in slashes
	` ?(?:(?:--|[-–—]) )?`)

// datelineDate is a dateline's date: ", June 2", ", Nov. 23, 2025", ", 2
// June".
const datelineDate = `,? (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.? \d{1,2}(?:, \d{4})?|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?(?:,? \d{4})?)`

// datelineEnd returns where a wire's dateline that opens line ends, or 0:
// a place named in capitals is a dateline with a date, an agency, or both
// ("KYIV, June 2 (Reuters) - "); alone ("RUSSIA — ...") it may be a
// section's label.
func datelineEnd(line string) int {
	m := datelineRE.FindStringSubmatchIndex(line)
	if m == nil {
		return 0
	}
	dated, agency, slashed := m[2] >= 0 || m[4] >= 0, m[6] >= 0, m[8] >= 0
	dash := strings.ContainsAny(line[max(0, m[1]-4):m[1]], "-–—")
	if !slashed && !(dash && (dated || agency)) {
		return 0 // no date or agency ("RUSSIA — ..." may label a section), or no dash ("KYIV, June 2" is a heading)
	}
	return m[1]
}

// dropDatelines returns text without the datelines that open its lines
// (see datelineEnd): a wire's place names where it was written, not who
// holds a position; text itself when it has none.
func dropDatelines(text string) string {
	return rewriteLineStarts(text, func(line string) (int, string) {
		if !datelineLead(line) {
			return 0, ""
		}
		return datelineEnd(line), ""
	})
}

func isCapital(c byte) bool { return 'A' <= c && c <= 'Z' }

// datelineLead reports whether a line may open with a dateline: a place
// in capitals ("KYIV", "WASHINGTON/KYIV", "NEW YORK") and, right after it,
// a comma, a bracket, a slash or a dash; the cheap test before
// datelineRE, which most lines fail ("US officials said ...").
func datelineLead(line string) bool {
	if len(line) < 2 || !isCapital(line[0]) || !isCapital(line[1]) {
		return false
	}
	k := 2
	for k < len(line) && k < 40 && (isCapital(line[k]) || strings.IndexByte(" ./'-", line[k]) >= 0 && k+1 < len(line) && line[k+1] != ' ' || line[k] >= utf8.RuneSelf) {
		k++ // the place: capitals, and a space, period, slash or hyphen inside it
	}
	return k < len(line) && (strings.IndexByte(",(/", line[k]) >= 0 || line[k] == ' ' && k+1 < len(line) && strings.IndexByte("(-/", line[k+1]) >= 0 || strings.HasPrefix(line[k:], " —") || strings.HasPrefix(line[k:], " –"))
}
