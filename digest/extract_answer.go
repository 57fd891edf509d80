package digest

import (
	"cmp"
	"slices"
	"strings"
)

// Positions stated as the answer to something said before them:
// explainers and interviews in questions and answers ("What does Russia
// want? The whole of Donbas, still."), factbox and newsletter headings and
// the points under them ("WHAT WAS AGREED"), a text's terms quoted after
// "it lists:", lists announced then taken one by one ("Ukraine arrived with
// two requests. The first ... was a ceasefire.") and counted lists ("on
// three things: A, B and C").

// wantQuestionWords are the words of a question that asks what a party
// wants: "What does Russia want?", "What is Kyiv asking for?".
var wantQuestionWords = map[string]bool{"want": true, "wants": true, "asking": true,
	"demanding": true, "demand": true, "seeking": true, "seek": true, "insisting": true,
	"insist": true, "need": true, "require": true, "expect": true, "after": true, "pushing": true}

// question reads a question (the sentence ends in "?") or a heading: if
// it asks what one party wants, the answer that opens the next sentence
// (under a heading, every point) is that party's demand. "And Ukraine?"
// after such a question asks the same of Ukraine.
func (sn *sentence) question() {
	st := sn.st
	st.asked = ""
	party := sn.soleParty()
	if party == "" && st.interviewee != "" && hasWord(sn.toks, "you") {
		party = st.interviewee // "SPIEGEL: And what do you need in return?", asked of whom the interview answers for
	}
	if party == "" {
		st.wantQ = false
		return
	}
	short := len(sn.toks) <= 5 && (sn.low(0) == "and" || sn.low(0) == "what" && sn.low(1) == "about")
	if short && st.wantQ {
		st.asked = party // "And Ukraine?"
		return
	}
	st.wantQ = false
	for _, t := range sn.toks {
		if wantQuestionWords[t.low] {
			st.wantQ, st.asked = true, party
			return
		}
	}
}

// headingKinds are the words of a factbox heading that say what its
// points are: "WHAT RUSSIA WANTS", "WHAT WAS AGREED", "ON THE TABLE".
var headingKinds = map[string]Kind{"want": Demand, "wants": Demand, "demands": Demand, "asking": Demand, "asks": Demand,
	"conditions": Demand, "agreed": Agreement, "agreements": Agreement, "deal": Agreement, "deals": Agreement,
	"offered": Proposal, "offers": Proposal, "proposed": Proposal, "proposals": Proposal, "table": Proposal,
	"rejected": Rejection, "refused": Rejection, "down": Rejection,
	"paper": Demand, "memorandum": Demand, "terms": Demand, "position": Demand, "plan": Proposal, "draft": Proposal}

// headingAsk reads a heading in capitals: "WHAT RUSSIA WANTS" makes the
// points under it Russia's demands, "WHAT WAS AGREED" agreements, "WHAT
// WAS OFFERED" proposals of the party each point names ("- Moscow: local
// ceasefires ..."), until the next heading; any other heading ends that.
func (sn *sentence) headingAsk() {
	st := sn.st
	st.asked, st.askedKind, st.underHeading = "", "", false
	for _, t := range sn.toks {
		if k := headingKinds[t.low]; k != "" {
			st.askedKind = k
		}
	}
	st.planAsks = st.askedKind == Demand && sn.anyIn(0, len(sn.toks), planNouns) // "What the plan demands of Ukraine"
	st.planAsker = ""
	if st.planAsks {
		st.planAsker = st.owner[Proposal] // the plan named before; but "What the European plan demands of Ukraine" names its own
		for _, m := range sn.ments {
			if (m.poss || sn.isAdjectiveMention(m)) && sn.in(m.end, planNouns) {
				st.planAsker = m.party
			}
		}
	}
	if st.askedKind == "" {
		return
	}
	for _, m := range sn.ments {
		if sn.low(m.start-1) == "of" && headingKinds[sn.low(m.start-2)] == Demand {
			continue // "What the plan demands of Ukraine": the side asked, not the one that asks
		}
		if st.asked != "" && st.asked != m.party {
			st.asked = "" // "WHAT RUSSIA AND UKRAINE AGREED": each point's own
			break
		}
		st.asked = m.party
	}
	if st.asked == "" && st.askedKind == Demand && !slices.ContainsFunc(sn.toks, func(t token) bool { return t.low == "each" || t.low == "side" || t.low == "sides" || t.low == "who" }) {
		st.askedKind = ""
		return // but under "What each side wants" ("Who wants what"), lines such as "Russia:" name whose points follow
	}
	st.underHeading = true
}

