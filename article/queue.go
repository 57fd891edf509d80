package article

import (
	"context"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/parley-bot/parley/store"
)

// fill marks the items not to be read as skipped, then takes pending items
// from the store into the queue, up to Options.MaxQueued in it at once,
// and returns how many it added. Items already in the queue, and those in
// seen when seen is not nil (which it then records), are left out.
func (r *Reader) fill(ctx context.Context, seen map[string]bool) (int, error) {
	skipped, err := r.store.SkipPages(ctx, r.o.MinChars)
	if err != nil {
		return 0, err
	}
	r.count.skipped.Add(int64(skipped))

	r.mu.Lock()
	busy := len(r.inflight)
	r.mu.Unlock()
	if busy >= r.o.MaxQueued {
		return 0, nil
	}
	// Items in the queue are "queued" in the store and come back too.
	q := store.PageQuery{MinChars: r.o.MinChars, Limit: r.o.MaxQueued}
	if r.o.MaxAge > 0 {
		q.Since = time.Now().Add(-r.o.MaxAge)
	}
	jobs, err := r.store.PendingPages(ctx, q)
	if err != nil {
		return 0, err
	}
	r.mu.Lock()
	fresh := jobs[:0]
	for _, j := range jobs {
		if r.inflight[j.Item.ID] || seen[j.Item.ID] || len(r.inflight) >= r.o.MaxQueued {
			continue
		}
		if seen != nil {
			seen[j.Item.ID] = true
		}
		r.inflight[j.Item.ID] = true
		fresh = append(fresh, j)
	}
	r.mu.Unlock()
	if len(fresh) == 0 {
		return 0, nil
	}
	ids := make([]string, len(fresh))
	for i, j := range fresh {
		ids[i] = j.Item.ID
	}
	if err := r.store.QueuePages(ctx, ids); err != nil {
		r.mu.Lock()
		for _, id := range ids {
			delete(r.inflight, id)
		}
		r.mu.Unlock()
		return 0, err
	}
	r.enqueue(ctx, fresh)
	return len(fresh), nil
}

// enqueue adds jobs to their hosts' queues, starting a worker for each host
// that has none.
func (r *Reader) enqueue(ctx context.Context, jobs []store.PageJob) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, j := range jobs {
		host := hostOf(j.Item.URL)
		q, running := r.hosts[host]
		r.hosts[host] = append(q, j)
		if !running {
			r.workers.Add(1)
			go r.work(ctx, host)
		}
	}
}

// work reads the pages of one host, one after the other, until its queue
// is empty or ctx ends (jobs left then stay "queued" in the store).
func (r *Reader) work(ctx context.Context, host string) {
	defer r.workers.Done()
	for {
		r.mu.Lock()
		q := r.hosts[host]
		if len(q) == 0 || ctx.Err() != nil {
			for _, j := range q {
				delete(r.inflight, j.Item.ID)
			}
			delete(r.hosts, host)
			r.mu.Unlock()
			return
		}
		job := q[0]
		r.hosts[host] = q[1:]
		r.mu.Unlock()

		r.process(ctx, job)

		r.mu.Lock()
		delete(r.inflight, job.Item.ID)
		r.mu.Unlock()
	}
}

// hostOf returns the lower-cased host (with its port, if any) of a URL, ""
// when it has none: the unit of politeness and of the per-host queues.
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Host)
}

// politeness spaces the requests to each host: Delay apart (or the host's
// Crawl-delay), and not before a time the host asked for with Retry-After.
type politeness struct {
	delay time.Duration

	mu    sync.Mutex
	hosts map[string]*hostPace
}

type hostPace struct {
	next  time.Time     // earliest time of the next request
	delay time.Duration // the host's own Crawl-delay
}

func newPoliteness(delay time.Duration) *politeness {
	return &politeness{delay: delay, hosts: map[string]*hostPace{}}
}

func (p *politeness) pace(host string) *hostPace {
	h := p.hosts[host]
	if h == nil {
		h = &hostPace{}
		p.hosts[host] = h
	}
	return h
}

// setCrawlDelay records a host's robots.txt Crawl-delay.
func (p *politeness) setCrawlDelay(host string, d time.Duration) {
	p.mu.Lock()
	p.pace(host).delay = d
	p.mu.Unlock()
}

// pauseUntil keeps requests off host until t (Retry-After).
func (p *politeness) pauseUntil(host string, t time.Time) {
	p.mu.Lock()
	h := p.pace(host)
	if t.After(h.next) {
		h.next = t
	}
	p.mu.Unlock()
}

// pausedError is wait's error for a host that asked to be left alone for
// longer than maxPause.
type pausedError struct{ until time.Time }

func (e *pausedError) Error() string { return "host asked to retry later" }

// wait blocks until a request to host is allowed and books the next slot;
// it returns a *pausedError instead of waiting longer than maxPause, and
// ctx's error when ctx ends first. Only one worker serves a host at a time,
// so no one else books it meanwhile.
func (p *politeness) wait(ctx context.Context, host string, maxPause time.Duration) error {
	p.mu.Lock()
	h := p.pace(host)
	next := h.next
	p.mu.Unlock()
	d := time.Until(next)
	if d > maxPause {
		return &pausedError{until: next}
	}
	if d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	p.mu.Lock()
	h.next = time.Now().Add(max(p.delay, h.delay))
	p.mu.Unlock()
	return nil
}
