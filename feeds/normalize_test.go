package feeds_test

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parley-bot/parley/feeds"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "  Talks   resume\tin Geneva  ", "Talks resume in Geneva"},
		{"blank line is a paragraph", "First.\n\n  \nSecond.", "First.\n\nSecond."},
		{"single newline wrapping a sentence is a space", "Medinsky said Russia was ready to keep talking, but\nthat it would not withdraw.", "Medinsky said Russia was ready to keep talking, but that it would not withdraw."},
		{"single newline between lines of their own", "Russia's terms:\nWithdrawal from the four regions\nNeutrality\nKEY POINTS\n* Talks resume", "Russia's terms:\n\nWithdrawal from the four regions\n\nNeutrality\n\nKEY POINTS\n\n* Talks resume"},
		{"single newline after a paragraph's sentence", "The talks lasted an hour.\nBoth sides agreed on a swap.", "The talks lasted an hour.\n\nBoth sides agreed on a swap."},
		{"single newline after a headline", "Ukraine, Russia agree to new prisoner swap after Istanbul talks\nRussia wants Ukraine to withdraw from Donbas, Medinsky said. The talks will go on next week.",
			"Ukraine, Russia agree to new prisoner swap after Istanbul talks\n\nRussia wants Ukraine to withdraw from Donbas, Medinsky said. The talks will go on next week."},
		{"newline in HTML is a space", "<p>one\ntwo</p>", "one two"},
		{"paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"inline tags", "A <b>bold</b> <a href='x'>move</a>.", "A bold move."},
		{"br", "line one<br>line two<br/>", "line one\n\nline two"},
		{"br wrapping a sentence", "<p>Medinsky said Russia was ready to keep talking, but that it<br>would not withdraw from the four regions it claims as its own<br>territory. Kyiv said it would send a delegation again.</p>",
			"Medinsky said Russia was ready to keep talking, but that it would not withdraw from the four regions it claims as its own territory. Kyiv said it would send a delegation again."},
		{"br wrapping before a name", "<p>The first version of the plan was drafted by Steve Witkoff, Donald<br>Trump's special envoy, with Kirill Dmitriev.</p>",
			"The first version of the plan was drafted by Steve Witkoff, Donald Trump's special envoy, with Kirill Dmitriev."},
		{"br wrapping after a word that ends no sentence", "<p>Moscow's negotiators demanded once again that<br>Ukraine withdraw its troops.</p>",
			"Moscow's negotiators demanded once again that Ukraine withdraw its troops."},
		{"br after a full sentence ends its line", "<p>The delegations met for less than two hours.<br>Both sides agreed on a swap.</p>",
			"The delegations met for less than two hours.\n\nBoth sides agreed on a swap."},
		{"br after a bold heading", "<p><strong>What Russia wants from the talks in Istanbul</strong><br>Moscow wants the four regions.</p>",
			"What Russia wants from the talks in Istanbul\n\nMoscow wants the four regions."},
		{"br between the items of a list", "<p>Russia's conditions, as its memorandum sets them out:<br>Withdrawal of Ukrainian troops from the four regions<br>Neutrality and no foreign troops<br>1. Elections within 100 days</p>",
			"Russia's conditions, as its memorandum sets them out:\n\nWithdrawal of Ukrainian troops from the four regions\n\nNeutrality and no foreign troops\n\n1. Elections within 100 days"},
		{"br before a numbered point", "<p>1. Ukraine gives up its claim to NATO membership, and Russia<br>2. Russia withdraws</p>",
			"1. Ukraine gives up its claim to NATO membership, and Russia\n\n2. Russia withdraws"},
		{"br after a wrapped paragraph's last line", "<p>Peskov told reporters on Tuesday that the Kremlin would not withdraw<br>from the four regions.<br>What happens next<br>Zelensky said Kyiv would never accept the demand.</p>",
			"Peskov told reporters on Tuesday that the Kremlin would not withdraw from the four regions.\n\nWhat happens next\n\nZelensky said Kyiv would never accept the demand."},
		{"single newline after a wrapped paragraph's last line", "Peskov told reporters on Tuesday that the Kremlin would not withdraw\nfrom the four regions.\nWhat happens next\nZelensky said Kyiv would never accept the demand.",
			"Peskov told reporters on Tuesday that the Kremlin would not withdraw from the four regions.\n\nWhat happens next\n\nZelensky said Kyiv would never accept the demand."},
		{"br before an acronym after a word that ends no sentence", "<p>Starmer, who met Zelensky in Kyiv on Monday, said that Ukraine's path to<br><a href=\"/tags/nato\">NATO</a> membership was irreversible.</p>",
			"Starmer, who met Zelensky in Kyiv on Monday, said that Ukraine's path to NATO membership was irreversible."},
		{"single newline before capitals after a word that ends no sentence", "Zelensky will meet European leaders in London on Monday, alongside the\nUK PM Keir Starmer, before flying to Berlin.",
			"Zelensky will meet European leaders in London on Monday, alongside the UK PM Keir Starmer, before flying to Berlin."},
		{"two br end a paragraph", "<p>Moscow's negotiators said they would not accept a truce, and that<br><br>the talks would go on.</p>",
			"Moscow's negotiators said they would not accept a truce, and that\n\nthe talks would go on."},
		{"figure caption dropped", "<p>Talks resumed.</p><figure><img src=x.jpg><figcaption>Rustem Umerov arrives. Photo: Agency</figcaption></figure><p>It wants a truce.</p>", "Talks resumed.\n\nIt wants a truce."},
		{"invisible formatting dropped", "nego\u00adtiations with \u200ca loaded\u2060 agenda\u200d", "negotiations with a loaded agenda"},
		{"entities", "Q&amp;A &mdash; &#8220;yes&#8221; &nbsp;now", "Q&A — “yes” now"},
		{"script and style dropped", "<style>p{}</style>Kept<script>alert(1)</script> text", "Kept text"},
		{"lists keep their markers", "<ul><li>A</li><li>B <i>c</i><ol><li>one</li><li>two</li></ol></li><li>• D</li></ul>", "- A\n\n- B c\n\n1. one\n\n2. two\n\n• D"},
		{"list items without text write no marker", "<ul class=\"share\"><li><button>Share on X</button></li></ul><p>Talks resumed.</p><ul><li><img src=a.jpg><li><img src=b.jpg></ul><p>It wants a truce.</p>", "Talks resumed.\n\nIt wants a truce."},
		{"table cells", "<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>", "1 | 2\n\n3"},
		{"table header and empty cell", "<table><tr><th>Issue</th><th>Russia</th></tr><tr><td>NATO</td><td></td><td>no</td></tr></table>", "Issue | Russia\n\nNATO |  | no"},
		{"stray angle bracket", "5 < 6 and 7 > 3", "5 < 6 and 7 > 3"},
		{"control characters", "a\x00b\x07c\u200bd", "abcd"},
		{"invalid utf-8", "caf\xe9", "caf\uFFFD"},
		{"unclosed tag", "<p>Half<b", "Half"},
		{"empty", "<p> </p><div></div>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := feeds.HTMLToText(tt.in); got != tt.want {
				t.Errorf("HTMLToText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCanonicalURL(t *testing.T) {
	base, _ := url.Parse("https://news.example.org/world/index.html")
	tests := []struct {
		name, in, want string
	}{
		{"absolute", "https://news.example.org/a", "https://news.example.org/a"},
		{"case and default port", "HTTPS://News.Example.ORG:443/Path", "https://news.example.org/Path"},
		{"http port 80", "http://example.org:80", "http://example.org/"},
		{"a default port and no host", "HTTP://:80", ""},
		{"other port kept", "http://example.org:8080/x", "http://example.org:8080/x"},
		{"fragment dropped", "https://example.org/a#comments", "https://example.org/a"},
		{"utm and friends", "https://example.org/a?utm_source=rss&id=7&UTM_Medium=x&fbclid=1&gclid=2&b=2", "https://example.org/a?id=7&b=2"},
		{"more trackers", "https://example.org/a?at_medium=RSS&at_campaign=c&ocid=o&cmpid=c&CMP=x&mc_cid=1&mc_eid=2&_ga=3&ref_src=twsrc&smid=nytcore&keep=1", "https://example.org/a?keep=1"},
		{"order kept", "https://example.org/s?z=1&a=2&m=3", "https://example.org/s?z=1&a=2&m=3"},
		{"only trackers", "https://example.org/a?utm_source=x", "https://example.org/a"},
		{"relative path", "../europe/story.html", "https://news.example.org/europe/story.html"},
		{"root relative", "/2025/06/story", "https://news.example.org/2025/06/story"},
		{"protocol relative", "//cdn.example.net/x", "https://cdn.example.net/x"},
		{"user info dropped", "https://user:pw@example.org/", "https://example.org/"},
		{"mailto refused", "mailto:desk@example.org", ""},
		{"javascript refused", "javascript:alert(1)", ""},
		{"empty", "  ", ""},
		{"ipv6 default port", "http://[2001:db8::1]:80/x", "http://[2001:db8::1]/x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := feeds.CanonicalURL(tt.in, base)
			if got != tt.want {
				t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := feeds.CanonicalURL(got, nil); again != got {
				t.Errorf("CanonicalURL is not idempotent: %q then %q", got, again)
			}
		})
	}
}

// seedFromTestdata adds every fixture to a fuzz corpus.
func seedFromTestdata(f *testing.F, add func(b []byte)) {
	f.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*"))
	if err != nil || len(paths) == 0 {
		f.Fatalf("no fixtures in testdata: %v", err)
	}
	for _, p := range paths {
		if fi, err := os.Stat(p); err != nil || fi.IsDir() {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		add(b)
	}
}

// FuzzNormalize checks that HTML-to-text and URL canonicalization never
// panic, always give valid UTF-8, and are idempotent where they should be.
func FuzzNormalize(f *testing.F) {
	seedFromTestdata(f, func(b []byte) { f.Add(string(b), "https://example.org/a?utm_source=x&b=1#f") })
	f.Add("<p>a &amp;amp; b</p>", "../x?fbclid=1")
	f.Add("x\n\n\ny", "HTTP://EXAMPLE.org:80")
	f.Add("<p>Medinsky said Russia was ready to keep talking, but that it<br>would not withdraw, <b>Kyiv</b><br><br>1. A<br>- B:<br>“Yes”<figcaption>x</figcaption> nego&shy;tiate</p>", "")
	base, _ := url.Parse("https://example.org/dir/feed.xml")
	f.Fuzz(func(t *testing.T, html, link string) {
		text := feeds.HTMLToText(html)
		if !utf8.ValidString(text) {
			t.Fatalf("HTMLToText gave invalid UTF-8: %q", text)
		}
		if text != strings.TrimSpace(text) || strings.Contains(text, "\n\n\n") || strings.Contains(text, "  ") {
			t.Fatalf("HTMLToText left untidy whitespace: %q", text)
		}
		if !strings.ContainsAny(text, "<&") {
			if again := feeds.HTMLToText(text); again != text {
				t.Fatalf("HTMLToText not idempotent on plain text: %q then %q", text, again)
			}
		}
		u := feeds.CanonicalURL(link, base)
		if u == "" {
			return
		}
		if !utf8.ValidString(u) {
			t.Fatalf("CanonicalURL gave invalid UTF-8: %q", u)
		}
		if again := feeds.CanonicalURL(u, nil); again != u {
			t.Fatalf("CanonicalURL not idempotent: %q then %q", u, again)
		}
		if again := feeds.CanonicalURL(u, base); again != u {
			t.Fatalf("CanonicalURL of an absolute URL depends on the base: %q then %q", u, again)
		}
	})
}

// FuzzParse checks that no document makes Parse panic, and that items
// always carry an ID, valid UTF-8 text and a date.
func FuzzParse(f *testing.F) {
	seedFromTestdata(f, func(b []byte) { f.Add(b) })
	at := time.Date(2025, 6, 10, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, doc []byte) {
		items, err := feeds.Parse(doc, "https://example.org/feed.xml", "Fuzz", at)
		if err != nil {
			return
		}
		for _, it := range items {
			if it.ID == "" || it.Published.IsZero() {
				t.Fatalf("item without ID or date: %+v", it)
			}
			for _, s := range []string{it.Title, it.Summary, it.Content, it.URL} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 in %+v", it)
				}
			}
		}
	})
}
