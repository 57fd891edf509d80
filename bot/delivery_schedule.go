package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// DigestSchedule is a subscription's parsed schedule: when digests are due
// and the zone their periods are read in.
type DigestSchedule struct {
	spec *cron.SpecSchedule
}

// ParseDigestSchedule checks and parses a subscription's schedule: a cron
// spec of five fields or a descriptor (@daily, @weekly...), with an optional
// CRON_TZ=Area/City prefix; timezone, when not empty, is the zone of a
// schedule without a prefix (as in config.Subscription.Spec).
// @every is refused: a digest period ends at a wall-clock time. Safe on any
// input (robfig/cron panics on some malformed prefixes; they are refused
// before parsing).
func ParseDigestSchedule(schedule, timezone string) (ds DigestSchedule, err error) {
	defer func() {
		if r := recover(); r != nil {
			ds, err = DigestSchedule{}, fmt.Errorf("schedule %q: %v", schedule, r)
		}
	}()
	spec := strings.TrimSpace(schedule)
	if rest, ok := cutTZPrefix(spec); ok {
		zone, tail, found := strings.Cut(rest, " ")
		if !found || zone == "" || strings.TrimSpace(tail) == "" {
			return DigestSchedule{}, fmt.Errorf("schedule %q: want CRON_TZ=Area/City followed by a space and a cron spec", schedule)
		}
	} else if timezone != "" {
		if _, err := time.LoadLocation(timezone); err != nil || strings.ContainsAny(timezone, " \t") {
			return DigestSchedule{}, fmt.Errorf("unknown time zone %q", timezone)
		}
		spec = "CRON_TZ=" + timezone + " " + spec
	}
	if strings.Contains(spec, "@every") {
		return DigestSchedule{}, fmt.Errorf("schedule %q: @every has no time of day; use a cron spec such as \"0 9 * * *\"", schedule)
	}
	parsed, err := cron.ParseStandard(spec)
	if err != nil {
		return DigestSchedule{}, fmt.Errorf("schedule %q: %w", schedule, err)
	}
	s, ok := parsed.(*cron.SpecSchedule)
	if !ok {
		return DigestSchedule{}, fmt.Errorf("schedule %q: not a time-of-day schedule", schedule)
	}
	return DigestSchedule{spec: s}, nil
}

func cutTZPrefix(spec string) (string, bool) {
	if rest, ok := strings.CutPrefix(spec, "CRON_TZ="); ok {
		return rest, true
	}
	return strings.CutPrefix(spec, "TZ=")
}

// Location is the zone the schedule is read in.
func (s DigestSchedule) Location() *time.Location { return s.spec.Location }

// Next is the first scheduled time after t.
func (s DigestSchedule) Next(t time.Time) time.Time { return s.spec.Next(t) }

// lookBack are the windows searched, shortest first, for the latest
// scheduled time: an hour covers frequent schedules in few steps, a year
// the rarest.
var lookBack = []time.Duration{time.Hour, 25 * time.Hour, 8 * 24 * time.Hour, 32 * 24 * time.Hour, 367 * 24 * time.Hour}

// Last is the latest scheduled time at or before now, or the zero time when
// there was none within a year.
func (s DigestSchedule) Last(now time.Time) time.Time {
	for _, back := range lookBack {
		t := s.spec.Next(now.Add(-back))
		if t.IsZero() || t.After(now) {
			continue
		}
		for {
			n := s.spec.Next(t)
			if n.IsZero() || n.After(now) {
				return t
			}
			t = n
		}
	}
	return time.Time{}
}
