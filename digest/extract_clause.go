package digest

import "strings"

// This file decides whose position a cue marks (the subject, the owner of
// a noun, the agent of a passive, a pronoun's antecedent) and where its
// content ends.

// judgeVerbs introduce a judgement: "called the terms unrealistic".
var judgeVerbs = set("called", "calling", "calls", "call", "described", "describes",
	"deemed", "deems", "termed", "labelled", "labeled", "branded", "considers",
	"considered", "consider", "finds", "found", "declared", "declares")

// dropAfterPlan are the verbs of "the plan would require/see/have Ukraine ...":
// the content reads better without them.
var dropAfterPlan = set("require", "oblige", "force", "see", "have", "compel")

// verbPosition reads the position of a verb cue. It returns the positions,
// the end of the content (later verb cues inside it belong to it), and
// whether the subject was a plan.
func (sn *sentence) verbPosition(c cue) ([]found, int, bool) {
	switch {
	case c.form == formAdj:
		return sn.adjPosition(c), c.end, false
	case c.form == formPlan:
		noun := sn.low(c.at)
		kind := sn.docKind(noun)
		if noun == "it" {
			kind = sn.st.lastDoc
		}
		if kind == "" {
			kind = Proposal
		}
		parties := sn.nounAgent(c.at)
		if len(parties) == 0 {
			parties = sn.owned(kind)
		} else {
			kind = sn.docKindOf(noun, parties[0])
			sn.own(noun, parties[0])
		}
		start := sn.nextWord(c.end, true)
		if sn.in(start, dropAfterPlan) {
			start++
		}
		end := sn.contentEndOf(start, !sn.in(c.end, planActs))
		return sn.emit(parties, kind, sn.span(start, end)), end, true
	case c.form == formEvent || c.passive:
		return sn.passivePosition(c)
	case c.form == formMust:
		// The demand of whoever says it, on whoever "must".
		subject := ""
		if m := sn.mentAt[c.at]; m >= 0 {
			subject = sn.ments[m].party
		}
		speakers := sn.speakers(c.at)
		if len(speakers) == 0 {
			for k := c.at - 1; k >= 0; k-- {
				if sn.in(k, speechVerbs) {
					speakers, _ = sn.subjectOf(k) // "Kyiv, for its part, says ..."
					break
				}
			}
		}
		var parties []string
		for _, p := range speakers {
			if p != subject {
				parties = append(parties, p)
			}
		}
		end := sn.contentEnd(c.end)
		return sn.emit(parties[:min(1, len(parties))], Demand, sn.span(c.at, end)), end, false
	case c.form == formMake:
		parties, _ := sn.subjectOf(c.at)
		return sn.emit(parties, Demand, sn.span(c.at+1, c.end)), sn.contentEnd(c.end), false
	}
	kind := c.kind
	if sn.whatClause(c.at) {
		return nil, c.end, false // "what Russia wants from the talks": the position is not said
	}
	if cs := sn.clauseStart(c.at); cs > 0 && (kind == Rejection || kind == Agreement) {
		if w := sn.low(cs - 1); w == "if" || w == "unless" || w == "whether" {
			return nil, c.end, false // "sanctions if Moscow refused the truce": not a fact
		}
	}
	parties, head := sn.subjectOf(c.at)
	plan := false
	if (planNouns.has(head) || termNouns.has(head)) && kind != Rejection && kind != Agreement {
		kind, plan = sn.docKind(head), true
		if len(parties) == 0 {
			parties = sn.owned(kind)
		} else {
			sn.own(head, parties[0])
		}
	}
	if kind != Rejection && sn.negated(c.at) {
		return nil, c.end, false
	}
	end := sn.contentEnd(c.end)
	content := sn.span(c.end, end)
	if wordCount(content) == 0 && kind == Rejection {
		// "an unconditional ceasefire, which Moscow has refused"
		if cs := sn.clauseStart(c.at); cs > 1 && sn.low(cs-1) == "which" && sn.toks[cs-2].text == "," {
			content = sn.span(sn.antecedent(cs-2), cs-2)
		}
	}
	if c.refusal && len(content) > 1 && (content[0].low == "up" || content[0].low == "over") {
		content = content[1:] // "will not give up land"
	}
	if c.refusal {
		// "will not recognize any territory taken since 2014" is a
		// condition (a demand); "will not accept the plan" a rejection.
		if !rejectsThing(content[:min(4, len(content))]) {
			kind = Demand
			content = sn.span(sn.negationStart(c.at), end)
		} else if wordCount(content) < 2 {
			content = sn.span(sn.negationStart(c.at), end) // "not accept ultimatums"
		}
	}
	if c.needEx && (!hasAny(content, exchangeWords) || hasAny(content[:min(3, len(content))], paperNouns)) {
		return nil, c.end, false // "the memorandum Russia handed over": no exchange, no claim on what follows
	}
	if kind == Agreement {
		if cond := conditionClause(content); cond != nil {
			kind, content = Demand, cond
		} else if len(parties) == 0 {
			parties = sn.bothSides()
		}
	}
	if kind == Agreement && len(parties) > 1 {
		parties = parties[:1]
	}
	return sn.emit(parties, kind, content), end, plan
}

