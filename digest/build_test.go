package digest

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var kyiv = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Kyiv")
	if err != nil {
		return time.FixedZone("EET", 2*60*60)
	}
	return loc
}()

// samplePeriod is the day before 09:00 Kyiv time on 18 February 2026.
var samplePeriod = PeriodEnding(time.Date(2026, 2, 18, 9, 0, 0, 0, kyiv), 24*time.Hour)

func feb(day, hour int) time.Time { return time.Date(2026, 2, day, hour, 0, 0, 0, time.UTC) }

func sampleSource(feed, title, url string, published time.Time) Source {
	return Source{Title: title, URL: url, Feed: feed, Published: published}
}

// sampleStatements are positions written for these tests: new ones, one
// still reported, one too old, one too new, and a party and a kind the
// pack does not know.
func sampleStatements() []Statement {
	geneva := sampleSource("Northline Post", "Geneva round ends with a swap deal", "https://northline.example/geneva-swap", feb(17, 18))
	wire := sampleSource("Meridian Daily", "Sides agree 500-for-500 exchange", "https://meridian.example/500-exchange", feb(17, 20))
	old := sampleSource("Eastern Desk", "Moscow repeats its Donbas demand", "https://eastern.example/donbas", feb(10, 12))
	return []Statement{
		{Party: "russia", Kind: Demand, Text: "Ukrainian withdrawal from the rest of Donbas",
			FirstSeen: feb(10, 12), LastSeen: feb(17, 18), Sources: []Source{old, geneva}},
		{Party: "ukraine", Kind: Agreement, Text: "exchange 500 prisoners each side",
			Figures:   []Figure{{Value: 500, Unit: "prisoners", Text: "500 prisoners each side"}},
			FirstSeen: feb(17, 18), LastSeen: feb(17, 20), Sources: []Source{geneva, wire}},
		{Party: "russia", Kind: Agreement, Text: "exchange 500 prisoners each side",
			Figures:   []Figure{{Value: 500, Unit: "prisoners", Text: "500 prisoners each side"}},
			FirstSeen: feb(17, 20), LastSeen: feb(17, 20), Sources: []Source{wire}},
		{Party: "russia", Kind: Demand, Text: "no foreign troops in Ukraine after a ceasefire",
			FirstSeen: feb(17, 18), LastSeen: feb(17, 18), Sources: []Source{geneva}},
		{Party: "russia", Kind: Demand, Text: "a cap on the size of Ukraine's army",
			FirstSeen: feb(17, 18), LastSeen: feb(17, 18), Sources: []Source{geneva}},
		{Party: "ukraine", Kind: Demand, Text: "security guarantees lasting 30 years",
			Figures:   []Figure{{Value: 30, Unit: "years", Text: "30 years"}},
			FirstSeen: feb(17, 20), LastSeen: feb(17, 20), Sources: []Source{wire}},
		{Party: "us", Kind: Proposal, Text: "a monitoring mission for the ceasefire line",
			FirstSeen: feb(17, 20), LastSeen: feb(17, 20), Sources: []Source{wire}},
		{Party: "russia", Kind: Rejection, Text: "European troops as peacekeepers",
			FirstSeen: feb(17, 18), LastSeen: feb(17, 18), Sources: []Source{geneva}},
		{Party: "china", Kind: Proposal, Text: "a conference of the \"Friends of Peace\" group",
			FirstSeen: feb(17, 20), LastSeen: feb(17, 20), Sources: []Source{wire}},
		{Party: "ukraine", Kind: "next_step", Text: "another round of talks in March",
			FirstSeen: feb(17, 20), LastSeen: feb(17, 20), Sources: []Source{wire}},
		// Outside the period: last seen before it, first seen after it.
		{Party: "russia", Kind: Demand, Text: "recognition of Crimea as Russian",
			FirstSeen: feb(9, 10), LastSeen: feb(10, 12), Sources: []Source{old}},
		{Party: "ukraine", Kind: Proposal, Text: "an energy truce",
			FirstSeen: feb(18, 12), LastSeen: feb(18, 12), Sources: []Source{sampleSource("X", "Later", "https://x.example/later", feb(18, 12))}},
	}
}

func TestPeriodEnding(t *testing.T) {
	p := PeriodEnding(time.Date(2026, 2, 18, 9, 0, 0, 0, kyiv), 24*time.Hour)
	if want := time.Date(2026, 2, 17, 9, 0, 0, 0, kyiv); !p.From.Equal(want) {
		t.Errorf("From = %v, want %v", p.From, want)
	}
	for _, tc := range []struct {
		t    time.Time
		want bool
	}{
		{p.From, true},
		{p.To.Add(-time.Nanosecond), true},
		{p.To, false},
		{p.From.Add(-time.Nanosecond), false},
	} {
		if got := p.Contains(tc.t); got != tc.want {
			t.Errorf("Contains(%v) = %v, want %v", tc.t, got, tc.want)
		}
	}
}

// sectionSummary is a section reduced to what ordering tests compare.
type sectionSummary struct {
	Kind          Kind
	Party, Name   string
	New, Still    []string
	NewSourceURLs [][]string
}

