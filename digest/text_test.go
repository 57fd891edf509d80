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

func TestItemTextEndsTitle(t *testing.T) {
	for _, title := range []string{
		"Kyiv sets its terms",
		"Has Moscow moved?",
		`Lavrov says guarantees must come "as orders from Washington"`,
		"Lavrov: “we are ready”",
		`Peskov: "We are ready."`,
	} {
		t.Run(title, func(t *testing.T) {
			it := Item{Title: title, Summary: "Envoys met.", Content: "Talks resumed."}
			if got, want := it.Text(), title+"\nEnvoys met.\nTalks resumed."; got != want {
				t.Errorf("Text() = %q, want %q", got, want)
			}
			var got []string
			var opens []bool
			eachSentence(it.Text(), DefaultMaxText, func(s string, o bool, _ string) { got, opens = append(got, s), append(opens, o) })
			if len(got) != 3 || !opens[0] || !opens[1] || !opens[2] {
				t.Errorf("sentences = %q opening lines %v, want the title, the summary and the text apart, each opening its line", got, opens)
			}
		})
	}
}