// passivePosition reads "A ceasefire was demanded by Moscow" and "The swap
// took place on Friday": the content is the clause's subject.
func (sn *sentence) passivePosition(c cue) ([]found, int, bool) {
	cs := sn.clauseStart(c.at)
	aux := c.at
	for aux > cs && (sn.in(aux-1, skipWords) || sn.low(aux-1) == "get" || sn.low(aux-1) == "got") {
		aux--
	}
	content := sn.span(cs, aux)
	end := c.end
	var parties []string
	if sn.low(end) == "by" {
		k := end + 1
		if sn.low(k) == "the" {
			k++
		}
		if k < len(sn.toks) && sn.mentAt[k] >= 0 {
			m := sn.ments[sn.mentAt[k]]
			parties = []string{m.party}
			end = m.end
		}
	}
	if c.form == formEvent || c.kind == Agreement {
		// "has been carried out in instalments: 84 for 84 on 14 August; ..."
		for k := c.end; k < len(sn.toks) && k < c.end+6; k++ {
			if sn.toks[k].text == ":" {
				e := len(sn.toks)
				if sn.toks[e-1].text == "." {
					e--
				}
				if len(parties) == 0 {
					parties = sn.bothSides()
				}
				return sn.emit(parties[:min(1, len(parties))], Agreement, sn.span(k+1, e)), e, false
			}
		}
		if !hasAny(content, eventNouns) && !hasAny(content, exchangeWords) {
			if c.form != formEvent || c.passive {
				return nil, end, false
			}
			// "carried out an exchange": the content follows.
			e := sn.contentEnd(c.end)
			content = sn.span(c.end, e)
			if !hasAny(content, eventNouns) {
				return nil, e, false
			}
			end = e
			parties, _ = sn.subjectOf(c.at)
		}
		if len(parties) == 0 {
			parties = sn.bothSides()
		}
		return sn.emit(parties[:min(1, len(parties))], Agreement, content), end, false
	}
	if len(parties) == 0 {
		return nil, end, false
	}
	out := sn.emit(parties, c.kind, content)
	// "... is demanded by Moscow as well, along with the dissolution of ..."
	k := end
	for k < len(sn.toks) && (sn.low(k) == "as" || sn.low(k) == "well" || sn.low(k) == "," || sn.low(k) == "too") {
		k++
	}
	if (sn.low(k) == "along" || sn.low(k) == "together") && sn.low(k+1) == "with" {
		e := sn.contentEnd(k + 2)
		out = append(out, sn.emit(parties, c.kind, sn.span(k+2, e))...)
		end = e
	}
	return out, end, false
}

// adjPosition reads "called the Russian terms unrealistic" and "the terms
// are unacceptable, Kyiv said": a rejection by the judge.
func (sn *sentence) adjPosition(c cue) []found {
	for k := c.at - 1; k >= 0 && k >= c.at-12; k-- {
		w := sn.low(k)
		if judgeVerbs.has(w) {
			parties, _ := sn.subjectOf(k)
			return sn.emit(sn.notOwners(parties, k+1, c.at), Rejection, sn.span(k, c.end))
		}
		if beWords.has(w) {
			cs := sn.clauseStart(k)
			if r := sn.relativeStart(k); r >= 0 {
				// "Moscow's proposal, which calls for ..., was unacceptable"
				cs = sn.clauseStart(r)
				return sn.emit(sn.notOwners(sn.speaker(cs), cs, r), Rejection, append(append([]token{}, sn.span(cs, r)...), sn.span(k, c.end)...))
			}
			end := c.end
			if n := sn.low(end); n == "without" || n == "until" || n == "unless" || n == "before" {
				end = sn.contentEnd(end) // "impossible without a settlement"
			}
			return sn.emit(sn.notOwners(sn.speaker(cs), cs, k), Rejection, sn.span(cs, end))
		}
		if t := sn.toks[k]; !t.word && t.text != "," && t.text != "\"" && t.text != "“" && t.text != "”" {
			break
		}
	}
	return nil
}

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
func (sn *sentence) whatClause(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		w := sn.low(k)
		if w == "what" {
			return true
		}
		if !sn.toks[k].word && sn.toks[k].text != "," || verbCues[w] != "" || clauseWords.has(w) {
			return false
		}
	}
	return false
}

// notOwners drops the parties that own the judged content, tokens [a, b):
// a party does not call its own terms unrealistic.
func (sn *sentence) notOwners(parties []string, a, b int) []string {
	var out []string
	for _, p := range parties {
		own := false
		for _, m := range sn.ments {
			if m.start >= a && m.end <= b && m.party == p && (m.poss || sn.isAdjectiveMention(m)) {
				own = true
			}
		}
		if !own {
			out = append(out, p)
		}
	}
	return out
}

