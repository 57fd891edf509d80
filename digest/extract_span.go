package digest

import (
	"slices"
	"strings"
)

// This file decides where the content of a position starts and ends:
// after the words that link it to its cue, up to the end of its clause.

// relativeStart returns the comma that opens a relative clause ending just
// before token k (", which calls for ..., was"), or -1.
func (sn *sentence) relativeStart(k int) int {
	if k < 2 || sn.toks[k-1].text != "," {
		return -1
	}
	for n := k - 2; n > 0 && n > k-20; n-- {
		if sn.toks[n].text == "," {
			if w := sn.low(n + 1); w == "which" || w == "who" {
				return n
			}
			return -1
		}
	}
	return -1
}

// whatClause reports whether the verb at i is in a "what X wants" clause,
// whose object is the unsaid "what".
func (sn *sentence) whatClause(i int) bool { return sn.whatAt(i) >= 0 }

// whatAt returns where the "what" of whatClause is, or -1.
func (sn *sentence) whatAt(i int) int {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		w := sn.low(k)
		if w == "what" || w == "all" && (k == 0 || !sn.toks[k-1].word || sn.low(k-1) == "that") && sn.mentAt[min(k+1+b2i(sn.low(k+1) == "the"), len(sn.toks)-1)] >= 0 {
			return k // also "All Moscow wants is ..."
		}
		if !sn.toks[k].word && sn.toks[k].text != "," || sn.verbCue(k) != "" || sn.in(k, clauseWords) {
			return -1 // the token's vocabulary bits, not a map look-up of its text
		}
	}
	return -1
}

// listLast returns the last mention of the list of names that mention mi
// opens ("Britain, France and Germany", "Ukraine and its European
// allies"), mi itself when none follows.
func (sn *sentence) listLast(mi int) int {
	for mi+1 < len(sn.ments) && namesGap(sn.toks[sn.ments[mi].end:sn.ments[mi+1].start]) {
		mi++
	}
	return mi
}

// namesGap reports whether the words between two names join them in a
// list: a comma or "and", then at most a determiner ("Britain, France and
// Germany", "Ukraine and its European allies").
func namesGap(gap []token) bool {
	return len(gap) > 0 && len(gap) <= 3 && (gap[0].text == "," || gap[0].low == "and") && !slices.ContainsFunc(gap, func(t token) bool { return t.text != "," && t.low != "and" && !conjunctDeterminers[t.low] })
}

// listFirst returns the first mention of the list of names that mention mi
// ends ("the US and Europe"), mi itself when none comes before.
func (sn *sentence) listFirst(mi int) int {
	for mi > 0 && namesGap(sn.toks[sn.ments[mi-1].end:sn.ments[mi].start]) {
		mi--
	}
	return mi
}

