package bot

import (
	"sync"
	"time"
)

// limiter is a token bucket per user: burst commands at once, refilled at
// burst per window. Buckets of users idle for a window are dropped.
type limiter struct {
	burst  float64
	window time.Duration

	mu      sync.Mutex
	buckets map[string]*bucket
	swept   time.Time
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newLimiter(burst int, window time.Duration) *limiter {
	return &limiter{burst: float64(burst), window: window, buckets: map[string]*bucket{}}
}

// allow takes a token from user's bucket at now, reporting whether there
// was one.
func (l *limiter) allow(user string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.swept) > l.window {
		for u, b := range l.buckets {
			if now.Sub(b.at) > l.window {
				delete(l.buckets, u)
			}
		}
		l.swept = now
	}
	b, ok := l.buckets[user]
	if !ok {
		b = &bucket{tokens: l.burst, at: now}
		l.buckets[user] = b
	}
	if elapsed := now.Sub(b.at); elapsed > 0 {
		b.tokens = min(l.burst, b.tokens+l.burst*elapsed.Seconds()/l.window.Seconds())
		b.at = now
	}
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}
