package config

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/robfig/cron/v3"
)

// cronParser accepts five-field specs and descriptors ("@hourly",
// "@every 30m"), the form every schedule in parley uses.
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// zonePrefixes are the time zone prefixes robfig/cron understands.
var zonePrefixes = []string{"CRON_TZ=", "TZ="}

func hasZonePrefix(spec string) bool {
	for _, p := range zonePrefixes {
		if strings.HasPrefix(spec, p) {
			return true
		}
	}
	return false
}

// ParseSchedule parses a cron spec: five fields (minute hour day-of-month
// month day-of-week) or a descriptor, optionally prefixed with
// "CRON_TZ=Area/City " (or "TZ=Area/City "). Without a prefix the schedule
// runs in the process's local time zone.
//
// It never panics: the zone prefix is checked (a space must follow the
// zone, and the zone must load) before robfig/cron sees the spec, and any
// panic inside the parser becomes an error.
func ParseSchedule(spec string) (sched cron.Schedule, err error) {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return nil, errors.New("empty schedule")
	}
	for _, p := range zonePrefixes {
		if !strings.HasPrefix(spec, p) {
			continue
		}
		zone, rest, ok := strings.Cut(spec[len(p):], " ")
		if !ok || strings.TrimSpace(rest) == "" || strings.IndexFunc(zone, unicode.IsSpace) >= 0 {
			return nil, fmt.Errorf("%s must be followed by a zone, a space and the schedule (%sEurope/Kyiv 0 9 * * *)", p, p)
		}
		if zone == "" {
			return nil, fmt.Errorf("%s names no time zone", p)
		}
		if _, err := time.LoadLocation(zone); err != nil {
			return nil, fmt.Errorf("unknown time zone %q", zone)
		}
		break
	}
	defer func() {
		if r := recover(); r != nil {
			sched, err = nil, fmt.Errorf("invalid schedule %q: %v", spec, r)
		}
	}()
	sched, err = cronParser.Parse(spec)
	if err != nil {
		return nil, fmt.Errorf("invalid schedule %q: %w", spec, err)
	}
	return sched, nil
}
