package article

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/feeds"
	"github.com/parley-bot/parley/store"
)

// Store is what the Reader needs of storage: a queue of relevant items
// whose page is to be read, kept in the database so that it survives
// restarts. *store.Store satisfies it.
type Store interface {
	// PendingPages returns the items whose page is to be read, newest
	// first, including those left "queued" by a stopped process; an error
	// only when the storage fails.
	PendingPages(ctx context.Context, q store.PageQuery) ([]store.PageJob, error)
	// SkipPages marks as skipped the relevant items whose page will not be
	// read (a "never" feed, or a feed text of at least minChars) and
	// returns how many it marked.
	SkipPages(ctx context.Context, minChars int) (int, error)
	// QueuePages marks items as waiting in the queue.
	QueuePages(ctx context.Context, ids []string) error
	// DeferPage puts an item back in the queue, not before until, with
	// the reason; its feed text and statements stay.
	DeferPage(ctx context.Context, itemID, reason string, until time.Time) error
	// SavePage records an outcome: for a read page, the page text and the
	// statements found in it replace the item's; otherwise the status and
	// reason are recorded and the feed text and statements stay. On
	// error nothing is saved.
	SavePage(ctx context.Context, p store.Page) error
}

// Extractor finds the statements in an item's text (the item as their
// source). *digest.Analyzer satisfies it.
type Extractor interface {
	Extract(it digest.Item) []digest.Statement
}

