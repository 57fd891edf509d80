package feeds

import "testing"

func TestRepairMojibake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"State Dept. Says Moscowâ€™s Ukraine Diplomacy Was a â€˜Pretenseâ€™", "State Dept. Says Moscow’s Ukraine Diplomacy Was a ‘Pretense’"},
		{"cafÃ© in ZÃ¼rich", "café in Zürich"},
		{"Kennedyâ€™s", "Kennedy’s"},
		// Clean text never changes, whatever it holds.
		{"Moscow’s “terms” — café, Zürich, Україна, Київ", "Moscow’s “terms” — café, Zürich, Україна, Київ"},
		{"plain ASCII", "plain ASCII"},
		{"Âge and â alone", "Âge and â alone"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := repairMojibake(tt.in); got != tt.want {
			t.Errorf("repairMojibake(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
