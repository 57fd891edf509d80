package feeds

import (
	"testing"
	"time"
)

func TestBackoff(t *testing.T) {
	now := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	b := backoff{base: time.Minute, max: time.Hour}
	tests := []struct {
		name       string
		failures   int
		jitter     string // "none" or "full"
		retryAfter time.Time
		want       time.Duration
	}{
		{"first failure, no jitter", 1, "none", time.Time{}, 30 * time.Second},
		{"first failure, full jitter", 1, "full", time.Time{}, time.Minute},
		{"third failure doubles twice", 3, "full", time.Time{}, 4 * time.Minute},
		{"capped", 10, "full", time.Time{}, time.Hour},
		{"capped without overflow", 500, "none", time.Time{}, 30 * time.Minute},
		{"retry-after later wins", 1, "full", now.Add(3 * time.Hour), 3 * time.Hour},
		{"retry-after earlier loses", 3, "full", now.Add(time.Minute), 4 * time.Minute},
		{"retry-after bounded", 1, "full", now.Add(400 * 24 * time.Hour), maxRetryAfter},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b.jitter = func(d time.Duration) time.Duration {
				if tt.jitter == "full" {
					return d
				}
				return 0
			}
			if got := b.next(now, tt.failures, tt.retryAfter).Sub(now); got != tt.want {
				t.Errorf("next after %d failures = +%v, want +%v", tt.failures, got, tt.want)
			}
		})
	}
	t.Run("random jitter stays within bounds", func(t *testing.T) {
		r := newBackoff(Options{BackoffBase: time.Minute, BackoffMax: time.Hour})
		for range 1000 {
			if d := r.next(now, 2, time.Time{}).Sub(now); d < time.Minute || d > 2*time.Minute {
				t.Fatalf("second failure backs off %v, want 1m..2m", d)
			}
		}
	})
}
