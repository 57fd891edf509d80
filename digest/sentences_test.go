package digest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Talks began. They ended.", []string{"Talks began.", "They ended."}},
		{"abbreviations", "U.S. envoy Steve Witkoff met Mr. Umerov on Aug. 6 in Miami. They talked.",
			[]string{"U.S. envoy Steve Witkoff met Mr. Umerov on Aug. 6 in Miami.", "They talked."}},
		{"no before a word", "Point No. 7 stays. Kyiv will offer alternatives rather than a flat no. Kyiv insists on guarantees. Approx. 500 came home.",
			[]string{"Point No. 7 stays.", "Kyiv will offer alternatives rather than a flat no.", "Kyiv insists on guarantees.", "Approx. 500 came home."}},
		{"initials", "Donald J. Trump said so. Then he left.", []string{"Donald J. Trump said so.", "Then he left."}},
		{"one letter after a lower-case word", "Zelensky posted on X. Decisions followed.", []string{"Zelensky posted on X.", "Decisions followed."}},
		{"abbreviation ends sentence", "The sanctions came from the U.S. The Kremlin objected.",
			[]string{"The sanctions came from the U.S.", "The Kremlin objected."}},
		{"quotes", `"We are ready." Medinsky left. "Are you?" he asked.`,
			[]string{`"We are ready."`, "Medinsky left.", `"Are you?" he asked.`}},
		{"em dash", "Kyiv wants a truce — now. Moscow does not.", []string{"Kyiv wants a truce — now.", "Moscow does not."}},
		{"lines", "A title without a period\nThe body starts here.", []string{"A title without a period", "The body starts here."}},
		{"decimals", "The fund is $2.5 billion. It grows.", []string{"The fund is $2.5 billion.", "It grows."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, splitSentences(tt.in, DefaultMaxText)); diff != "" {
				t.Errorf("splitSentences(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestSplitSentencesCaps(t *testing.T) {
	huge := strings.Repeat("word ", 100000)
	got := splitSentences(huge, DefaultMaxText)
	total := 0
	for _, s := range got {
		if len(s) > maxSentence {
			t.Fatalf("sentence of %d bytes, cap %d", len(s), maxSentence)
		}
		total += len(s)
	}
	if total > DefaultMaxText {
		t.Errorf("analysed %d bytes, cap %d", total, DefaultMaxText)
	}
}

func TestNumberedItems(t *testing.T) {
	text := "Russia's terms:\n\n1. Withdrawal from Donbas.\n\n12) Neutrality.\n\nIn 2022. Talks failed. 2025. A year."
	want := "Russia's terms:\n\n- Withdrawal from Donbas.\n\n- Neutrality.\n\nIn 2022. Talks failed. 2025. A year."
	if got := numberedItems(text); got != want {
		t.Errorf("numberedItems = %q, want %q", got, want)
	}
}

func TestSingleQuotes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kremlin says US plan 'could form basis'", `Kremlin says US plan "could form basis"`},
		{"‘No deal’ says Kyiv", `"No deal" says Kyiv`},
		{"He said: 'We won't give up Donbas.' Then he left.", `He said: "We won't give up Donbas." Then he left.`},
		{"Russia's 'root causes' and Ukraine's 'red lines'", `Russia's "root causes" and Ukraine's "red lines"`},
		// apostrophes, and single marks inside double ones, stay
		{"Kyiv's demands and the Ukrainians' red lines", "Kyiv's demands and the Ukrainians' red lines"},
		{`He said "it's 'fine'" and left`, `He said "it's 'fine'" and left`},
		{"Moscow's demand of the '90s and the allies' reply", "Moscow's demand of the '90s and the allies' reply"},
		{"Putin agrees to '30-day pause'", `Putin agrees to "30-day pause"`},
	}
	for _, tt := range tests {
		if got := singleQuotes(tt.in); got != tt.want {
			t.Errorf("singleQuotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWithoutEmoji(t *testing.T) {
	tests := []struct{ in, want string }{
		{"⚡️ Russia demands a withdrawal 🇺🇦\nNext line.", "Russia demands a withdrawal\nNext line."},
		{"Kyiv's terms:\n🔹 the return of the children\n✅ an exchange of all for all", "Kyiv's terms:\n- the return of the children\n- an exchange of all for all"},
		{"resume US–Russian dialogue; a €90bn loan; 2°C", "resume US–Russian dialogue; a €90bn loan; 2°C"},
		{"bad \xe2\x80 bytes", "bad \xe2\x80 bytes"},
		{"Russia's terms:\n1️⃣ Donbas\n2⃣ neutrality\n🔟 no troops\nPhase 2️⃣ of the plan", "Russia's terms:\n- Donbas\n- neutrality\n- no troops\nPhase 2 of the plan"},
	}
	for _, tt := range tests {
		if got := withoutEmoji(tt.in); got != tt.want {
			t.Errorf("withoutEmoji(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadableDates(t *testing.T) {
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]bool{
		"10 June 2025":                       false, // a title's date after a dash
		"November 27":                        false,
		"talks resuming on 10 June":          true,
		"an answer by Thursday, November 27": true,
	} {
		if got := readable(tokenizeInto(nil, text, a.ext.voc)); got != want {
			t.Errorf("readable(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestNormalizeDashes(t *testing.T) {
	for in, want := range map[string]string{
		"what they want is - and I mean it - a deal": "what they want is — and I mean it — a deal",
		"a truce – for now":                          "a truce — for now",
		"a truce -- for now":                         "a truce — for now",
		"between 10 - 12 days":                       "between 10 - 12 days",
		"Terms: - a ceasefire; - a swap":             "Terms: - a ceasefire; - a swap",
		"- a bullet - with a dash":                   "- a bullet — with a dash",
		"no dash-here":                               "no dash-here",
	} {
		if got := normalizeDashes(in); got != want {
			t.Errorf("normalizeDashes(%q) = %q, want %q", in, got, want)
		}
	}
}
