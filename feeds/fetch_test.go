package feeds_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/parley-bot/parley/feeds"
)

const feedBody = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>` +
	`<item><title>One</title><link>https://example.org/1</link></item></channel></rss>`

// loopbackFetcher returns a fetcher allowed to reach httptest servers.
func loopbackFetcher(o feeds.Options) *feeds.Fetcher {
	o.AllowPrivate = true
	return feeds.NewFetcher(o)
}

func serve(t testing.TB, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func TestFetchOK(t *testing.T) {
	var gotUA, gotAE string
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		gotUA, gotAE = r.Header.Get("User-Agent"), r.Header.Get("Accept-Encoding")
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 02 Jun 2025 18:00:00 GMT")
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feedBody)
	})
	resp, err := loopbackFetcher(feeds.Options{}).Fetch(context.Background(), srv.URL+"/rss", feeds.Validators{})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	got := struct {
		URL         string
		Status      int
		Body        string
		NotModified bool
		Validators  feeds.Validators
		UA          string
	}{resp.URL, resp.Status, string(resp.Body), resp.NotModified, resp.Validators, gotUA}
	want := struct {
		URL         string
		Status      int
		Body        string
		NotModified bool
		Validators  feeds.Validators
		UA          string
	}{srv.URL + "/rss", 200, feedBody, false, feeds.Validators{ETag: `"v1"`, LastModified: "Mon, 02 Jun 2025 18:00:00 GMT"}, feeds.DefaultUserAgent}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("response differs (-want +got):\n%s", diff)
	}
	if !strings.Contains(gotAE, "gzip") {
		t.Errorf("Accept-Encoding = %q, want gzip offered", gotAE)
	}
}

func TestFetchNotModified(t *testing.T) {
	const etag, lastMod = `"abc"`, "Tue, 03 Jun 2025 09:00:00 GMT"
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/etag":
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
		case "/lastmod":
			if r.Header.Get("If-Modified-Since") == lastMod {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Last-Modified", lastMod)
		}
		fmt.Fprint(w, feedBody)
	})
	f := loopbackFetcher(feeds.Options{})
	for _, path := range []string{"/etag", "/lastmod"} {
		t.Run(path, func(t *testing.T) {
			first, err := f.Fetch(context.Background(), srv.URL+path, feeds.Validators{})
			if err != nil || first.NotModified {
				t.Fatalf("first Fetch = %+v, %v; want a full answer", first, err)
			}
			second, err := f.Fetch(context.Background(), srv.URL+path, first.Validators)
			if err != nil {
				t.Fatalf("second Fetch: %v", err)
			}
			if !second.NotModified || second.Status != 304 || second.Body != nil {
				t.Errorf("second Fetch = status %d, not modified %v, %d bytes; want 304 without body", second.Status, second.NotModified, len(second.Body))
			}
			if diff := cmp.Diff(first.Validators, second.Validators); diff != "" {
				t.Errorf("validators after 304 differ (-first +second):\n%s", diff)
			}
		})
	}
}

func TestFetchErrors(t *testing.T) {
	retryDate := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	var hops atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/404":
			http.NotFound(w, r)
		case "/500":
			http.Error(w, "boom", http.StatusInternalServerError)
		case "/429":
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(http.StatusTooManyRequests)
		case "/503":
			w.Header().Set("Retry-After", retryDate.Format(http.TimeFormat))
			w.WriteHeader(http.StatusServiceUnavailable)
		case "/loop-a":
			http.Redirect(w, r, "/loop-b", http.StatusFound)
		case "/loop-b":
			http.Redirect(w, r, "/loop-a", http.StatusMovedPermanently)
		case "/chain":
			http.Redirect(w, r, fmt.Sprintf("/chain?n=%d", hops.Add(1)), http.StatusFound)
		case "/big":
			w.Write(bytes.Repeat([]byte("x"), 5000))
		case "/big-chunked":
			for range 50 {
				w.Write(bytes.Repeat([]byte("y"), 100))
				w.(http.Flusher).Flush()
			}
		case "/hang":
			<-r.Context().Done()
		}
	})
	f := loopbackFetcher(feeds.Options{MaxBodyBytes: 1000, Timeout: 300 * time.Millisecond, MaxRedirects: 3})

	tests := []struct {
		path     string
		wantErr  string
		wantCode int
	}{
		{"/404", "http 404 Not Found", 404},
		{"/500", "http 500 Internal Server Error", 500},
		{"/429", "http 429 Too Many Requests, retry after", 429},
		{"/503", "http 503 Service Unavailable, retry after 2030-01-02T03:04:05Z", 503},
		{"/loop-a", "redirect loop", 0},
		{"/chain", "stopped after 3 redirects", 0},
		{"/big", "too large", 0},
		{"/big-chunked", "too large", 0},
		{"/hang", "timeout after 300ms", 0},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			before := time.Now()
			resp, err := f.Fetch(context.Background(), srv.URL+tt.path, feeds.Validators{})
			if err == nil {
				t.Fatalf("Fetch = %+v, want an error", resp)
			}
			if resp != nil {
				t.Errorf("Fetch returned a response with its error")
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %q does not contain %q", err, tt.wantErr)
			}
			gotCode := 0
			if se := (*feeds.StatusError)(nil); errors.As(err, &se) {
				gotCode = se.Code
			}
			if gotCode != tt.wantCode {
				t.Errorf("status code %d, want %d", gotCode, tt.wantCode)
			}
			if tt.wantErr == "too large" && !errors.Is(err, feeds.ErrTooLarge) {
				t.Errorf("error %v does not wrap ErrTooLarge", err)
			}
			switch tt.path {
			case "/429":
				at, ok := feeds.RetryAfter(err)
				if !ok || at.Before(before.Add(120*time.Second)) || at.After(time.Now().Add(120*time.Second)) {
					t.Errorf("RetryAfter = %v, %v; want 120s from the request", at, ok)
				}
			case "/503":
				if at, ok := feeds.RetryAfter(err); !ok || !at.Equal(retryDate) {
					t.Errorf("RetryAfter = %v, %v; want %v", at, ok, retryDate)
				}
			}
		})
	}
}