// titleHeading reports whether a line is a heading in title case that
// asks what the sides want or what was agreed (offered, rejected): "What
// each side wants", "What was agreed", with no closing mark.
func titleHeading(toks []token) bool {
	if len(toks) > 6 || !toks[len(toks)-1].word || toks[0].low != "what" && toks[0].low != "who" || !toks[0].caps {
		return false
	}
	return slices.ContainsFunc(toks, func(t token) bool {
		return headingKinds[t.low] == Demand || t.low == "agreed" || t.low == "offered" || t.low == "proposed" || t.low == "rejected" // "What was agreed"
	})
}

// answer reads the fragment that answers a question about what a party
// wants: "The whole of Donbas, still.", "A ceasefire along the current
// front line, for a start.": no verb, the party's demand, up to the first
// comma; and a point under a factbox heading ("- Removal of Western
// sanctions", "- Moscow: local ceasefires of two to three days").
func (sn *sentence) answer() []found {
	party, kind, toks := sn.st.asked, cmp.Or(sn.st.askedKind, Demand), sn.toks
	labelled := false // "- Moscow: A; B", "Russia — A; B; C": a side's points, the whole line
	carried := false  // a later sentence of such a line: "Russia: All of Donbas. A cap on Ukraine's army."
	if sn.st.underHeading {
		b := b2i(sn.bullet())
		m := sn.mentAt[b]
		if m >= 0 && sn.ments[m].start == b && sn.ments[m].end+2 < len(sn.toks) && (sn.low(sn.ments[m].end) == ":" || sn.low(sn.ments[m].end) == "—" || sn.low(sn.ments[m].end) == "–") {
			// a bullet's label, or under "Who wants what" a line of its own
			// that ends as a sentence does; not a section's title "Kyiv:
			// most priorities now reflected"
			labelled = b == 1 || party == "" && sn.toks[len(sn.toks)-1].text == "."
		}
		carried = b == 0 && !labelled && !sn.st.opensLine && sn.st.lineSide != "" && !sn.in(0, possPronouns) && !sn.in(0, pronouns) // but "Russia: Full control of the Donbas. Its main goal since 2022." remarks on the point
		if b == 0 && !labelled && !carried {
			return nil // under "WHAT KYIV WANTS", the points
		}
		toks = toks[b:]
		if labelled {
			party, toks = sn.ments[m].party, sn.toks[sn.ments[m].end+1:] // "- Moscow: local ceasefires ...", "Russia — all of Donetsk; no Western troops"
			sn.st.lineSide = party
		} else if carried {
			party = sn.st.lineSide // "Russia: All of Donbas. A cap on Ukraine's army.": the line's next point, if it tells nothing
		} else if c := slices.IndexFunc(toks[:min(4, len(toks))], func(t token) bool { return t.text == ":" }); c > 0 && c+2 < len(toks) && toks[0].caps && !slices.ContainsFunc(toks[:c], func(t token) bool { return !t.word }) {
			toks = toks[c+1:] // "- Territory: international recognition of Crimea ..."
		}
		if party == "" && kind == Agreement {
			party = cmp.Or(sn.bothSides()...)
		}
	} else if m := sn.mentAt[0]; m >= 0 && sn.ments[m].start == 0 && sn.low(sn.ments[m].end) == ":" {
		toks = toks[sn.ments[m].end+1:] // "Umerov: Guarantees that work.": the answer after its speaker's label
	} else if len(toks) > 2 && toks[0].caps && toks[1].text == ":" {
		toks = toks[2:] // "A: Guarantees that work."
	}
	if len(toks) > 0 && (toks[0].text == "\"" || toks[0].text == "“") {
		toks = toks[1:] // a quoted text's terms
	}
	if h := hedgeOpening(toks); h > 0 && sn.st.underHeading {
		toks = toks[h:] // "- in principle, a further round of talks in Istanbul."
	}
	if len(toks) > 2 && (toks[0].low == "and" || toks[0].low == "also" || toks[0].low == "plus") && toks[1].in(listStarts) {
		toks = toks[1:] // "And an army large enough to deter another attack."
	}
	free := (sn.st.docList || sn.st.underHeading) && !carried // a list's items may open with any word and hold verbs; a line's later sentence must be a fragment
	start := len(sn.toks) - len(toks)
	linked := sn.in(start-1, coordinators) || sn.low(start-1) == "also" // "And an army ..."
	if party == "" || len(toks) == 0 || !toks[0].caps && !sn.st.underHeading && !linked || !toks[0].in(listStarts) && !toks[0].in(determiners) && !free {
		return nil // "The whole of ...", "A ceasefire ...", but not "Ukraine arrived with two requests."
	}
	end := sn.contentEndOf(start, false)
	for k := start + 2; k+1 < end; k++ {
		if sn.low(k) == "," && sn.low(k+1) == "not" {
			end = k // "an army large enough to deter another attack, not one sized to lose"
			break
		}
	}
	if !free && !sn.fragment(start, end) {
		return nil
	}
	if labelled && !sn.bullet() {
		for k := start; k < end && sn.low(k) != "that" && sn.low(k) != "which" && sn.low(k) != "who"; k++ {
			if sn.in(k, finiteVerbs) || sn.in(k, beWords) || sn.in(k, modalsInContent) || sn.in(k, speechVerbs) {
				return nil // "Russia — the Kremlin has not changed its demands since June.", a line of its own that tells, lists no points; but "guarantees that would work"
			}
		}
	}
	if sn.st.docList || labelled {
		end = len(sn.toks) // the whole list: "A; B; and C."
		for end > start && !sn.toks[end-1].word {
			end--
		}
	}
	if c := slices.IndexFunc(sn.toks[start:end], func(t token) bool { return t.text == "," }); c > 0 && adverbial(sn.toks[start+c+1:end]) {
		end = start + c // "The whole of Donbas, still."
	}
	for _, w := range trailingAsides {
		if k := end - len(w); k > start+1 && sn.low(k-1) == "," && slices.EqualFunc(sn.toks[k:end], w, func(t token, w string) bool { return t.low == w }) {
			end = k - 1 // "A ceasefire along the current front line, for a start."
		}
	}
	if end-start < 3 {
		return nil // "A date."
	}
	return sn.emit([]string{party}, kind, sn.toks[start:end])
}

