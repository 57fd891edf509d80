package digest

import (
	"slices"
	"strings"
)

// This file reads exchanges named by a noun alone: "welcomed the exchange
// of 84 for 84", "after a swap of 150 prisoners each". An exchange that is
// named with who or how many were traded happened, unless the sentence
// negates it, makes it hypothetical or only talks about it.

// hypotheticals make a named exchange no fact: "a swap of 500 could follow".
var hypotheticals = set("would", "could", "might", "may", "should", "if", "unless",
	"whether", "possible", "possibility", "proposed", "planned", "prospect", "hopes",
	"hope", "hoped", "future", "next", "talks", "discuss", "discussed", "discussing")

// nominalExchange returns the agreement of a sentence that names an
// exchange of people with a noun ("the exchange of 84 for 84"), for
// sentences in which no cue found a position or that open on it.
func (sn *sentence) nominalExchange() []found {
	if k := sn.datedSwap(); k >= 0 {
		// "14 August — 84 for 84, among them civilians": a timeline entry
		return sn.emit(sn.bothSides(), Agreement, sn.span(k, sn.contentEnd(k+3)))
	}
	for i := 0; i+1 < len(sn.toks); i++ {
		if !sn.in(i, eventNouns) {
			continue
		}
		counted := i > 0 && countedCompound(sn.toks[i-1].low) // "the 1,000-for-1,000 swap", "a 314-prisoner swap"
		if !counted && (sn.low(i+1) != "of" || !sn.namesTraded(i+2, i+6)) {
			continue
		}
		if w := sn.low(i); !counted && (w == "return" || w == "release") && !hasNumber(sn.toks[i+2:min(i+6, len(sn.toks))]) {
			continue // "one item on every list — the return of deported children": asked for, with nothing counted done
		}
		if sn.inWhichClause(i) {
			continue // "..., which would make it the largest exchange of the war": a comment
		}
		if c := slices.IndexFunc(sn.toks[:i], func(t token) bool { return t.text == ":" }); c > 0 && slices.ContainsFunc(sn.cues, func(o cue) bool { return o.at < c && o.form == formNoun && o.kind != Agreement }) {
			return nil // "brought a demand: the return of the children": what is asked for, not done
		}
		if slices.ContainsFunc(sn.cues, func(o cue) bool { return o.at < i && o.kind == Demand && o.form == formVerb }) {
			return nil // "calls for an all-for-all swap and the return of every deported child": asked for, not done
		}
		if counted && sn.supposed() || !counted && sn.hypothetical(i) {
			return nil // but "Istanbul talks yield 1,000-for-1,000 swap" names the talks that made it
		}
		start := i - b2i(counted)
		if sn.in(start-1, determiners) {
			start--
		}
		if p := sn.low(sn.prevWord(start)); prepositions.has(p) && p != "after" && p != "in" && p != "with" || verbCues[p] == Demand {
			return nil // "talks on a swap of ...", "wants an exchange of ..."
		}
		end := sn.contentEnd(i + 1)
		if sn.low(i+1) == "as" && sn.contentEnd(i) == i+1 {
			end = i + 1 // a headline's "314-prisoner swap as Moscow holds to its demand"
		}
		return sn.emit(sn.bothSides(), Agreement, sn.span(start, end))
	}
	return nil
}

// carriedSwap returns the agreement of a sentence that counts the people
// an exchange brought home: "314 prisoners, 157 on each side, went home".
func (sn *sentence) carriedSwap() []found {
	if k := sn.swapCarried(); k >= 0 {
		return sn.emit(sn.bothSides(), Agreement, sn.span(k, sn.contentEndOf(k, true)))
	}
	return nil
}

// hypothetical reports whether the sentence negates or only supposes the
// exchange named at i: "a swap of 500 could follow", "no exchange took
// place"; a clause of its own after it does not count.
func (sn *sentence) hypothetical(i int) bool {
	for k := 0; k < len(sn.toks); k++ {
		if k > i && (sn.low(k) == ";" || sn.low(k) == "," && (sn.low(k+1) == "and" || sn.low(k+1) == "but") && sn.in(k+2, pronouns) && sn.low(k+2) != "it") {
			return false // "An exchange of 1,200 from each side, and we proposed working groups": a clause of its own; but ", but it could still fall through" is the exchange's
		}
		if sn.low(k) == "," && sn.low(k+1) == "which" {
			// "an exchange of 1,200 each, which both said would take place
			// in the coming weeks": when, not whether
			for k++; k < len(sn.toks) && sn.low(k) != ","; k++ {
			}
			continue
		}
		if sn.in(k, negations) || sn.in(k, hypotheticals) && !(sn.toks[k].caps && sn.low(k) == "may") { // the month is no "may"
			return true
		}
	}
	return false
}

