package feeds_test

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/feeds"
)

// formats are ways that outlets write the same article into a feed. None
// adds or removes a position, so none may change what parley finds.
var formats = []struct {
	name   string
	render func(paras []string) string
	title  func(string) string // nil: the title as written
}{
	{"hard-wrapped with <br>", func(paras []string) string {
		return eachPara(paras, func(p string) string { return "<p>" + wrapWith(html.EscapeString(p), 72, "<br>\n") + "</p>" })
	}, nil},
	{"paragraphs apart by <br><br>", func(paras []string) string {
		return eachPara(paras, func(p string) string { return html.EscapeString(p) + "<br><br>" })
	}, nil},
	{"curly quotes and apostrophes", func(paras []string) string {
		open := true // a quote may run over paragraphs
		return eachPara(paras, func(p string) string {
			var b strings.Builder
			for _, r := range strings.ReplaceAll(p, "'", "’") {
				if r == '"' {
					r = map[bool]rune{true: '“', false: '”'}[open]
					open = !open
				}
				b.WriteRune(r)
			}
			return "<p>" + html.EscapeString(b.String()) + "</p>"
		})
	}, nil},
	{"en dashes", func(paras []string) string {
		return eachPara(paras, func(p string) string {
			return "<p>" + html.EscapeString(strings.ReplaceAll(p, " — ", " – ")) + "</p>"
		})
	}, nil},
	{"soft hyphens and zero-width marks", func(paras []string) string {
		r := strings.NewReplacer("negotiat", "nego&shy;tiat", "ceasefire", "cease&shy;fire", " the ", " &#8204;the ", "Ukrain", "Ukr&#8203;ain")
		return eachPara(paras, func(p string) string { return "<p>" + r.Replace(html.EscapeString(p)) + "</p>" })
	}, nil},
	{"inline markup", func(paras []string) string {
		return eachPara(paras, func(p string) string {
			ws := strings.Fields(html.EscapeString(p))
			for k := range ws {
				switch k % 9 {
				case 3:
					ws[k] = "<strong>" + ws[k] + "</strong>"
				case 6:
					ws[k] = `<a href="https://x.example/">` + ws[k] + "</a>"
				}
			}
			return "<p>" + strings.Join(ws, " ") + "</p>"
		})
	}, nil},
	{"photo captions", func(paras []string) string {
		fig := `<figure><img src="a.jpg"><figcaption>Ukraine's delegation head Rustem Umerov, centre, arrives for the talks. Photo: A. Kaya/Agency</figcaption></figure>`
		return "<p>" + html.EscapeString(paras[0]) + "</p>" + fig + eachPara(paras[1:], plainPara)
	}, nil},
	{"plain text, a paragraph a line", func(paras []string) string { return strings.Join(paras, "\n") }, nil},
	{"plain text, hard-wrapped", func(paras []string) string {
		return eachPara(paras, func(p string) string { return wrapWith(p, 72, "\n") + "\n\n" })
	}, nil},
	{"a channel's pictographs", func(paras []string) string {
		return eachPara(paras, func(p string) string {
			if item, ok := strings.CutPrefix(p, "- "); ok {
				return plainPara("🔹 " + item)
			}
			return plainPara("⚡️ " + p + " 🇺🇦")
		})
	}, nil},
	{"lists as <ul>", func(paras []string) string { return htmlLists(paras, "ul") }, nil},
	{"lists as <ol>", func(paras []string) string { return htmlLists(paras, "ol") }, nil},
	{"a wire's slug, dateline and notes", func(paras []string) string {
		return plainPara("(Adds Kremlin comment in paragraphs 5-7)") + plainPara("KYIV, June 2 (Reuters) - "+paras[0]) + eachPara(paras[1:], plainPara)
	}, func(title string) string { return "UPDATE 2-" + title }},
	{"an agency's dateline in slashes, a live page's kicker", func(paras []string) string {
		return plainPara("MOSCOW, June 2. /TASS/. "+paras[0]) + eachPara(paras[1:], plainPara)
	}, func(title string) string { return "LIVE: " + title }},
	{"page boilerplate between paragraphs", func(paras []string) string {
		lines := []string{"Advertisement", "Story continues below advertisement", "Read more: What we know about the talks so far",
			"14:32 GMT", "Share this article", "Updated 2 hours ago", "RELATED: The war in maps", "Moscow's envoy in Istanbul. (AP Photo/Staff)"}
		var b strings.Builder
		for i, p := range paras {
			b.WriteString(plainPara(p))
			if i < len(paras)-1 {
				b.WriteString(plainPara(lines[i%len(lines)]))
			}
		}
		b.WriteString(plainPara("(Reporting by Jane Roe in Kyiv and John Doe in Moscow; Editing by Sam Poe)"))
		b.WriteString(plainPara("Topics: Russia, Ukraine, Diplomacy"))
		b.WriteString(plainPara("Related coverage") + "<ul><li><a href=\"/a\">Ukraine's drone makers race to scale up</a></li><li><a href=\"/b\">Kremlin hosts a summit of Central Asian leaders</a></li></ul>")
		return b.String()
	}, nil},
}

