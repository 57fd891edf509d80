package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/digest"
)

func TestSavePollDeduplicates(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	a, b := feed("A"), feed("B")

	if n := savePoll(t, s, a, []digest.Item{
		item("a1", "https://news.example/talks", "Delegations meet in Istanbul", 1),
		item("shared-guid", "https://a.example/2", "Prisoner exchange agreed", 2),
	}, nil); n != 2 {
		t.Errorf("first poll of A: new = %d, want 2", n)
	}
	// Feed B carries the same canonical URL under another ID, and the same
	// GUID under another URL: both are the items already stored.
	if n := savePoll(t, s, b, []digest.Item{
		item("b-other-id", "https://news.example/talks", "Delegations meet", 1),
		item("shared-guid", "https://b.example/elsewhere", "Exchange agreed", 2),
		item("b3", "https://b.example/3", "Kremlin comments", 3),
	}, nil); n != 1 {
		t.Errorf("poll of B: new = %d, want 1", n)
	}
	// Polling A again with the same items stores nothing new.
	if n := savePoll(t, s, a, []digest.Item{item("a1", "https://news.example/talks", "Delegations meet in Istanbul", 1)}, nil); n != 0 {
		t.Errorf("second poll of A: new = %d, want 0", n)
	}

	items, err := s.Items(ctx, ItemFilter{})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		ID, Feed string
		Feeds    []string
	}
	var got []row
	for _, it := range items {
		got = append(got, row{it.ID, it.Feed, it.Feeds})
	}
	want := []row{
		{"b3", "B", []string{"B"}},
		{"shared-guid", "A", []string{"A", "B"}},
		{"a1", "A", []string{"A", "B"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}

	seen, err := s.SeenItems(ctx, []string{"a1", "nope", "b3"}, []string{"https://news.example/talks", "https://b.example/elsewhere", ""})
	if err != nil {
		t.Fatal(err)
	}
	wantSeen := map[string]bool{"a1": true, "b3": true, "https://news.example/talks": true}
	if diff := cmp.Diff(wantSeen, seen); diff != "" {
		t.Errorf("SeenItems (-want +got):\n%s", diff)
	}

	for _, tc := range []struct {
		f         digest.Feed
		items, nw int
	}{{a, 2, 0}, {b, 3, 1}} {
		st, err := s.FeedState(ctx, tc.f.URL)
		if err != nil {
			t.Fatal(err)
		}
		if st.Items != tc.items || st.LastNew != tc.nw {
			t.Errorf("state of %s: Items %d LastNew %d, want %d %d", tc.f.Name, st.Items, st.LastNew, tc.items, tc.nw)
		}
	}
}

func TestFeedStateRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	f := feed("A")

	got, err := s.FeedState(ctx, f.URL)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(digest.FeedState{URL: f.URL}, got); diff != "" {
		t.Errorf("unknown feed state (-want +got):\n%s", diff)
	}

	want := digest.FeedState{
		URL: f.URL, ETag: `W/"abc"`, LastModified: "Mon, 02 Jun 2025 12:00:00 GMT",
		LastStatus: "error", LastError: "status 503", LastPoll: t0.Add(time.Hour), LastOK: t0,
		Failures: 3, NextAttempt: t0.Add(2 * time.Hour), Items: 1, LastNew: 1,
	}
	if _, err := s.SavePoll(ctx, f, want, []digest.Item{item("x", "", "Untitled", 0)}, nil); err != nil {
		t.Fatal(err)
	}
	got, err = s.FeedState(ctx, f.URL)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("feed state (-want +got):\n%s", diff)
	}
	all, err := s.FeedStates(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]digest.FeedState{want}, all); diff != "" {
		t.Errorf("FeedStates (-want +got):\n%s", diff)
	}
	last, err := s.LastSuccessfulPoll(ctx)
	if err != nil || !last.Equal(t0) {
		t.Errorf("LastSuccessfulPoll = %v, %v; want %v", last, err, t0)
	}
}

// snapshot is everything a failed SavePoll must leave untouched.
type snapshot struct {
	State      digest.FeedState
	Items      []digest.Item
	Statements []digest.Statement
}

