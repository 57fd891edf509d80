package digest

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
)

// Neutral renderers: plain text for terminals, markdown for chat (Discord
// flavoured), JSON for scripts. They print facts from the digest only; the
// bot turns digests into embeds itself.

// timeLayout is how renderers print times, in the time's own zone.
const timeLayout = "2006-01-02 15:04 MST"

// printer writes formatted lines and keeps the first write error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// citations numbers the digest's sources from 1.
func (d Digest) citations() map[string]int {
	n := make(map[string]int, len(d.Sources))
	for i, s := range d.Sources {
		n[sourceKey(s)] = i + 1
	}
	return n
}

// sourceNumbers are the numbers of a statement's sources, in order.
func sourceNumbers(cite map[string]int, st Statement) []int {
	var out []int
	for _, s := range st.Sources {
		if n, ok := cite[sourceKey(s)]; ok {
			out = append(out, n)
		}
	}
	return out
}

// kindTitle is a kind as a section title: "Agreements", "Next steps".
func kindTitle(k Kind) string {
	noun := kindNoun(k, 2)
	if noun == "" {
		return noun
	}
	return strings.ToUpper(noun[:1]) + noun[1:]
}

func figureTexts(fs []Figure) string {
	texts := make([]string, 0, len(fs))
	for _, f := range fs {
		if f.Text != "" {
			texts = append(texts, f.Text)
		}
	}
	return strings.Join(texts, "; ")
}

// oneLine collapses the whitespace of feed text, newlines included.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// localTime is t in the zone of the digest's period, as renderers print it.
func (d Digest) localTime(t time.Time) string { return t.In(d.Period.To.Location()).Format(timeLayout) }

func periodText(p Period) string {
	return p.From.Format(timeLayout) + " – " + p.To.Format(timeLayout)
}

// WriteText renders the digest as plain text.
func (d Digest) WriteText(w io.Writer) error {
	p := &printer{w: w}
	cite := d.citations()
	p.printf("%s\n%s\n%s\n", oneLine(d.Topic), periodText(d.Period), oneLine(d.Headline))
	var kind Kind
	for _, sec := range d.Sections {
		if sec.Kind != kind || kind == "" {
			kind = sec.Kind
			p.printf("\n%s\n", kindTitle(kind))
		}
		p.printf("  %s\n", oneLine(sec.PartyName))
		for _, st := range sec.Statements {
			p.printf("    - %s%s\n", oneLine(st.Text), textRefs(sourceNumbers(cite, st)))
			details := "first seen " + d.localTime(st.FirstSeen)
			if f := figureTexts(st.Figures); f != "" {
				details = oneLine(f) + " · " + details
			}
			p.printf("      %s\n", details)
		}
		for _, st := range sec.StillReported {
			p.printf("    still reported: %s (since %s)%s\n", oneLine(st.Text), d.localTime(st.FirstSeen), textRefs(sourceNumbers(cite, st)))
		}
	}
	if len(d.Sources) > 0 {
		p.printf("\nSources\n")
		for i, s := range d.Sources {
			p.printf("  [%d] %s: %s\n      %s\n", i+1, oneLine(s.Feed), oneLine(s.Title), s.URL)
		}
	}
	return p.err
}

// textRefs is " [1, 3]", or nothing without sources.
func textRefs(nums []int) string {
	if len(nums) == 0 {
		return ""
	}
	s := make([]string, len(nums))
	for i, n := range nums {
		s[i] = fmt.Sprint(n)
	}
	return " [" + strings.Join(s, ", ") + "]"
}

// WriteMarkdown renders the digest as Discord-flavoured markdown. Feed text
// is escaped; links are wrapped in <> so that chat clients do not unfurl them.
func (d Digest) WriteMarkdown(w io.Writer) error {
	p := &printer{w: w}
	cite := d.citations()
	p.printf("## %s\n-# %s\n**%s**\n", EscapeMarkdown(oneLine(d.Topic)), periodText(d.Period), EscapeMarkdown(oneLine(d.Headline)))
	var kind Kind
	for _, sec := range d.Sections {
		if sec.Kind != kind || kind == "" {
			kind = sec.Kind
			p.printf("\n### %s\n", kindTitle(kind))
		}
		p.printf("**%s**\n", EscapeMarkdown(oneLine(sec.PartyName)))
		for _, st := range sec.Statements {
			line := EscapeMarkdown(oneLine(st.Text))
			if f := figureTexts(st.Figures); f != "" {
				line += " — *" + EscapeMarkdown(oneLine(f)) + "*"
			}
			p.printf("- %s%s\n", line, d.markdownRefs(sourceNumbers(cite, st)))
		}
		for _, st := range sec.StillReported {
			p.printf("-# still reported: %s (since %s)%s\n", EscapeMarkdown(oneLine(st.Text)), d.localTime(st.FirstSeen), d.markdownRefs(sourceNumbers(cite, st)))
		}
	}
	if len(d.Sources) > 0 {
		p.printf("\n### Sources\n")
		for i, s := range d.Sources {
			p.printf("%d. %s — %s\n", i+1, markdownLink(oneLine(s.Title), s.URL), EscapeMarkdown(oneLine(s.Feed)))
		}
	}
	return p.err
}

