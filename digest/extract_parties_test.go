package digest

import (
	"slices"
	"testing"
)

func TestMentionsInText(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The Kremlin and the EU disagree.", []string{"russia", "europe"}},
		{"The bloc insists on a ceasefire.", []string{"europe"}},
		{"Ukraine stays outside any military bloc.", []string{"ukraine"}}, // a bloc, not the bloc
		{"US envoys met Putin.", []string{"us", "russia"}},
		{"A negotiator told us nothing.", nil}, // the pronoun, not the party id "us"
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, m := range mentions(nil, tokenizeInto(nil, tc.text, a.ext.voc)) {
				got = append(got, m.party)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("mentions(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestShortIDMatchesAnyCase(t *testing.T) {
	topic := DefaultTopic()
	topic.Parties = append(topic.Parties, Party{ID: "iran", Name: "Iran"})
	a, err := NewAnalyzer(topic)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range mentions(nil, tokenizeInto(nil, "Iran and the US talked; officials told us nothing.", a.ext.voc)) {
		got = append(got, m.party)
	}
	// A short id written as a name ("Iran") is a name like any other; only
	// an id alone ("us") is read in capitals.
	if want := []string{"iran", "us"}; !slices.Equal(got, want) {
		t.Errorf("mentions = %v, want %v", got, want)
	}
}