func takeSnapshot(t *testing.T, s *Store, url string) snapshot {
	t.Helper()
	ctx := context.Background()
	st, err := s.FeedState(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	items, err := s.Items(ctx, ItemFilter{})
	if err != nil {
		t.Fatal(err)
	}
	stmts, err := s.Statements(ctx, digest.Query{})
	if err != nil {
		t.Fatal(err)
	}
	return snapshot{st, items, stmts}
}

func TestSavePollFailureKeepsPreviousState(t *testing.T) {
	ctx := context.Background()
	f := feed("A")
	first := []digest.Item{item("a1", "https://a.example/1", "Talks in Istanbul", 0)}
	firstStmts := []digest.Statement{stmt("russia", digest.Demand, "recognition of annexed regions", "a1")}
	next := []digest.Item{item("a2", "https://a.example/2", "Second round", 5), item("a1", "https://a.example/1", "Talks in Istanbul", 0)}
	nextState := digest.FeedState{URL: f.URL, ETag: `"v2"`, LastStatus: "ok", LastPoll: t0.Add(5 * time.Hour), LastOK: t0.Add(5 * time.Hour)}

	tests := []struct {
		name  string
		ctx   func() context.Context
		stmts []digest.Statement
		want  error
	}{
		{
			name: "statement of an unknown item",
			ctx:  context.Background,
			stmts: []digest.Statement{
				stmt("russia", digest.Demand, "recognition of annexed regions", "a2"),
				stmt("ukraine", digest.Rejection, "any territorial concession", "no-such-item"),
			},
			want: ErrNotFound,
		},
		{
			name:  "statement without party",
			ctx:   context.Background,
			stmts: []digest.Statement{stmt("", digest.Demand, "a ceasefire", "a2")},
		},
		{
			name: "canceled context",
			ctx: func() context.Context {
				c, cancel := context.WithCancel(context.Background())
				cancel()
				return c
			},
			stmts: []digest.Statement{stmt("russia", digest.Demand, "recognition of annexed regions", "a2")},
			want:  context.Canceled,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTest(t)
			if _, err := s.SavePoll(ctx, f, okState(f, t0), first, firstStmts); err != nil {
				t.Fatal(err)
			}
			before := takeSnapshot(t, s, f.URL)

			n, err := s.SavePoll(tc.ctx(), f, nextState, next, tc.stmts)
			if err == nil {
				t.Fatalf("SavePoll succeeded (new = %d), want an error", n)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("SavePoll error = %v, want one wrapping %v", err, tc.want)
			}
			if diff := cmp.Diff(before, takeSnapshot(t, s, f.URL)); diff != "" {
				t.Errorf("state changed by a failed poll (-before +after):\n%s", diff)
			}
			// The store still works, and merging still sees the statement
			// stored before the failure (the merge cache was not left stale).
			if _, err := s.SavePoll(ctx, f, nextState, next, []digest.Statement{stmt("russia", digest.Demand, "recognition of annexed regions", "a2")}); err != nil {
				t.Fatalf("SavePoll after failure: %v", err)
			}
			if n, _ := s.CountStatements(ctx); n != 1 {
				t.Errorf("CountStatements = %d, want 1 (merged)", n)
			}
		})
	}
}

func TestConcurrentSavePoll(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	const writers, polls, perPoll = 6, 5, 10
	var wg sync.WaitGroup
	errs := make(chan error, writers*polls*2)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := feed(fmt.Sprintf("F%d", w))
			for p := range polls {
				var items []digest.Item
				var stmts []digest.Statement
				for i := range perPoll {
					// Every writer also carries a URL shared with all others.
					id := fmt.Sprintf("w%d-p%d-i%d", w, p, i)
					url := "https://" + id + ".example/"
					if i == 0 {
						url = fmt.Sprintf("https://shared.example/%d", p)
					}
					items = append(items, item(id, url, "Title "+id, p))
					stmts = append(stmts, stmt("russia", digest.Demand, fmt.Sprintf("demand number %d", i), id))
				}
				if _, err := s.SavePoll(ctx, f, okState(f, t0), items, stmts); err != nil {
					errs <- err
				}
				// Readers run beside the writers.
				if _, err := s.Statements(ctx, digest.Query{Party: "russia", Limit: 5}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent use: %v", err)
	}
	total, _, err := s.CountItems(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Per poll round: one shared URL plus perPoll-1 own items per writer.
	if want := polls * (1 + writers*(perPoll-1)); total != want {
		t.Errorf("CountItems = %d, want %d", total, want)
	}
	n, err := s.CountStatements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != perPoll {
		t.Errorf("CountStatements = %d, want %d (same texts merged)", n, perPoll)
	}
	shared, err := s.Items(ctx, ItemFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range shared {
		if it.URL == "https://shared.example/0" && len(it.Feeds) != writers {
			t.Errorf("shared item feeds = %v, want %d feeds", it.Feeds, writers)
		}
	}
}
