package digest

import (
	"sort"
	"strings"
)

// alias is one name of a party, as lower-cased words.
type alias struct {
	words []string
	party string
	// upper is set for short all-capital names ("US", "EU"): they match
	// only when written in capitals, so that "us" the pronoun does not.
	upper bool
}

// partyIndex finds party names in tokens.
type partyIndex struct {
	byFirst map[string][]alias // first word -> aliases, longest first
}

func newPartyIndex(t Topic) *partyIndex {
	ix := &partyIndex{byFirst: map[string][]alias{}}
	seen := map[string]bool{}
	for _, p := range t.Parties {
		names := append([]string{p.ID, p.Name}, p.Aliases...)
		for _, n := range names {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			var words []string
			upper := true
			for _, tk := range tokenize(n) {
				if !tk.word {
					continue
				}
				words = append(words, tk.low)
				upper = upper && tk.upper
			}
			if len(words) > 1 && words[0] == "the" {
				words = words[1:]
			}
			if len(words) == 0 {
				continue
			}
			upper = upper && len(words) == 1 && len(words[0]) <= 4
			key := strings.Join(words, " ")
			if seen[key] {
				continue
			}
			seen[key] = true
			ix.byFirst[words[0]] = append(ix.byFirst[words[0]], alias{words: words, party: p.ID, upper: upper})
		}
	}
	for _, as := range ix.byFirst {
		sort.SliceStable(as, func(i, j int) bool { return len(as[i].words) > len(as[j].words) })
	}
	return ix
}

// mention is a party named in a sentence, over tokens [start, end).
type mention struct {
	party      string
	start, end int
	poss       bool // "Russia's", "the Kremlin's"
}

// mentions lists the party names in toks, left to right, longest match
// first.
func (ix *partyIndex) mentions(toks []token) []mention {
	var out []mention
	for i := 0; i < len(toks); i++ {
		if !toks[i].word {
			continue
		}
		for _, a := range ix.byFirst[toks[i].low] {
			if a.upper && !toks[i].upper {
				continue
			}
			if i+len(a.words) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(a.words); k++ {
				if t := toks[i+k]; !t.word || t.low != a.words[k] || toks[i+k-1].poss {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			end := i + len(a.words)
			out = append(out, mention{party: a.party, start: i, end: end, poss: toks[end-1].poss})
			i = end - 1
			break
		}
	}
	return out
}
