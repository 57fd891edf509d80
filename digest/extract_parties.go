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

// addAliases records the names of the topic's parties in voc: each alias
// under its first word, longest first.
func addAliases(t Topic, voc *vocab) {
	seen := map[string]bool{}
	for _, p := range t.Parties {
		names := append(append([]string{p.Name}, p.Aliases...), p.ID) // the id last: a name written the same way comes first
		for i, n := range names {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			var words []string
			upper, common := true, false
			for _, tk := range tokenize(n) {
				if !tk.word {
					continue
				}
				common = !tk.caps
				words = append(words, tk.low)
				voc.add(tk.low)
				upper = upper && tk.upper
			}
			if len(words) > 1 && words[0] == "the" && !(len(words) == 2 && common) {
				words = words[1:] // "the Kremlin" is "Kremlin"; but "the bloc" is not "any military bloc"
			}
			if len(words) == 0 {
				continue
			}
			// The id is a key, written in lower case: a short one names its
			// party only in capitals, as "US" does, or "told us" would be
			// the United States.
			upper = (upper || i == len(names)-1) && len(words) == 1 && len(words[0]) <= 4
			key := strings.Join(words, " ")
			if seen[key] {
				continue
			}
			seen[key] = true
			wi := voc.add(words[0])
			wi.aliases = append(wi.aliases, alias{words: words, party: p.ID, upper: upper})
		}
	}
	for _, wi := range voc.words {
		sort.SliceStable(wi.aliases, func(i, j int) bool { return len(wi.aliases[i].words) > len(wi.aliases[j].words) })
	}
}

// mention is a party named in a sentence, over tokens [start, end).
type mention struct {
	party      string
	start, end int
	poss       bool // "Russia's", "the Kremlin's"
}

// mentions appends to out the party names in toks, left to right, longest
// match first.
func mentions(out []mention, toks []token) []mention {
	for i := 0; i < len(toks); i++ {
		if !toks[i].word || toks[i].info == nil {
			continue
		}
		for _, a := range toks[i].info.aliases {
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
