package feeds_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/feeds"
	"github.com/parley-bot/parley/store"
)

func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// rssDoc is a small RSS document holding one item per link.
func rssDoc(title string, links ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>https://example.org/</link>`, title)
	for i, l := range links {
		fmt.Fprintf(&b, `<item><title>%s story %d</title><link>%s</link><description>Talks about talks, part %d.</description>`+
			`<pubDate>Mon, 02 Jun 2025 1%d:00:00 GMT</pubDate></item>`, title, i, l, i, i%10)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// conditional serves doc with an ETag, answering 304 to a matching
// If-None-Match.
func conditional(w http.ResponseWriter, r *http.Request, etag, doc string) {
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	fmt.Fprint(w, doc)
}

// countingAnalyzer records the items it is asked to analyze.
type countingAnalyzer struct {
	mu   sync.Mutex
	seen []string
}

func (a *countingAnalyzer) Analyze(it *digest.Item) []digest.Statement {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.seen = append(a.seen, it.URL)
	return nil
}

func (a *countingAnalyzer) take() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := a.seen
	a.seen = nil
	sort.Strings(out)
	return out
}

func TestPollAll(t *testing.T) {
	docA := rssDoc("A", "https://a.example.org/1", "https://a.example.org/2")
	docC := rssDoc("C", "https://c.example.org/1", "https://c.example.org/2", "https://c.example.org/3")
	const lastModC = "Mon, 02 Jun 2025 12:00:00 GMT"
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/a.xml":
			conditional(w, r, `"a1"`, docA)
		case "/c.xml":
			if r.Header.Get("If-Modified-Since") == lastModC {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Last-Modified", lastModC)
			fmt.Fprint(w, docC)
		case "/broken.xml":
			http.Error(w, "database on fire", http.StatusInternalServerError)
		case "/slow.xml":
			<-r.Context().Done()
		case "/big.xml":
			fmt.Fprint(w, rssDoc("Big", "https://big.example.org/1")+strings.Repeat(" ", 64<<10))
		case "/garbage.xml":
			fmt.Fprint(w, "<html><body>moved</body></html>")
		}
	})
	st := openStore(t)
	an := &countingAnalyzer{}
	p := feeds.NewPoller(loopbackFetcher(feeds.Options{Timeout: 500 * time.Millisecond, MaxBodyBytes: 32 << 10}), st, an, nil)
	list := []digest.Feed{
		{Name: "A", URL: srv.URL + "/a.xml", Enabled: true},
		{Name: "Broken", URL: srv.URL + "/broken.xml", Enabled: true},
		{Name: "Slow", URL: srv.URL + "/slow.xml", Enabled: true},
		{Name: "C", URL: srv.URL + "/c.xml", Enabled: true},
		{Name: "Big", URL: srv.URL + "/big.xml", Enabled: true},
		{Name: "Garbage", URL: srv.URL + "/garbage.xml", Enabled: true},
		{Name: "Off", URL: srv.URL + "/off.xml", Enabled: false},
	}
	ctx := context.Background()

	type row struct {
		Feed, Outcome string
		New           int
		Reason        string
	}
	summarize := func(rs []feeds.Result) []row {
		out := make([]row, len(rs))
		for i, r := range rs {
			out[i] = row{r.Feed.Name, r.Outcome.String(), r.NewItems, feeds.Reason(r.Err)}
		}
		return out
	}

	first := p.PollAll(ctx, list, false)
	want := []row{
		{"A", "new", 2, ""},
		{"Broken", "error", 0, "http 500 Internal Server Error"},
		{"Slow", "error", 0, "timeout after 500ms"},
		{"C", "new", 3, ""},
		{"Big", "error", 0, "body over the 32768-byte cap: too large"},
		{"Garbage", "error", 0, "not an RSS, Atom or JSON feed"},
	}
	if diff := cmp.Diff(want, summarize(first)); diff != "" {
		t.Fatalf("first pass (-want +got):\n%s", diff)
	}
	if got, want := an.take(), []string{"https://a.example.org/1", "https://a.example.org/2", "https://c.example.org/1", "https://c.example.org/2", "https://c.example.org/3"}; !cmp.Equal(got, want) {
		t.Errorf("analyzed %v, want %v", got, want)
	}
	parsesAfterFirst := p.Stats().Parses

	t.Run("failing feeds record the reason", func(t *testing.T) {
		for _, f := range []struct{ url, reason string }{
			{srv.URL + "/broken.xml", "http 500 Internal Server Error"},
			{srv.URL + "/big.xml", "too large"},
		} {
			state, err := st.FeedState(ctx, f.url)
			if err != nil {
				t.Fatal(err)
			}
			if state.LastStatus != "error" || !strings.Contains(state.LastError, f.reason) || state.Failures != 1 || !state.NextAttempt.After(state.LastPoll) {
				t.Errorf("state of %s = %+v; want error %q, 1 failure, a next attempt", f.url, state, f.reason)
			}
		}
		items, err := st.Items(ctx, store.ItemFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(items) != 5 {
			t.Errorf("stored %d items, want 5 (nothing from the failing feeds)", len(items))
		}
	})

	t.Run("second pass parses nothing", func(t *testing.T) {
		second := p.PollAll(ctx, list, false)
		got := summarize(second)
		want := []row{
			{"A", "not_modified", 0, ""},
			{"Broken", "skipped", 0, ""},
			{"Slow", "skipped", 0, ""},
			{"C", "not_modified", 0, ""},
			{"Big", "skipped", 0, ""},
			{"Garbage", "skipped", 0, ""},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("second pass (-want +got):\n%s", diff)
		}
		if n := p.Stats().Parses - parsesAfterFirst; n != 0 {
			t.Errorf("second pass parsed %d bodies, want 0", n)
		}
		if a := an.take(); len(a) != 0 {
			t.Errorf("second pass analyzed %v", a)
		}
		state, err := st.FeedState(ctx, srv.URL+"/a.xml")
		if err != nil {
			t.Fatal(err)
		}
		if state.LastStatus != "not_modified" || state.ETag != `"a1"` || state.Items != 2 || state.Failures != 0 {
			t.Errorf("state of A = %+v", state)
		}
	})

	t.Run("forced pass retries failing feeds", func(t *testing.T) {
		third := p.PollAll(ctx, list[1:2], true)
		if third[0].Outcome != feeds.OutcomeError {
			t.Fatalf("forced poll of Broken = %v", third[0].Outcome)
		}
		state, err := st.FeedState(ctx, srv.URL+"/broken.xml")
		if err != nil {
			t.Fatal(err)
		}
		if state.Failures != 2 {
			t.Errorf("Broken failures = %d after two failed polls, want 2", state.Failures)
		}
	})

	t.Run("results table", func(t *testing.T) {
		var b bytes.Buffer
		if err := feeds.WriteResults(&b, first); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, s := range []string{"FEED", "2 new", "3 new", "error: http 500 Internal Server Error", "error: timeout after 500ms"} {
			if !strings.Contains(out, s) {
				t.Errorf("table lacks %q:\n%s", s, out)
			}
		}
	})
}