// trailingAsides are the remarks an answer's fragment may end on after a
// comma, which are no part of it.
var trailingAsides = [][]string{{"still"}, {"for", "a", "start"}, {"at", "a", "minimum"}, {"at", "least"}, {"above", "all"}, {"first", "of", "all"}}

// fragment reports whether toks[start:end] is a fragment that answers,
// not a clause: no verb ("Its deported children home.", "No legal
// recognition of occupied land"), no more than 20 tokens, and no verb
// after it either, unless in a relative clause ("..., which Kyiv has ruled
// out").
func (sn *sentence) fragment(start, end int) bool {
	if end-start > 20 {
		return false
	}
	for k := start; k < end; k++ {
		t := sn.toks[k]
		if t.in(finiteVerbs) || t.in(beWords) || t.in(modalsInContent) || t.in(speechVerbs) || t.in(pronouns) || participle(t.low) && !sn.in(k-1, determiners) && !sn.in(k-1, prepositions) {
			return false
		}
		if w := t.low; k > start && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && sn.low(k+1) != "that" && sn.low(k+1) != "which" && (sn.in(k-1, termNouns) || sn.in(k-1, planNouns) || sn.in(k-1, agentNouns) || sn.in(k-1, textNouns)) {
			return false // "The memorandum speaks for itself": a subject and its verb
		}
	}
	if slices.ContainsFunc(sn.cues, func(c cue) bool { return c.form != formNoun && c.at >= start && c.at < end }) {
		return false // "The Trump administration wants a quick deal"
	}
	for k := end; k < len(sn.toks); k++ {
		if w := sn.low(k); w == "which" || w == "who" || w == "that" {
			break // "No legal recognition ..., which Kyiv has ruled out": a remark on it
		}
		if sn.in(k, beWords) || sn.in(k, finiteVerbs) {
			return false // "The Kremlin's line, repeated after each round, is that ...": its subject
		}
	}
	return true
}