// markdownRefs is " [1](<url>) [3](<url>)".
func (d Digest) markdownRefs(nums []int) string {
	var b strings.Builder
	for _, n := range nums {
		b.WriteString(" " + markdownLink(fmt.Sprint(n), d.Sources[n-1].URL))
	}
	return b.String()
}

// markdownLink is [text](<url>), or the escaped text alone without a URL.
func markdownLink(text, url string) string {
	text = EscapeMarkdown(text)
	if url == "" || !(strings.HasPrefix(url, "https://") || strings.HasPrefix(url, "http://")) {
		return text
	}
	url = strings.NewReplacer(" ", "%20", "<", "%3C", ">", "%3E", "(", "%28", ")", "%29").Replace(url)
	return "[" + text + "](<" + url + ">)"
}

// markdownEscaper backslash-escapes the characters that Discord's markdown
// gives a meaning anywhere in a line: emphasis, strike, spoilers, code,
// links, and the angle brackets of mentions, channels and timestamps.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, `*`, `\*`, `_`, `\_`, `~`, `\~`, "`", "\\`", `|`, `\|`,
	`<`, `\<`, `[`, `\[`, `]`, `\]`,
	`@`, "@\u200b",
)

// EscapeMarkdown makes feed text safe to show in Discord markdown: its
// markup characters are escaped, and so is a line that starts like a
// header, quote, subtext or list ("# ", "> ", "-# ", "- ", "1. "). "@" is
// followed by a zero-width space so that "@everyone" in a headline cannot
// even look like a ping.
func EscapeMarkdown(s string) string {
	lines := strings.Split(markdownEscaper.Replace(s), "\n")
	for i, l := range lines {
		lines[i] = escapeLineStart(l)
	}
	return strings.Join(lines, "\n")
}

// escapeLineStart escapes the marker of a line that would start a header,
// quote, subtext or list.
func escapeLineStart(l string) string {
	trimmed := strings.TrimLeft(l, " ")
	indent := l[:len(l)-len(trimmed)]
	if strings.HasPrefix(trimmed, "#") || strings.HasPrefix(trimmed, ">") ||
		strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(trimmed, "-#") || strings.HasPrefix(trimmed, "+ ") {
		return indent + `\` + trimmed
	}
	digits := len(trimmed) - len(strings.TrimLeft(trimmed, "0123456789"))
	if digits > 0 && strings.HasPrefix(trimmed[digits:], ". ") {
		return indent + trimmed[:digits] + `\` + trimmed[digits:]
	}
	return l
}

// WriteJSON renders the digest as indented JSON (keys: topic, period,
// headline, sections, sources, quiet).
func (d Digest) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		return fmt.Errorf("digest: encode JSON: %w", err)
	}
	return nil
}

// WriteStatementsText renders the answer of a statement query (the CLI twin
// of /demands and friends): a title, then each statement with its kind and
// party, text, figures, dates and numbered sources.
func WriteStatementsText(w io.Writer, title string, stmts []Statement) error {
	p := &printer{w: w}
	p.printf("%s (%d)\n", oneLine(title), len(stmts))
	if len(stmts) == 0 {
		p.printf("No statements.\n")
	}
	for i, st := range stmts {
		p.printf("\n%d. [%s · %s] %s\n", i+1, st.Kind, st.Party, oneLine(st.Text))
		if f := figureTexts(st.Figures); f != "" {
			p.printf("   figures: %s\n", oneLine(f))
		}
		p.printf("   %s\n", seenText(st.FirstSeen, st.LastSeen))
		for j, s := range st.Sources {
			p.printf("   [%d] %s: %s\n       %s\n", j+1, oneLine(s.Feed), oneLine(s.Title), s.URL)
		}
	}
	return p.err
}

// seenText is "first seen A, last seen B", or "seen A" when both are equal.
func seenText(first, last time.Time) string {
	if first.Equal(last) {
		return "seen " + first.Format(timeLayout)
	}
	return "first seen " + first.Format(timeLayout) + ", last seen " + last.Format(timeLayout)
}
