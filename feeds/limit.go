package feeds

import (
	"context"
	"strings"
	"sync"
)

// limiter bounds concurrent fetches: a global semaphore, and one per host.
// A fetch takes its host's slot before a global one, so fetches queued
// behind a slow host never hold global slots that other hosts could use.
type limiter struct {
	global  chan struct{}
	perHost int

	mu    sync.Mutex
	hosts map[string]*hostSlots
}

// hostSlots is one host's semaphore with a count of its users, so idle
// hosts are forgotten.
type hostSlots struct {
	sem   chan struct{}
	users int
}

func newLimiter(global, perHost int) *limiter {
	return &limiter{global: make(chan struct{}, global), perHost: perHost, hosts: map[string]*hostSlots{}}
}

// acquire waits for a slot for host and returns its release function.
func (l *limiter) acquire(ctx context.Context, host string) (release func(), err error) {
	host = strings.ToLower(host)
	l.mu.Lock()
	h := l.hosts[host]
	if h == nil {
		h = &hostSlots{sem: make(chan struct{}, l.perHost)}
		l.hosts[host] = h
	}
	h.users++
	l.mu.Unlock()

	forget := func() {
		l.mu.Lock()
		if h.users--; h.users == 0 {
			delete(l.hosts, host)
		}
		l.mu.Unlock()
	}
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		forget()
		return nil, ctx.Err()
	}
	select {
	case l.global <- struct{}{}:
	case <-ctx.Done():
		<-h.sem
		forget()
		return nil, ctx.Err()
	}
	return func() {
		<-l.global
		<-h.sem
		forget()
	}, nil
}
