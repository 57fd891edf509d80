package feeds_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/feeds"
)

// benchSentences are the text the generated feeds are made of.
// They name the parties of the default topic pack, so that the whole
// pipeline (relevance and statement extraction) has work to do.
var benchSentences = []string{
	"Russian and Ukrainian delegations met for a second round of peace talks in the old palace on the Bosphorus.",
	"Turkish mediators said the meeting lasted a little over an hour and ended without a joint statement.",
	"Moscow handed over a memorandum demanding that Kyiv withdraw its troops from four regions before a ceasefire.",
	"Ukraine proposed an exchange of 1,000 prisoners for 1,000 and the return of 6,000 bodies.",
	"Officials in Kyiv dismissed the Kremlin's demand for a withdrawal from four regions as unacceptable.",
	"Observers noted that the next round could take place in Geneva, Vatican City or Riyadh.",
	"Zelenskyy said he was ready to meet Putin in person once the technical work was done.",
	"Negotiators agreed to set up working groups on humanitarian questions and on the nuclear plant.",
}

// largeFeed is a deterministic RSS document of n items, each with a few
// kilobytes of article HTML, about 10 KB an item.
func largeFeed(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Benchmark Daily</title><link>https://bench.example.org/</link><description>Generated for benchmarks.</description><language>en</language>
`)
	for i := range n {
		fmt.Fprintf(&b, "<item><title>Talks, day %d: %s</title>\n", i, strings.TrimSuffix(benchSentences[i%len(benchSentences)], "."))
		fmt.Fprintf(&b, "<link>https://bench.example.org/world/2025/06/%02d/story-%d?utm_source=rss&amp;utm_medium=feed</link>\n", i%28+1, i)
		fmt.Fprintf(&b, "<guid isPermaLink=\"false\">bench-%d</guid><dc:creator>Desk %d</dc:creator>\n", i, i%7)
		fmt.Fprintf(&b, "<pubDate>%s</pubDate>\n", time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Hour).Format(time.RFC1123Z))
		fmt.Fprintf(&b, "<description><![CDATA[<p>%s %s</p>]]></description>\n", benchSentences[i%len(benchSentences)], benchSentences[(i+1)%len(benchSentences)])
		b.WriteString("<content:encoded><![CDATA[<div class=\"article-body\">")
		for p := range 20 {
			fmt.Fprintf(&b, "<p class=\"para\">%s <a href=\"/world/related-%d\">%s</a> %s&nbsp;&mdash; <em>%s</em></p>\n",
				benchSentences[(i+p)%len(benchSentences)], p, benchSentences[(i+p+1)%len(benchSentences)],
				benchSentences[(i+p+2)%len(benchSentences)], benchSentences[(i+p+3)%len(benchSentences)])
			if p%5 == 4 {
				fmt.Fprintf(&b, "<figure><img src=\"/img/%d-%d.jpg\" alt=\"\"><figcaption>Photo %d</figcaption></figure><script>track(%d)</script>\n", i, p, p, p)
			}
		}
		b.WriteString("</div>]]></content:encoded></item>\n")
	}
	b.WriteString("</channel></rss>\n")
	return b.Bytes()
}

// BenchmarkGofeedParse is the baseline: gofeed's parse alone of the ~1 MB
// feed that BenchmarkIngest ingests, as gofeed comes (default) and as
// feeds configures it (no_image_scan: no HTML parse of each item in search
// of an image).
func BenchmarkGofeedParse(b *testing.B) {
	doc := largeFeed(100)
	for _, scan := range []bool{true, false} {
		name := map[bool]string{true: "default", false: "no_image_scan"}[scan]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			for b.Loop() {
				fp := gofeed.NewParser()
				fp.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: !scan}
				f, err := fp.Parse(bytes.NewReader(doc))
				if err != nil || len(f.Items) != 100 {
					b.Fatalf("parse: %v", err)
				}
			}
		})
	}
}

// BenchmarkIngest measures a ~1 MB feed of 100 items with full HTML
// content through parse and normalization (parse), and through the whole
// ingest path into a fresh SQLite store (store). Compare with
// BenchmarkGofeedParse.
func BenchmarkIngest(b *testing.B) {
	doc := largeFeed(100)
	path := filepath.Join(b.TempDir(), "large.xml")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		b.Fatal(err)
	}
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(int64(len(doc)))
		b.ReportAllocs()
		for b.Loop() {
			items, err := feeds.Parse(doc, "https://bench.example.org/rss", "Bench", time.Now())
			if err != nil || len(items) != 100 {
				b.Fatalf("Parse = %d items, %v", len(items), err)
			}
		}
	})
	an, err := digest.NewAnalyzer(digest.DefaultTopic())
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		an   feeds.Analyzer
	}{
		{"store", nil},  // parse, normalize, store
		{"analyze", an}, // the whole pipeline: relevance and statements too
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				st := openStore(b)
				p := feeds.NewPoller(feeds.NewFetcher(feeds.Options{}), st, tc.an, nil)
				b.StartTimer()
				r, err := p.Ingest(context.Background(), path)
				if err != nil || r.NewItems != 100 {
					b.Fatalf("Ingest = %+v, %v", r, err)
				}
				if tc.an != nil {
					b.StopTimer()
					if n, err := st.CountStatements(context.Background()); err != nil || n == 0 {
						b.Fatalf("the pipeline stored %d statements (%v): the benchmark feed must give some", n, err)
					}
					b.StartTimer()
				}
			}
		})
	}
}

// BenchmarkPoll1000 polls 1,000 feeds served by one loopback server, each
// with an ETag: the first pass fetches, parses and stores all of them, the
// second gets 304 for all. It reports each pass's wall time and the peak
// heap in use during it.
func BenchmarkPoll1000(b *testing.B) {
	const n = 1000
	docs := make([][]byte, n)
	for i := range docs {
		docs[i] = []byte(rssDoc(fmt.Sprintf("F%d", i),
			fmt.Sprintf("https://f%d.example.org/a", i), fmt.Sprintf("https://f%d.example.org/b", i),
			fmt.Sprintf("https://f%d.example.org/c", i), fmt.Sprintf("https://f%d.example.org/d", i),
			fmt.Sprintf("https://f%d.example.org/e", i)))
	}
	var served atomic.Int64
	srv := serve(b, func(w http.ResponseWriter, r *http.Request) {
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/feed/%d.xml", &i); err != nil || i < 0 || i >= n {
			http.NotFound(w, r)
			return
		}
		served.Add(1)
		conditional(w, r, fmt.Sprintf(`"v%d"`, i), string(docs[i]))
	})
	list := make([]digest.Feed, n)
	for i := range list {
		list[i] = digest.Feed{Name: fmt.Sprintf("F%d", i), URL: fmt.Sprintf("%s/feed/%d.xml", srv.URL, i), Enabled: true}
	}
	opts := feeds.Options{AllowPrivate: true, PerHost: 8, Concurrency: 8}

	pass := func(b *testing.B, p *feeds.Poller, want feeds.Outcome) (time.Duration, uint64) {
		runtime.GC()
		stop := make(chan struct{})
		var peak atomic.Uint64
		var wg sync.WaitGroup
		wg.Go(func() {
			var ms runtime.MemStats
			t := time.NewTicker(5 * time.Millisecond)
			defer t.Stop()
			for {
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
				select {
				case <-stop:
					return
				case <-t.C:
				}
			}
		})
		start := time.Now()
		rs := p.PollAll(context.Background(), list, false)
		d := time.Since(start)
		close(stop)
		wg.Wait()
		for _, r := range rs {
			if r.Outcome != want {
				b.Fatalf("%s: %v %v, want %v", r.Feed.Name, r.Outcome, r.Err, want)
			}
		}
		return d, peak.Load()
	}

	for _, second := range []bool{false, true} {
		name := map[bool]string{false: "first_pass", true: "second_pass_304"}[second]
		b.Run(name, func(b *testing.B) {
			var total time.Duration
			var peak uint64
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				p := feeds.NewPoller(feeds.NewFetcher(opts), openStore(b), nil, nil)
				want := feeds.OutcomeNew
				if second {
					pass(b, p, feeds.OutcomeNew)
					want = feeds.OutcomeNotModified
				}
				b.StartTimer()
				d, pk := pass(b, p, want)
				total += d
				peak = max(peak, pk)
			}
			b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/pass")
			b.ReportMetric(float64(peak)/(1<<20), "peak_heap_MB")
		})
	}
}
