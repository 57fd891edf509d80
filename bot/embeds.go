package bot

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/digest"
)

// Discord's limits on a message, in characters.
const (
	maxContent     = 2000
	maxEmbeds      = 10
	maxTitle       = 256
	maxDescription = 4096
	maxEmbedsTotal = 6000
)

// How answers are cut into pages: a page is one embed whose description
// holds a head (≤ headMax) and up to perPage blocks (each ≤ blockMax), so
// that title + description + footer stay far below every limit.
const (
	perPage  = 6
	blockMax = 600
	headMax  = 350
	// maxStatements bounds what one answer lists (and pages through).
	maxStatements = 240
	// sourceTitleMax shortens source titles in links.
	sourceTitleMax = 80
)

// Embed colour, a quiet blue.
const embedColor = 0x4f6d8f

// truncatedMark ends text that was cut.
const truncatedMark = "… (truncated)"

// runes counts characters as Discord does.
func runes(s string) int { return utf8.RuneCountInString(s) }

// cut shortens s to at most max characters, at a word boundary when there
// is one, and says so with truncatedMark.
func cut(s string, limit int) string {
	if runes(s) <= limit {
		return s
	}
	keep := limit - runes(truncatedMark)
	if keep <= 0 {
		return string([]rune(truncatedMark)[:max(limit, 0)])
	}
	r := []rune(s)[:keep]
	if i := strings.LastIndexAny(string(r), " \n\t"); i > len(string(r))/2 {
		r = []rune(string(r)[:i])
	}
	return strings.TrimRight(string(r), " \n\t\\") + truncatedMark
}

// escapedCut is feed text escaped for Discord markdown and cut to max
// characters (counted after escaping; the cut is made in the raw text so
// that no escape is split).
func escapedCut(raw string, limit int) string {
	raw = strings.Join(strings.Fields(raw), " ")
	for n := runes(raw); ; {
		s := raw
		if n < runes(raw) {
			s = cut(raw, n)
		}
		esc := digest.EscapeMarkdown(s)
		if runes(esc) <= limit || n <= runes(truncatedMark)+1 {
			return esc
		}
		n = max(runes(truncatedMark)+1, n-(runes(esc)-limit)-1)
	}
}

// link is a markdown link to an http(s) source; any other URL gives the
// title alone.
func link(title, url string) string {
	title = escapedCut(title, sourceTitleMax)
	if title == "" {
		title = "source"
	}
	if !strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://") {
		return title
	}
	url = strings.NewReplacer(" ", "%20", "<", "%3C", ">", "%3E", "(", "%28", ")", "%29").Replace(url)
	return "[" + title + "](<" + url + ">)"
}

// stamp is a Discord timestamp: each reader sees it in their own zone.
func stamp(t time.Time, style string) string {
	return "<t:" + strconv.FormatInt(t.Unix(), 10) + ":" + style + ">"
}

// kindLabel is a kind for people: "demand", "next step".
func kindLabel(k digest.Kind) string { return strings.ReplaceAll(string(k), "_", " ") }

// statementBlock renders one statement within blockMax characters: party
// and kind, text, figures, dates and its source links (at least one when it
// has any; "+N more" for those that do not fit).
func statementBlock(st digest.Statement, partyName func(string) string, prefix string) string {
	head := prefix + "**" + digest.EscapeMarkdown(partyName(st.Party)) + " · " + kindLabel(st.Kind) + "** — "
	var figs []string
	for _, f := range st.Figures {
		figs = append(figs, f.Text)
	}
	var meta strings.Builder
	if len(figs) > 0 {
		meta.WriteString("\nFigures: " + escapedCut(strings.Join(figs, " · "), 120))
	}
	meta.WriteString("\nSeen " + stamp(st.FirstSeen, "d"))
	if !st.LastSeen.Equal(st.FirstSeen) && !st.LastSeen.IsZero() {
		meta.WriteString(" → " + stamp(st.LastSeen, "d"))
	}
	// Sources get what the head, a short text and the meta leave.
	sourceBudget := blockMax - runes(head) - runes(meta.String()) - 120
	sources := sourceLinks(st.Sources, sourceBudget)
	textBudget := blockMax - runes(head) - runes(meta.String()) - runes(sources)
	return head + escapedCut(st.Text, textBudget) + meta.String() + sources
}

