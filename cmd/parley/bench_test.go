package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parley-bot/parley/store"
)

// BenchmarkRun1000Feeds measures `parley run` (without Discord) following
// 1,000 feeds served on loopback: the time from start until every feed has
// been polled once, and the process's memory meanwhile (peak heap in use
// and memory obtained from the OS, sampled every 10ms; the loopback feed
// server runs in the same process and is included).
func BenchmarkRun1000Feeds(b *testing.B) {
	const feeds = 1000
	var served atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		etag := `"` + r.URL.Path + `"`
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>%[1]s</title><link>https://bench.example%[1]s</link>`, r.URL.Path)
		for i := range 5 {
			fmt.Fprintf(w, `<item><title>Delegations meet for peace talks, round %[2]d</title><link>https://bench.example%[1]s/%[2]d</link>`+
				`<description>Russia demanded that Ukraine withdraw from Donetsk. Kyiv rejected the demand.</description>`+
				`<pubDate>Mon, 02 Jun 2025 1%[2]d:00:00 +0000</pubDate></item>`, r.URL.Path, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	}))
	defer srv.Close()

	for b.Loop() {
		b.StopTimer()
		dir := b.TempDir()
		var cfg strings.Builder
		fmt.Fprintf(&cfg, "[store]\npath = %q\n[poll]\nallow_private = true\nper_host = 8\n[log]\nlevel = \"warn\"\n", filepath.Join(dir, "p.db"))
		for i := range feeds {
			fmt.Fprintf(&cfg, "[[feeds]]\nname = \"F%04d\"\nurl = \"%s/f%04d.xml\"\nschedule = \"@every 1h\"\n", i, srv.URL, i)
		}
		path := filepath.Join(dir, "parley.toml")
		if err := os.WriteFile(path, []byte(cfg.String()), 0o600); err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		var peakHeap, peakSys atomic.Uint64
		stopSampling := make(chan struct{})
		go func() {
			var ms runtime.MemStats
			for {
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peakHeap.Load() {
					peakHeap.Store(ms.HeapInuse)
				}
				if ms.Sys > peakSys.Load() {
					peakSys.Store(ms.Sys)
				}
				select {
				case <-stopSampling:
					return
				case <-time.After(10 * time.Millisecond):
				}
			}
		}()
		b.StartTimer()

		start := time.Now()
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan int, 1)
		go func() { done <- dispatch(ctx, []string{"--config", path, "run"}, &syncBuffer{}, &syncBuffer{}) }()
		st := waitStore(b, filepath.Join(dir, "p.db"))
		for {
			states, err := st.FeedStates(ctx)
			polled := 0
			for _, s := range states {
				if !s.LastPoll.IsZero() {
					polled++
				}
			}
			if err == nil && polled == feeds {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		firstPass := time.Since(start)
		cancel()
		if code := <-done; code != exitOK {
			b.Fatalf("run exited %d", code)
		}
		st.Close()
		close(stopSampling)
		b.ReportMetric(firstPass.Seconds(), "s/first-pass")
		b.ReportMetric(float64(peakHeap.Load())/(1<<20), "MB-peak-heap")
		b.ReportMetric(float64(peakSys.Load())/(1<<20), "MB-sys")
	}
}

// waitStore opens the store the daemon creates, once it exists.
func waitStore(b *testing.B, path string) *store.Store {
	for range 500 {
		if _, err := os.Stat(path); err == nil {
			st, err := store.Open(context.Background(), path)
			if err == nil {
				return st
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	b.Fatalf("store %s never appeared", path)
	return nil
}