// inWhichClause reports whether token i is inside a relative clause that
// ", which" opens before it, up to its comma.
func (sn *sentence) inWhichClause(i int) bool {
	for k := i - 1; k > 0; k-- {
		if sn.low(k) == "," {
			return false
		}
		if sn.low(k) == "which" && sn.low(k-1) == "," {
			return true
		}
	}
	return false
}

// supposed reports whether the sentence negates or supposes what it says,
// by a modal or a condition: "could see 500 prisoners go home"; unlike
// hypothetical it lets "talks" pass ("the talks yielded something: 314
// prisoners went home").
func (sn *sentence) supposed() bool {
	for k := range sn.toks {
		if sn.in(k, supposals) || sn.in(k, negations) {
			return true
		}
	}
	return false
}

// supposals are the words of hypotheticals that suppose whatever they
// stand beside, a count of people included.
var supposals = set("would", "could", "might", "should", "if", "unless", "whether", "possible", "next", "future", "hope", "hopes", "hoped")

// countedCompound reports whether w is a count made one word with a
// hyphen: "1,000-for-1,000", "314-prisoner".
func countedCompound(w string) bool {
	head, _, ok := strings.Cut(w, "-")
	return ok && isNumber(head)
}

// homeVerbs say that people traded got home: "(314 prisoners) went home".
var homeVerbs = map[string]bool{"went": true, "came": true, "come": true, "returned": true, "freed": true, "released": true, "exchanged": true, "swapped": true}

// swapCarried returns where the count of an exchange carried out starts
// ("314 prisoners, 157 on each side, went home", "146 prisoners of war
// went home on each side", "Three hundred and fourteen men have come
// home"), or -1.
func (sn *sentence) swapCarried() int {
	for k := 0; k+2 < len(sn.toks); k++ {
		if !sn.toks[k].numeric() || sn.in(k-1, prepositions) {
			continue
		}
		n := k + 1
		for n < len(sn.toks) && n <= k+5 && sn.toks[n].info != nil && sn.toks[n].info.number || sn.low(n) == "and" {
			n++ // "Three hundred and fourteen"
		}
		if !sn.in(n, exchangeWords) && sn.low(n) != "men" {
			continue
		}
		for v := n + 1; v < len(sn.toks) && v <= n+12; v++ {
			w := sn.low(v)
			if !homeVerbs[w] || (w == "freed" || w == "released" || w == "exchanged" || w == "swapped") && !sn.in(v-1, beWords) {
				continue
			}
			if w == "went" || w == "came" || w == "come" || w == "returned" {
				if sn.low(v+1) != "home" {
					continue
				}
			}
			if sn.supposed() {
				return -1
			}
			return k
		}
		return -1
	}
	return -1
}

// namesTraded reports whether tokens [a, b) name who or how many were
// traded: a number or a word like "prisoners".
func (sn *sentence) namesTraded(a, b int) bool {
	for k := a; k < b && k < len(sn.toks); k++ {
		t := sn.toks[k]
		if t.in(exchangeWords) || t.numeric() {
			return true
		}
		if !t.word {
			return false
		}
	}
	return false
}

// datedSwap returns where "N for N" starts when it opens the sentence or
// follows a dash ("14 August — 84 for 84"), or -1.
func (sn *sentence) datedSwap() int {
	for k := 0; k+2 < len(sn.toks) && k < 8; k++ {
		if isNumber(sn.low(k)) && sn.low(k+1) == "for" && sn.low(k+2) == sn.low(k) && (k == 0 || sn.toks[k-1].text == "—" || sn.toks[k-1].text == "–" || sn.toks[k-1].text == ":") {
			return k
		}
	}
	return -1
}