// nounPosition reads "Kyiv's call for an immediate ceasefire" and "the
// Kremlin's demands include ...".
func (sn *sentence) nounPosition(c cue) []found {
	if sn.negated(c.at) {
		return nil
	}
	parties := sn.nounAgent(c.at)
	w := sn.low(c.at)
	kind := c.kind
	if len(parties) > 0 {
		sn.own(w, parties[0])
	}
	link := sn.nounLink(c.at)
	if link < 0 {
		return sn.appositive(c)
	}
	if len(parties) == 0 {
		switch {
		case planNouns.has(w) || termNouns.has(w):
			kind = sn.docKind(w)
			parties = sn.owned(kind)
		case c.kind == Agreement:
			parties = sn.bothSides()
		}
	}
	if kind == Agreement && len(parties) > 1 {
		parties = parties[:1]
	}
	end := sn.contentEnd(link)
	// "Kyiv's insistence on a ceasefire first was a ploy": the phrase is the
	// subject of the sentence, its verb is no part of the position.
	for k := link + 1; k < end && link > 0 && !sn.in(link-1, clauseLinks); k++ {
		w := sn.low(k)
		if sn.in(c.at, termNouns) || sn.low(c.at) == "demand" || sn.low(c.at) == "condition" {
			n := sn.low(k + 1)
			passive := strings.HasSuffix(n, "ed") || verbCues[n] != "" || n == "not" || n == "being"
			if (w == "include" || w == "includes" || w == "included" || w == "are" || w == "is" || w == "were" || w == "was") && !passive {
				// "Russia's conditions for a ceasefire include X": X.
				link = k + 1
				break
			}
		}
		if w == "that" || w == "which" || w == "who" {
			break // "a commitment that Ukraine would not join NATO": the verb is the clause's
		}
		if finiteVerbs.has(w) {
			end = k
			break
		}
	}
	return sn.emit(parties, kind, sn.span(link, end))
}

// underPosition reads "Under Russia's terms, Ukraine would ...".
func (sn *sentence) underPosition(c cue) []found {
	for _, o := range sn.cues {
		if o.form == formVerb && o.at >= c.end && o.at < c.end+5 {
			if parties, _ := sn.subjectOf(o.at); len(parties) > 0 {
				return nil // "In every version, Moscow demands that ...": the verb says it
			}
		}
	}
	var parties []string
	for k := c.at - 1; k >= 0 && sn.toks[k].text != ","; k-- {
		if m := sn.mentAt[k]; m >= 0 {
			parties = []string{sn.ments[m].party}
			break
		}
		if sn.in(k, possPronouns) {
			parties = sn.pronoun(k)
			break
		}
		if w := sn.low(k); w == "under" || w == "in" || w == "per" || w == "according" {
			break
		}
	}
	w := sn.low(c.at)
	kind := c.kind
	if len(parties) == 0 {
		parties = sn.owned(kind)
	} else {
		kind = sn.docKindOf(w, parties[0])
		if nounCues[w] != "" {
			kind = c.kind
		}
		sn.own(w, parties[0])
	}
	end := sn.contentEnd(c.end)
	return sn.emit(parties, kind, sn.span(c.end, end))
}

// own records the author of a plan or of terms, for later sentences that
// name them without it ("The plan would ...").
func (sn *sentence) own(noun, party string) {
	switch {
	case termNouns.has(noun):
		sn.st.owner[Demand] = party
		sn.st.lastDoc = Demand
	case planNouns.has(noun) && !(docNouns.has(noun) && sn.st.lastDoc == Demand && sn.st.owner[Demand] == party):
		sn.st.owner[Proposal] = party
		sn.st.lastDoc = Proposal
	}
}

// docKind returns the kind of position a document noun stands for: terms
// are demands, plans proposals, and a plain "the document" whatever was
// named last.
func (sn *sentence) docKind(noun string) Kind {
	switch {
	case termNouns.has(noun):
		return Demand
	case docNouns.has(noun) && sn.st.lastDoc != "":
		return sn.st.lastDoc
	}
	return Proposal
}

// docKindOf is docKind for a document of a known author: "the Russian
// document" is Russia's terms when Russia's last document was terms.
func (sn *sentence) docKindOf(noun, party string) Kind {
	if docNouns.has(noun) {
		switch party {
		case sn.st.owner[Demand]:
			return Demand
		case sn.st.owner[Proposal]:
			return Proposal
		}
	}
	return sn.docKind(noun)
}

func (sn *sentence) owned(k Kind) []string {
	if p := sn.st.owner[k]; p != "" {
		return []string{p}
	}
	return nil
}

// bothSides is the party an agreement without a named subject ("the two
// sides agreed") is filed under: the first party the item names or,
// failing that, one the sentence names other than its speaker.
func (sn *sentence) bothSides() []string {
	if sn.st.first != "" {
		return []string{sn.st.first}
	}
	for _, m := range sn.ments {
		if !sn.afterPreposition(m) && !sn.nearSpeech(m) {
			return []string{m.party}
		}
	}
	return nil
}

