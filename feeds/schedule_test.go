package feeds

import "testing"

func TestParseSchedule(t *testing.T) {
	tests := []struct {
		spec string
		ok   bool
	}{
		{"*/15 * * * *", true},
		{"@hourly", true},
		{"CRON_TZ=Europe/Kyiv 0 9 * * *", true},
		{"TZ=UTC 0 9 * * *", true},
		{"CRON_TZ=Europe/Kyiv", false}, // panics inside cron's parser
		{"TZ=", false},
		{"CRON_TZ=Nowhere/City 0 9 * * *", false},
		{"61 * * * *", false},
		{"* * *", false},
		{"", false},
		{"   ", false},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			s, err := parseSchedule(tt.spec)
			if (err == nil) != tt.ok || (s != nil) != tt.ok {
				t.Errorf("parseSchedule(%q) = %v, %v; want ok=%v", tt.spec, s, err, tt.ok)
			}
		})
	}
}