// listParties returns the parties of the list of names that mention mi
// opens: "a proposal by the US and Ukraine" is both sides'.
func (sn *sentence) listParties(mi int) []string {
	var out []string
	for k := mi; k <= sn.listLast(mi); k++ {
		if p := sn.ments[k].party; !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// ofSide returns the mention of the side a position noun at i is said to
// be "of", right after it: "the demand of Kyiv to freeze the war", "the
// conditions of the Kremlin", the first of a list ("the proposal of
// Britain and France to ..."); else -1. Not "the demand of Ukraine's
// withdrawal", whose side is the object.
func (sn *sentence) ofSide(i int) int {
	if sn.low(i+1) != "of" || sn.nounCue(i) == "" || objectOfNouns[sn.low(i)] {
		return -1
	}
	n := sn.titledMention(i + 2)
	if n < 0 {
		return -1
	}
	m := sn.ments[sn.mentAt[n]]
	if m.start != n || m.poss || sn.isAdjectiveMention(m) {
		return -1
	}
	if e := sn.ments[sn.listLast(sn.mentAt[n])].end; e < len(sn.toks) && sn.toks[e].word && !sn.in(e, prepositions) && !sn.in(e, beWords) && !sn.in(e, clauseWords) && !sn.in(e, modalsInContent) && sn.low(e) != "to" && sn.verbCue(e) == "" && !sn.in(e, finiteVerbs) && !sn.in(e, speechVerbs) && !includeVerbs[sn.low(e)] {
		return -1 // "a revised version of the US peace plan": the side names a kind of plan
	}
	return sn.mentAt[n]
}

// attributionAt reports whether a long attribution starts at n and closes
// the sentence: ", the aide of the Russian president Yuri Ushakov said on
// Monday" (a name with its titles, then a speech verb, and no "that").
func (sn *sentence) attributionAt(n int) bool {
	named := false
	for j := n; j < len(sn.toks) && j <= n+12 && sn.toks[j].word; j++ {
		if sn.in(j, speechVerbs) && !sn.quoted[j] && !sn.speechNoun(j) { // not "the guarantor states"
			return named && j > n+1 && sn.low(j+1) != "that" && !sn.anyIn(j+1, len(sn.toks), speechVerbs)
		}
		if sn.in(j, finiteVerbs) || sn.in(j, modalsInContent) || sn.verbCue(j) != "" || sn.in(j, clauseWords) {
			return false
		}
		named = named || sn.mentAt[j] >= 0 || sn.in(j, agentNouns)
	}
	return false
}

// titledMention returns where a side's name starts from k, over "the"
// and a title the pack does not know ("Chancellor Merz", "the Hungarian
// Prime Minister", "special envoy Steve Witkoff"), or -1 when none does.
func (sn *sentence) titledMention(k int) int {
	k += b2i(sn.low(k) == "the")
	for n := k; n < len(sn.toks) && n < k+4; n++ {
		if sn.mentAt[n] >= 0 {
			return n
		}
		if t := sn.toks[n]; !t.word || !t.caps && t.low != "special" && t.low != "envoy" {
			return -1
		}
	}
	return -1
}

// objectOfNouns are position nouns whose "of" names whom they are made
// to, not who makes them: "the invitation of Ukraine to the summit".
var objectOfNouns = map[string]bool{"invitation": true, "invitations": true}

// nounLink finds where the content of the noun cue at i starts: after
// "for", "that", "on", "to", "include", "are", or a colon; -1 when the
// noun has no content ("Kyiv's call was ignored").
func (sn *sentence) nounLink(i int) int {
	if w := sn.low(i + 2); sn.in(i+1, beWords) && (w == "anyone" || w == "unclear" || w == "uncertain" || w == "unknown") {
		return -1 // "Whether Moscow will accept the shorter version is anyone's guess": nothing it says
	}
	if c := sn.messageColon(i); sn.low(i) == "message" && c > 0 {
		return c + 1 // "His message to Kyiv: make a deal": what it says
	}
	k := i + 1
	if sn.low(k) == "\"" && sn.quoted[i] {
		k++ // `the "key condition" for ...`
	}
	if w := sn.low(k); (w == "by" || w == "from" || sn.ofSide(i) >= 0) && k+1 < len(sn.toks) {
		if n := sn.titledMention(k + 1); n >= 0 {
			k = sn.ments[sn.listLast(sn.mentAt[n])].end // "the demand by Moscow for ...", "the demand of Kyiv to freeze the war", "A counterproposal from Britain, France and Germany would ...", "the proposal of Chancellor Merz for ..."
		}
	}
	if sn.low(k) == "from" {
		for n := k + 1; n < len(sn.toks) && n <= k+4 && sn.toks[n].word; n++ {
			if sn.low(n+1) == "—" {
				k = n + 1 // "the Russian demands from that time — A, B — have reappeared"
				break
			}
		}
	}
	if sn.low(k) == "rather" && sn.low(k+1) == "than" && sn.toks[min(k+2, len(sn.toks)-1)].word && sn.low(k+3) == ":" {
		k += 3 // "closed with requests rather than rhetoric: ..."
	}
	if a := sn.saidAside(k); a > 0 {
		k = a // "Moscow's conditions, as Putin set them out, include ..."
	} else if f := sn.low(sn.nextWord(0, false)); sn.low(k) == "," && !prepositions.has(f) && !participle(f) && f != "when" {
		// but not "Asked about the Russian conditions, Trump said: ...",
		// whose speaker is the main clause's
		for v := k + 2; v < len(sn.toks) && v <= k+9 && sn.toks[v].word; v++ {
			if sn.in(v, speechVerbs) {
				if c := sn.colonAside(v); c > 0 {
					k = c // "Kyiv came with three requests, he told reporters: ...", "..., a Ukrainian official briefed on the session said: ..."
				}
				break
			}
		}
	}
	if sn.low(k) == "between" && sn.nounCue(i) == Agreement {
		// "an agreement between Washington and Moscow to restore ...":
		// what was agreed follows the sides.
		for n := k + 1; n < len(sn.toks) && n < k+8; n++ {
			if w := sn.low(n); w == "to" || w == "on" {
				k = n
				break
			}
			if !sn.toks[n].word || sn.mentAt[n] < 0 && sn.low(n) != "and" && sn.low(n) != "the" {
				break
			}
		}
	}
	for k < len(sn.toks) && (sn.low(k) == "also" || sn.low(k) == "reportedly" || sn.low(k) == "still" || sn.low(k) == "only") {
		k++
	}
	if k >= len(sn.toks) {
		return -1
	}
	t := &sn.toks[k]
	if isConditionNoun(sn.low(i)) {
		if b := sn.conditionIs(k); b > 0 {
			return b // `The "key condition" for a truce, it said, must be ...`
		}
		for p := i - 1; p >= 0 && p >= i-4 && t.low == "for"; p-- {
			if w := sn.low(p); (w == "as" || strings.HasPrefix(w, "call")) && !(sn.low(p-2) == "what" && sn.colonAfter(k+1) > 0) {
				return -1 // "... as a condition for any truce": what it is for; but "set out what he called a key condition for any truce: A"
			}
		}
		if t.low == "for" && !sn.in(sn.prevWord(i), beWords) && sn.low(i-1) != "main" && sn.low(i-2) != "one" {
			// "Russia's conditions for ending the war include X": X; but
			// "Russia's conditions for ending the war amount to ...": no list
			for n := k + 1; n < len(sn.toks) && n < k+12; n++ {
				switch sn.low(n) {
				case "include", "includes", "included", "are", "were", "is", "was":
					return k + 1 // the subject-verb reading below finds the list
				case ":":
					return n + 1 // "lists conditions for a settlement: A, B and C"
				case ".", ";":
					n = len(sn.toks)
				}
			}
			return -1
		}
	}
	if t.low == "for" && sn.nounCue(i) == Proposal && k+1 < len(sn.toks) && sn.mentAt[k+1] >= 0 && !sn.hasWordAhead(sn.ments[sn.mentAt[k+1]].end-1, "to", 1) {
		return -1 // "a plan for Ukraine": who it is for, not what it says
	}
	if t.low == "that" && (sn.low(k+1) == "would" || sn.low(k+1) == "will") && k+2 < len(sn.toks) {
		return k + 2 // "a counterproposal that would let Ukraine keep ...": what it says
	}
	if t.low == "that" && sn.relativeThat(k+1) {
		return -1 // "a plan that takes away its dignity": what it is, not what it says
	}
	if t.low == "for" && isConditionNoun(sn.low(i)) && (sn.in(sn.prevWord(i), beWords) || sn.low(i-1) == "main" || sn.low(i-2) == "one") {
		return -1 // "X would be the precondition for talks": what it is for
	}
	if w := sn.low(i); (w == "call" || w == "calls") && t.low != "for" && (sn.low(i-1) == "phone" || sn.low(i-1) == "telephone" || sn.in(i-2, prepositions) && (sn.in(i-1, possPronouns) || sn.in(i-1, determiners))) {
		return -1 // "agreed in their call to keep talks going": a phone call; but "with a call for a ceasefire"
	}
	if (sn.low(i) == "position" || sn.low(i) == "line") && t.text == "," {
		n := k + 1
		for n < len(sn.toks) && n <= k+16 && sn.toks[n].word {
			n++
		}
		if w := sn.low(n + 1); sn.low(n) == "," && (w == "is" || w == "was" || w == "remains") {
			k, t = n+1, &sn.toks[n+1] // "Ukraine's position, set out in the draft Zelensky made public, is to ..."
		}
	}
	if (sn.low(i) == "position" || sn.low(i) == "line") && (t.low == "is" || t.low == "was" || t.low == "remains") && (sn.low(k+1) == "that" || sn.low(k+1) == "to") {
		return k + 2 // "Ukraine's position is that the front should be frozen", "Its line is that ...", "is to freeze the front"
	}
	if sn.low(i) == "position" && (t.low == "is" || t.low == "was" || t.low == "remains") && sn.positionNamed(k+1) {
		return k + 1 // "Ukraine's position is a ceasefire along the current line", "Our position remains the withdrawal of ..."
	}
	if sn.low(i) == "position" && t.low != "that" && t.low != ":" {
		return -1 // "Ukraine's position that ...", but "Moscow's position on the regions" says what it is about
	}
	if t.text == "," && sn.low(k+1) == "that" && (isConditionNoun(sn.low(i)) || sn.nounCue(i) == Demand) {
		return k + 2 // "its core condition, that Ukrainian forces leave ..."
	}
	if a := k + 1 + b2i(sn.low(k+1) == "chief" || sn.low(k+1) == "foremost"); t.text == "," && sn.low(a) == "among" && sn.low(a+1) == "them" && (isConditionNoun(sn.low(i)) || sn.nounCue(i) == Demand) {
		return a + 2 + b2i(sn.low(a+2) == "that") // "listed further conditions, among them the lifting of restrictions on ...", "conditions, chief among them that Ukraine pull out ..."
	}
	if w := sn.low(k + 2); t.text == "," && sn.low(k+1) == "which" && (w == "includes" || w == "included" || w == "envisages" || w == "envisaged") && (sn.in(i, termNouns) || sn.in(i, planNouns)) {
		return k + 3 // "Russia's June memorandum, which includes Kyiv's recognition of ..."
	}
	if t.low == "on" && (sn.low(k+1) == "the" && sn.low(k+2) == "table" || sn.in(k+1, timeNouns) || mediaWords[sn.low(k+1)]) {
		return -1 // "the offer on the table", "announced the deal on social media on Thursday": where or when, not what it says
	}
	if t.low == "on" && (sn.low(i) == "memorandum" || sn.in(i, docNouns)) {
		return -1 // "a memorandum on the settlement": what it is about
	}
	if t.text == ":" && k+2 < len(sn.toks) && sn.mentAt[k+1] >= 0 {
		if v := sn.ments[sn.mentAt[k+1]].end; v < len(sn.toks) && (sn.verbCue(v) != "" || sn.in(v, speechVerbs) || sn.in(v, finiteVerbs) || strings.HasSuffix(sn.low(v), "s") && !sn.toks[v].caps) {
			return -1 // "Black Sea deal: Kyiv warns of breaches": a headline's clause
		}
	}
	if sn.low(i) == "price" {
		return sn.priceNamed(i) // "Moscow's price for a truce is four regions": what follows the verb
	}
	owned := sn.nounCue(i) == Demand && sn.ownedNoun(i)
	if owned {
		if b := sn.overToBe(k); b > k {
			k, t = b, &sn.toks[b] // "His priority in Washington was ...", "Kyiv's own priority, which its officials repeated, is ..."
		}
	}
	if w := sn.low(i); t.text == "," && owned && w != "call" && w != "calls" && sn.closedAppositive(k) > 0 {
		return k + 1 // "Kyiv's second request, a meeting between Zelensky and Putin, fared little better"
	}
	if c := sn.colonAfter(k + 1); t.low == "and" && c > k+1 && c <= k+4 && (sn.toks[i-1].numeric() || countWords[sn.low(i-1)]) {
		return c + 1 // "came with two asks and got neither: A, and B"
	}
	switch t.low {
	case "for", "that", "on", ":", "—", "include", "includes", "included", "including", "envisage", "envisages", "envision", "envisions":
		return k + 1
	case "to":
		if n := sn.low(k + 1); n != "" && !determiners.has(n) && sn.toks[k+1].word && sn.mentAt[k+1] < 0 && !isNumber(n) && !sn.toks[k+1].caps {
			return k + 1 // but "relayed the offer to Volodymyr Zelenskiy": who got it
		}
	case "of":
		if sn.nounCue(i) != Demand || strings.HasSuffix(sn.low(k+1), "ing") {
			return k + 1 // "Kyiv's goal of returning to its pre-2014 borders"
		}
	case "are", "were", "is", "was", "remain", "remained", "remains":
		if sn.nounCue(i) == Agreement {
			return -1 // "a full peace agreement is the best way to end the war": what it is, not what it says
		}
		if sn.low(k+1) == "that" && k+2 < len(sn.toks) {
			return k + 2 // "Kyiv's red lines are that no land be recognised as Russian"
		}
		n := sn.nextWord(k+1, true)
		if sn.low(n) == "of" && sn.low(n-1) == "all" {
			n-- // "Russia's condition is all of Donbas": no "all" of the subject's, as in "are all unacceptable"
		}
		if sn.low(n) == "," && sn.low(n+1) == "in" && sn.low(n+4) == "," && (sn.low(n+3) == "order" || sn.low(n+3) == "turn") {
			n = sn.nextWord(n+5, true) // "Ukraine's priorities were, in this order, A, B and C"
		}
		if n+1 < len(sn.toks) && strings.HasSuffix(sn.low(n), "ly") && strings.HasSuffix(sn.low(n+1), "ed") {
			return -1 // "The draft was subsequently reduced to nineteen points": what befell it
		}
		if w := sn.low(n); w == "where" || w == "unchanged" || w == "the" && sn.low(n+1) == "same" {
			for c := n + 1; c < len(sn.toks) && c <= n+5; c++ {
				if sn.low(c) == ":" && !slices.ContainsFunc(sn.cues, func(o cue) bool { return o.at > c && o.at <= c+3 }) {
					return c + 1 // "Kyiv's red lines remain where they were: A, and B"; but "are unchanged: it wants A" says it itself
				}
				if sn.low(c) == "including" && sn.low(c-1) == "," {
					return c + 1 // "Moscow's conditions remain unchanged, including A and B"
				}
			}
		}
		if n < len(sn.toks) {
			w := sn.low(n)
			if a := n + 1 + b2i(sn.in(n+1, listAdjectives)); w == "no" && (nominalization(sn.low(a)) || sn.in(a, listStarts)) && sn.listOfOnes(n) {
				// "Kyiv's red lines are no recognition of occupied land, no
				// withdrawal and no cap on its army"; but "are no secret",
				// and one thing, "are no solution", is a judgement
				return n
			}
			if judgeWord(w) && sn.low(n+1) == ":" && n+2 < len(sn.toks) && sn.toks[n+2].word {
				return n + 2 // "Kyiv's goal was clear: A", as "was simple: A"
			}
			if strings.HasSuffix(w, "ed") || rejectAdjectives.has(w) || verbCues[w] != "" || !sn.toks[n].word || negations.has(w) || judgeWord(w) {
				return -1
			}
			if readyWords.has(w) {
				return -1 // "Russia's proposal is ready for Kyiv to accept", "Kyiv's offer remains open": how it stands, not what it says
			}
			if (w == "on" || w == "off") && sn.low(n+2) == "table" {
				return -1 // "The Russian offer is still on the table": where it is, not what it says
			}
			if (w == "the" || w == "a" || w == "an") && sn.obstacleAfter(n) {
				return -1 // "Russia's demands are the main obstacle (sticking point)": what they are judged to be
			}
			if w == "for" || w == "to" {
				return n + 1
			}
			return n
		}
	}
	return -1
}

// conditionIs returns where what a condition noun is starts, when a
// phrase of what it is for and an aside come first: "for preventing
// escalation, it said, must be ..."; else -1.
func (sn *sentence) conditionIs(k int) int {
	if sn.low(k) != "for" {
		return -1
	}
	for n := k + 1; n < len(sn.toks) && n < k+16; n++ {
		if a := sn.saidAside(n); a > 0 {
			if a >= len(sn.toks) {
				return -1 // the aside ends the sentence
			}
			n = a
		}
		switch w := sn.low(n); w {
		case "is", "was", "remains", "remained":
			return n + 1
		case "must", "would", "will", "should":
			if sn.low(n+1) == "be" {
				return n + 2
			}
			return -1
		}
		if !sn.toks[n].word {
			return -1
		}
	}
	return -1
}

// relativeThat reports whether the clause after "that" at k is a relative
// clause ("that takes away", "that Ukraine has been negotiating") rather
// than a content clause ("that Ukraine cede Donbas").
func (sn *sentence) relativeThat(k int) bool {
	for n := k + 1; n < len(sn.toks) && n <= k+5 && sn.toks[n-1].word; n++ {
		w := sn.low(n)
		if !judgeVerbs.has(w) && !namingVerbs[w] {
			continue
		}
		if sn.in(n-1, beWords) || sn.in(n-1, modalsInContent) {
			break // "demand that the deal be called a ceasefire": what is wanted
		}
		if c := sn.toks[min(n+1, len(sn.toks)-1)]; strings.HasSuffix(w, "ed") || w == "found" || c.text == "\"" || c.text == "“" || c.low == "as" || sn.in(n+1, rejectAdjectives) {
			return true // "terms that one Ukrainian official called "non-starters"", "that Kyiv officials call unacceptable": what someone judged them
		}
		break // "the demand that Zelensky call elections": a subjunctive, what is wanted
	}
	if k < len(sn.toks) && sn.mentAt[k] >= 0 {
		m := sn.ments[sn.mentAt[k]]
		k = m.end
		if m.poss || sn.isAdjectiveMention(m) {
			// "the demand that Ukrainian troops leave", "that Kyiv's
			// forces withdraw": the noun they modify comes first.
			if sn.low(k) == "armed" {
				k++
			}
			k++
		}
	} else if sn.in(k, determiners) {
		return false
	} else if sn.in(k, pronouns) && (sn.in(k+1, speechVerbs) || sn.low(k+1) == "hoped" || sn.low(k+1) == "hopes") && sn.in(k+2, modalsInContent) {
		return true // "an understanding that he hoped would open the way to peace": what it is
	}
	w := sn.low(k)
	if k >= len(sn.toks) || !sn.toks[k].word {
		return false
	}
	return finiteVerbs.has(w) || modalsInContent.has(w) || w == "could" || w == "can" ||
		(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) || strings.HasSuffix(w, "ed")
}

// contentEnd returns where the content starting at token from ends: at the
// end of the sentence or clause, before a relative clause, a trailing
// attribution (", Medinsky said"), a contrast ("but", "while") or a
// coordinated clause with its own position ("and Kyiv demanded").
func (sn *sentence) contentEnd(from int) int { return sn.contentEndOf(from, false) }

// dashAside returns the closing dash of an aside that opens with a dash
// at k and is a remark of its own ("— this came up a lot in Florida —",
// "— Peskov said —"), with the content going on after it; else -1.
func (sn *sentence) dashAside(k int) int {
	if k+1 >= len(sn.toks) {
		return -1
	}
	if t := sn.toks[k].text; t != "—" && t != "–" {
		return -1
	}
	first := sn.low(k + 1)
	subject, _, _ := strings.Cut(first, "'")
	remark := sn.in(k+1, pronouns) || pronouns.has(subject) || first == "this" || first == "that" || first == "which" || first == "who" || first == "as" // also "— I'm listing —"
	for e := k + 2; e < len(sn.toks) && e <= k+14; e++ {
		switch sn.toks[e].text {
		case "—", "–":
			if remark && e+1 < len(sn.toks) && sn.toks[e+1].word || e <= k+8 && sn.goesOnAfterAside(e+1) && !sn.asideClause(k+1) || e <= k+12 && sn.particleGoesOn(k, e+1) && !sn.asideClause(k+1) {
				return e
			}
			return -1
		case ".", ";", "!", "?":
			return -1
		}
		remark = remark || sn.in(e, speechVerbs)
	}
	return -1
}

// asideClause reports whether an aside opening at k is a clause with a
// side as its subject ("— Moscow demands a neutral Ukraine —", "— and
// Kyiv asked for more time —"): it states a position of its own.
func (sn *sentence) asideClause(k int) bool {
	k += b2i(sn.low(k) == "and" || sn.low(k) == "but")
	if sn.clauseOpens(k) {
		return true
	}
	k += b2i(sn.low(k) == "the")
	if k >= len(sn.toks) || sn.mentAt[k] < 0 || sn.ments[sn.mentAt[k]].start != k {
		return false
	}
	v := sn.ments[sn.mentAt[k]].end
	return v+1 < len(sn.toks) && particleCues[sn.low(v+1)][sn.low(v)] != ""
}

// otherVoiceAfter reports whether a trailing attribution after k gives
// the words to a side other than the one the sentence names first:
// "Moscow proposed a short truce — to buy time, Kyiv says".
func (sn *sentence) otherVoiceAfter(k int) bool {
	v := sn.trailingSpeech()
	if v <= k || len(sn.ments) == 0 {
		return false
	}
	p, _ := sn.subjectOf(v)
	return len(p) == 1 && sn.ments[0].start < k && p[0] != sn.ments[0].party
}

// quoteClosesAt reports whether the token at k closes a quotation.
func (sn *sentence) quoteClosesAt(k int) bool {
	if k < 1 || k >= len(sn.toks) {
		return false
	}
	return quoteMark(sn.toks[k].text) && sn.quoted[k-1]
}

// goesOnAfterAside reports whether the words at k, after a short aside
// between dashes, go on with the phrase before it rather than start one
// of their own: "until Thanksgiving — Thursday — to accept the plan",
// "drop its bid — a step long demanded by Moscow — in exchange for ...",
// "three working groups — political, humanitarian, military — that would
// meet online", "pull its troops out — all of them — from Donetsk". An aside that is a clause with a side as its subject ("—
// Moscow demands a neutral Ukraine —") says something of its own and is
// not skipped (see dashAside).
func (sn *sentence) goesOnAfterAside(k int) bool {
	w := sn.low(k)
	return w == "to" && sn.bareVerb(k+1) || w == "in" && (sn.low(k+1) == "exchange" || sn.low(k+1) == "return") || w == "that" || w == "which" || w == "from"
}

// particleGoesOn reports whether "and" and a particle at k take up the
// particle of the phrase before the aside at a: "calling for a meeting —
// face to face, before the summer is out — and for the return of the
// children".
func (sn *sentence) particleGoesOn(a, k int) bool {
	p := sn.low(k + 1)
	if sn.low(k) != "and" || p != "for" && p != "on" {
		return false
	}
	if n := sn.low(k + 2); n == "now" || timeNouns.has(n) || timeNouns.has(strings.TrimSuffix(n, "s")) || months.has(n) {
		return false // "— and on Tuesday Kyiv agreed", "— and for weeks Kyiv backed it": a time, no second object
	}
	for j := k + 2; j < len(sn.toks) && sn.toks[j].word; j++ {
		if m := sn.mentAt[j]; m >= 0 && !sn.ments[m].poss && sn.ments[m].end < len(sn.toks) && sn.mainVerbAt(sn.ments[m].end) {
			return false // a clause of its own
		}
	}
	for j := max(1, a-8); j < a; j++ {
		if sn.low(j) == p && (sn.verbCue(j-1) != "" || particleCues[p][sn.low(j-1)] != "") {
			return true // the particle of the verb before the aside: "calling for ... — ... — and for ..."
		}
	}
	return false
}

// relativeAside returns the closing comma of a relative clause set off by
// commas inside the subject of a clause (", which Russian forces seized in
// 2022, must stay ..."), or -1.
func (sn *sentence) relativeAside(k int) int {
	if k < 1 || sn.toks[k-1].text != "," {
		return -1
	}
	for e := k + 1; e < len(sn.toks) && e < k+14; e++ {
		if t := sn.toks[e]; t.text == "," {
			if sn.in(e+1, modalsInContent) || sn.low(e+1) == "could" || sn.low(e+1) == "can" || e+2 < len(sn.toks) && !sn.toks[e+1].caps && sn.bareVerb(e+1) && sn.verbCue(e+1) == "" && sn.toks[e+2].word && sn.anyIn(k+1, e, modalsInContent) {
				return e // and "pull out of Donetsk, which would become a buffer zone, cap its army ...": a list of acts goes on
			}
			if n := sn.low(e + 1); (n == "on" || n == "for") && slices.ContainsFunc(sn.toks[max(0, k-7):k-1], func(t token) bool { return t.low == n }) {
				return e // "insists on neutrality, which would mean ..., on caps on its army, ...": a list of "on"s goes on
			}
			if a := sn.low(e + 2); sn.low(e+1) == "and" && (a == "a" || a == "an") && sn.anyIn(k+1, e, speechVerbs) && sn.anyText(max(0, k-12), k-1, ":") {
				return e // "agreed to was narrower: a halt to strikes, which he said he had ordered, and an exchange of 175 for 175": the list goes on
			}
			return -1
		} else if !t.word {
			return -1
		}
	}
	return -1
}

// obstacleNouns judge a position as what stands in the way.
var obstacleNouns = set("obstacle", "obstacles", "problem", "stumbling", "sticking",
	"hurdle", "barrier", "impediment", "roadblock", "dealbreaker", "deal-breaker")

// obstacleAfter reports whether one of the three words after the article
// at k is an obstacle noun: "(are) the main obstacle", "(was) a sticking
// point".
func (sn *sentence) obstacleAfter(k int) bool {
	return sn.anyIn(k+1, min(k+4, len(sn.toks)), obstacleNouns)
}

// judgeWord reports whether w, after "the proposals were", says what they
// were like rather than what they say: "more or less acceptable".
func judgeWord(w string) bool {
	switch w {
	case "that", "clear", "unclear", "struck", "made", "put", "taken", "seen",
		"more", "less", "largely", "mostly", "broadly", "acceptable", "too", "still", "very", "vague":
		return true
	}
	return false
}

// semicolonAfter reports whether a semicolon comes at or after k: after a
// colon, such commas and semicolons are inside a list ("would include: A,
// with X; B, supported by Y; and C") that ends nothing; splitList cuts it
// into items.
func semicolonAfter(toks []token, k int) bool {
	return slices.ContainsFunc(toks[k:], func(t token) bool { return t.text == ";" })
}

// semicolonList reports whether the semicolon at k separates the items of
// a list without a colon ("Moscow demands recognition of Crimea; Ukraine's
// neutrality, meaning ...; and elections"): two or more semicolons, the
// last before "and" or "or", and no speaker or other cue after the
// first.
func (sn *sentence) semicolonList(k int) bool {
	for i, t := range sn.toks {
		if t.text == ";" && slices.ContainsFunc(sn.cues, func(c cue) bool { return c.at > i && c.at <= i+4 && !sn.in(c.at-1, determiners) }) {
			return false // "Moscow wants X; Kyiv rejects it; and ...": clauses; but "...; the return of the children ...; and ..." is an item
		}
		if n := i + 1 + b2i(sn.low(i+1) == "and"); t.text == ";" && n < len(sn.toks) && sn.mentAt[n] >= 0 {
			if w := sn.low(sn.ments[sn.mentAt[n]].end); w == "have" || w == "has" || w == "had" || w == "," {
				return false // "...; Washington and Kyiv have drafted ...; and Kirill Dmitriev, the Kremlin's envoy, has pressed ...": clauses
			}
		}
	}
	last, n := -1, 0
	for i := k; i < len(sn.toks); i++ {
		if sn.toks[i].text == ";" {
			last, n = i, n+1
		} else if sn.in(i, speechVerbs) && !sn.in(i-1, determiners) && sn.low(i-1) != "all" && !sn.speechNoun(i) && !(sn.in(i-1, pronouns) && i > 1 && sn.toks[i-2].word && !sn.toks[i-2].party && !sn.in(i-2, clauseWords)) {
			return false // but "the children it says were deported" is an item's relative clause, "all claims for war damages" a noun
		}
	}
	if n < 1 || !(sn.low(last+1) == "and" || sn.low(last+1) == "or") {
		return false
	}
	for i := k - 1; i >= 0; i-- {
		if sn.toks[i].text == ";" {
			return true // "A; B; and C": the semicolon at k is not the first
		}
	}
	return n >= 2
}

// clauseFollows reports whether the tokens from k to the end of the
// sentence hold a clause of their own ("Ryabkov said", with be set also
// "... was a road to nowhere") rather than the items a colon introduces
// ("humanitarian steps: exchanges of prisoners, the release of civilians
// and ...").
func (sn *sentence) clauseFollows(k int, be bool) bool {
	relative := false // inside ", which he said he had ordered at once,": an aside on an item, no clause of the list's own
	for ; k < len(sn.toks); k++ {
		if w := sn.low(k); (w == "which" || w == "who") && sn.low(k-1) == "," {
			relative = true
		} else if w == "," {
			relative = false
		}
		if !relative && (sn.in(k, speechVerbs) && !sn.quoted[k] || be && sn.in(k, beWords)) {
			return true
		}
	}
	return false
}

// dashAndItem reports whether the dash at k brings in a list's last item
// that ends the sentence: "all of Donetsk — and a cap on Ukraine's army".
// "— and it will not stop there" is a clause of its own.
func (sn *sentence) dashAndItem(k int) bool {
	if sn.low(k+1) != "and" || !sn.in(k+2, determiners) {
		return false
	}
	for n := k + 3; n < len(sn.toks); n++ {
		t := sn.toks[n]
		if !t.word && t.text != "'" && t.text != "’" && t.text != "-" && !(t.text == "." && n == len(sn.toks)-1) || t.in(finiteVerbs) || t.in(pastTenses) || t.in(clauseWords) || t.in(speechVerbs) || sn.verbCue(n) != "" {
			return false
		}
		if n > k+3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !t.poss && sn.in(n+1, prepositions) {
			return false // "— and the war goes on"
		}
	}
	return true
}

// ingNouns end in "-ing" but name things: "funding for Ukraine", not a
// second predicate.
var ingNouns = set("meeting", "meetings", "funding", "training", "shelling", "financing", "housing", "understanding",
	"building", "bombing", "bombings", "fighting", "hearing", "hearings", "spending", "sanctioning", "signing", "shipping")

// gerundAfterGerund reports whether the content at from is the object of
// a cue in "-ing" ("asking for", "pressing") and a verb in "-ing" at k
// opens a second predicate ("and reading about the talks").
func (sn *sentence) gerundAfterGerund(from, k int) bool {
	c := from - 1
	if w := sn.low(c); w == "for" || w == "on" || w == "to" {
		c--
	}
	w := sn.low(k)
	return c >= 0 && strings.HasSuffix(sn.low(c), "ing") && len(w) > 4 && strings.HasSuffix(w, "ing") && !sn.in(k, ingNouns) && !sn.toks[k].caps &&
		(sn.in(k+1, prepositions) && sn.low(k+1) != "of" || sn.in(k+1, determiners)) // but "reopening of the ports" names a thing
}

// kickerNouns are what a headline's kicker counts: "5 takeaways",
// "three things to know", "seven bites".
var kickerNouns = set("takeaways", "things", "questions", "lessons", "reasons", "facts", "charts", "maps",
	"moments", "ways", "bites", "bullets", "winners", "losers")

// kicker reports whether the words at k are a headline's kicker after its
// colon: "The Kremlin still wants Donbas: 5 takeaways from the Berlin
// talks", where the count is no part of what is wanted; the count may
// have its article and the noun a word of its own ("the five questions
// that remain", "10 key moments").
func (sn *sentence) kicker(k int) bool {
	if sn.low(k) == "the" {
		k++
	}
	if k >= len(sn.toks) {
		return false
	}
	if !sn.toks[k].numeric() && !countWords[sn.low(k)] {
		return false
	}
	n := k + 1
	if !sn.in(n, kickerNouns) && n < len(sn.toks) && sn.toks[n].word {
		n++
	}
	return sn.in(n, kickerNouns) && !sn.in(n+1, beWords) // but "the two main things are neutrality and a cap" says them
}

// contentEndOf is contentEnd; with shared set, verbs coordinated without a
// subject of their own ("would cap ..., bar ... and rule out ...") share
// the start of the content and do not end it.
func (sn *sentence) contentEndOf(from int, shared bool) int {
	toks := sn.toks
	depth := 0
	colon := false                // a colon seen since from: "would include: A; B; and C"
	list := sn.low(from-1) == ":" // the items of a list after a colon may run longer, each its own statement
	semis := false                // a semicolon of a list seen: "seeks A; B; ...; and, not least, C" runs longer still
	for k := from; k < len(toks); k++ {
		if k-from > 60 && !(list || colon || semis) || k-from > 100 && !semis || k-from > 160 {
			if list || colon || semis {
				for e := k - 1; e > from; e-- {
					if toks[e].text == ";" {
						return e // the list's last whole item
					}
				}
			}
			return k
		}
		t := toks[k]
		if !t.word {
			switch t.text {
			case "(", "[":
				depth++
			case ")", "]":
				depth--
			case ":":
				if sizeAfter(toks[k+1 : sn.wordsEnd(k+1)]) {
					continue // "agreed to exchange all wounded prisoners: at least 1,000 on each side, according to ...": the size goes with it
				}
				if depth <= 0 && (sn.clauseFollows(k+1, k-from >= 6) || sn.kicker(k+1)) {
					return k // "wants to be part of any arrangement: discussing ... was a road to nowhere"
				}
				colon = true
			case "|":
				return k // "Kyiv demands a ceasefire | Reuters": a title's outlet, a table's next cell
			case ".", "!", "?", "…", ";":
				if t.text == ";" && (colon && semicolonAfter(toks, k) || sn.semicolonList(k)) {
					semis = true
					continue // "would include: A; B; and C", "demands A; B; and C": a list
				}
				if depth <= 0 {
					return k
				}
			case "—", "–":
				if e := sn.dashAside(k); e > 0 {
					k = e // "and — this came up a lot in Florida — the return of the children"
					continue
				}
				if sn.dashAndItem(k) {
					continue // "a full ceasefire — and a meeting between the leaders": the list's last item
				}
				digits := k > 0 && k+1 < len(toks) && isNumber(toks[k-1].low) && isNumber(toks[k+1].low)
				if w := sn.low(k + 1); w == "to" && sn.bareVerb(k+2) && !sn.otherVoiceAfter(k) || sn.quoteClosesAt(k-1) && sn.in(k+1, determiners) || isNumber(w) && !digits {
					continue // "only at the very end of the process — to sign an agreement": what for, unless another voice says so after it ("a short truce — to buy time, Kyiv says"); `"We stand where we stand" — a ceasefire along the current line`: what the words mean; "wants it to stay strong — 800,000 in peacetime": how much
				}
				if w := sn.low(k + 1); !digits && (k > from+2 || k > from && (w == "provided" || w == "providing")) {
					return k
				}
			case "-":
				if t.space && k > from+2 && sn.judgedAfter(k+1) {
					return k // "... sharing intelligence - a condition European leaders have called unacceptable"
				}
			case ",":
				if k > from+1 && (sn.glossAfter(k+1) || sn.judgedAfter(k+1) || sn.judgedClause(k+1)) {
					return k // "the root causes of the conflict, the Kremlin's shorthand for NATO's expansion": what the words mean, no more asked
				}
				if e := sn.relativeAside(k + 1); sn.low(k+1) == "which" && e > 0 {
					k = e // "the station, which Russian forces seized in 2022, must stay ..."
					continue
				}
				if e := sn.closingCommaAfter(k + 2); sn.in(k+1, prepositions) && sn.low(k+2) == "which" && e > 0 && sn.low(e+1) == "and" && !sn.in(e+2, pronouns) && sn.mentAt[min(e+2, len(toks)-1)] < 0 {
					k = e // "a full ceasefire, after which real negotiations could begin, and a meeting with Putin": the list goes on
					continue
				}
				if p := sn.low(k + 1); depth <= 0 && k > from+1 && (p == "on" || p == "about" || p == "over" || p == "to") && sn.low(k+2) == "which" {
					return k // "the return of the children, on which Moscow has given nothing": a comment
				}
				if depth <= 0 && k > from && !(colon && semicolonAfter(toks, k)) && sn.commaEnds(k) && !(shared && sn.sharedVerbAhead(k+1)) && !((sn.subjunctiveAhead(from, k+1) || sn.infinitiveIn(from, k)) && sn.sharedVerbAhead(k+1)) && !sn.sameSubjectAhead(from, k+1) {
					return k
				}
				if depth <= 0 && k > from && sn.in(k+1, speechVerbs) && sn.low(k+2) == "that" {
					return k // "want guarantees, insist that ...": a second predicate, reporting
				}
				if w := sn.low(k + 2); depth <= 0 && k > from && sn.low(k+1) == "without" && (w == "naming" || w == "specifying" || w == "saying" || w == "giving" || w == "elaborating") {
					return k // `would "continue contacts", without naming a date`: how it was said
				}
			}
			continue
		}
		if k == from {
			continue
		}
		if t.low != "saying" && sn.participleSpeech(k) || t.low == "threatening" && sn.low(k-1) == "," {
			return k - 1 // "dismissed Kyiv's call for a ceasefire, arguing that ...", "gave Moscow fifty days to reach a deal, threatening tariffs"
		}
		switch t.low {
		case "which":
			if e := sn.relativeAside(k); e > 0 {
				k = e // "that the station, which Russian forces seized in 2022, must stay ...": the aside
				continue
			}
			if !sn.in(k-1, prepositions) {
				return k // but "a package under which Ukraine would ..." goes on
			}
		case "in":
			if sn.inReturnAt(k) && sn.low(k+2) == "for" && sn.low(k+3) == "which" {
				if toks[k-1].text == "," {
					return k - 1
				}
				return k // "..., in return for which Russian forces would halt their advance": an offer of its own
			}
		case "but", "while", "whereas", "although", "though", "according", "saying":
			if t.low == "but" && sn.low(k+1) == "also" && sn.notOnlyIn(from, k) {
				continue // "not only to refuse X but also to disavow Y": one position
			}
			return k
		case "citing", "dropping", "abandoning":
			if toks[k-1].text == "," {
				return k - 1 // "rejected the plan, citing ..."
			}
		default:
			if o := sn.low(k + 1); toks[k-1].text == "," && verdictParticiples.has(t.low) && (o == "it" || o == "them" || o == "this") {
				return k - 1 // "slapped down Moscow's demand for Donbas, calling it an ultimatum", "..., branding them ...": what the speaker makes of it
			}
		case "unless":
			return k // "cannot accept a long truce unless ...": the condition is a position of its own
		case "because":
			if n := from + b2i(sn.low(from) == "on" || sn.low(from) == "for"); wordCount(toks[n:k]) > 1 || sn.in(n, refusedPronouns) {
				return k - b2i(toks[k-1].text == ",") // "wants a lengthy truce because its army needs a rest": the reason is no part of it; but "insisted on elections because ..." says more than one word
			}
		case "as", "after", "when", "since", "until", "if", "once", "provided", "providing":
			if t.low == "as" && (sn.low(k-1) == "long" || sn.low(k-1) == "well") && sn.low(k-2) == "as" {
				continue // "as long as Russia spares ...": a condition of what comes before; "as well as European capitals"
			}
			n := k + 1
			if sn.low(n) == "the" {
				n++
			}
			if m := sn.mentAt[min(n, len(sn.toks)-1)]; n < len(sn.toks) && m >= 0 && !sn.ments[m].poss && sn.agentMention(sn.ments[m]) && sn.low(k-1) != "only" && !(sn.low(k-2) == "that" && sn.low(k-3) == "failing") {
				return k // "... as Russia floats working groups"; but "or, failing that, if Kyiv ..." goes on
			}
			if t.low == "until" {
				if w := sn.nextWord(k+1, false); slices.ContainsFunc(sn.cues, func(c cue) bool { return c.form == formMust && c.at == w }) && (sn.rejectionBefore(k) || sn.fightingBefore(k)) {
					return k // "refused to meet Zelensky until a final deal is ready": the condition is a demand of its own
				}
			}
			if v := sn.low(n + 1); t.low != "as" && n == k+1 && sn.in(n, pronouns) && sn.low(k-1) != "only" && n+2 < len(toks) && (sn.in(n+1, finiteVerbs) || sn.in(n+1, pastTenses) || sn.in(n+1, modalsInContent) || len(v) > 3 && (strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ed"))) {
				if cond := t.low == "if" || t.low == "once" || t.low == "provided" || t.low == "providing"; !cond || receiveVerbs[v] || (v == "came" || v == "comes") && sn.low(n+2) == "with" {
					return k // "ready for a ceasefire if it gets security guarantees": the condition is a clause of its own
				}
				// but "ready for a ceasefire if it holds", "guarantees that
				// would apply if it is attacked": a condition of what comes
				// before, no price of its own
			}
			if m := sn.mentAt[min(n, len(toks)-1)]; t.low == "as" && m >= 0 && !sn.ments[m].poss && !sn.isAdjectiveMention(sn.ments[m]) && sn.ments[m].end < len(toks) {
				if v := sn.toks[sn.ments[m].end]; v.word && !v.caps && strings.HasSuffix(v.low, "s") && !v.in(prepositions) {
					return k // a headline's "314-prisoner swap as Moscow holds to Donbas demand"
				}
			}
			if t.low == "as" && n+2 < len(toks) && toks[n].caps && toks[n].word && sn.mentAt[n] < 0 && toks[n+1].word && !toks[n+1].caps && !sn.in(n+1, prepositions) && !sn.in(n+1, coordinators) && toks[n+2].word && !sn.in(n+2, prepositions) {
				return k // a headline's "... demands Ukrainian withdrawal as Istanbul round yields ..."
			}
			if v := sn.low(n + 1); t.low == "as" && n == k+1 && n+1 < len(toks) && toks[n].word && !toks[n].caps && strings.HasSuffix(toks[n].low, "s") && sn.mentAt[n] < 0 && !sn.in(n, determiners) &&
				toks[n+1].word && !strings.HasSuffix(v, "s") && sn.bareVerb(n+1) && !sn.in(n+1, coordinators) {
				return k // "... quit four regions as talks yield prisoner deal", "a ceasefire as talks resume": a clause of its own
			}
			if m, e := sn.mentAt[min(n, len(toks)-1)], sn.wordsEnd(n); t.low == "as" && m >= 0 && sn.isAdjectiveMention(sn.ments[m]) && !sn.in(sn.ments[m].end, coordinators) && sn.anyIn(n+1, min(e, n+7), beWords) {
				return k // a headline's "demands rest of Donetsk as Russian infiltration near Dobropillia is contained"
			}
		case "and", "or":
			if _, e := sn.elidedOwner(k); e > 0 {
				return k // "Moscow's opening demand is the Donbas and Kyiv's is the line of contact": the other side's, of its own
			}
			if n := sn.low(k + 1); t.low == "or" && (n == "face" || n == "else" || n == "risk" || n == "see") {
				return k // "to reach a deal or face tariffs": the threat is no part of it
			}
			if n := sn.low(k + 2); t.low == "and" && sn.low(k+1) == "," && len(n) > 5 && strings.HasSuffix(n, "ing") && sn.toks[k+2].word && !sn.toks[k+2].caps && !sn.asideThenTo(k+3) {
				return k // `not to "torpedo the progress" and, speaking in English, suggested ...`: a second predicate; but "to free all prisoners and, pending a deal, to stop attacks" goes on
			}
			if n := sn.low(k + 1); sn.in(k+1, speechVerbs) && sn.low(k+2) == "that" || t.low == "and" && (n == "said" || n == "says" || n == "added") {
				return k // "want guarantees and insist that ...", "insisted that A and said B": a second predicate, reporting
			}
			if t.low == "and" && sn.gerundAfterGerund(from, k+1) {
				return k // "spent the week asking for a seat at the table and reading about the talks": a second predicate
			}
			if t.low == "and" && sn.mentAt[k-1] < 0 && sn.namedSpeechAhead(k+1) {
				return k - b2i(toks[k-1].text == ",") // "..., and Mr. Ushakov said on Tuesday that ...": a report of its own
			}
			if t.low == "and" && toks[k-1].text == "," && sn.agentSpeechAhead(k+1) {
				return k - 1 // "rejected that demand, and a European diplomat briefed on the mandate said ...": a report of its own
			}
			if sn.low(k+1) == "only" && sn.low(k+2) == "then" {
				if toks[k-1].text == "," {
					return k - 1
				}
				return k // "leave it entirely, and only then can the guns fall silent": what follows
			}
			if toks[k-1].text == "," && sn.timedClause(k+1) {
				return k - 1 // "..., and on Tuesday he dismissed the amendments": a clause of its own
			}
			if t.low == "and" && sn.low(k+1) == "then" && sn.clauseAhead(k+2) {
				return k - b2i(toks[k-1].text == ",") // "to take the money, give it to the Ukrainians, and then the Russians will take it back": what follows
			}
			if w := sn.low(k + 1); (w == "calls" || w == "called") && sn.anyIn(k+2, min(k+8, len(sn.toks)), rejectAdjectives) {
				return k // "wants all of Donbas and calls any European presence unacceptable": a judgement of its own
			}
			if t.low == "and" && sn.subjectsJoined(from, k) {
				continue // "that Crimea and the four regions be recognised as Russian": one clause, two subjects
			}
			if sn.clauseAhead(k+1) && !((shared && sn.bareVerbAhead(k+1) || sn.subjunctiveAhead(from, k+1) || sn.infinitiveIn(from, k) && sn.bareVerb(sn.nextWord(k+1, true))) && !sn.pastCueAhead(k+1)) && !sn.namesOnly(from, k) && !sn.relativeNames(from, k) && !sn.conditionGoesOn(from, k) && !(sn.sameSubjectAhead(from, k+1) && sn.sVerbAfterComma(from, k)) {
				return k
			}
			if toks[k-1].text == "," && sn.pastCueAhead(k+1) && k-1 > from {
				return k - 1 // "..., and accused him of acting for Moscow": a second predicate
			}
			if a := sn.low(k + 1); toks[k-1].text == "," && k-1 > from && (a == "still" || a == "also" || a == "now") && strings.HasSuffix(sn.low(k+2), "s") && sn.verbCue(k+2) == "" && !sn.in(k+2, speechVerbs) {
				return k - 1 // "..., and still describes the June memorandum as ...": a second predicate
			}
			if v, th := k+1+b2i(sn.low(k+1) == "again" || sn.low(k+1) == "also"), from-b2i(sn.low(from) != "that"); sn.low(th) == "that" && sn.verbCue(th-1) != "" && strings.HasSuffix(sn.low(v), "ed") && (sn.verbCue(v) != "" || particleCues[sn.low(v+1)][sn.low(v)] != "") {
				return k // "proposed that Zelensky and Putin meet in August and again pressed for ...": the subject's second predicate
			}
			if w := sn.low(k + 1); (w == "has" || w == "have" || w == "had") && strings.HasSuffix(sn.low(sn.nextWord(k+2, false)), "ed") {
				return k // "demands the return of the money and has threatened to retaliate": a second predicate
			}
			if negatedAux(sn.low(k+1), sn.low(k+2)) {
				if toks[k-1].text == "," {
					return k - 1
				}
				return k // "opposed a short pause and did not need go-betweens": a second predicate
			}
			if m := sn.mentAt[min(k+1, len(toks)-1)]; m >= 0 && sn.ments[m].poss && sn.nounCue(sn.ments[m].end) != "" {
				return k // "Russia's demand for X and Ukraine's refusal to ...": another party's position
			}
			if sn.low(k+1) == "that" && toks[k-1].text == "," && slices.ContainsFunc(toks[k+2:min(len(toks), k+10)], func(t token) bool {
				switch t.low {
				case "seek", "seeks", "sought", "want", "wants", "wanted", "insists", "insisted", "demands", "demanded", "urged", "urges":
					return !t.party
				}
				return false
			}) || sn.low(k+1) == "that" && toks[k-1].text == "," && sn.low(from) == "that" && slices.ContainsFunc(sn.cues, func(c cue) bool {
				return c.kind == Demand && c.form == formVerb && c.at > k+2 && c.at < k+10 && sn.mentAt[k+2+b2i(sn.low(k+2) == "the")] >= 0 && !sn.anyIn(k+2, c.at, modalsInContent) && !sn.negated(c.at) // but "and that the Russians would demand nothing further" is agreed too
			}) {
				return k - 1 // "had proposed that A meet ..., and that Kyiv continued to seek B", "had agreed that A, and that the Ukrainians had asked for B": a demand of its own
			}
			if sn.low(k+1) == "that" && sn.low(from) == "that" && sn.offerIn(k+2, k+10) {
				if toks[k-1].text == "," {
					return k - 1
				}
				return k // "demanded that Ukraine withdraw, and that Russia was prepared in return to freeze ...": an offer of its own
			}
			if sn.low(k+1) == "that" && sn.low(from) != "that" && !(sn.low(from-1) == "that" && (sn.verbCue(from-2) == Demand || sn.in(from-2, askVerbs))) {
				if toks[k-1].text == "," {
					return k - 1 // "..., and that both delegations would ...": a clause of its own
				}
				return k // "wanted Kyiv to capitulate and that Ukraine would not ...": another reported clause
			}
		}
	}
	return len(toks)
}

// subjectsJoined reports whether "and" at k joins the subjects of a
// that-clause that starts after from and has no verb yet: "(demands)
// that Crimea and the four regions be recognised"; not "rejected that call
// and demanded", whose "that" is no conjunction, nor "demanded that
// Ukraine leave Donetsk and Kyiv refused", whose clause has its verb.
func (sn *sentence) subjectsJoined(from, k int) bool {
	j := k - 1
	for j >= from && j > k-6 && sn.low(j) != "that" {
		t := sn.toks[j]
		if !t.word || t.in(finiteVerbs) || t.in(pastTenses) || t.in(modalsInContent) || t.verbCue() != "" || !t.caps && t.bareVerb() {
			return false
		}
		j--
	}
	return j >= from && j < k-1 && sn.low(j) == "that" && (sn.low(j-1) == "," || sn.low(j-1) == ";" || sn.low(j-1) == "and" || sn.verbCue(j-1) == Demand || sn.in(j-1, speechVerbs))
}

// agreementBefore reports whether an agreement cue comes before token k.
func (sn *sentence) agreementBefore(k int) bool {
	return slices.ContainsFunc(sn.cues, func(c cue) bool { return c.kind == Agreement && c.at < k })
}

// conditionGoesOn reports whether the content from "from" is a condition
// whose clauses go on after "and" at k: "only if foreign arms deliveries
// stop and Kyiv halts mobilisation" is one condition.
func (sn *sentence) conditionGoesOn(from, k int) bool {
	switch sn.low(from - 1) {
	case "if", "unless", "once", "until":
		return sn.toks[k-1].text != ","
	}
	return false
}

// namesOnly reports whether tokens [a, b) are party names and the words
// that go with them only: "the United States and Europe could ..." is one
// subject, not a clause ended at "and".
func (sn *sentence) namesOnly(a, b int) bool {
	named := false
	for k := a; k < b; k++ {
		if sn.mentAt[k] < 0 && !sn.in(k, determiners) {
			return false
		}
		named = named || sn.mentAt[k] >= 0
	}
	return named // not "rejected that and we will reject it again"
}

// sharedVerbAhead reports whether a verb sharing the subject before it
// comes at k, as in the list "withdraw from four regions, accept
// neutrality and cap its army": a bare verb that is a cue ("accept"), for
// a bare verb that is no cue ends nothing anyway.
func (sn *sentence) sharedVerbAhead(k int) bool {
	k = sn.nextWord(k, true)
	return sn.bareVerbAhead(k) && (sn.verbCue(k) != "" || sn.in(k, acceptVerbs) || particleCues[sn.low(k+1)][sn.low(k)] != "") && sn.bareVerb(k)
}

// notOnlyIn reports whether "not only" comes in tokens [a, b).
func (sn *sentence) notOnlyIn(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if sn.low(k) == "not" && sn.low(k+1) == "only" {
			return true
		}
	}
	return false
}

// relativeNames reports whether the names before "and" at k open a
// relative clause inside the content: "the truce that Washington and Kyiv
// had put to him" goes on.
func (sn *sentence) relativeNames(from, k int) bool {
	p := k - 1
	for p > from && (sn.mentAt[p] >= 0 || sn.low(p) == "," || sn.low(p) == "the") {
		p-- // "in which the United States, Ukraine and Russia would run it"
	}
	if p < k-1 && p > from+1 && sn.in(p, speechVerbs) && sn.in(p-1, pronouns) && sn.toks[p-2].word && !sn.toks[p-2].party {
		return true // "the understandings it says Putin and Trump reached": a relative clause, its subjects reported
	}
	return p < k-1 && (sn.low(p) == "that" || sn.low(p) == "which") && p > from
}

// bareVerbAhead reports whether a verb without a subject comes at k
// ("and rule out ...").
func (sn *sentence) bareVerbAhead(k int) bool {
	k = sn.nextWord(k, true)
	return k < len(sn.toks) && sn.mentAt[k] < 0 && !sn.in(k, pronouns) && sn.low(k) != "the"
}

// infinitiveIn reports whether tokens [a, b) hold "to" and a bare verb:
// "wants Ukraine to abandon its NATO ambitions and accept neutrality" goes
// on after "and", the second verb of the same "to".
func (sn *sentence) infinitiveIn(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if sn.low(k) == "to" && sn.toks[k+1].word && !sn.toks[k+1].caps && sn.bareVerb(k+1) {
			return true
		}
	}
	return false
}

// pastCueAhead reports whether a cue or speech verb in the past tense
// comes at k: "said the deal should apply at once, and dismissed ...": a
// predicate of the sentence's subject, not a verb the modal governs.
func (sn *sentence) pastCueAhead(k int) bool {
	k = sn.nextWord(k, true)
	w := sn.low(k)
	return k < len(sn.toks) && strings.HasSuffix(w, "ed") && (verbCues[w] != "" || sn.in(k, speechVerbs) || sn.in(k+1, pronouns) || sn.in(k+1, refusedPronouns) || sn.low(k+1) == "him" || sn.low(k+1) == "her" || sn.mentAt[min(k+1, len(sn.toks)-1)] >= 0)
}

// commaEnds reports whether the comma at k ends a content.
// listItemAt reports whether the noun before k heads an item of a list that
// goes on: "a ceasefire, a swap of prisoners and the return of the
// children", where ", a swap of prisoners" is no comment on the ceasefire
// (as ", a proposal the Kremlin rejected" is). The noun takes a preposition
// and, before the clause ends, an "and" opens the next item.
func (sn *sentence) listItemAt(k int) bool {
	if w := sn.low(k); w != "of" && w != "for" && w != "on" && w != "to" {
		return false
	}
	c := sn.nounCue(k - 1)
	bare := c != Demand && c != Proposal && !sn.in(k-1, commentNouns) // "a swap of prisoners and security guarantees"; but "a demand of long standing and wide support" is a comment
	for j := k + 1; j < len(sn.toks); j++ {
		t := sn.toks[j]
		switch {
		case !t.word && t.text != "," && t.text != "-" && !quoteMark(t.text):
			return false
		case t.in(finiteVerbs) || sn.in(j, speechVerbs) || sn.in(j, pastTenses):
			return false
		case (t.low == "and" || t.low == "plus") && (sn.in(j+1, determiners) || bare && sn.nounAhead(j+1)) || asWellAs(sn.toks, j) && sn.in(j+3, determiners):
			return true // "..., an exchange of all prisoners and (plus, as well as) the return of ...", "... and security guarantees"
		}
	}
	return false
}

// nounAhead reports whether the word at k opens a bare noun phrase, no
// side's clause and no verb: "(and) security guarantees", "(and) reliable
// guarantees"; not "(and) Kyiv welcomed", "(and) rejected".
func (sn *sentence) nounAhead(k int) bool {
	if k >= len(sn.toks) || !sn.toks[k].word || sn.mentAt[k] >= 0 || sn.toks[k].caps {
		return false
	}
	w := sn.low(k)
	return !sn.in(k, finiteVerbs) && !sn.in(k, pastTenses) && !sn.in(k, speechVerbs) && !sn.in(k, modalsInContent) && !sn.in(k, pronouns) && sn.verbCue(k) == "" && !strings.HasSuffix(w, "ed") && !(strings.HasSuffix(w, "s") && sn.in(k+1, determiners))
}

func (sn *sentence) commaEnds(k int) bool {
	if t, a := sn.low(k+1), sn.low(k+2); k > 0 && sn.quoted[k-1] && t == "\"" && (a != "and" && a != "or" || sn.low(k+3) == "that") {
		return true // `"... changed by force," the leaders said`: the quote ends; but `guarantees "as strong as Article 5," and a ceasefire` goes on
	}
	n := sn.nextWord(k+1, false)
	if n >= len(sn.toks) {
		return true
	}
	w := sn.low(n)
	if w == "as" && sn.low(n+1) == "well" {
		return false // ", as well as ..." goes on
	}
	if sn.commentOwner(n) >= 0 {
		return true // ", three issues Kyiv had pressed its hosts to put on the agenda": a comment on it
	}
	if v := sn.low(n + 1); (w == "both" || w == "each" || w == "all") && len(v) > 4 && strings.HasSuffix(v, "ed") {
		return true // "... and resume security assistance, both suspended after the Oval Office meeting": a remark on them
	}
	if m := sn.mentAt[min(n+1, len(sn.toks)-1)]; w == "with" && (m >= 0 && sn.participleSpeechAt(sn.ments[m].end) || sn.in(n+1, agentNouns) && sn.participleSpeechAt(n+2)) {
		return true // ", with Ushakov saying ...", ", with officials saying ...": who said it, not part of it
	}
	if v := sn.nextWord(n+1, true); w == "then" && (!sn.bareVerbAhead(n+1) || sn.in(v, pastTenses) || strings.HasSuffix(sn.low(v), "ed")) {
		return true // "If Ukraine leaves ..., then the fighting stops": the main clause, as "..., then left the teams to it"; not "..., then lift martial law"
	}
	if sn.in(n, finiteVerbs) {
		return true // "..., which calls for X, was unacceptable": the relative clause ends
	}
	if k := verbCues[w]; (k == Demand || k == Rejection) && strings.HasSuffix(w, "s") && !sn.in(n+1, prepositions) && sn.low(n+1) != "the" && !pluralComments[w] {
		return true // "insists on X, refuses any limits on ..., and says ...": the next predicate
	}
	if w == "that" {
		if v := sn.speechBefore(k); sn.in(v, speechVerbs) && sn.verbCue(v) == "" && v < k-3 && sn.toks[v+1].word && !sn.demandThatAfter(v, k) {
			return true // `said the draft "will require additional work", that borders must not ...`: the next thing said; but in "a source said Moscow demanded that A, that B" B is demanded too
		}
	}
	if (w == "and" || w == "but") && sn.low(n+1) == "what" && (sn.in(n+2, pronouns) || sn.mentAt[min(n+2, len(sn.toks)-1)] >= 0) {
		return true // ", and what they want from Washington is ...": a clause of its own
	}
	if w == "failing" && sn.low(n+1) == "that" || w == "if" && sn.low(k-1) == "that" && sn.low(k-2) == "failing" {
		return false // "only if A or, failing that, if B": one condition and its fallback
	}
	if v := sn.low(n + 3 + b2i(sn.in(n+3, skipWords) || sn.low(n+3) == "instead")); (w == "and" || w == "but") && sn.in(n+1, possPronouns) && (verbCues[v] != "" || sn.in(n+3, speechVerbs) || sn.in(n+3, pastTenses) || len(v) > 4 && strings.HasSuffix(v, "ed") || sn.in(n+2, agentNouns) && (v == "," || sn.in(n+3, speechVerbs))) {
		return true // ", and its negotiators ruled out ...": a clause of its own
	}
	if v := sn.low(n + 3); w == "and" && sn.low(n+1) == "the" && sn.toks[min(n+2, len(sn.toks)-1)].word && (sn.rejectionVerb(n+3) || sn.in(n+3, speechVerbs)) && (strings.HasSuffix(v, "ed") || sn.in(n+3, pastTenses)) {
		return true // "..., and the bloc ruled out lifting any sanctions": a clause of its own
	}
	if (w == "provided" || w == "providing") && sn.low(n+1) != "by" && sn.low(n+1) != "for" {
		return true // "could hold elections within 90 days, provided its partners guarantee security": the proviso is a position of its own
	}
	if q := sn.low(n + 1); w == "and" && (q == "no" || q == "any" || q == "every") {
		for j := n + 3; j < len(sn.toks) && j <= n+5 && sn.toks[j].word; j++ {
			if w := sn.low(j); w == "could" || w == "would" || w == "can" || w == "will" {
				return true // "..., and no Ukrainian government could ever sign that", "..., and any easing of sanctions would be a weakening": a clause of its own
			}
		}
	}
	if w == "and" && sn.in(n+1, prepositions) {
		for j := n + 2; j < len(sn.toks) && j <= n+10 && sn.toks[j].word; j++ {
			if sn.in(j, pronouns) && !sn.in(j-1, prepositions) && (sn.in(j+1, beWords) || sn.in(j+1, finiteVerbs) || sn.in(j+1, pastTenses) || sn.in(j+1, modalsInContent)) {
				return true // "..., and by most accounts they were heard": a clause of its own
			}
			if m := sn.mentAt[j]; m >= 0 {
				v := sn.ments[m].end
				if sn.in(v, agentNouns) {
					v++
				}
				if sn.ments[m].start == j && !sn.ments[m].poss && !sn.in(j-1, prepositions) && (sn.verbCue(v) != "" || sn.in(v, speechVerbs) || sn.in(v, pastTenses)) {
					return true // ", and at the G20 summit on Saturday European leaders insisted that ...": a clause of its own
				}
				break
			}
		}
	}
	if m := sn.mentAt[min(n+1, len(sn.toks)-1)]; (w == "and" || w == "but") && m >= 0 && !sn.ments[m].poss {
		v := sn.ments[m].end
		if sn.in(v, agentNouns) {
			v++
		}
		if vw := sn.low(v); sn.verbCue(v) != "" && (strings.HasSuffix(vw, "ed") || strings.HasSuffix(vw, "s")) || sn.in(v, speechVerbs) || sn.in(v, pastTenses) || sn.in(v, askVerbs) && sn.low(v+1) == "to" {
			return true // ", and Ukrainian officials rejected it as an ultimatum", ", and European capitals expected to have a say": a clause of its own
		}
	}
	if v := sn.low(n + 1); w == "and" && !sn.toks[min(n+1, len(sn.toks)-1)].party &&
		(sn.in(n+1, pastTenses) || len(v) > 4 && strings.HasSuffix(v, "ed") || v == "set" || v == "laid" || v == "put") &&
		(sn.in(n+2, determiners) || sn.in(n+2, prepositions) || sn.in(n+2, clauseWords) || sn.low(n+2) == "what" || sn.low(n+2) == "out" || sn.madeClear(n+1, n+3) ||
			sn.verbCue(n+1) != "" || sn.in(n+1, presentVerbs) || sn.in(n+1, speechVerbs)) {
		return true // "agreed only to the energy pause, and set out what he would need": a second predicate
	}
	if v := sn.low(n + 1); w == "and" && strings.HasSuffix(v, "s") && !sn.toks[min(n+1, len(sn.toks)-1)].party && (sn.verbCue(n+1) != "" || sn.in(n+1, speechVerbs) || judgeVerbs.has(v) || v == "regards" || v == "considers" || v == "sees" || v == "views") && (sn.in(n+2, determiners) || sn.low(n+2) == "that") {
		return true // "has ruled out easing sanctions, and regards the withdrawal as the main precondition": a second predicate
	}
	if v := sn.low(n + 3); w == "and" && sn.inReturnAt(n+1) && (len(v) > 4 && strings.HasSuffix(v, "ed") || sn.in(n+3, pastTenses) || sn.verbCue(n+3) != "") {
		return true // "demanded that Ukraine withdraw ..., and in return offered to freeze the front": a second predicate
	}
	if participle(w) && sn.low(n+1) == "by" && w != "ratified" && w != "approved" && w != "signed" {
		// but "guarantees ..., ratified by the United States Congress" asks
		// for the ratification too
		m := n + 2
		if sn.low(m) == "the" {
			m++
		}
		if m < len(sn.toks) && sn.mentAt[m] >= 0 {
			return true // ", backed by the United States": who supports it, not a list item
		}
	}
	if w == "one" && (sn.low(n+1) == "that" || sn.low(n+1) == "which") && !sn.anyText(max(0, k-4), k, "if") {
		return true // "an updated framework, one that now runs to 19 points": a comment on it
	}
	if strings.HasSuffix(w, "ing") && len(w) > 5 && w != "including" && sn.verbCue(n) == "" && (sn.low(n+1) == "the" || sn.low(n+1) == "its" || sn.low(n+1) == "their") && sn.low(n+2) != "total" && sn.agreementBefore(k) {
		return true // "with what they called an updated framework, trimming the 28-point plan to 19 points": what they did with it
	}
	if v := sn.low(n + 1 + b2i(sn.low(n+1) == "only")); w == "and" && (v == "after" || v == "once") && sn.anyText(max(0, k-40), k, "after") {
		return true // "only after A, and after B", "..., and only once B": a condition of its own
	}
	if (w == "a" || w == "an" || w == "one" || w == "two" || w == "three") && sn.in(n+1, timeNouns) {
		return true // ", a day after the talks ended"
	}
	if (w == "a" || w == "an") && (sn.nounCue(n+1) != "" || sn.in(n+1, commentNouns) || sn.in(n+1, eventNouns)) && !sn.listItemAt(n+2) {
		return true // ", a proposal the Kremlin rejected": a comment on it
	}
	if m := sn.mentAt[min(n+2, len(sn.toks)-1)]; w == "the" && sn.in(n+1, commentNouns) && m >= 0 && !sn.ments[m].poss {
		return true // ", the idea Washington first floated in March": a comment on it
	}
	if m := sn.mentAt[n]; m >= 0 && sn.ments[m].poss && sn.in(sn.ments[m].end, commentNouns) {
		return true // ", Moscow's shorthand for NATO's expansion": a comment on it
	}
	if (w == "well" || w == "far") && sn.low(n+1) == "short" && sn.low(n+2) == "of" || w == "a" && sn.low(n+1) == "far" && sn.low(n+2) == "cry" {
		return true // ", well short of (a far cry from) the full ceasefire Kyiv wants": a comparison
	}
	if w == "the" && sn.low(n+1) == "same" && (sn.nounCue(n+2) != "" || sn.in(n+2, commentNouns) || sn.in(n+2, planNouns) || peaceNouns.has(sn.low(n+2))) {
		return true // ", the same idea Kyiv has been promoting since March", ", the same truce that European leaders had called for"
	}
	if pluralComments[w] && (sn.low(n+1) == "the" || sn.mentAt[min(n+1, len(sn.toks)-1)] >= 0) {
		return true // ", points the Ukrainian side had pushed for"
	}
	if contentStops.has(w) && w != "and" && w != "a" && w != "an" && w != "the" {
		return true
	}
	if sn.clauseAhead(n) || sn.attributionAt(n) {
		return true
	}
	// ", and it was right to", ", and he put off a visit": a clause with a
	// subject of its own.
	if (w == "and" || w == "but") && sn.in(n+1, pronouns) && n+2 < len(sn.toks) && sn.toks[n+2].word && !sn.in(n+2, prepositions) {
		return true
	}
	// ", and Kyiv is under pressure": a new clause with its own subject.
	if w == "and" || w == "but" {
		m := n + 1
		if sn.low(m) == "the" {
			m++
		}
		if m < len(sn.toks) && sn.mentAt[m] >= 0 && !sn.ments[sn.mentAt[m]].poss && !sn.isAdjectiveMention(sn.ments[sn.mentAt[m]]) {
			// but "wants aid to stop, and Ukraine to halt mobilisation": a
			// second object of the same want, as "guarantees ..., and EU
			// membership by a defined date"
			e := sn.ments[sn.mentAt[m]].end
			return sn.low(e) != "to" && !nounShape(sn.low(e))
		}
	}
	// A trailing attribution: ", Medinsky told reporters", ", said Peskov";
	// not ", and the return of children it says were deported".
	for j, seg, limit := n, n, n+7; j < len(sn.toks) && j < limit; j++ {
		t := sn.toks[j]
		if t.text == "," && limit < n+14 && sn.apposition(seg, j) {
			seg, limit = j+1, limit+4 // ", Ukraine's top negotiator, Rustem Umerov, said": a speaker in apposition
			continue
		}
		if !t.word {
			return false
		}
		if t.in(speechVerbs) && !t.party && !sn.in(j-1, prepositions) && !sn.in(j-1, determiners) && !(sn.mentAt[j-1] >= 0 && sn.ments[sn.mentAt[j-1]].poss) && !sn.claimsNoun(j) {
			return !sn.in(j+1, beWords) && (seg == n || sn.low(j-1) != "and") // but not the "States" of "the United States", nor a list's "..., Turkey and the United States, and said"; not the "claims" of ", and a waiver of (Ukraine's) claims"
		}
	}
	return false
}

// claimsNoun reports whether the speech verb at k is a noun of the same
// spelling: "the renunciation of mutual claims", "war claims", "the
// member states", "press reports"; not "Moscow claims", "it claims".
func (sn *sentence) claimsNoun(k int) bool {
	if !speechNouns[sn.low(k)] {
		return false
	}
	p := sn.toks[k-1]
	return p.word && !p.party && !p.caps && !p.in(pronouns) && !p.in(agentNouns)
}

// speechNouns are the speech verbs that are also nouns.
var speechNouns = map[string]bool{"claims": true, "claim": true, "reports": true, "notes": true,
	"answers": true, "states": true, "stresses": true, "repeats": true}

// apposition reports whether toks[a:b] can name a speaker between commas:
// a name or a title ("Ukraine's top negotiator", "the Kremlin aide who
// heads Russia's team"), with no number in it ("157 from each side").
func (sn *sentence) apposition(a, b int) bool {
	if sn.low(a) == "and" {
		a++ // ", and the Kremlin's foreign policy aide, Yuri Ushakov, said": a clause of its own
	}
	if w := sn.low(a); w == "not" || w == "or" || sn.in(a, prepositions) {
		return false // ", not by Russian officials, he said": part of the position
	}
	named := false
	for k := a; k < b; k++ {
		if w := sn.low(k); isNumber(w) || w == "and" || w == "or" {
			return false // a list, "on political, humanitarian and military questions"
		}
		named = named || sn.mentAt[k] >= 0 || sn.in(k, agentNouns) && sn.low(k) != "side" && sn.low(k) != "sides"
	}
	return named
}

// judgedAfter reports whether the words at k judge what comes before
// them: "(...,) a condition the official called unacceptable", "terms
// Kyiv considers unacceptable".
func (sn *sentence) judgedAfter(k int) bool {
	n := k + b2i(sn.in(k, determiners))
	if sn.toks[min(n, len(sn.toks)-1)].nounCue() == "" && sn.low(n) != "something" {
		return false
	}
	for v := n + 1; v < len(sn.toks) && v <= n+8; v++ {
		if sn.in(v, judgeVerbs) || sn.low(v) == "considers" || sn.low(v) == "considered" {
			return sn.in(sn.nextWord(v+1, false), rejectAdjectives)
		}
		if sn.verbCue(v) == Rejection && strings.HasSuffix(sn.low(v), "ed") {
			return true // "..., terms that Kyiv has repeatedly rejected"
		}
		if !sn.toks[v].word && sn.toks[v].text != "," {
			return false
		}
	}
	return false
}

// judgedClause reports whether a clause of its own opens after the "and"
// or "but" at k, one that judges its subject ("..., and any deployment of
// European troops would be unacceptable to Moscow").
func (sn *sentence) judgedClause(k int) bool {
	if w := sn.low(k); w != "and" && w != "but" || !sn.in(k+1, determiners) {
		return false
	}
	isBe := func(v int) bool {
		w := sn.low(v)
		return sn.in(v, beWords) || sn.in(v, modalsInContent) || w == "remains" || w == "remained"
	}
	for v := k + 2; v < len(sn.toks) && v <= k+16; v++ {
		if isBe(v) {
			for v < len(sn.toks) && (isBe(v) || sn.in(v, skipWords)) {
				v++
			}
			return sn.in(v, rejectAdjectives) || sn.outOfQuestion(v) // "and a legal recognition of the occupation was out of the question"
		}
		if !sn.toks[v].word || sn.verbCue(v) != "" || sn.in(v, speechVerbs) || sn.in(v, clauseWords) {
			return false
		}
	}
	return false
}

// glossAfter reports whether the words at k explain the phrase before them
// ("the Kremlin's shorthand for", "Moscow's term for", "a euphemism for").
func (sn *sentence) glossAfter(k int) bool {
	for n := k; n < k+5 && n < len(sn.toks); n++ {
		switch sn.low(n) {
		case "shorthand", "euphemism":
			return sn.low(n+1) == "for" && n > k || n == k && sn.hasWordAhead(n, "for", 3) // also a bare ", shorthand in Moscow for ..."
		case "code", "codeword", "term", "phrase", "wording", "formula":
			return sn.low(n+1) == "for" && n > k
		case "reference", "allusion", "nod":
			// ", a reference to NATO's mutual-defence clause"; but "a full
			// ceasefire, a reference to its 1991 borders and security
			// guarantees" goes on as a list
			e := n
			for e < len(sn.toks) && sn.toks[e].text != "," && sn.toks[e].text != ";" && sn.toks[e].text != "." {
				e++
			}
			goesOn := slices.ContainsFunc(sn.toks[n:e], func(t token) bool { return t.low == "and" }) || sn.low(e) == ";" || sn.low(e) == "," && sn.low(e+1) == "and" && sn.low(e+2) != "that" // but ", and that roughly 90% ..." is a clause of its own
			return sn.low(n+1) == "to" && n <= k+1 && !goesOn
		case "the", "a", "an", "its", "their", "own", "usual", "familiar", "diplomatic":
		default:
			if sn.mentAt[n] < 0 {
				return false
			}
		}
	}
	return false
}

// clauseAhead reports whether a new clause with its own verb cue starts at
// token k: "and Kyiv demanded", "and dismissed".
func (sn *sentence) clauseAhead(k int) bool {
	k = sn.nextWord(k, false)
	the := false
	if k < len(sn.toks) && sn.low(k) == "the" {
		k++
		the = true
	}
	if m := sn.mentAt[min(k, len(sn.toks)-1)]; k < len(sn.toks) && m >= 0 && sn.ments[m].poss && sn.in(sn.ments[m].end, otherNouns) {
		// ", Kyiv's allies went further": a clause about the allies
		if w := sn.low(sn.ments[m].end + 1); finiteVerbs.has(w) || pastTenses.has(w) {
			return true
		}
	}
	if m := sn.mentAt[min(k, len(sn.toks)-1)]; k < len(sn.toks) && m >= 0 && (!sn.ments[m].poss || sn.in(sn.ments[m].end, agentNouns)) {
		// "and Kyiv demanded", "Russia's Foreign Ministry rejected"
		k = sn.ments[m].end
		for k < len(sn.toks) && (sn.in(k, agentNouns) || sn.ments[m].poss && sn.toks[k].caps && sn.mentAt[k] < 0) {
			k++
		}
		if k > sn.ments[m].end && k < len(sn.toks) && sn.mentAt[k] >= 0 {
			k = sn.ments[sn.mentAt[k]].end // "Kremlin spokesman Dmitry Peskov dismissed it"
		}
		// "... or Russia will take it by force": a clause of its own.
		if w := sn.low(k); finiteVerbs.has(w) || w == "must" || w == "could" || w == "can" || w == "should" || pastTenses.has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") && sn.toks[k].word {
			return true // "... or Russia will take it by force", ", Moscow brought a memorandum", ", the Russian side outlined"
		}
		if w := sn.low(k); len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && sn.toks[k].word && !sn.toks[k].caps && !sn.isAdjectiveMention(sn.ments[m]) && k+1 < len(sn.toks) && sn.toks[k+1].word && !sn.toks[k+1].caps && !sn.in(k+1, prepositions) && !sn.in(k+1, coordinators) && sn.low(k+1) != "that" {
			return true // "Europe demands a say and Moscow keeps its Donbas condition", "..., the Kremlin takes note"
		}
		if t := sn.toks[min(k, len(sn.toks)-1)]; k > sn.ments[m].end && k+1 < len(sn.toks) && strings.HasSuffix(sn.low(k-1), "s") && t.word && !t.caps && !t.in(prepositions) && !t.in(coordinators) && sn.in(k+1, determiners) {
			return true // "..., and Ukrainian officials describe the Russian paper as an ultimatum"
		}
	} else if sn.in(k, pronouns) {
		k++
	} else if the && !sn.in(k, agentNouns) && !sn.in(k+1, agentNouns) && sn.low(k) != "two" && sn.low(k) != "both" {
		for n := k; n < k+3 && n+1 < len(sn.toks) && sn.toks[n].word && !sn.in(n, prepositions) && !sn.in(n, clauseWords) && !sn.in(n, skipWords); n++ {
			w := sn.low(n + 1)
			if sn.in(n+1, beWords) || w == "has" || w == "have" || w == "will" || w == "would" {
				return true // ", and the ball is now in the Kremlin's court": a clause of its own
			}
			if n > k && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (sn.low(n+2) == "the" || sn.low(n+2) == "a" || sn.low(n+2) == "an") && !sn.in(n+1, prepositions) {
				return true // ", and the revised text leaves the question open"
			}
		}
		return false // "and the return of every child": a noun phrase, not a clause
	} else {
		// "both sides", "the two delegations"
		n := k
		for n < len(sn.toks) && (sn.low(n) == "both" || sn.low(n) == "two" || sn.low(n) == "all") {
			n++
		}
		if n < len(sn.toks) && sn.in(n, agentNouns) && (n > k || sn.low(k-1) == "the") {
			k = n + 1
		}
	}
	k = sn.nextWord(k, true)
	if k >= len(sn.toks) {
		return false
	}
	w := sn.low(k)
	if verbCues[w] != "" || speechVerbs.has(w) || acceptVerbs.has(w) || askVerbs.has(w) {
		return true
	}
	if kinds, ok := particleCues[sn.low(sn.nextWord(k+1, true))]; ok && kinds[w] != "" {
		return true // "and called again for ..."
	}
	return false
}

