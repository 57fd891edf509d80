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
		{"© 2025 The Agency. All rights reserved.", true},
		{"We use cookies. Accept all cookies or manage your settings.", true},
		{"Sign up for our morning newsletter", true},
		{"More from Europe", true},
		// the story itself
		{"Subscribers to the channel said the talks had stalled.", false},
		{"Registered voters in Ukraine would have to approve any deal in a referendum.", false},
		{"More from the talks: Russia demands that Ukraine withdraw from Donbas, Medinsky said on Friday.", false},
		{"June 2, 2025", false},
		{"Russia demands that Ukraine withdraw from Donbas.", false},
		{"Read the memorandum and you see what Moscow wants: the four regions.", false},
		{"More prisoners will be exchanged next week, Umerov said.", false},
		{"Photo opportunities aside, the talks lasted barely an hour.", false},
		{"The 14:00 deadline passed without an answer from Moscow.", false},
		{"Kyiv rejected the proposal (AP reported it first).", false},
		{"Ukraine said it would accept a ceasefire - AFP", false},
		{"Moscow wants guarantees that NATO will not expand, Peskov said. — AFP", false}, // a wire's story as some outlets end it
		{"Most Ukrainians would reject a deal that cedes Donbas, according to a survey by Reuters/Ipsos.", false},
		{"Reporting by Guy Faulconbridge; Editing by Andrew Osborn", true},
		{"Reporting by the Financial Times said Russia wants Ukraine to leave Donbas.", false},
	}
	for _, tt := range tests {
		if got := Boilerplate(tt.line); got != tt.want {
			t.Errorf("Boilerplate(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestDropBoilerplate(t *testing.T) {
	text := "Russia wants the four regions.\n\nAdvertisement\n\nIt also wants neutrality.\n\n14:32 GMT"
	want := "Russia wants the four regions.\n\n\nIt also wants neutrality.\n\n"
	if got := dropBoilerplate(text); got != want {
		t.Errorf("dropBoilerplate = %q, want %q", got, want)
	}
	links := "It wants neutrality.\n\nRelated coverage\n\nUkraine's drone makers race to scale up\n\n- Kremlin hosts a summit\n\nMoscow also wants the sanctions lifted."
	if got, want := dropBoilerplate(links), "It wants neutrality.\n\n\n\n\nMoscow also wants the sanctions lifted."; got != want { // blank lines read as none
		t.Errorf("dropBoilerplate of a list of links = %q, want %q", got, want)
	}
	if plain := "No boilerplate here.\n\nNone at all."; dropBoilerplate(plain) != plain {
		t.Errorf("dropBoilerplate changed a text without boilerplate")
	}
}

func TestWriteThroughNotes(t *testing.T) {
	for _, line := range []string{"(Adds Kremlin comment in paragraphs 5-7, details of exchange)", "(Updates with Zelenskiy's remarks)", "Editor's note: This story has been updated throughout."} {
		if !Boilerplate(line) {
			t.Errorf("Boilerplate(%q) = false, want true: a wire's note on its new version", line)
		}
	}
	if Boilerplate("(Kyiv adds that talks will resume.)") {
		t.Errorf("a sentence in brackets is no wire's note")
	}
}

func TestDatelineEnd(t *testing.T) {
	tests := []struct{ line, rest string }{
		{"KYIV, June 2 (Reuters) - Russia demanded", "Russia demanded"},
		{"MOSCOW, June 2. /TASS/. Russia demanded", "Russia demanded"},
		{"ISTANBUL (AP) — Russia", "Russia"},
		{"WASHINGTON/KYIV, Aug 17 (Transglobe Wire) - Russian", "Russian"},
		{"RIYADH, Saudi Arabia (CPS) — The", "The"},
		{"KYIV, Nov. 23, 2025 (AP) — The", "The"},
		{"KYIV, 2 June (Reuters) - Russia", "Russia"},
		{"MOSCOW, June 2 (Xinhua) -- Russia", "Russia"},
		// no dateline
		{"RUSSIA — Moscow wants the four regions", "RUSSIA — Moscow wants the four regions"},
		{"KYIV, June 2", "KYIV, June 2"},
		{"GENEVA — The talks", "GENEVA — The talks"},
		{"NATO (the alliance) - said", "NATO (the alliance) - said"},
		{"US-Russia talks", "US-Russia talks"},
	}
	for _, tt := range tests {
		if got := tt.line[datelineEnd(tt.line):]; got != tt.rest {
			t.Errorf("after the dateline of %q: %q, want %q", tt.line, got, tt.rest)
		}
	}
	text := "Title\n\nKYIV, June 2 (Reuters) - Russia wants Donbas."
	if got, want := dropDatelines(text), "Title\n\nRussia wants Donbas."; got != want {
		t.Errorf("dropDatelines = %q, want %q", got, want)
	}
}

func TestWithoutKicker(t *testing.T) {
	tests := []struct{ title, want string }{
		{"UPDATE 2-Russia demands Donbas", "Russia demands Donbas"},
		{"EXCLUSIVE-Kremlin weighs a freeze", "Kremlin weighs a freeze"},
		{"LIVE: Talks resume in Istanbul", "Talks resume in Istanbul"},
		{"Breaking: Zelensky rejects the plan", "Zelensky rejects the plan"},
		{"Live-fire drills near Kherson", "Live-fire drills near Kherson"},
		{"Russia: the talks are over", "Russia: the talks are over"},
		{"Kyiv wants guarantees", "Kyiv wants guarantees"},
	}
	for _, tt := range tests {
		if got := withoutKicker(tt.title); got != tt.want {
			t.Errorf("withoutKicker(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