// heading reports whether a sentence is a heading in capitals, without
// a final mark: "WHAT KYIV WANTS", "THE BIG PICTURE".
func heading(toks []token) bool {
	if n := len(toks); n > 2 && toks[n-1].text == ")" {
		if k := slices.IndexFunc(toks, func(t token) bool { return t.text == "(" }); k > 0 {
			toks = toks[:k] // "WHERE THE SIDES STAND AFTER BERLIN (as described by officials)": a note on the heading
		}
	}
	if len(toks) == 0 || len(toks) > 8 || !toks[len(toks)-1].word {
		return false
	}
	for _, t := range toks {
		if t.word && !t.upper {
			return false
		}
	}
	return true
}

// ordinalPoint reads "The first, pressed by Rustem Umerov, was a full
// ceasefire" and "The second was a face-to-face meeting" after a sentence
// that said a party came with a number of requests: what follows the
// verb is that party's demand.
func (sn *sentence) ordinalPoint() []found {
	switch sn.low(0) {
	case "first", "second", "third", "fourth", "finally", "lastly":
		if sn.low(1) == "," && (sn.in(2, determiners) || sn.in(2, possPronouns) || sn.st.listOwner != "" && sn.toks[2].word && !sn.toks[2].caps && !sn.in(2, pronouns)) && len(sn.toks) > 4 && sn.mentAt[3] < 0 && !sn.toldPoint(2) {
			// "We asked for three things. First, a full ceasefire ...
			// Second, the return of the children": the points themselves
			return sn.listItem()
		}
	}
	if sn.low(0) != "the" || !sn.in(1, optionWords) || sn.low(1) == "option" || sn.low(1) == "options" {
		return nil
	}
	for k := 2; k < len(sn.toks)-1; k++ {
		if sn.in(k, beWords) {
			return sn.emit([]string{sn.st.listOwner}, Demand, sn.span(k+1, sn.contentEndOf(k+1, true)))
		}
	}
	return nil
}

// countWords are the counts of "came with two requests".
var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true,
	"several": true, "few": true}

// requestsAnnounced returns the party that the sentence says came with a
// number of requests, without stating them ("Ukraine arrived with two
// requests."), for the sentences after; else "".
func (sn *sentence) requestsAnnounced() string {
	if p := sn.positionClear(); p != "" {
		return p
	}
	for k := 1; k+3 < len(sn.toks) && k < 8; k++ {
		// "We asked for three things, none of them new."
		if w := sn.low(k); (w == "asked" || w == "pressed" || w == "came") && (sn.low(k+1) == "for" || sn.low(k+1) == "with") && countWords[sn.low(k+2)] && thingsNouns[sn.low(k+3)] == Demand {
			if p, _ := sn.subjectOf(k); len(p) == 1 {
				return p[0]
			}
			return ""
		}
	}
	for k := 1; k+2 < len(sn.toks) && k < 8; k++ {
		// "Moscow has given Kyiv two options for a ceasefire.": the options
		// ("The first is ...", "The second is ...") are its terms
		switch sn.low(k) {
		case "gave", "given", "gives", "offered", "offers", "presented":
		default:
			continue
		}
		n := k + 1
		if m := sn.mentAt[n]; m >= 0 {
			n = sn.ments[m].end // "given Kyiv"
		}
		if countWords[sn.low(n)] && optionNouns[sn.low(n+1)] {
			if p, _ := sn.subjectOf(k); len(p) == 1 {
				return p[0]
			}
			return ""
		}
		break // but "Ukraine, which offered a truce last month, arrived with two demands": the requests below
	}
	last := len(sn.toks) - 1
	if sn.toks[last].text == "." {
		last--
	}
	switch sn.low(last) {
	case "requests", "demands", "conditions", "asks", "priorities", "goals":
	default:
		return ""
	}
	if !countWords[sn.low(last-1)] || sn.low(last-2) != "with" && !sn.in(last-2, finiteVerbs) {
		return ""
	}
	if len(sn.ments) == 0 || sn.ments[0].start > 1 || sn.ments[0].end >= last-2 {
		return ""
	}
	return sn.ments[0].party
}

