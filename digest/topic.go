package digest

import (
	"fmt"
	"log/slog"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
)

// Party is one side of the negotiation (or a mediator), with the names the
// news uses for it.
type Party struct {
	// ID is the short, lower-case name used in commands: "russia".
	ID string `json:"id" toml:"id"`
	// Name is the display name: "Russia".
	Name string `json:"name" toml:"name"`
	// Aliases are the other names that stand for the party: people,
	// capitals, institutions, adjectives and spelling variants.
	Aliases []string `json:"aliases" toml:"aliases"`
}

// Topic is a topic pack: the negotiation parley follows, as data.
type Topic struct {
	// Name is the negotiation's display name.
	Name string `json:"name" toml:"name"`
	// Keywords are terms (any language) that mark an item as being about
	// the negotiation: "peace talks", "ceasefire", "переговоры".
	Keywords []string `json:"keywords" toml:"keywords"`
	// Cues are weaker terms, the vocabulary of bargaining in general
	// ("deal", "terms", "agreed", "envoy", "сделка"): they count, for a
	// fraction of a keyword, only in a sentence that names one of the two
	// sides and no exclusion term, and only to back keywords (see
	// relevance.go).
	Cues []string `json:"cues,omitempty" toml:"cues"`
	// Exchanges are word stems ("swap", "prisoner", "обмен") that mark the
	// keywords naming exchanges of prisoners or bodies: such keywords count
	// as evidence only in an item that names both sides, since a swap
	// between one side and a third country is another bargain.
	Exchanges []string `json:"exchanges,omitempty" toml:"exchanges"`
	// Exclude are terms that mark confusable other negotiations ("Board of
	// Peace", "Iran nuclear"); they lower an item's score.
	Exclude []string `json:"exclude" toml:"exclude"`
	Parties []Party  `json:"parties" toml:"party"`
	// MinScore is the score from which an item is relevant; zero means the
	// built-in threshold.
	MinScore float64 `json:"min_score" toml:"min_score"`
}

// Analyzer is a compiled topic pack: it scores items and extracts
// statements. It is safe for concurrent use.
type Analyzer struct {
	topic  Topic
	byName map[string]string // lower-cased ID, name or alias -> party ID
	scorer *scorer
	ext    *extractor
	// maxText caps the bytes of an item's text that extraction reads.
	maxText int
	// failed, when set, is called once for each item whose extraction
	// failed.
	failed func()
}

// Option configures an Analyzer.
type Option func(*Analyzer)

// WithMaxText caps the bytes of an item's text that extraction reads (the
// config key digest.max_text_chars); n <= 0 keeps the default,
// DefaultMaxText.
func WithMaxText(n int) Option {
	return func(a *Analyzer) {
		if n > 0 {
			a.maxText = n
		}
	}
}

// WithFailureHook has f called once for each item whose statement
// extraction failed (and so yielded no statements), after the failure is
// logged. f may be called from several goroutines at once.
func WithFailureHook(f func()) Option {
	return func(a *Analyzer) { a.failed = f }
}

// NewAnalyzer checks and compiles a topic pack.
func NewAnalyzer(t Topic, opts ...Option) (*Analyzer, error) {
	if len(t.Parties) == 0 {
		return nil, fmt.Errorf("digest: topic %q has no parties", t.Name)
	}
	a := &Analyzer{topic: t, byName: map[string]string{}, maxText: DefaultMaxText}
	for _, o := range opts {
		o(a)
	}
	for _, p := range t.Parties {
		if p.ID == "" {
			return nil, fmt.Errorf("digest: topic %q: a party has no id", t.Name)
		}
		id := strings.ToLower(p.ID)
		if _, dup := a.byName[id]; dup {
			return nil, fmt.Errorf("digest: topic %q: party %q named twice", t.Name, p.ID)
		}
		a.byName[id] = p.ID
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if n = strings.ToLower(strings.TrimSpace(n)); n != "" {
				if _, taken := a.byName[n]; !taken {
					a.byName[n] = p.ID
				}
			}
		}
	}
	a.scorer = newScorer(t)
	a.ext = newExtractor(t)
	a.ext.maxText = a.maxText
	return a, nil
}

// Topic returns the pack the analyzer was built from.
func (a *Analyzer) Topic() Topic { return a.topic }

// ResolveParty turns any ID, display name or alias, in any case, into the
// party. An unknown name is an error that lists the known party IDs.
func (a *Analyzer) ResolveParty(name string) (Party, error) {
	id, ok := a.byName[strings.ToLower(strings.TrimSpace(name))]
	if ok {
		for _, p := range a.topic.Parties {
			if p.ID == id {
				return p, nil
			}
		}
	}
	ids := make([]string, 0, len(a.topic.Parties))
	for _, p := range a.topic.Parties {
		ids = append(ids, p.ID)
	}
	sort.Strings(ids)
	return Party{}, fmt.Errorf("unknown party %q: known parties are %s", name, strings.Join(ids, ", "))
}

// Score tells whether an item is about the topic.
func (a *Analyzer) Score(it Item) Relevance { return a.scorer.score(it) }

// Extract finds the statements in an item's text. Each statement has the
// item as its one source and the item's publication time as first and last
// seen. It does not check relevance. A fault in a reading rule never takes
// the caller down: the item then yields no statements and the fault is
// logged with the item's ID and reported to the failure hook
// (WithFailureHook).
func (a *Analyzer) Extract(it Item) []Statement { return a.contained(it, a.ext.extract) }

// contained runs extract on the item and turns a panic into no statements,
// an error in the log and a call of the failure hook: one odd sentence must
// not stop a poll (and, restarted, stop it again on the same item).
func (a *Analyzer) contained(it Item, extract func(Item) []Statement) (out []Statement) {
	defer func() {
		if r := recover(); r != nil {
			slog.Error("digest: statement extraction failed; the item yields no statements", "item_id", it.ID, "title", it.Title, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			out = nil
			if a.failed != nil {
				a.failed()
			}
		}
	}()
	return extract(it)
}

// Analyze scores the item, records the result on it, and returns its
// statements when it is relevant (none otherwise). An item with some
// evidence of the talks but too little to be kept on its words alone is
// kept when its statements show both sides' positions: an analysis full
// of demands and offers that seldom says "talks" is about them.
func (a *Analyzer) Analyze(it *Item) []Statement {
	var bothNamed bool
	story := it.storyOnly() // read once for relevance and extraction
	it.Relevance, bothNamed = a.scorer.scoreMutual(story)
	if it.Relevant {
		return a.contained(story, a.ext.extractStory)
	}
	if it.Score == 0 || !bothNamed {
		return nil // only an item that names both sides can hold both sides' positions
	}
	stmts := a.contained(story, a.ext.extractStory)
	held := map[string]int{}
	for _, s := range stmts {
		if slices.Contains(a.ext.sides, s.Party) {
			held[s.Party]++
		}
	}
	if len(held) < 2 {
		return nil
	}
	it.Relevant = true
	it.Reason += fmt.Sprintf("; kept for the positions of both sides (%d statements)", len(stmts))
	return stmts
}