// Options configure a Reader. Zero fields take the defaults listed with
// each field.
type Options struct {
	// Enabled turns page reading on; a disabled Reader reads nothing.
	Enabled bool
	// MinChars is the teaser threshold: an item of an "auto" feed whose
	// feed text is shorter gets its page read (default 600).
	MinChars int
	// Concurrency bounds the pages fetched and extracted at once
	// (default 2).
	Concurrency int
	// Delay is the pause between two requests to the same host (zero:
	// none); a robots.txt Crawl-delay, when longer, wins.
	Delay time.Duration
	// Interval is how often Run looks for new work without a Kick
	// (default 5s).
	Interval time.Duration
	// MaxAttempts is how many tries a page gets when the failures are
	// transient (timeouts, network errors, 5xx, 429, robots.txt
	// unreachable) before it is given up (default 3).
	MaxAttempts int
	// RetryBase is the delay before the second try; it doubles with each
	// further one (default 5 minutes). A Retry-After answer wins when
	// later.
	RetryBase time.Duration
	// RobotsTTL is how long a host's robots.txt is trusted (default 24h).
	RobotsTTL time.Duration
	// MaxQueued bounds the items Run holds in its queue at once
	// (default 100).
	MaxQueued int
	// MaxAge is how far back the reader goes: items stored longer ago
	// are left as they are, so that turning page reading on does not
	// fetch a whole archive (default 7 days; negative: no limit).
	MaxAge time.Duration
	// Logger receives one line per page (default: discard).
	Logger *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.MinChars <= 0 {
		o.MinChars = 600
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 2
	}
	if o.Interval <= 0 {
		o.Interval = 5 * time.Second
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 3
	}
	if o.RetryBase <= 0 {
		o.RetryBase = 5 * time.Minute
	}
	if o.RobotsTTL <= 0 {
		o.RobotsTTL = 24 * time.Hour
	}
	if o.MaxQueued <= 0 {
		o.MaxQueued = 100
	}
	if o.MaxAge == 0 {
		o.MaxAge = 7 * 24 * time.Hour
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// Stats count what a Reader has done.
type Stats struct {
	Read     int `json:"read"`     // pages read: their text replaced the feed's
	Robots   int `json:"robots"`   // refused by robots.txt
	Paywall  int `json:"paywall"`  // paywalls and login walls
	Failed   int `json:"failed"`   // fetch or extraction failed for good
	Skipped  int `json:"skipped"`  // not to be read: feed text long enough, or full_text = "never"
	Deferred int `json:"deferred"` // put back for a later try (transient failure, Retry-After)
}

// String prints the counts for people: "3 read, 1 robots, 0 paywall, …".
func (s Stats) String() string {
	return fmt.Sprintf("%d read, %d refused by robots.txt, %d paywalled, %d failed, %d skipped, %d deferred",
		s.Read, s.Robots, s.Paywall, s.Failed, s.Skipped, s.Deferred)
}

// counters are Stats under concurrent updates.
type counters struct {
	read, robots, paywall, failed, skipped, deferred atomic.Int64
}

func (c *counters) stats() Stats {
	return Stats{
		Read: int(c.read.Load()), Robots: int(c.robots.Load()), Paywall: int(c.paywall.Load()),
		Failed: int(c.failed.Load()), Skipped: int(c.skipped.Load()), Deferred: int(c.deferred.Load()),
	}
}

func (s Stats) minus(o Stats) Stats {
	return Stats{Read: s.Read - o.Read, Robots: s.Robots - o.Robots, Paywall: s.Paywall - o.Paywall,
		Failed: s.Failed - o.Failed, Skipped: s.Skipped - o.Skipped, Deferred: s.Deferred - o.Deferred}
}

// Reader reads the article pages of relevant items whose feed carries only
// a teaser, and rebuilds their statements from the whole story. Its queue
// lives in the store; Run works through it continuously, Drain once.
type Reader struct {
	fetch  *feeds.Fetcher
	store  Store
	an     Extractor
	o      Options
	log    *slog.Logger
	robots *robotsCache
	polite *politeness
	slots  chan struct{} // pages fetched and extracted at once
	kick   chan struct{}
	count  counters

	mu       sync.Mutex
	inflight map[string]bool            // item IDs queued or being read
	hosts    map[string][]store.PageJob // waiting jobs by host; a host is present while its worker runs
	workers  sync.WaitGroup
}

// New returns a Reader that fetches pages with f, takes its work from s and
// finds statements with an. f should be a Fetcher of its own, built with the
// same options as the feeds' (timeout, body cap, private-address guard,
// per-host limit, User-Agent): page fetches then never hold the slots that
// feed polls need. The robots.txt product token is the first word of f's
// User-Agent ("parley").
func New(f *feeds.Fetcher, s Store, an Extractor, o Options) *Reader {
	o = o.withDefaults()
	agent, _, _ := strings.Cut(f.Options().UserAgent, "/")
	return &Reader{
		fetch: f, store: s, an: an, o: o, log: o.Logger,
		robots:   newRobotsCache(f, strings.TrimSpace(agent), o.RobotsTTL),
		polite:   newPoliteness(o.Delay),
		slots:    make(chan struct{}, o.Concurrency),
		kick:     make(chan struct{}, 1),
		inflight: map[string]bool{},
		hosts:    map[string][]store.PageJob{},
	}
}

// Options returns the options in effect, defaults filled in.
func (r *Reader) Options() Options { return r.o }

// Stats returns what the Reader has done since it was made.
func (r *Reader) Stats() Stats { return r.count.stats() }

// Kick tells Run to look for new work now (after a feed poll stored new
// items). It never blocks.
func (r *Reader) Kick() {
	select {
	case r.kick <- struct{}{}:
	default:
	}
}

// Run reads pages until ctx ends: it looks for pending items every
// Options.Interval and after each Kick, and reads them on its own bounded
// queue, one worker per host, so that a slow site delays neither polling
// nor other hosts. Items still queued when ctx ends stay "queued" in the
// store and are read by the next run. A disabled Reader returns at once.
// Run and Drain must not run at the same time.
func (r *Reader) Run(ctx context.Context) error {
	if !r.o.Enabled {
		return nil
	}
	t := time.NewTicker(r.o.Interval)
	defer t.Stop()
	for {
		if _, err := r.fill(ctx, nil); err != nil && ctx.Err() == nil {
			r.log.Error("article: look for pages", "err", err)
		}
		select {
		case <-ctx.Done():
			r.workers.Wait()
			return nil
		case <-t.C:
		case <-r.kick:
		}
	}
}

// Drain reads every pending page once and returns what it did: pages read,
// refused by robots.txt, paywalled, failed, skipped and deferred for a
// later try. Pages deferred during the drain are not retried by it. It is
// for `parley poll --once` and tests; a disabled Reader returns zero Stats.
func (r *Reader) Drain(ctx context.Context) (Stats, error) {
	if !r.o.Enabled {
		return Stats{}, nil
	}
	before := r.Stats()
	seen := map[string]bool{}
	for {
		n, err := r.fill(ctx, seen)
		r.workers.Wait()
		if err != nil {
			return r.Stats().minus(before), err
		}
		if n == 0 || ctx.Err() != nil {
			return r.Stats().minus(before), ctx.Err()
		}
	}
}
