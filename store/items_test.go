package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/digest"
)

func TestItems(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	full := digest.Item{
		ID: "full", URL: "https://a.example/full", Title: "Talks resume", Summary: "Short.", Content: "Long text.",
		Published: t0.Add(3 * time.Hour), DateEstimated: true, Language: "uk", FetchedAt: t0.Add(4 * time.Hour),
		Relevance: digest.Relevance{Relevant: true, Score: 2.5, Reason: "title: talks"},
		FullText:  digest.FullTextPaywall, FullTextReason: "login wall",
	}
	items := []digest.Item{
		item("old", "https://a.example/old", "Old news", 1),
		full,
		item("new", "", "No link", 5),
	}
	savePoll(t, s, feed("A"), items, nil)
	savePoll(t, s, feed("B"), []digest.Item{item("full", "", "Talks resume", 3)}, nil)

	ids := func(f ItemFilter) []string {
		got, err := s.Items(ctx, f)
		if err != nil {
			t.Fatalf("Items(%+v): %v", f, err)
		}
		var out []string
		for _, it := range got {
			out = append(out, it.ID)
		}
		return out
	}
	tests := []struct {
		name string
		f    ItemFilter
		want []string
	}{
		{"all, newest first", ItemFilter{}, []string{"new", "full", "old"}},
		{"relevant", ItemFilter{Relevant: true}, []string{"full"}},
		{"since", ItemFilter{Since: t0.Add(3 * time.Hour)}, []string{"new", "full"}},
		{"limit", ItemFilter{Limit: 2}, []string{"new", "full"}},
		{"ids", ItemFilter{IDs: []string{"old", "new", "nope"}}, []string{"new", "old"}},
		{"empty ids", ItemFilter{IDs: []string{}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, ids(tc.f)); diff != "" {
				t.Errorf("Items(%+v) (-want +got):\n%s", tc.f, diff)
			}
		})
	}

	t.Run("every field round-trips", func(t *testing.T) {
		got, err := s.Item(ctx, "full")
		if err != nil {
			t.Fatal(err)
		}
		want := full
		want.Feed, want.Feeds = "A", []string{"A", "B"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Item (-want +got):\n%s", diff)
		}
		if _, err := s.Item(ctx, "nope"); !errors.Is(err, ErrNotFound) {
			t.Errorf("Item(nope) = %v, want ErrNotFound", err)
		}
	})

	t.Run("relevance update and counts", func(t *testing.T) {
		r := digest.Relevance{Relevant: true, Score: 1.25, Reason: "text: ceasefire"}
		if err := s.UpdateRelevance(ctx, "old", r); err != nil {
			t.Fatal(err)
		}
		got, err := s.Item(ctx, "old")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(r, got.Relevance); diff != "" {
			t.Errorf("relevance (-want +got):\n%s", diff)
		}
		if err := s.UpdateRelevance(ctx, "nope", r); !errors.Is(err, ErrNotFound) {
			t.Errorf("UpdateRelevance(nope) = %v, want ErrNotFound", err)
		}
		total, relevant, err := s.CountItems(ctx)
		if err != nil || total != 3 || relevant != 2 {
			t.Errorf("CountItems = %d, %d, %v; want 3, 2", total, relevant, err)
		}
	})
}