func (sn *sentence) emit(parties []string, k Kind, content []token) []found {
	if len(content) == 0 {
		return nil
	}
	intro := ""
	for i, t := range sn.toks {
		if t.pos == content[0].pos && i > 0 {
			intro = sn.toks[i-1].low // "for" of "calls for"
			break
		}
	}
	out := make([]found, 0, len(parties))
	seen := ""
	for _, p := range parties {
		if p == "" || strings.Contains(seen, "|"+p+"|") {
			continue
		}
		seen += "|" + p + "|"
		out = append(out, found{party: p, kind: k, content: content, intro: intro})
	}
	return out
}

// subjectOf finds the parties that are the subject of the verb at i, and
// the head noun of that subject ("plan" in "The US plan calls for").
func (sn *sentence) subjectOf(i int) ([]string, string) {
	toks := sn.toks
	j := sn.prevWord(i)
	if j >= 0 && toks[j].text == "," && strings.HasSuffix(sn.low(i), "ing") {
		// "..., he said, ruling out an early summit": the subject of the
		// speech verb, else the main subject.
		for v := j - 1; v >= 0; v-- {
			if speechVerbs.has(sn.low(v)) && !sn.quoted[v] {
				if parties, _ := sn.subjectOf(v); len(parties) > 0 {
					return parties, ""
				}
				break
			}
		}
		return sn.pronoun(j), ""
	}
	// Skip an apposition or aside between commas: "Kyiv's team, headed by
	// Rustem Umerov, pushed for ...".
	if j >= 0 && (toks[j].text == "," || toks[j].text == "—") {
		for k := j - 1; k >= 0 && k >= j-12; k-- {
			if toks[k].text == toks[j].text {
				j = sn.prevWord(k)
				break
			}
		}
	}
	if j < 0 {
		return nil, ""
	}
	head := toks[j].low
	if pronouns.has(head) {
		return sn.pronoun(j), head
	}
	if (head == "who" || head == "which") && j > 1 && toks[j-1].text == "," {
		if sn.mentAt[j-2] >= 0 {
			// "Vladimir Putin, who offered ...": the name before the comma.
			return []string{sn.ments[sn.mentAt[j-2]].party}, ""
		}
		if n := sn.low(j - 2); planNouns.has(n) || termNouns.has(n) {
			// "Moscow's latest proposal, which calls for ...": its author.
			return sn.nounAgent(j - 2), n
		}
	}
	if head == "and" || head == "but" {
		// "Medinsky said ... and rejected ...": the subject of the first
		// verb, which may be a pronoun ("He accused ... and urged ...").
		if first := sn.nextWord(0, false); first < j && sn.in(first, pronouns) {
			return sn.pronoun(first), ""
		}
		// "... said Berlin backed Kyiv and called for ...": the reported
		// clause has a subject of its own, named but no party.
		if cs := sn.clauseStart(j); cs > 0 && cs < j && sn.reported(cs) {
			s := cs
			if sn.low(s) == "the" {
				s++
			}
			if s < j && sn.toks[s].caps && sn.mentAt[s] < 0 {
				return nil, ""
			}
		}
		return sn.pronoun(j), ""
	}
	if otherNouns.has(head) {
		return nil, head // "Ukraine's allies want ...": not Ukraine
	}
	for k := j; k >= 0 && k > j-6; k-- {
		t := toks[k]
		if m := sn.mentAt[k]; m >= 0 {
			if sn.afterPreposition(sn.ments[m]) {
				return nil, head // "Families of Ukrainian prisoners demanded"
			}
			if k < j && sn.isAdjectiveMention(sn.ments[m]) && !toks[j].caps && !agentNouns.has(head) && !bothNouns.has(head) && !planNouns.has(head) && !termNouns.has(head) && !docNouns.has(head) && nounCues[head] == "" {
				return nil, head // "Russian oil funds the war": not Russia
			}
			return sn.conjuncts(sn.mentAt[k]), head
		}
		if !t.word {
			if t.text == "-" || t.text == "'" || t.text == "’" {
				continue
			}
			break
		}
		if t.in(otherNouns) {
			return nil, head // "Russia's allies China and India call for ..."
		}
		if t.in(determiners) {
			if bothNouns.has(head) && (t.low == "the" || t.low == "both") {
				return nil, head // "the two sides agreed": both, not the last speaker
			}
			if agentNouns.has(head) && (t.low == "the" || t.in(possPronouns)) {
				return sn.pronoun(k), head
			}
			break
		}
		if t.in(prepositions) || t.in(clauseWords) || t.in(speechVerbs) || verbCues[t.low] != "" || t.in(pronouns) {
			break
		}
	}
	// The first party named in subject position in the clause.
	cs := sn.clauseStart(i)
	for mi, m := range sn.ments {
		if m.start >= cs && m.end <= i && !sn.afterPreposition(m) {
			return sn.conjuncts(mi), head
		}
	}
	return nil, head
}

// conjuncts returns the party of mention mi and those joined to it before
// by "and" or commas: "Washington and European capitals".
func (sn *sentence) conjuncts(mi int) []string {
	out := []string{sn.ments[mi].party}
	and := false // a comma joins names only in a list with "and"
	for k := mi - 1; k >= 0; k-- {
		gap := sn.toks[sn.ments[k].end:sn.ments[k+1].start]
		if len(gap) == 0 || len(gap) > 2 || sn.afterPreposition(sn.ments[k]) {
			break
		}
		joined := false
		for _, t := range gap {
			switch {
			case t.low == "and":
				joined, and = true, true
			case t.text == ",":
				joined = and
			case t.low != "the":
				joined = false
			}
			if !joined && t.low != "the" {
				break
			}
		}
		if !joined {
			break
		}
		out = append([]string{sn.ments[k].party}, out...)
	}
	return out
}