func TestFetchRedirect(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/new", http.StatusMovedPermanently)
			return
		}
		fmt.Fprint(w, feedBody)
	})
	resp, err := loopbackFetcher(feeds.Options{}).Fetch(context.Background(), srv.URL+"/old", feeds.Validators{})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if resp.URL != srv.URL+"/new" || string(resp.Body) != feedBody {
		t.Errorf("Fetch = %s with %q; want %s/new with the feed", resp.URL, resp.Body, srv.URL)
	}
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestFetchGzip(t *testing.T) {
	z := gzipped(t, feedBody)
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/encoded":
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				t.Errorf("no gzip in Accept-Encoding %q", r.Header.Get("Accept-Encoding"))
			}
			w.Header().Set("Content-Encoding", "gzip")
		case "/file.xml.gz":
			w.Header().Set("Content-Type", "application/gzip")
		}
		w.Write(z)
	})
	f := loopbackFetcher(feeds.Options{})
	for _, path := range []string{"/encoded", "/file.xml.gz"} {
		t.Run(path, func(t *testing.T) {
			resp, err := f.Fetch(context.Background(), srv.URL+path, feeds.Validators{})
			if err != nil {
				t.Fatalf("Fetch: %v", err)
			}
			if string(resp.Body) != feedBody {
				t.Errorf("body = %q, want the decompressed feed", resp.Body)
			}
		})
	}
	t.Run("bomb over the cap", func(t *testing.T) {
		small := loopbackFetcher(feeds.Options{MaxBodyBytes: int64(len(feedBody) - 1)})
		if _, err := small.Fetch(context.Background(), srv.URL+"/file.xml.gz", feeds.Validators{}); !errors.Is(err, feeds.ErrTooLarge) {
			t.Errorf("Fetch of gzip inflating past the cap: %v, want ErrTooLarge", err)
		}
	})
}

func TestFetchPrivateAddressRefused(t *testing.T) {
	var hits atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path == "/to-loopback" {
			http.Redirect(w, r, "/rss", http.StatusFound)
			return
		}
		fmt.Fprint(w, feedBody)
	})
	guarded := feeds.NewFetcher(feeds.Options{})
	addr := srv.Listener.Addr().String()
	port := addr[strings.LastIndexByte(addr, ':'):]
	for _, u := range []string{
		srv.URL + "/rss",                   // a literal loopback IP
		"http://localhost" + port + "/rss", // a name that resolves to loopback
	} {
		t.Run(u, func(t *testing.T) {
			_, err := guarded.Fetch(context.Background(), u, feeds.Validators{})
			if !errors.Is(err, feeds.ErrPrivateAddress) {
				t.Fatalf("Fetch(%s) error = %v, want ErrPrivateAddress", u, err)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the guarded fetcher reached the server %d times", n)
	}
	t.Run("allowed", func(t *testing.T) {
		if _, err := loopbackFetcher(feeds.Options{}).Fetch(context.Background(), srv.URL+"/to-loopback", feeds.Validators{}); err != nil {
			t.Fatalf("Fetch with AllowPrivate: %v", err)
		}
	})
}

func TestFetchPerHostLimit(t *testing.T) {
	var mu sync.Mutex
	inFlight, peak := 0, 0
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		peak = max(peak, inFlight)
		mu.Unlock()
		time.Sleep(20 * time.Millisecond)
		mu.Lock()
		inFlight--
		mu.Unlock()
		fmt.Fprint(w, feedBody)
	})
	f := loopbackFetcher(feeds.Options{PerHost: 2, Concurrency: 10})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			if _, err := f.Fetch(context.Background(), fmt.Sprintf("%s/f%d", srv.URL, i), feeds.Validators{}); err != nil {
				t.Errorf("Fetch: %v", err)
			}
		})
	}
	wg.Wait()
	if peak > 2 || peak < 1 {
		t.Errorf("peak concurrent requests to one host = %d, want 1..2", peak)
	}
}

func TestFetchRefusesOtherSchemes(t *testing.T) {
	for _, u := range []string{"file:///etc/passwd", "ftp://example.org/feed", "::not a url"} {
		if _, err := feeds.NewFetcher(feeds.Options{}).Fetch(context.Background(), u, feeds.Validators{}); err == nil {
			t.Errorf("Fetch(%q): no error", u)
		}
	}
}
