package digest

import (
	"sort"
	"strings"
	"unicode"
)

// mergeStopWords carry no position: they are left out of merge keys.
var mergeStopWords = set("a", "an", "the", "of", "to", "for", "on", "in", "and", "or",
	"with", "by", "from", "at", "as", "its", "their", "his", "her", "that", "this",
	"be", "is", "are", "was", "were", "will", "would", "should", "must", "it", "any",
	"all", "also", "into", "about", "over", "than", "them", "they", "which", "who",
	"each", "other", "side", "sides", "s", "has", "have", "had", "been", "so", "such")

// MergeKey is the normalized form of a statement's text used to find the
// same position reported by other outlets: lower-cased words without
// punctuation or stop words, lightly stemmed, sorted and deduplicated.
// Numbers keep their digits ("1,000" -> "1000").
func MergeKey(text string) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ','
	})
	seen := make(map[string]bool, len(words))
	out := make([]string, 0, len(words))
	for _, w := range words {
		w = strings.Trim(w, ",")
		if isNumber(w) {
			w = strings.ReplaceAll(w, ",", "")
		} else if strings.Contains(w, ",") {
			for _, p := range strings.Split(w, ",") {
				if p = stem(p); p != "" && !mergeStopWords[p] && !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
			continue
		}
		if mergeStopWords[w] {
			continue
		}
		w = stem(w)
		if w == "" || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// stem strips common English endings so that forms of a word meet:
// "demands" -> "demand", "prisoners" -> "prisoner", "exchanged" and
// "exchange" -> "exchang".
func stem(w string) string {
	if len(w) <= 3 || isNumber(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		return w[:len(w)-3]
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return w[:len(w)-2]
	case strings.HasSuffix(w, "es") && (strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses")):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return stem(w[:len(w)-1])
	case strings.HasSuffix(w, "e") && len(w) > 4:
		return w[:len(w)-1]
	}
	return w
}

// SameStatement reports whether two statement texts, given as merge keys,
// state the same position closely enough to be merged: their word sets
// overlap by a Jaccard index of at least 0.6, or the smaller one (of three
// words or more) is almost wholly within the larger. Numbers must agree: a
// swap of 84 is not a swap of 146.
func SameStatement(keyA, keyB string) bool {
	if keyA == keyB {
		return true
	}
	a, b := strings.Fields(keyA), strings.Fields(keyB)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	inB := make(map[string]bool, len(b))
	for _, w := range b {
		inB[w] = true
	}
	common := 0
	numsA, numsB := "", ""
	for _, w := range a {
		if inB[w] {
			common++
		}
		if isNumber(w) {
			numsA += w + " "
		}
	}
	for _, w := range b {
		if isNumber(w) {
			numsB += w + " "
		}
	}
	if numsA != "" && numsB != "" && numsA != numsB {
		return false
	}
	union := len(a) + len(b) - common
	if float64(common) >= 0.6*float64(union) {
		return true
	}
	small := min(len(a), len(b))
	return small >= 3 && float64(common) >= 0.8*float64(small)
}

// MergeStatements merges the statements that hold the same position: same
// party, same kind, and texts that SameStatement accepts. A merged
// statement keeps the text of the first, every source once, the earliest
// first_seen, the latest last_seen and the figures of all. Order follows
// first appearance.
func MergeStatements(stmts []Statement) []Statement {
	out := make([]Statement, 0, len(stmts))
	keys := make([]string, 0, len(stmts))
	for _, s := range stmts {
		key := MergeKey(s.Text)
		merged := false
		for i := range out {
			if out[i].Party != s.Party || out[i].Kind != s.Kind || !SameStatement(keys[i], key) {
				continue
			}
			out[i] = mergeInto(out[i], s)
			merged = true
			break
		}
		if !merged {
			s.Sources = append([]Source(nil), s.Sources...)
			s.Figures = append([]Figure(nil), s.Figures...)
			out = append(out, s)
			keys = append(keys, key)
		}
	}
	return out
}

// mergeInto adds b's sources, dates and figures to a.
func mergeInto(a, b Statement) Statement {
	for _, src := range b.Sources {
		dup := false
		for _, have := range a.Sources {
			if have.ItemID == src.ItemID && have.URL == src.URL {
				dup = true
				break
			}
		}
		if !dup {
			a.Sources = append(a.Sources, src)
		}
	}
	if !b.FirstSeen.IsZero() && (a.FirstSeen.IsZero() || b.FirstSeen.Before(a.FirstSeen)) {
		a.FirstSeen = b.FirstSeen
	}
	if b.LastSeen.After(a.LastSeen) {
		a.LastSeen = b.LastSeen
	}
	for _, f := range b.Figures {
		dup := false
		for _, have := range a.Figures {
			if have.Value == f.Value && have.Unit == f.Unit && have.Max == f.Max && have.Of == f.Of {
				dup = true
				break
			}
		}
		if !dup {
			a.Figures = append(a.Figures, f)
		}
	}
	return a
}