// pronoun resolves a pronoun or a definite reference at token k: the
// speaker of the sentence if one precedes it ("Zelenskyy said he ..."),
// for "we" also one that follows ("..., Medinsky said"), else the subject
// of the previous sentence.
func (sn *sentence) pronoun(k int) []string {
	w := sn.low(k)
	if possPronouns.has(w) && w != "our" && w != "my" {
		// "a demand Russia put in writing in its memorandum": the nearest
		// name before that is a subject.
		for n := len(sn.ments) - 1; n >= 0; n-- {
			m := sn.ments[n]
			if m.end <= k && !m.poss && !sn.afterPreposition(m) && !sn.isAdjectiveMention(m) {
				return []string{m.party}
			}
		}
	}
	if w == "we" || w == "i" || w == "our" || w == "my" {
		for _, m := range sn.ments {
			if m.start > k && sn.nearSpeech(m) {
				return []string{m.party}
			}
		}
	}
	for _, m := range sn.ments {
		if m.end > k {
			break
		}
		if sn.subjectPosition(m) && sn.quoted[m.start] == sn.quoted[k] {
			return []string{m.party}
		}
	}
	if sn.st.prev != "" {
		return []string{sn.st.prev}
	}
	return nil
}

// agentMention reports whether a mention stands for its party as an
// actor: a name, or an adjective before a noun such as "side" or
// "delegation" ("the Russian side"), not "Russian oil".
func (sn *sentence) agentMention(m mention) bool {
	if !sn.isAdjectiveMention(m) {
		return true
	}
	return m.end < len(sn.toks) && (sn.in(m.end, agentNouns) || sn.in(m.end, bothNouns))
}

// subjectPosition reports whether a mention opens a clause, where
// subjects stand: at the start of the sentence, or after punctuation, a
// clause word, a speech verb or "and" ("Ukraine's delegation gave ...",
// "Zelenskyy said Moscow ...").
func (sn *sentence) subjectPosition(m mention) bool {
	k := m.start - 1
	// Skip "the", quotes and a title: "Defence Minister Rustem Umerov".
	for k >= 0 && (sn.low(k) == "the" || sn.toks[k].text == "\"" || sn.toks[k].text == "“" || (sn.toks[k].caps && sn.toks[k].word && sn.mentAt[k] < 0 && k > 0)) {
		k--
	}
	if k < 0 {
		return true
	}
	t := sn.toks[k]
	if !t.word {
		return t.text == "," || t.text == ";" || t.text == ":" || t.text == "—"
	}
	return t.in(clauseWords) || t.in(speechVerbs) || t.low == "and" || t.low == "but" || t.low == "then"
}

// nearSpeech reports whether a speech verb is next to the mention
// ("Medinsky said", "said Medinsky", "Medinsky told reporters").
func (sn *sentence) nearSpeech(m mention) bool {
	if sn.in(m.start-1, speechVerbs) || (m.start == 0 && sn.low(m.end) == ":") {
		return true // "said Medinsky", "Putin: Ukraine must leave Donbas"
	}
	for k := m.end; k < len(sn.toks) && k < m.end+4; k++ {
		if sn.in(k, speechVerbs) {
			return true
		}
	}
	return false
}

// speakers returns the parties that speak in the sentence around token k:
// the subject of a speech verb before it ("Sybiha said ...") or a name
// next to one after it ("..., Medinsky said").
func (sn *sentence) speakers(k int) []string {
	var out []string
	for _, m := range sn.ments {
		if m.end > k {
			break
		}
		if v := sn.nextWord(m.end, true); v < k && (sn.in(v, speechVerbs) || (m.start == 0 && sn.low(v) == ":")) && !m.poss {
			out = append(out, m.party)
		}
	}
	for _, m := range sn.ments {
		if m.start > k && sn.nearSpeech(m) {
			out = append(out, m.party)
		}
	}
	return out
}

// speaker is whoever the sentence reports: the subject before clause
// start cs ("Kyiv said the terms were ...") or after ("..., Kyiv said").
func (sn *sentence) speaker(cs int) []string {
	for _, m := range sn.ments {
		if m.end <= cs && !sn.afterPreposition(m) {
			return []string{m.party}
		}
	}
	for _, m := range sn.ments {
		if m.start > cs && sn.nearSpeech(m) {
			return []string{m.party}
		}
	}
	return nil
}

// afterPreposition reports whether a mention follows a preposition ("talks
// with Russia"), which keeps it out of subject position; "the head of the
// Russian delegation" does not count.
func (sn *sentence) afterPreposition(m mention) bool {
	k := m.start - 1
	for k >= 0 && (sn.low(k) == "the" || sn.toks[k].text == "\"" || sn.toks[k].text == "“") {
		k--
	}
	if k < 0 || !sn.in(k, prepositions) {
		return false
	}
	if sn.low(k) == "of" && sn.in(k-1, agentNouns) {
		return false
	}
	return true
}

