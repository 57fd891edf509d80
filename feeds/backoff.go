package feeds

import (
	"math/rand/v2"
	"time"
)

// maxRetryAfter bounds how far a server's Retry-After may push a feed.
const maxRetryAfter = 7 * 24 * time.Hour

// backoff computes when a failing feed may be polled again.
type backoff struct {
	base, max time.Duration
	// jitter returns a random duration in [0, d]; rand by default.
	jitter func(d time.Duration) time.Duration
}

func newBackoff(o Options) backoff {
	return backoff{base: o.BackoffBase, max: o.BackoffMax, jitter: func(d time.Duration) time.Duration {
		return rand.N(d + 1)
	}}
}

// next returns the earliest next attempt after the failures-th consecutive
// failure at now: base doubled per earlier failure, capped at max, of
// which the second half is random (so feeds failing together spread
// out). A server's retryAfter wins when it is later.
func (b backoff) next(now time.Time, failures int, retryAfter time.Time) time.Time {
	delay := b.max
	if failures < 1 {
		failures = 1
	}
	if shift := failures - 1; shift < 32 && b.base<<shift < b.max && b.base<<shift > 0 {
		delay = b.base << shift
	}
	half := delay / 2
	at := now.Add(delay - half + b.jitter(half))
	if retryAfter.After(at) {
		at = minTime(retryAfter, now.Add(maxRetryAfter))
	}
	return at
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
