package article

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/store"
)

// relevantItem is a relevant item whose feed carried only a teaser.
func relevantItem(id, url string) digest.Item {
	return digest.Item{
		ID: id, URL: url, Title: "Talks in Istanbul", Summary: "Russia and Ukraine met in Istanbul for talks.",
		Published: time.Date(2025, 5, 16, 19, 0, 0, 0, time.UTC),
		Relevance: digest.Relevance{Relevant: true, Score: 3, Reason: "title: istanbul, talks"},
	}
}

func saveItems(t *testing.T, s *store.Store, items ...digest.Item) {
	t.Helper()
	f := digest.Feed{Name: "Test wire", URL: "https://wire.example/rss", Enabled: true}
	if _, err := s.SavePoll(context.Background(), f, digest.FeedState{URL: f.URL}, items, nil); err != nil {
		t.Fatal(err)
	}
}

func TestDrainOutcomes(t *testing.T) {
	ctx := context.Background()
	srv := newSite(t)
	s := openStore(t)
	cases := []struct {
		path   string
		status digest.FullTextStatus
		reason string // a part of the recorded reason
	}{
		{"/world/istanbul-may", digest.FullTextRead, "chars"},
		{"/uk/stambul", digest.FullTextRead, "chars"},
		{"/paywall", digest.FullTextPaywall, "paywall: isAccessibleForFree: false"},
		{"/members/story", digest.FullTextPaywall, "redirected to a login page (/account/login)"},
		{"/stub", digest.FullTextPaywall, "page text (35 chars) no longer than the feed's (45 chars)"},
		{"/huge", digest.FullTextFailed, "cap"},
		{"/slow", digest.FullTextFailed, "timeout after 300ms (after 1 tries)"},
		{"/private/story", digest.FullTextRobots, "robots.txt disallows /private/story"},
		{"/gone", digest.FullTextFailed, "http 404"},
		{"/report.pdf", digest.FullTextFailed, "not an HTML page (application/pdf)"},
	}
	var items []digest.Item
	for _, c := range cases {
		items = append(items, relevantItem(c.path, srv.URL+c.path))
	}
	saveItems(t, s, items...)

	r := New(testFetcher(), s, testAnalyzer(t), Options{Enabled: true, MaxAttempts: 1, Concurrency: 3})
	stats, err := r.Drain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Stats{Read: 2, Robots: 1, Paywall: 3, Failed: 4}, stats); diff != "" {
		t.Errorf("Drain stats (-want +got):\n%s", diff)
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			it, err := s.Item(ctx, c.path)
			if err != nil {
				t.Fatal(err)
			}
			if it.FullText != c.status || !strings.Contains(it.FullTextReason, c.reason) {
				t.Errorf("status %q, reason %q; want %q with %q", it.FullText, it.FullTextReason, c.status, c.reason)
			}
			if c.status != digest.FullTextRead && it.Content != "" {
				t.Errorf("content = %q, want the feed's (none) kept", it.Content)
			}
		})
	}
	if srv.robotsHits != 1 {
		t.Errorf("robots.txt fetched %d times, want once (cached)", srv.robotsHits)
	}

	t.Run("the news page holds the story and none of the furniture", func(t *testing.T) {
		it, err := s.Item(ctx, "/world/istanbul-may")
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{
			"agreed to swap 1,000 prisoners of war each",
			"Russia demanded that Ukraine withdraw its troops",
			"No date was fixed for that meeting.",
		} {
			if !strings.Contains(it.Content, want) {
				t.Errorf("content lacks %q", want)
			}
		}
		for _, unwanted := range []string{
			"Футбольний", "Зеленський провів", "Прогноз погоди", // sidebar and list in another language
			"cookies", "Remember me", "Forgot", "Log in", "Password", // cookie banner, login overlay
			"Text size", "Share", "Print", "Related", "World", "Sport", // widgets, navigation
			"©", "All rights reserved", "Sign up", "Mara Lindqvist", // footer, newsletter, byline
		} {
			if strings.Contains(it.Content, unwanted) {
				t.Errorf("content holds boilerplate %q:\n%s", unwanted, it.Content)
			}
		}
		if n := strings.Count(it.Content, "\n\n") + 1; n != 6 {
			t.Errorf("content has %d paragraphs, want the story's 6:\n%s", n, it.Content)
		}
	})
	t.Run("windows-1251 declared in the header only", func(t *testing.T) {
		it, err := s.Item(ctx, "/uk/stambul")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(it.Content, "Рустем Умєров") || strings.Contains(it.Content, "©") {
			t.Errorf("content = %q, want the decoded story without its footer", it.Content)
		}
	})
	t.Run("nothing left to do", func(t *testing.T) {
		stats, err := r.Drain(ctx)
		if err != nil || stats != (Stats{}) {
			t.Errorf("second Drain = %+v, %v; want nothing done", stats, err)
		}
	})
}

func TestConditionalReread(t *testing.T) {
	srv := newSite(t)
	r := New(testFetcher(), nil, testAnalyzer(t), Options{Enabled: true})
	it := relevantItem("it", srv.URL+"/politics/istanbul-july")
	it.Content = "The story as read last time."
	tests := []struct {
		name, etag, want string
	}{
		{"validators match: 304, the text read before stays", `"istanbul-july.html"`, "The story as read last time."},
		{"validators differ: the page is read again", `"older"`, "Russia and Ukraine agreed on Wednesday"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := r.read(context.Background(), store.PageJob{Item: it, ETag: tc.etag})
			if out.page.Status != digest.FullTextRead || !strings.HasPrefix(out.page.Text, tc.want) {
				t.Errorf("read = %q %q, text %.60q; want read, text starting %q", out.page.Status, out.page.Reason, out.page.Text, tc.want)
			}
			if out.page.ETag != `"istanbul-july.html"` {
				t.Errorf("ETag = %q, want the page's", out.page.ETag)
			}
		})
	}
}