// clauseStart returns the first token of the clause holding token i: after
// the last clause word, speech verb, colon or semicolon before it. A
// parenthetical "..., Peskov said, ..." does not start a clause.
func (sn *sentence) clauseStart(i int) int {
	for k := i - 1; k >= 0; k-- {
		t := sn.toks[k]
		if !t.word {
			if t.text == ";" || t.text == ":" {
				return k + 1
			}
			continue
		}
		if t.in(clauseWords) {
			return k + 1
		}
		if t.in(speechVerbs) {
			if sn.low(k+1) == "," && k+1 < i {
				aside := false
				for n := k - 1; n >= 0 && n >= k-6; n-- {
					if sn.toks[n].text == "," {
						aside = true
						break
					}
				}
				if aside {
					continue
				}
			}
			if t.low == "according" {
				// "According to X, the Kremlin would ...": the clause starts
				// after the comma.
				for n := k + 1; n < i; n++ {
					if sn.toks[n].text == "," {
						return n + 1
					}
				}
			}
			return k + 1
		}
	}
	return 0
}

// nounAgent finds who owns the noun cue at i: a party named just before
// ("Kyiv's call", "a Ukrainian request", "the US 28-point plan"), a
// possessive pronoun ("its demand"), or "by"/"from" a party after it.
func (sn *sentence) nounAgent(i int) []string {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := sn.toks[k]
		if m := sn.mentAt[k]; m >= 0 {
			return sn.conjuncts(m)
		}
		if !t.word {
			if t.text == "-" || t.text == "'" || t.text == "’" || t.text == "\"" {
				continue
			}
			break
		}
		if t.in(possPronouns) {
			return sn.pronoun(k)
		}
		if t.low == "of" && k > 0 && (sn.low(k-1) == "list" || sn.low(k-1) == "set" || sn.low(k-1) == "series") {
			continue
		}
		if t.in(determiners) || t.in(prepositions) || t.in(skipWords) || verbCues[t.low] != "" || t.in(speechVerbs) || t.in(clauseWords) {
			break
		}
	}
	k := i + 1
	if w := sn.low(k); strings.HasSuffix(w, "ed") || w == "drawn" || w == "written" || w == "put" {
		// "a plan drafted by Trump envoy Steve Witkoff"
		k++
		if sn.low(k) == "up" || sn.low(k) == "forward" || sn.low(k) == "together" {
			k++
		}
	}
	if w := sn.low(k); w == "by" || w == "from" {
		for n := k + 1; n < len(sn.toks) && n <= k+4; n++ {
			if sn.mentAt[n] >= 0 {
				return []string{sn.ments[sn.mentAt[n]].party}
			}
			if t := sn.toks[n]; !t.word || (!t.caps && t.low != "the" && t.low != "special" && t.low != "envoy") {
				break
			}
		}
	}
	return nil
}

// nounLink finds where the content of the noun cue at i starts: after
// "for", "that", "on", "to", "include", "are", or a colon; -1 when the
// noun has no content ("Kyiv's call was ignored").
func (sn *sentence) nounLink(i int) int {
	k := i + 1
	if w := sn.low(k); (w == "by" || w == "from") && k+1 < len(sn.toks) {
		n := k + 1
		if sn.low(n) == "the" {
			n++
		}
		if n < len(sn.toks) && sn.mentAt[n] >= 0 {
			k = sn.ments[sn.mentAt[n]].end
		}
	}
	for k < len(sn.toks) && (sn.low(k) == "also" || sn.low(k) == "reportedly" || sn.low(k) == "still") {
		k++
	}
	if k >= len(sn.toks) {
		return -1
	}
	t := sn.toks[k]
	if t.low == "for" && nounCues[sn.low(i)] == Proposal && k+1 < len(sn.toks) && sn.mentAt[k+1] >= 0 && !sn.hasWordAhead(sn.ments[sn.mentAt[k+1]].end-1, "to", 1) {
		return -1 // "a plan for Ukraine": who it is for, not what it says
	}
	if t.low == "that" && sn.relativeThat(k+1) {
		return -1 // "a plan that takes away its dignity": what it is, not what it says
	}
	switch t.low {
	case "for", "that", "on", ":", "—", "include", "includes", "included", "including", "envisage", "envisages", "envision", "envisions":
		return k + 1
	case "to":
		if n := sn.low(k + 1); n != "" && !determiners.has(n) && sn.toks[k+1].word && sn.mentAt[k+1] < 0 && !isNumber(n) {
			return k + 1
		}
	case "of":
		if nounCues[sn.low(i)] != Demand {
			return k + 1
		}
	case "are", "were", "is", "was", "remain", "remained", "remains":
		n := sn.nextWord(k+1, true)
		if n < len(sn.toks) {
			w := sn.low(n)
			if strings.HasSuffix(w, "ed") || rejectAdjectives.has(w) || verbCues[w] != "" || !sn.toks[n].word || negations.has(w) || w == "that" || w == "clear" || w == "unclear" || w == "struck" || w == "made" || w == "put" || w == "taken" || w == "seen" {
				return -1
			}
			if w == "for" || w == "to" {
				return n + 1
			}
			return n
		}
	}
	return -1
}