// verdictParticiples say what the speaker makes of a position: ",
// calling it an ultimatum"; not ", including this year's deportees".
var verdictParticiples = set("calling", "branding", "describing", "labelling", "labeling",
	"dubbing", "terming", "deeming", "denouncing", "decrying", "slamming", "blasting", "dismissing", "hailing")

// mediaWords open where a thing was made public: "on social media", "on
// television", "on Telegram".
var mediaWords = map[string]bool{"social": true, "television": true, "tv": true, "telegram": true, "state": true, "camera": true}

// sameSubjectAhead reports whether the clause from `from`, no reported
// one, opens with a side and its verb in -s ("(only if) Ukraine drops its
// NATO ambitions")
// and the words at k go on with another such verb of that side that
// states a position ("hands over Donbas", "accepts demilitarisation").
func (sn *sentence) sameSubjectAhead(from, k int) bool {
	if from >= len(sn.toks) || sn.verbCue(from-1) != "" || sn.in(from-1, speechVerbs) || sn.low(from-1) == "that" {
		return false // but in "Putin insists (that) Ukraine cedes Donbas, dismisses talk of a ceasefire and ...", the later verbs may be Putin's
	}
	m := sn.mentAt[from]
	if m < 0 || sn.ments[m].start != from || sn.ments[m].poss || !sVerb(sn.low(sn.ments[m].end)) {
		return false
	}
	n := sn.nextWord(k, true)
	return sVerb(sn.low(n)) && (sn.verbCue(n) != "" || particleCues[sn.low(n+1)][sn.low(n)] != "")
}

