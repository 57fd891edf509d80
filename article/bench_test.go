package article

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/feeds"
	"github.com/parley-bot/parley/store"
)

// pairs are the teaser + page fixtures: the teaser feed's items and the
// pages they link to.
var pairs = []struct{ guid, path, page string }{
	{"harbour-ledger-2025-05-16-istanbul", "/world/istanbul-may", "istanbul-may.html"},
	{"northgate-2025-06-02-istanbul", "/news/istanbul-june", "istanbul-june.html"},
	{"riverside-2025-07-23-istanbul", "/politics/istanbul-july", "istanbul-july.html"},
}

// teaserItems parses the teaser feed fixture, links pointing at base.
func teaserItems(b *testing.B, base string) map[string]digest.Item {
	body, err := os.ReadFile(filepath.Join("testdata", "teaser.rss"))
	if err != nil {
		b.Fatal(err)
	}
	items, err := feeds.Parse([]byte(strings.ReplaceAll(string(body), "{{BASE}}", base)), "https://feed.example/rss", "teasers", time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		b.Fatal(err)
	}
	byPath := map[string]digest.Item{}
	for _, it := range items {
		u, _ := url.Parse(it.URL)
		byPath[u.Path] = it
	}
	return byPath
}

// BenchmarkStatementsTeaserVsPage reports, over the fixture pairs, the
// statements found in the teasers alone and once the pages are read
// (extraction and analysis per op, no network).
func BenchmarkStatementsTeaserVsPage(b *testing.B) {
	an := testAnalyzer(b)
	items := teaserItems(b, "https://pages.example")
	pages := make([][]byte, len(pairs))
	for i, p := range pairs {
		pages[i] = readPage(b, p.page)
	}
	var teaser, full int
	b.ReportAllocs()
	for b.Loop() {
		teaser, full = 0, 0
		for i, p := range pairs {
			it := items[p.path]
			teaser += len(an.Analyze(&it))
			u, _ := url.Parse(it.URL)
			ex, err := Extract(pages[i], "text/html; charset=utf-8", u)
			if err != nil {
				b.Fatal(err)
			}
			it.Content = ex.Text
			full += len(an.Analyze(&it))
		}
	}
	b.ReportMetric(float64(teaser), "stmts_teaser")
	b.ReportMetric(float64(full), "stmts_page")
}

// BenchmarkExtract is the extraction cost of one page (decode, strip,
// readability, cleanup).
func BenchmarkExtract(b *testing.B) {
	for _, p := range pairs {
		body := readPage(b, p.page)
		u, _ := url.Parse("https://pages.example" + p.path)
		b.Run(p.page, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Extract(body, "text/html; charset=utf-8", u); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadPage is the cost of reading one item's page over loopback:
// robots.txt (cached), fetch, extraction and statements, without the
// store.
func BenchmarkReadPage(b *testing.B) {
	srv := newSite(b)
	items := teaserItems(b, srv.URL)
	r := New(testFetcher(), nil, testAnalyzer(b), Options{Enabled: true})
	ctx := context.Background()
	jobs := make([]store.PageJob, len(pairs))
	for i, p := range pairs {
		jobs[i] = store.PageJob{Item: items[p.path]}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		out := r.read(ctx, jobs[i%len(jobs)])
		if out.page.Status != digest.FullTextRead {
			b.Fatalf("read %s: %+v", jobs[i%len(jobs)].Item.URL, out)
		}
		i++
	}
}
