package digest

import (
	"cmp"
	"slices"
	"strings"
)

// This file reads the position a cue marks, by form: verbs, passives and
// events, judgements, nouns and their appositions, "under" phrases, plans
// and their continuations.

// judgeVerbs introduce a judgement: "called the terms unrealistic".
var judgeVerbs = set("called", "calling", "calls", "call", "described", "describes",
	"deemed", "deems", "termed", "labelled", "labeled", "labels", "branded", "brands",
	"dubbed", "dubs", "considers", "considered", "consider", "find", "finds", "found", "declared", "declares")

// dropAfterPlan are the verbs of "the plan would require/see/have Ukraine ...":
// the content reads better without them.
var dropAfterPlan = set("require", "oblige", "force", "see", "have", "compel")

// verbPosition reads the position of a verb cue. It returns the positions,
// the end of the content (later verb cues inside it belong to it), and
// whether the subject was a plan.
func (sn *sentence) verbPosition(c cue) ([]found, int, bool) {
	if c.form == formVerb {
		if e := sn.dashAside(c.end); e > 0 {
			c.end = e + 1 // "For that we need — I'm listing — recognition of Crimea, ...": the object after the remark
		}
	}
	if c.form == formVerb && c.kind != Agreement && sn.low(c.end) == "," {
		if a := max(sn.speechAside(c.end), sn.accordingAside(c.end), sn.adverbAside(c.end)); a > 0 && a < len(sn.toks) && sn.toks[a].word && !sn.clauseAhead(a) {
			c.end = a // "Russia also wants, according to officials briefed on the talks, recognition of ...": the object after the aside; but "Should Kyiv refuse, Putin warned, Russian troops would ..." goes on with a clause of its own
		}
	}
	if c.kind == Demand && sn.reportDenied(c.at) {
		return nil, c.end, false // "A report that Washington had made X conditional on Y was denied"
	}
	if c.kind == Demand && strings.HasPrefix(sn.low(c.at), "need") && sn.columnistsView(c.at) {
		return nil, c.end, false // a column's "What Kyiv needs, in my view, is ...", "It needs long-range missiles": the author's view of its needs
	}
	if n := c.end + b2i(sn.in(c.end, determiners)); c.needEx && (sn.nounCue(n) == Demand || sn.nounCue(n) == Proposal) {
		return nil, c.end, false // "brought back a demand that ...: the return of the children": the noun says what
	}
	if c.needEx && sn.paperHanded(c.at) {
		return nil, c.end, false // "The memorandum handed over by Medinsky requires ...": a paper handed, no exchange
	}
	if c.needEx && sn.low(c.end) == "to" && c.end+1 < len(sn.toks) && (sn.in(c.end+1, beWords) || !sn.toks[c.end+1].word) {
		return nil, c.end, false // "The one point the Kremlin keeps returning to is Donbas": a topic, no exchange
	}
	switch {
	case c.form == formAdj:
		w := sn.low(c.at)
		if (w != "impossible" && w != "unthinkable" && w != "inconceivable") || sn.low(c.at+1) != "without" {
			return sn.adjPosition(c), c.end, false
		}
		e := sn.contentEnd(c.at + 2)
		if sn.low(c.at-1) == "been" && sn.low(c.at-2) == "have" {
			return nil, e, false // "The exchange would have been impossible without Turkey's mediation": thanks for the past, no demand
		}
		// "Moscow said peace was impossible without a withdrawal from
		// Donbas": what it cannot do without is what it demands
		var demands []found
		for _, f := range sn.adjPosition(c) {
			if f.kind == Rejection {
				demands = append(demands, sn.emit([]string{f.party}, Demand, sn.span(c.at+2, e))...)
			}
		}
		return demands, e, false
	case c.form == formPlan:
		noun := sn.low(c.at)
		if a := sn.low(c.at - 1); (a == "the" || a == "that" || a == "this") && sn.low(c.at-2) == "," && sn.saidAside(c.at-2) > 0 {
			return nil, -1, false // "A final settlement, the document says, would require ...": an aside, which takes nothing from the cues around it
		}
		kind := sn.docKind(noun)
		if noun == "it" {
			kind = sn.st.lastDoc
		}
		if kind == "" {
			kind = Proposal
		}
		parties := sn.nounAgent(c.at)
		if p := sn.asideAuthor(c.at); p != "" {
			parties = []string{p} // "The draft, prepared by the UK, France and Germany, keeps ...": theirs
		}
		if noun == "it" && sn.participleOpens(c.at) {
			parties = sn.openingAgent(c.at) // "Drawn up by Britain, France and Germany, it would ...": theirs
		}
		if noun == "points" && len(parties) == 0 && sn.st.lastDoc != "" {
			kind = sn.st.lastDoc // "Further points call for ...": of the last text named
		}
		if kind == Agreement {
			parties = sn.bothSides() // "The text set a ceasefire ...": the signed text
		} else if len(parties) == 0 {
			parties = sn.ownedDoc(noun, kind)
		} else {
			kind = sn.docKindOf(noun, parties[0])
			sn.own(noun, parties[0])
		}
		offers := false
		for k := c.at + 1; k < c.end; k++ {
			if sn.verbCue(k) == Proposal {
				kind = Proposal // "a US draft proposes ...", whatever "the draft" was before
				offers = offers || strings.HasPrefix(sn.low(k), "offer")
			}
		}
		if kind == Proposal && len(parties) == 1 && (slices.Contains(sn.st.sides, parties[0]) && (sn.anyIn(c.at+1, c.end, planDemands) || sn.mustAhead(c.end)) || parties[0] == "europe" && !offers) && !offerNouns.has(noun) {
			kind = Demand // "The plan calls for ...", "the Ukrainian text says Russia must ...": a side's plan puts conditions on the other; but "the European plan offers Russia ..."
		}
		start := sn.nextWord(c.end, true)
		if a := sn.accordingAside(start); a > 0 {
			start = sn.nextWord(a, true) // "it would, according to a version seen by several outlets, raise ..."
		}
		if sn.in(start, dropAfterPlan) {
			start++
		}
		if w := sn.low(start); w == "not" || w == "never" {
			return nil, c.end, true // "The offer would not stay on the table forever"
		}
		if w := sn.low(start); (w == "stand" || w == "remain" || w == "hold" || w == "apply") && sn.low(start+1) == "only" {
			return nil, c.end, false // "the offer would stand only as long as Kyiv signed up ...": the condition is the position
		}
		end := sn.contentEndOf(start, !sn.in(c.end, planActs))
		if sp := sn.moreWork(start); sp != "" && (len(parties) == 0 || sp != parties[0]) {
			// "European leaders said the draft will require additional
			// work": their demand on it, not what the draft holds
			return sn.emit([]string{sp}, Demand, sn.span(sn.nextWord(sn.clauseStart(c.at), false), end)), end, false
		}
		content, end := sn.objectOverAside(start, end)
		content, end = sn.overSemicolons(content, end)
		return sn.emit(parties, kind, content), end, true
	case c.form == formEvent || c.passive:
		return sn.passivePosition(c)
	case c.form == formDrafted:
		end := sn.draftedText(c.end)
		if w := sn.low(c.at); sn.jointlyAgreed(c.at) > 0 || w == "reworked" || w == "revised" || w == "rewrote" || w == "trimmed" {
			end = sn.contentEnd(c.end) // what was agreed: "reached broad agreement on how ...", "reworked the plan into a 19-point framework"
		}
		return sn.emit(sn.draftedBy(), Agreement, sn.span(c.end, end)), end, false
	case c.form == formMust:
		// The demand of whoever says it, on whoever "must".
		if cs := sn.clauseStart(c.at); cs > 0 && sn.low(cs-1) == "that" && cs-1 == sn.nextWord(0, false) && !sn.demonstrative(cs-1) {
			return nil, c.at, false // "That Ukraine should hold elections was demanded by Trump": the passive says whose
		}
		if w := sn.low(c.end); (w == "note" || w == "confirm" || w == "check" || perceiveVerbs.has(w)) && sn.low(c.end+1) == "that" && sn.mentAt[c.at] < 0 {
			return nil, c.end, false // "Energy-sector clients should note that a pause does not trigger relief", "Service providers should confirm that ...": advice to the reader, no side's position
		}
		subject, from := c.party, c.at
		told, toldEnd := sn.toldPronoun(c.at) // "told Zelensky that he must ...": the one told
		itPlan := sn.planIt(c.at)
		switch m := sn.mentAt[c.at]; {
		case m >= 0 && sn.relativeObject(sn.ments[m]):
			// "Questions that concern Ukraine, he said, must be settled with
			// its participation": the questions must, Ukraine is what they concern
			subject, from = "", sn.clauseStart(sn.ments[m].start-2)
		case m >= 0 && sn.ments[m].poss && otherNouns.has(sn.low(sn.ments[m].end)):
			subject = "" // "Kyiv's partners should hit it with sanctions": not Kyiv
		case m >= 0 && !(sn.ments[m].poss && sn.anyIn(sn.ments[m].end, min(sn.ments[m].end+3, c.end), ownInterests)):
			subject = sn.ments[m].party // but "Russia's security concerns had to be taken into account" asks it of others
		case told >= 0:
			subject = sn.ments[told].party
		case itPlan != nil:
			// "but it must reflect ...": the plan, no party
		case sn.in(c.at, pronouns) && subject == "" && !sn.passiveIt(c.at):
			if p := sn.pronoun(c.at); len(p) > 0 {
				subject = p[0] // "Moscow says it must be one of the guarantors"
			}
		}
		speakers, lead := sn.speakers(c.at)
		if p := sn.ideaColon(c.at); p != "" {
			speakers = []string{p} // "Moscow's idea was put on the table in 2022: Russia itself should be one of the guarantors"
		}
		if len(speakers) > 0 && sn.low(c.at-1) == "until" && !slices.ContainsFunc(sn.cues, func(o cue) bool { return o.kind == Demand && o.at < c.at && o.at >= c.at-10 }) {
			// "Trump said Putin refused to meet Zelensky until a final deal
			// is ready": the refuser's condition, whoever reports it; but
			// "said Europe should reject any deal until ..." is the speaker's
			if p := sn.refuser(c.at - 1); p != "" && p != subject {
				speakers = []string{p}
			}
		}
		if len(speakers) == 0 {
			speakers = sn.accordingTo(c.end) // "..., according to the Kremlin's readout"
		}
		if len(speakers) == 0 && sn.accordingToPronoun() {
			speakers = sn.pronoun(2) // "According to him, a ceasefire must not be used by the Kiev regime to regroup": the one named before
		}
		if len(speakers) == 0 {
			speakers = sn.viewAside(c.at) // "in Kyiv's view the sanctions must stay until the war is over"
		}
		if len(speakers) == 0 {
			for k := c.at - 1; k >= 0; k-- {
				if sn.in(k, speechVerbs) && !sn.toks[k].party && (!sn.in(k-1, beWords) || sn.low(k+1) == "by") || sn.participleSpeech(k) || sn.madeClear(k+1, k+2) ||
					sn.participleSpeechAt(k) && k > 0 && (sn.mentAt[k-1] >= 0 || sn.quotedAs(k) != "") { // "with Merz saying that ...", "quotes Ushakov as saying that ..."
					speakers = sn.speechSubject(k) // "Kyiv, for its part, says ...", "..., saying any deal would have to ..."; not "should be maintained at 800,000"
					break
				}
			}
		}
		if len(speakers) == 0 {
			if k := sn.trailingSpeech(); k > c.at {
				var head string
				speakers, head = sn.subjectOf(k) // "..., he said"
				if p := sn.docSpeaker(k); len(p) > 0 {
					speakers, head = p, "" // "Ukraine, the document says, must become neutral": its author's
				} else if sn.roleSpeech(k-3) == k {
					if p := sn.st.agent(sn.titleAt(k - 1)); p != "" {
						// "Ukraine, the chancellor insisted, must ...": the
						// person the text has named by that title; "the prime
						// minister" by the whole title
						speakers, head = []string{p}, ""
					}
				}
				if (head == "he" || head == "she" || head == "they") && len(speakers) == 1 && speakers[0] == subject {
					// "Ukraine should agree ..., he wrote": he is a person,
					// not the country that should.
					speakers = nil
					if p := cmp.Or(sn.st.speaker, sn.st.prev); p != subject && p != "" {
						speakers = []string{p}
					}
				}
			}
		}
		if len(speakers) == 0 && sn.quoted[c.at] && quoteMark(sn.low(0)) && sn.st.speaker != "" && !sn.st.stranger && !sn.anyIn(0, len(sn.toks), speechVerbs) {
			speakers = []string{sn.st.speaker} // `"The Europeans want to prolong the war," said Peskov. "Ukraine must withdraw."`: who spoke, not the side he spoke of
		}
		if len(speakers) == 0 {
			speakers = sn.setOutBy(sn.clauseStart(c.at)) // "Leaders set out ...: A had to come first; ..."
		}
		if len(speakers) == 0 {
			speakers = sn.impliedSpeaker(c.at, subject)
		}
		if len(speakers) == 0 && sn.quoted[c.at] && !sn.anyIn(0, len(sn.toks), speechVerbs) {
			if !sn.st.stranger {
				speakers = sn.pronoun(c.at) // a quote that goes on to the next sentence: its speaker's; a stranger's is no side's
			}
			if sn.st.voice != "" {
				speakers = []string{sn.st.voice} // a quote under "The key passages read:"
			}
		}
		if len(speakers) == 0 {
			speakers = sn.asideSpeaker(c.at, c.end+1) // "Kyiv, he said, should take a decision"
		}
		if len(speakers) == 0 {
			speakers = sn.asideSpeaker(0, c.at) // "Moscow's position, as Ushakov put it, is that no settlement is possible unless ..."
		}
		if len(speakers) == 0 {
			speakers = sn.answerLabel() // "His answer: any such change would have to ..."
		}
		if f := sn.afterLabel(); len(speakers) == 0 && sn.st.listOwner != "" && ordinals[sn.low(f)] && sn.low(f+1) == "," {
			speakers = []string{sn.st.listOwner} // "The Kremlin's terms are unchanged. First, Kyiv must leave the Donbas."
		}
		// an interview's answer: "Medinsky: ... The Ukrainian forces must
		// withdraw"; an op-ed's "First, borders must not be changed by
		// force."; for a condition ("... until Russia pays") only when no
		// one else's, after the readings of the condition below
		answerVoice := func() {
			if p := cmp.Or(sn.st.labelVoice, sn.st.author); len(speakers) == 0 && p != "" && !sn.quoted[c.at] {
				speakers = []string{p}
			}
		}
		cond := sn.low(c.at-1) == "until" || sn.low(c.at-1) == "unless"
		if !cond {
			answerVoice()
		}
		if len(speakers) == 0 {
			speakers = sn.replyClause(c.at) // "Ushakov's answer was that Russian police would have to remain"
		}
		if len(speakers) == 0 && cond {
			if p := sn.planOver(c.at); p != "" && p != subject {
				speakers = []string{p} // "It would keep Russia's assets frozen until Moscow compensates Ukraine": the plan's author
			} else if p := sn.urger(c.at - 1); p != "" && p != subject {
				speakers = []string{p} // "urged Washington to keep up the pressure until Russia agrees to a ceasefire": the one who urges
			} else if p := sn.refuser(c.at - 1); p != "" && p != subject {
				speakers = []string{p} // "Putin refused to meet Zelensky until a final deal is ready": the one who refuses
			} else if p := sn.lastAgent(c.at - 1); p != "" && p != subject {
				speakers = []string{p} // "the Commission ruled out lifting sanctions until Russian forces withdrew"
				if d := sn.st.lastDemParty; d != "" && d != subject && sn.st.lastDemAt == sn.st.sentences-1 && !sn.bullet() && sn.anyText(sn.clauseStart(c.at-1), c.at, "would") && sn.firstSpeech() < 0 && sn.gainsBefore(p, c.at) {
					speakers[0] = d // "The Europeans want A. Ukraine would get B, and assets would stay frozen until Russia compensates it.": the terms they want go on
				}
			} else if first := sn.nextWord(0, false); sn.low(c.at-2) == ":" && sn.in(first, pronouns) {
				speakers = sn.pronoun(first) // "He paired that with a condition: unless Kyiv agreed to ...": his
			} else if sn.in(first, pronouns) && sn.low(first) != "it" && slices.ContainsFunc(sn.cues, func(o cue) bool { return o.kind == Demand && o.at < c.at-1 }) {
				if p := sn.pronoun(first); len(p) == 1 && p[0] != subject {
					speakers = p // "They ask for a guarantee, and want Russian assets to stay frozen until Moscow compensates Ukraine": theirs
				}
			}
		}
		if cond {
			answerVoice() // "A: ... until Russia pays": the answer's own condition
		}
		if len(speakers) == 0 && (sn.low(0) == "we" || sn.low(0) == "i") && !sn.quoted[0] {
			speakers = sn.pronoun(0) // "We are ready ..., but any change would have to ...": the interviewee's
		}
		for k := c.end - 1; len(speakers) == 0 && k >= 0 && k >= c.at-3; k-- {
			if sn.verbCue(k) == Demand && strings.HasSuffix(sn.low(k), "ed") {
				speakers, _ = sn.subjectOf(k) // "which the leaders insisted must be allowed ..."
			}
		}
		if len(speakers) == 0 && obligedWords[sn.low(c.end-2)] {
			speakers = sn.owned(Demand) // "Under it, Kiev is also required to adopt neutral status": the terms' author
		}
		if len(speakers) == 0 && sn.bullet() && sn.st.prev != "" {
			speakers = []string{sn.st.prev} // "EUROPEAN LEADERS, joint statement" then "- No limits should ..."
		}
		if len(speakers) == 0 && !sn.quoted[c.at] && sn.voiceGoesOn(sn.clauseStart(c.at)) {
			speakers = []string{sn.st.mustVoice} // "Talks, the Europeans say, must start from the line of contact. Ukraine's army should be allowed 800,000.": their list goes on
		}
		if lead == 0 {
			lead = len(speakers) // one voice, found past the speech verbs
		}
		var parties, who []string
		for i, p := range speakers {
			if p != subject && p != "" { // "" is no one: a voice looked for and not found
				parties = append(parties, p)
				if i < lead {
					who = append(who, p) // "The US and Ukraine said any agreement must ...": both
				}
			}
		}
		if p := sn.st.interviewee; len(parties) == 0 && !(subject != "" && slices.Contains(speakers, subject)) && !sn.quoted[c.at] && p != "" && p != subject && !sn.anyIn(0, len(sn.toks), speechVerbs) {
			parties = []string{p} // an interview's unlabelled answer: "What comes next? Russia must leave the plant."; but not "The IAEA says Russia must leave the plant"
		}
		if len(who) == 0 {
			who = parties[:min(1, len(parties))]
		}
		end := sn.contentEndOf(c.end, true) // "must withdraw ... and give up ..."
		first, rest := sn.thatClauses(c.end, end)
		content := sn.withoutAside(from, first)
		if k, e := sn.secondObligation(end, "must", "should"); k > 0 && c.end-1 > from {
			rest, end = append(rest, slices.Concat(sn.span(from, c.end-1), sn.span(k, e))), e // the subject put before it
		}
		if np, ne, rs := sn.relativeHead(c.at); np >= 0 && sn.in(c.at, beWords) {
			// "a list of 339 children it says were deported and must be
			// returned": the children must be returned
			if m := slices.IndexFunc(content, func(t token) bool { return modalsInContent.has(t.low) }); m > 1 && content[m-1].low == "and" {
				content = append(sn.span(np, ne), content[m:]...)
				if sn.in(rs+1, speechVerbs) {
					who, _ = sn.subjectOf(rs + 1) // whoever says they were deported wants them back
				}
			}
		}
		if m := sn.mentAt[min(sn.nextWord(0, false), len(sn.toks)-1)]; sn.low(c.at-1) == ";" && len(content) > 1 && sn.in(c.at, pronouns) && m >= 0 && content[0].pos == sn.toks[c.at].pos {
			// "Ukraine, it says, must withdraw ...; it must declare itself
			// neutral": Ukraine to declare itself neutral
			content = append(slices.Clone(sn.toks[sn.ments[m].start:sn.ments[m].end]), content[1:]...)
		}
		if itPlan != nil && len(content) > 1 && content[0].pos == sn.toks[c.at].pos {
			content = append(itPlan, content[1:]...) // "but it must reflect ...": the plan must
		}
		if told >= 0 && len(content) > 1 && content[0].pos == sn.toks[c.at].pos {
			// "told the Ukrainian leader that he should make a deal": the
			// leader to make a deal
			s := sn.ments[told].start
			if sn.low(s-1) == "the" {
				s--
			}
			content = append(slices.Clone(sn.toks[s:toldEnd]), content[1:]...)
		}
		var own []found
		if subject != "" && slices.Contains(speakers, subject) {
			if k := sn.ownClaim(c.end); k > 0 && len(parties) == 0 {
				// "Lavrov said Moscow should be among the guarantors",
				// "Kallas said Europe must insist on a seat at the table":
				// what the speaker's own side claims.
				who, content = []string{subject}, sn.span(k, first)
			} else if k > 0 {
				// "Zelensky and European leaders said Ukraine must receive
				// guarantees": Europe's demand, and Ukraine's own claim
				own = sn.emit([]string{subject}, Demand, sn.span(k, first))
			}
		}
		if sn.low(c.at) == "it" && sn.low(c.at-1) == "unless" && len(content) > 1 && content[0].pos == sn.toks[c.at].pos {
			if i := slices.IndexFunc(sn.cues, func(r cue) bool { return r.kind == Rejection && r.end < c.at-1 }); i >= 0 {
				// "ruled out such a meeting unless it was held to sign ...":
				// "such a meeting was held to sign ..."
				content = append(slices.Clone(sn.span(sn.cues[i].end, c.at-1)), content[1:]...)
			}
		}
		out := append(sn.emit(who, Demand, content), own...)
		for _, r := range rest {
			out = append(out, sn.emit(who, Demand, r)...)
		}
		if (sn.rare.has(rareShared) || sn.st.jointPrev || sn.st.jointPaper) && sn.jointVoice(c.at) {
			// "In a joint statement, the two delegations said any future
			// agreement must fully uphold Ukraine's sovereignty": what both
			// say must be is agreed between them
			sides := sn.bothSides()
			if len(who) > 0 {
				sides = who[:1] // "the statement" of Washington and Kyiv: not the talks' first side, Russia
			}
			out = append(out, sn.emit(sides, Agreement, content)...)
			if i := sn.interestNamed(content); len(i) > 0 && !slices.Contains(who, i[0]) {
				out = append(out, sn.emit(i, Demand, content)...) // and Ukraine's own demand
			}
		}
		if len(out) > 0 && len(who) == 1 && who[0] != subject {
			sn.st.lendVoice(who[0], false)
		}
		return out, end, false
	case c.form == formOffer:
		subject := c.party
		end := sn.contentEnd(c.end)
		// "Russia would freeze the front line and could give back ...": a
		// second offer after "and" and a modal.
		second := -1
		for k := c.end; k <= end && k+1 < len(sn.toks); k++ {
			if w := sn.low(k + 1); sn.low(k) == "and" && (w == "would" || w == "could" || w == "will") {
				second, end = k, k
				break
			}
		}
		content := sn.span(c.end, end)
		if cs := sn.clauseStart(c.at); wordCount(content) < 3 && c.at-cs < 6 {
			content = sn.span(cs, end) // "Britain and France would lead it", not "lead it"
		}
		kind := c.kind
		// "The two sides agreed to swap all wounded prisoners. Russia would
		// also hand over the bodies of 6,000 soldiers": part of the deal;
		// but not what it "could" hand over, nor what it would hand over
		// "on its own initiative" or "as a goodwill gesture"
		swapped := kind == Proposal && sn.st.swapAt > 0 && sn.st.swapAt >= sn.st.sentences-1 && sn.anyText(c.at, c.end, "would") &&
			!slices.ContainsFunc(content, func(t token) bool { return t.low == "own" || t.low == "unilaterally" || t.low == "goodwill" })
		if kind == Proposal && (sn.anyText(c.at, c.end, "will") || swapped) && countedHandover(content) && !conditionAfter(sn.low(end), sn.low(end+1)) {
			kind = Agreement // "Russia will hand over to Ukraine the bodies of 6,000 servicemen": a handover set, not an offer
		}
		out := sn.emit([]string{subject}, kind, content)
		if second >= 0 {
			e := sn.contentEnd(second + 2)
			out = append(out, sn.emit([]string{subject}, Proposal, sn.span(second+2, e))...)
			end = e
		}
		if k := inExchangeFor(content); k > 0 {
			out = append(out, sn.emit([]string{subject}, Demand, content[k:])...) // the price of the offer
		}
		if k := asLongAs(content); k > 0 && !mirrors(content[k:]) {
			out = append(out, sn.emit([]string{subject}, Demand, content[k:])...) // "would give up its NATO bid as long as ... provide guarantees": the proviso
		} else if k > 3 && (content[k-3].low == "as" || content[k-2].low == "only") {
			offer := content[:k-3+b2i(content[k-3].low != "as")] // before "(for) as long as", before "only once"
			if n := len(offer); n > 0 && offer[n-1].low == "for" {
				offer = offer[:n-1]
			}
			out = append(out, sn.emit([]string{subject}, Demand, reciprocal(offer, content[k:]))...) // "for as long as Russia did the same"
		}
		if conditionAfter(sn.low(end), sn.low(end+1)) {
			// "... if Ukraine withdrew its troops": the condition is a demand.
			end += b2i(sn.low(end) == ",") // "could hold elections within 90 days, provided its partners guarantee security"
			from := end + 1 + b2i(sn.low(end+1) == "that")
			e := sn.contentEnd(from)
			cond := sn.span(from, e)
			if r := reciprocal(content, cond); r != nil {
				cond = r // "would hold back from hitting Russian energy sites if Moscow did the same"
			}
			out = append(out, sn.emit([]string{subject}, Demand, cond)...)
			end = e
		}
		return out, end, false
	case c.form == formThreat:
		parties, _ := sn.subjectOf(c.at)
		end := sn.contentEnd(c.end)
		content := sn.span(c.end, end)
		if assentOnly(content) {
			who := "" // who is to assent: the side named last before the act
			for k := c.end - 1; k > c.at && who == ""; k-- {
				if m := sn.mentAt[k]; m >= 0 {
					who = sn.ments[m].party
				}
			}
			if len(sn.st.lastDemand) == 0 || sn.st.lastDemAt < sn.st.sentences-1 || sn.st.lastDemParty == who {
				// "threatened Russia with sanctions if it did not sign up",
				// "Russia demanded X. Trump threatened Russia with sanctions
				// if it did not agree": to what, unsaid; not Russia's own X
				return nil, end, false
			}
			content = slices.Clone(sn.st.lastDemand) // "... demanding a 30-day ceasefire. The leaders warned Moscow of sanctions if it did not sign up": the ceasefire
		} else if wordCount(content) < 2 && len(content) > 0 && content[0].bareVerb() {
			// "if Ukraine refused to engage": who is to act, with the act
			for k := c.end - 1; k > c.at; k-- {
				if m := sn.mentAt[k]; m >= 0 {
					content = append(append(slices.Clone(sn.span(sn.ments[m].start, sn.ments[m].end)), madeWord("to")), content...)
					break
				}
			}
		}
		out := sn.emit(parties, Demand, content)
		if sn.low(c.at-1) == "had" || sn.low(c.at-2) == "had" && sn.in(c.at-1, skipWords) {
			// "Trump had threatened severe consequences if Moscow did not
			// agree to ...": a threat of before, given up once the item
			// says that things changed ("He came back saying the
			// opposite"); "this condition" may still point to it
			sn.st.holdPast(out)
		}
		return out, end, false
	case c.form == formMake:
		parties, _ := sn.subjectOf(c.at)
		end := sn.contentEnd(c.end)
		if c.end < len(sn.toks) && !sn.toks[c.end].word {
			end = c.end // "would keep up sanctions ..., that borders must not ...": the next thing said is its own
		}
		return sn.emit(parties, Demand, sn.span(c.at+1, c.end)), end, false
	}
	kind := c.kind
	if b, after := sn.relativeBe(c); b > 0 && kind != Rejection {
		// "An all-for-all exchange is something Kyiv has sought", "One
		// idea US negotiators have floated is a free economic zone": the
		// position is on the other side of "is".
		parties, _ := sn.subjectOf(c.at)
		if after {
			end := sn.contentEnd(b + 1)
			return sn.emit(parties, kind, sn.span(b+1, end)), end, false
		}
		return sn.emit(parties, kind, sn.span(sn.clauseStart(b), b)), c.end, false
	}
	if sn.whatClause(c.at) {
		if b := sn.cleftBe(c); b > 0 {
			// "What he wants instead is Article 5-style guarantees": the
			// position follows the verb "is".
			parties, _ := sn.subjectOf(c.at)
			if len(parties) == 0 {
				parties = sn.asideSpeaker(c.at, b) // "What the country needs, a Ukrainian official said, is ..."
			}
			end := sn.contentEnd(b)
			return sn.emit(parties, kind, sn.span(b, end)), end, false
		}
		if w := sn.whatAt(c.at); w > 3 && sn.in(w-1, beWords) && sn.low(w-2) == "which" && sn.low(w-3) == "," {
			// "a freeze along the current line, which is what Kyiv wants":
			// what comes before the comma.
			parties, _ := sn.subjectOf(c.at)
			return sn.emit(parties, kind, sn.span(sn.antecedent(w-3), w-3)), c.end, false
		}
		if k := sn.colonOverAside(c.end); k > 0 {
			// "largely reflected what Moscow wants, Ukrainian officials
			// said: A, B and C": the list is what it wants; "what Moscow
			// says a broader ceasefire would require: A, and B": Moscow's
			parties, _ := sn.subjectOf(c.at)
			if len(parties) == 0 {
				parties = sn.reporter(c.at)
			}
			end := sn.contentEndOf(k+1, true)
			return sn.emit(parties, kind, sn.span(k+1, end)), end, false
		}
		for k := c.end; k < len(sn.toks) && k < c.end+6; k++ {
			if sn.low(k) != "," {
				continue
			}
			// "what Moscow has sought since 2022, above all the withdrawal
			// of Ukrainian troops from Donbas": the one named first
			if w := sn.low(k + 1); w == "above" && sn.low(k+2) == "all" || w == "notably" || w == "chiefly" || w == "especially" || w == "in" && sn.low(k+2) == "particular" {
				s := k + 2 + b2i(w == "above" || w == "in")
				parties, _ := sn.subjectOf(c.at)
				end := sn.contentEnd(s)
				return sn.emit(parties, kind, sn.span(s, end)), end, false
			}
			break
		}
		return nil, c.end, false // "what Russia wants from the talks": the position is not said
	}
	if p := sn.low(c.at - 1); kind == Agreement && (p == "should" || p == "must") {
		return nil, c.end, false // "every prisoner should come home": a wish, not a deal
	}
	if cs := sn.clauseStart(c.at); cs > 0 && kind == Demand && !c.refusal && !sn.afterIfClause(cs, c.at) {
		if w := sn.low(cs - 1); w == "if" || w == "whether" {
			return nil, c.end, false // "If they want to hear from us that ...": a supposition, not a demand
		}
	}
	if m := sn.low(c.at - 1); kind == Demand && (m == "will" || m == "would" || m == "could" || m == "might") && sn.fearedAt(c.at-1) {
		return nil, c.end, false // "Some in Kyiv fear the US will demand territorial concessions": a fear, not a demand made
	}
	if cs := sn.clauseStart(c.at); cs > 0 && (kind == Rejection || kind == Agreement) {
		if w := sn.low(cs - 1); w == "if" || w == "unless" || w == "whether" || w == "before" || w == "until" {
			return nil, c.end, false // "sanctions if Moscow refused the truce": not a fact
		}
		if sn.low(cs-1) == "which" && sn.in(cs-2, prepositions) && kind == Agreement && !sn.anyIn(cs, c.at, coordinators) && (sn.anyIn(cs, c.at, modalsInContent) || sn.anyIn(cs, c.at, hypotheticals)) {
			return nil, c.end, false // "a package under which Kyiv would accept ...": terms, not a deal
		}
	}
	if p := sn.low(c.at - 1); c.at+1 < len(sn.toks) && !sn.toks[c.at+1].word && sn.in(c.at-1, prepositions) && p != "to" && p != "after" && p != "before" && sn.thatAfterPhrase(c.end) < 0 {
		return nil, c.end, false // "will not trade our land for promises,": a noun that ends its clause; but "by suggesting, in English, that ..."
	}
	if c.at > 2 && sn.low(c.at-1) == "who" && !sn.toks[c.at-2].party && sn.in(c.at-3, prepositions) {
		return nil, c.end, false // "a deal with leaders who wanted to keep the war going": nobody named
	}
	if kind == Demand && c.form == formVerb && (sn.verbCue(c.at) == Demand || particleCues["for"][sn.low(c.at)] == Demand) && sn.speculated(c.at) {
		return nil, c.end, false // "the Kremlin could eventually ask for ...", "which Russia would presumably want": a guess, no position
	}
	if kind == Demand && sn.pastComparison(c.at) {
		return nil, sn.contentEnd(c.end), false // "... than the one he held in the spring, when Washington pressed both sides to accept a truce": neither demand nor acceptance now
	}
	if kind == Demand && sn.pastStance(c) {
		return nil, c.end, false // "flew to Alaska seeking a ceasefire, now says ...": given up
	}
	parties, head := sn.subjectOf(c.at)
	if w := sn.low(c.at); len(parties) == 0 && (kind == Demand || kind == Proposal && courseNouns.has(w)) && head != "" && !pronouns.has(head) && !otherNouns.has(head) {
		// "Peskov said a full ceasefire required an end to arms deliveries":
		// a condition stated by whoever reports it.
		parties = sn.reporter(c.at)
		if len(parties) == 0 {
			parties = sn.asideSpeaker(c.at, c.end) // "The fairest option, in his view, was to ..."
		}
		if s := sn.nextWord(sn.clauseStart(c.at), false); len(parties) == 0 && kind == Demand {
			if sn.low(s) == "the" {
				s++
			}
			if sn.in(s, termNouns) || sn.in(s, docNouns) {
				parties = sn.owned(sn.docKind(sn.low(s))) // "The memorandum allows a truce only if ...": its owner's
			}
			if len(parties) == 0 && settlementNouns.has(head) && sn.st.owner[Demand] != "" && sn.st.sentences-sn.st.ownedAt <= 2 && (sn.st.prev == "" || sn.st.prev == sn.st.owner[Demand]) {
				// but "Moscow handed Kyiv a memorandum. Ukraine dismissed the document. Any deal requires Ukraine's consent": the other side spoke between
				parties = sn.owned(Demand) // "... a draft memorandum. Let me remind you of its main provisions. A final settlement requires ...": its terms
			}
		}
		if p := cmp.Or(sn.st.labelVoice, sn.st.author); len(parties) == 0 && p != "" && !sn.quoted[c.at] && !planNouns.has(head) && !termNouns.has(head) && !docNouns.has(head) && !sn.relativeWho(c.at) {
			parties = []string{p} // an interview's answer: "A truce could start only if the other side halts its mobilisation"; an op-ed's
		}
	}
	if w := sn.low(c.at); kind == Proposal && (strings.HasPrefix(w, "promis") || strings.HasPrefix(w, "pledg") || strings.HasPrefix(w, "committ")) && (sn.eachSide(sn.prevWord(c.at)) || len(parties) > 1 && twoSides(parties)) {
		// "Each side promised to free 1,000 prisoners", "both sides
		// pledged to ...", "Russia and Ukraine committed to ensuring safe
		// navigation": what each promises the other is agreed
		kind = Agreement
		if len(parties) == 0 {
			parties = sn.bothSides()
		}
		parties = parties[:min(1, len(parties))]
	}
	if kind == Demand && strings.HasPrefix(sn.low(c.at), "need") && sn.low(c.end) != "to" && len(parties) == 1 && slices.Contains(sn.st.sides, parties[0]) {
		if s := sn.reporter(c.at); len(s) == 1 && s[0] != parties[0] && !slices.Contains(sn.st.sides, s[0]) {
			// "European leaders said ... that Ukraine needed ironclad
			// security guarantees": what they ask for it, said with whom for
			if m := sn.mentAt[sn.beforeAdverb(c.at)]; m < 0 {
				parties = s
			} else if a := sn.asideBefore(c.at); a > 0 && sn.mentAt[a-1] == m {
				end := sn.contentEnd(c.end)
				return sn.emit(s, Demand, append(slices.Clone(sn.span(sn.ments[m].start, sn.ments[m].end)), sn.span(c.at, end)...)), end, false // "Ukraine, they added, needs ..."
			} else {
				end := sn.contentEnd(c.end)
				return sn.emit(s, Demand, sn.span(sn.ments[m].start, end)), end, false
			}
		}
	}
	plan := false
	if (planNouns.has(head) || termNouns.has(head)) && kind != Rejection && kind != Agreement {
		demanded := kind == Demand && ((sn.in(c.at, planDemands) || sn.low(c.at) == "demanded" || sn.low(c.at) == "called" && sn.low(c.at+1) == "for") && len(parties) == 1 && (slices.Contains(sn.st.sides, parties[0]) || parties[0] == "europe") ||
			strings.HasPrefix(sn.low(c.at), "insist")) // "The European counter-proposal insists that ...": any side's text that insists demands
		if kind == Demand && sn.low(c.at-2) == "any" && sn.in(c.at-1, planNouns) {
			// "European leaders said any plan needed Ukrainians and
			// Europeans on board": the speakers' condition on any plan
			if p := sn.reporter(c.at); len(p) == 1 {
				end := sn.contentEnd(c.end)
				return sn.emit(p, Demand, sn.span(c.at-2, end)), end, false
			}
		}
		offered := kind == Proposal && strings.HasPrefix(sn.low(c.at), "offer") && !slices.ContainsFunc(sn.toks[c.end:min(c.end+4, len(sn.toks))], func(t token) bool {
			return t.in(optionWords) || t.low == "routes" || t.low == "paths" || t.low == "choice"
		})
		kind, plan = sn.docKind(head), true
		if demanded {
			kind = Demand // "The Russian document demanded that Ukraine recognise Crimea": a side's text demands
		} else if offered {
			kind = Proposal // "Moscow's memorandum offers a two- to three-day truce": what even terms give
		}
		if len(parties) == 0 {
			parties = sn.ownedDoc(head, kind)
			if len(parties) == 0 && sn.st.prev != "" {
				parties = []string{sn.st.prev} // "Russia presented a memorandum. The memorandum would require ..."
			}
		} else {
			sn.own(head, parties[0])
		}
	} else if optionWords.has(head) && len(parties) == 0 && sn.st.lastDoc != "" && kind == Demand {
		// "Under Russia's terms, ... A second option would require Kyiv to
		// halt mobilisation": one of the terms named before.
		parties, plan = sn.owned(sn.st.lastDoc), true
	}
	if w := sn.low(c.at); kind != Rejection && sn.negated(c.at) && w != "imagine" && w != "envisage" {
		return nil, c.end, false // but "could not imagine a meeting without a ceasefire" demands the ceasefire
	}
	if kind == Rejection && !c.refusal && (sn.low(c.at-1) == "without" || sn.negated(c.at) && sn.rejectionVerb(c.at)) {
		return nil, c.end, false // "without ruling out more later", "had never ruled out a meeting": nothing rejected
	}
	if len(parties) == 0 && kind == Proposal && head != "" && !pronouns.has(head) {
		if k := sn.trailingSpeech(); k > c.at {
			// "Twenty-six countries committed to deploy troops, Macron said"
			parties, _ = sn.subjectOf(k)
		}
	}
	if sn.low(c.end) == "in" && sn.low(c.end+1) == "advance" {
		c.end += 2 // "rejected in advance any agreement reached without Ukraine"
	}
	if kind == Proposal && sn.low(c.end) == "," && sn.in(sn.nextWord(c.end+1, false), pronouns) {
		return nil, c.end, false // `"We committed, we delivered"`: no object
	}
	if comma := sn.reducedRelative(c); comma > 0 && (kind == Proposal || kind == Agreement || kind == Demand && sn.low(comma+1) != "and") {
		// "dismissed the idea of a temporary ceasefire, proposed by Ukraine
		// and its European allies": the proposal before the comma, theirs;
		// "A full 30-day ceasefire, proposed by the United States and
		// accepted by Ukraine at Jeddah, ...": what each did with it
		if p, e := sn.passiveAgent(c.end+1, c.end); len(p) > 0 {
			if ant := sn.span(sn.antecedent(comma), comma); len(ant) > 0 && !ant[len(ant)-1].in(planNouns) && ant[len(ant)-1].low != "idea" {
				return sn.emit(p, kind, ant), e, false
			}
			return nil, e, false // "An earlier idea, put forward by Macron, would ...": the clause says what
		}
	}
	if e := c.end + b2i(sn.low(c.end) == "on" || sn.low(c.end) == "for"); kind == Demand && (e >= len(sn.toks) || !sn.toks[e].word || (sn.low(e) == "as" || sn.in(e, prepositions)) && sn.whoseBefore(c.at) > 0) { // also "whose return Ukraine is seeking as a first step"
		if w := sn.whoseBefore(c.at); w > 0 {
			// "a list of 339 children whose return Kyiv is demanding", ",
			// whose return it demands": the return of those children.
			ant := sn.span(sn.antecedent(w), w)
			if sn.low(w-1) == "," {
				ant = sn.phraseBeforeComma(w - 1)
				if m := sn.mentAt[max(w-2, 0)]; len(ant) == 0 && m >= 0 && sn.ments[m].end == w-1 && !sn.ments[m].poss {
					s := sn.ments[m].start
					s -= b2i(sn.low(s-1) == "the")
					ant = slices.Clone(sn.span(s, w-1)) // "Zelensky, whose resignation Moscow demands": a name closes the comma
					if len(ant) > 0 && ant[0].low == "the" {
						ant[0].text = "the"
					}
				}
			}
			if len(ant) == 0 {
				return nil, c.end, false
			}
			return sn.emit(parties, kind, returnOf(sn.span(w+1, w+2), ant)), c.end, false
		}
	}
	if kind == Proposal && c.at > 2 && sn.low(c.end) == "," && sn.toks[c.at-2].text == "," && (sn.in(c.at-1, pronouns) || sn.mentAt[c.at-1] >= 0) {
		// "A ceasefire for the campaign, he suggested, would be ...": what
		// he suggested comes before the aside.
		if cs := sn.clauseStart(c.at - 2); c.at-2-cs >= 2 {
			return sn.emit(parties, kind, sn.span(cs, c.at-2)), c.end, false
		}
	}
	if a := sn.saidAside(c.end); kind == Agreement && !sn.quoted[c.at] && a > 0 && a < len(sn.toks) && sn.toks[a].word && sn.low(a) != "that" && sn.low(a) != "and" && !sn.in(a, clauseWords) {
		c.end = a // "had agreed, in Mr Zelensky's words, about 90 per cent of the framework": over the aside
	} else if n := sn.low(a + 1 + b2i(countWords[sn.low(a+1)] || sn.low(a+1) == "both")); kind == Demand && c.end == c.at+1 && a > 0 && a+1 < len(sn.toks) && (sn.low(a) == "on" || sn.low(a) == "for") && sn.toks[a+1].word && !timeNouns.has(strings.TrimSuffix(n, "s")) && n != "behalf" {
		c.end = a + 1 // "Kyiv insisted, he said, on an all-for-all exchange": over the aside and the particle
	}
	end := sn.contentEnd(c.end)
	if cs := sn.clauseStart(c.at); cs > 1 && (sn.low(cs-1) == "who" || sn.low(cs-1) == "which") && sn.low(cs-2) == "," {
		// "Putin, who did not accept the ceasefire, met Trump": the
		// relative clause ends at its comma.
		if k := slices.IndexFunc(sn.toks[c.end:end], func(t token) bool { return t.text == "," }); k > 0 && sn.mainVerbAt(c.end+k+1) {
			end = c.end + k
		}
	}
	if k := sn.thatAfterPhrase(c.end); k > 0 && !(sn.low(k) == "that" && sn.in(c.at, movedActs)) {
		end = sn.contentEnd(k) // "agreed in a phone call on Wednesday that ..."; but "will not withdraw from land that Russia could not take": a relative clause
		c.end = k
	}
	if kind == Agreement && strings.HasPrefix(sn.low(c.at), "sign") && (sn.low(c.end) == "for" || sn.low(c.end) == "by") {
		return nil, end, false // "Shoigu signed for Moscow", "a statement signed by the leaders of France": who signs, not what
	}
	if kind == Agreement && sn.low(c.end) == "in" && sn.low(c.end+1) == "principle" {
		c.end += 2 // "agreed in principle to a 1,200-for-1,200 swap"
	}
	if w := sn.low(c.end); (kind == Demand || kind == Proposal) && (w == "in" || w == "at") {
		k := c.end + 1
		for k < len(sn.toks) && k <= c.end+3 && sn.toks[k].caps && sn.toks[k].word {
			k++
		}
		if k > c.end+1 && sn.in(k, determiners) {
			c.end = k // "Kyiv demanded in Abu Dhabi a durable energy ceasefire": over where
		}
	}
	content, end := sn.objectOverAside(c.end, end)
	if m := sn.mentAt[min(c.end+b2i(sn.low(c.end) == "the"), len(sn.toks)-1)]; kind == Proposal && strings.HasPrefix(sn.low(c.at), "offer") && m >= 0 && sn.recipient(sn.ments[m]) && len(content) > sn.ments[m].end-c.end+1 && content[0].pos == sn.toks[c.end].pos {
		content = content[sn.ments[m].end-c.end:] // "Kyiv offered Moscow an energy truce", "offered Kyiv security guarantees": what, not to whom
	}
	if n, w := len(content), sn.low(c.at); n > 4 && content[n-3].low == "on" && content[n-2].low == "the" && content[n-1].low == "table" && (w == "put" || w == "puts" || w == "putting" || w == "placed" || strings.HasPrefix(w, "offer")) && content[0].low != "to" {
		content = content[:n-3] // "put a 30-hour truce on the table": the truce; but "proposed keeping the issue on the table", "offered to leave it on the table"
	}
	if kind == Demand && sn.low(c.at) == "only" && len(content) > 1 && (content[0].low == "they" || content[0].low == "it") {
		if cs := sn.clauseStart(c.at); sn.in(cs, determiners) && (cs == 0 || sn.low(cs-1) == "that" || sn.in(cs-1, speechVerbs)) && c.at-cs >= 2 && c.at-cs <= 5 && !sn.anyIn(cs, c.at, modalsInContent) && !slices.ContainsFunc(sn.toks[cs:c.at], func(t token) bool { return !t.word || t.party }) {
			// "the guarantees only made sense if they were backed by
			// American support": the guarantees
			content = append(sn.span(cs, c.at), content[1:]...)
		}
	}
	if p := sn.toks[max(c.at-1, 0)]; kind == Agreement && c.at > 2 && sn.low(c.at) == "agreed" && p.word && !p.caps && !p.party && !p.in(skipWords) && !p.in(pronouns) && len(content) > 1 && (content[0].low == "in" || content[0].low == "at") && content[1].caps {
		// "the return of 6,000 bodies agreed in Istanbul", "a maritime
		// ceasefire agreed in principle in Riyadh": what was agreed is
		// named before
		if np := sn.nounBefore(c.at); hasAny(np, exchangeWords) || hasAny(np, eventNouns) || hasAny(np, peaceNouns) && sn.low(c.at+2) == "principle" {
			return sn.emit(sn.bothSides(), Agreement, np), c.end, false // the rest of the sentence says more: "... would not take effect until sanctions are eased"
		}
	}
	if kind == Agreement && sn.low(c.at-1) == "," && strings.HasSuffix(sn.low(c.at), "ed") && len(content) > 1 && (content[0].low == "on" || content[0].low == "in" || content[0].low == "at") && (content[1].in(months) || content[1].caps) && !slices.ContainsFunc(content, func(t token) bool { return t.low == "to" || t.low == "that" }) {
		// "a thousand Ukrainians for a thousand Russians, agreed on May 16
		// in Istanbul": what was agreed comes before, not when or where
		if cs := sn.clauseStart(c.at - 1); c.at-1-cs >= 3 && c.at-1-cs <= 14 {
			return sn.emit(parties, kind, sn.span(cs, c.at-1)), end, false
		}
	}
	if kind == Agreement && sn.low(c.end) == "with" && sn.onAfterWith(c.end+1) {
		on := slices.IndexFunc(content, func(t token) bool { return t.low == "on" })
		content = content[on+1:] // "agreed with the US delegation on the main elements": what, not with whom
	}
	if w := sn.low(c.at - 1); kind == Agreement && len(content) > 1 && content[0].low == "no" && strings.HasPrefix(sn.low(c.at), "accept") && (w == "will" || w == "would") {
		kind = Demand // "Russia will accept no European troops on Ukrainian soil": what it will not have
	} else if kind == Agreement && len(content) > 1 && content[0].low == "no" && strings.HasPrefix(sn.low(c.at), "agree") {
		return nil, end, false // "Kyiv said it had agreed no such list with Moscow": nothing agreed
	}
	if w := sn.low(c.at - 1); kind == Agreement && (w == "will" || w == "would") && onlyAs(content) && !sn.negated(c.at) {
		kind = Demand // "Russia will agree to a ceasefire only as part of a final settlement": on its terms, a condition
	}
	if w := sn.low(end + 2); kind == Agreement && sn.low(end) == ";" && sn.low(end+1) == "the" && (w == "total" || w == "number" || w == "figure") && hasAny(content, exchangeWords) {
		e := sn.contentEnd(end + 1)
		content, end = append(slices.Clip(content), sn.span(end, e)...), e // "agreed to exchange all seriously wounded ...; the total will amount to at least 1,000 persons on each side": its size
	}
	if kind == Agreement && sn.low(end) == ":" && wordCount(content) <= 5 {
		// "did agree on one further step: each side is to set out ...":
		// what follows the colon
		more := sn.contentEnd(end + 1)
		content, end = sn.span(end+1, more), more
	}
	if e := sn.saidAside(end); e > 0 && kind == Demand && (sn.low(e) == "and" && sn.andGoesOn(c, e+1) || sn.low(e) == "along" && sn.low(e+1) == "with" || sn.low(e) == "as" && sn.low(e+1) == "well") {
		// "insists that Ukrainian troops leave the Donbas, Lavrov said,
		// and that any amended text keep to ...", "wants an exchange of
		// all for all, Lubinets said, along with the release of
		// civilians", "insists on a ceasefire, he said, and on the return
		// of children": both, over the aside
		more := sn.contentEnd(e + 1)
		content, end = append(slices.Clip(content), sn.span(e, more)...), more
	}
	if kind == Demand || kind == Proposal {
		content, end = sn.overSemicolons(content, end)
	}
	if w := b2i(len(content) > 0 && content[0].low == "on"); len(content) > w+3 && content[w].low == "what" {
		for n := w + 2; n < len(content) && n <= w+4; n++ {
			if namingVerbs[content[n].low] && (content[w+1].in(pronouns) || content[w+1].party || content[w+1].in(determiners) || content[w+1].low == "both") {
				content = content[n+1:] // "agreed on what they (a joint statement) called an updated framework": the framework
				break
			}
		}
	}
	if kind == Demand && strings.HasPrefix(sn.low(c.at), "insist") && assertsFact(content) {
		// "insisting that the children had been evacuated": a claim, not a
		// demand; "..., and that X must ..." goes on to one.
		k := 1
		for k < len(content) && !(content[k].low == "that" && content[k-1].low == "and") {
			k++
		}
		if k == len(content) {
			return nil, end, false
		}
		content = content[k:]
	}
	if w := sn.low(c.at); kind == Proposal && (w == "invited" || w == "invites" || w == "invite") && len(content) > 0 && content[0].party {
		content = sn.span(c.at, end) // "invited Zelenskyy to the White House": the invitation itself
	}
	if that := sn.agreedToBefore(c); (kind == Agreement || kind == Proposal) && that > 0 {
		// "the moratorium on energy strikes that both sides agreed to in
		// March": what was agreed is the noun before "that".
		content, end = sn.span(sn.antecedent(that), that), c.end
	}
	if w := sn.low(c.at); kind == Proposal && (strings.HasPrefix(w, "propos") || strings.HasPrefix(w, "suggest")) && len(content) > 1 && (content[0].low == "for" || content[0].low == "to") && content[1].in(determiners) && slices.ContainsFunc(content[2:min(4, len(content))], func(t token) bool { return t.in(planNouns) }) {
		return nil, end, false // "the changes Britain had suggested for the plan": what was suggested comes before, and is no position of its own
	}
	if kind == Rejection && sn.low(c.end) == "and" && sn.verbCue(c.end+1) != "" {
		content, end = nil, c.end // "Russia has refused and demands ...": a second verb, no object
	}
	if kind == Rejection && (len(content) == 0 || content[0].in(prepositions)) && len(parties) > 0 {
		if mark := sn.ideaBefore(c.at); mark > 0 {
			// "..., an idea Kyiv and the UN both rejected at the time": the
			// idea is what comes before the mark.
			content = sn.span(sn.antecedent(mark), mark)
		}
	}
	if kind == Proposal && (wordCount(content) == 0 || content[0].in(prepositions) && content[0].low != "to") && len(parties) > 0 {
		if comma := sn.commentBefore(c.at); comma > 0 {
			content = sn.span(sn.antecedent(comma), comma) // "a full ceasefire of 30 days, the idea Washington first floated in March"
		}
	}
	if (wordCount(content) == 0 || reasonOpens(content)) && kind == Rejection {
		// "an unconditional ceasefire, which Moscow has refused (on the
		// grounds that ...)"
		if cs := sn.clauseStart(c.at); cs > 1 && sn.low(cs-1) == "which" && sn.toks[cs-2].text == "," {
			content = sn.span(sn.antecedent(cs-2), cs-2)
		} else if comma := sn.commentBefore(c.at); comma > 0 && !sn.negated(c.at) {
			content = sn.span(sn.antecedent(comma), comma) // "X, a position Moscow has rejected"
		} else if len(parties) == 1 && len(sn.st.lastPos) > 0 && sn.st.lastPosParty != parties[0] && !c.refusal && sn.objectless(c.end) {
			// "Ukraine has called for a truce. Russia has refused, saying
			// ...": what it refused is the position before.
			content = slices.Clone(sn.st.lastPos) // the buffer is reused by the next position
		}
	}
	if w := sn.low(c.at); kind == Agreement && (w == "agreed" || w == "accepted") && len(parties) == 1 && !slices.ContainsFunc(content, func(t token) bool { return t.word }) && sn.objectless(c.end) && !sn.negated(c.at) &&
		len(sn.st.lastDemand) > 0 && sn.st.lastDemParty != parties[0] && sn.st.lastDemAt >= sn.st.sentences-1 {
		// "Trump said he had asked Putin not to strike Kyiv for a week,
		// and that Putin had agreed": what was asked is what was agreed
		content = slices.Clone(sn.st.lastDemand)
	}
	if kind == Demand && (wordCount(content) == 0 || content[0].low == "as" || content[0].low == "since" || content[0].text == ",") {
		// "Kyiv has refused to pull its troops out of Donbas, which the
		// Kremlin still demands as the price of ending the fighting"
		cs, s := sn.clauseStart(c.at), sn.strandedSubject(c)
		if cs > 1 && sn.low(cs-1) == "which" && sn.toks[cs-2].text == "," && s < cs && !slices.ContainsFunc(sn.toks[cs:c.at], func(t token) bool { return t.text == "," || t.low == "than" }) {
			// but not "X, which is an offer, and a vaguer one than Moscow
			// would like", nor "X, which is not the truce Kyiv continues to
			// demand": the truce
			if a := sn.antecedent(cs - 2); len(content) > 0 && content[0].text == "," && sn.relativeVerb(a, cs-2) {
				content = nil // but "The talks stalled over Donbas, which Moscow demands, and ...": no clause is demanded
			} else {
				content = sn.span(a, cs-2)
			}
		} else if s > 0 && (wordCount(content) == 0 || content[0].low == "since") {
			content = sn.nounBefore(s) // "well short of the unconditional ceasefire Kyiv keeps calling for": the ceasefire
		}
	}
	if kind == Demand && len(content) > 0 && participle(content[0].low) {
		if s := sn.strandedSubject(c); s > 0 {
			content = append(slices.Clip(sn.nounBefore(s)), content...) // "the civilian infrastructure that Kyiv had wanted covered"
		}
	}
	if kind == Demand && len(content) > 1 && content[0].low == "their" && (content[1].low == "return" || content[1].low == "release") {
		if ant := sn.tradedBefore(c.at); ant != nil {
			content = append(returnOf(content[1:2], ant), content[2:]...) // "handed over a list of 339 children and demanded their return": the return of the children
		}
	}
	if p := slices.IndexFunc(content[:min(4, len(content))], func(t token) bool { return t.low == "them" || t.low == "they" }); kind == Demand && p >= 0 && slices.ContainsFunc(content, func(t token) bool { return homeWords[t.low] }) {
		if ant := sn.tradedBefore(c.at); ant != nil {
			// "a list of 339 children ... and called for every one of them to
			// be returned", "demanded that they be brought home": the children
			content = append(append(slices.Clip(content[:p]), ant...), content[p+1:]...)
		}
	}
	if kind == Demand && !sn.negated(c.at) {
		if comma := sn.commentBefore(c.at); comma > 0 {
			content = sn.span(sn.antecedent(comma), comma) // "X, points Kyiv had pushed for", "X, something Kyiv had insisted on since February"
		}
	}
	if kind == Rejection && len(content) > 2 && content[0].in(refusedPronouns) && content[1].text == ":" && sn.clauseFrom(sn.tokenAt(content[1].pos)+1) {
		// "Medinsky rejected it: Moscow will agree to a meeting only once
		// ...": what follows the colon is the reason, read on its own; but
		// "rejected them: the withdrawal from Donbas, the army cap" names
		// what was rejected
		end, content = sn.tokenAt(content[1].pos), content[:1]
	}
	if kind == Rejection && !c.refusal && len(content) > 1 && content[0].in(refusedPronouns) && (len(content) <= 3 && adverbial(content[1:]) || content[1].low == "for") {
		content = content[:1] // "rejected it each time", "rejected it for exactly that reason"
	}
	if kind == Rejection && !c.refusal && len(content) == 1 && content[0].in(refusedPronouns) {
		// "said the demand to ease sanctions was an attempt to weaken the
		// West, and he rejected it": "it" is the position said before.
		if t := sn.asForTopic(); t != nil && sn.low(sn.nextWord(0, false)) == "as" {
			content = t // "As for European troops, ... we will not accept it"
		} else if strings.HasPrefix(sn.low(c.at), "den") {
			content = nil // "Moscow accuses Kyiv of shelling ...; Kyiv denied it": a claim denied, no position
		} else if said := sn.saidBefore(c.at); len(said) > 0 {
			content = said
		} else if t != nil {
			content = t // "Asked about Kyiv's call for a ceasefire, he said Moscow had rejected it"
		} else if len(parties) == 1 && len(sn.st.lastPos) > 0 && sn.st.lastPosParty != parties[0] && sn.st.lastPosAt >= sn.st.sentences-1 {
			content = slices.Clone(sn.st.lastPos)
		}
	}
	if kind == Rejection {
		for n := 1; n < len(content) && n < 7; n++ {
			if particleCues[content[n].low][sn.low(c.at)] == Rejection && !(n+1 < len(content) && content[n+1].low == "of") {
				content = content[:n] // "turned the summit down": the particle is no part of it
				break
			}
		}
	}
	if (kind == Rejection || kind == Agreement) && len(parties) == 1 {
		content = sn.anaphor(content, parties[0]) // "Kyiv has rejected that demand", "Putin accepted this initiative"
	}
	if kind == Rejection && strings.HasPrefix(sn.low(c.at), "den") && (deniesReport(content) || sn.low(c.end-1) == "that") {
		sn.disputed = true
		return nil, end, false // "Kyiv denies a Russian claim that ...", "He denied, as Moscow has done before, that ...": a report disputed, no position rejected
	}
	if c.refusal && (wordCount(content) == 0 || sn.low(c.end) == "," && sn.commaEnds(c.end)) {
		// "an ultimatum that Kyiv will not accept, Zelenskyy said": what is
		// refused is the noun before "that"; with nothing to refuse, no position.
		if cs := sn.clauseStart(c.at); cs > 1 && (sn.low(cs-1) == "that" || sn.low(cs-1) == "which") {
			return sn.emit(parties, Rejection, sn.span(sn.antecedent(cs-1), cs-1)), end, false
		}
		return nil, end, false
	}
	if c.refusal && len(content) > 1 && (content[0].low == "up" || content[0].low == "over") {
		content = content[1:] // "will not give up land"
	}
	if c.refusal && len(content) > 0 && content[len(content)-1].in(refusedPronouns) && wordCount(content) <= 2 && sn.rejectedBefore(c.at) {
		return nil, end, false // "... would be unacceptable, and Moscow will not agree to it": said once
	}
	if c.refusal && sn.low(c.at-1) == "neither" && sn.low(c.at+1) == "nor" {
		return nil, end, false // "an idea the Kremlin neither accepted nor dismissed": no answer yet
	}
	if c.refusal {
		// "will not recognize any territory taken since 2014" is a
		// condition (a demand); "will not accept the plan" a rejection.
		if k := withoutCondition(content); k > 0 {
			// "would not accept any deal without recognition of Crimea":
			// the condition is what is wanted.
			return sn.emit(parties, Demand, content[k:]), end, false
		}
		if ns := sn.negationStart(c.at); sn.low(ns-1) == "did" || sn.low(ns) == "didn't" || sn.norInverted(c.at) && sn.low(sn.nextWord(0, false)+1) == "did" {
			// "Putin did not accept the ceasefire": a refusal told, not a
			// condition set.
		} else if !rejectsThing(content[:min(4, len(content))]) {
			if strings.HasSuffix(sn.low(c.at), "ed") && (sn.low(c.at-2) == "has" || sn.low(c.at-2) == "have" || sn.low(c.at-2) == "had") {
				return nil, end, false // "Russia has not agreed to any list": a fact reported, no condition
			}
			refused := content
			kind = Demand
			content = sn.negatedSpan(c.at, end)
			if strings.HasPrefix(sn.low(c.at), "accept") && slices.ContainsFunc(refused[:min(3, len(refused))], func(t token) bool { return offeredNouns[t.low] }) {
				// "would not accept troops from NATO countries": a condition
				// ("no troops from NATO countries"), and a rejection of what
				// the other side offers.
				if !slices.ContainsFunc(refused[:min(3, len(refused))], func(t token) bool { return presenceNouns[t.low] }) {
					return sn.emit(parties, Rejection, refused), end, false // "would not accept a ceasefire on the current line": turned down, no demand that there be none
				}
				none := refused[b2i(refused[0].in(determiners) || refused[0].low == "either"):] // "either European troops or a no-fly zone"
				return append(sn.emit(parties, Demand, append([]token{madeWord("no")}, none...)), sn.emit(parties, Rejection, refused)...), end, false
			}
			if w, p := sn.low(c.at), sn.low(c.at+1); w == "leave" || w == "withdraw" || w == "surrender" || w == "cede" || (w == "hand" || w == "give") && (p == "over" || p == "up") ||
				strings.HasPrefix(w, "accept") || strings.HasPrefix(w, "recogni") {
				// "Ukrainian forces would not leave Donbas", "would not hand
				// over territory", "would never recognise occupied land as
				// Russian", "would not accept any cap on its army": a
				// condition, and a rejection of what it refuses, up to a
				// clause of its own ("..., and any settlement had to
				// include ...")
				e := end
				for k := c.at + 1; k+1 < end; k++ {
					if sn.low(k) == "," && (sn.low(k+1) == "and" || sn.low(k+1) == "but") {
						e = k
						break
					}
				}
				what := sn.span(c.at, e)
				if strings.HasPrefix(w, "accept") {
					what = refused[:max(0, len(refused)-(end-e))] // what is accepted, not the acceptance
				}
				return append(sn.emit(parties, Demand, content), sn.emit(parties, Rejection, what)...), end, false
			}
		} else if wordCount(content) < 2 {
			content = sn.negatedSpan(c.at, end) // "not accept ultimatums"
		}
	}
	if c.needEx && (len(content) == 0 || content[0].in(prepositions) && !(len(content) > 1 && content[0].low == "at" && content[1].low == "least")) {
		if s := sn.exchangedSubject(c.at); s >= 0 {
			// "246 prisoners came home in exchange for 246 servicemen"
			content, parties = sn.span(s, end), nil
		}
	}
	if c.needEx && !hasAny(objectOf(content), exchangeWords) && !hasAny(content[:min(3, len(content))], paperNouns) {
		if s := sn.exchangedSubject(c.at); s >= 0 {
			// "390 people returned to each side": the subject is who was exchanged.
			content, parties = sn.span(s, end), nil
		} else if sn.inReturn() && len(content) > 0 && content[0].caps {
			content = sn.span(c.at, end) // "In return the United States released Alexander Vinnik"
		} else {
			return nil, c.end, false
		}
	} else if c.needEx && (!hasAny(objectOf(content), exchangeWords) || hasAny(content[:min(3, len(content))], paperNouns)) {
		return nil, c.end, false // "the memorandum Russia handed over": no exchange, no claim on what follows
	}
	if obj := objectOf(content); c.needEx && len(parties) == 1 {
		if l := slices.IndexFunc(obj[:min(8, len(obj))], func(t token) bool { return t.low == "list" }); l > 0 && l+2 < len(obj) && obj[l+1].low == "of" {
			if w := sn.low(c.at); !strings.HasPrefix(w, "hand") && w != "gave" && w != "give" && w != "gives" {
				return nil, end, false // "Moscow received from Kyiv a list of 400 prisoners": the list is the giver's, no exchange done
			}
			people := obj[l+2:]
			if h := slices.IndexFunc(people, func(t token) bool { return t.in(exchangeWords) }); h > 0 && slices.ContainsFunc(people[:h], func(t token) bool { return t.party && sn.partyOf(t) != parties[0] }) {
				return nil, end, false // "Russia handed over a list of 1,000 Ukrainian prisoners it is prepared to release": not its own people to have back
			}
			// "handed over to the Russian side a list of 339 deported
			// children": the people the giver wants back, no exchange done
			back := append([]token{madeWord("the"), madeWord("return"), madeWord("of")}, obj[l+2:]...)
			back[3].space = true
			return sn.emit(parties, Demand, back), end, false
		}
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
	if kind == Agreement && len(content) > 0 && hasAny(objectOf(content), signedNouns) {
		sn.st.lastDoc = Agreement // "endorsed a package of measures": "the text" is now the deal
	}
	pt := c.end // the participle: "wants returned", also "demands be "returned""
	if sn.low(pt) == "be" {
		pt++
		if pt < len(sn.toks) && quoteMark(sn.toks[pt].text) {
			pt++
		}
	}
	if kind == Demand && len(content) > 0 && pt < len(sn.toks) && content[0].pos == sn.toks[c.end].pos && (participle(sn.low(pt)) || sn.in(pt, pastTenses)) {
		if np, ne, rs := sn.relativeHead(c.at); np >= 0 {
			// "a list of 339 children it says were deported and wants
			// returned": the children, returned.
			e := pt + 1
			if e < len(sn.toks) && sn.toks[e].word {
				e = end
			}
			done := slices.Clone(sn.span(pt, e))
			if len(done) > 0 {
				done[0].space = true
			}
			content = append(sn.span(np, ne), done...)
			if w := sn.low(rs - 1); (w == "whom" || w == "which") && sn.low(rs-2) == "," {
				// "the release of civilians, whom Kyiv wants included in
				// every swap": the civilians' release, included
				content = append(sn.nounBefore(rs-2), done...)
			}
			for n := len(sn.ments) - 1; n >= 0 && sn.in(rs, pronouns); n-- {
				if m := sn.ments[n]; m.end <= np && sn.subjectPosition(m) && (!sn.isAdjectiveMention(m) || sn.in(m.end, agentNouns)) {
					parties = []string{m.party} // "..., while Kyiv (the Ukrainian side) handed over a list of children it says were deported and wants returned": Kyiv's
					break
				}
			}
		}
	}
	if kind == Demand && sn.deniedAfter(end, parties) {
		return nil, end, false // "Moscow says Kyiv wants X, which Kyiv denies": a disputed claim
	}
	if kind == Proposal && len(parties) > 0 && (sn.in(c.at, readyWords) || strings.HasPrefix(sn.low(c.at), "offer")) {
		for q := c.end + 1; q+6 < len(sn.toks) && q < end; q++ {
			if sn.low(q) == "if" && sn.low(q+1) == "," && sn.low(q+2) == "and" && sn.low(q+3) == "only" && sn.low(q+4) == "if" && sn.low(q+5) == "," {
				// "ready to give up its NATO bid if, and only if, the
				// United States provided guarantees": the offer, and its
				// proviso a demand
				e := sn.contentEnd(q + 6)
				return sn.offerWithPrice(parties, kind, sn.span(c.end, q), sn.span(q+6, e)), e, plan
			}
		}
	}
	p := end + b2i(sn.low(end) == "," || sn.low(end) == "—" || sn.low(end) == "–") // "ready to move quickly — provided that ..."
	if kind == Agreement && len(parties) > 0 && sn.wouldAt(c.at) {
		// "Moscow would agree to a ceasefire if ...": a willingness on a
		// condition, no deal made; but "Medinsky said Russia would return
		// the bodies" reports a deal
		if sn.low(p) == "if" || sn.low(p) == "once" {
			kind = Proposal // also "would agree to a ceasefire once it obtains ..."
		} else if k := slices.IndexFunc(content, func(t token) bool { return t.low == "if" }); k > 1 && k+2 < len(content) {
			return sn.offerWithPrice(parties, Proposal, content[:k], content[k+1:]), end, plan // the condition inside the content
		}
	}
	if kind == Proposal {
		a := sn.saidAside(end)
		if a > 0 && sn.low(a) == "if" {
			p = a // "ready to give up its bid to join NATO, the president told reporters, if ..."
		}
		if a > 0 && len(parties) > 0 && sn.in(c.at, readyWords) && sn.low(a) == "as" && sn.low(a+1) == "long" && sn.low(a+2) == "as" {
			// "was ready for that, he said, as long as Russia took part at
			// the same level": the proviso over the aside
			e := sn.contentEnd(a + 3)
			return sn.offerAndProviso(parties, kind, content, sn.span(a+3, e)), e, plan
		}
	}
	if q := p + b2i(sn.low(p) == "but"); kind == Proposal && len(parties) > 0 && q > end {
		q += b2i(sn.low(q) == "only")
		if sn.inReturnAt(q) && sn.low(q+2) == "for" {
			// "ready to give up its NATO bid, but only in return for
			// binding guarantees": the price of the offer is a demand
			e := sn.contentEnd(q + 3)
			return sn.offerWithPrice(parties, kind, content, sn.span(q+3, e)), e, plan
		}
	}
	if (kind == Agreement || kind == Proposal) && len(parties) > 0 && (sn.low(p) == "provided" || sn.low(p) == "providing" || (sn.low(p) == "if" || sn.low(p) == "once") && kind == Proposal && (sn.in(c.at, readyWords) || strings.HasPrefix(sn.low(c.at), "offer") || sn.wouldAt(c.at))) {
		// "ready to accept the truce, provided Russia accepts it too",
		// "prepared (has offered) to give up its NATO bid if ... provided
		// guarantees": the proviso is a demand of the same side.
		e := sn.contentEnd(p + 1)
		return sn.offerWithPrice(parties, kind, content, sn.span(p+1, e)), e, plan
	}
	if kind == Proposal && len(parties) > 0 && sn.in(c.at, readyWords) {
		if k := asLongAs(sn.span(c.end, min(end+6, len(sn.toks)))); k > 0 {
			// "ready to hold one within 90 days as long as the US and
			// Europe guarantee security": the offer with its proviso,
			// and the proviso, a demand, unless it only mirrors the
			// offer ("as long as Moscow did the same")
			e := sn.contentEnd(c.end + k)
			offer := sn.span(c.end, e)
			if sn.low(c.end+k-2) == "only" {
				offer = sn.span(c.end, c.end+k-2) // "ready to hold elections only once ...": the elections
			} else if p := c.end + k - 4; sn.low(p) == "," && p > c.end {
				offer = sn.span(c.end, p) // "ready to give up the bid, as long as ...": the bid
			}
			return sn.offerAndProviso(parties, kind, offer, sn.span(c.end+k, e)), e, plan
		}
	}
	if kind == Proposal && len(parties) > 0 && sn.low(end) == "and" && (sn.low(end+1) == "would" || sn.low(end+1) == "will") {
		// "was prepared to answer in kind and would not hit energy
		// facilities as long as ...": a second offer of the same side.
		e := sn.contentEnd(end + 2)
		return append(sn.emit(parties, kind, content), sn.emit(parties, kind, sn.span(end+2, e))...), e, plan
	}
	if kind == Proposal && len(parties) > 0 && (sn.in(c.at, readyWords) || strings.HasPrefix(sn.low(c.at), "offer")) {
		if k, start := provisoIn(content); k > 0 {
			// "Russia offers a truce only if Kyiv's troops pull out", "offered
			// an energy truce on condition that Russia stop strikes": the
			// offer, and its proviso a demand of the same side
			return sn.offerAndProviso(parties, kind, content[:k], content[start:]), end, plan
		}
	}
	if k := inExchangeFor(content); kind == Demand && k > 4 && len(parties) > 0 {
		// "wants Ukraine out of Donetsk in return for freezing the rest of
		// the front": what a side asks, and what it offers for it
		return append(sn.emit(parties, Demand, content[:k-3]), sn.emit(parties, Proposal, content[k:])...), end, plan
	}
	if kind == Proposal {
		if k := inExchangeFor(content); k > 0 {
			// "ready to give up its NATO bid in exchange for binding
			// guarantees": the price of an offer is a demand.
			return sn.offerWithPrice(parties, kind, content, content[k:]), end, plan
		}
		if n := len(content); n >= 6 && content[n-2].low == "in" && content[n-1].low == "return" {
			if k := slices.IndexFunc(content, func(t token) bool { return t.low == "if" }); k > 1 && n > k+4 {
				// "offers to drop the NATO bid if the West provides binding
				// guarantees in return": the offer, and its price
				return sn.offerWithPrice(parties, kind, content[:k], content[k+1:n-2]), end, plan
			}
		}
	}
	if kind == Proposal && len(parties) > 0 {
		if n := planHead(content); n != "" {
			sn.own(n, parties[0]) // "put forward a counter-draft of their own. It would cap ..."
			plan = true
		}
	}
	if kind == Demand {
		if len(content) > 0 && content[0].low == "what" {
			if k := slices.IndexFunc(content, func(t token) bool { return t.text == ":" }); k > 1 && k+2 < len(content) {
				content = content[k+1:] // "asking for what it has been asking for since March: a full ceasefire"
			}
		}
		if m := slices.IndexFunc(content, func(t token) bool { return t.low == "must" || t.low == "should" || t.low == "to" }); m > 1 && (content[0].low == "that") != (content[m].low == "to") {
			if k, e := sn.secondObligation(end, content[m].low); k > 0 {
				return append(sn.emit(parties, kind, content), sn.emit(parties, kind, slices.Concat(content[:m], sn.span(k, e)))...), e, plan // "insisted that Europe must ..., which ..., and must ..."
			}
		}
	}
	if n := len(content); n > 2 && content[n-1].text == ":" {
		e := n - 2
		if e > 3 && content[e].low == "things" && content[e-1].low == "other" && content[e-2].low == "among" {
			e -= 3 + b2i(content[e-3].text == ",")
		}
		if includeVerbs[content[e].low] {
			return nil, end, plan // "proposes that a future treaty include, among other things:": what it includes is in the points
		}
	}
	if kind == Demand && toPerceive(content) {
		return nil, end, plan // "I would like the Americans to hear this clearly": a wish to be heard, no position
	}
	if lead, against := notContrast(content); kind == Demand && len(parties) > 0 && wordCount(against) > 1 && sn.low(c.at-1) != "not" {
		if lead := sn.emit(parties, Demand, lead); len(lead) > 0 {
			return append(lead, sn.emit(parties, Rejection, against)...), end, plan // "wants peace, not a Christmas truce": what it holds out for, and what it turns down
		}
	}
	if c.form == formVerb && loneTerm(content) {
		content = sn.span(c.at, end) // "insists on neutrality", "wants Donbas": a word alone is too bare to stand; its verb says what of it
	}
	return sn.emit(parties, kind, content), end, plan
}

// comparedWith reports whether the noun at k is named only to be compared
// with another: "800,000 rather than the 600,000 in the US draft", "the
// European text differs from the US draft", "unlike the American text".
// Such a plan is not the one whose terms go on.
func (sn *sentence) comparedWith(k int) bool {
	for j := sn.phraseStart(k) - 1; j >= 0 && j >= k-8; j-- {
		switch w := sn.low(j); w {
		case "than", "unlike":
			return true
		case "from":
			d := sn.low(j - 1)
			return strings.HasPrefix(d, "differ") || d == "departs" || d == "departed" || d == "departing"
		case ",", ";", ":", "—", "(":
			return false
		}
	}
	return false
}

// ownClaim returns where the claim starts when what a side "must" or
// "should" do at k is to take part or to insist ("be among the
// guarantors", "have a say", "insist on a seat at the table"), or -1.
func (sn *sentence) ownClaim(k int) int {
	if w := sn.low(k); w == "itself" || w == "themselves" || w == "also" {
		k++ // "Russia must itself be among the guarantors"
	}
	w, n := sn.low(k), sn.low(k+1)
	switch {
	case w == "be" && (n == "among" || n == "part" || n == "included" || n == "involved" || n == "represented" || n == "consulted" || n == "at" || n == "one" && sn.low(k+2) == "of"):
		return k
	case w == "have" && (n == "a" || n == "its") && (sn.low(k+2) == "say" || sn.low(k+2) == "seat" || sn.low(k+2) == "voice" || sn.low(k+2) == "place"):
		return k + 1
	case (w == "insist" || w == "press") && (n == "on" || n == "for"):
		return k + 2
	case w == "demand" || w == "seek" || w == "receive" || w == "get" || w == "obtain":
		return k + 1 // "Ukraine must receive guarantees strong enough to deter another invasion"
	}
	return -1
}

// whoseBefore returns the "whose" of a relative clause that the verb at v
// closes ("children whose return Kyiv is demanding"), or -1.
func (sn *sentence) whoseBefore(v int) int {
	for k := v - 1; k > 0 && k >= v-6; k-- {
		if sn.low(k) == "whose" {
			return k
		}
		if !sn.toks[k].word {
			return -1
		}
	}
	return -1
}

// anyText reports whether a token in [a, b) is text.
func (sn *sentence) anyText(a, b int, text string) bool {
	return slices.ContainsFunc(sn.toks[a:b], func(t token) bool { return t.text == text })
}

// partyOf returns the party of the mention that holds token t, or "".
func (sn *sentence) partyOf(t token) string {
	for _, m := range sn.ments {
		for k := m.start; k < m.end; k++ {
			if sn.toks[k].pos == t.pos {
				return m.party
			}
		}
	}
	return ""
}

// asForTopic returns the topic a sentence opens with, "As for X, ..." or
// "Asked about X, ...", or that an aside after its subject names
// ("Peskov, asked about the European plan, said ..."), up to its comma, or
// nil.
func (sn *sentence) asForTopic() []token {
	k := sn.nextWord(0, false)
	asked := func(k int) bool { return sn.low(k) == "asked" && (sn.low(k+1) == "about" || sn.low(k+1) == "on") }
	if !(sn.low(k) == "as" && sn.low(k+1) == "for" || asked(k)) {
		// "As for European troops, ...", "Asked about Kyiv's call for a
		// ceasefire, ..."; else an aside
		if k = slices.IndexFunc(sn.toks, func(t token) bool { return t.text == "," }) + 1; k <= 1 || k > 6 || !asked(k) {
			return nil
		}
	}
	a := k + 2
	for e := a; sn.low(k+1) == "on" && e < len(sn.toks) && e < k+12 && sn.toks[e].text != ","; e++ {
		if sn.low(e) == "about" {
			a = e + 1 // "asked on Monday (on the sidelines of the summit) about the plan": the plan
			break
		}
	}
	for e := a; e < len(sn.toks) && e < a+12; e++ {
		if sn.toks[e].text == "," {
			if e > a {
				return sn.span(a, e)
			}
			return nil
		}
	}
	return nil
}

// planHead returns the plan noun a content names first, over an article
// and up to two modifiers ("a counter-draft of their own", "a revised
// plan") and over "(their own) version of" ("their own version of the
// plan": the plan), or "".
func planHead(content []token) string {
	if k := slices.IndexFunc(content[:min(4, len(content))], func(t token) bool { return t.low == "version" }); k >= 0 && k+1 < len(content) && content[k+1].low == "of" {
		content = content[k+2:] // "their own version of the plan": the plan
	}
	for i, t := range content {
		if i > 3 || !t.word {
			return ""
		}
		if t.in(planNouns) && !t.in(termNouns) && !(i > 0 && content[i-1].low == "to") { // but "to offer alternatives": a verb
			return t.low
		}
	}
	return ""
}

// adverbial reports whether tokens only say when, where or how: "each
// time", "again", "outright", "in Berlin".
func adverbial(toks []token) bool {
	for i, t := range toks {
		if (t.low == "in" || t.low == "at") && i+1 < len(toks) && toks[i+1].caps {
			continue // "in Berlin"
		}
		if t.caps && i > 0 && (toks[i-1].low == "in" || toks[i-1].low == "at") {
			continue
		}
		switch t.low {
		case "each", "every", "time", "again", "outright", "immediately", "repeatedly", "flatly", "publicly", "too", "also", "once", "the", "next", "later", "on", "out", "of", "hand", "within", "hours", "days", "minutes", "quickly", "swiftly":
		default:
			if !t.in(timeNouns) {
				return false
			}
		}
	}
	return true
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// withoutCondition returns where the condition starts in a refused
// content of the form "any deal without Y" (at Y), or -1.
func withoutCondition(content []token) int {
	if len(content) > 2 && (content[0].low == "anything" || content[0].low == "nothing") && content[1].low == "without" {
		return 2 // "will not sign anything without security guarantees"
	}
	if len(content) < 4 || (content[0].low != "any" && content[0].low != "a") || !rejectsThing(content[1:2]) {
		return -1
	}
	if content[2].low == "without" {
		return 3
	}
	return -1
}

// saidBefore returns what was said in the clause before ", and he
// rejected it" (from after the speech verb to the comma), or nil.
func (sn *sentence) saidBefore(at int) []token {
	k := at - 1
	for ; k > 1 && k > at-5; k-- {
		if sn.low(k) == "and" && sn.toks[k-1].text == "," {
			break
		}
	}
	if k <= 1 || k <= at-5 {
		return nil
	}
	for v := 0; v < k-1; v++ {
		if sn.in(v, speechVerbs) {
			if c := sn.prevWord(v - 1); c > 1 && sn.toks[c].text == "," && (sn.in(v-1, pronouns) || sn.mentAt[v-1] >= 0) {
				// "A truce would only drag the war out, he said, and
				// Moscow rejects it": what was said comes first.
				start := 0
				for n := 0; n < c && n < 8; n++ {
					if sn.low(n) == "that" {
						start = n + 1 // "Both presidents believe that ..."
					}
				}
				if wordCount(sn.span(start, c)) < 3 {
					return nil
				}
				return sn.span(start, c)
			}
			start := v + 1
			if sn.low(start) == "that" {
				start++
			}
			end := k - 1
			for b := start + 2; b < end; b++ {
				if sn.in(b, beWords) {
					end = b // "the demand to ease sanctions was an attempt ...": the thing judged
					break
				}
			}
			if wordCount(sn.span(start, end)) < 3 {
				return nil
			}
			return sn.span(start, end)
		}
	}
	return nil
}

// deniesReport reports whether denied content is a report or a charge
// ("denies a claim that ...", "denied that ...") rather than a request.
func deniesReport(content []token) bool {
	if len(content) == 0 {
		return false
	}
	if w := content[0].low; w == "that" || len(w) > 5 && strings.HasSuffix(w, "ing") {
		return true // "denied that ...", "denies slowing the exchange"
	}
	for _, t := range content[:min(4, len(content))] {
		if reportedNouns[strings.TrimSuffix(t.low, "s")] {
			return true
		}
	}
	return false
}

// provisoIn returns where a proviso opens inside an offer's content and
// where its words start ("a truce only if Kyiv's troops pull out", "an
// energy truce on (the) condition that Russia stop strikes", "a truce
// provided (that) the guns fall silent"), or -1, -1. The offer takes two
// words at least: in "offered talks only when the time is right" the one
// word "talks" is no statement, and the offer is read whole.
func provisoIn(content []token) (int, int) {
	for k := 2; k+2 < len(content); k++ {
		w, n := content[k].low, content[k+1].low
		switch {
		case w == "only" && (n == "if" || n == "once" || n == "after" || n == "when"):
			return k, k + 2
		case w == "on" && (n == "condition" || n == "the" && content[k+2].low == "condition"):
			c := k + 1 + b2i(n == "the")
			if c+2 < len(content) && content[c+1].low == "that" {
				return k, c + 2
			}
		case (w == "provided" || w == "providing") && content[k-1].word:
			return k, k + 1 + b2i(n == "that")
		}
	}
	return -1, -1
}

// dealSays are what a deal made does with its terms: "The agreement
// provides for (envisages, includes) ...".
var dealSays = map[string]bool{"provides": true, "envisages": true, "envisions": true, "foresees": true, "includes": true, "stipulates": true, "covers": true}

// inExchangeFor returns where the price starts in an offer's content
// ("X in exchange for Y", "X in return for Y": at Y), or -1.
func inExchangeFor(content []token) int {
	for k := 1; k+3 < len(content); k++ {
		if content[k].low == "in" && (content[k+1].low == "exchange" || content[k+1].low == "return") && content[k+2].low == "for" {
			return k + 3
		}
	}
	return -1
}

// inReturnAt reports whether "in return" or "in exchange" stands at k.
func (sn *sentence) inReturnAt(k int) bool {
	w := sn.low(k + 1)
	return sn.low(k) == "in" && (w == "return" || w == "exchange")
}

// deniedAfter reports whether the position ending at the comma at k is
// denied by its own holder: ", which Kyiv denies", ", a charge Kyiv
// rejected".
func (sn *sentence) deniedAfter(k int, parties []string) bool {
	if len(parties) != 1 || k >= len(sn.toks) || sn.toks[k].text != "," {
		return false
	}
	n := k + 1
	switch sn.low(n) {
	case "which":
		n++
	case "a", "an":
		if !sn.in(n+1, commentNouns) {
			return false
		}
		n += 2
	default:
		return false
	}
	m := sn.mentAt[min(n, len(sn.toks)-1)]
	if n >= len(sn.toks) || m < 0 || sn.ments[m].party != parties[0] {
		return false
	}
	switch sn.low(sn.nextWord(sn.ments[m].end, true)) {
	case "denies", "denied", "deny", "disputes", "disputed", "rejects", "rejected", "dismisses", "dismissed":
		return true
	}
	return false
}

// passivePosition reads "A ceasefire was demanded by Moscow" and "The swap
// took place on Friday": the content is the clause's subject.
func (sn *sentence) passivePosition(c cue) ([]found, int, bool) {
	if n := sn.low(c.at + 1); c.kind == Agreement && c.passive && sn.in(c.at-1, beWords) && sn.low(c.at-2) == "it" && sn.clauseStart(c.at-2) == c.at-2 && (n == "to" || n == "that") {
		// "It was agreed to continue contacts between the delegations",
		// "It was agreed that ...": what the sides settled on
		s := c.at + 2
		e := sn.contentEnd(s)
		return sn.emit(sn.bothSides(), Agreement, sn.span(s, e)), e, false
	}
	aux := c.at
	if sn.low(aux-1) == "," && c.passive {
		for n := aux - 2; n > 0 && n >= aux-6; n-- {
			if sn.low(n) == "," {
				aux = n // "It was, by contrast, insisted by ...": over the aside
				break
			}
		}
	}
	for aux > 0 && (sn.in(aux-1, skipWords) || sn.low(aux-1) == "get" || sn.low(aux-1) == "got" || c.passive && passiveAdverb(sn.low(aux-1))) {
		aux-- // "was once again sought": the subject comes before it all
	}
	cs := sn.clauseStart(aux)
	if v := cs - 1; sn.in(v, speechVerbs) && sn.low(cs) == "by" && !sn.commaThenDeterminer(cs, aux) {
		// "a pullout from the regions claimed by Russia was presented as
		// a condition": the subject is longer, from the comma after an
		// opening phrase ("According to an official who briefed
		// journalists, ...")
		cs = sn.clauseStart(v)
		for k := v - 1; k > cs; k-- {
			if sn.low(k) == "," {
				cs = k + 1
				break
			}
		}
	}
	for c.kind != Agreement && cs > 1 && (sn.low(cs-1) == "before" || sn.low(cs-1) == "after" || sn.low(cs-1) == "until") && sn.toks[cs-2].word && !sn.in(cs-2, beWords) && !sn.in(cs-2, clauseWords) &&
		!slices.ContainsFunc(sn.toks[cs:aux], func(t token) bool { return t.in(finiteVerbs) || t.in(beWords) }) {
		cs = sn.clauseStart(cs - 1) // "a ceasefire before the next round of talks was called for by Merz": the whole phrase
		for k := aux - 1; k > cs; k-- {
			if sn.low(k) == "and" && sn.low(k-1) == "," {
				cs = k + 1 // "..., and the deployment of troops after a settlement was described as ...": this clause's subject
				break
			}
		}
	}
	for k := aux - 2; k > cs; k-- {
		if sn.low(k) == "and" && sn.low(k-1) == "," && sn.in(k+1, determiners) {
			cs = k + 1 // "..., Witkoff said, and the exchange was carried out the same week": this clause's subject
			break
		}
	}
	if m := sn.mentAt[max(cs-2, 0)]; cs == aux && cs >= 3 && m >= 0 && sn.ments[m].end == cs-1 && sn.ments[m].start > 0 {
		if a := sn.ments[m].start - 1; sn.toks[a].word && !sn.in(a, prepositions) && !sn.in(a, clauseWords) && sn.verbCue(a) == "" && !sn.in(a, speechVerbs) {
			cs = sn.clauseStart(a) // "A withdrawal from the four regions Russia claims was demanded by Moscow": a relative clause without "that" ends the subject
		}
	}
	subjEnd := aux
	if cs > 2 && sn.low(cs-1) == "as" && sn.low(cs-2) == "," && sn.low(aux-1) == "," {
		// "The establishment of a ceasefire, as a first step, was sought
		// by ...": the subject before the aside
		subjEnd, cs = cs-2, sn.clauseStart(cs-2)
	}
	if w := sn.low(aux - 2); sn.low(aux-1) == "to" && (w == "have" || w == "has" || w == "had") {
		return nil, c.end, false // "would have to be handed over": an obligation, not an event
	}
	content := sn.span(cs, subjEnd)
	for k := 1; k+2 < len(content); k++ {
		if content[k].text == "," && strings.HasSuffix(content[k+1].low, "ed") && content[k+2].low == "by" {
			content = content[:k] // "A full 30-day ceasefire, proposed by the United States ..., was rejected": the ceasefire
			break
		}
	}
	content = dropDate(content)
	if len(content) > 2 && content[0].in(prepositions) {
		for k := 1; k < len(content) && k < 9; k++ {
			if content[k].text == "," {
				content = content[k+1:] // "In it, Ukraine's withdrawal ... was demanded"
				break
			}
		}
	}
	end := c.end
	var parties []string
	if w := sn.low(end); (w == "upon" || w == "on" || w == "for") && sn.low(end+1) == "by" {
		end++ // "is still insisted upon by Moscow", "was called for by Merz"
	}
	if a := end + 1 + b2i(sn.low(end+1) == "more"); passiveAdverb(sn.low(end)) && sn.low(a) == "by" {
		end = a // "was demanded once more by Moscow", "was demanded again (repeatedly) by Moscow"
	}
	if sn.low(end) == "as" {
		for k := end + 1; k < len(sn.toks) && k < end+6 && sn.toks[k].word; k++ {
			if sn.low(k) == "by" {
				end = k // "was described as unacceptable by the Russian foreign ministry"
				break
			}
		}
	}
	if sn.low(end) == "by" {
		parties, end = sn.passiveAgent(end+1, end)
	}
	if len(parties) == 0 && c.kind == Demand {
		parties = sn.openingTextBy(c.at) // "In a memorandum handed over by the Russian side, A and B were set as conditions"
	}
	if w := sn.low(c.at); c.kind == Rejection && c.passive && len(parties) == 0 && wordCount(content) >= 2 && !sn.negated(c.at) && (w == "ruled" || w == "rejected" || w == "dismissed") &&
		!slices.ContainsFunc(content, func(t token) bool { return !t.word || t.in(beWords) }) {
		// "Peskov said such a summit was ruled out until ...": rejected
		// by whoever says so; "Easing the bloc's sanctions was ruled out,
		// an EU spokeswoman said": its own, too; a plain noun phrase, not
		// a clause
		if p := sn.reporter(c.at); len(p) == 1 && !slices.ContainsFunc(content, func(t token) bool {
			if !t.party || ownerlessParty(content, t) {
				return false
			}
			k := sn.tokenAt(t.pos)
			return k < 0 || sn.mentAt[k] < 0 || !sn.ments[sn.mentAt[k]].poss || sn.ments[sn.mentAt[k]].party != p[0] // a party named, not the reporter's own
		}) {
			out := sn.emit(p, Rejection, content)
			if slices.ContainsFunc(content, func(t token) bool {
				return t.low == "troops" || t.low == "contingents" || t.low == "contingent" || t.low == "peacekeepers"
			}) {
				// "the appearance of NATO contingents on Ukrainian territory
				// is ruled out": and none is what it holds out for
				out = append(out, sn.emit(p, Demand, append([]token{madeWord("no")}, content[b2i(content[0].in(determiners)):]...))...)
			}
			return out, end, false
		}
	}
	if c.kind == Demand && len(content) == 1 && content[0].low == "it" && len(parties) == 0 {
		parties = sn.openingTextBy(c.at) // "In a statement issued by European leaders, it was insisted that ..."
	}
	if c.kind == Demand && len(content) == 1 && content[0].low == "it" && len(parties) > 0 {
		// "It was insisted by Ukraine's chief negotiator, Rustem Umerov,
		// that the presidents meet, and that ...": what follows "that",
		// over the agent's apposition
		for k := end; k < len(sn.toks) && k < end+16; k++ {
			if sn.low(k) == "that" {
				e := sn.contentEnd(k)
				return sn.emit(parties, Demand, sn.span(k, e)), e, false
			}
			if !sn.toks[k].word && sn.toks[k].text != "," {
				break
			}
		}
	}
	if c.kind == Agreement && len(content) == 1 && content[0].low == "it" && sn.low(c.end) == "that" && !sn.negated(c.at) {
		// "it was agreed that a further round would be held": what the
		// sides agreed, with no one named
		end := sn.contentEnd(c.end + 1)
		return sn.emit(sn.bothSides(), Agreement, sn.span(c.end+1, end)), end, false
	}
	if c.kind == Agreement && len(content) == 2 && !sn.negated(c.at) {
		// "Peskov said the request had been accepted": the request made
		// before, accepted by whoever says so.
		if parties := sn.reporter(c.at); len(parties) == 1 {
			if a := sn.anaphor(content, parties[0]); a[0].pos != content[0].pos {
				return sn.emit(parties, Agreement, a), end, false
			}
		}
	}
	if c.kind == Agreement && c.passive && !sn.negated(c.at) {
		// "the 20-point framework was 90% agreed": the text is agreed; "90 per
		// cent of the issues had been agreed"
		b := c.at - 1
		for b > cs && !sn.in(b, beWords) {
			b--
		}
		for w := sn.low(b - 1); b-1 > cs && (w == "has" || w == "have" || w == "had"); w = sn.low(b - 1) {
			b-- // "The text on guarantees has been agreed": not "has"
		}
		for k := cs; k < b; k++ {
			if e := sn.saidAside(k); e > 0 && e < b {
				cs = e // "By Monday night, officials said, a 20-point framework had been agreed"
			}
		}
		if sn.in(cs, prepositions) {
			// "At talks in Geneva on 23 November, conducted by Rubio and
			// Yermak, a refined framework was agreed by ...": the framework
			if k := slices.IndexFunc(sn.toks[cs:b], func(t token) bool { return t.text == "," }); k > 0 {
				for n := b - 1; n >= cs+k; n-- {
					if sn.toks[n].text == "," {
						cs = n + 1
						break
					}
				}
			}
		}
		guarantees := func(t token) bool { return strings.HasPrefix(t.low, "guarantee") }
		share := func(t token) bool { return t.low == "cent" || t.low == "percent" || t.text == "%" }
		// but "The European plan was handed over in Geneva" is a paper handed, not agreed (needEx)
		if np := sn.span(cs, b); b > cs && !c.needEx && (hasAny(np, planNouns) || slices.ContainsFunc(np, guarantees) || slices.ContainsFunc(np, share)) && !hasAny(np, eventNouns) {
			parties := sn.reporter(c.at)
			if len(parties) == 0 {
				parties = sn.bothSides()
			}
			if sn.anyText(b+1, c.at, "%") {
				// "the 20-point plan, 90% agreed": how far
				comma := token{text: ",", low: ",", pos: -1}
				np = append(append(slices.Clip(np), comma), sn.span(b+1, c.end)...)
			}
			return sn.emit(parties[:min(1, len(parties))], Agreement, np), end, false
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
		if c.passive && !hasAny(content, eventNouns) && wordCount(content) < 8 {
			// "Eight children were reunited with their families": who, and how.
			end = sn.contentEnd(end)
			if v := sn.speechBefore(end + 1); v > c.at && sn.low(v-1) != "," {
				for n := v - 1; n > c.at; n-- {
					if sn.toks[n].text == "," {
						end = n // "146 servicemen were returned, the Defence Ministry said": not who said so
						break
					}
				}
			}
			content = dropDate(sn.span(cs, end))
		}
		return sn.emit(parties[:min(1, len(parties))], Agreement, content), end, false
	}
	if len(parties) == 0 && c.kind == Demand {
		parties = sn.owned(Demand) // "In it, Ukraine's withdrawal ... was demanded": by the author of the terms
	}
	if v := sn.madeClearVerb(0, cs); len(parties) == 0 && c.kind == Rejection && v >= 0 {
		parties, _ = sn.subjectOf(v) // "The Russian side has made it clear that X is ruled out": its
	}
	if len(parties) == 0 {
		return nil, end, false
	}
	if c.kind == Rejection && (slices.ContainsFunc(content[:min(3, len(content))], func(t token) bool { return reportNoun(t.low) }) ||
		sn.low(cs-1) == "that" && (cs-1 == sn.nextWord(0, false) && (sn.in(cs, determiners) || sn.mentAt[cs] >= 0) || slices.ContainsFunc(sn.toks[max(0, cs-5):cs-1], func(t token) bool { return reportNoun(t.low) }))) {
		// "A report that Washington had made ... was denied by a White
		// House official", "That the children had been deported was
		// denied by Medinsky": a claim disputed, no position rejected
		return nil, end, false
	}
	if c.kind == Rejection {
		content = sn.anaphor(content, parties[0]) // "That demand has been rejected by Kyiv"
	}
	if k := sn.underWhich(end); k > 0 && c.kind != Rejection {
		// "A compromise has been floated by the Americans, under which
		// ...": the clause says what it is.
		end = sn.contentEnd(k)
		content = sn.span(k, end)
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
	for a := end; a < len(sn.toks) && a < end+12; a++ {
		// "... was demanded as a condition for a ceasefire, as was
		// recognition of Crimea": the same verb, another position.
		if sn.low(a) == "," && sn.low(a+1) == "as" && sn.in(a+2, beWords) {
			e := sn.contentEnd(a + 3)
			out = append(out, sn.emit(parties, c.kind, sn.span(a+3, e))...)
			end = e
			break
		}
		if !sn.toks[a].word && sn.toks[a].text != "," {
			break
		}
	}
	return out, end, false
}

// reducedRelative returns the comma that opens a participle phrase with an
// agent, whose participle is the cue ("X, proposed by Ukraine", also "X,
// proposed by Washington and accepted by Kyiv"), or -1.
func (sn *sentence) reducedRelative(c cue) int {
	if c.at < 2 || sn.low(c.end) != "by" || !strings.HasSuffix(sn.low(c.at), "ed") && sn.low(c.at) != "put" {
		return -1
	}
	if sn.low(c.at-1) == "," {
		return c.at - 1
	}
	if w := sn.low(c.at - 1); (w == "first" || w == "originally" || w == "long" || w == "repeatedly") && sn.low(c.at-2) == "," {
		return c.at - 2 // "The withdrawal ..., first demanded by Moscow in June, ..."
	}
	if sn.low(c.at-1) != "and" {
		return -1
	}
	for k := c.at - 2; k > 0 && k >= c.at-12; k-- {
		if sn.low(k) == "," {
			if p := sn.low(k + 1); (strings.HasSuffix(p, "ed") || p == "put") && sn.low(k+2) == "by" || sn.low(k+3) == "by" {
				return k
			}
			return -1
		}
		if !sn.toks[k].word {
			return -1
		}
	}
	return -1
}

// droppedAfter reads a stance noun at i that is the subject of a passive
// drop verb ("The demand for a truce first, which Kyiv still shares, had
// been quietly dropped in Washington"): it returns who dropped it (named
// after "in" or "by", else the noun's owner) and where the verb is, or
// 0.
func (sn *sentence) droppedAfter(i int) ([]string, int) {
	if !sn.in(i, stanceNouns) {
		return nil, 0
	}
	for k := i + 1; k+2 < len(sn.toks) && k < i+24; k++ {
		if sn.low(k) == "," && (sn.low(k+1) == "which" || sn.low(k+1) == "who") {
			e := k + 2
			for e < len(sn.toks) && e < k+16 && sn.toks[e].word {
				e++
			}
			if sn.low(e) != "," {
				return nil, 0
			}
			k = e // over ", which Kyiv and its European backers still share,"
			continue
		}
		if e := sn.saidAside(k); e > 0 || sn.low(k) == "," && sn.low(k+1) == "in" && sn.low(k+3) == "," {
			k = max(e, k+4) - 1 // over ", officials said," or ", in short,"
			continue
		}
		if w := sn.low(k); w == "had" || w == "has" || w == "have" {
			continue // "had been dropped"
		}
		if !sn.in(k, beWords) {
			phrase := (sn.low(k) == "before" || sn.low(k) == "after") && sn.in(k+1, determiners) // "a truce before any talks"
			if !sn.toks[k].word || sn.in(k, clauseWords) && !phrase || sn.verbCue(k) != "" || sn.in(k, finiteVerbs) {
				return nil, 0
			}
			continue
		}
		v := k + 1
		for v < len(sn.toks) && passiveAdverb(sn.low(v)) {
			v++
		}
		if sn.low(v) == "gone" {
			return sn.nounAgent(i), v // "Kyiv's early insistence on a truce before any talks was gone"
		}
		if !sn.in(v, dropVerbs) {
			return nil, 0
		}
		if w := sn.low(v + 1); (w == "in" || w == "by") && v+2 < len(sn.toks) {
			if p, _ := sn.passiveAgent(v+2, v+2); len(p) > 0 {
				return p, v
			}
		}
		return sn.nounAgent(i), v
	}
	return nil, 0
}

// paperHanded reports whether the exchange verb at i hands over a paper:
// "the memorandum handed over by Medinsky", "the memorandum Russia's
// delegation handed over".
func (sn *sentence) paperHanded(i int) bool {
	k := i - 1
	if m := sn.mentAt[max(k, 0)]; k >= 0 && m >= 0 {
		k = sn.ments[m].start - 1
	} else if k >= 0 && sn.in(k, agentNouns) {
		k-- // "the memorandum Russia's delegation handed over"
		if m := sn.mentAt[max(k, 0)]; k >= 0 && m >= 0 {
			k = sn.ments[m].start - 1
		}
	}
	return sn.in(k, paperNouns)
}

// passiveAdverb reports whether w may stand between a passive's auxiliary
// and its participle: "was once again sought", "had been quietly dropped".
func passiveAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") || w == "once" || w == "again" || w == "also" || w == "still"
}

// passiveAgent reads the agent after "by" at k: a party named ("by
// Moscow", "by the Russian side"), also by a title or a role ("by President
// Trump", "by Ukraine's chief negotiator", "by the leaders of France and
// Germany", "by a Commission spokesperson"). It returns the party and where
// the agent ends, or nil and end.
func (sn *sentence) passiveAgent(k, end int) ([]string, int) {
	for n := k; n < len(sn.toks) && n < k+6; n++ {
		if m := sn.mentAt[n]; m >= 0 {
			e := sn.ments[m].end
			for e < len(sn.toks) && sn.in(e, agentNouns) {
				e++ // "by the Russian delegation", "by Ukraine's chief negotiator"
			}
			return []string{sn.ments[m].party}, e
		}
		t := sn.toks[n]
		if !t.word || !(t.caps || sn.in(n, determiners) || sn.in(n, agentNouns) || t.low == "of" || sn.low(n+1) == "of" || t.low == "chief" || t.low == "top") {
			break // "by President Trump", "by the leaders of France"; not "by then"
		}
	}
	return nil, end
}

// verdictAt reports whether a verdict that turns down what it judges
// opens at k, quoted or not: "unacceptable", "not acceptable", `"not
// acceptable"`.
func (sn *sentence) verdictAt(k int) bool {
	k += b2i(quoteMark(sn.low(k)))
	a := k + 1 + b2i(quoteMark(sn.low(k+1)))
	return sn.in(k, rejectAdjectives) || sn.low(a) == "acceptable" && sn.notAcceptable(a)
}

// notAcceptable reports whether "acceptable" at k is denied: "not
// acceptable", `not "acceptable"`, "would not (never) be acceptable".
func (sn *sentence) notAcceptable(k int) bool {
	n := k - 1 - b2i(quoteMark(sn.low(k-1)))
	if sn.low(n) == "be" {
		n-- // "a deal that cedes Donbas would not be acceptable"
	}
	return sn.low(n) == "not" || sn.low(n) == "never"
}

// adjPosition reads "called the Russian terms unrealistic" and "the terms
// are unacceptable, Kyiv said": a rejection by the judge.
func (sn *sentence) adjPosition(c cue) []found {
	reach := 12
	if w := sn.low(c.at - 1); w == "as" || w == "," {
		reach = 18 // "described some of the changes European governments had proposed to the plan as unacceptable", "called the presence of European troops, even after a settlement, unacceptable"
	}
	for k := c.at - 1; k >= 0 && k >= c.at-reach; k-- {
		w := sn.low(k)
		if judgeVerbs.has(w) && sn.low(k+1) == "by" {
			// "The European counter-proposals were described by Ushakov as
			// unconstructive": the agent judges the subject.
			n := k + 2
			if sn.low(n) == "the" {
				n++
			}
			if n >= len(sn.toks) || sn.mentAt[n] < 0 {
				return nil
			}
			cs, aux := sn.clauseStart(k), k
			for aux > cs && (sn.in(aux-1, beWords) || sn.in(aux-1, skipWords)) {
				aux--
			}
			return sn.emit([]string{sn.ments[sn.mentAt[n]].party}, Rejection, sn.span(cs, aux))
		}
		if judgeVerbs.has(w) {
			if c.at <= k+4 && sn.in(k+1, refusedPronouns) && sn.low(k-1) == "," && strings.HasSuffix(w, "ing") {
				return nil // "rejected X, calling it unacceptable (an ultimatum)": X is the rejection
			}
			parties, _ := sn.subjectOf(k)
			if judges := sn.notOwners(parties, k+1, c.at); sn.nextWord(k+1, false) == c.at && len(sn.st.lastDemand) > 0 && sn.st.lastDemAt == sn.st.sentences && len(judges) > 0 && sn.st.lastDemParty != judges[0] && sn.appositiveJudged(k) {
				// "insisted that Ukraine withdraw from all four regions, a
				// condition the official called unacceptable": that demand
				return sn.emit(judges, Rejection, slices.Clone(sn.st.lastDemand))
			}
			return sn.emit(sn.notOwners(parties, k+1, c.at), Rejection, sn.span(k, c.end))
		}
		if beWords.has(w) && sn.low(c.at) == "dismissive" {
			return sn.dismissive(c, k)
		}
		if beWords.has(w) || w == "remained" || w == "remains" || (w == "did" || w == "does" || w == "do") && strings.HasPrefix(sn.low(c.at), "suit") {
			cs := sn.clauseStart(k)
			for n := k - 2; n > cs+1; n-- {
				if sn.low(n-1) == "," && sn.judgedClause(n) {
					cs = n + 1 // "A settlement requires X, and any deployment of troops would be unacceptable": what follows "and"
					break
				}
			}
			var first []token
			if b := sn.low(cs - 1); (b == "before" || b == "until") && cs > 2 && sn.clauseStart(cs-1) < cs-2 && sn.partyActs(cs, k) {
				// "Lifting restrictions on Russian banks before Russian
				// troops withdraw is out of the question": the lifting is
				// refused, the withdrawal must come first
				first = sn.span(cs, k)
				cs = sn.clauseStart(cs - 1)
			}
			if r := sn.relativeStart(k); r >= 0 {
				// "Moscow's proposal, which calls for ..., was unacceptable"
				cs = sn.clauseStart(r)
				return sn.emit(sn.notOwners(sn.speaker(cs), cs, r), Rejection, append(append([]token{}, sn.span(cs, r)...), sn.span(k, c.end)...))
			}
			if k > 3 && sn.in(k-1, speechVerbs) && (sn.low(k-3) == "that" || sn.low(k-3) == "which") {
				// "amendments that he said were unacceptable to Russia": the
				// noun before the relative clause is what is judged.
				speaker, _ := sn.subjectOf(k - 1)
				return sn.emit(sn.notOwners(speaker, k, c.end), Rejection, append(sn.nounBefore(k-3), sn.span(k, c.end)...))
			}
			end := c.end
			switch sn.low(c.at) {
			case "out":
				end += 3 // "out of the question"
			case "off", "up":
				end += 2 // "off the table", "not up for discussion"
			}
			var extra []token
			if p := sn.saidAside(end); p > 0 && sn.low(p) == "to" {
				// "It was impossible, he said, to discuss a deal": what is
				// impossible follows the speaker.
				extra = sn.span(p, sn.contentEnd(p))
			}
			if n := sn.low(end); n == "without" || n == "until" || n == "unless" || n == "before" || n == "to" {
				end = sn.contentEnd(end) // "impossible without a settlement", "doomed to fail"
			}
			for end < len(sn.toks) && (sn.toks[end].party || sn.low(end) == "us") && !beWords.has(w) {
				end++ // "did not suit Russia", "does not suit us"
			}
			content := append(sn.withoutAside(cs, end), extra...)
			if cs == k && (sn.low(k-1) == "that" || sn.low(k-1) == "which") {
				content = append(sn.nounBefore(k-1), content...) // "demands that were unacceptable to Russia"
			}
			if t := sn.asForTopic(); extra == nil && sn.in(cs, refusedPronouns) && t != nil {
				content = t // "As for European troops in Ukraine, ...: this is unacceptable"
			} else if extra == nil && sn.in(cs, refusedPronouns) && cs+1 == sn.nextWord(cs+1, false) && len(sn.st.lastRejected) > 0 {
				// "Moscow dismissed the gathering. Ryabkov said it was
				// doomed to fail": "it" is what was rejected.
				content = append(append([]token{}, sn.st.lastRejected...), sn.span(cs+1, end)...)
			}
			speaker := sn.speaker(cs)
			if len(speaker) == 0 && extra != nil && sn.in(c.end+1, pronouns) {
				speaker = sn.pronoun(c.end + 1) // "It was impossible, he said, ..."
			}
			to := c.end
			if sn.low(to) == "\"" {
				to++
			}
			if m := sn.mentAt[min(to+1, len(sn.toks)-1)]; sn.low(to) == "to" && m >= 0 && !sn.ments[m].poss && sn.toks[to+1].caps {
				speaker = []string{sn.ments[m].party} // `demands that were "unacceptable" to Russia`; not "to us"
			} else if len(speaker) == 0 && sn.low(to) == "to" && to+1 < len(sn.toks) && sn.toks[to+1].text == "us" && !sn.quoted[to+1] && cmp.Or(sn.st.labelVoice, sn.st.interviewee, sn.st.author) != "" {
				// an answer's "Any deployment of Western troops is
				// unacceptable to us": who answers; but not "Russia demands
				// all of Donbas. Such a demand is unacceptable to us." with
				// no one answering (the side named first)
				speaker = sn.pronoun(to + 1)
			}
			judges := sn.notOwners(speaker, cs, k)
			if head := sn.span(cs, k); len(judges) == 1 && len(head) == 2 {
				if a := sn.anaphor(head, judges[0]); a[0].pos != head[0].pos {
					content = a // "Such approaches are unacceptable to Moscow": the ones just named
				}
			}
			return append(sn.emit(judges, Rejection, content), sn.emit(judges, Demand, first)...)
		}
		if t := sn.toks[k]; !t.word && t.text != "," && t.text != "\"" && t.text != "“" && t.text != "”" {
			break
		}
	}
	return nil
}

// appositiveJudged reports whether the judging verb at k closes a phrase
// set after the demand it judges: "..., a condition the official called
// unacceptable", "... - something Kyiv calls unacceptable", "..., which
// he called unacceptable".
func (sn *sentence) appositiveJudged(k int) bool {
	for n := k - 1; n > 0 && n >= k-10; n-- {
		w := sn.low(n)
		if w != "which" && w != "something" && sn.toks[n].nounCue() == "" {
			continue
		}
		p := n - 1
		if a := sn.low(p); a == "a" || a == "an" || a == "the" {
			p--
		}
		switch sn.low(p) {
		case ",", "-", "—", "–":
			return true
		}
		return false
	}
	return false
}

// partyActs reports whether toks[a:b] is a clause whose subject is a
// party: "Russian troops withdraw from Ukraine", not "any negotiations".
func (sn *sentence) partyActs(a, b int) bool {
	for k := a; k < b && k < a+4; k++ {
		if m := sn.mentAt[k]; m >= 0 {
			for v := sn.ments[m].end; v < b && v <= sn.ments[m].end+1; v++ {
				if w := sn.low(v); looksBareVerb(w) && !sn.in(v, agentNouns) || strings.HasSuffix(w, "ed") || sn.in(v, pastTenses) || finiteVerbs.has(w) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// nounBefore returns a copy of the noun phrase that ends before k: "with
// amendments" gives "amendments", "the terms of the plan" the whole phrase.
func (sn *sentence) nounBefore(k int) []token {
	s := k
	for n := k - 1; n >= 0 && n >= k-6; n-- {
		t := sn.toks[n]
		if !t.word || t.verbCue() != "" && t.nounCue() == "" || strings.HasSuffix(t.low, "ed") || t.in(clauseWords) || t.in(beWords) || t.in(pronouns) || t.in(speechVerbs) || t.in(prepositions) && t.low != "of" && t.low != "across" && t.low != "along" ||
			t.low == "of" && (sn.low(n-1) == "short" || sn.low(n-1) == "instead") {
			break // "the 30-day truce across the entire front"; not "well short of"
		}
		s = n
		if p := sn.low(n - 1); (t.low == "the" || t.low == "a" || t.low == "an") && p != "of" && p != "across" && p != "along" {
			break // the noun phrase starts here: "did not mention the wider civilian infrastructure"
		}
	}
	return slices.Clone(sn.span(s, k))
}

// demonstrative reports whether the "that" at k points to a noun ("That
// treaty, Moscow insists, must ...") rather than opening a clause ("That
// Ukraine should hold elections was demanded").
func (sn *sentence) demonstrative(k int) bool {
	n := k + 1
	return n+1 < len(sn.toks) && sn.toks[n].word && !sn.toks[n].caps && sn.mentAt[n] < 0 && !sn.in(n, determiners) && !sn.in(n, pronouns) &&
		(!sn.toks[n+1].word || sn.in(n+1, modalsInContent))
}

// openingAgent returns the party named after "by" in the participle phrase
// that opens the sentence and ends before i ("Drawn up by British, French
// and German advisers, it ..."), or nil.
func (sn *sentence) openingAgent(i int) []string {
	for k := 0; k < i; k++ {
		if sn.low(k) == "by" {
			for n := k + 1; n < i; n++ {
				if m := sn.mentAt[n]; m >= 0 {
					return []string{sn.ments[m].party}
				}
			}
			return nil
		}
	}
	return nil
}

// placeBefore returns the place the sentence names, as the object of
// "take", "seize" or the like, before token end ("take the Donbas"), with
// its "the", or nil.
func (sn *sentence) placeBefore(end int) []token {
	for k := min(end, len(sn.toks)) - 1; k > 1; k-- {
		t := sn.toks[k]
		if !t.word || !t.caps || t.party || sn.mentAt[k] >= 0 {
			continue
		}
		if d := b2i(sn.low(k-1) == "the"); sn.in(k-1-d, placeVerbs) {
			return sn.span(k-d, k+1)
		}
	}
	return nil
}

// clauseFrom reports whether the tokens from k on hold a clause of their
// own (clauseFollows), or a modal, an auxiliary or a cue that is its verb:
// "Moscow will agree ...", "we need ..."; not "the withdrawal from Donbas,
// the army cap".
func (sn *sentence) clauseFrom(k int) bool {
	if sn.clauseFollows(k, true) {
		return true
	}
	for ; k < len(sn.toks); k++ {
		if sn.in(k, modalsInContent) || auxiliaries[sn.low(k)] || sn.verbCue(k) != "" {
			return true
		}
	}
	return false
}

// thingBefore returns the last thing the sentence names with "the" before
// token end ("the plant", "the frozen assets"), for an "it" (a "them",
// when plural) that stands for it; or nil.
func (sn *sentence) thingBefore(end int, plural bool) []token {
	for k := min(end, len(sn.toks)) - 1; k > 0; k-- {
		if !thingNouns[sn.low(k)] || strings.HasSuffix(sn.low(k), "s") != plural {
			continue
		}
		d := b2i(sn.toks[k-1].word && !sn.toks[k-1].party && sn.low(k-1) != "the")
		if j := k - 2 - d; j >= 0 && sn.in(j, prepositions) && (j == 0 || !sn.toks[j-1].word) {
			return nil // "Under the draft, Ukraine would keep its army; Moscow wants it demilitarised": where the clause stands, not the thing wanted
		}
		if sn.low(k-1-d) == "the" {
			return sn.span(k-1-d, k+1)
		}
		return nil
	}
	return nil
}

// thingNouns name what a side may want done with a thing: handed back,
// kept frozen, restarted, signed.
var thingNouns = map[string]bool{"plant": true, "station": true, "assets": true, "plan": true, "draft": true,
	"memorandum": true, "text": true, "document": true, "deal": true, "framework": true, "zone": true}

// withoutAside is span(a, b) without a speech aside set off by commas
// inside it: "Any settlement, the Kremlin said, must be ..." says "Any
// settlement must be ...".
func (sn *sentence) withoutAside(a, b int) []token {
	for k := a + 1; k < b; k++ {
		if e := sn.saidAside(k); e > 0 && e <= b {
			if sn.in(a, prepositions) {
				return sn.span(e, b) // "At first glance, he said, it was ...": the opening goes with the aside
			}
			return append(slices.Clip(sn.span(a, k)), sn.span(e, b)...)
		}
	}
	return sn.span(a, b)
}

// asideSpeaker returns who speaks in an aside between tokens a and b
// (", it said,"), or nil.
func (sn *sentence) asideSpeaker(a, b int) []string {
	for k := a; k < b && k < len(sn.toks); k++ {
		if e := sn.saidAside(k); e > 0 && e <= b {
			if p := sn.quotedAs(e - 2); p != "" {
				return []string{p} // ", she quotes Zelensky as saying,"
			}
			for v := k + 1; v < e; v++ {
				if sn.in(v, speechVerbs) || sn.low(v) == "went" && sn.low(v+1) == "on" {
					if p := sn.owned(Demand); sn.low(v-1) == "it" && sn.st.lastDoc == Demand && len(p) > 0 {
						return p // "Ukraine, it says, must become neutral": the document named before
					}
					if p := sn.docSpeaker(v); len(p) > 0 {
						return p // "Ukraine, the document says, should become neutral"
					}
					if parties, _ := sn.subjectOf(v); len(parties) > 0 {
						return parties
					}
					return sn.docSpeaker(v)
				}
			}
			if sn.low(k+1) == "as" {
				for v := k + 2; v < e; v++ {
					if m := sn.mentAt[v]; m >= 0 && !sn.ments[m].poss {
						return []string{sn.ments[m].party} // ", as Ushakov put it,"
					}
				}
			}
			if sn.inWordsOf(k+1, e-1) {
				if m := sn.mentAt[k+2]; m >= 0 {
					return []string{sn.ments[m].party} // ", in Zelensky's words,"
				}
				return sn.pronoun(k + 2) // ", in his words,"
			}
		}
	}
	return nil
}

// reportNoun reports whether w names a report of what someone said or
// did: "report", "claim", "suggestion", "allegation".
func reportNoun(w string) bool {
	switch w {
	case "report", "reports", "claim", "claims", "suggestion", "suggestions", "allegation", "allegations":
		return true
	}
	return false
}

// reportDenied reports whether the position at i sits in a report that
// the sentence says was denied: "A report that Washington had made the
// guarantees conditional on ... was denied by a White House official".
func (sn *sentence) reportDenied(i int) bool {
	that, judged := -1, false
	for k := i - 1; k > 0 && k >= i-14; k-- {
		if sn.low(k) == "that" {
			for n := k - 1; n > 0 && n >= k-9; n-- { // "A report last week that", "the suggestion, made by some politicians, that"
				if reportNoun(sn.low(n)) {
					that = k
					judged = n > 0 && judgeVerbs.has(sn.low(n-1-b2i(sn.low(n-1) == "the")))
					break
				}
			}
			break
		}
	}
	if that < 0 {
		return false
	}
	for k := i + 1; k+1 < len(sn.toks); k++ {
		if (sn.low(k) == "was" || sn.low(k) == "were" || sn.low(k) == "been") && sn.low(k+1) == "denied" {
			return true
		}
		if w := strings.Trim(sn.low(k), "\"“”"); judged && (w == "absurd" || w == "false" || w == "nonsense" || w == "baseless" || w == "untrue" || w == "ridiculous" || w == "fake") {
			return true // "called the suggestion that Moscow wanted to swallow Ukraine \"absurd\""
		}
	}
	return false
}

// asideAuthor returns the side that an aside right after the text's noun
// at k names as its author ("The draft, prepared by the UK, France and
// Germany, ...", "the plan, drafted by Witkoff, ..."), or "".
func (sn *sentence) asideAuthor(k int) string {
	if sn.low(k+1) != "," {
		return ""
	}
	return sn.authoredBy(k + 2)
}

// docSpeaker returns whose text speaks at the speech verb v: "the
// document says" is the side whose document was named last, "the readout
// said" the side named before; nil if no text speaks or its owner is not
// known.
func (sn *sentence) docSpeaker(v int) []string {
	doc := sn.in(v-1, docNouns) || sn.low(v-1) == "memorandum" // "Ukraine must also remain neutral, ..., the memorandum says
	if !doc && sn.low(v-1) != "readout" && sn.low(v-1) != "statement" {
		return nil
	}
	if doc {
		if p := sn.owned(sn.st.lastDoc); len(p) > 0 {
			return p
		}
		return sn.owned(Demand) // the terms named before; nil when no document has an owner yet
	}
	if sn.st.prev != "" {
		return []string{sn.st.prev}
	}
	return nil
}

// listedDemands are nouns a colon can list a party's demands after:
// "Kyiv arrived with one central demand: a full ceasefire".
var listedDemands = map[string]bool{"demand": true, "request": true, "requests": true, "ask": true, "asks": true, "priority": true, "priorities": true, "point": true, "aim": true, "requirement": true,
	"line": true, "lines": true, "positions": true} // "red lines", "bottom line" only, and "Kyiv's positions:" (findCues)

// dropDate drops the date that opens a passive's subject: "on 14 July a
// settlement within fifty days had been demanded", "On August 24, 146
// Russian servicemen were returned".
func dropDate(content []token) []token {
	d := b2i(len(content) > 0 && content[0].in(prepositions))
	switch {
	case len(content) > d+2 && isNumber(content[d].low) && content[d+1].in(months):
		return content[d+2:]
	case len(content) > d+3 && content[d].in(months) && isNumber(content[d+1].low) && content[d+2].text == ",":
		return content[d+3:]
	}
	return content
}

// mustAhead reports whether a reported clause at k says what someone must
// or should do: "(says) Russia must compensate Ukraine".
func (sn *sentence) mustAhead(k int) bool {
	if sn.low(k) == "that" {
		k++
	}
	for n := k; n < len(sn.toks) && n <= k+5 && sn.toks[n].word; n++ {
		if w := sn.low(n); w == "must" || w == "should" {
			return true
		}
	}
	return false
}

// speechSubject returns who speaks by the speech verb at k: the author of
// a document that "says", else the verb's subject.
func (sn *sentence) speechSubject(k int) []string { return sn.orSubject(sn.docSpeaker(k), k) }

// orSubject returns p when it names someone, else the subject of the
// clause of the word at i.
func (sn *sentence) orSubject(p []string, i int) []string {
	if len(p) > 0 {
		return p
	}
	p, _ = sn.subjectOf(i)
	return p
}

// andGoesOn reports whether the word at k, after "..., he said, and",
// goes on with what the cue at c asks: "and that ...", "and on ..." after
// "insists on", "and a three-way meeting" after "wants"; not a clause of
// its own ("and Moscow must ...").
func (sn *sentence) andGoesOn(c cue, k int) bool {
	switch sn.low(k) {
	case "that":
		return true
	case "on", "for":
		return sn.low(c.end-1) == sn.low(k) || sn.low(c.end) == sn.low(k) // "insists on", "calls for"
	case "a", "an":
		// "and a three-way meeting", but not "and a promise tied to
		// guarantees is not what we mean"
		return c.form == formVerb && !sn.in(c.end-1, prepositions) && !sn.in(c.end, prepositions) && !sn.anyIn(k, sn.contentEnd(k), skipWords)
	}
	return false
}

// commaThenDeterminer reports whether a comma in toks[a:b] opens a new
// noun phrase ("reported by several outlets, the surrender ..."), not a
// list of names ("— Donetsk, Luhansk and Kherson").
func (sn *sentence) commaThenDeterminer(a, b int) bool {
	for k := a; k < b; k++ {
		if sn.low(k) == "," && sn.in(k+1, determiners) {
			return true
		}
	}
	return false
}

// openingTextBy returns who issued the text a sentence opens with, before
// i: "In a statement issued by European leaders, ...", or nil.
func (sn *sentence) openingTextBy(i int) []string {
	f := sn.nextWord(0, false)
	if sn.low(f) != "in" || f >= i {
		return nil
	}
	cs := f + 1 + slices.IndexFunc(sn.toks[f:i], func(t token) bool { return t.text == "," })
	if cs <= f+1 {
		return nil
	}
	n := f + 1 + b2i(sn.in(f+1, determiners) || sn.in(f+1, possPronouns))
	if !sn.textNounAt(n) && !sn.in(n, termNouns) {
		return nil
	}
	for k := n + 1; k < cs-1; k++ {
		if m := sn.mentAt[k]; m >= 0 && sn.low(sn.beforeLead(sn.ments[m])) == "by" {
			return []string{sn.ments[m].party}
		}
	}
	return nil
}

// ownerlessParty reports whether the party word t in content names a place
// rather than an owner: "on Ukrainian territory", "in Ukraine", not
// "Russia's proposal".
func ownerlessParty(content []token, t token) bool {
	k := slices.IndexFunc(content, func(c token) bool { return c.pos == t.pos })
	return k > 0 && (content[k-1].low == "on" || content[k-1].low == "in") && !t.poss
}

// listAdjective tells whether a word may stand between a verb and the
// demands it lists: "listed three further conditions", "went in with
// three clear asks".
func listAdjective(w string) bool {
	switch w {
	case "further", "new", "additional", "other", "clear", "firm", "specific", "key", "main", "core", "basic", "concrete":
		return true
	}
	return false
}

// urger returns the party who urged, asked or told the side named last
// before i ("Zelensky urged Washington to keep up the pressure until
// ..."), or "".
func (sn *sentence) urger(i int) string {
	for n := len(sn.ments) - 1; n >= 0; n-- {
		if m := sn.ments[n]; m.end <= i && !m.poss && !sn.afterPreposition(m) && sn.agentMention(m) {
			if !sn.addressee(m) {
				return ""
			}
			p, _ := sn.subjectOf(sn.beforeLead(m))
			if len(p) == 1 {
				return p[0]
			}
			return ""
		}
	}
	return ""
}

// saidAside returns where the sentence goes on after a speaker set off
// by commas at k (", he said, to ...", ", as Putin and his aides set them
// out, include ..."), or -1.
func (sn *sentence) saidAside(k int) int {
	if sn.low(k) != "," {
		return -1
	}
	if sn.low(k+1) == "\"" {
		k++ // `"..., a Commission spokesperson told reporters, would be ...`: over the closing quote
	}
	as := sn.low(k+1) == "as"
	for e := k + 2; e < len(sn.toks) && e <= k+12; e++ {
		if t := sn.toks[e]; t.text == "," {
			if sn.anyIn(k+1, e, speechVerbs) && e <= k+5 || as || sn.longSpeechAside(k+1, e) || sn.inWordsOf(k+1, e) && e <= k+5 ||
				sn.in(k+1, pronouns) && sn.in(k+2, speechVerbs) && e <= k+8 && !sn.anyIn(k+3, e, clauseWords) ||
				sn.wentOn(k+1) == e || sn.quotedAs(e-1) != "" {
				// ", he told journalists in the chat,", ", he went on,", ", she quotes Zelensky as saying,"
				return e + 1
			}
			return -1
		} else if !t.word && !((t.text == "–" || t.text == "-") && !t.space) {
			return -1 // but "the joint US–Ukrainian statement said"
		}
	}
	return -1
}

// wentOn returns where ", he went on," (", Medinsky went on,") closes,
// from the speaker at k, or -1.
func (sn *sentence) wentOn(k int) int {
	n := k + 1
	if m := sn.mentAt[k]; m >= 0 {
		n = sn.ments[m].end
	} else if !sn.in(k, pronouns) {
		return -1
	}
	if sn.low(n) != "went" || sn.low(n+1) != "on" || sn.low(n+2) != "," {
		return -1
	}
	return n + 2
}

// longSpeechAside reports whether toks[s:e] is a speaker with a title and
// the circumstances of the speech ("Kremlin spokesman Dmitry Peskov told
// reporters on Tuesday", "the EU's foreign policy chief said", "officials
// on both sides said"): a speech verb after a party's name or an agent
// noun, at most six words in, with at most seven
// after it, and no clause of its own.
func (sn *sentence) longSpeechAside(s, e int) bool {
	if sn.in(s, clauseWords) || sn.in(s, pronouns) {
		return false
	}
	for v := s + 1; v < e && v <= s+6; v++ {
		if sn.in(v, speechVerbs) {
			d := s + b2i(sn.low(s) == "the" || sn.low(s) == "a" || sn.low(s) == "an")
			named := slices.ContainsFunc(sn.mentAt[s:v], func(m int) bool { return m >= 0 }) || sn.in(d, agentNouns) || // "officials on both sides said"
				(sn.low(d) == "member" || sn.low(d) == "person") && sn.anyIn(d+1, v, agentNouns) // "a member of the delegation said"
			return e-v <= 8 && named && !sn.anyIn(v+1, e, clauseWords)
		}
	}
	return false
}

// commentBefore returns the comma before an apposition that names what
// precedes it and the verb at i that judges it (", a position Moscow has
// rejected"), or -1.
func (sn *sentence) commentBefore(i int) int {
	k := sn.prevWord(i)
	for k > 0 && (sn.low(k) == "has" || sn.low(k) == "have" || sn.low(k) == "had" || sn.low(k) == "already" || sn.low(k) == "always" || strings.HasSuffix(sn.low(k), "ly") && sn.mentAt[k] < 0) {
		k-- // "a condition Kyiv has repeatedly rejected"
	}
	if k > 0 && sn.in(k, agentNouns) && sn.mentAt[k-1] >= 0 {
		k-- // "points the Ukrainian side had pushed for"
	}
	if k < 0 || sn.mentAt[k] < 0 {
		return -1
	}
	k = sn.ments[sn.mentAt[k]].start - 1
	if sn.low(k) == "the" {
		k--
	}
	if k >= 2 && pluralComments[sn.low(k)] && sn.low(k-1) == "," {
		return k - 1 // "..., points Kyiv had pushed for"
	}
	if k < 2 || !(sn.in(k, commentNouns) || sn.nounCue(k) != "" || sn.in(k, planNouns)) {
		return -1
	}
	switch sn.low(k) {
	case "charge", "claim", "accusation", "allegation":
		return -1 // "..., a charge Kyiv rejected": a claim denied, no position
	}
	if a := sn.low(k - 1); (a == "a" || a == "an" || a == "the") && (sn.low(k-2) == "," || sn.low(k-2) == "—") {
		return k - 2
	}
	return -1
}

// breachPosition reads "Kyiv would regard any movement of warships as a
// breach" (the subject's demand that none come) and "any movement would be
// treated as a breach, Umerov said" (the speaker's).
func (sn *sentence) breachPosition(c cue) []found {
	var parties []string
	var content []token
	named := false // "Russian warships leaving the eastern Black Sea would count as a breach": a side's acts named
	if sn.in(c.at-1, beWords) || sn.in(c.at-1, modalsInContent) && (sn.low(c.at) == "breach" || sn.low(c.at) == "violate" || sn.low(c.at) == "break" || sn.low(c.at) == "count" || sn.low(c.at) == "be") {
		cs := sn.clauseStart(c.at)
		aux := c.at - 1
		for aux > cs && (sn.in(aux-1, skipWords) || sn.in(aux-1, modalsInContent)) {
			aux--
		}
		parties, content = sn.reporter(c.at), sn.withoutAside(cs, aux) // not ", Defence Minister Rustem Umerov said,"
		if m := sn.mentAt[cs]; len(content) > 2 && m >= 0 && !sn.ments[m].poss {
			n := sn.low(sn.ments[m].end)
			named = strings.HasSuffix(n, "s") && !sn.toks[sn.ments[m].end].caps && sn.verbCue(sn.ments[m].end) == "" // "Russian warships", "Russian troops"
		}
	} else {
		parties, _ = sn.subjectOf(c.at)
		content = sn.span(c.at+1, c.end)
	}
	if len(content) > 2 && quoteMark(content[0].text) {
		content = content[1:] // `"Any movement of Russian warships ... will be a violation," Zelensky said`
	}
	if len(content) < 2 || content[0].low != "any" && !named {
		return nil // "regard the talks as an attack": a judgement, no condition
	}
	if len(parties) == 0 {
		parties = sn.selfDefender(c.end) // "..., and Ukraine would then have every right to defend itself"
	}
	if first := sn.nextWord(0, false); len(parties) == 0 && sn.in(first, pronouns) && sn.anyText(first, c.at, ":") {
		parties = sn.pronoun(first) // "He set a condition of his own: any movement of ... would be a violation"
	}
	no := token{text: "no", low: "no", word: true, pos: -1}
	if named {
		content = append([]token{no}, content...)
		content[1].space = true
		return sn.emit(parties, Demand, content)
	}
	return sn.emit(parties, Demand, append([]token{no}, content[1:]...))
}

// rejectionVerb reports whether the word at k rejects by itself ("rejected",
// "ruled out"), unlike "did not need" that rejects only when negated.
func (sn *sentence) rejectionVerb(k int) bool {
	w := sn.low(k)
	if verbCues[w] == Rejection {
		return true
	}
	for _, kinds := range particleCues {
		if kinds[w] == Rejection {
			return true
		}
	}
	return false
}

// underWhich returns where the clause starts after ", under which" at k,
// or -1.
func (sn *sentence) underWhich(k int) int {
	if sn.low(k) == "," {
		k++
	}
	if sn.low(k) == "under" && sn.low(k+1) == "which" && k+2 < len(sn.toks) {
		return k + 2
	}
	return -1
}

// includeVerbs say what a text holds: "the terms include a demand that".
var includeVerbs = map[string]bool{"include": true, "includes": true, "included": true, "contain": true, "contains": true, "contained": true}

// anaphor returns the position that content names only by pointing back
// to it ("that demand", "those conditions", "this idea", or the bare noun
// of "That demand was rejected"): the last demand or proposal of another
// party; else content itself.
func (sn *sentence) anaphor(content []token, party string) []token {
	head := content
	if len(head) > 2 && (head[2].low == "and" || head[2].low == "as" && head[0].low != "the" || head[2].text == "," || head[2].text == ":" || adverbial(head[2:])) {
		head = head[:2] // "responded positively to this initiative and gave the order", "dismissed the idea the next day", "rejects that condition as a pretext"
	}
	if len(head) == 0 || len(head) > 2 || len(sn.st.lastPos) == 0 || sn.st.lastPosParty == party {
		return content
	}
	noun := &head[len(head)-1]
	switch head[0].low {
	case "that", "this", "those", "these", "such":
	case "the": // "dismissed the idea", but "rejected the ultimatum" names it
		if n := noun.low; n != "idea" && n != "proposal" && n != "offer" && n != "suggestion" && n != "plan" && n != "initiative" && n != "request" {
			return content
		}
	default:
		if len(head) == 2 && !(head[0].poss && head[0].party && sn.partyOf(head[0]) == sn.st.lastPosParty) {
			return content // but "rejected Orban's idea": the one Orban just floated
		}
	}
	if noun.nounCue() == "" && !noun.in(planNouns) && !noun.in(termNouns) && noun.low != "idea" && noun.low != "ideas" && noun.low != "approach" && noun.low != "approaches" {
		return content
	}
	judged := func(resolved []token) []token {
		if rest := content[len(head):]; len(rest) > 1 && rest[0].low == "as" && wordCount(resolved)+wordCount(rest) <= 25 {
			return append(resolved, rest...) // "dismissed that version as completely unconstructive": keep the verdict
		}
		return resolved
	}
	if (noun.nounCue() == Demand || noun.in(termNouns)) && len(sn.st.lastDemand) > 0 && sn.st.lastDemParty != party {
		return judged(slices.Clone(sn.st.lastDemand)) // "that request": the last demand, not the offer made since
	}
	if noun.low == "idea" && len(sn.st.lastDemand) > 0 && sn.st.lastDemParty == sn.st.lastPosParty && sn.st.lastDemAt >= sn.st.sentences-1 {
		// "Putin wanted Ukraine to withdraw, in return for which Russia
		// would freeze the front. Zelensky rejected the idea": the demand
		// the offer was the price of
		return judged(slices.Clone(sn.st.lastDemand))
	}
	return judged(slices.Clone(sn.st.lastPos)) // the buffer is reused by the next position
}

// objectless reports whether a verb ending at k has no object: the
// sentence ends or goes on with ", saying ..." or "because".
func (sn *sentence) objectless(k int) bool {
	w := sn.low(k)
	return k >= len(sn.toks) || w == "." || w == ";" || w == "because" ||
		w == "," && (sn.low(k+1) == "saying" || sn.low(k+1) == "arguing" || sn.low(k+1) == "citing")
}

// dismissive reads "Moscow was dismissive of the plan" and "Lavrov was
// dismissive, saying it would be ...": a rejection of the thing after
// "of", or of what the speaker goes on to say; be is the verb before.
func (sn *sentence) dismissive(c cue, be int) []found {
	parties, _ := sn.subjectOf(be)
	start := c.end
	switch {
	case sn.low(start) == "of":
		start++
	case sn.low(start) == "," && (sn.low(start+1) == "saying" || sn.low(start+1) == "calling"):
		start += 2
		if sn.low(start) == "that" {
			start++
		}
	default:
		return nil
	}
	return sn.emit(parties, Rejection, sn.span(start, sn.contentEnd(start)))
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
	if sn.low(c.at) == "deadline" {
		return sn.deadlinePosition(c)
	}
	if sn.droppedBefore(c.at) {
		// "Kyiv has dropped its insistence on joining NATO": no demand
		// now, nor where the item reported it earlier.
		if parties, link := sn.nounAgent(c.at), sn.nounLink(c.at); len(parties) == 1 && link > 0 && c.kind == Demand {
			e := link + 1 // the noun phrase given up: "an immediate ceasefire (in favor of ...)"
			for e < len(sn.toks) && e < link+5 && sn.toks[e].word && !sn.in(e, prepositions) && !sn.in(e, clauseWords) {
				e++
			}
			sn.st.dropped = append(sn.st.dropped, dropMark{party: parties[0], words: tokenMergeWords(sn.span(link, e))})
		}
		return nil
	}
	if p, e := sn.droppedAfter(c.at); e > 0 {
		// "The demand for a truce first, which Kyiv still shares, had been
		// quietly dropped in Washington": given up, here and where the
		// item reported it
		if link := sn.nounLink(c.at); link > 0 && len(p) == 1 && sn.low(e) != "gone" {
			sn.st.dropped = append(sn.st.dropped, dropMark{party: p[0], words: tokenMergeWords(sn.span(link, sn.contentEnd(link)))})
		}
		return nil // "was gone" only says the stance lapsed: no mark over what the item says of it elsewhere
	}
	if d := sn.low(c.at - 1); sn.negated(c.at) || c.kind == Agreement && c.at >= 2 && (d == "a" || d == "an" || d == "any") && sn.toks[c.at-2].word && sn.negated(c.at-2) {
		return nil // "did not confirm a deal to swap prisoners": none made; but "did not honour the deal" was made
	}
	if a := sn.low(c.at - 2); c.kind == Agreement && (a == "any" || a == "no") && sn.toks[c.at-1].word && !sn.toks[c.at-1].party {
		return nil // "any future agreement must ...", "no final deal": none made
	}
	if cs := sn.clauseStart(c.at); cs > 0 && (sn.low(cs-1) == "if" || sn.low(cs-1) == "unless") {
		return nil // "if Ukraine gave up its plan to join NATO": a condition, not a plan
	}
	if c.kind == Agreement && sn.toks[c.at].caps == false && agreedParticiples[sn.low(c.at+1)] && !sn.in(c.at+2, determiners) {
		// "The Black Sea navigation arrangement agreed with the United
		// States in Riyadh will take effect only after ...": the deal named
		// is one made
		if np := sn.nounBefore(c.at + 1); namedDeal(np) {
			return sn.emit(sn.bothSides(), Agreement, np)
		}
	}
	if c.kind == Agreement && (sn.low(c.at-1) == "the" || sn.low(c.at-1) == "this") {
		if v := sn.planVerb(c.at + 1); v > 0 && dealSays[sn.low(v)] {
			// "The agreement, reached after three hours of talks, provides
			// for the return of 1,200 prisoners from each side": what the
			// deal made holds, agreed by both
			s := v + 1 + b2i(sn.low(v+1) == "for")
			return sn.emit(sn.bothSides(), Agreement, sn.span(s, sn.contentEnd(s)))
		}
	}
	parties := sn.nounAgent(c.at)
	if m := sn.mentAt[max(c.at-1, 0)]; m >= 0 && sn.ments[m].end == c.at && !sn.ments[m].poss && sn.in(sn.prevWord(sn.ments[m].start), presentVerbs) {
		// a headline's "Russia hands Ukraine memorandum on settlement: ...":
		// the giver's text, not the receiver's
		parties, _ = sn.subjectOf(sn.prevWord(sn.ments[m].start))
	}
	if m := sn.mentAt[min(c.at+2, len(sn.toks)-1)]; sn.low(c.at) == "message" && m >= 0 && (len(parties) != 1 || parties[0] == sn.ments[m].party) {
		return nil // "His message to Kyiv: ...", where "his" reads as Kyiv's own: no side sends itself a message
	}
	if len(parties) == 1 && sn.in(c.at-1, possPronouns) {
		// "the Kremlin, Ukrainian negotiators said, rejected their call
		// for a ceasefire": no side rejects its own call; theirs is the
		// aside's speakers', else no one's
		if i := slices.IndexFunc(sn.cues, func(r cue) bool { return r.kind == Rejection && r.end == c.at-1 }); i >= 0 {
			if p, _ := sn.subjectOf(sn.cues[i].at); len(p) == 1 && p[0] == parties[0] {
				parties = nil
				if a := sn.asideSpeaker(0, sn.cues[i].at); len(a) == 1 && a[0] != p[0] {
					parties = a
				}
			}
		}
	}
	w := sn.low(c.at)
	kind := c.kind
	if len(parties) == 0 && (planNouns.has(w) || termNouns.has(w) || listedDemands[w]) {
		parties = sn.presenter(c.at) // "handed over a written memorandum": its author's; "brought back a demand: ..."
		if m := sn.memoOf(w); sn.low(c.at-1) == "the" && len(m) > 0 && (len(parties) == 0 || sn.prevWord(c.at-1) < 0 || !sn.in(sn.prevWord(c.at-1), presentVerbs)) {
			parties = m // "The memorandum also calls for elections": the memorandum named before, not the subject of the sentence before
		}
	}
	if d := sn.low(c.at - 1); len(parties) == 0 && kind == Demand && (d == "a" || d == "the") && includeVerbs[sn.low(c.at-2)] {
		// "Those terms, which Russian state media published, include a
		// demand that Ukraine withdraw": the terms' author's
		p, head := sn.subjectOf(c.at - 2)
		if len(p) == 0 && (termNouns.has(head) || planNouns.has(head) || docNouns.has(head)) {
			p = sn.owned(Demand)
		}
		parties = p
	}
	if len(parties) > 0 && !sn.comparedWith(c.at) {
		sn.own(w, parties[0])
	}
	link := sn.nounLink(c.at)
	if e := c.end; link < 0 && sn.low(e) == "of" && sn.in(e+1, possPronouns) && sn.low(e+2) == "own" && sn.low(e+3) == ":" {
		link = e + 4 // "one condition of its own: A"
	}
	if link > 0 && sn.low(link-1) == ":" && sn.clauseAt(link) {
		return nil // "Moscow's terms: Vladimir Medinsky handed over a memorandum ...": a label, then a report of its own
	}
	if (termNouns.has(w) || docNouns.has(w)) && len(parties) == 0 && sn.in(c.end, beWords) && sn.colonAfter(c.end) > 0 && sn.colonAfter(c.end) <= c.end+3 {
		// "As for the settlement, the memorandum is clear: A, B and C":
		// the terms of the document's owner.
		link, parties = -1, sn.owned(sn.docKind(w))
	}
	if v := sn.prevWord(sn.phraseStart(c.at)); (link < 0 || sn.low(c.end) == ":") && len(parties) == 0 && (termNouns.has(w) || listedDemands[w] && strings.HasSuffix(w, "s") && w != "lines") {
		if w := sn.low(v); countWords[w] || isNumber(w) {
			v = sn.prevWord(v) // "repeated two requests that Kyiv has made at every round: A, and B"
		}
		if w := sn.low(v); w == "out" || w == "to" || w == "by" {
			v-- // "sets out the terms of a final settlement: A; B; and C", "stuck to the terms"
		}
		switch sn.low(v) {
		case "sets", "set", "lists", "listed", "stuck", "sticks", "stood", "stands", "repeated", "restated", "reiterated":
			parties, _ = sn.subjectOf(v)
		default:
			if sn.in(v, presentVerbs) {
				parties, _ = sn.subjectOf(v)
			}
		}
	}
	if link < 0 && len(parties) > 0 && (termNouns.has(w) || planNouns.has(w) || w == "position" || listedDemands[w]) {
		// "Russia's memorandum, handed over on Monday, gives Kyiv two
		// ways to a ceasefire: A, or B": the items after the colon.
		if k := sn.colonAfter(c.end); k > 0 && !((w == "position" || w == "line" || w == "lines") && slices.ContainsFunc(sn.cues, func(o cue) bool { return o.at > k })) && !(sn.in(k+1, pronouns) && sn.verbCue(k+2) != "") && !sn.clauseAt(k+1) &&
			!slices.ContainsFunc(sn.cues, func(o cue) bool { return o.form == formMust && o.at == k+1 && sn.anyIn(o.at, o.end, speechVerbs) }) { // but "terms come first: Ukrainian forces, he said, must leave Donbas" is a clause its speaker says
			end := sn.contentEndOf(k+1, true)
			for sn.low(end) == ";" && end+1 < len(sn.toks) && !sn.verbItem(end+1) && !slices.ContainsFunc(sn.cues, func(o cue) bool { return o.at > end && o.at <= end+4 }) {
				end = sn.contentEndOf(end+1, true) // "Europe's demands are clear: A; B; C": the list after the colon, while its items hold no verb
			}
			kind := sn.docKindOf(w, parties[0])
			if w == "position" || listedDemands[w] {
				kind = Demand // "Kyiv's position on land has not changed: the war should stop ..."
			}
			return sn.emit(parties, kind, sn.span(k+1, end))
		}
	}
	if link < 0 && (isConditionNoun(w) || w == "demand" || w == "demands" || w == "ask" || w == "priority" || w == "request") {
		// "X would be one of the main preconditions", "X remained
		// Russia's central demand"
		if fs := sn.predicateCondition(c); fs != nil || isConditionNoun(w) {
			return fs
		}
	}
	if m := sn.mentAt[max(c.at-2, 0)]; link < 0 && (w == "line" || w == "lines") && sn.low(c.at-1) == "red" && c.at > 1 && (m >= 0 && sn.ments[m].poss || sn.in(c.at-2, possPronouns)) {
		// "Recognition of occupied territory is one of Kyiv's red lines":
		// the side whose red lines they are demands there be none of it
		red := c
		red.at-- // the walk back to "is" starts before "red"
		fs := sn.predicateCondition(red)
		for i := range fs {
			if content := dropArticle(fs[i].content); len(content) > 0 && fs[i].content[0].low != "no" {
				fs[i].content = withNo(content) // "A cap on the army is one of Kyiv's red lines": no cap on the army, as redLinesNamed says it
			}
		}
		if fs != nil {
			return fs
		}
	}
	if link > 0 && sn.low(link-1) == "of" && (sn.in(link, possPronouns) || sn.low(link) == "its") && sn.low(link+1) == "own" {
		link = -1 // "a revised plan of their own": whose, not what
	}
	if link < 0 && kind == Proposal && planNouns.has(w) && len(parties) > 0 && sn.presenter(c.at) != nil {
		// "European governments brought a revised plan": the plan itself,
		// when it is more than "a plan".
		return sn.emit(parties, kind, sn.span(sn.phraseStart(c.at), c.end))
	}
	if link < 0 {
		return sn.appositive(c)
	}
	if kind == Agreement && (sn.low(c.at-1) == "any" || sn.low(c.at-1) == "no" || sn.low(c.at-1) == "without" || sn.low(c.at-2) == "without") {
		return nil // "part of any arrangement", "without a deal on the Donbas": none made
	}
	if a := sn.low(c.at - 1); kind == Agreement && (a == "a" || a == "an") && (sn.low(link-1) == "to" || sn.in(link-1, beWords)) && (c.at < 2 || sn.in(c.at-2, speechVerbs) || sn.low(c.at-2) == "that") {
		return nil // "Trump says a deal to end the war is closer": none made yet; "ended with a deal to ..." is one
	}
	if k := sn.colonAfter(link); k > 0 && k <= link+2 && sn.in(link-1, beWords) {
		if sn.in(k+1, pronouns) && sn.verbCue(k+2) != "" || sn.anyIn(k+1, min(k+5, len(sn.toks)), speechVerbs) {
			return nil // "The Europeans' own demands are familiar: they want ...", "Kyiv's priority is elsewhere: Zelensky said ...": the verb says it
		}
		link = k + 1 // "Kyiv's demands are simple: A, B and C"
	}
	if sn.low(link-1) != ":" && sn.judgedTerms(c.at, link, parties) {
		return nil
	}
	v := sn.prevWord(c.at)
	for n := 0; n < 2 && v > 0 && (sn.toks[v].numeric() || listAdjective(sn.low(v))); n++ {
		v = sn.prevWord(v) // "listed three further conditions"
	}
	if a := sn.low(v); a == "a" || a == "an" {
		v = sn.prevWord(v) // "arrived with a request for Tomahawk missiles"
	}
	if len(parties) == 0 && (sn.in(v, presentVerbs) || sn.low(v) == "listed" || sn.low(v) == "lists" || sn.low(v) == "named") {
		parties, _ = sn.subjectOf(v) // "The Kremlin listed further conditions, among them ..."
	}
	if a := sn.low(v); len(parties) == 0 && (a == "above" && sn.low(v+1) == "all" || a == "notably" || a == "chiefly" || a == "principally") {
		// "the Russian side tabled conditions that Kyiv regarded as
		// "disconnected from reality", above all a demand that Ukraine
		// pull out": the demand is one of the conditions, its presenter's
		for k := v - 1; k > 0 && k >= v-16; k-- {
			if termNouns.has(sn.low(k)) || planNouns.has(sn.low(k)) {
				parties = sn.presenter(k) // also "tabled its conditions and Ukraine answered with a counter-offer, notably a demand for ...": the nearer offer's
				break
			}
			if w := sn.low(k); w == ";" || (w == "and" || w == "but") && sn.mentAt[k-1] < 0 && sn.mentAt[k+1] >= 0 {
				break // another clause's subject: "..., and Ukraine said ..."
			}
		}
	}
	if len(parties) == 0 && sn.low(v) == "with" {
		for g := sn.prevWord(v); g > 0 && g >= v-4 && sn.toks[g].word; g = sn.prevWord(g) {
			if w := sn.low(g); w == "went" || w == "came" || w == "arrived" || w == "goes" || w == "comes" || w == "arrives" {
				parties, _ = sn.subjectOf(g) // "Ukraine's team went in with three clear asks: ...", "Kyiv came to Istanbul with two asks"
				break
			}
		}
	}
	if len(parties) == 0 && c.kind == Demand && sn.alongside(c.at) {
		// "Moscow's insistence on the whole of the Donbas ..., alongside
		// older demands that Ukraine stay out of NATO": the same side's
		if i := slices.IndexFunc(sn.cues, func(o cue) bool { return o.at < c.at && o.form == formNoun && o.kind == Demand }); i >= 0 {
			parties = sn.nounAgent(sn.cues[i].at)
		}
	}
	if len(parties) == 0 {
		switch {
		case planNouns.has(w) || termNouns.has(w):
			kind = sn.docKind(w)
			parties = sn.ownedDoc(w, kind)
		case c.kind == Agreement:
			parties = sn.bothSides()
		case c.kind == Demand:
			parties = sn.asideSpeaker(c.end, link) // `The "key condition", it said, must be ...`
			if len(parties) == 0 && isConditionNoun(w) {
				parties = sn.reporter(c.at) // "It was stressed that the key condition ... must be"
			}
			for k := c.at - 2; len(parties) == 0 && k > 1 && k >= c.at-4; k-- {
				if strings.HasPrefix(sn.low(k), "call") && sn.low(k-2) == "what" && sn.in(k-1, pronouns) {
					parties = sn.pronoun(k - 1) // "Putin set out what he called a key condition for any truce: ..."
				}
			}
		}
		if len(parties) == 0 && c.kind == Demand && (sn.low(c.at-1) == "with" || sn.low(c.at-2) == "with" || sn.low(c.at-3) == "with" && sn.toks[c.at-2].word) {
			parties = sn.clauseSubject(c.at) // "Fidan opened the session with a call for a ceasefire", "Kyiv arrived with one central demand:", "went to Geneva with two requirements:"
		}
	}
	if kind == Agreement && len(parties) > 1 {
		parties = parties[:1]
	}
	from := link
	if link > 0 && sn.low(link-1) == "that" {
		from = link - 1 // "demands that X and that Y": both clauses are the content
	}
	end := sn.contentEnd(from)
	if sn.in(link-1, beWords) || sn.low(link-1) == ":" {
		end = sn.overItems(end) // "Ukraine's priorities are A; B; and C", "Kyiv's priorities: A; B"
	}
	if sn.low(link-1) == "," {
		if e := sn.closedAppositive(link - 1); e > 0 && e < end {
			end = e // "Kyiv's second request, a meeting of the presidents, fared little better"
		}
	}
	for _, o := range sn.cues {
		if p := sn.particleAfterObject(o.at); o.at < c.at && p > c.at && p < end {
			end = p // "turned the proposal of a summit down": the particle ends it
		}
		if o.form == formAdj && o.at > c.at && o.at < end {
			end = o.at // "calls Kyiv's goal of returning to its borders unrealistic": the judgement ends it
		}
	}
	// "Kyiv's insistence on a ceasefire first was a ploy": the phrase is the
	// subject of the sentence, its verb is no part of the position.
	for k := link + 1; k < end && link > 0 && !sn.in(link-1, clauseLinks); k++ {
		w := sn.low(k)
		if sn.in(c.at, termNouns) || sn.low(c.at) == "demand" || isConditionNoun(sn.low(c.at)) {
			n := sn.low(sn.nextWord(k+1, true)) // "was already turned down"
			passive := strings.HasSuffix(n, "ed") || verbCues[n] != "" || n == "not" || n == "being"
			if sn.in(k, beWords) && (sn.verdictAt(k+1) || (n == "the" || n == "a") && sn.obstacleAfter(k+1)) {
				end = k // "Moscow's demand for a withdrawal was unacceptable (the main obstacle)": the judgement is no part of it
				break
			}
			if (w == "include" || w == "includes" || w == "included" || w == "are" || w == "is" || w == "were" || w == "was") && !passive {
				// "Russia's conditions for a ceasefire include X": X.
				link = k + 1
				break
			}
		}
		if w == "that" || w == "which" || w == "who" || w == "where" {
			break // "a commitment that Ukraine would not join NATO", "the front line where it stands": the verb is the clause's
		}
		if finiteVerbs.has(w) {
			end = k
			if sn.low(k-1) == "still" {
				end = k - 1 // "... still stands"
			}
			break
		}
		if (sn.in(k, pastTenses) || participle(w)) && sn.verbCue(k) == "" && (sn.in(k+1, determiners) || sn.mentAt[min(k+1, len(sn.toks)-1)] >= 0) && sn.opensClause(c.at) {
			end = k // "Kyiv's rejection of Moscow's demand angered the Kremlin": the main verb is no part of it
			break
		}
	}
	if termNouns.has(w) && sn.low(link-1) == "for" && sn.anyIn(link, min(link+4, end), peaceNouns) && !sn.anyText(c.end, len(sn.toks), ":") {
		return nil // "a list of terms for a final settlement": what the terms are for, not what they are
	}
	if kind == Proposal && planNouns.has(w) && sn.low(link-1) == "for" {
		link = sn.phraseStart(c.at) // "a plan for ending the war", not "ending the war"
	}
	if w := sn.low(end); w == "are" || w == "were" || w == "remain" || w == "remained" {
		for k := link + 1; k+1 < end; k++ {
			if m := sn.mentAt[k+1]; sn.low(k) == "and" && m >= 0 && sn.ments[m].start == k+1 && sn.ments[m].poss && !slices.Contains(parties, sn.ments[m].party) {
				end = k // "Moscow's demand for withdrawal and Kyiv's referendum requirement are not merely opposed": two subjects, each its own side's
				break
			}
		}
	}
	if sn.low(link) == "that" && link > c.end {
		// "His conditions are that aid stop, that Ukraine halts
		// mobilisation, and that there is some verification": one each
		for sn.thatGoesOn(end) {
			end = sn.contentEnd(end + 2 + b2i(sn.low(end+1) == "and"))
		}
		first, rest := sn.thatClauses(link+1, end)
		out := sn.emit(parties, kind, sn.span(link+1, first))
		for _, r := range rest {
			out = append(out, sn.emit(parties, kind, r)...)
		}
		return out
	}
	if sn.in(link-1, beWords) && (sn.anyIn(link, min(link+4, end), termNouns) || (termNouns.has(w) || planNouns.has(w)) && sn.anyIn(link, min(link+4, end), docNouns)) {
		// "The memorandum is the same ultimatum they wrote in 2022", "is a
		// maximalist document": what a text is judged to be; but "Russia's
		// demand is a legally binding document on ..." asks for one
		return nil
	}
	if sn.low(link-1) == "on" && (sn.low(link) == "paper" || sn.low(link) == "the" && sn.low(link+1) == "table") {
		return nil // "put its terms on paper (on the table)": where, not what
	}
	if cs := sn.clauseStart(c.at); sn.low(link-1) == "that" && link-1 == c.end && c.at-cs <= 4 && !slices.ContainsFunc(sn.toks[cs:c.at], func(t token) bool {
		return t.verbCue() != "" || t.in(speechVerbs) || t.in(prepositions) || t.in(finiteVerbs)
	}) {
		// "Russia's demand that Ukraine withdraw from Donbas is not new
		// (is unacceptable)": after the clause's own verb, the sentence's
		// verb is no part of what is demanded
		verb := false
		for k := link + 1; k < end; k++ {
			w := sn.low(k)
			if n := sn.low(k + 1); verb && sn.in(k, clauseWords) && (sn.in(k+1, pronouns) || n == "anything" || n == "everything" || n == "nothing" || n == "something" || sn.mentAt[min(k+1, len(sn.toks)-1)] >= 0) {
				break // "that Ukraine hold elections before anything is signed": the clause's own clause; but "meet before the end of June was turned down"
			}
			if verb && (sn.in(k, beWords) || w == "remains" || w == "remained") && sn.toks[k-1].word && !sn.in(k-1, modalsInContent) {
				end = k
				break
			}
			verb = verb || sn.bareVerb(k) && !sn.toks[k].caps
		}
	}
	if cs := sn.clauseStart(c.at); sn.low(link-1) == "to" && link-1 == c.end && c.at-cs <= 4 {
		for k := link + 1; k+1 < end; k++ {
			if sn.low(k) == "," && participle(sn.low(k+1)) && !sn.quoted[k+1] {
				end = k // "The American plan to end the war, delivered Thursday by Driscoll, shook the capital": the aside and the sentence's verb are no part of the plan
				break
			}
		}
	}
	if b := sn.low(link - 1); (b == "were" || b == "are") && !strings.HasSuffix(w, "s") && slices.ContainsFunc(sn.toks[max(c.at-4, 0):c.at], func(t token) bool { return t.in(prepositions) }) {
		return nil // "Their counter-proposals to the American plan were written to be rejected": the verb is the counter-proposals', not the plan's
	}
	content := sn.span(link, end)
	if (sn.in(link-1, beWords) || strings.HasPrefix(sn.low(link-1), "remain") || sn.low(link-1) == "for") && loneTerm(content) {
		content = sn.span(c.at, end) // "Moscow's demand is neutrality", "is the Donbas", "remains neutrality": the noun says what the word is
	}
	out := sn.emit(parties, kind, content)
	if kind == Demand && len(out) > 0 {
		if v := sn.backedAt(c.at); v >= 0 && !sn.negated(v) {
			// "The Europeans backed Ukraine's call for an unconditional
			// ceasefire": the backers' demand too
			if q, _ := sn.subjectOf(v); len(q) > 0 && !slices.Contains(parties, q[0]) {
				out = append(out, sn.emit(q, Demand, sn.span(link, end))...)
			}
		}
	}
	return out
}

// fearedAt reports whether the clause whose modal is at m is what someone
// fears or foresees: "fear (that) the US will demand ...".
func (sn *sentence) fearedAt(m int) bool {
	for k := m - 1; k >= 0 && k >= m-7; k-- {
		if fearVerbs[sn.low(k)] {
			return true
		}
		if !sn.toks[k].word || sn.in(k, speechVerbs) || sn.in(k, coordinators) || sn.low(k) == "or" {
			return false // "Europe worries about Russian troops and will demand a buffer zone": its own second verb
		}
	}
	return false
}

// fearVerbs open a clause someone fears or foresees, not one said.
var fearVerbs = map[string]bool{"fear": true, "fears": true, "feared": true, "worry": true, "worries": true, "worried": true,
	"suspect": true, "suspects": true, "predict": true, "predicts": true, "predicted": true, "speculate": true, "speculated": true}

// phraseBeforeComma returns the noun phrase that ends at the comma at k,
// from its determiner ("withdraw from the part of Donetsk it still holds,
// which ..."), or nil.
func (sn *sentence) phraseBeforeComma(k int) []token {
	if sn.low(k) != "," {
		return nil
	}
	for d := k - 1; d > 0 && d >= k-9; d-- {
		if !sn.toks[d].word || sn.in(d, modalsInContent) || sn.verbCue(d) != "" {
			return nil
		}
		if (sn.low(d) == "the" || sn.low(d) == "a" || sn.low(d) == "an") && (sn.in(d-1, prepositions) || sn.toks[d-1].word && !sn.in(d-1, determiners)) {
			np := slices.Clone(sn.span(d, k))
			np[0].text, np[0].space = np[0].low, true
			return np
		}
	}
	return nil
}

// moreWords stand between a count and the things counted: "two more
// points", "three further conditions".
var moreWords = map[string]bool{"more": true, "further": true, "other": true, "additional": true, "key": true}

// refuser returns the side whose refusal the "until" or "unless" at i
// conditions ("Putin refused to meet Zelensky until ..."), or "".
func (sn *sentence) refuser(i int) string {
	for _, c := range slices.Backward(sn.cues) {
		if c.kind == Rejection && c.at < i && c.at >= i-8 && !sn.negated(c.at) {
			if p, _ := sn.subjectOf(c.at); len(p) > 0 {
				return p[0]
			}
			return ""
		}
	}
	return ""
}

// recipient reports whether the mention, right after a verb of offering,
// names to whom, with what is offered after it: "offered Moscow an energy
// truce"; not "offered Ukrainian troops", "offered Kyiv's negotiators",
// "offered US guarantees".
func (sn *sentence) recipient(m mention) bool {
	e := m.end
	if sn.toks[m.start].upper && !sn.in(e, determiners) {
		return false // "the draft offered US guarantees": initials before a noun describe it
	}
	return !m.poss && !sn.isAdjectiveMention(m) && e < len(sn.toks) && sn.toks[e].word && !sn.in(e, prepositions) && !sn.in(e, coordinators) && !sn.in(e, clauseWords) && !sn.in(e, beWords)
}

// backedAt returns the verb that backs the noun at i owned by a side
// named before it ("backed Ukraine's call", "echoed the Ukrainian
// demand"), or -1.
func (sn *sentence) backedAt(i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if m := sn.mentAt[k]; m >= 0 {
			v := sn.ments[m].start - 1 - b2i(sn.low(sn.ments[m].start-1) == "the")
			if !backVerbs[sn.low(v)] {
				return -1
			}
			b := v - 1
			for b >= 0 && sn.toks[b].word && negationReaches(&sn.toks[b], b, v) {
				b-- // "has also backed", "would firmly back"
			}
			if sn.in(b, prepositions) || sn.low(v) == "back" && sn.mentAt[max(b, 0)] < 0 && !sn.in(b, pronouns) && sn.low(b) != "and" {
				return -1 // "accused Europe of echoing", "stopped short of backing", "has yet to back", "pushed back": no backing of the subject's
			}
			return v
		}
	}
	return -1
}

// backVerbs take up another side's demand as one's own: "backed Kyiv's
// call for a ceasefire".
var backVerbs = map[string]bool{"backed": true, "backs": true, "back": true, "backing": true, "supported": true, "supports": true,
	"support": true, "supporting": true, "echoed": true, "echoes": true, "echoing": true, "endorsed": true, "endorses": true, "endorsing": true}

// phraseStart returns where the noun phrase of the noun at i starts: at
// its article, over up to three modifiers ("a revised peace plan"), or at
// the noun when it has an owner named ("Russia's plan").
func (sn *sentence) phraseStart(i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := sn.toks[k]
		if t.in(possPronouns) {
			return k // "their 27-point draft"
		}
		if !t.word || sn.mentAt[k] >= 0 || t.poss {
			return i
		}
		if t.low == "a" || t.low == "an" || t.low == "the" {
			return k
		}
	}
	return i
}

// underPosition reads "Under Russia's terms, Ukraine would ...", and
// returns where the content ends too (c.end when there is none).
func (sn *sentence) underPosition(c cue) ([]found, int) {
	after := c.end
	if sn.low(after) == "which" {
		if e := sn.closingCommaAfter(after); e > 0 {
			after = e + 1 // "According to the text, which state agencies put out later, Moscow wants ..."
		}
	}
	if namingVerbs[sn.low(after)] && strings.HasSuffix(sn.low(after), "ed") {
		if e := sn.closingCommaAfter(after); e > 0 && e < after+8 {
			after, c.end = e+1, e+1 // "Under the second, described as a package, Ukraine would ...": over the participle
		}
	}
	if w := sn.low(after); w == "a" || w == "an" || w == "the" || sn.toks[min(after, len(sn.toks)-1)].word && !sn.toks[min(after, len(sn.toks)-1)].caps {
		for e := after + 1; e < len(sn.toks) && e < after+7; e++ { // also "Under the second, so-called package option, Kiev would ..."
			if t := sn.toks[e].text; t == "," {
				if sn.in(e-1, optionWords) || sn.in(e-1, termNouns) || quoteMark(sn.toks[e-1].text) && sn.in(e-2, optionWords) { // `a "package",`, `a "package" of conditions,`
					after, c.end = e+1, e+1 // "Under the second, a "package" option, Kyiv halts mobilisation ...": over the apposition
				}
				break
			} else if !sn.toks[e].word && !quoteMark(t) {
				break
			}
		}
	}
	for _, o := range sn.cues {
		if o.form == formVerb && o.at >= c.end && sn.demandsPoints(o.at) {
			return nil, c.end // "According to the text, a settlement would require:": the points that follow
		}
		if w := sn.low(o.at - 1); o.form == formVerb && o.at >= c.end && o.at < after+5 && !sn.anyText(min(after, o.at), o.at, ",") && !(o.kind == Agreement && (w == "would" || w == "could") && (sn.colonAfter(o.end) > 0 || o.needEx)) {
			if parties, _ := sn.subjectOf(o.at); len(parties) > 0 {
				return nil, c.end // "In every version, Moscow demands that ...": the verb says it; but "Under the second, Kyiv would accept a package: ..." is the terms, and so is "In the second, Kyiv halts mobilisation, accepts ..."
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
			if sn.low(k) == "its" && termNouns.has(sn.low(c.at)) && sn.st.lastDoc == Demand && sn.st.owner[Demand] != "" {
				parties = sn.owned(Demand) // "The Russian delegation handed over its memorandum. ... Under its terms, ...": the text's
			} else {
				parties = sn.pronoun(k)
			}
			break
		}
		if w := sn.low(k); w == "under" || w == "in" || w == "per" || w == "according" {
			break
		}
	}
	if n := c.at + 1 + b2i(sn.low(c.at+1) == "the"); len(parties) == 0 && n < c.end && sn.mentAt[n] >= 0 && !slices.ContainsFunc(sn.toks[n:c.end], func(t token) bool { return t.verbCue() == Agreement }) {
		parties = sn.nounAgent(c.at) // "Under the terms Moscow put forward, ..."; not "the terms Kyiv accepted (signed)": someone else's
	}
	mediator := false
	for k := c.at + 1; len(parties) == 0 && k+1 < c.end && sn.low(0) == "under"; k++ {
		if m := sn.mentAt[k+1]; sn.low(k) == "by" && m >= 0 {
			// "Under the version circulated by Britain, France and Germany,
			// ...": theirs, a proposal unless a side wrote it.
			parties = []string{sn.ments[m].party}
			mediator = !slices.Contains(sn.st.sides, parties[0])
		}
	}
	w := sn.low(c.at)
	kind := c.kind
	start := c.end
	if f := sn.nextWord(0, false); sn.in(start, beWords) && sn.low(f) == "among" && sn.low(f+1) == "them" {
		start++ // "Among them, according to the text, were A, B and C"
	}
	if sn.low(start) == "which" {
		// "Under the latest draft, which Zelenskyy presented on Tuesday, ..."
		for k := start + 1; k < len(sn.toks) && k < start+16; k++ {
			if m := sn.mentAt[k]; m >= 0 && len(parties) == 0 && sn.owned(kind) == nil {
				parties = []string{sn.ments[m].party}
			}
			if sn.toks[k].text == "," {
				start = k + 1
				break
			}
		}
	}
	if len(parties) == 0 {
		if kind == Demand && (w == "version" || planNouns.has(w) && !termNouns.has(w)) && sn.st.lastDoc == Proposal && sn.st.owner[Proposal] != "" {
			kind = Proposal // "... part of the American peace plan. Under the original 28-point version, ...": the plan named last
		}
		parties = sn.ownedDoc(w, kind)
		if len(parties) == 0 && kind == Agreement {
			parties = sn.bothSides() // "Under the arrangement, ships will ..."
		}
		if len(parties) == 0 && kind == Proposal && sn.st.prev != "" {
			parties = []string{sn.st.prev} // "Under the framework discussed in Berlin, ...": of those just named
			sn.own(w, parties[0])          // and its points that follow
		}
	} else {
		kind = sn.docKindOf(w, parties[0])
		if nounCues[w] != "" {
			kind = c.kind
		}
		if planOfTerms(w, parties[0]) {
			kind = Demand // "Under the European text, the army would be capped at 800,000"
		}
		if mediator {
			kind = Proposal
		}
		sn.own(w, parties[0])
	}
	if e := len(sn.toks); (kind == Proposal || kind == Demand && sn.modalClauses(start, e) > 2) && e > start {
		// "Under the draft, the army would keep 800,000 troops, Ukraine
		// would get a date for joining the EU, and elections would ...":
		// one position per clause; terms as well, when three clauses say
		// what would happen
		if sn.toks[e-1].text == "." {
			e--
		}
		if out := sn.continuationClauses(sn.span(start, e), parties, kind); len(out) > 1 {
			return out, e
		}
	}
	end := sn.contentEndOf(start, kind == Demand) // "Ukraine would have to withdraw ..., accept ... and cap ..."
	return sn.emit(parties, kind, sn.span(start, end)), end
}

// onlyAs reports whether content sets the one way its act would come
// ("a ceasefire only as part of a final settlement", "a halt only as long
// as it covered all energy facilities"); "only if" and "only after" are
// conditions read of their own.
func onlyAs(content []token) bool {
	for k := 0; k+1 < len(content); k++ {
		if content[k].low == "only" {
			return content[k+1].low == "as" || content[k+1].low == "on" || content[k+1].low == "in"
		}
	}
	return false
}

// textLength reports whether content only counts a text's points: "it
// now has nineteen points", "the draft runs to 19 points".
func textLength(content []token) bool {
	for k := 0; k+1 < len(content) && k < 5; k++ {
		switch content[k].low {
		case "has", "had", "have", "runs", "ran", "contains", "contained":
			n := k + 1 + b2i(content[k+1].low == "to")
			return n+2 == len(content) && content[n+1].low == "points" // "nineteen points", "19 points"
		}
	}
	return false
}

// mainVerbAt reports whether a verb of the main clause stands at k, after
// a relative clause: "(Putin, who did not accept the ceasefire,) met
// Trump", "got no answer", "leaves without them".
func (sn *sentence) mainVerbAt(k int) bool {
	if k >= len(sn.toks) || !sn.toks[k].word || sn.toks[k].caps || sn.in(k, determiners) || sn.in(k, prepositions) || sn.in(k, listStarts) {
		return false
	}
	w := sn.low(k)
	return participle(w) || sn.in(k, finiteVerbs) || sn.in(k, pastTenses) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// planOfTerms reports whether a plan noun of party's holds its author's
// conditions: a counter-proposal is its author's plan, and its terms are
// its author's conditions; so is any plan of Europe's, which answers
// another's ("The E3 text says talks must start from the line of contact.
// Ukraine's army would be limited to 800,000."); but "Europe made its
// offer in Paris" offers.
func planOfTerms(noun, party string) bool {
	return planNouns.has(noun) && (nounCues[noun] == Demand || party == "europe" && !offerNouns.has(noun))
}

// own records the author of a plan or of terms, for later sentences that
// name them without it ("The plan would ...").
func (sn *sentence) own(noun, party string) {
	if noun == "memorandum" || noun == "memorandums" {
		sn.st.memoOwner = party
	}
	switch {
	case planOfTerms(noun, party):
		sn.st.owner[Demand], sn.st.owner[Proposal] = party, party
		sn.st.lastDoc, sn.st.ownedAt, sn.st.ownedLead = Demand, sn.st.sentences, sn.leadNoun()
		sn.namedPlan = true
	case termNouns.has(noun):
		sn.st.owner[Demand] = party
		sn.st.lastDoc, sn.st.ownedAt, sn.st.ownedLead = Demand, sn.st.sentences, sn.leadNoun()
	case planNouns.has(noun) && !(docNouns.has(noun) && sn.st.lastDoc == Demand && sn.st.owner[Demand] == party):
		sn.st.owner[Proposal] = party
		sn.st.lastDoc, sn.st.ownedAt, sn.st.ownedLead = Proposal, sn.st.sentences, sn.leadNoun()
		sn.namedPlan = true
	}
}

// leadNoun reports whether the text named (the first noun of a plan, terms
// or a document) leads the sentence, no side named before it but its own
// ("The European version takes ...", "Russia's memorandum"); not in "The
// Kremlin has received the European version".
func (sn *sentence) leadNoun() bool {
	at := slices.IndexFunc(sn.toks, func(t token) bool { return t.in(planNouns) || t.in(termNouns) || t.in(docNouns) })
	return at >= 0 && !slices.ContainsFunc(sn.ments, func(m mention) bool { return m.end < at-2 })
}

// docKind returns the kind of position a document noun stands for: terms
// are demands, plans proposals, and a plain "the document" whatever was
// named last.
func (sn *sentence) docKind(noun string) Kind {
	switch {
	case termNouns.has(noun), nounCues[noun] == Demand: // "Europe's counter-proposal would raise the cap": its author's condition
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

// ownedDoc is owned for the kind of the document noun w; but "the
// memorandum" is whoever's memorandum was named last, whatever plan came
// between ("Russia's memorandum demands ... The European plan proposes ...
// The memorandum also calls for elections": Russia's).
func (sn *sentence) ownedDoc(w string, k Kind) []string {
	if m := sn.memoOf(w); m != nil {
		return m
	}
	return sn.owned(k)
}

// memoOf returns the party of the memorandum named last when w is
// "memorandum", or nil.
func (sn *sentence) memoOf(w string) []string {
	if (w == "memorandum" || w == "memorandums") && sn.st.memoOwner != "" {
		return []string{sn.st.memoOwner}
	}
	return nil
}

func (sn *sentence) owned(k Kind) []string {
	if p := sn.st.owner[k]; p != "" {
		return []string{p}
	}
	return nil
}

// bothSides is the party an agreement without a named subject ("the two
// sides agreed") is filed under: the first of the two negotiating sides
// the item names, else the first party it names or, failing that, one the
// sentence names other than its speaker.
func (sn *sentence) bothSides() []string {
	if sn.st.firstSide != "" {
		return []string{sn.st.firstSide}
	}
	if sn.st.first != "" {
		return []string{sn.st.first}
	}
	for _, m := range sn.ments {
		if !sn.afterPreposition(m) && !sn.nearSpeech(m) {
			return []string{m.party}
		}
	}
	for k := range sn.toks {
		w, e := sn.low(k), k+5
		verb := w == "swapped" || w == "exchanged"
		for j := k + 1; verb && j < e; j++ {
			if sn.in(j, prepositions) && sn.low(j) != "of" {
				e = j // "swapped dozens of prisoners"; but not "exchanged proposals on prisoners and territory"
			}
		}
		if (sn.in(k, futureSwaps) || sn.in(k, eventNouns) || verb) && sn.namesTraded(k+1, e) && (sn.anyIn(0, len(sn.toks), bothNouns) || sn.anyIn(0, k, agentNouns)) {
			// "The two sides (negotiators) agreed to swap 1,000 prisoners",
			// with no side named yet: the talks' sides; but not "agreed to
			// keep talking, but the fate of the prisoners remains unclear",
			// nor "The Red Cross agreed to oversee the exchange"
			return sn.st.sides[:min(1, len(sn.st.sides))]
		}
	}
	return nil
}

// secondObligation returns where the same subject's second obligation
// starts after a content that ends at end, past a relative clause ("that
// Europe must stop buying Russian oil, which he said was helping to
// finance the war, and must put pressure on China": must put pressure on
// China; "urged the Europeans to stop ..., which ..., and to put pressure
// on China"), the second opening on one of joins, and where it ends; or
// -1.
func (sn *sentence) secondObligation(end int, joins ...string) (int, int) {
	if sn.low(end) != "," || sn.low(end+1) != "which" {
		return -1, end
	}
	for k := end + 2; k+2 < len(sn.toks) && k < end+20; k++ {
		if sn.low(k) == "," && sn.low(k+1) == "and" && slices.Contains(joins, sn.low(k+2)) {
			if slices.ContainsFunc(sn.cues, func(c cue) bool { return c.at > end && c.at < k }) {
				break // "..., which the US has accepted, and must ...": a position of its own
			}
			return k + 2, sn.contentEnd(k + 3)
		}
		if t := sn.toks[k]; !t.word && t.text != "," {
			break
		}
	}
	return -1, end
}

// wouldAt reports whether the verb at v is put as "would", "could" or
// "might" do ("would agree to", "could accept").
func (sn *sentence) wouldAt(v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch w := sn.low(k); {
		case w == "would" || w == "could" || w == "might":
			return true
		case !sn.in(k, skipWords) || w == "will" || w == "has" || w == "have" || w == "had":
			return false
		}
	}
	return false
}

// interestNamed returns the side whose own interest the content names
// ("Ukraine's sovereignty"), or nil.
func (sn *sentence) interestNamed(content []token) []string {
	if len(content) == 0 {
		return nil
	}
	from, to := sn.tokenAt(content[0].pos), sn.tokenAt(content[len(content)-1].pos)
	for _, m := range sn.ments {
		if m.start >= from && m.end <= to && m.poss && slices.Contains(sn.st.sides, m.party) && sn.in(m.end, ownInterests) {
			return []string{m.party}
		}
	}
	return nil
}

func (sn *sentence) emit(parties []string, k Kind, content []token) []found {
	if len(content) == 0 || textLength(content) {
		return nil // but "it now has nineteen points" says what a text is, not what it asks
	}
	if w := content[0].low; w == "which" || w == "who" || w == "whom" {
		// "..., which would become a demilitarised buffer zone": the noun
		// phrase before the comma becomes the subject, else there is
		// nothing the clause stands for
		if len(content) < 3 {
			return nil
		}
		np := sn.phraseBeforeComma(sn.tokenAt(content[0].pos) - 1)
		if len(np) == 0 {
			return nil
		}
		content = slices.Concat(np, content[1:])
	}
	if n := len(content); k == Demand && n > 2 && content[n-1].low == "it" && (content[n-2].low == "leave" || content[n-2].low == "from") {
		if place := sn.placeBefore(sn.tokenAt(content[0].pos)); len(place) > 0 {
			// "will take Donbas by military means unless Ukrainian troops
			// leave it": leave Donbas
			content = append(slices.Clip(content[:n-1]), place...)
			content[n-1].space = true
		}
	}
	if n := len(content); (k == Demand || k == Proposal) && n > 1 && n <= 4 && (content[0].low == "it" || content[0].low == "them") && (participle(content[1].low) || content[1].in(pastTenses)) {
		i := sn.tokenAt(content[0].pos)
		clause := sn.low(i-1) == "that" || sn.in(i-1, speechVerbs) || strings.HasPrefix(sn.low(i-1), "insist") || n > 2 && (content[2].in(determiners) || content[2].in(possPronouns) || content[2].low == "no")
		if thing := sn.thingBefore(i, content[0].low == "them"); len(thing) > 0 && !clause { // but "signed the deal and insists it kept its word": "it" is who acted
			// "Moscow insists the plant should stay with Rosatom; Kyiv wants
			// it handed back": the plant handed back; "Europe wants them
			// kept": the frozen assets kept
			content = append(slices.Clone(thing), content[1:]...)
			content[0].text = content[0].low // "The plant must stay with Rosatom, Moscow says, while Kyiv wants it handed back": "the plant handed back"
		}
	}
	if len(content) == 2 && content[0].in(pronouns) && (content[1].low == "does" || content[1].low == "do" || content[1].low == "did") {
		return nil // "a ceasefire will come only after it does": a pro-verb, no position of its own
	}
	if v := content[min(b2i(content[0].low == "to"), len(content)-1)]; k == Demand && v.in(speechActs) {
		return nil // "I want to explain plainly what we asked for": the writer's own act, no position
	} else if k == Demand && (v.low == "host" || v.low == "mediate") && len(content) > 1 {
		k = Proposal // "Erdogan would like to host the leaders in Istanbul": a service offered, not asked of anyone
	}
	if o := b2i(len(content) > 2 && (content[0].low == "on" || content[0].low == "for")); k == Demand && len(content) > o+1 && countWords[content[o].low] && thingsNouns[content[o+1+b2i(len(content) > o+2 && moreWords[content[o+1].low])].low] == Demand && !slices.ContainsFunc(content, func(t token) bool { return t.text == ":" }) {
		return nil // "asked for three things, none of them new", "insist on two more points": the things come next; but "pushed for two things: A, and B"
	}
	if len(content) > 3 && k == Demand && (content[0].low == "a" || content[0].low == "the") && content[1].nounCue() == Demand && content[2].low == "that" {
		content = content[3:] // "Those terms include a demand that Ukraine withdraw": what is demanded
	}
	if a := b2i(content[0].low == "a" || content[0].low == "an"); len(content) > a+3 && (k == Agreement && (content[a].low == "agreement" || content[a].low == "deal") && content[a+1].low == "on" ||
		k == Proposal && (content[a].low == "proposal" || content[a].low == "offer") && (content[a+1].low == "for" || content[a+1].low == "of")) {
		content = content[a+2:] // "reached an agreement on a 30-day moratorium on strikes": the moratorium; "tabled a proposal for an all-for-all exchange": the exchange
	}
	if n := len(content); k == Demand && n >= 3 && content[n-1].low == "it" && (content[n-2].in(planTakers) || content[n-2].low == "with" && content[n-3].in(planTakers)) {
		// "Kyiv should accept it", after "the American text": accept the
		// American text
		plan := sn.planNamed(sn.tokenAt(content[0].pos))
		if len(plan) == 0 && sn.st.lastPlanAt >= sn.st.sentences-2 {
			plan = sn.st.lastPlan
		}
		if len(plan) > 0 {
			content = append(slices.Clip(content[:n-1]), plan...)
			content[n-1].space = true
		}
	}
	if j := slices.IndexFunc(content[:min(4, len(content))], func(t token) bool { return t.low == "them" }); k == Demand && j > 0 && returnVerb(content[j-1].low) {
		if listed := sn.listedBefore(sn.tokenAt(content[0].pos)); len(listed) > 0 {
			// "We handed over a list of 339 children, and we insist that
			// Russia returns them": returns the 339 children
			listed[0].space = true
			content = slices.Concat(content[:j], listed, content[j+1:])
		}
	}
	intro, obliged := "", ""
	for i, t := range sn.toks {
		if t.pos == content[0].pos {
			if i > 0 {
				intro = sn.toks[i-1].low // "for" of "calls for"
			}
			if m := sn.mentAt[i]; k == Demand && m >= 0 && !sn.ments[m].poss && sn.ments[m].start == i {
				appeal := toldVerbs[intro] || intro == "on" && strings.HasPrefix(sn.low(i-2), "call") // "Zelensky urged Ukrainians to join the armed forces": his own people, no gain
				if w := sn.low(sn.ments[m].end); (w == "to" || w == "must" || w == "should") && (appeal || !sn.gains(sn.ments[m].end+1)) {
					obliged = sn.ments[m].party // "Ukraine to give up land": no demand of Ukraine's
				}
			}
			break
		}
	}
	out := make([]found, 0, len(parties))
	for _, p := range parties {
		if p == "" || p == obliged || slices.ContainsFunc(out, func(f found) bool { return f.party == p }) {
			continue
		}
		out = append(out, found{party: p, kind: k, content: content, intro: intro})
	}
	return out
}

// gains reports whether the verb at k has its subject receive, not act:
// "Estonia wants Europe to have a seat at the table", "to be given
// guarantees": a side may want that for itself.
func (sn *sentence) gains(k int) bool {
	switch sn.low(k) {
	case "have", "get", "receive", "retain", "join", "sit":
		return true
	case "keep":
		n := sn.low(k + 1)
		return n != "up" && n != "on" && (!strings.HasSuffix(n, "ing") || strings.HasSuffix(n, "thing")) // but "to keep supporting Ukraine": to go on acting
	case "be":
		switch sn.low(k + 1) {
		case "given", "included", "represented", "involved", "consulted", "invited", "present", "granted", "offered", "admitted":
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
	if d < 1 || (sn.low(d) != "a" && sn.low(d) != "an" && sn.low(d) != "the") || sn.toks[d-1].text != "," && sn.toks[d-1].text != "—" {
		return nil // ", a proposal the Kremlin rejected", "— an idea Kyiv rejected"
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
	if sn.verbCue(v) == Rejection && !sn.negated(v) {
		kind = Rejection // "..., a proposal the Kremlin rejected"
	} else if judged := sn.low(v + 1 + b2i(sn.low(v+1) == "as")); (sn.in(v, judgeVerbs) || sn.low(v) == "regards" || sn.low(v) == "regarded" || sn.low(v) == "considers" || sn.low(v) == "sees") && rejectAdjectives.has(judged) {
		kind = Rejection // "..., an offer Kyiv regards as unacceptable"
	} else if m.poss || !sn.in(v, authorVerbs) {
		return nil // "a request Medinsky said Moscow would study": not his
	}
	comma := d - 1
	return sn.emit([]string{m.party}, kind, sn.span(sn.antecedent(comma), comma))
}

// planContinuation reads a sentence that goes on describing the plan or
// terms of the sentence before without naming them: "Kyiv would give up
// joining NATO, no foreign troops would be stationed in Ukraine, and
// elections would be held within 100 days." Each clause with "would" or
// "will" is a position of the document's author.
func (sn *sentence) planContinuation() []found {
	kind := sn.st.lastDoc
	parties := sn.owned(kind)
	if len(parties) == 0 || kind != Proposal && kind != Demand || sn.anyIn(0, min(6, len(sn.toks)), planNouns) {
		return nil // "A US peace plan that surfaced this week would ...": a sentence about a plan of its own
	}
	if kind == Demand && sn.st.owner[Proposal] != parties[0] {
		// "The second is described as a package. Ukraine would halt
		// mobilisation, stop receiving Western weapons and accept no
		// foreign troops": the terms go on with what the other side
		// would do
		k := sn.nextWord(0, false)
		m := sn.mentAt[min(k, len(sn.toks)-1)]
		if m < 0 || sn.ments[m].start != k || sn.low(sn.ments[m].end) != "would" || !sn.otherSideActs(sn.toks[k:], parties[0]) || sn.anyIn(k, len(sn.toks), speechVerbs) {
			return nil
		}
		return sn.emit(parties, Demand, sn.span(k, sn.contentEnd(k)))
	}
	var out []found
	for _, part := range splitAt(sn.toks, ";") {
		for _, t := range part {
			if t.in(speechVerbs) || t.text == ":" {
				part = nil // reported words, not the document's
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
		if h := slices.IndexFunc(part, func(t token) bool { return t.low == "have" }); h > 0 && h+1 < len(part) && part[h+1].low != "to" && hasWord(part[:h], "would") {
			continue // "would have been monitored": what might have been; but "would have to write" is a term
		}
		content := append(prefix, part...)
		prefix = nil
		for len(content) > 0 && (content[0].low == "and" || content[0].low == "or") {
			content = content[1:]
		}
		k := kind
		if k == Proposal && len(parties) == 1 && sn.otherSideActs(content, parties[0]) {
			k = Demand // "Under Kyiv's proposal, ... Russia would return the children": asked of Moscow
		}
		out = append(out, sn.emit(parties, k, content)...)
	}
	return out
}

// otherSideActs reports whether a clause of party's plan has the other
// negotiating side as its subject: "Russia would return the children it
// deported" in Kyiv's plan.
func (sn *sentence) otherSideActs(clause []token, party string) bool {
	if !slices.Contains(sn.st.sides, party) || len(clause) == 0 || !clause[0].party || clause[0].poss {
		return false
	}
	for k, t := range sn.toks {
		if t.pos == clause[0].pos {
			m := sn.mentAt[k]
			if m < 0 || sn.ments[m].poss || sn.ments[m].party == party || !slices.Contains(sn.st.sides, sn.ments[m].party) {
				return false
			}
			e := sn.ments[m].end
			if n := e + 1; sn.low(e) == "and" && n < len(sn.toks) && sn.mentAt[n] >= 0 && sn.ments[sn.mentAt[n]].party == party {
				return false // "Russia and Ukraine sign a non-aggression agreement": both act
			}
			return true
		}
	}
	return false
}

// objectOf returns the head of a content up to its first clause break: the
// object an exchange verb acts on ("released 84 prisoners", not "handed
// over in Istanbul, gives Kyiv ... troops").
func objectOf(content []token) []token {
	for k, t := range content {
		if k > 0 && !t.word && (t.text == "," || t.text == ":" || t.text == ";" || t.text == "—") {
			return content[:k]
		}
	}
	return content
}

// rejectedBefore reports whether a rejection cue comes before token i in
// the sentence.
func (sn *sentence) rejectedBefore(i int) bool {
	for _, o := range sn.cues {
		if o.at < i && o.kind == Rejection {
			return true
		}
	}
	return false
}

// partyVerbAt reports whether a party named at k is the subject of a cue
// verb right after it: "...: Moscow wants the whole of Donbas, ...".
func (sn *sentence) partyVerbAt(k int) bool {
	m := sn.mentAt[min(k, len(sn.toks)-1)]
	if k >= len(sn.toks) || m < 0 || sn.ments[m].start != k {
		return false
	}
	v := sn.nextWord(sn.ments[m].end, true)
	return sn.verbCue(v) != "" || sn.in(v, speechVerbs) // "...: Vladimir Putin said ...": a report of its own
}

// colonAfter returns the index of a colon that ends the clause started
// before from, with no reported speech on the way, or -1.
func (sn *sentence) colonAfter(from int) int {
	for k := range sn.overAsides(from, 25, sn.saidAside) { // "Kyiv's priorities, he said, had not changed: ..."
		t := sn.toks[k]
		switch {
		case t.text == ":":
			return k
		case t.in(speechVerbs) && sn.low(k+1) == ":" && k > from+1 && sn.anyText(max(from, k-5), k, ",") && !quoteMark(sn.low(k+2)) && !slices.ContainsFunc(sn.toks[from:k], func(t token) bool { return t.verbCue() != "" }):
			return k + 1 // "Washington's aim has not changed, a White House official said: ..."
		case k == from && (t.low == "that" || t.low == "which") && sn.relativeThat(k+1):
			// "brought back a demand that has been largely absent from the
			// drafts: ...": over the relative clause
		case t.in(speechVerbs) || t.text == ";" || t.text == "\"" || t.text == "“" || t.in(clauseWords) && t.low != "as" && !(t.low == "since" && (sn.low(k+1) == ":" || sn.timeToColon(k+1) && sn.colonWithoutName(k+1))) && !(t.low == "where" && (sn.low(k-1) == "remain" || sn.low(k-1) == "remained")):
			return -1 // but "Kyiv's demands have not changed since: ...", "the demands Moscow has made since 2022 (since spring): ..."
		}
	}
	return -1
}

// colonAside returns the colon that closes a speech aside around the verb
// at v (", he told reporters:"), or -1.
func (sn *sentence) colonAside(v int) int {
	b := v - 1
	for b > 0 && b >= v-8 && sn.toks[b].word {
		b--
	}
	if b <= 0 || b == v-1 || sn.toks[b].text != "," {
		return -1
	}
	for k := v + 1; k < len(sn.toks) && k <= v+3; k++ {
		if sn.toks[k].text == ":" {
			return k
		}
		if !sn.toks[k].word {
			return -1
		}
	}
	return -1
}

// colonOverAside returns the colon that ends the clause at from, over a
// speech aside (", Ukrainian officials said last week:"), or -1.
func (sn *sentence) colonOverAside(from int) int {
	if a := sn.speechAside(from); a > 0 {
		from = a // "What Kyiv wants, one senior official said, fits into a sentence: ..."
	}
	for k := from; k < len(sn.toks) && k < from+10; k++ {
		switch t := sn.toks[k]; {
		case t.text == ":":
			return k
		case !t.word && t.text != ",":
			return -1
		}
	}
	return -1
}

// relativeObject reports whether mention m is the object of a relative
// clause ("Questions that concern Ukraine, he said, must be settled ..."):
// no subject of the clause it ends.
func (sn *sentence) relativeObject(m mention) bool {
	v := m.start - 1
	return v > 1 && sn.toks[v].word && !sn.in(v, determiners) && !sn.in(v, clauseWords) && (sn.low(v-1) == "that" || sn.low(v-1) == "which") && sn.toks[v-2].word && !sn.in(v-2, speechVerbs)
}

// impliedSpeaker is who puts an obligation that no speech verb reports:
// the subject of the clause before a colon ("Moscow is sticking to its
// positions: Kyiv must ..."), or, at the start of a sentence, the party
// the text was about ("Kyiv must also notify Moscow ..."), never the
// obliged party itself.
func (sn *sentence) impliedSpeaker(at int, subject string) []string {
	if subject == "" {
		return nil
	}
	for k := at - 1; k > 0; k-- {
		if sn.toks[k].text != ":" {
			continue
		}
		for _, m := range sn.ments {
			if m.end <= k && m.party != subject && !sn.afterPreposition(m) && !m.poss {
				return []string{m.party}
			}
		}
		return nil
	}
	if sn.clauseStart(at) == 0 && sn.nextWord(0, false) == at && sn.st.prev != subject {
		if sn.st.stranger && sn.strangerSays() {
			return nil // `"Europe must pay for this," she said`, she a researcher who reported Moscow's wants: hers, not Moscow's
		}
		return []string{sn.st.prev}
	}
	return nil
}

// moreWork returns who says a plan needs more work, when what the plan
// "will require" at k is "additional (more, further) work (changes)":
// the speaker who judges it, or "".
func (sn *sentence) moreWork(k int) string {
	switch sn.low(k - 1) {
	case "require", "requires", "need", "needs", "needed":
	default:
		return "" // not "The US plan envisages more changes to the constitution": what the plan holds
	}
	if a, n := sn.low(k), sn.low(k+1); (a != "additional" && a != "more" && a != "further") || (n != "work" && n != "changes") {
		return ""
	}
	if v := sn.firstSpeech(); v > 0 {
		if ps, _ := sn.subjectOf(v); len(ps) == 1 {
			return ps[0]
		}
	}
	return ""
}

// planOver returns the author of the plan whose terms the sentence sets
// out before token at ("It would ...", "The draft calls for ..."), or "".
func (sn *sentence) planOver(at int) string {
	for _, o := range sn.cues {
		if o.form == formPlan && o.at < at {
			if sn.low(o.at) != "it" {
				if p := sn.nounAgent(o.at); len(p) == 1 {
					return p[0]
				}
			}
			if p := sn.st.owner[cmp.Or(sn.st.lastDoc, Proposal)]; p != "" {
				return p
			}
		}
	}
	return ""
}

// predicateCondition reads "X would be one of the main preconditions for
// lifting sanctions, the EU said": X is the speaker's condition.
func (sn *sentence) predicateCondition(c cue) []found {
	be := -1
	var holder []string
	for k := c.at - 1; k >= 0 && k >= c.at-9; k-- {
		if sn.in(k, beWords) || sn.low(k) == "remains" || sn.low(k) == "remained" || sn.low(k) == "remain" {
			be = k // "remains an important condition"
			break
		}
		t := sn.toks[k]
		if t.text == "," && k > 3 && sn.mentAt[k-1] >= 0 {
			// "was, for Russia, a very important condition": whose it is
			m := sn.ments[sn.mentAt[k-1]]
			if sn.low(m.start-1) == "for" && sn.toks[m.start-2].text == "," {
				holder = []string{m.party}
				k = m.start - 2
				continue
			}
		}
		if t.text == "\"" || t.text == "“" {
			continue // `was "the key condition"`
		}
		if m := sn.mentAt[k]; m >= 0 && sn.ments[m].poss && holder == nil {
			holder = []string{sn.ments[m].party} // "remained Russia's central demand"
			k = sn.ments[m].start
			continue
		}
		if w := t.low; (w == "their" || w == "its") && holder == nil {
			holder = sn.pronoun(k) // "the Russians had made clear the Donbas remained their central demand"
			continue
		}
		if !t.word || t.party || !(t.in(determiners) || conditionAdjectives[t.low]) {
			return nil
		}
	}
	if be < 0 {
		return nil
	}
	if n := c.end + 1 + b2i(sn.low(c.end+1) == "the"); holder == nil && sn.low(c.end) == "for" && n < len(sn.toks) {
		if m := sn.mentAt[n]; m >= 0 && !sn.ments[m].poss && (sn.ments[m].end == len(sn.toks) || !sn.toks[sn.ments[m].end].word) {
			holder = []string{sn.ments[m].party} // "remains a condition for Kyiv", "for the United States"
		} else if sn.low(n) == "us" && (n+1 == len(sn.toks) || !sn.toks[n+1].word) {
			holder = sn.pronoun(n) // "remains a condition for us": the speaker's side
		}
	}
	if holder != nil {
		cs := sn.clauseStart(be)
		for w := sn.low(cs - 1); (w == "before" || w == "after" || w == "until") && (sn.in(cs, determiners) || sn.low(cs) == "any"); w = sn.low(cs - 1) {
			cs = sn.clauseStart(cs - 1) // "A truce before any negotiation had been Kyiv's central demand": a preposition, not a clause
		}
		for k := be - 1; k > cs; k-- {
			if sn.in(k, speechVerbs) || sn.low(k) == "clear" && sn.low(k-1) == "made" {
				cs = k + 1 // "the Russians had made clear the Donbas remained their central demand": the Donbas
				break
			}
		}
		e := be
		for e > cs+1 && (sn.low(e-1) == "had" || sn.low(e-1) == "has" || sn.low(e-1) == "have") {
			e-- // "had been Kyiv's central demand"
		}
		return sn.emit(holder, Demand, sn.span(cs, e))
	}
	cs := sn.clauseStart(be)
	for k := 0; k < be; k++ {
		if e := sn.saidAside(k); e > 0 && e <= be && e >= cs {
			cs = sn.clauseStart(k) // `"X," a Commission spokesperson told reporters, would be ...`
			break
		}
	}
	aux := be
	for aux > cs && sn.in(aux-1, skipWords) {
		aux--
	}
	var speakers []string
	switch {
	case len(sn.asideSpeaker(cs, aux)) > 0:
		// "X and Y, the spokesperson said, were among the main preconditions"
		return sn.emit(sn.asideSpeaker(cs, aux), Demand, sn.withoutAside(cs, aux))
	case sn.reported(cs) || sn.quoted[sn.nextWord(cs, false)]:
		speakers = sn.speaker(cs) // and a quote: "Ukraine's non-aligned status is a requirement for us"
	case sn.trailingSpeech() > be:
		speakers, _ = sn.subjectOf(sn.trailingSpeech()) // "X is a precondition for talks, Zelensky said"
	default:
		return nil
	}
	return sn.emit(speakers, Demand, sn.span(cs, aux))
}

// conditionAdjectives are the words between "is" and a condition noun in
// "is one of the main conditions", "was a very important condition".
var conditionAdjectives = map[string]bool{"one": true, "of": true, "main": true, "key": true,
	"first": true, "only": true, "among": true, "very": true, "most": true, "important": true,
	"essential": true, "crucial": true, "necessary": true, "absolute": true, "basic": true,
	"fundamental": true, "central": true, "core": true, "indispensable": true, "vital": true,
	"mandatory": true, "minimum": true, "chief": true, "principal": true, "non-negotiable": true,
	"opening": true, "initial": true, "top": true, "biggest": true, "overriding": true, "primary": true, "original": true, "still": true}

// judgedTerms reports whether a noun cue linked by "is"/"are" to what
// follows is judged rather than spelled out: "the Russian conditions were
// an attempt to distort ..." (a plural named as one thing), or terms a
// party other than their owner describes ("Zelenskyy said Russia's terms
// were ...").
func (sn *sentence) judgedTerms(at, link int, parties []string) bool {
	b := at + 1
	if !sn.in(b, beWords) || b >= link {
		return false
	}
	if l, v := sn.low(link), sn.low(b); (l == "a" || l == "an") && strings.HasSuffix(sn.low(at), "s") && !((v == "is" || v == "was") && sn.namesOne(at)) && !sn.listOfOnes(link) {
		// "Kyiv's demands are a non-starter"; but "Ukraine's priorities
		// were a ceasefire, an exchange and a meeting" lists them, and
		// "Among (One of) Moscow's demands is a withdrawal" names one
		return true
	}
	cs := sn.clauseStart(at)
	if len(parties) == 0 || !sn.reported(cs) {
		return false
	}
	sp := sn.speaker(cs)
	return len(sp) > 0 && sp[0] != parties[0]
}

// namesOne reports whether the plural noun at at is one of a set whose one
// member a singular verb names: "Among Moscow's demands is ...", "One of
// Kyiv's demands was ...", "At the heart of (Central to) Moscow's demands
// is ..."; not "Kyiv's answer to Moscow's demands is a firm no", nor "At
// the heart of the row over Moscow's demands is a dispute": the heart of
// the row.
func (sn *sentence) namesOne(at int) bool {
	owner := true // only the demands' owner between: "the Kremlin's", "Russia's own"
	for k := at - 1; k >= 0 && k >= at-5; k-- {
		switch w, p := sn.low(k), sn.low(k-1); {
		case w == "among" || w == "of" && p == "one":
			return true
		case owner && (w == "of" && (p == "heart" || p == "core" || p == "centre" || p == "center" || p == "top" || p == "forefront") ||
			w == "to" && (p == "central" || p == "key" || p == "crucial" || p == "fundamental")):
			return true // "At the heart of Moscow's demands is ...", "Central to Kyiv's conditions is ..."
		}
		if t := sn.toks[k]; !(t.party || t.poss || t.in(determiners) || t.in(possPronouns) || t.low == "own" || t.low == "main" || t.low == "key" || t.low == "latest") {
			owner = false
		}
	}
	return false
}

// opensClause reports whether the noun at i is in the phrase that opens
// its clause, with no verb before it: "Moscow's refusal of a ceasefire
// (frustrated Washington)".
func (sn *sentence) opensClause(i int) bool {
	for k := sn.clauseStart(i); k < i; k++ {
		if t := sn.toks[k]; t.verbCue() != "" || t.in(speechVerbs) || t.in(finiteVerbs) || t.in(pastTenses) || t.in(clauseWords) || participle(t.low) {
			return false
		}
	}
	return true
}

// overItems returns where a content that ends at e ends when it may run on
// over semicolons, item after item, while no item holds a verb of its own:
// "a full ceasefire; an exchange of all prisoners; and the return of
// deported children".
func (sn *sentence) overItems(e int) int {
	for sn.low(e) == ";" && e+1 < len(sn.toks) && !sn.verbItem(e+1) {
		e = sn.contentEnd(e + 1)
	}
	return e
}

// listOfOnes reports whether the words from k list things one by one: "a
// ceasefire, a large exchange of prisoners, and a meeting", "a neutral
// Ukraine and the lifting of sanctions"; not "a non-starter, and the talks
// will fail" ("could fail", "won't accept them", "the world knows it"),
// whose second part is a clause; but "the return of the children it took"
// is one thing with a clause of its own.
func (sn *sentence) listOfOnes(k int) bool {
	e := sn.overItems(sn.contentEnd(k))
	for n := k + 1; n+1 < e; n++ {
		if w := sn.low(n + 1); (sn.low(n) == "," || sn.low(n) == ";" || sn.low(n) == "and") && (w == "a" || w == "an" || w == "the" || w == "no") {
			for m := n + 2; m < e && sn.low(m) != "," && sn.low(m) != ";" && sn.low(m) != "and"; m++ {
				if v := sn.low(m); !sn.in(m-1, pronouns) && (sn.in(m, finiteVerbs) || sn.in(m, pastTenses) || sn.in(m, modalsInContent) || thereBe[v] || strings.HasSuffix(v, "n't") || v == "cannot") ||
					m == n+3 && strings.HasSuffix(v, "s") && (sn.low(m+1) == "it" || sn.low(m+1) == "them") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// isConditionNoun reports whether w names a condition, in the singular or
// plural ("preconditions").
func isConditionNoun(w string) bool {
	return conditionNouns.has(w) || conditionNouns.has(strings.TrimSuffix(w, "s"))
}

// exchangedSubject returns where the subject of an exchange verb at i
// starts when that subject is who was exchanged ("Some 150 defenders came
// home", "390 people returned to each side"), or -1.
func (sn *sentence) exchangedSubject(i int) int {
	if sn.negated(i) {
		return -1
	}
	s := sn.clauseStart(i)
	for k := i - 1; k > s; k-- {
		if sn.toks[k].text == "," {
			s = k + 1
			break
		}
	}
	if sn.low(s) == "with" {
		s++ // "..., with 390 people returning to each side"
	}
	subj := sn.span(s, i)
	if len(subj) == 0 || len(subj) > 8 || !hasAny(subj, exchangeWords) {
		return -1
	}
	for _, t := range subj {
		if t.verbCue() != "" || t.in(speechVerbs) {
			return -1
		}
	}
	return s
}

// inReturn reports whether the sentence says an act was done "in return"
// or "in exchange": what it hands over was traded.
func (sn *sentence) inReturn() bool {
	for k := 0; k+1 < len(sn.toks); k++ {
		if sn.inReturnAt(k) {
			return true
		}
	}
	return false
}

// thatAfterPhrase returns the "that" which opens the content of a verb
// after a prepositional phrase ("agreed in a phone call on Wednesday that
// ..."), or -1.
func (sn *sentence) thatAfterPhrase(from int) int {
	if sn.low(from) == "on" && sn.dateAt(from+1) && sn.low(from+2) == "," {
		return sn.thatAfterPhrase(from + 2) // "agreed on Thursday, at the close of talks, to exchange ..."
	}
	if sn.in(from, timeOpeners) && sn.in(from+1, timeNouns) && sn.in(from+2, prepositions) && sn.low(from+2) != "to" {
		return sn.thatAfterPhrase(from + 2) // "pledged last month in Paris to send ..."
	}
	if e := sn.saidAside(from); e > 0 && sn.low(e) == "that" {
		return e // "insisted, these officials said, that ..."
	}
	if sn.timesOver(from) {
		// "has demanded several times that ...", "proposed a number of
		// times to ...", "insisted many times on ...": how often, as a
		// time phrase
		n := from + 2 + 2*b2i(sn.low(from) == "a")
		if sn.in(n, timeOpeners) && sn.in(n+1, timeNouns) {
			n += 2 // "three times this week"
		}
		switch w := sn.low(n); {
		case w == "that" || w == "on" || w == "to" && n+1 < len(sn.toks) && sn.toks[n+1].word:
			return n
		case w == "since" || w == "during":
			for k := n + 1; k < len(sn.toks) && k <= n+6 && sn.toks[k].word; k++ {
				if sn.low(k) == "that" || sn.low(k) == "to" && k+1 < len(sn.toks) && sn.toks[k+1].word {
					return k // "a number of times since May that"
				}
			}
		case w == "," || sn.in(n, prepositions) && w != "for":
			return sn.thatAfterPhrase(n)
		}
		return -1
	}
	if sn.low(from) == "for" && durationNouns[sn.low(from+1)] {
		if sn.low(from+2) == "," {
			return sn.thatAfterPhrase(from + 2) // "has insisted for weeks, however, that ..."
		}
		if sn.low(from+2) == "that" {
			return from + 2 // "has insisted for months that ..."
		}
	}
	if aside := sn.low(from + 1); sn.low(from) == "," && (sn.in(from+1, prepositions) || aside == "according" || aside == "until" || aside == "and" || aside == "however") {
		// over an aside, which may hold an apposition of its own:
		// "agreed, according to the head of the Russian team, Vladimir
		// Medinsky, that ...", "insisted, and Kyiv needs to hear this
		// too, that ..."
		for c := from + 1; c < len(sn.toks) && c <= from+20; c++ {
			if sn.low(c) != "," {
				if !sn.toks[c].word {
					break
				}
				continue
			}
			n := c + 1
			if t := sn.toks[min(n, len(sn.toks)-1)].text; t == "\"" || t == "“" {
				n++ // `had agreed, until 1 February, "to create ..."`
			}
			if w := sn.low(n); w == "that" || w == "to" && aside != "and" && n+1 < len(sn.toks) && sn.toks[n+1].word {
				return n // "insisted, in a joint statement, that ...", "did agree, according to their hosts, that ..."
			}
			if sn.low(n) == "only" && sn.low(n+1) == "to" && aside != "and" {
				return n + 1 // "agreed, by their own account, only to keep talking"
			}
		}
	}
	if !sn.in(from, prepositions) || sn.low(from) == "to" || sn.low(from) == "for" || sn.low(from) == "on" {
		return -1
	}
	if w := sn.low(from); (w == "about" || w == "around") && from+1 < len(sn.toks) && sn.toks[from+1].numeric() && !((durationNouns[sn.low(from+2)] || sn.low(from+2) == "hours") && (sn.low(from+3) == "ago" || sn.low(from+3) == "earlier" || sn.low(from+3) == "later")) {
		return -1 // "needs about 135 billion euros to keep its state functioning": an amount, and what it is for; but "agreed about two weeks ago to ..." says when
	}
	for k := from + 1; k < len(sn.toks) && k < from+14; k++ {
		t := sn.toks[k]
		if t.low == "that" && (sn.low(k+2) == "that" || sn.low(k+3) == "that") {
			continue // "insisted during that call that ...": a determiner
		}
		if t.low == "that" || t.low == "to" && k > from+1 && k+1 < len(sn.toks) && !sn.in(k-1, prepositions) && !sn.in(k+1, determiners) && sn.mentAt[k+1] < 0 {
			return k // "... that", "agreed in a call with Trump to halt ..."
		}
		if t.low == "on" && k == from+2 && sn.low(from) == "in" && sn.toks[from+1].caps && sn.in(k+1, determiners) {
			return k // "agreed in Brussels on a loan of 90 billion euros"
		}
		if t.text == "," && sn.low(from) == "with" {
			// "agreed with the United States, after talks in Riyadh, to
			// ensure ...": over the aside
			e := slices.IndexFunc(sn.toks[k+1:min(len(sn.toks), k+12)], func(t token) bool { return t.text == "," })
			if e >= 0 && sn.low(k+e+2) == "to" {
				return k + e + 2
			}
			if e >= 0 && sn.low(k+e+2) == "with" && sn.low(k-1) == "and" {
				return sn.thatAfterPhrase(k + e + 2) // "agreed with Russia and, separately, with Ukraine to ensure ...": the second partner
			}
			return -1
		}
		if !t.word && !(t.text == "-" && !t.space) || t.in(speechVerbs) || t.in(clauseWords) {
			return -1 // but "agreed at U.S.-brokered talks to ..."
		}
	}
	return -1
}

// presenter returns who presents the plan named at i: "presenting what
// he called a ten-point peace formula", "unveiled a plan".
func (sn *sentence) presenter(i int) []string {
	for k := i - 1; k >= 0 && k >= i-9; k-- {
		if m := sn.mentAt[k]; m >= 0 && !sn.ments[m].poss {
			if b := sn.beforeLead(sn.ments[m]); sn.low(b) == "to" && (sn.in(b-1, presentVerbs) || sn.low(b-1) == "over") {
				k = b // "handed over to the Ukrainian delegation a draft memorandum": over whom it went to
				continue
			}
		}
		if m := sn.mentAt[k]; m >= 0 && !sn.ments[m].poss && !sn.isAdjectiveMention(sn.ments[m]) {
			if v := sn.beforeLead(sn.ments[m]); sn.in(v, presentVerbs) || sn.low(v) == "gave" || sn.low(v) == "gives" {
				k = v + 1 // "handed Kyiv a memorandum": over whom it was handed to
				continue
			}
		}
		if !sn.toks[k].word || sn.mentAt[k] >= 0 {
			return nil
		}
		v := k
		if sn.low(k) == "with" {
			v = k - 1 - b2i(sn.low(k-1) == "up") // "answered with a counter-proposal", "came up with a plan"
			if w := sn.low(v); !sn.in(v, answerWithVerbs) || v == k-1 && (w == "came" || w == "comes" || w == "come") {
				continue // but "came with a plan drafted elsewhere" only carries it
			}
		}
		if v < k || sn.in(k, presentVerbs) {
			if namingVerbs[sn.low(k)] && !sn.whatNamed(k) && (sn.low(i+1) == "a" || sn.low(i+1) == "an" || slices.ContainsFunc(sn.cues, func(o cue) bool { return o.kind == Rejection && o.at > i })) {
				return nil // "called the 28-point plan an ultimatum", "called the plan a basis for talks": a verdict on the plan, no one presenting it; but "presented what he called a victory plan" names it
			}
			if p, _ := sn.subjectOf(v); len(p) > 0 {
				return p[:1]
			}
			return nil
		}
	}
	return nil
}

// whatNamed reports whether the naming verb at k names what is said
// before it, in a clause "what" opens ("unveiled what he called a peace
// framework", "what the Kremlin calls"), rather than judging its object.
func (sn *sentence) whatNamed(k int) bool {
	for n := k - 1; n >= 0 && n >= k-5 && sn.toks[n].word; n-- {
		if sn.low(n) == "what" {
			return true
		}
	}
	return false
}

// anyIn reports whether a token in [a, b) is a word of set.
func (sn *sentence) anyIn(a, b int, set *wordSet) bool {
	for k := a; k < b; k++ {
		if sn.in(k, set) {
			return true
		}
	}
	return false
}

// agreedToBefore returns the "that" or "which" before the relative clause
// that the agreement verb of c closes, with no object of its own ("the
// moratorium that both sides agreed to in March", "the ceasefire that
// Washington proposed and Kyiv accepted in Jeddah"), or -1.
func (sn *sentence) agreedToBefore(c cue) int {
	cs := sn.clauseStart(c.at)
	for cs > 2 && sn.low(cs-1) == "and" {
		cs = sn.clauseStart(cs - 2) // "that Washington proposed and Kyiv accepted"
	}
	if cs > 3 && sn.low(cs-1) == "that" && sn.low(cs-2) == "and" {
		// "the truce that Washington drafted and that Kyiv endorsed": the
		// first relative clause's noun
		found := false
		for k := cs - 3; k > 1 && k > cs-20; k-- {
			if w := sn.low(k); w == "that" || w == "which" {
				cs, found = k+1, true
				break
			}
		}
		if !found {
			return -1 // "asked Putin not to strike Kyiv, and that Putin had agreed": a reported clause
		}
	}
	if cs > 3 && sn.in(cs-1, speechVerbs) {
		if r := sn.clauseStart(cs - 1); sn.low(r-1) == "which" {
			cs = r // "a pause, which Trump said Putin had agreed to": the relative's noun
		}
	}
	comma := cs > 2 && sn.low(cs-1) == "which" && sn.toks[cs-2].text == "," // "A pause in strikes, which Putin had agreed to, expired"
	if cs < 2 || (sn.low(cs-1) != "that" && sn.low(cs-1) != "which") || !sn.toks[cs-2].word && !comma || sn.mentAt[cs-2] >= 0 {
		return -1
	}
	if sn.low(cs-1) == "that" && (sn.in(cs-2, speechVerbs) || sn.in(cs-2, announceVerbs)) {
		return -1 // "could announce that Russia and Ukraine had agreed to ...": a reported clause
	}
	rel := cs - 1
	if comma {
		rel = cs - 2 // the antecedent ends at the comma
	}
	if slices.ContainsFunc(sn.toks[cs:c.at], func(t token) bool { return t.text == "," }) {
		return -1 // "After a summit that ran into the night, EU leaders agreed ...": a clause of its own
	}
	n := c.end
	if sn.low(n-1) != "to" && sn.low(n) == "to" {
		n++
	}
	if comma && (c.at == cs || n < len(sn.toks) && sn.toks[n].word && sn.low(n) != "at") {
		return -1 // "Reliance, which agreed last year to take ...": the relative is the subject; only ", which Putin had agreed to(, at his request)," leaves the noun as what was agreed
	}
	if k := sn.verbCue(c.at); sn.low(n-1) != "to" && !strings.HasPrefix(sn.low(c.at), "agree") && !sn.in(c.at, acceptVerbs) && k != Proposal && k != Agreement {
		return -1 // but "the truce that Kyiv has floated": what was floated
	}
	if n >= len(sn.toks) || !sn.toks[n].word {
		return rel
	}
	if sn.low(n) == "and" && n+1 < len(sn.toks) && sn.mentAt[n+1] >= 0 {
		return rel // "the ceasefire that Washington proposed and Kyiv accepted"
	}
	if sn.low(n) == "on" && !sn.toks[min(n+1, len(sn.toks)-1)].caps && !isNumber(sn.low(n+1)) {
		return -1 // "had agreed on three things": what they agreed on; but "agreed on Monday"
	}
	switch sn.low(n) {
	case "after", "before", "in", "on", "at", "last", "this", "during", "earlier", "is", "was", "has", "had", "remains", "so":
		return rel
	}
	return -1
}

// cleftBe returns where the position starts in a sentence that opens
// with "What X wants (instead) is ...", or -1.
func (sn *sentence) cleftBe(c cue) int {
	w := sn.whatAt(c.at)
	if w < 0 || w > 0 && !clauseMark(sn.toks[w-1].text) && !(sn.low(w-1) == "that" && sn.reported(w)) && !(w > 1 && sn.low(w-1) == "and" && sn.toks[w-2].text == ",") && !sn.spokenOpener(w) {
		return -1 // "What Kyiv wants is", "...; what the Russians want is", "told reporters that what Moscow sought was", "..., and what Ukraine wants above all is"
	}
	for k, limit := c.end, c.end+3; k < len(sn.toks) && k < limit; k++ {
		if sn.low(k) == "in" && sn.low(k+1) == "return" {
			k, limit = k+1, limit+2 // "What Kyiv wants in return ... are ..."
			continue
		}
		if a := sn.speechAside(k); a > 0 {
			limit += a - k // "What Kyiv wants in return, Zelenskyy told reporters, are ..."
			k = a - 1
			continue
		}
		if w := sn.low(k); w == "is" || w == "are" || w == "was" {
			n := k + 1
			if t := sn.low(n); t == "—" || t == "–" || t == ":" {
				n++ // "What Turkey wants is — first, a comprehensive ceasefire"
				if w := sn.low(n); w == "and" || w == "but" || sn.in(n, pronouns) {
					return -1 // "what they want is — and I'll be careful here — ...": an aside, then the answer
				}
			}
			if sn.low(n) == "first" && sn.low(n+1) == "," {
				n += 2
			}
			if n < len(sn.toks) && sn.toks[n].word && !sn.in(n, negations) {
				return n
			}
			return -1
		}
		if !sn.toks[k].word {
			return -1
		}
	}
	return -1
}

// droppedBefore reports whether the noun cue at i is the object of a verb
// that gives it up: "has dropped its insistence on", "abandoned the demand".
func (sn *sentence) droppedBefore(i int) bool {
	k := i - 1
	for k > 0 && (sn.in(k, possPronouns) || sn.in(k, determiners) || sn.toks[k].poss || formerWords[sn.low(k)]) {
		k--
	}
	if sn.low(k) == "," && k < i-1 {
		// "would give up, at least for now, its long-standing demand"
		for n := k - 1; n > 0 && n >= k-6; n-- {
			if sn.low(n) == "," {
				k = n - 1
				break
			}
		}
	}
	switch w := sn.low(k); {
	case sn.in(k, dropVerbs):
		return (k < i-1 || sn.nounCue(i) == Demand) && !sn.negated(k) && sn.dropReported(k) // "has not dropped its insistence on X": it stands; a headline's "drops call for a ceasefire"
	case dropParticles[w] != nil:
		return k < i-1 && dropParticles[w][sn.low(k-1)] && !sn.negated(k-1) && sn.dropReported(k-1) // "gave up its claim", "ready to set aside its demand to join NATO"
	}
	return false
}

// dropReported reports whether the drop verb at k says a side gives
// something up ("dropped", "gave up", "was prepared to give up"), rather
// than what another side wants it to give up ("demands that Kyiv pull out
// and give up its bid to join NATO").
func (sn *sentence) dropReported(k int) bool {
	offers := (sn.low(k-1) == "would" || sn.low(k-1) == "will") && k > 1 && sn.mentAt[k-2] >= 0 // "Ukraine would give up its demand"
	if m := sn.low(k - 1 - b2i(sn.low(k-1) == "be")); (m == "would" || m == "could" || m == "might") && !offers {
		return false // "It would be abandoning the one demand it has never softened": a supposition
	}
	switch sn.low(k) {
	case "give", "drop", "abandon", "shelve":
		return sn.low(k-1) == "to" && sn.in(k-2, readyWords) || offers // "was prepared to give up"
	}
	return true
}

// accordingTo returns the party of "according to X" after token k, or nil.
func (sn *sentence) accordingTo(k int) []string {
	for ; k+2 < len(sn.toks); k++ {
		if sn.low(k) != "according" || sn.low(k+1) != "to" {
			continue
		}
		n := k + 2
		if sn.low(n) == "the" {
			n++
		}
		if n < len(sn.toks) && sn.mentAt[n] >= 0 {
			return []string{sn.ments[sn.mentAt[n]].party}
		}
		return nil
	}
	return nil
}

// ideaBefore returns the comma or dash of an apposition that the subject
// of the verb at v follows: ", an idea Kyiv and the UN rejected", "— a
// plan Moscow turned down"; else -1.
func (sn *sentence) ideaBefore(v int) int {
	k := sn.prevWord(v)
	named := false
	for k > 0 && (sn.toks[k].caps || sn.low(k) == "and" || sn.low(k) == "the" || sn.low(k) == "both") {
		named = named || sn.mentAt[k] >= 0 // "Kyiv and the UN both"
		k--
	}
	if k < 2 || !named || (sn.nounCue(k) == "" && sn.low(k) != "idea" && !sn.in(k, planNouns)) {
		return -1
	}
	if d := sn.low(k - 1); d != "a" && d != "an" {
		return -1
	}
	if m := sn.toks[k-2].text; m == "," || m == "—" {
		return k - 2
	}
	return -1
}

// participle reports whether w is a past participle that completes a want
// without an object of its own ("wants returned", "wants restored").
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// relativeSubject returns the subject of a relative clause without "that"
// that holds the verb at i ("children it says were deported and wants"):
// the pronoun or party right after a noun, or -1.
func (sn *sentence) relativeSubject(i int) int {
	for k := i - 1; k > 0 && k >= i-10; k-- {
		if !sn.toks[k].word {
			return -1
		}
		if sn.in(k, pronouns) || sn.mentAt[k] >= 0 && sn.ments[sn.mentAt[k]].start == k {
			p := sn.toks[k-1]
			if p.in(prepositions) || p.in(speechVerbs) {
				continue // "deported to Russia", "it says Russia took": the clause's subject is further back
			}
			if p.word && !p.caps && !p.in(prepositions) && !p.in(determiners) && !p.in(speechVerbs) && !p.in(clauseWords) && p.verbCue() == "" && !p.in(coordinators) {
				return k
			}
			return -1
		}
	}
	return -1
}

// relativeHead returns where the noun phrase before that relative clause
// starts, over numbers and modifiers ("339 children"), and ends, and where
// the clause's subject stands; or -1s.
func (sn *sentence) relativeHead(i int) (start, end, subj int) {
	subj = sn.relativeSubject(i)
	if subj < 0 {
		return -1, -1, -1
	}
	end = subj
	if sn.low(subj-1) == "whom" && subj > 1 && sn.toks[subj-2].word {
		end-- // "children whom Kyiv wants brought home": the noun before the relative word
	}
	start = end - 1
	for start > 0 && sn.toks[start-1].word && !sn.in(start-1, prepositions) && !sn.in(start-1, determiners) && sn.mentAt[start-1] < 0 && end-start < 4 {
		start--
	}
	return start, end, subj
}

// thatClauses cuts the content of a demand, from..end, where a further
// reported clause starts (", that", ", and that"): "says Ukraine must have
// guarantees, that borders must not be changed by force, and that there
// can be no limits on its army" holds three demands. It returns where the
// first ends and the others.
func (sn *sentence) thatClauses(from, end int) (int, [][]token) {
	first := end
	var rest [][]token
	for k := from; k+2 < end; k++ {
		if !sn.thatGoesOn(k) {
			continue
		}
		if first == end {
			first = k
		} else {
			rest = append(rest, sn.span(from, k))
		}
		from = k + 2 + b2i(sn.low(k+1) == "and")
	}
	if first < end {
		rest = append(rest, sn.span(from, end))
	}
	return first, rest
}

// thatGoesOn reports whether another that-clause of a list of them opens
// at the mark at k: ", that", "; that", ", and that".
func (sn *sentence) thatGoesOn(k int) bool {
	return (sn.low(k) == "," || sn.low(k) == ";") && (sn.low(k+1) == "that" || sn.low(k+1) == "and" && sn.low(k+2) == "that")
}

// quantifier reports whether w counts a share of a group: "most", "all".
func quantifier(w string) bool {
	switch w {
	case "most", "many", "some", "all", "none", "few":
		return true
	}
	return false
}

// assertsFact reports whether the clause after "insist" states a past
// fact ("that the children had been evacuated", "that Russia had nothing to
// hide", "that the strike was ordered by Kyiv") rather than what must
// happen ("that Kyiv withdraw", "that Kyiv must withdraw").
func assertsFact(content []token) bool {
	that := len(content) > 0 && content[0].low == "that"
	if q := b2i(that); len(content) > q && quantifier(content[q].low) {
		// "insisted that most of the children on the lists had been
		// evacuated": a fact; but "all of the children it says were
		// deported be brought home" asks for something
		for _, t := range content[q+1 : min(len(content), 12)] {
			switch t.low {
			case "had":
				return true
			case "be", "must", "should", "would", "will":
				return false
			}
		}
		return false
	}
	if len(content) == 0 || !that && !content[0].in(pronouns) && !content[0].in(determiners) {
		return false // but "insisting they had been evacuated": a fact too
	}
	for k := 1; k < min(len(content), 8); k++ {
		switch content[k].low {
		case "had":
			return true
		case "has", "have":
			if n := k + 1; n < len(content) && (content[n].low == "been" || strings.HasSuffix(content[n].low, "ed")) {
				return true // "insisting that no child from Ukraine has been adopted in Russia": a fact claimed
			}
		case "did":
			return that // but "insisted the deal did not depend on easing sanctions" holds a position
		case "was", "were":
			if n := k + 1; n+1 < len(content) && (content[n].low == "not" || content[n].low == "never") {
				k = n // "insisting that it was not linked to any other file": a fact denied
			}
			if p := content[k-1].low; p == "these" || p == "those" || p == "they" || p == "it" {
				return true // "insisted that these were children evacuated from a war zone": what they were
			}
			return k+1 < len(content) && strings.HasSuffix(content[k+1].low, "ed")
		case "must", "should", "would", "will", "be", "to", "shall", "could", "is", "are":
			return false
		}
	}
	return false
}

// arrivalVerbs are the past tenses of "went into the talks demanding X".
var arrivalVerbs = map[string]bool{"went": true, "came": true, "arrived": true, "flew": true,
	"travelled": true, "traveled": true, "headed": true, "walked": true, "entered": true}

// pastStance reports whether a demand in the -ing form tells how someone
// arrived ("went into the summit demanding a ceasefire", "flew to Alaska
// seeking a ceasefire", "had arrived in Istanbul insisting that ..."), or
// one in the past perfect what someone had wanted ("Kyiv, which had pressed
// for ports and railways, said it would live for now with ..."), and the
// sentence goes on to say that it changed ("and came out talking about
// something else", "now says", "has since stopped"): a position given up.
func (sn *sentence) pastStance(c cue) bool {
	if w, d := sn.low(c.at-3), sn.low(c.at-1); strings.HasSuffix(sn.low(c.at), "ing") && (w == "having" || w == "after") && (sn.low(c.at-2) == "spent" || sn.low(c.at-2) == "spending") &&
		(d == "months" || d == "weeks" || d == "years") {
		return true // "Having spent months insisting that a ceasefire must come first, the president ...": a stance left behind
	}
	arrived := sn.low(c.at-1) == "had" || sn.low(c.at-2) == "had" && (strings.HasSuffix(sn.low(c.at-1), "ly") || sn.low(c.at-1) == "earlier" || sn.low(c.at-1) == "once")
	for k := c.at - 1; k >= 0 && k >= c.at-7 && !arrived && strings.HasSuffix(sn.low(c.at), "ing"); k-- {
		if !sn.toks[k].word {
			break
		}
		arrived = arrivalVerbs[sn.low(k)]
	}
	if !arrived || sn.positionKept(c.end) {
		return false
	}
	for k := c.end; k < len(sn.toks); k++ {
		switch sn.low(k) {
		case "now":
			if sn.low(k+1) != "also" {
				return true // but "now also wants": more, not instead
			}
		case "since":
			if n := sn.low(k + 1); !sn.in(k+1, months) && !isNumber(n) && n != "the" && n != "then" || n == "then" {
				return true // "has since dropped it", "since then"; not "since February"
			}
		case "instead":
			return true
		case "out":
			if sn.low(k-1) == "came" || sn.low(k-1) == "walked" {
				return true
			}
		}
	}
	return false
}

// positionKept reports whether, after from, the sentence says that a
// stance still stands: "..., a position Kyiv has not abandoned", "a
// position it has held since March".
func (sn *sentence) positionKept(from int) bool {
	for k := from; k+1 < len(sn.toks); k++ {
		if w := sn.low(k); (w == "position" || w == "stance" || w == "line") && sn.toks[k-1].word && sn.low(k-2) == "," {
			for n := k + 1; n < len(sn.toks) && n <= k+5; n++ {
				switch sn.low(n) {
				case "held", "holds", "kept", "keeps", "maintained", "maintains":
					return sn.low(n-1) != "not" && sn.low(n-1) != "no"
				case "abandoned", "dropped", "changed":
					return sn.low(n-1) == "not" || sn.low(n-1) == "never"
				}
			}
		}
	}
	return false
}

// clauseSubject returns the party named first in the clause of token i,
// before it, as an agent: "Fidan" of "Fidan opened the session with a
// call for ...".
func (sn *sentence) clauseSubject(i int) []string {
	cs := sn.clauseStart(i)
	for n := len(sn.ments) - 1; n >= 0; n-- {
		// the nearest: "When Zelensky flew to Washington, the Europeans came
		// with two requests"
		if m := sn.ments[n]; m.start >= cs && m.end <= i && !m.poss && !sn.afterPreposition(m) && sn.agentMention(m) && sn.subjectPosition(m) {
			return []string{m.party}
		}
	}
	for _, m := range sn.ments {
		if m.start >= cs && m.end <= i && !m.poss && !sn.afterPreposition(m) && sn.agentMention(m) {
			return []string{m.party} // "Russia hands Ukraine memorandum demanding ...": the first
		}
	}
	if p := sn.nextWord(cs, false); p < i && (sn.low(p) == "he" || sn.low(p) == "she") && !sn.quoted[p] {
		return sn.pronoun(p) // "He came with two requests: ..."
	}
	return nil
}

// offerAndProviso returns an offer and the proviso that follows "as long
// as", which is a demand of the same side unless it only mirrors the offer
// ("as long as Moscow did the same").
func (sn *sentence) offerAndProviso(parties []string, kind Kind, offer, proviso []token) []found {
	if mirrors(proviso) {
		return sn.emit(parties, kind, offer)
	}
	return sn.offerWithPrice(parties, kind, offer, proviso)
}

// offerWithPrice emits an offer and, as the same side's demand, what it
// asks in return.
func (sn *sentence) offerWithPrice(parties []string, kind Kind, offer, price []token) []found {
	if len(price) > 3 && (price[0].low == "it" || price[0].low == "they") && receiveVerbs[price[1].low] {
		price = price[2:] // "ready for a ceasefire if it gets security guarantees": the guarantees
	} else if len(price) > 4 && price[0].low == "it" && (price[1].low == "came" || price[1].low == "comes") && price[2].low == "with" {
		price = price[3:] // "a ceasefire ... if it came with security guarantees"
	}
	return append(sn.emit(parties, kind, offer), sn.emit(parties, Demand, price)...)
}

// receiveVerbs say what a side gets: "if it gets (receives, obtains) ...".
var receiveVerbs = map[string]bool{"gets": true, "got": true, "receives": true, "received": true, "obtains": true, "obtained": true, "secures": true, "secured": true, "wins": true, "won": true}

// mirrors reports whether a proviso only asks the other side to do as the
// offer does ("as long as Moscow did the same", "as long as Russia
// observes it", "as long as the process is mutual"): no demand of its own;
// but "as long as the allies ensure security during it" is one.
func mirrors(proviso []token) bool {
	for i, t := range proviso {
		switch t.low {
		case "same":
			if i+1 == len(proviso) || !proviso[i+1].word {
				return true // "as long as Moscow did the same"; but "pulled back the same distance" asks something of its own
			}
		case "likewise", "mutual", "reciprocates", "reciprocated":
			return true
		case "it", "so":
			if i == len(proviso)-1 && i < 4 {
				return true
			}
		}
	}
	return false
}

// relativeBe reads a position named by a relative clause on one side of
// "is": before it ("X is something Kyiv has sought for months", "X was
// what Moscow wanted", "X is one thing Kyiv asked for"), or after it
// ("One idea US negotiators have floated since then is X", "The first
// thing Kyiv asked for was X"). It returns the index of "is" and whether
// the position comes after it, or -1.
func (sn *sentence) relativeBe(c cue) (int, bool) {
	k := sn.prevWord(c.at)
	for k > 0 && (sn.in(k, skipWords) || sn.low(k) == "has" || sn.low(k) == "have" || sn.low(k) == "had") {
		k = sn.prevWord(k)
	}
	if k > 0 && sn.mentAt[k] < 0 && sn.in(k, agentNouns) {
		k-- // "US negotiators"
	}
	m := sn.mentAt[max(k, 0)]
	if k < 0 || m < 0 {
		return -1, false
	}
	r := sn.ments[m].start - 1
	if sn.low(r) == "the" {
		r--
	}
	if sn.low(r) == "that" {
		r--
	}
	switch w := sn.low(r); {
	case (w == "what" || w == "something" || w == "thing" && sn.low(r-1) == "one") && sn.in(r-1-b2i(w == "thing"), beWords):
		b := r - 1 - b2i(w == "thing")
		if cs := sn.clauseStart(b); b-cs >= 2 && b-cs <= 20 {
			return b, false
		}
	case relativeHeads[w] && r > 0 && (sn.in(r-1, determiners) || sn.low(r-1) == "one" || sn.low(r-1) == "first" || (sn.low(r-1) == "next" || conditionAdjectives[sn.low(r-1)]) && sn.in(r-2, determiners)): // "the next step Kyiv wants is"
		for e := c.end; e < len(sn.toks) && e <= c.end+6; e++ {
			if w := sn.low(e); w == "is" || w == "was" {
				if e+1 < len(sn.toks) && sn.toks[e+1].word && !sn.in(e+1, negations) {
					return e, true
				}
				return -1, false
			}
			if !sn.toks[e].word {
				return -1, false
			}
		}
	}
	return -1, false
}

// relativeHeads are nouns a relative clause names a position by: "one
// idea US negotiators have floated is ...".
var relativeHeads = map[string]bool{"idea": true, "thing": true, "option": true, "step": true, "proposal": true, "demand": true, "condition": true, "request": true}

// afterIfClause reports whether the cue at i is in the main clause after
// an if-clause that opens at cs: "If Moscow broke the deal, Kyiv would ask
// for more weapons"; not "If Britain, France and Germany want ...".
func (sn *sentence) afterIfClause(cs, i int) bool {
	if sn.low(i-1) == "then" || sn.low(i-2) == "then" {
		return false // "If Kyiv ceded the Donbas, Moscow would then demand ...": a forecast
	}
	for n := cs; n < i; n++ {
		if e := sn.saidAside(n); e > 0 && e <= i {
			// "If Russia breaks the deal, he added, he would ask ...": the
			// speaker's own intention; not "..., some analysts argue,
			// Moscow would demand ..."
			p, subject := sn.asideSpeaker(n, e), sn.nextWord(e, false)
			return len(p) > 0 && (sn.in(subject, pronouns) || sn.mentAt[subject] >= 0 && sn.ments[sn.mentAt[subject]].party == p[0])
		}
	}
	for k := i - 1; k > cs; k-- {
		if sn.low(k) == "," {
			if w := sn.low(k + 1); w == "and" || w == "but" {
				return false // "said Ukraine would hold back if Moscow did the same, and called for ...": one clause goes on
			}
			for v := cs; v < k; v++ {
				if w := sn.low(v); sn.toks[v].word && !sn.toks[v].caps && (strings.HasSuffix(w, "ed") || sn.in(v, pastTenses) || finiteVerbs.has(w) || verbCues[w] != "" || w == "do" || w == "does" || w == "did") {
					return true
				}
			}
			return sn.mainSubject(k+1, i)
		}
	}
	return false
}

// mainSubject reports whether the tokens from k to the verb at i are a
// main clause's subject: a side named, then at most a modal ("If the
// talks fail, Kyiv wants ...", "If Russia stalls, Europe should demand
// ..."), whatever verb the condition before the comma has.
func (sn *sentence) mainSubject(k, i int) bool {
	m := sn.mentAt[k]
	if m < 0 || sn.ments[m].start != k || sn.ments[m].poss {
		return false
	}
	for n := sn.ments[m].end; n < i; n++ {
		if !sn.in(n, modalsInContent) {
			return false
		}
	}
	return true
}

// speculated reports whether the verb at i is only guessed at: "could
// eventually ask for", "might demand", "would presumably want".
func (sn *sentence) speculated(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && sn.toks[k].word; k-- {
		switch sn.low(k) {
		case "might", "may", "presumably", "possibly", "perhaps", "conceivably":
			return !sn.toks[k].caps || k == 0 // not "in May demanded"
		case "could":
			return sn.low(k+1) != "not" && sn.low(k+1) != "only"
		case "then":
			if sn.low(k-1) == "would" {
				return true // "Moscow would then seek ...": a forecast
			}
		}
	}
	return false
}

// refersBack reports whether the object at k only points back to a
// position named before: "it", "that demand", "the idea".
func (sn *sentence) refersBack(k int) bool {
	switch n := sn.low(k + 1); sn.low(k) {
	case "it", "this", "that", "these", "those", "them":
		return true
	case "the":
		return n == "idea" || n == "demand" || n == "request" || n == "proposal" || n == "suggestion" || n == "offer"
	}
	return false
}

// reasonOpens reports whether content opens with the reason for what was
// done, not its object: "on the grounds that ...".
func reasonOpens(content []token) bool {
	return len(content) > 2 && content[0].low == "on" && content[1].low == "the" && (content[2].low == "grounds" || content[2].low == "basis")
}

// semicolonAhead returns the first semicolon after k, when no cue comes
// between them, or -1.
func (sn *sentence) semicolonAhead(k int) int {
	for n := k; n < len(sn.toks); n++ {
		if sn.toks[n].text == ";" {
			if slices.ContainsFunc(sn.cues, func(c cue) bool { return c.at > k && c.at < n }) {
				return -1
			}
			return n
		}
	}
	return -1
}

// deadlinePosition reads "a Thanksgiving deadline for Kyiv to accept the
// plan": a demand of whoever set the deadline (its owner, the subject of
// "set" or "gave", else who reports it), with the deadline in its text.
func (sn *sentence) deadlinePosition(c cue) []found {
	start := sn.phraseStart(c.at)
	parties := sn.nounAgent(c.at)
	if v := sn.prevWord(start); len(parties) == 0 && (sn.low(v) == "set" || sn.low(v) == "gave" || sn.low(v) == "imposed" || sn.low(v) == "issued") {
		parties, _ = sn.subjectOf(v)
	}
	if len(parties) == 0 {
		parties = sn.reporter(c.at)
	}
	return sn.emit(parties, Demand, sn.span(start, sn.contentEnd(c.at+1)))
}

// asLongAs returns where the proviso of "... as long as X" (or "only
// once X", "only if X") starts in content, or -1.
func asLongAs(content []token) int {
	for k := 1; k+3 < len(content); k++ {
		if content[k].low == "as" && content[k+1].low == "long" && content[k+2].low == "as" {
			return k + 3
		}
		if w := content[k+1].low; content[k].low == "only" && (w == "once" || w == "if" || w == "after" || w == "when") && content[k-1].word && content[k-1].low != "but" {
			return k + 2 // "ready to hold elections only once a ceasefire is in place"
		}
	}
	return -1
}

// alongside reports whether the noun at i is added to positions named
// before it: "alongside older demands", "as well as the demand".
func (sn *sentence) alongside(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch sn.low(k) {
		case "alongside", "besides":
			return true
		case "as":
			return sn.low(k-1) == "well" && sn.low(k-2) == "as"
		}
		if !sn.toks[k].word {
			return false
		}
	}
	return false
}

// reciprocal turns the condition "Moscow did the same" of an offer into
// what it asks of the other side: "Moscow to do the same: <the offer>";
// nil for any other condition.
func reciprocal(offer, cond []token) []token {
	n := len(cond)
	if n < 2 || len(offer) == 0 || !cond[0].party {
		return nil
	}
	if w := cond[n-1].low; !(n > 2 && w == "same" && cond[n-2].low == "the") && w != "does" && w != "did" {
		return nil // "did the same", and the shorter "as long as Moscow does", are what it reads
	}
	k := 0
	for k < n && cond[k].party {
		k++
	}
	out := append(slices.Clone(cond[:k]), madeWord("to"), madeWord("do"), madeWord("the"), madeWord("same:"))
	return append(out, offer...)
}

// returnOf builds "the return of the children" from the noun ("return")
// and the people it is of, over "a list of": "a list of 339 children" is
// the children.
func returnOf(noun, ant []token) []token {
	for k := 1; k+1 < len(ant); k++ {
		if (ant[k-1].low == "list" || ant[k-1].low == "names") && ant[k].low == "of" {
			ant = ant[k+1:]
			break
		}
	}
	the := madeWord("the")
	of := madeWord("of")
	out := append(append(append([]token{the}, noun...), of), ant...)
	if len(ant) > 0 {
		out[len(noun)+2].space = true
	}
	return out
}

// tradedBefore returns the people held that the sentence names before
// token k, with their number ("339 children" of "a list of 339
// children"), or nil.
func (sn *sentence) tradedBefore(k int) []token {
	for n := k - 1; n > 0; n-- {
		switch sn.low(n) {
		case "children", "prisoners", "civilians", "captives", "detainees", "hostages", "pows":
			s := n
			for s > 0 && s > n-3 && (sn.toks[s-1].numeric() || sn.low(s-1) == "several" || sn.low(s-1) == "all" || sn.low(s-1) == "the" || sn.low(s-1) == "those") {
				s-- // "339 children", "several hundred children"
			}
			return slices.Clone(sn.span(s, n+1))
		}
	}
	return nil
}

// homeWords say that people held are to come home: "returned", "brought
// home", "back".
var homeWords = map[string]bool{"return": true, "returned": true, "home": true, "back": true, "released": true, "freed": true}

// overSemicolons adds to a content that ends at end the items of a list
// that goes on after semicolons: "It wants A, after weeks in which ...; B,
// a list of ...; and C", "It proposes that A, which would ...; that B; and
// that C". It returns the content and where it ends.
func (sn *sentence) overSemicolons(content []token, end int) ([]token, int) {
	k := sn.semicolonAhead(end)
	if k <= 0 || !sn.semicolonList(k) {
		return content, end
	}
	more := sn.contentEnd(k + 1)
	return append(slices.Clip(content), sn.span(k, more)...), more
}

// accordingAside returns where an aside ", according to ...," that opens
// at the comma k ends (the token after its closing comma), or -1.
func (sn *sentence) accordingAside(k int) int {
	if sn.low(k) != "," || sn.low(k+1) != "according" {
		return -1
	}
	for n := k + 2; n < len(sn.toks) && n < k+12; n++ {
		if sn.low(n) == "," {
			return n + 1
		}
	}
	return -1
}

// objectOverAside joins a content that is only a side's name, from start
// to end, to the infinitive that follows an aside: "wants Ukraine,
// according to Kyiv (Zelensky said), to pull its troops out". It returns
// the content and where it ends.
func (sn *sentence) objectOverAside(start, end int) ([]token, int) {
	content := sn.span(start, end)
	m := sn.mentAt[min(start+b2i(sn.low(start) == "the"), len(sn.toks)-1)]
	if sn.low(end) != "," || m < 0 || sn.ments[m].end != end {
		return content, end
	}
	a := sn.speechAside(end)
	if a < 0 {
		a = sn.accordingAside(end)
	}
	if a < 0 || sn.low(a) != "to" || a+1 >= len(sn.toks) || !sn.toks[a+1].word {
		return content, end
	}
	more := sn.contentEnd(a)
	return append(slices.Clip(content), sn.span(a, more)...), more
}

// strandedSubject returns where the subject of a relative clause without
// "that" starts when its demand verb ends it on a particle ("the ceasefire
// (Kyiv keeps calling for)") or has no object ("the ceasefire (Kyiv has
// sought since March)"), the noun before being what is demanded; or -1.
func (sn *sentence) strandedSubject(c cue) int {
	e := c.end
	had := sn.low(c.at-1) == "has" || sn.low(c.at-1) == "have" || sn.low(c.at-1) == "had"
	goesOn := sn.low(c.at-1) == "to" && (sn.low(c.at-2) == "continues" || sn.low(c.at-2) == "continue" || sn.low(c.at-2) == "continued")
	noObject := e == c.at+1 && (e >= len(sn.toks) || !sn.toks[e].word || sn.low(e) == "since")
	switch w := sn.low(c.at); {
	case (w == "sought" || w == "demanded" || w == "wanted" || w == "requested") && noObject && had:
		// "the full and lasting ceasefire Kyiv has sought since March"; not
		// "it was the shift Moscow wanted"
	case (w == "seek" || w == "demand" || w == "want" || w == "request") && noObject && goesOn:
		// "the full and unconditional truce Kyiv continues to demand"
	case w == "wanted" && e == c.at+1 && participle(sn.low(e)) && had:
		// "the civilian infrastructure that Kyiv had wanted covered"
		e = len(sn.toks)
	case sn.low(e) == "for" || sn.low(e) == "on":
		e++
	case sn.low(e-1) != "for" && sn.low(e-1) != "on" || e-1 == c.at:
		return -1
	}
	if e < len(sn.toks) && sn.toks[e].word && sn.low(e) != "since" {
		return -1 // "calling for a ceasefire": an object of its own
	}
	s := c.at - 1
	if goesOn {
		s -= 2 // over "continues to"
	}
	for s > 0 && (sn.low(s) == "keeps" || sn.low(s) == "kept" || sn.low(s) == "still" || sn.low(s) == "has" || sn.low(s) == "have" || sn.low(s) == "had" || sn.low(s) == "been" || sn.in(s, beWords)) {
		s--
	}
	if s > 1 && sn.in(s, agentNouns) && sn.mentAt[s-1] >= 0 {
		s-- // "the ceasefire Ukrainian officials had come for"
	}
	m := sn.mentAt[max(s, 0)]
	if s <= 1 || m < 0 || sn.ments[m].poss {
		return -1
	}
	s = sn.ments[m].start
	if sn.low(s-1) == "that" && s > 2 && sn.toks[s-2].word && !sn.in(s-2, clauseWords) && !sn.in(s-2, speechVerbs) && sn.verbCue(s-2) == "" {
		return s - 1 // "the ceasefire that Kyiv had come for"
	}
	if p := sn.toks[s-1]; !p.word || p.party || p.in(prepositions) || p.in(determiners) || p.in(clauseWords) || p.in(speechVerbs) || p.verbCue() != "" ||
		p.low == "something" || p.low == "anything" || p.low == "nothing" || p.low == "what" || p.low == "one" {
		return -1 // but "the deadline is no longer something Washington is asking for"
	}
	return s
}

// modalClauses counts the "would" and "will" of toks[a:b].
func (sn *sentence) modalClauses(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if w := sn.low(k); w == "would" || w == "will" {
			n++
		}
	}
	return n
}

// onlyWhere reports whether content limits itself to one place: "only
// along the current line", "only from the line of contact".
func onlyWhere(content []token) bool {
	for k := 0; k+1 < len(content); k++ {
		if content[k].low == "only" && placeWords[content[k+1].low] {
			return true
		}
	}
	return false
}

// placeWords say where a limit lies: "only along the current line".
var placeWords = map[string]bool{"along": true, "from": true, "at": true, "on": true, "within": true}

// durationNouns measure how long a stance has been held: "for months".
var durationNouns = map[string]bool{"days": true, "weeks": true, "months": true, "years": true, "decades": true}

// announceVerbs report a clause as speech verbs do: "(the White House
// could) announce that ...".
var announceVerbs = set("announce", "confirm", "report", "say", "state", "declare", "add")

// agreedParticiples after a deal's noun say that it was made: "the
// arrangement agreed in Riyadh", "the swap brokered by the UAE".
var agreedParticiples = map[string]bool{"agreed": true, "reached": true, "struck": true, "brokered": true, "signed": true, "sealed": true}

// namedDeal reports whether a deal's noun phrase names which deal it is,
// with a capitalised modifier: "the Black Sea navigation arrangement";
// not "the deal", "any agreement", "such arrangements".
func namedDeal(np []token) bool {
	if wordCount(np) < 3 {
		return false
	}
	named := false
	for k, t := range np[:len(np)-1] {
		if t.low == "any" || t.low == "such" || t.in(prepositions) {
			return false
		}
		named = named || k > 0 && t.caps
	}
	return named
}

// jointVoice reports whether the words at "at" are reported from both
// sides at once: "the two delegations said", "their joint statement said",
// "..., the joint statement said".
func (sn *sentence) jointVoice(at int) bool {
	v := sn.speechBefore(at)
	if v < 0 {
		v = sn.trailingSpeech()
	}
	if v < 0 || v >= len(sn.toks) {
		return false
	}
	p, head := sn.subjectOf(v)
	if head == "they" && (sn.st.jointPrev || sn.st.jointPaper) {
		return true // "In a joint statement, the two delegations said ... Any final agreement, they said, must ...": they are both
	}
	if (head == "statement" || head == "declaration") && sn.low(v-1) == head && sn.low(v-2) == "the" && sn.st.jointPaper && !slices.Contains(p, "europe") {
		return true // "... what a joint statement called X. Any future agreement must Y, the statement said.", not "A Kremlin statement said"
	}
	if bothNouns.has(head) {
		return sn.eachSide(v-1) || sn.low(v-2) == "two"
	}
	// but the European leaders' "joint statement" is Europe's alone
	return (head == "statement" || head == "declaration") && sn.anyText(max(0, v-10), v, "joint") && !slices.Contains(p, "europe")
}

// assentOnly reports whether a position is only a word of assent with no
// object ("sign up", "agree", "comply"): what is assented to was said
// before.
func assentOnly(content []token) bool {
	var words []string
	for _, t := range content {
		if t.word {
			words = append(words, t.low)
		}
	}
	switch strings.Join(words, " ") {
	case "sign up", "sign on", "agree", "accept", "comply", "go along", "accept it", "agree to it", "sign up to it":
		return true
	}
	return false
}

// bothSpeak reports whether the sentence opens with two parties that
// speak: "Washington and Kyiv say they have drafted ...".
func (sn *sentence) bothSpeak() bool {
	v := sn.firstSpeech()
	if v < 3 || sn.mentAt[v-1] < 0 {
		return false
	}
	m := sn.mentAt[v-1] // the last of the names, right before the verb
	return len(sn.conjuncts(m)) == 2 && sn.ments[m-1].start == sn.nextWord(0, false)
}

// jointPaperNamed reports whether the sentence names a joint statement
// (declaration) that is not Europe's alone: "In a joint statement, the US
// and Ukraine said ...", "what a joint statement called ...".
func (sn *sentence) jointPaperNamed() bool {
	for k := 0; k+1 < len(sn.toks); k++ {
		if n := sn.low(k + 1); sn.low(k) == "joint" && (n == "statement" || n == "declaration") {
			return !slices.ContainsFunc(sn.ments, func(m mention) bool { return m.party == "europe" })
		}
	}
	return false
}

// selfDefender returns the side that, after from, claims "every right to
// defend itself" ("to self-defence"): the one a breach would wrong.
func (sn *sentence) selfDefender(from int) []string {
	for k := from; k+2 < len(sn.toks); k++ {
		if sn.low(k) != "right" || sn.low(k+1) != "to" || (sn.low(k+2) != "defend" && !strings.HasPrefix(sn.low(k+2), "self")) {
			continue
		}
		for n := k - 1; n >= from && n >= k-8; n-- {
			if m := sn.mentAt[n]; m >= 0 && !sn.ments[m].poss {
				return []string{sn.ments[m].party}
			}
		}
		return nil
	}
	return nil
}

// returnVerb reports whether w gives people back: "returns them".
func returnVerb(w string) bool {
	switch w {
	case "return", "returns", "returned", "release", "releases", "released", "free", "frees", "freed":
		return true
	}
	return false
}

// listedBefore returns what a list named before k holds ("a list of 339
// children": "339 children"): the words after "list of", up to the first
// punctuation, clause word or cue; or nil.
func (sn *sentence) listedBefore(k int) []token {
	for n := k - 1; n > 0; n-- {
		if (sn.low(n-1) != "list" && sn.low(n-1) != "names") || sn.low(n) != "of" {
			continue
		}
		e := n + 1
		for e < k && sn.toks[e].word && !sn.in(e, clauseWords) && sn.verbCue(e) == "" {
			e++
		}
		if e > n+1 {
			return slices.Clone(sn.toks[n+1 : e])
		}
		return nil
	}
	return nil
}

// countedHandover reports whether content hands over or returns a counted
// number of people: "hand over to Ukraine the bodies of 6,000
// servicemen", "return 1,000 prisoners".
func countedHandover(content []token) bool {
	if len(content) < 3 || !hasNumber(content) {
		return false
	}
	switch content[0].low {
	case "hand", "return", "release", "repatriate", "free":
	default:
		return false
	}
	return hasAny(content, exchangeWords)
}

// conditionAfter reports whether the words w and n after a content open a
// condition on it: "if", "once", "provided", ", provided".
func conditionAfter(w, n string) bool {
	return w == "if" || w == "once" || w == "provided" || w == "providing" || w == "," && (n == "provided" || n == "providing")
}

// verbItem reports whether the item that starts at k, up to the next
// semicolon, holds a finite verb: a clause of its own, no list item.
func (sn *sentence) verbItem(k int) bool {
	for ; k < len(sn.toks) && sn.toks[k].text != ";"; k++ {
		if sn.in(k, finiteVerbs) || sn.in(k, pastTenses) {
			return true
		}
	}
	return false
}

// gainsBefore reports whether the last mention of party before i is the
// subject of "would get (receive, gain)": a side the terms give to, not one
// that acts ("The EU would keep its sanctions").
func (sn *sentence) gainsBefore(party string, i int) bool {
	for n := len(sn.ments) - 1; n >= 0; n-- {
		if m := sn.ments[n]; m.end <= i && m.party == party {
			switch sn.low(sn.nextWord(m.end, true)) {
			case "get", "gets", "receive", "receives", "gain", "gains", "obtain":
				return true
			}
			return false
		}
	}
	return false
}

// timeToColon reports whether a time runs from k to a colon: "(since)
// 2022:", "June:", "spring:", "then:", "the Istanbul talks:", "2022, and
// in places since 2021:"; no clause ("since Kyiv rejected it:").
func (sn *sentence) timeToColon(k int) bool {
	for n := k; n < len(sn.toks) && n <= k+8; n++ {
		t := sn.toks[n]
		switch {
		case t.text == ":":
			return n > k
		case t.text == ",": // "since 2022, and in places since 2021:"
		case !t.word || t.in(finiteVerbs) || t.in(pastTenses) || t.in(pronouns) || t.in(modalsInContent) || participle(t.low) || sn.in(n, speechVerbs):
			return false
		}
	}
	return false
}

// colonWithoutName reports whether a colon follows k within a dozen tokens
// with no party named before it: "since 2022, and in places since 2021:";
// but "since 2022, nor have Moscow's:" turns to another side.
func (sn *sentence) colonWithoutName(k int) bool {
	for n := k; n < len(sn.toks) && n <= k+12; n++ {
		if sn.mentAt[n] >= 0 {
			return false
		}
		if sn.toks[n].text == ":" {
			return true
		}
	}
	return false
}

// columnistsView reports whether the verb at k speaks in the voice of a
// column's author: the item's narrative has said "I" or "my" outside
// quotes and interview answers, and nobody is reported saying this.
func (sn *sentence) columnistsView(k int) bool {
	return sn.st.columnist && !sn.quoted[k] && sn.st.labelVoice == "" && sn.st.interviewee == "" && sn.firstSpeech() < 0
}

// relativeWho reports whether the verb at i is in a relative clause on a
// person (", who on 14 July gave Russia fifty days to ..."): its subject is
// that person, never the voice of the text that names them.
func (sn *sentence) relativeWho(i int) bool {
	cs := sn.clauseStart(i)
	return sn.low(cs-1) == "who" && sn.low(cs-2) == ","
}

// loneTerm reports whether a verb's object is one word that names a
// position all the same: a place ("Donbas", "Crimea") or an abstract noun
// ("neutrality", "demilitarisation", "elections"), after at most the
// verb's own "on" or "for" ("insists on neutrality", "calls for
// elections"). Not a time ("rejected on Monday"), a place the verb does
// not govern ("accepted in Jeddah"), a verb ("refuses to recognise") or a
// vague word ("wants peace", "wants more").
func loneTerm(content []token) bool {
	if len(content) > 0 && (content[0].low == "on" || content[0].low == "for") {
		content = content[1:]
	}
	if len(content) > 1 && content[0].low == "the" && content[1].caps {
		content = content[1:] // "wants the Donbas"; but "dismissed the document" names nothing
	}
	if len(content) == 0 || !content[0].word || wordCount(content) != 1 {
		return false
	}
	t := content[0]
	if t.caps {
		return !t.party && !timeNouns.has(t.low) && !months.has(t.low) && !t.in(pronouns)
	}
	return loneAbstract(content[:1]) || t.low == "elections" || t.low == "reparations" || t.low == "guarantees"
}

// clauseMark reports whether a mark opens what follows as a clause of its
// own: a quotation mark, a colon, a semicolon or a dash.
func clauseMark(s string) bool { return strings.Contains("\";:—“", s) }

// spokenOpeners open a spoken answer before what it says: "So, what they
// want is ...", "Well, what Moscow wants is ...", "And what Kyiv wants is".
var spokenOpeners = set("so", "well", "look", "listen", "now", "okay", "ok", "yes", "yeah", "and", "but", "again", "honestly", "basically", "frankly")

// spokenOpener reports whether the words before k are only a spoken
// opener at the start of the sentence or of an answer after its label
// ("KYSLYTSYA: So, what they want is ...").
func (sn *sentence) spokenOpener(k int) bool {
	o := k - 1
	if sn.low(o) == "," {
		o--
	}
	return o >= 0 && sn.in(o, spokenOpeners) && (o == 0 || clauseMark(sn.toks[o-1].text))
}

// perceiveVerbs are what a speaker wants its message to meet: "want the
// Americans to hear this clearly", "want the world to know".
var perceiveVerbs = set("hear", "know", "understand", "realise", "realize", "listen", "notice")

// toPerceive reports whether a demanded clause only asks someone to take
// the speaker's message in: "the Americans to hear this clearly".
func toPerceive(content []token) bool {
	for k := 1; k+1 < len(content) && k <= 5; k++ {
		if content[k].low == "to" {
			return perceiveVerbs.has(content[k+1].low)
		}
	}
	return false
}

// notContrast splits "peace, not a Christmas truce" into what is held out
// for and what is set against it, up to the next comma; against is empty
// when the content has no ", not" before a noun phrase.
func notContrast(content []token) (lead, against []token) {
	for k := 1; k+2 < len(content); k++ {
		if content[k].low == "not" && content[k-1].text == "," && content[k+1].in(determiners) {
			lead, against = content[:k-1], content[k+1:]
			if c := slices.IndexFunc(against, func(t token) bool { return t.text == "," }); c > 0 {
				rest := against[c+1:]
				if len(rest) > 0 && (rest[0].low == "and" || rest[0].low == "or") {
					rest = against[c:]
				}
				lead, against = slices.Concat(lead, rest), against[:c] // "a full ceasefire, not a pause, and talks ...": the list goes on; "the front line, not the border, be the starting point": so does the clause
			}
			if !contrastItem(against) {
				return content, nil
			}
			return lead, against
		}
	}
	return content, nil
}

// adverbWords make up an aside of how often or how a verb holds: ", many
// times,", ", again,", ", once more,", ", publicly,".
var adverbWords = set("many", "times", "several", "again", "repeatedly", "once", "more", "twice",
	"publicly", "privately", "formally", "officially", "also", "now", "already", "reportedly", "still", "yet", "too")

// adverbAside returns where the object starts after an aside of adverbs
// set off by commas at k: "Ukraine has proposed, many times, an exchange
// of all for all", "offered, for the first time, guarantees"; else -1.
func (sn *sentence) adverbAside(k int) int {
	if sn.low(k) != "," {
		return -1
	}
	if sn.low(k+1) == "for" && sn.low(k+2) == "the" && sn.low(k+3) == "first" && sn.low(k+4) == "time" && sn.low(k+5) == "," {
		return k + 6 // "offered, for the first time, guarantees modelled on Article 5"
	}
	for e := k + 1; e < len(sn.toks) && e <= k+4; e++ {
		switch {
		case sn.toks[e].text == "," && e > k+1:
			return e + 1
		case !sn.in(e, adverbWords):
			return -1
		}
	}
	return -1
}

// ideaNouns name what a side puts forward, before a colon that spells it
// out: "Moscow's idea ...: Russia itself should be one of the guarantors".
var ideaNouns = set("idea", "ideas", "proposal", "plan", "formula", "version", "offer", "answer", "view", "vision")

// ideaColon returns the side whose idea the words before a colon name
// ("Moscow's idea was put on the table back in 2022 and they still defend
// it:") when the clause at k opens right after that colon; else "".
func (sn *sentence) ideaColon(k int) string {
	colon := sn.clauseStart(k) - 1
	if colon < 2 || sn.low(colon) != ":" {
		return ""
	}
	for n := colon - 1; n > 0 && n >= colon-16; n-- {
		if t := sn.low(n); t == ";" || t == ":" {
			break
		}
		if m := sn.mentAt[n-1]; m >= 0 && sn.ments[m].end == n && (sn.ments[m].poss || sn.isAdjectiveMention(sn.ments[m])) && sn.in(n, ideaNouns) {
			s := sn.ments[m].start - b2i(sn.low(sn.ments[m].start-1) == "the")
			if p := sn.low(s - 1); s > 0 && p != "," && p != ";" && p != "and" && p != "but" && p != "\"" || sn.anyIn(n, colon, speechVerbs) {
				continue // "Kyiv's answer to Moscow's plan is simple:", "Zelensky rejected Moscow's plan:": not the subject whose idea it is; "Russia's plan has a flaw, Kallas said:": another's words
			}
			return sn.ments[m].party
		}
	}
	return ""
}

// pastMannerAdverb returns where a verb's object starts when a manner
// adverb, perhaps quoted, stands between the verb at k-1 and the
// preposition that opens its object ("object categorically to", `object
// "categorically" to`); else k. "Only" is no manner: "accept only ...".
func (sn *sentence) pastMannerAdverb(k int) int {
	n := k
	quoted := n < len(sn.toks) && quoteMark(sn.toks[n].text)
	if quoted {
		n++
	}
	if w := sn.low(n); len(w) < 6 || !strings.HasSuffix(w, "ly") || w == "only" || w == "early" || !sn.toks[n].word {
		return k
	}
	n++
	if quoted {
		if n >= len(sn.toks) || !quoteMark(sn.toks[n].text) {
			return k
		}
		n++
	}
	if !sn.in(n, prepositions) {
		return k
	}
	return n
}

// contrastItem reports whether what a ", not" sets against a demand names
// a thing turned down, not when ("a deal by Thursday, not a day later",
// "a ceasefire now, not a month from now"), how firmly ("all four regions,
// not a single inch less", "all of them, not a handful") or the same thing again by "one" ("a ceasefire
// on the entire front, not a partial one"): those belong to the demand.
var timeAfters = set("later", "earlier", "late", "longer", "sooner", "from", "after", "before", "away", "ago", "more", "less")

func contrastItem(against []token) bool {
	for n := 1; n < len(against) && n <= 2; n++ {
		w := against[n].low
		if n == 1 && (w == "single" || w == "handful" || w == "few" || w == "fraction") {
			return false // "not a single inch less", "all of them, not a handful": how much, not another thing
		}
		if timeNouns.has(w) || timeNouns.has(strings.TrimSuffix(w, "s")) || w == "hour" || w == "hours" || w == "minute" || w == "minutes" || w == "moment" {
			if n+1 == len(against) || timeAfters.has(against[n+1].low) {
				return false // but "not a weekend truce" turns down a truce
			}
		}
	}
	last := against[len(against)-1].low
	return last != "one" && last != "ones"
}
