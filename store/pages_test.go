package store

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/digest"
)

// pageFixture stores feeds in each full_text mode and relevant items with a
// short or long feed text in them, plus an irrelevant one.
func pageFixture(t *testing.T) *Store {
	t.Helper()
	ctx := context.Background()
	s, _ := openTest(t)
	for _, f := range []digest.Feed{
		{Name: "Auto", URL: "https://auto.example/rss", Enabled: true, FullText: "auto"},
		{Name: "Default", URL: "https://default.example/rss", Enabled: true},
		{Name: "Always", URL: "https://always.example/rss", Enabled: true, FullText: "always"},
		{Name: "Never", URL: "https://never.example/rss", Enabled: true, FullText: "never"},
	} {
		if err := s.AddFeed(ctx, f, "test"); err != nil {
			t.Fatal(err)
		}
	}
	rel := func(it digest.Item, content string) digest.Item {
		it.Relevance = digest.Relevance{Relevant: true, Score: 2, Reason: "title: talks"}
		it.Summary, it.Content = "A teaser.", content
		return it
	}
	long := strings.Repeat("Long feed text. ", 10) // 160 characters
	savePoll(t, s, feed("Auto"), []digest.Item{
		rel(item("auto-short", "https://a.example/1", "Short", 1), ""),
		rel(item("auto-long", "https://a.example/2", "Long", 2), long),
		item("irrelevant", "https://a.example/3", "Football", 3),
	}, nil)
	savePoll(t, s, feed("Default"), []digest.Item{rel(item("default-short", "https://d.example/1", "Default", 4), "")}, nil)
	savePoll(t, s, feed("Always"), []digest.Item{rel(item("always-long", "https://w.example/1", "Always", 5), long)}, nil)
	savePoll(t, s, feed("Never"), []digest.Item{rel(item("never-short", "https://n.example/1", "Never", 6), "")}, nil)
	// An item carried by an "auto" feed and a "never" one is never read.
	savePoll(t, s, feed("Auto"), []digest.Item{rel(item("both", "https://b.example/1", "Both", 7), "")}, nil)
	savePoll(t, s, feed("Never"), []digest.Item{rel(item("both", "https://b.example/1", "Both", 7), "")}, nil)
	// An ingested file's feed is not in the feeds table: "auto".
	savePoll(t, s, feed("file.xml"), []digest.Item{rel(item("ingested", "https://i.example/1", "Ingested", 8), "")}, nil)
	return s
}

func pendingIDs(t *testing.T, s *Store, minChars, limit int) []string {
	t.Helper()
	jobs, err := s.PendingPages(context.Background(), PageQuery{MinChars: minChars, Limit: limit})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, j := range jobs {
		ids = append(ids, j.Item.ID)
	}
	return ids
}

func TestPendingPages(t *testing.T) {
	s := pageFixture(t)
	tests := []struct {
		name            string
		minChars, limit int
		want            []string
	}{
		{"short feed texts and always feeds, newest first", 100, 0,
			[]string{"ingested", "always-long", "default-short", "auto-short"}},
		{"a threshold above the long text", 500, 0,
			[]string{"ingested", "always-long", "default-short", "auto-long", "auto-short"}},
		{"limit", 100, 2, []string{"ingested", "always-long"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, pendingIDs(t, s, tc.minChars, tc.limit)); diff != "" {
				t.Errorf("PendingPages(%d, %d) (-want +got):\n%s", tc.minChars, tc.limit, diff)
			}
		})
	}
	t.Run("since: only items stored since then", func(t *testing.T) {
		for since, want := range map[time.Duration]int{-time.Hour: 4, time.Hour: 0} {
			jobs, err := s.PendingPages(context.Background(), PageQuery{MinChars: 100, Since: time.Now().Add(since)})
			if err != nil || len(jobs) != want {
				t.Errorf("PendingPages(since now%+v) = %d jobs, %v; want %d", since, len(jobs), err, want)
			}
		}
	})
	t.Run("job fields", func(t *testing.T) {
		jobs, err := s.PendingPages(context.Background(), PageQuery{MinChars: 100})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, j := range jobs {
			got[j.Item.ID] = j.Always
			if j.Item.Summary != "A teaser." || !j.Item.Relevant || len(j.Item.Feeds) == 0 {
				t.Errorf("job %s: item %+v lacks its stored fields", j.Item.ID, j.Item)
			}
		}
		want := map[string]bool{"ingested": false, "always-long": true, "default-short": false, "auto-short": false}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Always by item (-want +got):\n%s", diff)
		}
	})
}

