package feeds

import (
	"testing"
	"time"
)

func TestParseLooseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, or "" for unreadable
	}{
		{"Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24T22:42:40Z"},
		{"mar., 3 juin 2025 09:30:00 +0200", "2025-06-03T07:30:00Z"},
		{"3 июня 2025 10:00", "2025-06-03T10:00:00Z"},
		{"Пн, 2 червня 2025 18:00:00 +0300", "2025-06-02T15:00:00Z"},
		{"Mi, 4 Dez. 2024", "2024-12-04T00:00:00Z"},
		{"sometime last spring", ""},
		{"2 Smarch 2025", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parseLooseDate(tt.in)
			if tt.want == "" {
				if ok {
					t.Errorf("parseLooseDate(%q) = %v, want no date", tt.in, got)
				}
				return
			}
			if !ok || got.UTC().Format(time.RFC3339) != tt.want {
				t.Errorf("parseLooseDate(%q) = %v, %v; want %s", tt.in, got.UTC(), ok, tt.want)
			}
		})
	}
}
