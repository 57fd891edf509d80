package feeds

import (
	"fmt"
	"strings"

	"github.com/robfig/cron/v3"
)

// parseSchedule is the default Options.ParseSchedule: cron's standard
// parser (five fields, descriptors, CRON_TZ=/TZ= prefix), made safe for
// admin-supplied specs. The parser panics on some inputs ("CRON_TZ=X"
// without a space), so such specs are refused before it sees them, and any
// other panic is turned into an error.
func parseSchedule(spec string) (s cron.Schedule, err error) {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return nil, fmt.Errorf("empty schedule")
	}
	if strings.HasPrefix(spec, "TZ=") || strings.HasPrefix(spec, "CRON_TZ=") {
		if !strings.ContainsAny(spec, " \t") {
			return nil, fmt.Errorf("schedule %q: a time zone prefix must be followed by a space and five fields", spec)
		}
	}
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("schedule %q: %v", spec, r)
		}
	}()
	s, err = cron.ParseStandard(spec)
	if err != nil {
		return nil, fmt.Errorf("schedule %q: %w", spec, err)
	}
	return s, nil
}