func TestPageQueueLifecycle(t *testing.T) {
	ctx := context.Background()
	s := pageFixture(t)

	if err := s.QueuePages(ctx, []string{"auto-short", "default-short"}); err != nil {
		t.Fatal(err)
	}
	// Queued items stay pending: a process that stopped before reading
	// them leaves them to the next one.
	if diff := cmp.Diff([]string{"ingested", "always-long", "default-short", "auto-short"}, pendingIDs(t, s, 100, 0)); diff != "" {
		t.Errorf("pending after queue (-want +got):\n%s", diff)
	}

	// Deferred: out of the queue until the time given.
	if err := s.DeferPage(ctx, "default-short", "http 503 Service Unavailable", time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := s.DeferPage(ctx, "ingested", "timeout after 30s", time.Now().Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"ingested", "always-long", "auto-short"}, pendingIDs(t, s, 100, 0)); diff != "" {
		t.Errorf("pending after defer (-want +got):\n%s", diff)
	}
	jobs, err := s.PendingPages(ctx, PageQuery{MinChars: 100, Limit: 1})
	if err != nil || len(jobs) != 1 || jobs[0].Attempts != 1 {
		t.Errorf("PendingPages = %+v, %v; want ingested with 1 attempt", jobs, err)
	}

	for _, p := range []Page{
		{ItemID: "ingested", Status: digest.FullTextPaywall, Reason: "paywall marker", URL: "https://i.example/1"},
		{ItemID: "always-long", Status: digest.FullTextRobots, Reason: "robots.txt disallows /1"},
		{ItemID: "auto-short", Status: digest.FullTextFailed, Reason: "http 404 Not Found"},
	} {
		if err := s.SavePage(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if got := pendingIDs(t, s, 100, 0); len(got) != 0 {
		t.Errorf("pending after outcomes = %v, want none", got)
	}

	n, err := s.SkipPages(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 { // auto-long (long enough), never-short and both (never)
		t.Errorf("SkipPages = %d, want 3", n)
	}
	items, err := s.Items(ctx, ItemFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, it := range items {
		got[it.ID] = string(it.FullText) + ": " + it.FullTextReason
	}
	want := map[string]string{
		"auto-short":    "failed: http 404 Not Found",
		"auto-long":     "skipped: feed text long enough (160 chars)",
		"irrelevant":    ": ",
		"default-short": ": http 503 Service Unavailable",
		"always-long":   "robots: robots.txt disallows /1",
		"never-short":   "skipped: feed full_text = never",
		"both":          "skipped: feed full_text = never",
		"ingested":      "paywall: paywall marker",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("full text status by item (-want +got):\n%s", diff)
	}

	stats, err := s.PageStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantStats := map[digest.FullTextStatus]int{
		digest.FullTextFailed: 1, digest.FullTextSkipped: 3, digest.FullTextRobots: 1, digest.FullTextPaywall: 1,
	}
	if diff := cmp.Diff(wantStats, stats); diff != "" {
		t.Errorf("PageStats (-want +got):\n%s", diff)
	}
}

func TestSavePageReplacesStatements(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	teaser := item("t1", "https://a.example/1", "Talks in Istanbul", 1)
	teaser.Content = "Delegations met."
	other := item("o1", "https://b.example/1", "Exchange agreed", 2)
	savePoll(t, s, feed("A"), []digest.Item{teaser, other}, []digest.Statement{
		stmt("russia", digest.Demand, "a teaser-only demand", "t1"),
		stmt("ukraine", digest.Agreement, "exchange of prisoners", "t1"),
		stmt("ukraine", digest.Agreement, "exchange of prisoners", "o1"),
	})

	page := Page{
		ItemID: "t1", Status: digest.FullTextRead, URL: "https://a.example/1", ETag: `"p1"`,
		Text: "Delegations met.\n\nRussia demanded a withdrawal.",
		Statements: []digest.Statement{
			{Party: "russia", Kind: digest.Demand, Text: "withdrawal of troops"},
			stmt("ukraine", digest.Agreement, "exchange of prisoners", "t1",
				digest.Figure{Value: 1000, Unit: "prisoners", Text: "1,000 prisoners"}),
		},
	}
	if err := s.SavePage(ctx, page); err != nil {
		t.Fatal(err)
	}
	got, err := s.Item(ctx, "t1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Content != page.Text || got.FullText != digest.FullTextRead || got.Summary != teaser.Summary {
		t.Errorf("item after read: content %q, status %q, summary %q", got.Content, got.FullText, got.Summary)
	}
	var feedContent, etag string
	if err := s.rdb.QueryRowContext(ctx, `SELECT feed_content, page_etag FROM items WHERE id = 't1'`).Scan(&feedContent, &etag); err != nil {
		t.Fatal(err)
	}
	if feedContent != "Delegations met." || etag != `"p1"` {
		t.Errorf("feed_content %q, page_etag %q; want the feed's content and the page's etag", feedContent, etag)
	}

	stmts, err := s.Statements(ctx, digest.Query{})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Party, Text string
		Sources     []string
		Figures     int
	}
	var rows []row
	for _, st := range stmts {
		r := row{Party: st.Party, Text: st.Text, Figures: len(st.Figures)}
		for _, src := range st.Sources {
			r.Sources = append(r.Sources, src.ItemID)
		}
		rows = append(rows, r)
	}
	want := []row{
		{Party: "ukraine", Text: "exchange of prisoners", Sources: []string{"t1", "o1"}, Figures: 1},
		{Party: "russia", Text: "withdrawal of troops", Sources: []string{"t1"}},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("statements after read (-want +got):\n%s", diff)
	}

	t.Run("a second read keeps the feed's content aside", func(t *testing.T) {
		page.Text = "Updated story."
		if err := s.SavePage(ctx, page); err != nil {
			t.Fatal(err)
		}
		if err := s.rdb.QueryRowContext(ctx, `SELECT feed_content FROM items WHERE id = 't1'`).Scan(&feedContent); err != nil {
			t.Fatal(err)
		}
		if feedContent != "Delegations met." {
			t.Errorf("feed_content = %q after a second read", feedContent)
		}
	})

	t.Run("a failure keeps text and statements", func(t *testing.T) {
		if err := s.SavePage(ctx, Page{ItemID: "o1", Status: digest.FullTextFailed, Reason: "timeout after 30s"}); err != nil {
			t.Fatal(err)
		}
		it, err := s.Item(ctx, "o1")
		if err != nil || it.Content != other.Content || it.FullTextReason != "timeout after 30s" {
			t.Errorf("item o1 = %+v, %v", it, err)
		}
		if n, err := s.CountStatements(ctx); err != nil || n != 2 {
			t.Errorf("CountStatements = %d, %v; want 2", n, err)
		}
	})

	t.Run("errors", func(t *testing.T) {
		for _, p := range []Page{
			{ItemID: "nope", Status: digest.FullTextFailed},
			{ItemID: "t1", Status: digest.FullTextRead},
			{ItemID: "t1", Status: digest.FullTextQueued},
		} {
			if err := s.SavePage(ctx, p); err == nil {
				t.Errorf("SavePage(%+v) = nil, want an error", p)
			}
		}
		if err := s.SavePage(ctx, Page{ItemID: "nope", Status: digest.FullTextFailed}); !errors.Is(err, ErrNotFound) {
			t.Errorf("SavePage(unknown) = %v, want ErrNotFound", err)
		}
		if err := s.DeferPage(ctx, "nope", "x", time.Now()); !errors.Is(err, ErrNotFound) {
			t.Errorf("DeferPage(unknown) = %v, want ErrNotFound", err)
		}
	})
}
