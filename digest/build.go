package digest

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Period is a span of time, From inclusive, To exclusive.
type Period struct {
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
}

// PeriodEnding is the period of the given length that ends at at: the last
// 24 hours before a scheduled post, in the schedule's time zone.
func PeriodEnding(at time.Time, length time.Duration) Period {
	return Period{From: at.Add(-length), To: at}
}

// Contains reports whether t is within the period.
func (p Period) Contains(t time.Time) bool { return !t.Before(p.From) && t.Before(p.To) }

// Digest is what is new about the talks in a period, by kind and party.
type Digest struct {
	Topic  string `json:"topic"`
	Period Period `json:"period"`
	// Headline is a one-line summary of what is new.
	Headline string    `json:"headline"`
	Sections []Section `json:"sections"`
	// Sources are the items cited by the sections' statements, each once,
	// in the order they are first cited.
	Sources []Source `json:"sources"`
	// Quiet is set when nothing new was reported in the period.
	Quiet bool `json:"quiet"`
}

// Section is one kind of position of one party: the statements first
// reported in the period, and those first reported earlier that the
// period's news still repeats.
type Section struct {
	Kind      Kind   `json:"kind"`
	Party     string `json:"party"`
	PartyName string `json:"party_name"`
	// Statements are new in the period, oldest first.
	Statements []Statement `json:"statements"`
	// StillReported were first seen before the period and seen again in it.
	StillReported []Statement `json:"still_reported,omitempty"`
}

// Build makes the digest of a period from statements (typically those
// whose LastSeen is in the period). A statement is new when its FirstSeen is
// in the period, still reported when it was first seen before the period and
// last seen in it; others are left out. Each statement keeps only the
// sources published in the period (all of them if none is).
//
// Sections come in the order of Kinds (other kinds after, by name), then of
// the pack's parties (unknown parties after, by ID); statements by first
// seen, then text. The result depends only on the arguments.
func Build(t Topic, p Period, stmts []Statement) Digest {
	d := Digest{Topic: t.Name, Period: p, Sections: []Section{}, Sources: []Source{}}
	type key struct {
		kind  Kind
		party string
	}
	sections := map[key]*Section{}
	for _, s := range stmts {
		isNew := p.Contains(s.FirstSeen)
		still := s.FirstSeen.Before(p.From) && p.Contains(s.LastSeen)
		if !isNew && !still {
			continue
		}
		k := key{s.Kind, s.Party}
		sec := sections[k]
		if sec == nil {
			sec = &Section{Kind: s.Kind, Party: s.Party, PartyName: partyName(t, s.Party), Statements: []Statement{}}
			sections[k] = sec
		}
		s = inPeriod(s, p)
		if isNew {
			sec.Statements = append(sec.Statements, s)
		} else {
			sec.StillReported = append(sec.StillReported, s)
		}
	}
	for _, sec := range sections {
		slices.SortFunc(sec.Statements, compareStatements)
		slices.SortFunc(sec.StillReported, compareStatements)
		d.Sections = append(d.Sections, *sec)
	}
	slices.SortFunc(d.Sections, func(a, b Section) int {
		return cmp.Or(
			cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)),
			cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(partyRank(t, a.Party), partyRank(t, b.Party)),
			cmp.Compare(a.Party, b.Party),
		)
	})
	d.Sources = citedSources(d.Sections)
	d.Quiet = true
	for _, sec := range d.Sections {
		if len(sec.Statements) > 0 {
			d.Quiet = false
		}
	}
	d.Headline = headline(d)
	return d
}

// inPeriod returns a copy of s that keeps only the sources published in the
// period (all of them when none is), with non-nil lists for JSON.
func inPeriod(s Statement, p Period) Statement {
	var srcs []Source
	for _, src := range s.Sources {
		if p.Contains(src.Published) {
			srcs = append(srcs, src)
		}
	}
	if len(srcs) == 0 {
		srcs = slices.Clone(s.Sources)
	}
	s.Sources = srcs
	if s.Sources == nil {
		s.Sources = []Source{}
	}
	s.Figures = slices.Clone(s.Figures)
	if s.Figures == nil {
		s.Figures = []Figure{}
	}
	return s
}

