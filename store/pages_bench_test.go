package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkPageQueue measures what the page reader asks of the store every
// few seconds, on a copy of the benchmark database (100,000 items, a third
// of them relevant, every one with a long feed text): the first SkipPages
// marks the relevant ones skipped, then each look is a SkipPages with
// nothing to do and a PendingPages that finds nothing.
func BenchmarkPageQueue(b *testing.B) {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "copy.db")
	data, err := os.ReadFile(benchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()

	b.Run("pending_before_skip", func(b *testing.B) {
		for b.Loop() {
			if jobs, err := s.PendingPages(ctx, PageQuery{MinChars: 600, Limit: 100}); err != nil || len(jobs) != 0 {
				b.Fatalf("PendingPages = %d, %v", len(jobs), err)
			}
		}
	})
	n, err := s.SkipPages(ctx, 600)
	if err != nil || n == 0 {
		b.Fatalf("SkipPages = %d, %v", n, err)
	}
	b.Run("look_after_skip", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.SkipPages(ctx, 600); err != nil {
				b.Fatal(err)
			}
			if jobs, err := s.PendingPages(ctx, PageQuery{MinChars: 600, Limit: 100}); err != nil || len(jobs) != 0 {
				b.Fatalf("PendingPages = %d, %v", len(jobs), err)
			}
		}
	})
	b.Run("page_stats", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.PageStats(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
}
