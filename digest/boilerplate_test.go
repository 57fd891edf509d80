package digest

import "testing"

func TestBoilerplate(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Advertisement", true},
		{"Story continues below advertisement", true},
		{"SHARE THIS ARTICLE", true},
		{"Read more: Kremlin says the memorandum is ready", true},
		{"RELATED: The war in maps", true},
		{"Topics: Russia, Ukraine, Diplomacy", true},
		{"(Reporting by Jane Roe in Kyiv and John Doe in Moscow; Editing by Sam Poe)", true},
		{"14:32 GMT", true},
		{"2:15 p.m. ET", true},
		{"Updated 2 hours ago", true},
		{"Last updated: 14:05 BST, 2 June 2025", true},
		{"Umerov arrives at the palace. (AP Photo/Staff)", true},
		{"Delegations arrive for the talks in Istanbul. Photo: A. Kaya/Agency", true},
		{"Sharif and Stocker in Vienna on Feb 16, 2026. — AFP", true},
		{"Medinsky speaks to reporters after the meeting on Friday. REUTERS/Staff", true},
		// the story itself
		{"June 2, 2025", false},
		{"Russia demands that Ukraine withdraw from Donbas.", false},
		{"Read the memorandum and you see what Moscow wants: the four regions.", false},
		{"More prisoners will be exchanged next week, Umerov said.", false},
		{"Photo opportunities aside, the talks lasted barely an hour.", false},
		{"The 14:00 deadline passed without an answer from Moscow.", false},
		{"Kyiv rejected the proposal (AP reported it first).", false},
		{"Ukraine said it would accept a ceasefire - AFP", false},
	}
	for _, tt := range tests {
		if got := boilerplate(tt.line); got != tt.want {
			t.Errorf("boilerplate(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestDropBoilerplate(t *testing.T) {
	text := "Russia wants the four regions.\n\nAdvertisement\n\nIt also wants neutrality.\n\n14:32 GMT"
	want := "Russia wants the four regions.\n\n\nIt also wants neutrality.\n\n"
	if got := dropBoilerplate(text); got != want {
		t.Errorf("dropBoilerplate = %q, want %q", got, want)
	}
	if plain := "No boilerplate here.\n\nNone at all."; dropBoilerplate(plain) != plain {
		t.Errorf("dropBoilerplate changed a text without boilerplate")
	}
}
