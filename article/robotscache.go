package article

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/parley-bot/parley/feeds"
)

// errRobotsUnreachable is wrapped by robots.txt errors that mean "not for
// now": a 5xx or 429 answer, a timeout or a network error (RFC 9309: a
// server error disallows everything until robots.txt can be read).
var errRobotsUnreachable = errors.New("robots.txt unreachable")

// robotsRetry is how long an unreachable robots.txt is remembered before
// it is asked again.
const robotsRetry = time.Minute

// robotsCache holds each site's robots.txt rules for a while.
type robotsCache struct {
	fetch *feeds.Fetcher
	agent string
	ttl   time.Duration

	mu    sync.Mutex
	sites map[string]robotsEntry // by scheme://host[:port]
}

type robotsEntry struct {
	rules   *robotsRules
	err     error
	expires time.Time
}

func newRobotsCache(f *feeds.Fetcher, agent string, ttl time.Duration) *robotsCache {
	return &robotsCache{fetch: f, agent: agent, ttl: ttl, sites: map[string]robotsEntry{}}
}

// siteOf returns the robots.txt URL for u.
func siteOf(u *url.URL) string {
	return u.Scheme + "://" + u.Host + "/robots.txt"
}

// cached returns what is known of u's site's robots.txt, and whether
// anything still is.
func (c *robotsCache) cached(u *url.URL) (robotsEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.sites[siteOf(u)]
	if !ok || time.Now().After(e.expires) {
		return robotsEntry{}, false
	}
	return e, true
}

// load fetches and caches u's site's robots.txt. A 2xx is parsed; any
// other 4xx (no robots.txt) allows everything; a 5xx, a 429, a timeout or
// a network error is an error wrapping errRobotsUnreachable, remembered for
// robotsRetry; a refused address is returned as is.
func (c *robotsCache) load(ctx context.Context, u *url.URL) (*robotsRules, error) {
	site := siteOf(u)
	resp, err := c.fetch.Fetch(ctx, site, feeds.Validators{})
	var (
		rules *robotsRules
		ttl   = c.ttl
		st    *feeds.StatusError
	)
	switch {
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case err == nil:
		rules = parseRobots(resp.Body, c.agent)
	case errors.As(err, &st) && st.Code >= 400 && st.Code < 500 && st.Code != http.StatusTooManyRequests:
		rules = &robotsRules{}
		err = nil
	case errors.Is(err, feeds.ErrPrivateAddress), errors.Is(err, feeds.ErrTooLarge):
		return nil, err
	default:
		err = fmt.Errorf("%w: %s", errRobotsUnreachable, feeds.Reason(err))
		ttl = robotsRetry
	}
	c.mu.Lock()
	c.sites[site] = robotsEntry{rules: rules, err: err, expires: time.Now().Add(ttl)}
	c.mu.Unlock()
	return rules, err
}