func compareStatements(a, b Statement) int {
	return cmp.Or(a.FirstSeen.Compare(b.FirstSeen), cmp.Compare(a.Text, b.Text), a.LastSeen.Compare(b.LastSeen))
}

// kindRank orders kinds as Kinds lists them, unknown kinds last.
func kindRank(k Kind) int {
	if i := slices.Index(Kinds, k); i >= 0 {
		return i
	}
	return len(Kinds)
}

// partyRank orders parties as the pack lists them, unknown parties last.
func partyRank(t Topic, id string) int {
	for i, p := range t.Parties {
		if p.ID == id {
			return i
		}
	}
	return len(t.Parties)
}

// partyName is the party's display name, or its ID when the pack does not
// know it.
func partyName(t Topic, id string) string {
	for _, p := range t.Parties {
		if p.ID == id && p.Name != "" {
			return p.Name
		}
	}
	return id
}

// sourceKey identifies a source across statements: its URL, else its feed
// and title.
func sourceKey(s Source) string {
	if s.URL != "" {
		return s.URL
	}
	return s.Feed + "\x00" + s.Title
}

// citedSources lists the sources of the sections' statements, each once, in
// the order they are first cited.
func citedSources(sections []Section) []Source {
	out := []Source{}
	seen := map[string]bool{}
	for _, sec := range sections {
		for _, list := range [][]Statement{sec.Statements, sec.StillReported} {
			for _, st := range list {
				for _, src := range st.Sources {
					if k := sourceKey(src); !seen[k] {
						seen[k] = true
						out = append(out, src)
					}
				}
			}
		}
	}
	return out
}

// maxHeadlineFigures bounds the figures quoted for agreements.
const maxHeadlineFigures = 3

// headline summarizes the new statements in one line: per kind, how many
// and from whom; for agreements, their figures. "2 new agreements (1,000
// prisoners; 6,000 bodies), 3 new demands (Russia 2, Ukraine 1)".
func headline(d Digest) string {
	type kindCount struct {
		kind    Kind
		n       int
		parties []string // display names, in section order
		byParty map[string]int
		figures []string
	}
	var counts []*kindCount
	still := 0
	for _, sec := range d.Sections {
		still += len(sec.StillReported)
		if len(sec.Statements) == 0 {
			continue
		}
		if len(counts) == 0 || counts[len(counts)-1].kind != sec.Kind {
			counts = append(counts, &kindCount{kind: sec.Kind, byParty: map[string]int{}})
		}
		c := counts[len(counts)-1]
		c.n += len(sec.Statements)
		if c.byParty[sec.PartyName] == 0 {
			c.parties = append(c.parties, sec.PartyName)
		}
		c.byParty[sec.PartyName] += len(sec.Statements)
		for _, st := range sec.Statements {
			for _, f := range st.Figures {
				if len(c.figures) < maxHeadlineFigures && !slices.Contains(c.figures, f.Text) && f.Text != "" {
					c.figures = append(c.figures, f.Text)
				}
			}
		}
	}
	if len(counts) == 0 {
		if still > 0 {
			return fmt.Sprintf("Nothing new; %s still reported", plural(still, "position"))
		}
		return "Nothing new reported"
	}
	parts := make([]string, 0, len(counts))
	for _, c := range counts {
		part := fmt.Sprintf("%d new %s", c.n, kindNoun(c.kind, c.n))
		switch {
		case c.kind == Agreement && len(c.figures) > 0:
			part += " (" + strings.Join(c.figures, "; ") + ")"
		case len(c.parties) == 1:
			part += " from " + c.parties[0]
		default:
			by := make([]string, len(c.parties))
			for i, p := range c.parties {
				by[i] = fmt.Sprintf("%s %d", p, c.byParty[p])
			}
			part += " (" + strings.Join(by, ", ") + ")"
		}
		parts = append(parts, part)
	}
	return strings.Join(parts, ", ")
}

// kindNoun is the kind as an English noun, plural unless n is 1:
// "demand", "next steps".
func kindNoun(k Kind, n int) string {
	noun := strings.ReplaceAll(string(k), "_", " ")
	if noun == "" {
		noun = "other position"
	}
	if n != 1 {
		noun += "s"
	}
	return noun
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
