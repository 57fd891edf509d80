package digest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// The evaluation: articles about the talks written for parley in
// testdata/eval, with gold.json saying what each party demands and what was
// agreed, proposed and rejected (format and matching rule in
// testdata/eval/README.md). Articles marked held_out were not looked at
// while the extractor was tuned.

type evalAlts [][]string

type evalParty struct {
	Expected  map[string]evalAlts `json:"expected"`
	Forbidden map[string]evalAlts `json:"forbidden"`
}

type evalKind struct {
	Expected map[string]evalAlts `json:"expected"`
}

type evalArticle struct {
	Relevant   bool                 `json:"relevant"`
	HeldOut    bool                 `json:"held_out"`
	Demands    map[string]evalParty `json:"demands"`
	Agreements *evalKind            `json:"agreements"`
	Proposals  *evalKind            `json:"proposals"`
	Rejections *evalKind            `json:"rejections"`
}

// evalCount is found out of total.
type evalCount struct{ found, total int }

func (c evalCount) ratio() float64 {
	if c.total == 0 {
		return 1
	}
	return float64(c.found) / float64(c.total)
}

// evalResult is the outcome of one evaluation run.
type evalResult struct {
	recall    map[string]*evalCount // by kind; "demand/russia" by party
	precision map[string]*evalCount // statements of a kind matching a gold item
	heldOut   map[string]*evalCount // recall by kind, held-out articles only
	forbidden []string
	offTopic  int      // statements Extract returns for off-topic articles
	offKept   int      // statements Analyze returns for them (relevance applied)
	dropped   []string // on-topic articles relevance drops in Analyze
	onTopic   int
	long, all int // statements over 30 words, all statements
	missed    []string
}

func (r *evalResult) add(m map[string]*evalCount, key string, ok bool) {
	if m[key] == nil {
		m[key] = &evalCount{}
	}
	m[key].total++
	if ok {
		m[key].found++
	}
}

// evalMatch applies the matching rule: a statement of the party (any party
// when party is "") and kind whose text contains, case-insensitively, every
// string of one alternative.
func evalMatch(stmts []Statement, party string, kind Kind, alts evalAlts) bool {
	for _, s := range stmts {
		if s.Kind == kind && (party == "" || s.Party == party) && evalTextMatch(s.Text, alts) {
			return true
		}
	}
	return false
}

