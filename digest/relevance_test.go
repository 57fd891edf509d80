package digest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

// relevanceCase is one fixture of testdata/relevance/cases.json.
type relevanceCase struct {
	Name     string   `json:"name"`
	Title    string   `json:"title"`
	Summary  string   `json:"summary"`
	Content  string   `json:"content"`
	Relevant bool     `json:"relevant"`
	Reason   []string `json:"reason"` // fragments the reason must contain
}

func loadRelevanceCases(t testing.TB) []relevanceCase {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "relevance", "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []relevanceCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatalf("cases.json: %v", err)
	}
	return cases
}

func defaultAnalyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestScoreFixtures(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, c := range loadRelevanceCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			r := a.Score(Item{Title: c.Title, Summary: c.Summary, Content: c.Content})
			if r.Relevant != c.Relevant {
				t.Errorf("relevant = %v, want %v (score %.2f, reason %q)", r.Relevant, c.Relevant, r.Score, r.Reason)
			}
			if r.Relevant && r.Score < DefaultMinScore {
				t.Errorf("relevant with score %.2f below the threshold", r.Score)
			}
			for _, frag := range c.Reason {
				if !strings.Contains(r.Reason, frag) {
					t.Errorf("reason %q lacks %q", r.Reason, frag)
				}
			}
		})
	}
}

func TestScoreReasonFormat(t *testing.T) {
	a := defaultAnalyzer(t)
	it := Item{
		Title:   "Peace talks resume as Ukraine seeks a ceasefire",
		Summary: "Moscow said the ceasefire could wait. Witkoff said a ceasefire was close.",
	}
	got := a.Score(it)
	want := Relevance{
		Relevant: true,
		Score:    9.5,
		Reason:   `title: "peace talks", "ceasefire…", "Ukraine"; text: "ceasefire…"×2, "Witkoff"; parties russia, ukraine, us`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Score (-want +got):\n%s", diff)
	}
	if again := a.Score(it); again != got {
		t.Errorf("second score %+v differs from first %+v", again, got)
	}
}

func TestScorePassingMention(t *testing.T) {
	a := defaultAnalyzer(t)
	var b strings.Builder
	for range 40 {
		b.WriteString("The skaters trained on the new rink before the crowds arrived. ")
	}
	b.WriteString("Elsewhere, Russia and Ukraine were holding peace talks in Geneva.")
	r := a.Score(Item{Title: "Olympic rink opens to the public", Content: b.String()})
	if r.Relevant {
		t.Errorf("long article with one passing mention is relevant: score %.2f, %s", r.Score, r.Reason)
	}
	if r.Score <= 0 {
		t.Errorf("passing mention scored %.2f, want some evidence", r.Score)
	}
}

func TestScoreMinScore(t *testing.T) {
	it := Item{Title: "Russia and Ukraine hold peace talks"}
	for _, tc := range []struct {
		min  float64
		want bool
	}{
		{0, true},     // built-in threshold
		{1, true},     // lower
		{1000, false}, // higher than any title
	} {
		topic := DefaultTopic()
		topic.MinScore = tc.min
		a, err := NewAnalyzer(topic)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Score(it).Relevant; got != tc.want {
			t.Errorf("MinScore %v: relevant = %v, want %v", tc.min, got, tc.want)
		}
	}
}

func TestScoreCustomTopic(t *testing.T) {
	// Another negotiation, another pack: nothing about Ukraine is in Go.
	topic := Topic{
		Name:     "Example strait talks",
		Keywords: []string{"strait talks", "fishing quota*"},
		Parties: []Party{
			{ID: "north", Name: "Northland", Aliases: []string{"Nordvik"}},
			{ID: "south", Name: "Southland"},
		},
	}
	a, err := NewAnalyzer(topic)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Nordvik proposes new fishing quotas at the strait talks", true},
		{"Russia and Ukraine hold peace talks", false},
	} {
		t.Run(tc.title, func(t *testing.T) {
			r := a.Score(Item{Title: tc.title})
			if r.Relevant != tc.want {
				t.Errorf("relevant = %v, want %v (%s)", r.Relevant, tc.want, r.Reason)
			}
		})
	}
}

