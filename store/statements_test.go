package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/parley-bot/parley/digest"
)

// brief is what the merging tests compare of a statement.
type brief struct {
	Party     string
	Kind      digest.Kind
	Text      string
	FirstSeen time.Time
	LastSeen  time.Time
	Sources   []string // item IDs
	Figures   []digest.Figure
}

func briefs(t *testing.T, s *Store, q digest.Query) []brief {
	t.Helper()
	stmts, err := s.Statements(context.Background(), q)
	if err != nil {
		t.Fatalf("Statements(%+v): %v", q, err)
	}
	out := []brief{}
	for _, st := range stmts {
		b := brief{Party: st.Party, Kind: st.Kind, Text: st.Text, FirstSeen: st.FirstSeen, LastSeen: st.LastSeen, Figures: st.Figures}
		for _, src := range st.Sources {
			b.Sources = append(b.Sources, src.ItemID)
		}
		out = append(out, b)
	}
	return out
}

var (
	prisoners = digest.Figure{Value: 1000, Unit: "prisoners", Text: "1,000 prisoners"}
	days      = digest.Figure{Value: 30, Unit: "days", Text: "30 days"}
)

func TestSavePollMergesStatements(t *testing.T) {
	a, b := feed("A"), feed("B")
	itemA := item("a1", "https://a.example/1", "Russia and Ukraine agree on exchange", 1)
	itemB := item("b1", "https://b.example/1", "Exchange of prisoners agreed in Istanbul", 5)
	h := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Hour) }

	tests := []struct {
		name       string
		fromA      []digest.Statement
		fromB      []digest.Statement
		wantNewest []brief // newest last_seen first
	}{
		{
			name:  "near-identical texts from two outlets are one statement",
			fromA: []digest.Statement{stmt("russia", digest.Agreement, "an exchange of 1,000 prisoners each", "a1", prisoners)},
			fromB: []digest.Statement{stmt("russia", digest.Agreement, "An exchange of  1,000 prisoners each", "b1", prisoners, days)},
			wantNewest: []brief{{Party: "russia", Kind: digest.Agreement, Text: "an exchange of 1,000 prisoners each",
				FirstSeen: h(1), LastSeen: h(5), Sources: []string{"a1", "b1"}, Figures: []digest.Figure{prisoners, days}}},
		},
		{
			name:  "different party is not merged",
			fromA: []digest.Statement{stmt("russia", digest.Demand, "an immediate ceasefire", "a1")},
			fromB: []digest.Statement{stmt("ukraine", digest.Demand, "an immediate ceasefire", "b1")},
			wantNewest: []brief{
				{Party: "ukraine", Kind: digest.Demand, Text: "an immediate ceasefire", FirstSeen: h(5), LastSeen: h(5), Sources: []string{"b1"}},
				{Party: "russia", Kind: digest.Demand, Text: "an immediate ceasefire", FirstSeen: h(1), LastSeen: h(1), Sources: []string{"a1"}},
			},
		},
		{
			name:  "different kind is not merged",
			fromA: []digest.Statement{stmt("ukraine", digest.Proposal, "a 30-day truce", "a1")},
			fromB: []digest.Statement{stmt("ukraine", digest.Rejection, "a 30-day truce", "b1")},
			wantNewest: []brief{
				{Party: "ukraine", Kind: digest.Rejection, Text: "a 30-day truce", FirstSeen: h(5), LastSeen: h(5), Sources: []string{"b1"}},
				{Party: "ukraine", Kind: digest.Proposal, Text: "a 30-day truce", FirstSeen: h(1), LastSeen: h(1), Sources: []string{"a1"}},
			},
		},
		{
			name: "the same item repeating a statement is one source",
			fromA: []digest.Statement{
				stmt("us", digest.Proposal, "a peace summit in Istanbul", "a1"),
				stmt("us", digest.Proposal, "a peace summit in Istanbul", "a1"),
			},
			wantNewest: []brief{{Party: "us", Kind: digest.Proposal, Text: "a peace summit in Istanbul",
				FirstSeen: h(1), LastSeen: h(1), Sources: []string{"a1"}}},
		},
		{
			name:  "an older report widens first_seen and gives its wording",
			fromA: nil,
			fromB: []digest.Statement{
				stmt("turkey", digest.Proposal, "hosting the next round", "b1"),
				stmt("turkey", digest.Proposal, "Hosting the next round", "a1"),
			},
			wantNewest: []brief{{Party: "turkey", Kind: digest.Proposal, Text: "Hosting the next round",
				FirstSeen: h(1), LastSeen: h(5), Sources: []string{"a1", "b1"}}},
		},
		{
			name:  "the same reports in the other order say the same",
			fromA: nil,
			fromB: []digest.Statement{
				stmt("turkey", digest.Proposal, "Hosting the next round", "a1"),
				stmt("turkey", digest.Proposal, "hosting the next round", "b1"),
			},
			wantNewest: []brief{{Party: "turkey", Kind: digest.Proposal, Text: "Hosting the next round",
				FirstSeen: h(1), LastSeen: h(5), Sources: []string{"a1", "b1"}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTest(t)
			savePoll(t, s, a, []digest.Item{itemA}, tc.fromA)
			savePoll(t, s, b, []digest.Item{itemB}, tc.fromB)
			opts := cmpopts.EquateEmpty()
			if diff := cmp.Diff(tc.wantNewest, briefs(t, s, digest.Query{}), opts); diff != "" {
				t.Errorf("statements (-want +got):\n%s", diff)
			}
			// A later poll that no longer reports them keeps them and their dates.
			savePoll(t, s, a, []digest.Item{item("a2", "https://a.example/2", "Unrelated", 9)}, nil)
			if diff := cmp.Diff(tc.wantNewest, briefs(t, s, digest.Query{}), opts); diff != "" {
				t.Errorf("statements after a poll without them (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSavePollStatementOfItemStoredUnderOtherID: feed B carries an item
// already stored from feed A under another ID (same canonical URL); B's
// statement names B's ID and must land on the stored item.
func TestSavePollStatementOfItemStoredUnderOtherID(t *testing.T) {
	s, _ := openTest(t)
	savePoll(t, s, feed("A"), []digest.Item{item("a1", "https://news.example/x", "Talks", 1)}, nil)
	savePoll(t, s, feed("B"), []digest.Item{item("b-guid", "https://news.example/x", "Talks", 1)},
		[]digest.Statement{stmt("russia", digest.Rejection, "a NATO presence", "b-guid")})
	want := []brief{{Party: "russia", Kind: digest.Rejection, Text: "a NATO presence", FirstSeen: t0.Add(time.Hour), LastSeen: t0.Add(time.Hour), Sources: []string{"a1"}}}
	if diff := cmp.Diff(want, briefs(t, s, digest.Query{}), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
}

func TestStatementsQuery(t *testing.T) {
	s, _ := openTest(t)
	items := []digest.Item{
		item("i1", "https://a.example/1", "Kremlin sets out conditions", 1),
		item("i2", "https://a.example/2", "Kyiv answers in Istanbul", 2),
		item("i3", "https://a.example/3", "Переговоры в Стамбуле", 3),
		item("i4", "https://a.example/4", "Washington weighs in", 4),
	}
	stmts := []digest.Statement{
		stmt("russia", digest.Demand, "withdrawal of Ukrainian troops from four regions", "i1"),
		stmt("russia", digest.Demand, "neutral status for Ukraine", "i3"),
		stmt("ukraine", digest.Demand, "a full and unconditional ceasefire", "i2"),
		stmt("russia", digest.Proposal, "a memorandum on a future peace", "i4", days),
		stmt("ukraine", digest.Rejection, "Обмен пленными", "i3", prisoners),
	}
	savePoll(t, s, feed("A"), items, stmts)

	texts := func(q digest.Query) []string {
		var out []string
		for _, b := range briefs(t, s, q) {
			out = append(out, b.Party+"/"+string(b.Kind)+": "+b.Text)
		}
		return out
	}
	tests := []struct {
		name string
		q    digest.Query
		want []string
	}{
		{"all, newest first", digest.Query{}, []string{
			"russia/proposal: a memorandum on a future peace",
			"ukraine/rejection: Обмен пленными",
			"russia/demand: neutral status for Ukraine",
			"ukraine/demand: a full and unconditional ceasefire",
			"russia/demand: withdrawal of Ukrainian troops from four regions",
		}},
		{"party and kind", digest.Query{Party: "russia", Kind: digest.Demand}, []string{
			"russia/demand: neutral status for Ukraine",
			"russia/demand: withdrawal of Ukrainian troops from four regions",
		}},
		{"limit", digest.Query{Party: "russia", Limit: 1}, []string{"russia/proposal: a memorandum on a future peace"}},
		{"since inclusive, until exclusive", digest.Query{Since: t0.Add(2 * time.Hour), Until: t0.Add(4 * time.Hour)}, []string{
			"ukraine/rejection: Обмен пленными",
			"russia/demand: neutral status for Ukraine",
			"ukraine/demand: a full and unconditional ceasefire",
		}},
		{"text words in any order, any case", digest.Query{Text: "CEASEFIRE full"}, []string{"ukraine/demand: a full and unconditional ceasefire"}},
		{"text matches a source title", digest.Query{Text: "kremlin"}, []string{"russia/demand: withdrawal of Ukrainian troops from four regions"}},
		{"every word must match", digest.Query{Text: "ceasefire kremlin"}, nil},
		{"cyrillic case-insensitive", digest.Query{Text: "ОБМЕН"}, []string{"ukraine/rejection: Обмен пленными"}},
		{"cyrillic in a title", digest.Query{Text: "стамбуле", Party: "russia"}, []string{"russia/demand: neutral status for Ukraine"}},
		{"unknown party", digest.Query{Party: "atlantis"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, texts(tc.q)); diff != "" {
				t.Errorf("Statements(%+v) (-want +got):\n%s", tc.q, diff)
			}
		})
	}

	t.Run("sources and figures", func(t *testing.T) {
		got, err := s.Statements(context.Background(), digest.Query{Party: "ukraine", Kind: digest.Rejection})
		if err != nil {
			t.Fatal(err)
		}
		want := []digest.Statement{{
			Party: "ukraine", Kind: digest.Rejection, Text: "Обмен пленными", Figures: []digest.Figure{prisoners},
			FirstSeen: t0.Add(3 * time.Hour), LastSeen: t0.Add(3 * time.Hour),
			Sources: []digest.Source{{ItemID: "i3", Title: "Переговоры в Стамбуле", URL: "https://a.example/3", Feed: "A", Published: t0.Add(3 * time.Hour)}},
		}}
		if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(digest.Statement{}, "ID")); diff != "" {
			t.Errorf("statement (-want +got):\n%s", diff)
		}
		if n, err := s.CountStatements(context.Background()); err != nil || n != 5 {
			t.Errorf("CountStatements = %d, %v; want 5", n, err)
		}
	})
}

func TestReplaceItemStatements(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	savePoll(t, s, feed("A"), []digest.Item{item("a1", "https://a.example/1", "First report", 1)}, []digest.Statement{
		stmt("russia", digest.Demand, "a halt to Western arms supplies", "a1", days),
		stmt("russia", digest.Demand, "recognition of Crimea", "a1"),
	})
	savePoll(t, s, feed("B"), []digest.Item{item("b1", "https://b.example/1", "Second report", 5)}, []digest.Statement{
		stmt("russia", digest.Demand, "a halt to Western arms supplies", "b1", prisoners),
	})

	// The full article of a1 is read: it only holds a different demand.
	if err := s.ReplaceItemStatements(ctx, "a1", []digest.Statement{
		{Party: "russia", Kind: digest.Demand, Text: "limits on the size of Ukraine's army"},
	}); err != nil {
		t.Fatal(err)
	}
	h := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Hour) }
	want := []brief{
		{Party: "russia", Kind: digest.Demand, Text: "a halt to Western arms supplies", FirstSeen: h(5), LastSeen: h(5),
			Sources: []string{"b1"}, Figures: []digest.Figure{prisoners}},
		{Party: "russia", Kind: digest.Demand, Text: "limits on the size of Ukraine's army", FirstSeen: h(1), LastSeen: h(1),
			Sources: []string{"a1"}},
	}
	if diff := cmp.Diff(want, briefs(t, s, digest.Query{}), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}

	// The deleted statement is gone from merging too: reporting it again
	// creates it anew.
	savePoll(t, s, feed("B"), []digest.Item{item("b2", "https://b.example/2", "Third report", 7)}, []digest.Statement{
		stmt("russia", digest.Demand, "recognition of Crimea", "b2"),
	})
	if n, _ := s.CountStatements(ctx); n != 3 {
		t.Errorf("CountStatements = %d, want 3", n)
	}

	if err := s.ReplaceItemStatements(ctx, "missing", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("ReplaceItemStatements(missing) = %v, want ErrNotFound", err)
	}
}

// TestMergeSeesOtherProcessWrites: a statement stored through another
// connection to the same file (such as `parley ingest` beside `parley run`)
// is merged with, not duplicated.
func TestMergeSeesOtherProcessWrites(t *testing.T) {
	ctx := context.Background()
	s1, path := openTest(t)
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()

	savePoll(t, s1, feed("A"), []digest.Item{item("a1", "https://a.example/1", "One", 1)},
		[]digest.Statement{stmt("russia", digest.Demand, "sanctions relief", "a1")})
	savePoll(t, s2, feed("B"), []digest.Item{item("b1", "https://b.example/1", "Two", 2)},
		[]digest.Statement{stmt("russia", digest.Demand, "a new security treaty", "b1")})
	savePoll(t, s1, feed("A"), []digest.Item{item("a2", "https://a.example/2", "Three", 3)},
		[]digest.Statement{stmt("russia", digest.Demand, "a new security treaty", "a2")})

	want := []brief{
		{Party: "russia", Kind: digest.Demand, Text: "a new security treaty", FirstSeen: t0.Add(2 * time.Hour), LastSeen: t0.Add(3 * time.Hour), Sources: []string{"b1", "a2"}},
		{Party: "russia", Kind: digest.Demand, Text: "sanctions relief", FirstSeen: t0.Add(time.Hour), LastSeen: t0.Add(time.Hour), Sources: []string{"a1"}},
	}
	if diff := cmp.Diff(want, briefs(t, s1, digest.Query{}), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
}
