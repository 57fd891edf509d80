package feeds

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/parley-bot/parley/digest"
)

// Store is what the poller needs of storage.
type Store interface {
	// FeedState returns the remembered state of the feed at url: the zero
	// state (URL set) for a feed never polled, an error only when the
	// storage fails.
	FeedState(ctx context.Context, url string) (digest.FeedState, error)
	// SeenItems tells which of the given item IDs and canonical URLs are
	// already stored: the map's keys are those that are.
	SeenItems(ctx context.Context, ids, urls []string) (map[string]bool, error)
	// SavePoll stores one poll's outcome in one transaction: the feed's
	// new state, its items (those already stored only gain the feed) and
	// the statements found in new items. It returns how many items were
	// new. On error nothing is saved.
	SavePoll(ctx context.Context, feed digest.Feed, state digest.FeedState, items []digest.Item, stmts []digest.Statement) (int, error)
}

// Analyzer scores an item (recording the result on it) and returns the
// statements it holds. It must be safe for concurrent use.
// *digest.Analyzer satisfies it.
type Analyzer interface {
	Analyze(it *digest.Item) []digest.Statement
}

// Outcome is how a poll ended.
type Outcome int

// Poll outcomes.
const (
	// OutcomeNew: the feed was fetched and parsed; Result.NewItems says
	// how many items were new (possibly none).
	OutcomeNew Outcome = iota
	// OutcomeNotModified: the server answered 304; nothing was parsed.
	OutcomeNotModified
	// OutcomeError: the poll failed; Result.Err says why and
	// Result.NextAttempt when the backoff allows the next try.
	OutcomeError
	// OutcomeSkipped: the feed is backing off until Result.NextAttempt.
	OutcomeSkipped
)

