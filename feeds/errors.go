package feeds

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// ErrTooLarge is wrapped by fetch errors for bodies over the cap.
var ErrTooLarge = errors.New("too large")

// ErrPrivateAddress is wrapped by fetch errors for addresses the guard
// refuses.
var ErrPrivateAddress = errors.New("private address refused")

// StatusError is an HTTP answer other than 2xx or 304.
type StatusError struct {
	URL    string
	Code   int
	Status string // "404 Not Found"
	// RetryAfter is when the server asked to be retried (429 and 503 with
	// a Retry-After header); zero otherwise.
	RetryAfter time.Time
}

func (e *StatusError) Error() string {
	msg := "http " + e.Status
	if !e.RetryAfter.IsZero() {
		msg += ", retry after " + e.RetryAfter.UTC().Format(time.RFC3339)
	}
	return msg
}

// RetryAfter returns the retry time an error carries, if any.
func RetryAfter(err error) (time.Time, bool) {
	var se *StatusError
	if errors.As(err, &se) && !se.RetryAfter.IsZero() {
		return se.RetryAfter, true
	}
	return time.Time{}, false
}

// parseRetryAfter reads a Retry-After header: delay-seconds or an HTTP
// date. It returns the zero time for a missing or malformed value.
func parseRetryAfter(v string, now time.Time) time.Time {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return time.Time{}
		}
		const maxDelay = 7 * 24 * time.Hour
		return now.Add(min(time.Duration(secs)*time.Second, maxDelay))
	}
	if t, err := http.ParseTime(v); err == nil {
		return t
	}
	return time.Time{}
}

// statusError builds the error for an unwanted HTTP answer.
func statusError(url string, resp *http.Response, now time.Time) *StatusError {
	e := &StatusError{URL: url, Code: resp.StatusCode, Status: resp.Status}
	if e.Status == "" {
		e.Status = fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
	}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
		e.RetryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), now)
	}
	return e
}
