package article

import (
	"context"
	"testing"
	"time"

	"github.com/parley-bot/parley/digest"
)

// waitStatus waits (bounded) for an item to reach a full text status.
func waitStatus(t *testing.T, s interface {
	Item(context.Context, string) (digest.Item, error)
}, id string, want digest.FullTextStatus) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		it, err := s.Item(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if it.FullText == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("item %s: status %q (%s), want %q", id, it.FullText, it.FullTextReason, want)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestRunReadsNewItemsAfterKick(t *testing.T) {
	srv := newSite(t)
	s := openStore(t)
	saveItems(t, s, relevantItem("first", srv.URL+"/world/istanbul-may"))

	// An hour between looks: only the first look and Kick find work.
	r := New(testFetcher(), s, testAnalyzer(t), Options{Enabled: true, Interval: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()

	waitStatus(t, s, "first", digest.FullTextRead)
	saveItems(t, s, relevantItem("second", srv.URL+"/politics/istanbul-july"))
	r.Kick()
	waitStatus(t, s, "second", digest.FullTextRead)

	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v, want nil after cancel", err)
	}
	if got := r.Stats(); got != (Stats{Read: 2}) {
		t.Errorf("Stats = %+v, want 2 read", got)
	}
}

func TestQueuedItemsSurviveARestart(t *testing.T) {
	ctx := context.Background()
	srv := newSite(t)
	s := openStore(t)
	saveItems(t, s, relevantItem("left", srv.URL+"/news/istanbul-june"))
	// A process queued the item, then stopped before reading it.
	if err := s.QueuePages(ctx, []string{"left"}); err != nil {
		t.Fatal(err)
	}
	waitStatus(t, s, "left", digest.FullTextQueued)

	r := New(testFetcher(), s, testAnalyzer(t), Options{Enabled: true})
	stats, err := r.Drain(ctx)
	if err != nil || stats != (Stats{Read: 1}) {
		t.Errorf("Drain = %+v, %v; want the queued item read", stats, err)
	}
}

func TestRunStopsWithoutRecordingCutShortPages(t *testing.T) {
	srv := newSite(t)
	s := openStore(t)
	saveItems(t, s, relevantItem("slow", srv.URL+"/slow"))
	f := testFetcher()
	r := New(f, s, testAnalyzer(t), Options{Enabled: true, Interval: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	waitStatus(t, s, "slow", digest.FullTextQueued)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	it, err := s.Item(context.Background(), "slow")
	if err != nil {
		t.Fatal(err)
	}
	// Either the fetch was cut short (still queued, for the next run) or it
	// timed out first and was deferred; it is never lost or failed.
	if it.FullText != digest.FullTextQueued && it.FullText != digest.FullTextNone {
		t.Errorf("status after stop = %q (%s), want queued or back in the queue", it.FullText, it.FullTextReason)
	}
}

func TestOldItemsAreLeftAlone(t *testing.T) {
	srv := newSite(t)
	s := openStore(t)
	old := relevantItem("old", srv.URL+"/world/istanbul-may")
	old.FetchedAt = time.Now().Add(-30 * 24 * time.Hour)
	saveItems(t, s, old)
	r := New(testFetcher(), s, testAnalyzer(t), Options{Enabled: true})
	if stats, err := r.Drain(context.Background()); err != nil || stats != (Stats{}) {
		t.Errorf("Drain = %+v, %v; want an item stored a month ago left alone", stats, err)
	}
	r = New(testFetcher(), s, testAnalyzer(t), Options{Enabled: true, MaxAge: -1})
	if stats, err := r.Drain(context.Background()); err != nil || stats != (Stats{Read: 1}) {
		t.Errorf("Drain without an age limit = %+v, %v; want it read", stats, err)
	}
}