func (o Outcome) String() string {
	switch o {
	case OutcomeNew:
		return "new"
	case OutcomeNotModified:
		return "not_modified"
	case OutcomeError:
		return "error"
	case OutcomeSkipped:
		return "skipped"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// Result is the outcome of polling one feed.
type Result struct {
	Feed     digest.Feed
	Outcome  Outcome
	NewItems int
	Err      error
	// NextAttempt is the earliest time the feed may be polled again, for
	// OutcomeError and OutcomeSkipped.
	NextAttempt time.Time
	Duration    time.Duration
}

// Stats count what a Poller has done since it was made.
type Stats struct {
	Polls       int64 // polls attempted (not skipped)
	NotModified int64 // answered 304
	Parses      int64 // bodies parsed
	Errors      int64 // polls that failed
	Skipped     int64 // polls skipped for backoff
	NewItems    int64 // items newly stored
}

// Poller runs fetch → parse → analyze → store for feeds. It is safe for
// concurrent use.
type Poller struct {
	fetcher  *Fetcher
	store    Store
	analyzer Analyzer
	log      *slog.Logger
	backoff  backoff
	work     chan struct{} // bounds concurrent parse-and-store
	now      func() time.Time

	polls, notModified, parses, errs, skipped, newItems atomic.Int64
}

// NewPoller returns a Poller. The analyzer may be nil (items are stored
// unscored, without statements); so may the logger.
func NewPoller(f *Fetcher, s Store, a Analyzer, log *slog.Logger) *Poller {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Poller{
		fetcher:  f,
		store:    s,
		analyzer: a,
		log:      log,
		backoff:  newBackoff(f.opts),
		work:     make(chan struct{}, f.opts.Concurrency),
		now:      time.Now,
	}
}

// Stats returns the poller's counters.
func (p *Poller) Stats() Stats {
	return Stats{
		Polls: p.polls.Load(), NotModified: p.notModified.Load(), Parses: p.parses.Load(),
		Errors: p.errs.Load(), Skipped: p.skipped.Load(), NewItems: p.newItems.Load(),
	}
}

// Poll polls one feed: unless it is backing off, it fetches the feed with its stored validators, parses a changed body,
// analyzes the items the store has not seen, and saves items, statements
// and the feed's new state together. A failure is saved too: the state
// records the reason, one more failure and the next attempt the backoff
// allows. A poll cut short by ctx records nothing.
func (p *Poller) Poll(ctx context.Context, feed digest.Feed) Result {
	return p.pollFeed(ctx, feed, false)
}

// pollFeed is Poll, ignoring backoff if force is set.
func (p *Poller) pollFeed(ctx context.Context, feed digest.Feed, force bool) Result {
	start := p.now()
	res := p.poll(ctx, feed, start, force)
	res.Feed = feed
	res.Duration = p.now().Sub(start)
	p.logResult(res)
	return res
}

func (p *Poller) poll(ctx context.Context, feed digest.Feed, start time.Time, force bool) Result {
	state, err := p.store.FeedState(ctx, feed.URL)
	if err != nil {
		p.errs.Add(1)
		return Result{Outcome: OutcomeError, Err: fmt.Errorf("feeds: poll %s: %w", feed.Name, err)}
	}
	if !force && state.NextAttempt.After(start) {
		p.skipped.Add(1)
		return Result{Outcome: OutcomeSkipped, NextAttempt: state.NextAttempt}
	}
	p.polls.Add(1)
	state.URL = feed.URL
	state.LastPoll = start

	resp, err := p.fetcher.Fetch(ctx, feed.URL, Validators{ETag: state.ETag, LastModified: state.LastModified})
	if err != nil {
		return p.fail(ctx, feed, state, err)
	}
	if resp.NotModified {
		p.notModified.Add(1)
		state = succeeded(state, "not_modified", resp.Validators, start)
		if err := p.acquire(ctx); err != nil {
			return Result{Outcome: OutcomeError, Err: err}
		}
		defer p.release()
		if _, err := p.store.SavePoll(ctx, feed, state, nil, nil); err != nil {
			p.errs.Add(1)
			return Result{Outcome: OutcomeError, Err: err}
		}
		return Result{Outcome: OutcomeNotModified}
	}

	if err := p.acquire(ctx); err != nil {
		return Result{Outcome: OutcomeError, Err: err}
	}
	defer p.release()
	p.parses.Add(1)
	items, err := ParseWith(resp.Body, ParseOptions{
		FeedURL: feed.URL, FeedName: feed.Name, FetchedAt: start,
		ContentType: resp.Header.Get("Content-Type"),
	})
	if err != nil {
		return p.fail(ctx, feed, state, err)
	}
	state = succeeded(state, "ok", resp.Validators, start)
	n, err := p.save(ctx, feed, state, items)
	if err != nil {
		p.errs.Add(1)
		return Result{Outcome: OutcomeError, Err: err}
	}
	return Result{Outcome: OutcomeNew, NewItems: n}
}

// succeeded is the state after a successful poll.
func succeeded(st digest.FeedState, status string, v Validators, at time.Time) digest.FeedState {
	st.LastStatus, st.LastError = status, ""
	st.ETag, st.LastModified = v.ETag, v.LastModified
	st.LastOK = at
	st.Failures = 0
	st.NextAttempt = time.Time{}
	return st
}

// fail records a failed poll: one more failure, the reason, and the next
// attempt. A poll cancelled by its context records nothing.
func (p *Poller) fail(ctx context.Context, feed digest.Feed, state digest.FeedState, err error) Result {
	p.errs.Add(1)
	if ctx.Err() != nil {
		return Result{Outcome: OutcomeError, Err: err}
	}
	retry, _ := RetryAfter(err)
	state.Failures++
	state.LastStatus = "error"
	state.LastError = Reason(err)
	state.NextAttempt = p.backoff.next(state.LastPoll, state.Failures, retry)
	if _, serr := p.store.SavePoll(ctx, feed, state, nil, nil); serr != nil {
		err = errors.Join(err, serr)
	}
	return Result{Outcome: OutcomeError, Err: err, NextAttempt: state.NextAttempt}
}

// save analyzes the items the store has not seen and saves the poll.
func (p *Poller) save(ctx context.Context, feed digest.Feed, state digest.FeedState, items []digest.Item) (int, error) {
	ids := make([]string, 0, len(items))
	urls := make([]string, 0, len(items))
	for _, it := range items {
		ids = append(ids, it.ID)
		if it.URL != "" {
			urls = append(urls, it.URL)
		}
	}
	seen, err := p.store.SeenItems(ctx, ids, urls)
	if err != nil {
		return 0, fmt.Errorf("feeds: poll %s: %w", feed.Name, err)
	}
	n, err := p.store.SavePoll(ctx, feed, state, items, p.analyze(items, seen))
	if err != nil {
		return 0, fmt.Errorf("feeds: poll %s: %w", feed.Name, err)
	}
	p.newItems.Add(int64(n))
	return n, nil
}

// analyze runs the analyzer over the items not stored before, on every
// core: items are independent, and a large feed (or the first poll of one)
// would otherwise wait for the sum of its items. The statements come in
// the items' order.
func (p *Poller) analyze(items []digest.Item, seen map[string]bool) []digest.Statement {
	if p.analyzer == nil {
		return nil
	}
	var todo []int
	for i, it := range items {
		if !seen[it.ID] && (it.URL == "" || !seen[it.URL]) {
			todo = append(todo, i)
		}
	}
	found := make([][]digest.Statement, len(items))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(todo)) {
		wg.Go(func() {
			for k := int(next.Add(1)) - 1; k < len(todo); k = int(next.Add(1)) - 1 {
				found[todo[k]] = p.analyzer.Analyze(&items[todo[k]])
			}
		})
	}
	wg.Wait()
	return slices.Concat(found...)
}

func (p *Poller) acquire(ctx context.Context) error {
	select {
	case p.work <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (p *Poller) release() { <-p.work }

// PollAll polls the enabled feeds concurrently, those backing off too if
// force is set, and returns their results in the order given. Fetches are bounded by the fetcher's global and
// per-host limits and parse-and-store work by Options.Concurrency, so a
// slow or broken feed holds only its own slots and never delays feeds on
// other hosts.
func (p *Poller) PollAll(ctx context.Context, feeds []digest.Feed, force bool) []Result {
	var enabled []digest.Feed
	for _, f := range feeds {
		if f.Enabled {
			enabled = append(enabled, f)
		}
	}
	results := make([]Result, len(enabled))
	var wg sync.WaitGroup
	for i, f := range enabled {
		wg.Go(func() { results[i] = p.pollFeed(ctx, f, force) })
	}
	wg.Wait()
	return results
}

func (p *Poller) logResult(r Result) {
	attrs := []any{
		"feed", r.Feed.Name, "url", r.Feed.URL, "outcome", r.Outcome.String(),
		"duration_ms", r.Duration.Milliseconds(),
	}
	switch r.Outcome {
	case OutcomeError:
		attrs = append(attrs, "error", Reason(r.Err))
		if !r.NextAttempt.IsZero() {
			attrs = append(attrs, "next_attempt", r.NextAttempt)
		}
		p.log.Warn("feed poll failed", attrs...)
	case OutcomeSkipped:
		p.log.Debug("feed poll skipped", append(attrs, "next_attempt", r.NextAttempt)...)
	default:
		p.log.Info("feed polled", append(attrs, "new_items", r.NewItems)...)
	}
}

// Reason is an error's message without the wrapping that repeats the
// feed's URL: "http 404 Not Found", "timeout after 30s".
func Reason(err error) string {
	if err == nil {
		return ""
	}
	msg := err.Error()
	for _, prefix := range []string{"feeds: ", "Get \""} {
		if rest, ok := strings.CutPrefix(msg, prefix); ok {
			if _, tail, ok := strings.Cut(rest, ": "); ok {
				msg = tail
			}
		}
	}
	return msg
}
