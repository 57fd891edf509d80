package discordtest

import (
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// fault is an error answer waiting for matching requests.
type fault struct {
	method, prefix string
	status, times  int
	retryAfter     time.Duration
	afterApply     bool
}

// FailNext makes the next `times` requests whose method matches (empty
// matches any) and whose path, without /api/v9, starts with pathPrefix
// fail with status, without applying them. A 429 carries Discord's
// rate-limit headers and a JSON body with retry_after (seconds, as a
// float), which discordgo sleeps for before retrying: keep retryAfter short.
func (s *Server) FailNext(method, pathPrefix string, status, times int, retryAfter time.Duration) {
	s.addFault(&fault{method: method, prefix: pathPrefix, status: status, times: times, retryAfter: retryAfter})
}

// FailNextAfterApply is FailNext for the case Discord applied the request
// and the answer was lost: the message is created (or the callback taken),
// then the client gets status.
func (s *Server) FailNextAfterApply(method, pathPrefix string, status, times int) {
	s.addFault(&fault{method: method, prefix: pathPrefix, status: status, times: times, afterApply: true})
}

func (s *Server) addFault(f *fault) {
	f.prefix = strings.TrimPrefix(f.prefix, apiPrefix)
	s.mu.Lock()
	s.faults = append(s.faults, f)
	s.mu.Unlock()
}

// takeFault consumes one use of the first fault matching the request.
func (s *Server) takeFault(method, path string, afterApply bool) *fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if f.afterApply != afterApply || f.method != "" && f.method != method || !strings.HasPrefix(path, f.prefix) {
			continue
		}
		f.times--
		if f.times <= 0 {
			s.faults = append(s.faults[:i], s.faults[i+1:]...)
		}
		return f
	}
	return nil
}

// reply is the error answer Discord would give.
func (f *fault) reply() reply {
	if f.status != http.StatusTooManyRequests {
		return errReply(f.status, 0, fmt.Sprintf("%d: %s", f.status, http.StatusText(f.status)))
	}
	secs := f.retryAfter.Seconds()
	h := http.Header{}
	h.Set("Retry-After", strconv.Itoa(int(math.Ceil(secs))))
	h.Set("X-RateLimit-Limit", "5")
	h.Set("X-RateLimit-Remaining", "0")
	h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(secs, 'f', 3, 64))
	h.Set("X-RateLimit-Bucket", "loopback")
	h.Set("X-RateLimit-Scope", "user")
	return reply{status: f.status, header: h, body: map[string]any{
		"message": "You are being rate limited.", "retry_after": secs, "global": false,
	}}
}
