package digest

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
// sentences in which no cue found a position.
func (sn *sentence) nominalExchange() []found {
	if k := sn.datedSwap(); k >= 0 {
		// "14 August — 84 for 84, among them civilians": a timeline entry
		return sn.emit(sn.bothSides(), Agreement, sn.span(k, sn.contentEnd(k+3)))
	}
	for i := 0; i+2 < len(sn.toks); i++ {
		if !sn.in(i, eventNouns) || sn.low(i+1) != "of" {
			continue
		}
		if !sn.namesTraded(i+2, i+6) {
			continue
		}
		for k := range sn.toks {
			if sn.in(k, negations) || sn.in(k, hypotheticals) && !(sn.toks[k].caps && sn.low(k) == "may") { // the month is no "may"
				return nil
			}
		}
		if p := sn.low(sn.prevWord(i)); prepositions.has(p) && p != "after" && p != "in" && p != "with" || verbCues[p] == Demand {
			return nil // "talks on a swap of ...", "wants an exchange of ..."
		}
		start := i
		if sn.in(i-1, determiners) {
			start = i - 1
		}
		end := sn.contentEnd(i + 1)
		return sn.emit(sn.bothSides(), Agreement, sn.span(start, end))
	}
	return nil
}

// namesTraded reports whether tokens [a, b) name who or how many were
// traded: a number or a word like "prisoners".
func (sn *sentence) namesTraded(a, b int) bool {
	for k := a; k < b && k < len(sn.toks); k++ {
		t := sn.toks[k]
		if t.in(exchangeWords) || isNumber(t.low) || t.info != nil && t.info.number {
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