// toldPoint reports whether the point from k tells what happened rather
// than naming a term: a verb of its own before any preposition, comma or
// relative word
// ("First, the talks went well.", "Second, delegations met for three
// hours."); but not a participle with its agent ("security guarantees
// ratified by parliaments") nor a modal ("the army would be capped").
func (sn *sentence) toldPoint(k int) bool {
	for start := k; k < len(sn.toks); k++ {
		t := sn.toks[k]
		switch {
		case k > start && sn.in(k, prepositions) || t.text == "," || t.low == "who" || t.low == "which" || t.low == "that" || t.low == "whom":
			return false
		case t.low == "is" || t.low == "are" || t.low == "was" || t.low == "were" || t.low == "has" || t.low == "have" || t.low == "had":
			return true
		case sn.in(k, pastTenses) && sn.low(k+1) != "by":
			return true
		case t.word && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && (sn.in(k+1, determiners) || sn.low(k+1) == "without"):
			return true // "the talks ended without a deal"
		}
	}
	return false
}

// positionClear returns the side that says its position is clear, with no
// more to the sentence ("Our position is very clear.", "Kyiv's conditions
// are simple."), before it lists them: "First, a ceasefire along the
// current line"; else "".
func (sn *sentence) positionClear() string {
	n, f := len(sn.toks), sn.afterLabel() // "A: Our position is very clear."
	if n-f < 5 || n-f > 7 || sn.toks[n-1].text != "." || !clearWords[sn.low(n-2)] {
		return ""
	}
	k := f + 1
	var owner []string
	if sn.in(f, possPronouns) {
		owner = sn.pronoun(f)
	} else if m := sn.mentAt[min(f+b2i(sn.low(f) == "the"), n-1)]; m >= 0 && sn.ments[m].poss {
		owner, k = []string{sn.ments[m].party}, sn.ments[m].end
	}
	if len(owner) != 1 || sn.low(k) != "position" && !sn.in(k, positionNouns) || !sn.in(k+1, beWords) {
		return ""
	}
	return owner[0]
}

// clearWords say that a position needs no more words: "Our position is
// very clear."
var clearWords = map[string]bool{"clear": true, "simple": true, "straightforward": true, "unchanged": true}

// thingsNouns are what a side is said to hold to in "consistent on three
// things: A, B and C".
var thingsNouns = map[string]Kind{"things": Demand, "points": Demand, "demands": Demand, "conditions": Demand,
	"issues": Demand, "requirements": Demand, "priorities": Demand, "routes": Demand, "paths": Demand, "options": Demand,
	"understandings": Agreement, "agreements": Agreement, "deals": Agreement, "accords": Agreement}

// countedColon reads "Its officials have been consistent on three things:
// A, B and C" (the demands of the clause's subject) and "the White House
// announced two understandings: A, and B" (agreements).
func (sn *sentence) countedColon() []found {
	c := slices.IndexFunc(sn.toks, func(t token) bool { return t.text == ":" })
	n := c - 1 // the noun
	if sn.low(n) == "table" && sn.low(n-1) == "the" && sn.low(n-2) == "on" {
		n -= 3 // "had put three things on the table:"
	}
	if n < 2 || thingsNouns[sn.low(n)] == "" || !countWords[sn.low(n-1)] {
		return nil
	}
	kind := thingsNouns[sn.low(n)]
	for k := 1; k < n-1; k++ {
		if sn.in(k, beWords) || sn.in(k, finiteVerbs) || kind == Agreement && participle(sn.low(k)) || n < c-1 && (sn.low(k) == "put" || sn.low(k) == "laid") {
			if parties, _ := sn.subjectOf(k); len(parties) > 0 {
				return sn.emit(parties, kind, sn.span(c+1, sn.contentEndOf(c+1, true)))
			}
			return nil
		}
	}
	return nil
}

// labelKinds are the words of a scorecard's label that say what kind of
// position the points after it are: "Wanted and did not get:", "Also
// asked for:", "Agreed:", "Proposed:", "Rejected:"; not "Got:", which in a
// scorecard is as often a seat at the table as a deal.
var labelKinds = map[string]Kind{"wanted": Demand, "wants": Demand, "want": Demand, "asked": Demand,
	"asks": Demand, "demanded": Demand, "demands": Demand, "sought": Demand, "seeks": Demand,
	"insisted": Demand, "insists": Demand, "agreed": Agreement, "proposed": Proposal, "offered": Proposal, "offers": Proposal,
	"floated": Proposal, "proposes": Proposal, "rejected": Rejection, "refused": Rejection,
	"rejects": Rejection, "dismissed": Rejection, "maximalist": Demand, "minimal": Demand}

