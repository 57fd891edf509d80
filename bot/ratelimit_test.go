package bot

import (
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	start := time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC)
	steps := []struct {
		user  string
		after time.Duration
		want  bool
	}{
		{"a", 0, true}, {"a", 0, true}, {"a", 0, true},
		{"a", 0, false},               // burst of 3 spent
		{"b", 0, true},                // others unaffected
		{"a", 3 * time.Second, false}, // a third of a token back
		{"a", 4 * time.Second, true},  // one token back after 10s/3
		{"a", 4 * time.Second, false},
		{"a", time.Minute, true}, // full again
	}
	l := newLimiter(3, 10*time.Second)
	for i, s := range steps {
		if got := l.allow(s.user, start.Add(s.after)); got != s.want {
			t.Errorf("step %d (%s at +%v): allow = %v, want %v", i, s.user, s.after, got, s.want)
		}
	}
}