func summarize(d Digest) []sectionSummary {
	var out []sectionSummary
	for _, s := range d.Sections {
		sum := sectionSummary{Kind: s.Kind, Party: s.Party, Name: s.PartyName}
		for _, st := range s.Statements {
			sum.New = append(sum.New, st.Text)
			var urls []string
			for _, src := range st.Sources {
				urls = append(urls, src.URL)
			}
			sum.NewSourceURLs = append(sum.NewSourceURLs, urls)
		}
		for _, st := range s.StillReported {
			sum.Still = append(sum.Still, st.Text)
		}
		out = append(out, sum)
	}
	return out
}

func TestBuild(t *testing.T) {
	d := Build(DefaultTopic(), samplePeriod, sampleStatements())
	geneva, wire := "https://northline.example/geneva-swap", "https://meridian.example/500-exchange"
	want := []sectionSummary{
		{Kind: Agreement, Party: "russia", Name: "Russia", New: []string{"exchange 500 prisoners each side"}, NewSourceURLs: [][]string{{wire}}},
		{Kind: Agreement, Party: "ukraine", Name: "Ukraine", New: []string{"exchange 500 prisoners each side"}, NewSourceURLs: [][]string{{geneva, wire}}},
		{Kind: Demand, Party: "russia", Name: "Russia",
			New:           []string{"a cap on the size of Ukraine's army", "no foreign troops in Ukraine after a ceasefire"},
			NewSourceURLs: [][]string{{geneva}, {geneva}},
			Still:         []string{"Ukrainian withdrawal from the rest of Donbas"}},
		{Kind: Demand, Party: "ukraine", Name: "Ukraine", New: []string{"security guarantees lasting 30 years"}, NewSourceURLs: [][]string{{wire}}},
		{Kind: Proposal, Party: "us", Name: "United States", New: []string{"a monitoring mission for the ceasefire line"}, NewSourceURLs: [][]string{{wire}}},
		{Kind: Proposal, Party: "china", Name: "china", New: []string{"a conference of the \"Friends of Peace\" group"}, NewSourceURLs: [][]string{{wire}}},
		{Kind: Rejection, Party: "russia", Name: "Russia", New: []string{"European troops as peacekeepers"}, NewSourceURLs: [][]string{{geneva}}},
		{Kind: "next_step", Party: "ukraine", Name: "Ukraine", New: []string{"another round of talks in March"}, NewSourceURLs: [][]string{{wire}}},
	}
	if diff := cmp.Diff(want, summarize(d)); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
	wantHeadline := "2 new agreements (500 prisoners each side), 3 new demands (Russia 2, Ukraine 1), " +
		"2 new proposals (United States 1, china 1), 1 new rejection from Russia, 1 new next step from Ukraine"
	if d.Headline != wantHeadline {
		t.Errorf("headline:\n got %q\nwant %q", d.Headline, wantHeadline)
	}
	var urls []string
	for _, s := range d.Sources {
		urls = append(urls, s.URL)
	}
	if diff := cmp.Diff([]string{wire, geneva}, urls); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	if d.Quiet {
		t.Error("digest with new statements is quiet")
	}
	if d.Topic != DefaultTopic().Name || d.Period != samplePeriod {
		t.Errorf("topic %q period %v", d.Topic, d.Period)
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	stmts := sampleStatements()
	want := Build(DefaultTopic(), samplePeriod, stmts)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 5 {
		shuffled := slices.Clone(stmts)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if diff := cmp.Diff(want, Build(DefaultTopic(), samplePeriod, shuffled)); diff != "" {
			t.Fatalf("shuffle %d changed the digest (-want +got):\n%s", i, diff)
		}
	}
}

func TestBuildQuiet(t *testing.T) {
	all := sampleStatements()
	for _, tc := range []struct {
		name     string
		stmts    []Statement
		headline string
		sections int
	}{
		{"nothing at all", nil, "Nothing new reported", 0},
		{"only old news", all[10:11], "Nothing new reported", 0},
		{"only still reported", all[0:1], "Nothing new; 1 position still reported", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Build(DefaultTopic(), samplePeriod, tc.stmts)
			if !d.Quiet {
				t.Error("not quiet")
			}
			if d.Headline != tc.headline {
				t.Errorf("headline %q, want %q", d.Headline, tc.headline)
			}
			if len(d.Sections) != tc.sections || d.Sections == nil || d.Sources == nil {
				t.Errorf("sections %v (want %d), sources %v: want non-nil lists", d.Sections, tc.sections, d.Sources)
			}
		})
	}
}

func TestBuildKeepsSourcesInPeriod(t *testing.T) {
	d := Build(DefaultTopic(), samplePeriod, sampleStatements()[:1])
	still := d.Sections[0].StillReported[0]
	if len(still.Sources) != 1 || still.Sources[0].URL != "https://northline.example/geneva-swap" {
		t.Errorf("still-reported sources = %+v, want only the one in the period", still.Sources)
	}
	if still.Figures == nil {
		t.Error("figures are nil; JSON wants []")
	}
}
