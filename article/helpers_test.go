package article

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/feeds"
	"github.com/parley-bot/parley/store"
)

// site serves the page fixtures and the awkward cases on loopback.
type site struct {
	*httptest.Server
	robotsHits int
}

// robotsTxt is the test site's robots.txt: parley may read the news but
// not /private/, and other crawlers nothing.
const robotsTxt = `# test site
User-agent: *
Disallow: /

User-agent: parley
Disallow: /private/
Allow: /private/open$
`

func newSite(t testing.TB) *site {
	t.Helper()
	s := &site{}
	page := func(name, contentType string) http.HandlerFunc {
		body, err := os.ReadFile(filepath.Join("testdata", "pages", name))
		if err != nil {
			t.Fatal(err)
		}
		etag := `"` + name + `"`
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("ETag", etag)
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", contentType)
			w.Write(body)
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		s.robotsHits++
		w.Write([]byte(robotsTxt))
	})
	mux.Handle("/world/istanbul-may", page("istanbul-may.html", "text/html; charset=utf-8"))
	mux.Handle("/news/istanbul-june", page("istanbul-june.html", "text/html"))
	mux.Handle("/politics/istanbul-july", page("istanbul-july.html", "text/html; charset=utf-8"))
	mux.Handle("/paywall", page("paywall.html", "text/html; charset=utf-8"))
	// windows-1251, declared only in the HTTP header.
	mux.Handle("/uk/stambul", page("cp1251.html", "text/html; charset=windows-1251"))
	mux.Handle("/account/login", page("login.html", "text/html; charset=utf-8"))
	mux.HandleFunc("/members/story", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/account/login?next=/members/story", http.StatusFound)
	})
	mux.HandleFunc("/stub", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><article><p>Russia and Ukraine met in Istanbul.</p></article></body></html>"))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><article>"))
		para := []byte("<p>" + strings.Repeat("Padding for a page over the cap. ", 30) + "</p>")
		for range 200 { // about 200 KB, over the tests' 64 KiB cap
			w.Write(para)
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.Handle("/private/story", page("istanbul-july.html", "text/html"))
	mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		http.Error(w, "busy", http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7"))
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// testFetcher reaches loopback, with a short timeout and a 64 KiB cap.
func testFetcher() *feeds.Fetcher {
	return feeds.NewFetcher(feeds.Options{AllowPrivate: true, Timeout: 300 * time.Millisecond, MaxBodyBytes: 64 << 10})
}

func testAnalyzer(t testing.TB) *digest.Analyzer {
	t.Helper()
	an, err := digest.NewAnalyzer(digest.DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	return an
}

func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// ingest sends a feed fixture, its {{BASE}} replaced by base, through the
// poller's ingest path into s.
func ingest(t testing.TB, s *store.Store, an *digest.Analyzer, fixture, base string) {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", fixture))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), fixture)
	if err := os.WriteFile(path, []byte(strings.ReplaceAll(string(body), "{{BASE}}", base)), 0o644); err != nil {
		t.Fatal(err)
	}
	p := feeds.NewPoller(feeds.NewFetcher(feeds.Options{}), s, an, nil)
	if _, err := p.Ingest(context.Background(), path); err != nil {
		t.Fatalf("ingest %s: %v", fixture, err)
	}
}
