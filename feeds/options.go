package feeds

import (
	"time"

	"github.com/robfig/cron/v3"
)

// Options configure fetching and polling. Zero fields take the defaults
// listed with each field.
type Options struct {
	// Timeout bounds one fetch, from the first byte sent to the last byte
	// of the body read (default 30s). Waiting for a concurrency slot does
	// not count.
	Timeout time.Duration
	// MaxBodyBytes caps a feed body, after decompression (default 10 MiB).
	MaxBodyBytes int64
	// UserAgent is sent with every request (default DefaultUserAgent).
	UserAgent string
	// MaxRedirects is how many redirects one fetch follows (default 5).
	MaxRedirects int
	// AllowPrivate lets the fetcher reach loopback, private, link-local and
	// other non-public addresses (tests, intranets). Off by default.
	AllowPrivate bool
	// PerHost bounds concurrent fetches to one host (default 2).
	PerHost int
	// Concurrency bounds concurrent fetches overall, and concurrent
	// parse-and-store work in the poller (default 8).
	Concurrency int

	// BackoffBase is the delay after a feed's first failure; it doubles
	// with each further failure (default 1 minute), with jitter.
	BackoffBase time.Duration
	// BackoffMax caps the backoff delay (default 6 hours).
	BackoffMax time.Duration

	// DefaultSchedule is the cron spec of feeds that name none
	// (default "*/15 * * * *").
	DefaultSchedule string
	// ParseSchedule checks and parses a cron spec; it must not panic. The
	// default accepts the standard five fields, descriptors such as
	// "@hourly" and a CRON_TZ= or TZ= prefix.
	ParseSchedule func(spec string) (cron.Schedule, error)
}

// DefaultUserAgent names parley honestly and says where to read about it.
const DefaultUserAgent = "parley/0.1 (+https://github.com/parley-bot/parley; news digest bot)"

// DefaultSchedule polls a feed every quarter of an hour.
const DefaultSchedule = "*/15 * * * *"

// withDefaults returns o with every zero field set to its default.
func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 10 << 20
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 5
	}
	if o.PerHost <= 0 {
		o.PerHost = 2
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 8
	}
	if o.BackoffBase <= 0 {
		o.BackoffBase = time.Minute
	}
	if o.BackoffMax <= 0 {
		o.BackoffMax = 6 * time.Hour
	}
	if o.DefaultSchedule == "" {
		o.DefaultSchedule = DefaultSchedule
	}
	if o.ParseSchedule == nil {
		o.ParseSchedule = parseSchedule
	}
	return o
}