// sVerbAfterComma reports whether a comma between from and k goes on with
// a verb in -s: "Ukraine drops A, hands over B (and accepts C)", a list
// of the subject's acts, not "keeps the assets frozen until Moscow
// compensates Ukraine, and leaves ...", whose "and" goes back further.
func (sn *sentence) sVerbAfterComma(from, k int) bool {
	for c := from + 1; c < k; c++ {
		if sn.low(c) == "," && sVerb(sn.low(sn.nextWord(c+1, true))) {
			return true
		}
	}
	return false
}

// sVerb reports whether w has the shape of a verb's -s form: "drops",
// "hands"; not "press".
func sVerb(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// subjunctiveAhead reports whether a bare verb at k goes on a "that"
// clause opened just before from ("demands that Kyiv pull out ... and give
// up its bid"): the same subject, the same demand.
func (sn *sentence) subjunctiveAhead(from, k int) bool {
	if from < k {
		from += sinceThat(sn.toks[from:k]) // "insisted since the Istanbul rounds that Kyiv withdraw ... and accept ..."
	}
	return (sn.low(from-1) == "that" || sn.low(from) == "that") && sn.bareVerbAhead(k)
}

// wordsEnd returns where the run of words from k ends: at the first mark
// or the end of the sentence.
func (sn *sentence) wordsEnd(k int) int {
	for k < len(sn.toks) && sn.toks[k].word {
		k++
	}
	return k
}

// span copies tokens [a, b) without parenthetical asides.
func (sn *sentence) span(a, b int) []token {
	if a < 0 {
		a = 0
	}
	if b > len(sn.toks) {
		b = len(sn.toks)
	}
	if a >= b {
		return nil
	}
	bracket, dash := false, false
	for k := a; k < b; k++ {
		if t := sn.toks[k].text; t == "(" || t == "[" {
			bracket = true
		} else if e := sn.dashAside(k); e > 0 && e < b {
			dash = true
		}
	}
	if !bracket && !dash {
		return sn.toks[a:b:b]
	}
	out := make([]token, 0, b-a)
	depth := 0
	for k := a; k < b; k++ {
		if e := sn.dashAside(k); e > 0 && e < b {
			k = e
			continue
		}
		t := sn.toks[k]
		switch t.text {
		case "(", "[":
			depth++
			continue
		case ")", "]":
			if depth > 0 {
				depth--
				continue
			}
		}
		if depth == 0 {
			out = append(out, t)
		}
	}
	return out
}

// conditionClause returns the condition of a conditional agreement ("would
// agree to stop fighting only after Ukrainian troops withdraw"), or nil.
func conditionClause(toks []token) []token {
	for k, t := range toks {
		if t.in(conditionWords) && k+1 < len(toks) && !isDate(&toks[k+1]) {
			return toks[k+1:] // but "until 1 February" is a date
		}
		if t.low == "only" && k+2 < len(toks) {
			switch toks[k+1].low {
			case "after", "if", "once", "when":
				return toks[k+2:]
			}
		}
		if k+3 < len(toks) && (t.low == "as" && toks[k+1].low == "long" && toks[k+2].low == "as" && (k == 0 || !lastingWords[toks[k-1].low]) || t.low == "on" && toks[k+1].low == "condition" && toks[k+2].low == "that") {
			return toks[k+3:] // "would agree to a ceasefire as long as (on condition that) ..."; but "for as long as the fighting lasts" is a time
		}
	}
	return nil
}

// lastingWords before "as long as" make it a time, not a condition: "for
// as long as Russia does", "a truce that would last as long as the talks".
var lastingWords = map[string]bool{"for": true, "last": true, "lasts": true, "lasted": true, "lasting": true}

// rejectsThing reports whether the head of a refused content is a proposal,
// terms or the like ("will not accept ultimatums").
func rejectsThing(toks []token) bool {
	if len(toks) > 1 && toks[0].low == "to" {
		toks = toks[1:] // "will not agree to it"
	}
	if len(toks) > 0 && toks[0].in(refusedPronouns) {
		return true // "will not accept it"
	}
	for _, t := range toks {
		if t.in(refusedPronouns) {
			continue
		}
		if t.in(rejectable) || (len(t.low) > 4 && rejectable.has(strings.TrimSuffix(t.low, "s"))) {
			return true
		}
	}
	return false
}

func hasAny(toks []token, words *wordSet) bool {
	for _, t := range toks {
		if t.in(words) {
			return true
		}
	}
	return false
}

// antecedent returns where the phrase that a comment after the comma at
// comma refers to starts: after the last verb cue or punctuation before it
// ("... demanded an unconditional ceasefire, which Moscow has refused").
func (sn *sentence) antecedent(comma int) int {
	start := sn.clauseStart(comma)
	for w := sn.low(start - 1); (w == "before" || w == "after" || w == "until") && (sn.in(start, determiners) || sn.low(start) == "any"); w = sn.low(start - 1) {
		start = sn.clauseStart(start - 1) // "withdraw from the Donbas before any ceasefire, a demand Kyiv rejected": a preposition, not a clause
	}
	for _, o := range sn.cues {
		if o.form != formNoun && o.form != formMust && o.at >= start && o.at < comma {
			start = o.end
		}
	}
	for n := comma - 1; n >= start; n-- {
		if t := sn.toks[n]; !t.word && t.text != "-" && t.low != "'" && t.low != "\"" || t.low == "to" && sn.low(n-1) == "up" {
			return n + 1 // "did not sign up to the broader ceasefire that ...": the ceasefire
		}
	}
	return start
}

// negatedAux reports whether words a and b open a negated predicate: "did
// not", "does not", "would not", "didn't".
func negatedAux(a, b string) bool {
	switch a {
	case "did", "does", "do", "would", "will", "could", "can", "has", "have", "had", "was", "is":
		return b == "not" || b == "never"
	case "didn't", "doesn't", "don't", "won't", "wouldn't", "never":
		return true
	}
	return false
}

// offerIn reports whether an offer of readiness ("was prepared to", "is
// ready to") starts between tokens a and b.
func (sn *sentence) offerIn(a, b int) bool {
	return slices.ContainsFunc(sn.cues, func(c cue) bool {
		return c.kind == Proposal && c.form == formVerb && sn.in(c.at, readyWords) && c.at >= a && c.at < b
	})
}

// closingCommaAfter returns the first comma after k, over words only, within
// fourteen tokens, or -1.
func (sn *sentence) closingCommaAfter(k int) int {
	for e := k + 1; e < len(sn.toks) && e < k+14; e++ {
		if t := sn.toks[e]; t.text == "," {
			return e
		} else if !t.word {
			return -1
		}
	}
	return -1
}

// timedClause reports whether a clause of its own, opened by when it
// happened, starts at k: "on Tuesday he dismissed", "later Moscow said".
func (sn *sentence) timedClause(k int) bool {
	n := k
	if w := sn.low(n); w == "on" || w == "in" || w == "at" || w == "by" {
		n++
	}
	if !sn.in(n, timeNouns) && !sn.in(n, months) && sn.low(n) != "later" && sn.low(n) != "earlier" {
		return false
	}
	n++
	if m := sn.mentAt[min(n, len(sn.toks)-1)]; m >= 0 && n < len(sn.toks) {
		n = sn.ments[m].end
	} else if sn.in(n, pronouns) {
		n++
	} else {
		return false
	}
	w := sn.low(n)
	return sn.in(n, pastTenses) || len(w) > 4 && strings.HasSuffix(w, "ed") || finiteVerbs.has(w)
}

// namedSpeechAhead reports whether a named speaker and a speech verb open
// the words at k: "Mr. Ushakov said", "Dmitry Peskov told reporters".
func (sn *sentence) namedSpeechAhead(k int) bool {
	named := false
	for n := k; n < len(sn.toks) && n <= k+4; n++ {
		t := sn.toks[n]
		switch {
		case sn.mentAt[n] >= 0:
			named = true
		case sn.in(n, speechVerbs):
			return named && n > k
		case t.caps && t.word || t.text == ".":
		default:
			return false
		}
	}
	return false
}

// agentSpeechAhead reports whether the words from k are a person named by
// a role ("a European diplomat", "one Ukrainian official"), then a speech
// verb within a few words: "a European diplomat briefed on the Ukrainian
// mandate said".
func (sn *sentence) agentSpeechAhead(k int) bool {
	if !sn.in(k, determiners) && sn.low(k) != "one" {
		return false
	}
	agent := false
	for n := k + 1; n < len(sn.toks) && n <= k+10; n++ {
		switch {
		case sn.in(n, speechVerbs):
			return agent
		case !sn.toks[n].word || sn.verbCue(n) != "" || sn.in(n, clauseWords):
			return false
		case n <= k+3 && sn.in(n, agentNouns):
			agent = true
		}
	}
	return false
}

// closedAppositive returns the second comma of a noun phrase that the
// comma at k opens and that closes right before the clause's verb (", a
// full ceasefire of thirty days, was rejected"), or -1.
func (sn *sentence) closedAppositive(k int) int {
	if w := sn.low(k + 1); w != "a" && w != "an" && w != "the" {
		return -1
	}
	for e := k + 2; e < len(sn.toks) && e <= k+16; e++ {
		if !sn.toks[e].word {
			n := sn.low(e + 1)
			verb := finiteVerbs.has(n) || sn.in(e+1, pastTenses) || sn.in(e+1, modalsInContent) || strings.HasSuffix(n, "ed") && !sn.toks[e+1].caps
			if sn.toks[e].text != "," || e <= k+2 || !verb {
				return -1
			}
			return e
		}
		if sn.in(e, clauseWords) || sn.in(e, speechVerbs) {
			return -1
		}
	}
	return -1
}

// overToBe returns the be-verb after a short place phrase or a relative
// aside that starts at k ("in Washington was", ", which its officials
// repeat in every meeting, is"), else k.
func (sn *sentence) overToBe(k int) int {
	isBe := func(n int) bool {
		w := sn.low(n)
		return w == "is" || w == "was" || w == "are" || w == "were" || w == "remains" || w == "remained" || w == "remain" || w == "include" || w == "includes" || w == "included"
	}
	switch w := sn.low(k); {
	case w == "in" || w == "at":
		for n := k + 1; n < len(sn.toks) && n <= k+4 && sn.toks[n].word; n++ {
			if isBe(n) {
				return n
			}
		}
	case w == "," && sn.toks[min(k+1, len(sn.toks)-1)].word && !sn.in(k+1, coordinators):
		// also "Moscow's conditions, set out in the June memorandum, remain
		// ...", "Moscow's demands, first made in 2021, include ...", "...,
		// now public, are ...": an aside closed by a comma right before
		// the verb; but "Russia's demands, and Ukraine's refusal to meet
		// them, are ..." joins a second subject
		for n := k + 2; n+1 < len(sn.toks) && n <= k+14; n++ {
			if sn.low(n) == "," {
				if isBe(n + 1) {
					return n + 1
				}
				return k
			}
		}
	}
	return k
}

// nominalization reports whether w looks like a noun made from a verb,
// which names an act a side can rule out: "recognition", "withdrawal",
// "membership", "deployment", "presence".
func nominalization(w string) bool {
	for _, suf := range [...]string{"tion", "sion", "al", "ment", "ship", "ence", "ance"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// demandThatAfter reports whether a "that" opening what a demand verb asks
// for ("demanded that", "insisted that", "asked that") comes between from
// and k: a ", that" clause at k goes on from it; but not one told in the
// indicative ("Peskov said Moscow demanded that Kyiv withdraw, that the
// talks had been useful"), the next thing said.
func (sn *sentence) demandThatAfter(from, k int) bool {
	if sn.indicativeThat(sn.nextWord(k+1, false)) {
		return false
	}
	for j := k - 2; j > from+1; j-- {
		if sn.low(j) == "that" && (sn.verbCue(j-1) == Demand || sn.in(j-1, askVerbs)) {
			return true
		}
	}
	return false
}

// indicativeThat reports whether the clause the "that" at k opens has a
// finite verb of its own before any comma: "that the talks had been
// useful", "that Washington agreed"; not "that Kyiv recognise Crimea",
// "that sanctions be lifted".
func (sn *sentence) indicativeThat(k int) bool {
	for j := k + 1; j < len(sn.toks) && j <= k+8 && sn.toks[j].word; j++ {
		if sn.in(j, finiteVerbs) || sn.in(j, pastTenses) || strings.HasSuffix(sn.low(j), "ed") && (sn.mentAt[j-1] >= 0 || sn.in(j-1, pronouns)) {
			return true
		}
		if sn.low(j) == "be" || sn.in(j, modalsInContent) || sn.low(j) == "and" || sn.low(j) == "or" {
			return false
		}
	}
	return false
}

// asideThenTo reports whether the aside from k closes with a comma before
// "to" or "not to" within a few words: "and, pending a deal, to
// stop attacks", the next item of what is asked.
func (sn *sentence) asideThenTo(k int) bool {
	for j := k; j < len(sn.toks) && j <= k+6; j++ {
		if sn.toks[j].text == "," {
			w := sn.low(j + 1)
			return w == "to" || w == "not" && sn.low(j+2) == "to"
		}
		if !sn.toks[j].word {
			return false
		}
	}
	return false
}

// positionNamed reports whether a side's position, after "is", is named by
// the noun phrase at n ("a ceasefire along the current line", "no foreign
// troops"), not judged ("a difficult one", "the same", "the strongest it
// has been", "a matter of record", "the main obstacle to a deal", "a
// sticking point"): the phrase's head, before its preposition, names a
// term or an act.
func (sn *sentence) positionNamed(n int) bool {
	if w := sn.low(n); w != "a" && w != "an" && w != "the" && w != "no" {
		return false
	}
	head := ""
	for k := n + 1; k < len(sn.toks) && k <= n+3 && sn.toks[k].word; k++ {
		if w := sn.low(k); judgedPosition[w] || strings.HasSuffix(w, "est") && len(w) > 5 {
			return false
		}
		if sn.in(k, prepositions) || sn.low(k) == "along" || sn.low(k) == "that" {
			break
		}
		head = sn.low(k)
	}
	return head != "" && (offeredNouns[head] || listStarts.has(head) || withdrawNouns.has(head) || nominalization(head) && nounCues[head] != Rejection)
}

// judgedPosition are the words that, in the phrase after "is", judge a
// side's position rather than name it: "a difficult one", "the same", "a
// matter of record" (positionNamed).
var judgedPosition = map[string]bool{"one": true, "same": true, "matter": true, "result": true, "question": true, "mystery": true, "secret": true, "function": true, "product": true, "reflection": true, "sign": true, "mirror": true, "image": true, "opposite": true, "reverse": true, "inverse": true, "contrary": true}

// elidedOwner reads "and Kyiv's is ..." or "; Kyiv's is ..." at k, after a
// side's position named by a noun ("Moscow's opening demand is the Donbas
// and Kyiv's is the line of contact"): the other side, whose same noun is
// left out, and where its position starts; else "", -1.
func (sn *sentence) elidedOwner(k int) (string, int) {
	if w := sn.low(k); w != "and" && w != ";" && w != "," || k+2 >= len(sn.toks) {
		return "", -1
	}
	m := sn.mentAt[k+1]
	if m < 0 || sn.ments[m].start != k+1 || !sn.ments[m].poss {
		return "", -1
	}
	if b := sn.ments[m].end; (sn.low(b) == "is" || sn.low(b) == "was") && b+1 < len(sn.toks) && sn.toks[b+1].word {
		return sn.ments[m].party, b + 1
	}
	return "", -1
}
