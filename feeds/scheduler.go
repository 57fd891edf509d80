package feeds

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/parley-bot/parley/digest"
)

// Scheduler polls each enabled feed on its cron schedule. Every job is
// wrapped so that a panic is recovered and logged, and a poll still
// running when its next turn comes is skipped rather than doubled.
type Scheduler struct {
	poller      *Poller
	log         *slog.Logger
	cron        *cron.Cron
	parse       func(string) (cron.Schedule, error)
	defaultSpec string

	ctx    context.Context // polls run under it; Stop cancels it when its own context ends
	cancel context.CancelFunc

	mu   sync.Mutex
	jobs map[string]job // by feed URL
}

// job is one scheduled feed.
type job struct {
	id   cron.EntryID
	feed digest.Feed
	spec string
}

// Job is a scheduled feed, as Jobs reports it.
type Job struct {
	Feed     digest.Feed
	Schedule string    // the spec in effect (the feed's, or the default)
	Next     time.Time // the next poll; zero while the scheduler is stopped
}

// NewScheduler returns a stopped Scheduler with no feeds. Feeds without a
// schedule use the fetcher's Options.DefaultSchedule, and specs are
// checked with its Options.ParseSchedule.
func NewScheduler(p *Poller, log *slog.Logger) *Scheduler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cl := cronLogger{log}
	ctx, cancel := context.WithCancel(context.Background())
	return &Scheduler{
		poller:      p,
		log:         log,
		cron:        cron.New(cron.WithLogger(cl), cron.WithChain(cron.Recover(cl), cron.SkipIfStillRunning(cl))),
		parse:       p.fetcher.opts.ParseSchedule,
		defaultSpec: p.fetcher.opts.DefaultSchedule,
		ctx:         ctx,
		cancel:      cancel,
		jobs:        map[string]job{},
	}
}

// Set makes the scheduled feeds exactly the enabled ones of feeds: new
// feeds are added, removed or disabled ones dropped, and feeds whose name
// or schedule changed are rescheduled; a running poll is not interrupted.
// Every schedule is checked first: if any is invalid (or two enabled feeds
// share a URL), Set changes nothing and returns all the problems.
func (s *Scheduler) Set(feeds []digest.Feed) error {
	type planned struct {
		feed  digest.Feed
		spec  string
		sched cron.Schedule
	}
	want := map[string]planned{}
	var errs []error
	for _, f := range feeds {
		if !f.Enabled {
			continue
		}
		spec := cmp.Or(strings.TrimSpace(f.Schedule), s.defaultSpec)
		sched, err := s.parse(spec)
		if err != nil {
			errs = append(errs, fmt.Errorf("feed %q: schedule %q: %w", f.Name, spec, err))
			continue
		}
		if prev, dup := want[f.URL]; dup {
			errs = append(errs, fmt.Errorf("feeds %q and %q have the same URL %s", prev.feed.Name, f.Name, f.URL))
			continue
		}
		want[f.URL] = planned{f, spec, sched}
	}
	if len(errs) > 0 {
		return fmt.Errorf("feeds: schedule: %w", errors.Join(errs...))
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	for url, j := range s.jobs {
		if w, ok := want[url]; !ok || w.feed != j.feed || w.spec != j.spec {
			s.cron.Remove(j.id)
			delete(s.jobs, url)
		}
	}
	for url, w := range want {
		if _, ok := s.jobs[url]; ok {
			continue
		}
		feed := w.feed
		id := s.cron.Schedule(w.sched, cron.FuncJob(func() { s.poller.Poll(s.ctx, feed) }))
		s.jobs[url] = job{id: id, feed: feed, spec: w.spec}
		s.log.Debug("feed scheduled", "feed", feed.Name, "url", url, "schedule", w.spec)
	}
	return nil
}

// Jobs lists the scheduled feeds, by name.
func (s *Scheduler) Jobs() []Job {
	s.mu.Lock()
	defer s.mu.Unlock()
	entries := s.entries()
	out := make([]Job, 0, len(s.jobs))
	for _, j := range s.jobs {
		out = append(out, Job{Feed: j.feed, Schedule: j.spec, Next: entries[j.id].Next})
	}
	slices.SortFunc(out, func(a, b Job) int { return cmp.Compare(a.Feed.Name, b.Feed.Name) })
	return out
}

// Start starts running scheduled polls in the background.
func (s *Scheduler) Start() { s.cron.Start() }

// PollNow starts one poll of every scheduled feed at once, in the
// background, as if each feed's time had come: a daemon that starts (or
// restarts) catches up without waiting a whole schedule period. The polls
// go through the same job wrappers as scheduled ones, so a feed whose poll
// is already running is skipped, not doubled, and feeds still backing off
// are left alone.
func (s *Scheduler) PollNow() {
	s.mu.Lock()
	defer s.mu.Unlock()
	entries := s.entries()
	for _, j := range s.jobs {
		if e, ok := entries[j.id]; ok {
			go e.WrappedJob.Run()
		}
	}
}

// entries is one snapshot of cron's entries by ID. (cron.Entry(id) copies
// every entry to find one: called per job, it is quadratic.)
func (s *Scheduler) entries() map[cron.EntryID]cron.Entry {
	all := s.cron.Entries()
	m := make(map[cron.EntryID]cron.Entry, len(all))
	for _, e := range all {
		m[e.ID] = e
	}
	return m
}

// Stop stops scheduling new polls and waits for running ones to finish;
// if ctx ends first, it cancels them, waits for them to return, and
// returns ctx's error.
func (s *Scheduler) Stop(ctx context.Context) error {
	done := s.cron.Stop()
	select {
	case <-done.Done():
		s.cancel()
		return nil
	case <-ctx.Done():
		s.cancel()
		<-done.Done()
		return ctx.Err()
	}
}

// cronLogger sends cron's logs to slog: its chatter (wake, run, skip) at
// debug level, its errors (recovered panics) at error level.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, keysAndValues ...any) {
	l.log.Debug("cron: "+msg, keysAndValues...)
}

func (l cronLogger) Error(err error, msg string, keysAndValues ...any) {
	l.log.Error("cron: "+msg, append(keysAndValues, "error", err)...)
}