// htmlLists writes the lines of a list ("- A", "2. B") as the items of an
// HTML list of kind ("ul" or "ol"), without their markers.
func htmlLists(paras []string, kind string) string {
	var b strings.Builder
	open := false
	for _, p := range paras {
		item, ok := strings.CutPrefix(p, "- ")
		if !ok {
			if k := strings.Index(p, ". "); k > 0 && k <= 2 && strings.Trim(p[:k], "0123456789") == "" {
				item, ok = p[k+2:], true
			}
		}
		switch {
		case ok && !open:
			b.WriteString("<" + kind + ">")
			open = true
		case !ok && open:
			b.WriteString("</" + kind + ">")
			open = false
		}
		if ok {
			b.WriteString("<li>" + html.EscapeString(item) + "</li>")
		} else {
			b.WriteString(plainPara(p))
		}
	}
	if open {
		b.WriteString("</" + kind + ">")
	}
	return b.String()
}

func plainPara(p string) string { return "<p>" + html.EscapeString(p) + "</p>" }

func eachPara(paras []string, f func(string) string) string {
	var b strings.Builder
	for _, p := range paras {
		b.WriteString(f(p))
	}
	return b.String()
}

// wrapWith breaks s before the word that would take a line past width.
func wrapWith(s string, width int, sep string) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		if i > 0 && n+1+len(w) > width {
			b.WriteString(sep)
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}

// TestFormatsKeepStatements renders each of the team's evaluation articles
// (digest/testdata/eval) into a feed as written and in each of formats,
// and checks that the feed path (parse, normalize, relevance, extraction)
// finds the same statements in every format: a format is the outlet's,
// the positions are the article's.
func TestFormatsKeepStatements(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "digest", "testdata", "eval", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no evaluation articles: %v", err)
	}
	an, err := digest.NewAnalyzer(digest.DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range paths {
		title, paras := readArticle(t, path)
		want := statementsOf(t, an, title, eachPara(paras, plainPara))
		for _, f := range formats {
			ftitle := title
			if f.title != nil {
				ftitle = f.title(title)
			}
			got := statementsOf(t, an, ftitle, f.render(paras))
			if !slices.Equal(got, want) {
				t.Errorf("%s as %s:\n  lost   %q\n  gained %q", filepath.Base(path), f.name, minus(want, got), minus(got, want))
			}
		}
	}
}

func readArticle(t *testing.T, path string) (string, []string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, body, _ := strings.Cut(string(b), "\n\n")
	title, _, _ := strings.Cut(strings.TrimPrefix(head, "Title: "), "\n")
	var paras []string
	for _, l := range strings.Split(body, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			paras = append(paras, l)
		}
	}
	return title, paras
}

// typography reads the marks that formats change as one.
var typography = strings.NewReplacer("“", `"`, "”", `"`, "’", "'", " – ", " — ")

// statementsOf returns "party kind text" of each statement that the feed
// path finds in an item of title and content, sorted.
func statementsOf(t *testing.T, an *digest.Analyzer, title, content string) []string {
	t.Helper()
	doc := fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Formats</title>
<item><title>%s</title><link>https://formats.example/a</link><content:encoded><![CDATA[%s]]></content:encoded></item>
</channel></rss>`, html.EscapeString(title), content)
	items, err := feeds.Parse([]byte(doc), "https://formats.example/feed", "Formats", time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC))
	if err != nil || len(items) != 1 {
		t.Fatalf("parse: %d items, %v", len(items), err)
	}
	var out []string
	for _, s := range an.Analyze(&items[0]) {
		out = append(out, fmt.Sprintf("%s %s %s", s.Party, s.Kind, typography.Replace(s.Text)))
	}
	slices.Sort(out)
	return out
}

// minus returns the strings of a not in b.
func minus(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}