func TestPollNewItemsOnly(t *testing.T) {
	var mu sync.Mutex
	version := 1
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		v := version
		mu.Unlock()
		switch r.URL.Path {
		case "/x.xml":
			links := map[int][]string{1: {"https://n.example.org/1", "https://n.example.org/2"}, 2: {"https://n.example.org/2?utm_source=rss", "https://n.example.org/3"}}[v]
			conditional(w, r, fmt.Sprintf(`"x%d"`, v), rssDoc("X", links...))
		case "/y.xml":
			conditional(w, r, `"y"`, rssDoc("Y", "https://n.example.org/3#comments"))
		}
	})
	st := openStore(t)
	an := &countingAnalyzer{}
	p := feeds.NewPoller(loopbackFetcher(feeds.Options{}), st, an, nil)
	ctx := context.Background()
	x := digest.Feed{Name: "X", URL: srv.URL + "/x.xml", Enabled: true}
	y := digest.Feed{Name: "Y", URL: srv.URL + "/y.xml", Enabled: true}

	if r := p.Poll(ctx, x); r.Outcome != feeds.OutcomeNew || r.NewItems != 2 {
		t.Fatalf("first poll = %+v, want 2 new", r)
	}
	an.take()
	mu.Lock()
	version = 2
	mu.Unlock()
	if r := p.Poll(ctx, x); r.Outcome != feeds.OutcomeNew || r.NewItems != 1 {
		t.Fatalf("poll of the changed feed = %+v, want 1 new", r)
	}
	if got := an.take(); !cmp.Equal(got, []string{"https://n.example.org/3"}) {
		t.Errorf("analyzed %v, want only the new item", got)
	}
	if r := p.Poll(ctx, y); r.Outcome != feeds.OutcomeNew || r.NewItems != 0 {
		t.Fatalf("poll of Y = %+v, want 0 new (its item is X's)", r)
	}
	if got := an.take(); len(got) != 0 {
		t.Errorf("analyzed %v for an item already stored from another feed", got)
	}
	items, err := st.Items(ctx, store.ItemFilter{})
	if err != nil {
		t.Fatal(err)
	}
	feedsOf := map[string][]string{}
	for _, it := range items {
		feedsOf[it.URL] = it.Feeds
	}
	want := map[string][]string{
		"https://n.example.org/1": {"X"},
		"https://n.example.org/2": {"X"},
		"https://n.example.org/3": {"X", "Y"},
	}
	if diff := cmp.Diff(want, feedsOf); diff != "" {
		t.Errorf("items and their feeds (-want +got):\n%s", diff)
	}
}