func evalTextMatch(text string, alts evalAlts) bool {
	text = strings.ToLower(text)
	for _, alt := range alts {
		all := true
		for _, w := range alt {
			if !strings.Contains(text, strings.ToLower(w)) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// readEvalArticle reads a fixture: "Title:", "Outlet:", "Published:",
// "URL:" lines, a blank line, the body.
func readEvalArticle(tb testing.TB, path string) Item {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	it := Item{ID: filepath.Base(path)}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	header := true
	var body []string
	for sc.Scan() {
		line := sc.Text()
		if !header {
			body = append(body, line)
			continue
		}
		if line == "" {
			header = false
			continue
		}
		k, v, _ := strings.Cut(line, ":")
		v = strings.TrimSpace(v)
		switch k {
		case "Title":
			it.Title = v
		case "Outlet":
			it.Feed = v
		case "URL":
			it.URL = v
		case "Published":
			if it.Published, err = time.Parse(time.RFC3339, v); err != nil {
				tb.Fatalf("%s: %v", path, err)
			}
		}
	}
	it.Content = strings.TrimSpace(strings.Join(body, "\n"))
	return it
}

func loadEval(tb testing.TB) (map[string]evalArticle, map[string]Item) {
	tb.Helper()
	var gold struct {
		Articles map[string]evalArticle `json:"articles"`
	}
	b, err := os.ReadFile(filepath.Join("testdata", "eval", "gold.json"))
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		tb.Fatal(err)
	}
	items := map[string]Item{}
	for name := range gold.Articles {
		items[name] = readEvalArticle(tb, filepath.Join("testdata", "eval", name))
	}
	return gold.Articles, items
}

func runEval(a *Analyzer, gold map[string]evalArticle, items map[string]Item) *evalResult {
	r := &evalResult{recall: map[string]*evalCount{}, precision: map[string]*evalCount{}, heldOut: map[string]*evalCount{}}
	names := make([]string, 0, len(gold))
	for n := range gold {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		g, it := gold[name], items[name]
		stmts := a.ext.extract(it) // unguarded: a panic must fail the evaluation
		for _, s := range stmts {
			r.all++
			if len(strings.Fields(s.Text)) > maxStatementWords {
				r.long++
			}
		}
		if !g.Relevant {
			r.offTopic += len(stmts)
			r.offKept += len(a.Analyze(&it))
			continue
		}
		r.onTopic++
		if a.Analyze(&it); !it.Relevant {
			r.dropped = append(r.dropped, name)
		}
		score := func(key, kind string, ok bool, label string) {
			r.add(r.recall, key, ok)
			if g.HeldOut {
				r.add(r.heldOut, kind, ok)
			}
			if !ok {
				r.missed = append(r.missed, fmt.Sprintf("%s: %s %s", name, key, label))
			}
		}
		golds := map[Kind][]evalAlts{}
		for party, pg := range g.Demands {
			for label, alts := range pg.Expected {
				ok := evalMatch(stmts, party, Demand, alts)
				score("demand", "demand", ok, party+" "+label)
				r.add(r.recall, "demand/"+party, ok)
				golds[Demand] = append(golds[Demand], alts)
			}
			for label, alts := range pg.Forbidden {
				if evalMatch(stmts, party, Demand, alts) {
					r.forbidden = append(r.forbidden, fmt.Sprintf("%s: %s demand %s", name, party, label))
				}
			}
		}
		for kind, kg := range map[Kind]*evalKind{Agreement: g.Agreements, Proposal: g.Proposals, Rejection: g.Rejections} {
			if kg == nil {
				continue
			}
			for label, alts := range kg.Expected {
				score(string(kind), string(kind), evalMatch(stmts, "", kind, alts), label)
				golds[kind] = append(golds[kind], alts)
			}
		}
		// Precision: the share of statements of a kind that state a gold
		// item of that kind (of any alternative).
		for _, s := range stmts {
			ok := false
			for _, alts := range golds[s.Kind] {
				if evalTextMatch(s.Text, alts) {
					ok = true
					break
				}
			}
			r.add(r.precision, string(s.Kind), ok)
		}
	}
	sort.Strings(r.missed)
	return r
}

func TestEval(t *testing.T) {
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	gold, items := loadEval(t)
	if len(gold) < 12 {
		t.Fatalf("%d eval articles, want at least 12", len(gold))
	}
	r := runEval(a, gold, items)
	keys := make([]string, 0, len(r.recall))
	for k := range r.recall {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c := r.recall[k]
		t.Logf("recall    %-16s %.2f (%d/%d)", k, c.ratio(), c.found, c.total)
	}
	for _, k := range Kinds {
		if c := r.precision[string(k)]; c != nil {
			t.Logf("precision %-16s %.2f (%d/%d)", k, c.ratio(), c.found, c.total)
		}
		if c := r.heldOut[string(k)]; c != nil {
			t.Logf("held-out  %-16s %.2f (%d/%d)", k, c.ratio(), c.found, c.total)
		}
	}
	t.Logf("off-topic: %d statements from Extract, %d after relevance; over %d words: %d of %d",
		r.offTopic, r.offKept, maxStatementWords, r.long, r.all)
	for _, m := range r.missed {
		t.Logf("missed %s", m)
	}
	for _, f := range r.forbidden {
		t.Errorf("forbidden attribution: %s", f)
	}
	if c := r.recall["demand"]; c.ratio() < 0.9 {
		t.Errorf("demand recall %.2f (%d/%d), want >= 0.90", c.ratio(), c.found, c.total)
	}
	if c := r.recall["agreement"]; c.ratio() < 0.9 {
		t.Errorf("agreement recall %.2f (%d/%d), want >= 0.90", c.ratio(), c.found, c.total)
	}
	if r.all > 0 && float64(r.long) >= 0.1*float64(r.all) {
		t.Errorf("%d of %d statements over %d words, want under 10%%", r.long, r.all, maxStatementWords)
	}
	t.Logf("on-topic articles relevance drops: %d of %d %v", len(r.dropped), r.onTopic, r.dropped)
	if float64(len(r.dropped)) > 0.05*float64(r.onTopic) {
		t.Errorf("relevance drops %d of %d on-topic articles %v, want at most 5%%", len(r.dropped), r.onTopic, r.dropped)
	}
	if r.offKept > 0 {
		t.Errorf("%d statements from off-topic articles after relevance, want none", r.offKept)
	}
}

// BenchmarkEval reports the evaluation's numbers as benchmark metrics:
// go test ./digest/ -run '^$' -bench Eval -benchtime 1x
func BenchmarkEval(b *testing.B) {
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		b.Fatal(err)
	}
	gold, items := loadEval(b)
	var r *evalResult
	for b.Loop() {
		r = runEval(a, gold, items)
	}
	for _, k := range Kinds {
		if c := r.recall[string(k)]; c != nil {
			b.ReportMetric(c.ratio(), string(k)+"_recall")
		}
		if c := r.precision[string(k)]; c != nil {
			b.ReportMetric(c.ratio(), string(k)+"_precision")
		}
		if c := r.heldOut[string(k)]; c != nil {
			b.ReportMetric(c.ratio(), string(k)+"_heldout_recall")
		}
	}
	b.ReportMetric(float64(len(r.forbidden)), "forbidden")
}

// TestExtractNoFault runs the extractor without the recovery that Extract
// wraps it in over every fixture, so that a fault in a reading rule fails
// here instead of only being logged (and the article silently yielding
// nothing).
func TestExtractNoFault(t *testing.T) {
	_, items := loadEval(t)
	e := newExtractor(DefaultTopic())
	for id, it := range items {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: extraction panicked: %v", id, r)
				}
			}()
			e.extract(it)
		}()
	}
}
