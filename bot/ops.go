package bot

import (
	"context"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Pinger is a store that can tell whether it answers.
type Pinger interface {
	Ping(ctx context.Context) error
}

// Readiness is what /readyz checks. Store is required; Discord and
// LastPoll are checked only when set (no token: no Discord check; no feeds:
// no poll check).
type Readiness struct {
	Store Pinger
	// Discord reports whether the gateway session is connected (see
	// SessionConnected).
	Discord func() bool
	// LastPoll returns the time of the last successful feed poll.
	LastPoll func(ctx context.Context) (time.Time, error)
	// MaxPollAge is how old the last successful poll may be (default 1h);
	// a process is given that long after its start to poll once.
	MaxPollAge time.Duration
	// Started is when the process started (default: when Ops was called).
	Started time.Time
	Now     func() time.Time // default time.Now
	// Timeout bounds the checks of one request (default 2s).
	Timeout time.Duration
}

// SessionConnected reports whether a discordgo session is connected to
// the gateway (false for a nil session: before Bot.Start), for
// Readiness.Discord:
//
//	r.Discord = func() bool { return bot.SessionConnected(b.Session()) }
func SessionConnected(s *discordgo.Session) bool {
	if s == nil {
		return false
	}
	s.RLock()
	defer s.RUnlock()
	return s.DataReady
}

// check is one line of the /readyz report.
type check struct {
	OK    bool   `json:"ok"`
	Error string `json:"error,omitempty"`
	// Poll check only.
	LastSuccess   *time.Time `json:"last_success,omitempty"`
	AgeSeconds    *float64   `json:"age_seconds,omitempty"`
	MaxAgeSeconds float64    `json:"max_age_seconds,omitempty"`
}

// readyReport is the /readyz body.
type readyReport struct {
	Ready  bool             `json:"ready"`
	Checks map[string]check `json:"checks"`
}

// Ops serves parley's operations endpoints:
//
//   - GET /healthz: 200 {"status":"ok"} while the process serves HTTP.
//   - GET /readyz: 200 when every check passes, else 503; the JSON body
//     lists each check (store, discord, poll), with the poll's age.
//   - GET /metrics: the metrics handler (Prometheus), when not nil.
func Ops(r Readiness, metrics http.Handler) http.Handler {
	if r.Started.IsZero() {
		r.Started = time.Now()
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, req *http.Request) {
		rep := r.report(req.Context())
		status := http.StatusOK
		if !rep.Ready {
			status = http.StatusServiceUnavailable
		}
		writeJSON(w, status, rep)
	})
	if metrics != nil {
		mux.Handle("GET /metrics", metrics)
	}
	return mux
}

func (r Readiness) report(ctx context.Context) readyReport {
	ctx, cancel := context.WithTimeout(ctx, orDefault(r.Timeout, 2*time.Second))
	defer cancel()
	rep := readyReport{Ready: true, Checks: map[string]check{}}
	add := func(name string, c check) {
		rep.Checks[name] = c
		rep.Ready = rep.Ready && c.OK
	}
	if r.Store == nil {
		add("store", check{Error: "no store"})
	} else if err := r.Store.Ping(ctx); err != nil {
		add("store", check{Error: err.Error()})
	} else {
		add("store", check{OK: true})
	}
	if r.Discord != nil {
		if r.Discord() {
			add("discord", check{OK: true})
		} else {
			add("discord", check{Error: "gateway session not connected"})
		}
	}
	if r.LastPoll != nil {
		add("poll", r.pollCheck(ctx))
	}
	return rep
}

// pollCheck passes when the last successful poll (or, before the first,
// the start) is at most MaxPollAge old.
func (r Readiness) pollCheck(ctx context.Context) check {
	maxAge := orDefault(r.MaxPollAge, time.Hour)
	c := check{MaxAgeSeconds: maxAge.Seconds()}
	last, err := r.LastPoll(ctx)
	if err != nil {
		c.Error = err.Error()
		return c
	}
	now := time.Now()
	if r.Now != nil {
		now = r.Now()
	}
	// Before the first success of this run, the start is the reference:
	// a process just started is given MaxPollAge to poll.
	since := r.Started
	if !last.IsZero() {
		c.LastSuccess = &last
		age := now.Sub(last).Seconds()
		c.AgeSeconds = &age
		if last.After(since) {
			since = last
		}
	}
	c.OK = now.Sub(since) <= maxAge
	if !c.OK {
		if last.IsZero() {
			c.Error = "no successful poll yet"
		} else {
			c.Error = "last successful poll too old"
		}
	}
	return c
}