// sourceLinks is " · Sources: [a](…), [b](…) +N more" within budget
// characters, always with the first source.
func sourceLinks(srcs []digest.Source, budget int) string {
	if len(srcs) == 0 {
		return ""
	}
	out := " · Sources: "
	for i, s := range srcs {
		l := link(s.Title, s.URL)
		more := ""
		if rest := len(srcs) - i - 1; rest > 0 {
			more = fmt.Sprintf(" +%d more", rest)
		}
		sep := ""
		if i > 0 {
			sep = ", "
		}
		if i > 0 && runes(out)+runes(sep)+runes(l)+runes(more) > budget {
			return out + fmt.Sprintf(" +%d more", len(srcs)-i)
		}
		out += sep + l
	}
	return out
}

// listing is a long answer: a title, a head repeated on each page, and
// blocks shown perPage at a time.
type listing struct {
	title  string
	head   string
	blocks []string
	// empty is the description when there are no blocks.
	empty string
}

// pages is the number of pages (at least one).
func (l listing) pages() int { return max(1, (len(l.blocks)+perPage-1)/perPage) }

// page renders page i (0-based, clamped) as one embed.
func (l listing) page(i int) *discordgo.MessageEmbed {
	i = min(max(i, 0), l.pages()-1)
	var desc strings.Builder
	if l.head != "" {
		desc.WriteString(cut(l.head, headMax) + "\n\n")
	}
	blocks := l.blocks[min(i*perPage, len(l.blocks)):min((i+1)*perPage, len(l.blocks))]
	if len(blocks) == 0 {
		desc.WriteString(l.empty)
	}
	desc.WriteString(strings.Join(blocks, "\n\n"))
	e := &discordgo.MessageEmbed{
		Type:        discordgo.EmbedTypeRich,
		Title:       cut(l.title, maxTitle),
		Description: cut(desc.String(), maxDescription),
		Color:       embedColor,
	}
	if l.pages() > 1 {
		e.Footer = &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("Page %d of %d · %d entries", i+1, l.pages(), len(l.blocks))}
	}
	return e
}

// statementListing lists statements, one block each.
func statementListing(title string, stmts []digest.Statement, partyName func(string) string, empty string) listing {
	l := listing{title: title, empty: empty}
	if len(stmts) >= maxStatements {
		l.head = fmt.Sprintf("The %d most recently reported; a party or /search narrows the list.", len(stmts))
	}
	for _, st := range stmts {
		l.blocks = append(l.blocks, statementBlock(st, partyName, ""))
	}
	return l
}

// digestListing lists a digest: its headline as head, then the statements
// of every section, new ones first in each.
func digestListing(d digest.Digest) listing {
	l := listing{
		title: "Digest: " + d.Topic,
		head:  d.Headline + "\n" + stamp(d.Period.From, "f") + " → " + stamp(d.Period.To, "f"),
		empty: "No new developments in this period.",
	}
	for _, sec := range d.Sections {
		name := func(string) string { return sec.PartyName }
		for _, st := range sec.Statements {
			l.blocks = append(l.blocks, statementBlock(st, name, ""))
		}
		for _, st := range sec.StillReported {
			l.blocks = append(l.blocks, statementBlock(st, name, "*(still reported)* "))
		}
	}
	return l
}

// DigestMessages renders a digest as channel messages within Discord's
// limits: one embed per page, as many messages as pages. The scheduled
// digest (the delivery's Composer) posts these.
func DigestMessages(d digest.Digest) []OutMessage {
	l := digestListing(d)
	out := make([]OutMessage, 0, l.pages())
	for i := range l.pages() {
		out = append(out, OutMessage{Embeds: []*discordgo.MessageEmbed{l.page(i)}})
	}
	return out
}