func TestPollRetryAfter(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "7200")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	st := openStore(t)
	p := feeds.NewPoller(loopbackFetcher(feeds.Options{BackoffBase: time.Second, BackoffMax: time.Minute}), st, nil, nil)
	before := time.Now()
	r := p.Poll(context.Background(), digest.Feed{Name: "Busy", URL: srv.URL + "/busy.xml", Enabled: true})
	if r.Outcome != feeds.OutcomeError {
		t.Fatalf("Poll = %v, want an error", r.Outcome)
	}
	if r.NextAttempt.Before(before.Add(2 * time.Hour)) {
		t.Errorf("next attempt %v is before the server's Retry-After (2h from %v)", r.NextAttempt, before)
	}
	state, err := st.FeedState(context.Background(), srv.URL+"/busy.xml")
	if err != nil {
		t.Fatal(err)
	}
	if d := state.NextAttempt.Sub(r.NextAttempt).Abs(); d > time.Millisecond {
		t.Errorf("stored next attempt %v, result says %v", state.NextAttempt, r.NextAttempt)
	}
}

func TestPollPrivateAddressRefused(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("the guarded poller reached the server: %s", r.URL)
	})
	st := openStore(t)
	p := feeds.NewPoller(feeds.NewFetcher(feeds.Options{}), st, nil, nil)
	r := p.Poll(context.Background(), digest.Feed{Name: "Local", URL: srv.URL + "/rss", Enabled: true})
	if r.Outcome != feeds.OutcomeError || !strings.Contains(feeds.Reason(r.Err), "not a public address") {
		t.Fatalf("Poll = %v %v, want the guard's refusal", r.Outcome, r.Err)
	}
}

func TestIngest(t *testing.T) {
	st := openStore(t)
	p := feeds.NewPoller(feeds.NewFetcher(feeds.Options{}), st, nil, nil)
	ctx := context.Background()
	path := filepath.Join("testdata", "rss2_news.xml")

	r, err := p.Ingest(ctx, path)
	if err != nil || r.Outcome != feeds.OutcomeNew || r.NewItems != 4 || r.Feed.Name != "rss2_news.xml" {
		t.Fatalf("Ingest = %+v, %v; want 4 new items from rss2_news.xml", r, err)
	}
	if !strings.HasPrefix(r.Feed.URL, "file://") {
		t.Errorf("feed URL %q, want file://", r.Feed.URL)
	}
	if r, err := p.Ingest(ctx, path); err != nil || r.NewItems != 0 {
		t.Errorf("second Ingest = %+v, %v; want 0 new", r, err)
	}

	t.Run("gzipped", func(t *testing.T) {
		gz := filepath.Join(t.TempDir(), "jsonfeed.json.gz")
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write(readFixture(t, "jsonfeed.json"))
		zw.Close()
		if err := os.WriteFile(gz, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if r, err := p.Ingest(ctx, gz); err != nil || r.NewItems != 2 {
			t.Errorf("Ingest of a gzipped feed = %+v, %v; want 2 new", r, err)
		}
	})
	t.Run("errors", func(t *testing.T) {
		for _, f := range []string{filepath.Join("testdata", "no-such-file.xml"), filepath.Join("testdata", "not_a_feed.html")} {
			if r, err := p.Ingest(ctx, f); err == nil || r.Outcome != feeds.OutcomeError {
				t.Errorf("Ingest(%s) = %+v, %v; want an error", f, r, err)
			}
		}
	})
}
