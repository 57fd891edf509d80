package bot

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseDigestSchedule(t *testing.T) {
	tests := []struct {
		schedule, timezone string
		wantZone           string
		wantErr            string
	}{
		{"0 9 * * *", "", "Local", ""},
		{"CRON_TZ=Europe/Kyiv 0 9 * * *", "", "Europe/Kyiv", ""},
		{"TZ=Asia/Tokyo 30 7 * * 1-5", "", "Asia/Tokyo", ""},
		{"0 9 * * *", "America/New_York", "America/New_York", ""},
		{"CRON_TZ=Europe/Kyiv 0 9 * * *", "America/New_York", "Europe/Kyiv", ""}, // the schedule's own zone wins
		{"@daily", "Europe/Paris", "Europe/Paris", ""},
		{"CRON_TZ=Europe/Kyiv", "", "", "followed by a space"},
		{"CRON_TZ= 0 9 * * *", "", "", "followed by a space"},
		{"CRON_TZ=Mars/Olympus 0 9 * * *", "", "", "Mars/Olympus"},
		{"0 9 * * *", "Mars/Olympus", "", "unknown time zone"},
		{"@every 1h", "", "", "@every"},
		{"0 25 * * *", "", "", "schedule"},
		{"", "", "", "schedule"},
		{"0 9 * *", "", "", "schedule"},
	}
	for _, tt := range tests {
		t.Run(tt.schedule+"|"+tt.timezone, func(t *testing.T) {
			s, err := ParseDigestSchedule(tt.schedule, tt.timezone)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantZone, s.Location().String()); diff != "" {
				t.Errorf("zone (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzParseDigestSchedule(f *testing.F) {
	seeds, err := os.ReadFile("testdata/delivery_schedules.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.Split(string(seeds), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		schedule, timezone, _ := strings.Cut(line, "|")
		f.Add(schedule, timezone)
	}
	f.Fuzz(func(t *testing.T, schedule, timezone string) {
		s, err := ParseDigestSchedule(schedule, timezone)
		if err != nil {
			return
		}
		now := time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC)
		if last := s.Last(now); !last.IsZero() && last.After(now) {
			t.Errorf("Last(%v) = %v, after now", now, last)
		}
	})
}

func TestDigestScheduleLast(t *testing.T) {
	kyiv, err := time.LoadLocation("Europe/Kyiv")
	if err != nil {
		t.Fatal(err)
	}
	at := func(d, h, m int) time.Time { return time.Date(2025, 6, d, h, m, 0, 0, kyiv) }
	tests := []struct {
		schedule string
		now      time.Time
		want     time.Time
	}{
		{"CRON_TZ=Europe/Kyiv 0 9 * * *", at(2, 9, 0), at(2, 9, 0)}, // exactly now counts
		{"CRON_TZ=Europe/Kyiv 0 9 * * *", at(2, 8, 59), at(1, 9, 0)},
		{"CRON_TZ=Europe/Kyiv 0 9 * * *", at(2, 23, 0), at(2, 9, 0)},
		{"CRON_TZ=Europe/Kyiv * * * * *", at(2, 23, 30).Add(30 * time.Second), at(2, 23, 30)},
		{"CRON_TZ=Europe/Kyiv 0 9 * * 1", at(5, 12, 0), at(2, 9, 0)},  // Mondays; 5 June is a Thursday
		{"CRON_TZ=Europe/Kyiv 0 9 1 * *", at(20, 12, 0), at(1, 9, 0)}, // monthly
		{"CRON_TZ=Europe/Kyiv 0 9 1 1 *", at(20, 12, 0), time.Date(2025, 1, 1, 9, 0, 0, 0, kyiv)},
		{"CRON_TZ=Europe/Kyiv 0 9 29 2 *", at(20, 12, 0), time.Time{}}, // 29 February: none within a year
	}
	for _, tt := range tests {
		t.Run(tt.schedule+" at "+tt.now.Format(time.DateTime), func(t *testing.T) {
			s, err := ParseDigestSchedule(tt.schedule, "")
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Last(tt.now); !got.Equal(tt.want) {
				t.Errorf("Last = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	d := &Deliverer{Backoff: time.Minute, MaxBackoff: 10 * time.Minute}
	var got []time.Duration
	for attempt := 1; attempt <= 6; attempt++ {
		got = append(got, d.backoff(attempt))
	}
	want := []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 8 * time.Minute, 10 * time.Minute, 10 * time.Minute}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestNonces(t *testing.T) {
	from := time.Date(2025, 6, 1, 6, 0, 0, 0, time.UTC)
	to := from.Add(24 * time.Hour)
	base := DeliveryNonce("500", from, to)
	if again := DeliveryNonce("500", from.In(time.FixedZone("X", 3600)), to); again != base {
		t.Errorf("nonce depends on the zone of the same instant: %s vs %s", again, base)
	}
	others := []string{DeliveryNonce("501", from, to), DeliveryNonce("500", from, to.Add(time.Second))}
	for _, o := range others {
		if o == base {
			t.Errorf("different deliveries share nonce %s", base)
		}
	}
	if n := MessageNonce(base, 999); len(n) > 25 {
		t.Errorf("nonce %q is %d characters, over Discord's 25", n, len(n))
	}
}
