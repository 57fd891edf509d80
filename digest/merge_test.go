package digest

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestMergeKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The withdrawal of Ukrainian troops from Donbas!", "donba troop ukrainian withdrawal"},
		{"swap 1,000 prisoners each", "1000 prisoner swap"},
		{"", ""},
		{"Demands, demands, DEMANDS", "demand"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := MergeKey(tt.in); got != tt.want {
				t.Errorf("MergeKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSameStatement(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Ukraine to withdraw from the Donetsk and Luhansk regions", "Ukraine must withdraw from Donetsk and Luhansk regions", true},
		{"an immediate ceasefire", "an immediate and unconditional ceasefire", true},
		{"Ukraine to withdraw troops from Donbas", "the withdrawal of Ukrainian troops from Donbas", false},
		{"swap 84 prisoners", "swap 146 prisoners", false},
		{"neutral status for Ukraine", "lifting of sanctions", false},
		{"exchange of 1,000 prisoners each", "1,000 prisoners each exchanged", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"|"+tt.b, func(t *testing.T) {
			if got := SameStatement(MergeKey(tt.a), MergeKey(tt.b)); got != tt.want {
				t.Errorf("SameStatement(%q, %q) = %v, want %v", MergeKey(tt.a), MergeKey(tt.b), got, tt.want)
			}
		})
	}
}

func TestMergeStatements(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 6, d, 12, 0, 0, 0, time.UTC) }
	st := func(party string, k Kind, text string, d int, id string, figs ...Figure) Statement {
		return Statement{Party: party, Kind: k, Text: text, Figures: figs, FirstSeen: day(d), LastSeen: day(d),
			Sources: []Source{{ItemID: id, URL: "https://x.example/" + id, Published: day(d)}}}
	}
	in := []Statement{
		st("russia", Demand, "Ukraine to withdraw from the Donetsk and Luhansk regions", 3, "a"),
		st("ukraine", Demand, "an immediate ceasefire", 2, "b"),
		st("russia", Demand, "Ukraine must withdraw from Donetsk and Luhansk regions", 1, "c"),
		st("ukraine", Demand, "an immediate and unconditional ceasefire", 5, "d", Figure{Value: 30, Unit: "days", Text: "30-day"}),
		st("russia", Demand, "Ukraine to withdraw from the Donetsk and Luhansk regions", 3, "a"),
		st("russia", Rejection, "an immediate ceasefire", 4, "e"),
		st("russia", Demand, "no foreign troops", 6, "f"),
		st("russia", Demand, "Ukrainian forces to leave Donbas, no foreign troops may be stationed in Ukraine", 6, "f"),
	}
	got := MergeStatements(in)
	want := []Statement{
		{Party: "russia", Kind: Demand, Text: "Ukraine to withdraw from the Donetsk and Luhansk regions", FirstSeen: day(1), LastSeen: day(3),
			Sources: []Source{in[0].Sources[0], in[2].Sources[0]}},
		// The text with figures wins over the first, which has none.
		{Party: "ukraine", Kind: Demand, Text: "an immediate and unconditional ceasefire", FirstSeen: day(2), LastSeen: day(5),
			Figures: []Figure{{Value: 30, Unit: "days", Text: "30-day"}},
			Sources: []Source{in[1].Sources[0], in[3].Sources[0]}},
		{Party: "russia", Kind: Rejection, Text: "an immediate ceasefire", FirstSeen: day(4), LastSeen: day(4), Sources: in[5].Sources},
		// A headline's short wording gives way to the list it is part of.
		{Party: "russia", Kind: Demand, Text: "Ukrainian forces to leave Donbas, no foreign troops may be stationed in Ukraine",
			FirstSeen: day(6), LastSeen: day(6), Sources: in[6].Sources},
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b []Figure) bool { return cmp.Equal(len(a), len(b)) && (len(a) == 0 || cmp.Equal(a, b)) })); diff != "" {
		t.Errorf("MergeStatements (-want +got):\n%s", diff)
	}
}
