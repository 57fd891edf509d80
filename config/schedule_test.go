package config

import (
	"strings"
	"testing"
	"time"

	"github.com/robfig/cron/v3"
)

func TestParseSchedule(t *testing.T) {
	from := time.Date(2025, 6, 2, 5, 0, 0, 0, time.UTC)
	tests := []struct {
		spec    string
		next    time.Time // first activation after from; zero: not checked
		wantErr string    // substring; empty: no error
	}{
		{spec: "0 9 * * *"},
		{spec: "@every 30m", next: from.Add(30 * time.Minute)},
		{spec: "CRON_TZ=Europe/Kyiv 0 9 * * *", next: time.Date(2025, 6, 2, 6, 0, 0, 0, time.UTC)},
		{spec: "TZ=UTC 0 9 * * *", next: time.Date(2025, 6, 2, 9, 0, 0, 0, time.UTC)},
		{spec: "  CRON_TZ=UTC   */15 * * * * ", next: time.Date(2025, 6, 2, 5, 15, 0, 0, time.UTC)},
		{spec: "", wantErr: "empty schedule"},
		{spec: "CRON_TZ=Europe/Kyiv", wantErr: "CRON_TZ= must be followed by a zone, a space and the schedule"},
		{spec: "TZ=UTC", wantErr: "TZ= must be followed"},
		{spec: "CRON_TZ=UTC ", wantErr: "CRON_TZ= must be followed"},
		{spec: "TZ=UTC\t0 9 * * *", wantErr: "TZ= must be followed"},
		{spec: "CRON_TZ= 0 9 * * *", wantErr: "CRON_TZ= names no time zone"},
		{spec: "CRON_TZ=Mars/Olympus 0 9 * * *", wantErr: `unknown time zone "Mars/Olympus"`},
		{spec: "CRON_TZ=../../etc/passwd 0 9 * * *", wantErr: "unknown time zone"},
		{spec: "0 9 * *", wantErr: "expected exactly 5 fields"},
		{spec: "0 0 9 * * *", wantErr: "expected exactly 5 fields"},
		{spec: "@fortnightly", wantErr: "unrecognized descriptor"},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			sched, err := ParseSchedule(tt.spec)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseSchedule(%q) error = %v, want one containing %q", tt.spec, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseSchedule(%q): %v", tt.spec, err)
			}
			if !tt.next.IsZero() {
				if got := sched.Next(from); !got.Equal(tt.next) {
					t.Errorf("Next(%v) = %v, want %v", from, got, tt.next)
				}
			}
		})
	}
}

// The raw parser panics on a zone prefix without a space; this test keeps
// the reason for ParseSchedule's checks on record.
func TestRawParserPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("robfig/cron no longer panics on \"CRON_TZ=UTC\": the pre-checks in ParseSchedule may be relaxed")
		}
	}()
	_, _ = cron.ParseStandard("CRON_TZ=UTC")
}