func TestScoreCues(t *testing.T) {
	// Cues ("deal", "terms") back keywords next to a side; alone, next to
	// neither side, or in the text of an item headed on something else,
	// they count nothing.
	topic := Topic{
		Name:     "Example strait talks",
		Keywords: []string{"strait talks"},
		Cues:     []string{"deal", "terms"},
		Exclude:  []string{"Eastland"},
		Parties: []Party{
			{ID: "north", Name: "Northland"},
			{ID: "south", Name: "Southland"},
			{ID: "broker", Name: "Midland"},
		},
	}
	a, err := NewAnalyzer(topic)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		it       Item
		score    float64
		relevant bool
		reason   string
	}{
		{
			name:     "cues back a keyword",
			it:       Item{Title: "Northland sets its terms", Content: "Northland and Southland resumed the strait talks. Southland said the deal was close."},
			score:    3.5,
			relevant: true,
			reason:   `title: "terms", "Northland"; text: "strait talks", "deal"; parties north, south`,
		},
		{
			name:   "no keyword next to a side",
			it:     Item{Title: "Northland sets its terms", Content: "Southland said the deal was close. Midland hosted the strait talks."},
			score:  0.75,
			reason: `title: "Northland"; text: "strait talks"; parties north, south, broker`,
		},
		{
			name:   "text cues need a side in the title",
			it:     Item{Title: "Midland's week", Content: "Northland and Southland resumed the strait talks. Southland said the deal was close."},
			score:  1.5,
			reason: `title: "Midland"; text: "strait talks"; parties north, south, broker`,
		},
		{
			name:     "cues next to an exclusion term",
			it:       Item{Title: "Northland and Southland hold strait talks", Content: "Northland signed a deal with Eastland. Southland called the strait talks useful."},
			score:    5.5,
			relevant: true,
			reason:   `title: "strait talks", "Northland", "Southland"; text: "strait talks"; parties north, south; other talks: "Eastland"`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := a.Score(tc.it)
			want := Relevance{Relevant: tc.relevant, Score: tc.score, Reason: tc.reason}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Score (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScanText(t *testing.T) {
	for _, tc := range []struct {
		in        string
		words     []string
		sentences []int
	}{
		{"Kyiv's offer.", []string{"kyiv", "s", "offer"}, []int{0, 0, 0}},
		{"The U.S. envoy arrived. Talks began!", []string{"the", "u", "s", "envoy", "arrived", "talks", "began"}, []int{0, 0, 0, 0, 0, 1, 1}},
		{"Перемир’я та ПЕРЕГОВОРИ", []string{"перемир'я", "та", "переговори"}, []int{0, 0, 0}},
		{"Её ёлка", []string{"ее", "елка"}, []int{0, 0}},
		{"cease-fire; 1,000", []string{"cease", "fire", "1", "000"}, []int{0, 0, 1, 1}},
		{"", nil, nil},
	} {
		t.Run(tc.in, func(t *testing.T) {
			st := scanText(tc.in, maxScoredBytes)
			var words []string
			var sentences []int
			for _, w := range st.words {
				words = append(words, string(st.buf[w.start:w.end]))
				sentences = append(sentences, int(w.sentence))
			}
			if diff := cmp.Diff(tc.words, words); diff != "" {
				t.Errorf("words (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.sentences, sentences); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScanTextLimit(t *testing.T) {
	// Cutting inside a multi-byte letter must not produce a broken word.
	st := scanText("мир мир", 6)
	var words []string
	for _, w := range st.words {
		words = append(words, string(st.buf[w.start:w.end]))
	}
	if diff := cmp.Diff([]string{"мир"}, words); diff != "" {
		t.Errorf("words (-want +got):\n%s", diff)
	}
}

func TestTermIndexMatch(t *testing.T) {
	x := newTermIndex()
	x.add("peace talks", termRef{role: roleKeyword})
	x.add("talks", termRef{role: roleKeyword})
	x.add("переговор*", termRef{role: roleKeyword})
	x.add("US", termRef{role: roleParty})
	x.add("Russia", termRef{role: roleParty})
	label := func(id int) string { return x.patterns[id].refs[0].label }
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Peace talks and more talks", []string{"peace talks", "talks"}},
		{"Russian peace", nil},
		{"Russia's talks", []string{"Russia", "talks"}},
		{"tell us, US", []string{"US"}},
		{"ПЕРЕГОВОРЫ и переговорщики", []string{"переговор…", "переговор…"}},
		{"peace. Talks", []string{"talks"}}, // a phrase does not span sentences
	} {
		t.Run(tc.in, func(t *testing.T) {
			var got []string
			for _, h := range x.match(scanText(tc.in, maxScoredBytes), nil) {
				got = append(got, label(h.pattern))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("matches (-want +got):\n%s", diff)
			}
		})
	}
}

// TestWordRuneFastPaths checks wordRune's fast paths against the Unicode
// tables, rune by rune.
func TestWordRuneFastPaths(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		lower, isUpper, isLower, ok := wordRune(r, false)
		want := !termApostrophe(r) && termWordRune(r)
		if ok != want {
			t.Fatalf("wordRune(%U) ok = %v, want %v", r, ok, want)
		}
		if !ok {
			continue
		}
		wantLower := unicode.ToLower(r)
		if wantLower == 'ё' {
			wantLower = 'е'
		}
		if lower != wantLower || isUpper != unicode.IsUpper(r) || isLower != unicode.IsLower(r) {
			t.Fatalf("wordRune(%U) = %U, %v, %v; want %U, %v, %v", r, lower, isUpper, isLower, wantLower, unicode.IsUpper(r), unicode.IsLower(r))
		}
	}
}

func TestIsExchangeTerm(t *testing.T) {
	for _, tc := range []struct {
		term string
		want bool
	}{
		{"prisoner swap*", true},
		{"exchange of bodies", true},
		{"POWs", true},
		{"обмен* пленными", true},
		{"військовополонен*", true},
		{"repatriation of bodies", true},
		{"peace talks", false},
		{"negotiat*", false},
		{"bodies of fallen soldiers", false},
		{"power", false},
	} {
		t.Run(tc.term, func(t *testing.T) {
			if got := isExchangeTerm(tc.term, DefaultTopic().Exchanges); got != tc.want {
				t.Errorf("isExchangeTerm(%q) = %v, want %v", tc.term, got, tc.want)
			}
		})
	}
}

func FuzzScore(f *testing.F) {
	for _, c := range loadRelevanceCases(f) {
		f.Add(c.Title, c.Summary+" "+c.Content)
	}
	a := defaultAnalyzer(f)
	f.Fuzz(func(t *testing.T, title, text string) {
		r := a.Score(Item{Title: title, Content: text})
		if r.Score < 0 {
			t.Errorf("negative score %v", r.Score)
		}
		if r.Relevant && r.Score < DefaultMinScore {
			t.Errorf("relevant below threshold: %v", r.Score)
		}
		if r.Reason == "" {
			t.Error("empty reason")
		}
	})
}

func BenchmarkScoreLongItem(b *testing.B) {
	a := defaultAnalyzer(b)
	var body strings.Builder
	for _, c := range loadRelevanceCases(b) {
		body.WriteString(c.Title + ". " + c.Summary + "\n")
	}
	para := body.String()
	body.Reset()
	for body.Len() < 60<<10 {
		body.WriteString(para)
	}
	it := Item{Title: "Russia and Ukraine hold another round of peace talks", Content: body.String()}
	b.SetBytes(int64(len(it.Content)))
	b.ResetTimer()
	for b.Loop() {
		a.Score(it)
	}
}

// TestAnalyzeKeepsBothSidesPositions checks the rescue in Analyze: an item
// with a little evidence of the talks is kept when its statements hold
// positions of both sides, and only then.
func TestAnalyzeKeepsBothSidesPositions(t *testing.T) {
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, title, content string
		relevant             bool
	}{
		{"weak evidence, both sides' positions",
			"A year in the talks, month by month",
			"July: Moscow insists that Ukraine leave the Donbas. December: Zelenskyy offers to drop the alliance membership bid in return for protection from the West.",
			true},
		{"weak evidence, one side only",
			"A year in the talks, month by month",
			"July: Moscow insists that Ukraine leave the Donbas. December: the Kremlin demands new elections.",
			false},
		{"no evidence of talks",
			"Strikes on Kharkiv",
			"Moscow insists that Ukraine leave the Donbas. Kyiv wants more air defence from its allies.",
			false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := Item{ID: "x", Title: tt.title, Content: tt.content}
			if r := a.Score(it); r.Relevant {
				t.Fatalf("the words alone keep the item (score %.2f): the case tests nothing", r.Score)
			}
			stmts := a.Analyze(&it)
			if it.Relevant != tt.relevant {
				t.Fatalf("Analyze: relevant = %v, want %v (score %.2f, %s)", it.Relevant, tt.relevant, it.Score, it.Reason)
			}
			if tt.relevant && (len(stmts) == 0 || !strings.Contains(it.Reason, "positions of both sides")) {
				t.Errorf("kept with %d statements and reason %q", len(stmts), it.Reason)
			}
			if !tt.relevant && len(stmts) != 0 {
				t.Errorf("dropped but %d statements returned", len(stmts))
			}
		})
	}
}

// "Consultations" on the peace plan are talks about it, not consular
// business (the exclusion "consul*" once matched them).
func TestScoreConsultationsNotConsular(t *testing.T) {
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	got := a.Score(Item{
		Title:   "Geneva consultations reshape US peace plan for Ukraine",
		Content: "American and Ukrainian delegations agreed on a revised peace framework in Geneva; Moscow said the plan must keep the spirit of Anchorage.",
	})
	if !got.Relevant || strings.Contains(got.Reason, "other talks") {
		t.Errorf("Score = %+v, want relevant with no other talks", got)
	}
	got = a.Score(Item{
		Title:   "Russia and US discuss consulates in Istanbul",
		Content: "Russian and American diplomats met in Istanbul to discuss the work of their consulates and embassies.",
	})
	if got.Relevant || !strings.Contains(got.Reason, "consulate") {
		t.Errorf("Score = %+v, want not relevant, consular business named", got)
	}
}

func TestScoreShortItemsOfTheTalks(t *testing.T) {
	// Short items that never say "talks" or "ceasefire" but name the
	// paper or the force being negotiated are about the talks.
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range []Item{
		{Title: "Kremlin waves away the European counter-plan", Content: "A Russian diplomat said on Monday that the counter-plan of London, Paris and Berlin was of no use to Moscow."},
		{Title: "Thirty nations back a postwar force for Ukraine", Content: "Thirty countries said they would help secure Ukraine once the guns fall silent. Moscow said Western soldiers there would be targets."},
		{Title: "Kyiv sends back a counter-draft", Content: "Ukraine's negotiators returned their own counter-draft to Washington on Tuesday."},
	} {
		if got := a.Score(it); !got.Relevant {
			t.Errorf("Score(%q) = %+v, want relevant", it.Title, got)
		}
	}
}

func TestScoreSwapOfTheSidesOnly(t *testing.T) {
	// An item that names both sides, no other party and a keyword of the
	// talks: its swap can only be theirs, though no one sentence names
	// both. One that names the US as well keeps needing a sentence with
	// both sides, and so does a swap with a country the pack does not know
	// (Belarus) and no word of the talks.
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		it   Item
		want bool
	}{
		{Item{Title: "Swap complete: the last 303 come home", Content: "The 1,000-for-1,000 exchange agreed in Istanbul is done, Ukrainian officials said; Russia's defence ministry reported the same numbers going the other way. Zelenskyy now wants an all-for-all swap."}, true},
		{Item{Title: "Russia frees a dual citizen in a swap", Content: "Russia released a US citizen in a prisoner swap with Washington on Friday. Ukraine was not part of the deal."}, false},
		{Item{Title: "Belarus frees 31 Ukrainians in a prisoner swap", Content: "Minsk released 31 Ukrainian citizens in a swap on Saturday, Kyiv said. Russia was not involved in the exchange."}, false},
	} {
		if got := a.Score(tt.it); got.Relevant != tt.want {
			t.Errorf("Score(%q) = %+v, want relevant %v", tt.it.Title, got, tt.want)
		}
	}
}
