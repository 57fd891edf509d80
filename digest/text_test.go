package digest

import "testing"

func TestContainsFold(t *testing.T) {
	tests := []struct {
		s, sub string
		want   bool
	}{
		{"Russia DEMANDS a truce", "demands a", true},
		{"Russia demands", "", true},
		{"short", "longer than s", false},
		{"Kyiv said no", "yes", false},
		{"Переговоры в Стамбуле", "стамбуле", true},
		{"ends with Truce", "truce", true},
	}
	for _, tt := range tests {
		t.Run(tt.sub, func(t *testing.T) {
			if got := containsFold(tt.s, tt.sub); got != tt.want {
				t.Errorf("containsFold(%q, %q) = %v, want %v", tt.s, tt.sub, got, tt.want)
			}
		})
	}
}