func TestDrainDefersTransientFailures(t *testing.T) {
	ctx := context.Background()
	busy, slow := newSite(t), newSite(t)
	s := openStore(t)
	saveItems(t, s,
		relevantItem("a-busy", busy.URL+"/busy"),
		relevantItem("b-same-host", busy.URL+"/world/istanbul-may"),
		relevantItem("c-slow", slow.URL+"/slow"))

	r := New(testFetcher(), s, testAnalyzer(t), Options{Enabled: true})
	stats, err := r.Drain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Stats{Deferred: 3}, stats); diff != "" {
		t.Errorf("Drain stats (-want +got):\n%s", diff)
	}
	for id, reason := range map[string]string{
		"a-busy":      "http 503",
		"b-same-host": "host asked to retry later", // Retry-After: 120 pauses the whole host
		"c-slow":      "timeout after 300ms",
	} {
		it, err := s.Item(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if it.FullText != digest.FullTextNone || !strings.Contains(it.FullTextReason, reason) {
			t.Errorf("%s: status %q reason %q; want back in the queue with %q", id, it.FullText, it.FullTextReason, reason)
		}
	}
	// Deferred items wait for their time (Retry-After, backoff).
	if jobs, err := s.PendingPages(ctx, store.PageQuery{MinChars: 600}); err != nil || len(jobs) != 0 {
		t.Errorf("PendingPages = %d jobs, %v; want none before the retry time", len(jobs), err)
	}
}

func TestRobotsUnreachable(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		code   int
		status digest.FullTextStatus
	}{
		{"a missing robots.txt allows everything", 404, digest.FullTextRead},
		{"a server error disallows for now", 503, digest.FullTextRobots},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pages := newSite(t)
			// The robots.txt of this host answers tc.code; its pages come from pages.
			mux := http.NewServeMux()
			mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", tc.code) })
			mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, pages.URL+r.URL.Path, http.StatusMovedPermanently)
			})
			srv := httptest.NewServer(mux)
			defer srv.Close()

			s := openStore(t)
			saveItems(t, s, relevantItem("it", srv.URL+"/world/istanbul-may"))
			r := New(testFetcher(), s, testAnalyzer(t), Options{Enabled: true, MaxAttempts: 1})
			if _, err := r.Drain(ctx); err != nil {
				t.Fatal(err)
			}
			it, err := s.Item(ctx, "it")
			if err != nil {
				t.Fatal(err)
			}
			if it.FullText != tc.status {
				t.Errorf("status %q (%s), want %q", it.FullText, it.FullTextReason, tc.status)
			}
		})
	}
}

// comparable is a statement without store IDs and times.
type comparable struct {
	Party   string
	Kind    digest.Kind
	Text    string
	Figures []digest.Figure
	URLs    []string
}

func statements(t *testing.T, s *store.Store) []comparable {
	t.Helper()
	stmts, err := s.Statements(context.Background(), digest.Query{})
	if err != nil {
		t.Fatal(err)
	}
	out := []comparable{}
	for _, st := range stmts {
		c := comparable{Party: st.Party, Kind: st.Kind, Text: st.Text, Figures: st.Figures}
		for _, src := range st.Sources {
			c.URLs = append(c.URLs, src.URL)
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Party != b.Party {
			return a.Party < b.Party
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Text < b.Text
	})
	return out
}

// TestTeaserPlusPageMatchesFullText is the point of the package: the
// statements found from a teaser-only feed whose pages are read are those
// found when the same stories come in full in the feed.
func TestTeaserPlusPageMatchesFullText(t *testing.T) {
	ctx := context.Background()
	srv := newSite(t)
	an := testAnalyzer(t)

	full := openStore(t)
	ingest(t, full, an, "full.rss", srv.URL)
	want := statements(t, full)

	teaser := openStore(t)
	ingest(t, teaser, an, "teaser.rss", srv.URL)
	before := statements(t, teaser)

	r := New(testFetcher(), teaser, an, Options{Enabled: true})
	stats, err := r.Drain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Read != 3 {
		t.Fatalf("Drain = %+v, want 3 pages read", stats)
	}
	got := statements(t, teaser)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("statements from teaser + page (-full text +teaser and page):\n%s", diff)
	}
	if len(want) < 2*len(before) || len(want) < 6 {
		t.Errorf("full text gives %d statements, teasers %d: the fixtures do not show what pages add", len(want), len(before))
	}
	t.Logf("statements: %d from teasers, %d from teasers + pages, %d from full text", len(before), len(got), len(want))

	// Reading the full feed's pages is not needed: its text is long enough.
	fr := New(testFetcher(), full, an, Options{Enabled: true})
	stats, err = fr.Drain(ctx)
	if err != nil || stats != (Stats{Skipped: 3}) {
		t.Errorf("Drain on the full-text store = %+v, %v; want 3 skipped", stats, err)
	}
}

func TestDisabledReaderDoesNothing(t *testing.T) {
	srv := newSite(t)
	s := openStore(t)
	saveItems(t, s, relevantItem("it", srv.URL+"/world/istanbul-may"))
	r := New(testFetcher(), s, testAnalyzer(t), Options{})
	if stats, err := r.Drain(context.Background()); err != nil || stats != (Stats{}) {
		t.Errorf("Drain = %+v, %v; want nothing", stats, err)
	}
	if err := r.Run(context.Background()); err != nil {
		t.Errorf("Run = %v, want nil at once", err)
	}
	if srv.robotsHits != 0 {
		t.Errorf("a disabled reader fetched robots.txt")
	}
}
