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
// time stamp, a photo's caption with its credit, a wire's credit line, a
// copyright line, a cookie notice, a login form's remnants. It says
// nothing about the talks, or says what another story says; between two
// sentences it would break a list that runs on or a pronoun's chain.
// Relevance and extraction both read an item's text without it (see
// story), and article drops it from a page's paragraphs.

// story returns an item's text as its story: without boilerplate lines
// and without the datelines that open its lines.
func story(text string) string { return dropDatelines(dropBoilerplate(text)) }

// storyOnly returns the item with its summary and content read as its
// story (see story): what relevance and extraction both read, made once
// for both by Analyze.
func (it Item) storyOnly() Item {
	it.Summary, it.Content = story(it.Summary), story(it.Content)
	return it
}

// maxBoilerplate caps the bytes of a line that may be boilerplate: a
// caption or a credit is short, a paragraph of the story is not.
const maxBoilerplate = 300

// boilerplateLines are whole lines, lower case and without a final colon
// or period, that are boilerplate; so are linkLists.
var boilerplateLines = lineSet(
	"advertisement", "advertisements", "sponsored", "sponsored content", "ad",
	"story continues below advertisement", "story continues below", "article continues below",
	"article continues after advertisement", "continue reading", "continue reading below",
	"scroll to continue", "skip advertisement", "share this article", "share this story",
	"share", "copy link", "link copied", "print", "email", "tweet", "comments", "read more",
	"read also", "listen to this article", "font size", "text size", "remember me",
)

// linkLists are the lines over a list of links to other stories, whose
// headlines follow a line each ("Related coverage" then "Ukraine's drone
// industry booms"): they are dropped with it.
var linkLists = lineSet("related", "related coverage", "related stories", "related articles", "related posts",
	"related news", "more on this story", "recommended", "most read", "read next", "you may also like", "more stories")

// maxLineKey is the length of the longest of boilerplateLines and
// linkLists: a longer line is none of them.
const maxLineKey = 40

// lineIn reports whether set holds line, compared without case and
// without a final colon or period ("Related coverage:").
func lineIn(set map[string]bool, line string) bool {
	line = strings.TrimRight(line, ":. ")
	return len(line) <= maxLineKey && hasFold(set, line)
}

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
	// a page's footer, newsletter box and login form
	"©", "(c) ", "copyright", "share on ", "follow us", "sign up", "subscribe", "log in", "sign in",
	"register", "already have an account", "forgot your password", "forgot password", "image source", "image caption",
}

// moreLeads open a short line that points to more of a site ("More from
// Europe", "More on Ukraine"), at most maxMore bytes long.
var moreLeads = []string{"more from ", "more on "}

const maxMore = 50

// creditLeads open a wire's credit line, which names its reporters and
// editors ("Reporting by Jane Roe in Kyiv; Editing by Sam Poe"): a line
// they open is boilerplate when its other words are names and creditWords,
// not a story's sentence ("Reporting by the Financial Times said Russia
// wants ...").
var creditLeads = []string{"reporting by ", "additional reporting by ", "editing by "}

// leadFirsts are the first bytes of boilerplateLeads, creditLeads and
// moreLeads: a
// line that opens with none of them opens with no lead.
var leadFirsts = func() string {
	var b []byte
	for _, lead := range slices.Concat(boilerplateLeads, creditLeads, moreLeads) {
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
// ("Updated 14:05 BST, 2 June 2025", "2:15 p.m. ET"), besides months and
// timeNouns (weekdays).
var clockWords = lineSet(
	"am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "et", "edt", "est", "pt", "pdt",
	"kyiv", "moscow", "local", "time", "updated", "published", "posted", "last", "at", "on", "ago", "today", "yesterday",
	"hour", "hours", "minute", "minutes", "min", "mins", "|", "-", "—", "–", "•", "·",
)

// Boilerplate reports whether a line (a paragraph) of a news text is
// boilerplate, no part of the story (see above). It allocates nothing for
// ASCII lines: it looks at every short paragraph of every item.
func Boilerplate(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > maxBoilerplate {
		return false
	}
	if lineIn(boilerplateLines, line) || lineIn(linkLists, line) {
		return true
	}
	if strings.IndexByte(leadFirsts, lowerASCII(line[0])) >= 0 {
		for _, lead := range boilerplateLeads {
			if hasPrefixFold(line, lead) && wordEnds(line, lead) {
				return true
			}
		}
		for _, lead := range moreLeads {
			if hasPrefixFold(line, lead) && len(line) <= maxMore {
				return true
			}
		}
		for _, lead := range creditLeads {
			if hasPrefixFold(line, lead) {
				return credit(line)
			}
		}
	}
	return caption(line) || timeStamp(line) || containsFold(line, "all rights reserved") || cookieNotice(line)
}

// wordEnds reports whether a lead that line opens with ends a word there:
// "Subscribe now" opens with the lead "subscribe", "Subscribers say" does
// not; a lead that ends in a space or a mark ends its word anyway.
func wordEnds(line, lead string) bool {
	if lead[len(lead)-1] < 'a' || lead[len(lead)-1] > 'z' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(line[len(lead):])
	return len(line) == len(lead) || !unicode.IsLetter(r)
}

// cookieNotice reports whether a line asks the reader about cookies.
func cookieNotice(line string) bool {
	if !containsFold(line, "cookie") {
		return false
	}
	for _, w := range []string{"accept", "consent", "agree", "settings", "preferences", "policy"} {
		if containsFold(line, w) {
			return true
		}
	}
	return false
}

// credit reports whether a line's words are those of a credit line: names,
// and creditWords between them (see creditLeads).
func credit(line string) bool {
	for rest := line; rest != ""; {
		f, after, _ := strings.Cut(rest, " ")
		rest = after
		f = strings.Trim(f, ",;.()")
		if r, _ := utf8.DecodeRuneInString(f); f != "" && !unicode.IsUpper(r) && (len(f) > maxLineKey || !hasFold(creditWords, f)) {
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
	last := line[strings.LastIndexByte(line, ' ')+1:] // "... after the meeting on Friday. REUTERS/Staff"
	if agency, _, ok := strings.Cut(last, "/"); ok {
		return len(agency) <= maxLineKey && hasFold(wireCredits, agency) && !reports(line) // but not "..., according to Reuters/Ipsos."
	}
	if len(last) > maxLineKey || !hasFold(wireLasts, last) {
		return false // the line ends in no agency
	}
	for _, dash := range []string{" — ", " - "} {
		if k := strings.LastIndex(line, dash); k > 0 && line[k-1] == '.' && len(line)-k <= maxLineKey && hasFold(wireCredits, line[k+len(dash):]) {
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
		case !hasFold(clockWords, f) && !hasFold(months.words, f) && !hasFold(timeNouns.words, f):
			return false
		}
	}
	return clock
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
			drop, links = Boilerplate(line), 0
			if drop && lineIn(linkLists, line) {
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
