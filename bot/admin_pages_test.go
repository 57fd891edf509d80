package bot

import (
	"testing"

	"github.com/parley-bot/parley/digest"
)

func TestPagesLine(t *testing.T) {
	tests := []struct {
		name  string
		stats map[digest.FullTextStatus]int
		want  string
	}{
		{"none attempted", nil, ""},
		{"only skipped", map[digest.FullTextStatus]int{digest.FullTextSkipped: 4}, ""},
		{"mixed", map[digest.FullTextStatus]int{digest.FullTextRead: 5, digest.FullTextPaywall: 1, digest.FullTextRobots: 2, digest.FullTextSkipped: 9},
			"Article pages: 5 read, 1 behind a paywall, 2 refused by robots.txt."},
		{"failed and queued", map[digest.FullTextStatus]int{digest.FullTextFailed: 1, digest.FullTextQueued: 3},
			"Article pages: 1 failed, 3 queued."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pagesLine(tt.stats); got != tt.want {
				t.Errorf("pagesLine = %q, want %q", got, tt.want)
			}
		})
	}
}
