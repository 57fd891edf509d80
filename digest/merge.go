package digest

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
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
func MergeKey(text string) string { return strings.Join(mergeWords(text), " ") }

// mergeWords returns the words of MergeKey, sorted and deduplicated.
func mergeWords(text string) []string {
	out := make([]string, 0, 12)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		start := i
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				i += size
				continue
			}
			// "1,000": a comma between digits belongs to the number.
			if r == ',' && i+1 < len(text) && isDigitByte(text[i+1]) && isDigitByte(text[i-1]) {
				i++
				continue
			}
			break
		}
		w := strings.ToLower(text[start:i])
		if strings.IndexByte(w, ',') >= 0 {
			w = strings.ReplaceAll(w, ",", "")
		}
		if mergeStopWords.has(w) {
			continue
		}
		if w = stem(w); w != "" {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// tokenMergeWords is mergeWords of a statement's tokens, which are already
// cut and lower-cased.
func tokenMergeWords(toks []token) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if !t.word || t.in(mergeStopWords) {
			continue
		}
		w := t.low
		if strings.IndexByte(w, ',') >= 0 {
			w = strings.ReplaceAll(w, ",", "")
		}
		if w = stem(w); w != "" {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return slices.Compact(out)
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
	return keyA == keyB || sameWords(strings.Fields(keyA), strings.Fields(keyB))
}

// sameWords is SameStatement on sorted, deduplicated word lists.
func sameWords(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	common, numsA, numsB, numsCommon := 0, 0, 0, 0
	for i, j := 0, 0; i < len(a) || j < len(b); {
		switch {
		case j >= len(b) || (i < len(a) && a[i] < b[j]):
			if isNumber(a[i]) {
				numsA++
			}
			i++
		case i >= len(a) || b[j] < a[i]:
			if isNumber(b[j]) {
				numsB++
			}
			j++
		default:
			common++
			if isNumber(a[i]) {
				numsCommon++
			}
			i++
			j++
		}
	}
	if numsA+numsCommon > 0 && numsB+numsCommon > 0 && (numsA > 0 || numsB > 0) {
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
// statement keeps the text of the first, unless a later one says more:
// it has figures where the first has none, or more than twice its words
// (the first being almost wholly within it). It keeps every source once,
// the earliest first_seen, the latest last_seen and the figures of all.
// Order follows first appearance.
func MergeStatements(stmts []Statement) []Statement {
	return mergeStatements(make([]Statement, 0, len(stmts)), stmts, nil, false)
}

// mergeStatements appends the merged stmts to out. words are the merge
// words of stmts when the caller has them (else nil). Unless private, the
// sources and figures of the result are copies, never shared with stmts.
func mergeStatements(out, stmts []Statement, words [][]string, private bool) []Statement {
	keys := make([][]string, 0, len(stmts))
	sizes := make([]int, 0, len(stmts)) // words of the text each keeps
	for n, s := range stmts {
		var key []string
		if words != nil {
			key = words[n]
		} else {
			key = mergeWords(s.Text)
		}
		merged := false
		for i := range out {
			if out[i].Party != s.Party || out[i].Kind != s.Kind || !sameWords(keys[i], key) {
				continue
			}
			if len(out[i].Figures) == 0 && len(s.Figures) > 0 {
				out[i].Text, keys[i], sizes[i] = s.Text, key, len(key) // "swap 157 prisoners each" says more than "a prisoner swap"
			} else if len(key) > 2*len(keys[i]) && len(key) > sizes[i] {
				// a list the short wording is part of ("Ukrainian forces to
				// leave Donbas, no foreign troops ...") says more than a
				// headline's "no foreign troops"; but the short wording
				// still matches what follows ("no foreign troops after the
				// war"), which the list might not
				out[i].Text, sizes[i] = s.Text, len(key)
			}
			out[i] = mergeInto(out[i], s)
			merged = true
			break
		}
		if !merged {
			if !private {
				s.Sources = append([]Source(nil), s.Sources...)
				s.Figures = append([]Figure(nil), s.Figures...)
			}
			out = append(out, s)
			keys = append(keys, key)
			sizes = append(sizes, len(key))
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
