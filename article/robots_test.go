package article

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestParseRobots(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		agent string
		paths map[string]bool // path → allowed
		delay time.Duration
	}{
		{
			name:  "own group wins over *",
			body:  robotsTxt,
			agent: "parley",
			paths: map[string]bool{"/world/x": true, "/private/story": false, "/private/open": true, "/private/open/more": false},
		},
		{
			name:  "others fall back to *",
			body:  robotsTxt,
			agent: "otherbot",
			paths: map[string]bool{"/": false, "/world/x": false, "/robots.txt": true},
		},
		{
			name:  "longest match decides, Allow wins a tie",
			body:  "User-agent: *\nDisallow: /news/\nAllow: /news/free/\nDisallow: /news/free/locked\nAllow: /a\nDisallow: /a\n",
			agent: "parley",
			paths: map[string]bool{"/news/x": false, "/news/free/x": true, "/news/free/locked/1": false, "/a": true, "/b": true},
		},
		{
			name:  "wildcards and end anchors",
			body:  "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?session=\n",
			agent: "parley",
			paths: map[string]bool{"/doc.pdf": false, "/doc.pdf.html": true, "/x?session=1": false, "/x?page=2": true},
		},
		{
			name:  "non-ASCII patterns match escaped paths",
			body:  "User-agent: *\nDisallow: /новини/\n",
			agent: "parley",
			paths: map[string]bool{"/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/1": false, "/news/1": true},
		},
		{
			name:  "agent names are case-insensitive, versions ignored; groups merge; crawl-delay",
			body:  "User-Agent: Parley/2.0\nDisallow: /one\n\nuser-agent: googlebot\nDisallow: /\n\nUSER-AGENT: parley\nDisallow: /two\nCrawl-delay: 2.5\n",
			agent: "parley",
			paths: map[string]bool{"/one": false, "/two": false, "/three": true},
			delay: 2500 * time.Millisecond,
		},
		{
			name:  "several agents share a group; empty Disallow allows; comments",
			body:  "User-agent: a\nUser-agent: parley # us\nDisallow:\n\nUser-agent: *\nDisallow: /\n",
			agent: "parley",
			paths: map[string]bool{"/anything": true},
		},
		{
			name:  "rules before any user-agent are ignored; no group allows all",
			body:  "Disallow: /\nSitemap: https://x.example/sitemap.xml\n",
			agent: "parley",
			paths: map[string]bool{"/": true, "/x": true},
		},
		{
			name:  "a huge crawl-delay is capped",
			body:  "User-agent: *\nCrawl-delay: 86400\n",
			agent: "parley",
			paths: map[string]bool{"/": true},
			delay: maxCrawlDelay,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rules := parseRobots([]byte(tc.body), tc.agent)
			for path, want := range tc.paths {
				if got := rules.allowed(path); got != want {
					t.Errorf("allowed(%q) = %v, want %v", path, got, want)
				}
			}
			if rules.crawlDelay != tc.delay {
				t.Errorf("crawl delay = %v, want %v", rules.crawlDelay, tc.delay)
			}
		})
	}
}

// FuzzParseRobots checks that no robots.txt panics the parser and that
// /robots.txt stays allowed.
func FuzzParseRobots(f *testing.F) {
	f.Add([]byte(robotsTxt), "/private/story")
	f.Add([]byte("User-agent: *\nDisallow: /*.pdf$\nAllow: /$\n"), "/a.pdf")
	f.Add([]byte("User-agent: parley\nDisallow: /[(\\\nCrawl-delay: -1\n"), "/[(")
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		rules := parseRobots(body, "parley")
		rules.allowed(path)
		if !rules.allowed("/robots.txt") {
			t.Errorf("robots.txt disallowed by %q", body)
		}
		if rules.crawlDelay < 0 || rules.crawlDelay > maxCrawlDelay {
			t.Errorf("crawl delay %v out of range", rules.crawlDelay)
		}
	})
}

// FuzzExtract checks that no page panics the extractor, seeded with the
// page fixtures.
func FuzzExtract(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	for _, n := range names {
		body, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(body, "text/html")
	}
	f.Add([]byte("<p>\xff\xfe broken"), "text/html; charset=koi8-r")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		ex, err := Extract(body, contentType, nil)
		if err == nil && ex.Text == "" {
			t.Errorf("Extract returned no text and no error")
		}
	})
}