// labelledPoints reads a line opened by a short label that names a kind
// of position ("- Also asked for: a face-to-face meeting", "Agreed: A; B;
// C"): each point after the colon, split at semicolons, is a position of
// that kind, held by the party the label or a "(Ukraine)" after the point
// names, else by the party of the section heading.
func (sn *sentence) labelledPoints() ([]found, bool) {
	b := b2i(sn.bullet())
	if b == 0 && !sn.st.opensLine && sn.st.lineParty == "" {
		return nil, false
	}
	colon := -1
	kind, party := Kind(""), cmp.Or(sn.st.lineParty, sn.st.section)
	for k := b; k < len(sn.toks) && k < b+6; k++ {
		t := sn.toks[k]
		if t.text == ":" {
			colon = k
			break
		}
		if t.text == "," && k > 0 && sn.mentAt[k-1] >= 0 && k == sn.ments[sn.mentAt[k-1]].end {
			continue // "- Russia, maximalist: A, B and C"
		}
		if !t.word || t.in(beWords) || t.in(negations) && kind == "" {
			return nil, false // a sentence, not a label: "The Europeans' demands are familiar:"; "Not agreed:"
		}
		if kind == "" {
			kind = labelKinds[t.low]
			if o := sn.toks[min(k+1, len(sn.toks)-1)]; kind != "" && o.word && (o.caps && !o.party && !t.caps || o.in(determiners) && o.low != "the" || o.low == "all") {
				return nil, false // "The Kremlin still wants Donbas: 5 takeaways from the Berlin talks": the verb has its object, no label; but a label in title case ("- Asked For: ...", "- Agreed In Principle: ...") capitalizes its every word
			}
		}
		if m := sn.mentAt[k]; m >= 0 {
			party = sn.ments[m].party // "Russia wants:"
		}
	}
	clause := func(c cue) bool {
		w := sn.low(sn.clauseStart(c.at) - 1)
		return c.at > colon && c.form != formNoun && w != "if" && w != "unless" && w != "until" && w != "once" && w != "when"
	}
	if colon < 0 || kind == "" || colon+1 >= len(sn.toks) || sn.toks[len(sn.toks)-1].text == ":" || slices.ContainsFunc(sn.cues, clause) || sn.kicker(colon+1) {
		return nil, false // but "Wanted going in: Merz insisted that ...": the clause says whose; "The European asks: ... set out their conditions:", points to come; "Russia Still Wants Donbas: 5 Takeaways ...", a headline's kicker
	}
	var out []found
	points := sn.toks[colon+1:]
	for len(points) > 0 && (points[len(points)-1].text == "." || points[len(points)-1].text == ";") {
		points = points[:len(points)-1]
	}
	for _, item := range splitAt(points, ";") {
		who := party
		if n := len(item); n > 3 && item[n-1].text == ")" {
			for o := n - 3; o >= n-4 && o > 0; o-- {
				if item[o].text == "(" {
					if p := sn.partyOf(item[o+1]); p != "" {
						who, item = p, item[:o] // "a Trump–Putin meeting (United States)"
					}
					break
				}
			}
		}
		if who == "" && kind == Agreement {
			who = cmp.Or(sn.bothSides()...)
		}
		out = append(out, sn.emit([]string{who}, kind, item)...)
	}
	return out, true
}

// hedgeOpening returns how many tokens a hedge and its comma take at the
// start of a point ("in principle,", "provisionally,", "for now,"), or 0.
func hedgeOpening(toks []token) int {
	switch {
	case len(toks) > 3 && toks[0].low == "in" && toks[1].low == "principle" && toks[2].text == ",":
		return 3
	case len(toks) > 3 && toks[0].low == "for" && toks[1].low == "now" && toks[2].text == ",":
		return 3
	case len(toks) > 2 && (toks[0].low == "provisionally" || toks[0].low == "tentatively") && toks[1].text == ",":
		return 2
	}
	return 0
}

// optionNouns are what a side gives the other to choose from: "has given
// Kyiv two options (routes, ways) to a ceasefire".
var optionNouns = map[string]bool{"options": true, "routes": true, "ways": true, "choices": true, "paths": true}