// relativeThat reports whether the clause after "that" at k is a relative
// clause ("that takes away", "that Ukraine has been negotiating") rather
// than a content clause ("that Ukraine cede Donbas").
func (sn *sentence) relativeThat(k int) bool {
	if k < len(sn.toks) && sn.mentAt[k] >= 0 {
		k = sn.ments[sn.mentAt[k]].end
	} else if sn.in(k, determiners) {
		return false
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

// contentEndOf is contentEnd; with shared set, verbs coordinated without a
// subject of their own ("would cap ..., bar ... and rule out ...") share
// the start of the content and do not end it.
func (sn *sentence) contentEndOf(from int, shared bool) int {
	toks := sn.toks
	depth := 0
	for k := from; k < len(toks); k++ {
		if k-from > 60 {
			return k
		}
		t := toks[k]
		if !t.word {
			switch t.text {
			case "(", "[":
				depth++
			case ")", "]":
				depth--
			case ".", "!", "?", "…", ";":
				if depth <= 0 {
					return k
				}
			case "—", "–":
				digits := k > 0 && k+1 < len(toks) && isNumber(toks[k-1].low) && isNumber(toks[k+1].low)
				if !digits && k > from+2 {
					return k
				}
			case ",":
				if depth <= 0 && k > from && sn.commaEnds(k) {
					return k
				}
			}
			continue
		}
		if k == from {
			continue
		}
		switch t.low {
		case "but", "while", "whereas", "although", "though", "according", "saying", "which":
			return k
		case "as", "after", "when", "since", "because", "unless", "until", "if":
			n := k + 1
			if sn.low(n) == "the" {
				n++
			}
			if m := sn.mentAt[min(n, len(sn.toks)-1)]; n < len(sn.toks) && m >= 0 && !sn.ments[m].poss && !sn.isAdjectiveMention(sn.ments[m]) && sn.low(k-1) != "only" {
				return k // "... as Russia floats working groups"
			}
		case "and", "or":
			if sn.clauseAhead(k+1) && !(shared && sn.bareVerbAhead(k+1)) {
				return k
			}
			if m := sn.mentAt[min(k+1, len(toks)-1)]; m >= 0 && sn.ments[m].poss && nounCues[sn.low(sn.ments[m].end)] != "" {
				return k // "Russia's demand for X and Ukraine's refusal to ...": another party's position
			}
			if k > 0 && toks[k-1].text == "," && sn.low(k+1) == "that" && sn.low(from) != "that" {
				return k - 1 // "..., and that both delegations would ...": a clause of its own
			}
		}
	}
	return len(toks)
}

// bareVerbAhead reports whether a verb without a subject comes at k
// ("and rule out ...").
func (sn *sentence) bareVerbAhead(k int) bool {
	k = sn.nextWord(k, true)
	return k < len(sn.toks) && sn.mentAt[k] < 0 && !sn.in(k, pronouns) && sn.low(k) != "the"
}

// commaEnds reports whether the comma at k ends a content.
func (sn *sentence) commaEnds(k int) bool {
	n := sn.nextWord(k+1, false)
	if n >= len(sn.toks) {
		return true
	}
	w := sn.low(n)
	if w == "as" && sn.low(n+1) == "well" {
		return false // ", as well as ..." goes on
	}
	if finiteVerbs.has(w) {
		return true // "..., which calls for X, was unacceptable": the relative clause ends
	}
	if (w == "a" || w == "an" || w == "one" || w == "two" || w == "three") && sn.in(n+1, timeNouns) {
		return true // ", a day after the talks ended"
	}
	if (w == "a" || w == "an") && (nounCues[sn.low(n+1)] != "" || sn.in(n+1, commentNouns) || sn.in(n+1, eventNouns)) {
		return true // ", a proposal the Kremlin rejected": a comment on it
	}
	if contentStops.has(w) && w != "and" && w != "a" && w != "an" && w != "the" {
		return true
	}
	if sn.clauseAhead(n) {
		return true
	}
	// ", and Kyiv is under pressure": a new clause with its own subject.
	if w == "and" || w == "but" {
		m := n + 1
		if sn.low(m) == "the" {
			m++
		}
		if m < len(sn.toks) && sn.mentAt[m] >= 0 && !sn.ments[sn.mentAt[m]].poss && !sn.isAdjectiveMention(sn.ments[sn.mentAt[m]]) {
			return true
		}
	}
	// A trailing attribution: ", Medinsky told reporters", ", said Peskov".
	for j := n; j < len(sn.toks) && j < n+7; j++ {
		t := sn.toks[j]
		if !t.word {
			return false
		}
		if t.in(speechVerbs) {
			return true
		}
	}
	return false
}

// clauseAhead reports whether a new clause with its own verb cue starts at
// token k: "and Kyiv demanded", "and dismissed".
func (sn *sentence) clauseAhead(k int) bool {
	k = sn.nextWord(k, false)
	if k < len(sn.toks) && sn.low(k) == "the" {
		k++
	}
	if k < len(sn.toks) && sn.mentAt[k] >= 0 && !sn.ments[sn.mentAt[k]].poss {
		k = sn.ments[sn.mentAt[k]].end
		for k < len(sn.toks) && sn.in(k, agentNouns) {
			k++
		}
		// "... or Russia will take it by force": a clause of its own.
		if w := sn.low(k); finiteVerbs.has(w) || w == "must" || w == "could" || w == "can" || w == "should" {
			return true
		}
	} else if sn.in(k, pronouns) {
		k++
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
	bracket := false
	for _, t := range sn.toks[a:b] {
		if t.text == "(" || t.text == "[" {
			bracket = true
			break
		}
	}
	if !bracket {
		return sn.toks[a:b:b]
	}
	out := make([]token, 0, b-a)
	depth := 0
	for _, t := range sn.toks[a:b] {
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
		if t.in(conditionWords) && k+1 < len(toks) {
			return toks[k+1:]
		}
		if t.low == "only" && k+2 < len(toks) {
			switch toks[k+1].low {
			case "after", "if", "once", "when":
				return toks[k+2:]
			}
		}
	}
	return nil
}

// rejectsThing reports whether the head of a refused content is a proposal,
// terms or the like ("will not accept ultimatums").
func rejectsThing(toks []token) bool {
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

// appositive reads "Ukraine's withdrawal from Donbas, a demand Russia put
// in writing": the phrase before the comma is the position of the party
// right after the noun.
func (sn *sentence) appositive(c cue) []found {
	d := c.at - 1
	if d < 1 || (sn.low(d) != "a" && sn.low(d) != "an" && sn.low(d) != "the") || sn.toks[d-1].text != "," {
		return nil
	}
	k := c.at + 1
	if sn.low(k) == "that" || sn.low(k) == "which" {
		k++
	}
	if sn.low(k) == "the" {
		k++
	}
	if k >= len(sn.toks) || sn.mentAt[k] < 0 {
		return nil
	}
	m := sn.ments[sn.mentAt[k]]
	kind := c.kind
	v := sn.nextWord(m.end, true)
	if verbCues[sn.low(v)] == Rejection && !sn.negated(v) {
		kind = Rejection // "..., a proposal the Kremlin rejected"
	} else if m.poss || !sn.in(v, authorVerbs) {
		return nil // "a request Medinsky said Moscow would study": not his
	}
	comma := d - 1
	return sn.emit([]string{m.party}, kind, sn.span(sn.antecedent(comma), comma))
}

// antecedent returns where the phrase that a comment after the comma at
// comma refers to starts: after the last verb cue or punctuation before it
// ("... demanded an unconditional ceasefire, which Moscow has refused").
func (sn *sentence) antecedent(comma int) int {
	start := sn.clauseStart(comma)
	for _, o := range sn.cues {
		if o.form != formNoun && o.form != formMust && o.at >= start && o.at < comma {
			start = o.end
		}
	}
	for n := comma - 1; n >= start; n-- {
		if t := sn.toks[n]; !t.word && t.text != "-" && t.text != "'" && t.text != "’" && t.text != "\"" {
			return n + 1
		}
	}
	return start
}

// planContinuation reads a sentence that goes on describing the plan or
// terms of the sentence before without naming them: "Kyiv would give up
// joining NATO, no foreign troops would be stationed in Ukraine, and
// elections would be held within 100 days." Each clause with "would" or
// "will" is a position of the document's author.
func (sn *sentence) planContinuation() []found {
	kind := sn.st.lastDoc
	parties := sn.owned(kind)
	if len(parties) == 0 || kind != Proposal {
		return nil
	}
	var out []found
	for _, part := range splitAt(sn.toks, ";") {
		for _, t := range part {
			if t.in(speechVerbs) || t.text == "\"" || t.text == "“" || t.text == ":" {
				part = nil
				break
			}
		}
		if len(part) > 0 {
			out = append(out, sn.continuationClauses(part, parties, kind)...)
		}
	}
	return out
}

// continuationClauses returns the clauses with "would" of one part of a
// plan continuation; a clause without it joins the next ("Crimea, Luhansk
// and Donetsk would be recognized").
func (sn *sentence) continuationClauses(toks []token, parties []string, kind Kind) []found {
	var out []found
	var prefix []token
	for _, part := range splitTop(toks) {
		modal := false
		for _, t := range part {
			if t.low == "would" || t.low == "will" {
				modal = true
				break
			}
		}
		if !modal {
			if out == nil {
				prefix = append(append(prefix, part...), token{text: ",", low: ",", pos: -1})
			}
			continue
		}
		content := append(prefix, part...)
		prefix = nil
		for len(content) > 0 && (content[0].low == "and" || content[0].low == "or") {
			content = content[1:]
		}
		out = append(out, sn.emit(parties, kind, content)...)
	}
	return out
}
