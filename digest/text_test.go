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
	tests := []struct {
		title, want string
	}{
		{"Kyiv sets its terms", "Kyiv sets its terms. Talks resumed."},
		{"Has Moscow moved?", "Has Moscow moved? Talks resumed."},
		{`Lavrov says guarantees must come "as orders from Washington"`, `Lavrov says guarantees must come "as orders from Washington". Talks resumed.`},
		{"Lavrov: “we are ready”", "Lavrov: “we are ready”. Talks resumed."},
		{`Peskov: "We are ready."`, `Peskov: "We are ready." Talks resumed.`},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if got := (Item{Title: tt.title, Content: "Talks resumed."}).Text(); got != tt.want {
				t.Errorf("Text() = %q, want %q", got, tt.want)
			}
			if got := splitSentences((Item{Title: tt.title, Content: "Talks resumed."}).Text(), DefaultMaxText); len(got) != 2 {
				t.Errorf("sentences = %q, want the title and the text apart", got)
			}
		})
	}
}
