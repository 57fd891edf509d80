package digest

// ordinals count the points of a plan: "The first point is ...".
var ordinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true,
	"fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true,
	"last": true, "final": true}

// itemNouns name one part of a plan.
var itemNouns = map[string]bool{"point": true, "item": true, "clause": true, "provision": true,
	"element": true, "proposal": true}

// pointPosition reads a plan item stated with "is": "The first point of the
// Ukrainian paper is an invitation to a meeting of the presidents" is a
// proposal (or, for terms, a demand) of the paper's author, its content
// what follows "is".
func (sn *sentence) pointPosition() []found {
	if len(sn.toks) < 6 || sn.low(0) != "the" || !ordinals[sn.low(1)] || !itemNouns[sn.low(2)] {
		return nil
	}
	be := 3
	for be < len(sn.toks) && be < 12 && sn.low(be) != "is" && sn.low(be) != "was" {
		if !sn.toks[be].word {
			return nil
		}
		be++
	}
	if sn.low(be) != "is" && sn.low(be) != "was" || sn.negated(be+1) || sn.low(be+1) == "that" || sn.low(be+1) == "whether" {
		return nil
	}
	kind, parties := Proposal, []string(nil)
	if be > 3 {
		// "of the Ukrainian paper", "of Russia's memorandum"
		if sn.low(3) != "of" {
			return nil
		}
		for k := 4; k < be; k++ {
			if sn.in(k, termNouns) {
				kind = Demand
			}
			if m := sn.mentAt[k]; m >= 0 && len(parties) == 0 {
				parties = []string{sn.ments[m].party}
			}
		}
	} else if sn.st.lastDoc != "" {
		kind = sn.st.lastDoc
	}
	if len(parties) == 0 {
		parties = sn.owned(kind)
	}
	if len(parties) == 0 {
		return nil
	}
	return sn.emit(parties, kind, sn.span(be+1, sn.contentEnd(be+1)))
}

// voiceHeads speak for a side after its possessive: "Zelensky's office",
// "the Kremlin's spokesman".
var voiceHeads = map[string]bool{"office": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"ministry": true, "presidency": true, "government": true, "delegation": true, "team": true, "envoy": true}

// noNews are what a side's "no" reports, not refuses: "Kyiv: no
// reaction so far".
var noNews = map[string]bool{"word": true, "reaction": true, "response": true, "reply": true, "details": true,
	"update": true, "news": true, "sign": true, "date": true, "confirmation": true, "statement": true}

// noClause reads a side's condition said as a bare noun phrase that opens
// on "no" after its speaker's name (or office) and a colon or a speech
// verb: "Zelensky: no territorial concessions without a referendum",
// "Zelensky's office: no withdrawal from Ukrainian land", "Ukraine says no
// recognition of occupied land"; "says no to X" refuses X. A clause with a
// verb of its own ("said no decision had been made") is a report, not a
// condition.
func (sn *sentence) noClause() []found {
	f := sn.nextWord(0, false)
	if len(sn.ments) == 0 || sn.ments[0].start != f+b2i(sn.low(f) == "the") {
		return nil // "Zelensky:", "The Kremlin says"
	}
	k := sn.ments[0].end
	if sn.ments[0].poss {
		if !voiceHeads[sn.low(k)] {
			return nil // but "Ukraine's army: no retreat from Pokrovsk" is no side's word
		}
		k++ // "Zelensky's office:", "the Kremlin's spokesman says"
	}
	if sn.low(k) != ":" && !sn.in(k, speechVerbs) {
		return nil
	}
	k++
	if sn.low(k) != "no" || k+2 >= len(sn.toks) || noComment[sn.low(k+1)] || noNews[sn.low(k+1)] {
		return nil // but "Kyiv: no comment yet", "Moscow: no word on a date"
	}
	for n := k + 1; n < len(sn.toks) && sn.toks[n].word; n++ { // the whole clause, past where the content ends: "no meeting between Putin and Trump was planned"
		if sn.in(n, finiteVerbs) || sn.in(n, pastTenses) || sn.in(n, modalsInContent) || sn.verbCue(n) != "" && !sn.nounUse(n) || participle(sn.low(n)) && sn.in(n-1, beWords) {
			return nil // "Peskov says no decision has been made"
		}
	}
	e := sn.contentEnd(k)
	if sn.low(k+1) == "to" {
		return sn.emit(sn.conjuncts(0), Rejection, sn.span(k+2, e)) // "Kyiv says no to Donbas withdrawal"
	}
	return sn.emit(sn.conjuncts(0), Demand, sn.span(k, e))
}
