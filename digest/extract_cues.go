package digest

import (
	"iter"
	"slices"
	"strings"
)

// cueForm is how a cue marks a position.
type cueForm int

const (
	formVerb    cueForm = iota // "Moscow demanded ...", "was demanded by Moscow"
	formNoun                   // "Kyiv's call for ...", "the Kremlin's demands include ..."
	formUnder                  // "Under Russia's terms, ...", "In Russia's version, ..."
	formAdj                    // "called the terms unrealistic", "is unacceptable"
	formPlan                   // "The plan would ...": a proposal of the plan's author
	formEvent                  // "The swap took place ...": an agreement carried out
	formMake                   // "makes a ceasefire the precondition": content before the noun
	formMust                   // "Sybiha said Russia must stop ...": the speaker's demand
	formOffer                  // "Putin said Russia would order a ceasefire if ...": an offer, its condition a demand
	formThreat                 // "Trump threatened sanctions if Putin did not agree to X": a demand of X
	formBreach                 // "Kyiv would regard any move of warships as a breach": a demand that none come
	formDrafted                // "the two delegations said they had drawn up a framework": a text both sides agree on
)

// cue is a word (or words) of a sentence that marks a position.
type cue struct {
	kind    Kind
	form    cueForm
	at      int    // first token of the cue
	end     int    // first token after it: where the content starts
	passive bool   // "was demanded by"
	needEx  bool   // an agreement only if the content names an exchange
	refusal bool   // a negated acceptance: "will never recognize"
	party   string // who offers, for an offer whose subject is a pronoun
	// alsoDemand makes a proposal the proposer's demand as well: "the
	// best way to end the war is to go straight to a peace agreement" is
	// the route a side puts forward and what it holds out for.
	alsoDemand bool
}

// mannerWords say how a speaker means to speak: "I want to be clear".
var mannerWords = set("clear", "precise", "honest", "frank", "blunt", "candid", "fair", "careful", "exact", "brief")

// sentence is one sentence being analysed.
type sentence struct {
	toks   []token
	ments  []mention
	mentAt []int  // token -> index of the mention covering it, or -1
	quoted []bool // token -> inside quotation marks
	cues   []cue
	st     *docState
	// disputed is set by a denial of a report ("Kyiv denies a claim that
	// ..."): what the report says is no exchange or position of anyone.
	disputed bool
	// namedPlan is set when the sentence names a plan and its author ("A
	// counter-proposal prepared by Britain, France and Germany goes
	// further."): the next sentence may go on with "It would ...".
	namedPlan bool
	// rare says which of the rare words the readings look for the
	// sentence holds (see rareWords).
	rare rare
	// agentsNamed is set once nameAgents has recorded the sentence's
	// people: before its cues are read, when it has any, and so not
	// again after.
	agentsNamed bool
	// depth counts the subjectOf calls under way: the readings of a
	// subject call each other (a pronoun's antecedent is the subject of a
	// speech verb, whose subject may be a pronoun), and a cycle among them
	// must end in "no subject", not in a stack overflow, which no recover
	// can catch.
	depth int
	// aside is the demand verb of an aside set off by commas (", they
	// insisted,"), which takes the clause around it when no other cue
	// there does; else 0.
	aside int
}

// maxSubjectDepth bounds the nesting of subjectOf calls; real sentences
// need a handful.
const maxSubjectDepth = 32

func (sn *sentence) low(i int) string {
	if i < 0 || i >= len(sn.toks) {
		return ""
	}
	return sn.toks[i].low
}

// nextWord returns the index of the first word token from i on, skipping
// the adverbs of skipWords when skip is set; len(toks) if none.
func (sn *sentence) nextWord(i int, skip bool) int {
	for ; i < len(sn.toks); i++ {
		t := sn.toks[i]
		if !t.word {
			if t.text == "'" || t.text == "’" || t.text == "\"" || t.text == "“" || t.text == "”" {
				continue
			}
			return i
		}
		if skip && t.in(skipWords) && !t.in(negations) {
			continue
		}
		return i
	}
	return len(sn.toks)
}

// prevWord returns the index of the last token before i that is not an
// adverb or auxiliary; -1 if none.
func (sn *sentence) prevWord(i int) int {
	for i--; i >= 0; i-- {
		if t := sn.toks[i]; t.low == "more" && sn.low(i-1) == "once" || t.low == "since" && (sn.low(i-1) == "has" || sn.low(i-1) == "have" || sn.low(i-1) == "had") {
			continue // "had once more asked for", "has since dropped"
		}
		if t := sn.toks[i]; t.low == "far" && (sn.low(i-1) == "so" || sn.low(i-1) == "thus") {
			i--
			continue // "has so far ruled out"
		}
		if (sn.low(i) == "turn" && sn.low(i-1) == "in" || sn.inReturnAt(i-1)) && i+1 < len(sn.toks) && sn.toks[i+1].word {
			i--
			continue // "Kyiv, which in turn wants", "and in return offered"
		}
		if t := sn.toks[i]; !t.word || !t.in(skipWords) {
			return i
		}
	}
	return -1
}

// negated reports whether the verb at i is negated ("did not agree",
// "never accepted", "refused to agree").
func (sn *sentence) negated(i int) bool {
	if sn.norInverted(i) || sn.noOneBefore(i) {
		return true // "Nor is Russia ready to accept foreign troops", "no one in the room has agreed to anything yet"
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if w := sn.low(k); w == "neither" || w == "nobody" || w == "none" {
			return true // "Neither side has agreed"
		}
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := sn.toks[k]
		if !t.word {
			return false
		}
		if t.in(negations) || strings.HasSuffix(t.low, "n't") || (t.low == "than" && sn.low(k-1) == "rather") {
			return true // "rather than accept"
		}
		if w := t.low; (w == "circumstances" || w == "account" || w == "means" || w == "way") && sn.low(k-1) == "no" {
			return true // "would under no circumstances accept", "in no way", "by no means", "on no account"
		}
		if (t.low == "stopped" || t.low == "ceased" || t.low == "quit") && k == i-1 && strings.HasSuffix(sn.low(i), "ing") {
			return true // "has stopped asking for a quick truce": a position dropped
		}
		if t.low == "to" {
			continue
		}
		if !negationReaches(&t, k, i) {
			return false
		}
	}
	return false
}

// isAdjectiveMention reports whether the mention reads as an adjective
// ("Russian", "Ukrainian", "European", "Turkish"), which makes the word
// after it a noun.
func (sn *sentence) isAdjectiveMention(m mention) bool {
	return adjectiveLike(sn.toks[m.end-1].low)
}

// peopleName reports whether a mention names a side's people in the
// plural ("the Americans", "the Russians"): no "he" or "it" stands for it.
func (sn *sentence) peopleName(m mention) bool {
	return strings.HasSuffix(sn.low(m.end-1), "ans")
}

// adjectiveLike tells whether a name reads as an adjective of nationality.
func adjectiveLike(w string) bool {
	for _, suf := range []string{"ian", "ish", "ese", "ean", "can"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// nounAfterVerb reports whether the plural condition noun at i is the
// object of a verb that puts a position forward: "tabled conditions",
// "presented preconditions"; but "the plan Witkoff drafted calls for" is
// a verb.
func (sn *sentence) nounAfterVerb(p token, i int) bool {
	return strings.HasSuffix(p.low, "ed") && (p.in(authorVerbs) || p.in(presentVerbs)) && strings.HasSuffix(sn.low(i), "s") && isConditionNoun(sn.low(i)) && !sn.in(i+1, determiners)
}

// nounUse tells whether the word at i, which can be a verb or a noun
// ("demands", "offer", "call"), is used as a noun here.
func (sn *sentence) nounUse(i int) bool {
	if i == 0 {
		return false
	}
	p := sn.toks[i-1]
	if (p.text == "\"" || p.text == "”") && i >= 4 && sn.toks[i-2].word && sn.quoted[i-2] && !sn.quoted[i] && quoteMark(sn.low(i-3)) {
		return sn.nounAfterVerb(sn.toks[i-4], i) // `tabled "unacceptable" conditions`: the verb before the quoted adjective
	}
	if !p.word {
		return p.text == "'" || p.text == "’"
	}
	if sn.nounAfterVerb(p, i) {
		return true
	}
	if p.low == "to" && !strings.HasSuffix(sn.low(i), "s") && sn.toks[i-1].word && (sn.low(i+1) == "that" || sn.in(i-2, pastTenses) || strings.HasSuffix(sn.low(i-2), "s") || strings.HasSuffix(sn.low(i-2), "ed")) {
		return false // "continues to demand that", "wants to offer": an infinitive
	}
	if p.poss || p.in(determiners) || p.in(possPronouns) || p.in(prepositions) {
		return true
	}
	if m := sn.mentAt[i-1]; m >= 0 {
		return sn.isAdjectiveMention(sn.ments[m]) || sn.low(sn.ments[m].start-1) == "the" && !sn.ments[m].poss && sn.nounCue(i) != "" && !strings.HasSuffix(sn.low(i), "s") && !sn.peopleName(sn.ments[m]) // "The US offer, one official cautioned, ..."; but "the Americans offer"
	}
	if pp := sn.toks[max(i-2, 0)]; i >= 2 && (pp.poss || pp.in(possPronouns) || pp.low == "the") && (p.in(skipWords) && (!strings.HasSuffix(p.low, "ly") || p.low == "only") || participle(p.low) && p.verbCue() == "" && (!p.in(speechVerbs) || pp.low != "the")) {
		return true // "Kyiv's first demand", "the only offer", "Moscow's only demand", "Moscow's revised demand", "Kyiv's stated demands"
	}
	if pp := sn.toks[max(i-2, 0)]; i >= 2 && p.low == "further" && !pp.party && !pp.in(pronouns) && pp.word && !pp.in(skipWords) && !textHead(pp.low) && !docParts[pp.low] {
		return true // "listed further conditions"; but "the memorandum further calls for" is its verb
	}
	if i == 1 && listGoesOn[p.low] && sn.low(i+1) != "that" {
		return true // "Other conditions include ...", "Further demands are ...", "More demands include ...": an adjective opens the sentence (but "Further calls for a truce came from Europe" are Europe's: nounAgent)
	}
	if (p.low == "are" || p.low == "were") && strings.HasSuffix(sn.low(i), "s") && sn.low(i+1) != "for" {
		return true // "both are demands dressed up as choices"; but "Ukraine's terms were demands for a ceasefire" says what they are
	}
	if p.in(skipWords) || p.in(pronouns) || p.caps || p.in(clauseWords) {
		return false // "Russia demands", "which calls for"
	}
	if n := sn.low(i + 1); p.in(timeNouns) && strings.HasSuffix(sn.low(i), "s") && (n == "for" || n == "that") && sn.timeEndsSubject(i-1) {
		return false // "The European statement issued on Monday night calls for ...": the time ends the subject; the verb follows
	}
	if p.low == "and" && i > 1 && strings.HasSuffix(sn.low(i), "s") && sn.toks[i-2].word && (sn.nounCue(i-2) == "" || !strings.HasSuffix(sn.low(i-2), "s") && sn.verbBefore(i-1)) { // "insists on a ceasefire and demands"; but "Kyiv's demand and calls for a truce were ignored"
		if n := sn.low(i + 1); n == "for" || n == "on" {
			return false // "puts a ceasefire first and calls for a swap"; but "Kyiv's demands and calls for a truce" are nouns
		}
		if sn.in(i+1, determiners) && !sn.dateAt(i+2) && !sn.in(i-2, termNouns) && sn.verbBefore(i-1) {
			return false // "handed over the list and demands the return of every child", "insists on a ceasefire and demands the withdrawal ..."; but "the proposals and demands the Kremlin made"
		}
	}
	if p.in(coordinators) && (sn.low(i+1) == "that" || sn.low(i+1) == "to" || sn.in(i, speechVerbs) && sn.nounCue(i) == "") {
		return false // "..., and demands that arms deliveries stop", "and offers to hand over", "and says talks must ..."
	}
	if n := sn.low(i + 1); n == ":" || n == "of" && sn.in(i+2, possPronouns) && sn.low(i+3) == "own" {
		return true // "attached conditions of his own: ...", "listed demands: ..."
	}
	if strings.HasSuffix(p.low, "ed") || strings.HasSuffix(p.low, "ly") || p.in(speechVerbs) || p.verbCue() != "" {
		return false
	}
	if n := sn.low(i + 1); actorHeads[p.low] && (n == "that" || (n == "for" || n == "on") && strings.HasPrefix(sn.low(i), "call") || sn.in(i+1, listStarts) || sn.mentAt[min(i+1, len(sn.toks)-1)] >= 0) {
		// "Russia's delegation demands a ceasefire", "the Kremlin's envoy
		// calls for talks": the head of the subject, then its verb; but
		// "rejected the Russian delegation demands for a buffer zone"
		return false
	}
	if (p.in(termNouns) || p.in(planNouns) || p.in(docNouns) || docParts[p.low]) && !strings.HasSuffix(p.low, "s") && (sn.in(i, planDemands) || sn.low(i) == "proposes") {
		// "The memorandum demands neutrality", but "the memorandum
		// demands were rejected"
		n := i + 1 + b2i(quoteMark(sn.low(i+1))) // `the section demands "maximum limits"`
		return n >= len(sn.toks) || !sn.toks[n].word || sn.in(n, beWords) || sn.in(n, finiteVerbs) || sn.in(n, modalsInContent)
	}
	if sn.in(i, planDemands) && sn.handedText(i) > 0 {
		return false // "the Russian memorandum handed to Kyiv's team demands that ...": the text demands
	}
	// An adjective or noun before it: "key demands", "peace plan"; but
	// "asks" so used is a noun only before a colon or after a
	// determiner or a number ("three clear asks: ...", "with two asks"):
	// "the memorandum asks Kyiv to" is a verb.
	return sn.low(i) != "asks" || countWords[p.low]
}

// opposedCue reads a stance against what follows as a refusal of it: "is
// (remains, firmly) against X", "is opposed to X", "does not want X", "has
// (shown) no interest in X".
func (sn *sentence) opposedCue(i int) (cue, bool) {
	w, next := sn.low(i), sn.low(i+1)
	end := i + 1
	switch {
	case w == "against" || w == "opposed" && next == "to":
		b := i - 1
		for b > 0 && (strings.HasSuffix(sn.low(b), "ly") || sn.low(b) == "still") {
			b-- // "is firmly against", "remains strongly opposed to"
		}
		if v := sn.low(b); !sn.in(b, beWords) && v != "remains" && v != "remain" && v != "remained" {
			return cue{}, false // "the war against Ukraine", "sanctions against Russia"
		}
		if sn.negated(b) {
			return cue{}, false // "would not be against", "has never been opposed to"
		}
		if s := sn.prevWord(b); s >= 0 && sn.toks[s].word && sn.mentAt[s] < 0 && !sn.in(s, pronouns) && !sn.in(s, agentNouns) && !sn.toks[s].caps &&
			sn.low(s) != "position" && sn.low(s) != "stance" && sn.low(s) != "line" {
			return cue{}, false // "Russia's strikes were against civilian targets": no side's stance; but "Moscow and Beijing are", "Kyiv, however, is", "the Kremlin's position is"
		}
		end += b2i(w == "opposed")
	case (w == "want" || w == "wants") && (sn.low(i-1) == "not" && (sn.low(i-2) == "does" || sn.low(i-2) == "do" || sn.low(i-2) == "did") || doNot[sn.low(i-1)]):
		if w3 := sn.low(i + 3); next == "to" && (sn.anonymity(i) || noComment[sn.low(i+2)] || sn.low(i+2) == "be" && (w3 == "seen" || w3 == "viewed" || w3 == "perceived")) {
			return cue{}, false // "an official who did not want to be named", "did not want to comment", "does not want to be seen as weak": no stance
		}
		end += b2i(next == "to") // "Kyiv does not want a frozen conflict", "does not want to give up land"
	case w == "interest" && sn.low(i-1) == "no" && next == "in":
		end++ // "Moscow has (shown) no interest in a ceasefire"
	default:
		return cue{}, false
	}
	if end >= len(sn.toks) || !sn.toks[end].word {
		return cue{}, false
	}
	return cue{kind: Rejection, form: formVerb, at: i, end: end}, true
}

// noComment are what a source refuses when it keeps silent: "refused
// (declined, did not want) to comment (until the talks were over)".
var noComment = map[string]bool{"comment": true, "speculate": true, "elaborate": true}

// doNot are the contracted "do not": "Moscow doesn't want ...".
var doNot = map[string]bool{"doesn't": true, "don't": true, "didn't": true}

// dealParts are the parts of a deal whose needs a side states: "any
// provisions touching the EU need the consent of its members".
var dealParts = map[string]bool{"provisions": true, "provision": true, "clause": true, "clauses": true, "change": true,
	"changes": true, "decision": true, "decisions": true, "arrangement": true, "arrangements": true, "treaty": true}

// dealPartBefore reports whether the subject of the verb at i is a part
// of a deal, however long its phrase: "any provisions touching the EU or
// NATO (need)", "any change of territory (needs)".
func (sn *sentence) dealPartBefore(i int) bool {
	for k := i - 1; k > 0 && k >= i-7; k-- {
		if !sn.toks[k].word || sn.in(k, clauseWords) || sn.in(k, speechVerbs) {
			return false
		}
		// "any provisions", "the treaty"; but not "the change in
		// Washington's tone (needed no explanation)"
		if p, w := sn.low(k), sn.low(k-1); dealParts[p] && (w == "any" || w == "the" && !strings.HasPrefix(p, "change") && !strings.HasPrefix(p, "decision") || w == "such" || w == "all" || w == "these") {
			return true
		}
	}
	return false
}

// dealMakers make the deal they take as object: "reached an agreement",
// "struck a deal".
var dealMakers = set("reached", "reach", "reaching", "struck", "strike", "clinched", "sealed")

// dealNews make known a deal to do something: "confirmed a deal to swap
// 1,200 prisoners", but not "announced the deal on social media".
var dealNews = set("confirmed", "confirms", "announced", "announces", "secured", "secures", "finalised", "finalized", "brokered")

// dealSaid reports whether the deal's "to" clause from k runs on to a
// finite verb, so that the deal is the subject of what is made known, not
// made: "announced a deal to end the war was within reach", "confirmed a
// deal to swap prisoners was close"; but not "confirmed a deal to swap
// prisoners who were held", "a deal to return children Russia has taken".
func (sn *sentence) dealSaid(k int) bool {
	for ; k < len(sn.toks) && sn.toks[k].word; k++ {
		switch w := sn.low(k); {
		case w == "who" || w == "which" || w == "that" || w == "whom" || w == "whose":
			return false
		case sn.in(k, finiteVerbs) && !sn.toks[k-1].party && !sn.in(k-1, pronouns):
			return true
		}
	}
	return false
}

// labelColon returns the colon that ends a label at k, straight away or
// after a source aside ("Moscow's line, as Ushakov keeps repeating: ..."),
// with words after it; or -1.
func (sn *sentence) labelColon(k int) int {
	if sn.low(k) == "," && sn.sourceAside(k+1) {
		for e := k + 2; e < len(sn.toks) && e < k+14; e++ {
			if !sn.toks[e].word && sn.low(e) != "," {
				k = e
				break
			}
		}
	}
	if sn.low(k) != ":" || k+1 >= len(sn.toks) {
		return -1
	}
	return k
}

// messageColon returns the colon after "message to X" at i ("His message
// to Kyiv: make a deal"), or -1.
func (sn *sentence) messageColon(i int) int {
	if sn.low(i+1) != "to" {
		return -1
	}
	for k := i + 2; k < len(sn.toks) && k <= i+6; k++ {
		if !sn.toks[k].word {
			return sn.labelColon(k)
		}
	}
	return -1
}

// stanceLabels name a side's stand when its possessive labels what
// follows a colon: "Kyiv's other fixed point:", "His fair option:".
var stanceLabels = map[string]bool{"point": true, "option": true, "line": true, "stance": true}

// stanceCompounds make another noun of a stance label: "Kyiv's weak point:
// air defence", "Putin's talking point: NATO expansion", "Kyiv's sticking
// point: the withdrawal" (what it objects to), "Russia's supply line:".
var stanceCompounds = map[string]bool{"weak": true, "strong": true, "low": true, "high": true, "sore": true, "breaking": true,
	"turning": true, "tipping": true, "boiling": true, "pressure": true, "focal": true, "vantage": true, "talking": true,
	"sticking": true, "pain": true, "choke": true, "front": true, "supply": true, "contact": true, "defensive": true,
	"defence": true, "defense": true, "nuclear": true, "military": true, "best": true, "worst": true}

// actorHeads head the noun phrase of a side's people; the cue word after
// one is the phrase's verb.
var actorHeads = map[string]bool{"delegation": true, "team": true, "side": true, "government": true, "leader": true,
	"president": true, "envoy": true, "minister": true, "ministry": true, "spokesman": true, "spokeswoman": true,
	"negotiator": true, "administration": true, "leadership": true, "office": true, "parliament": true, "chancellor": true,
	"negotiators": true, "officials": true, "leaders": true, "diplomats": true, "envoys": true}

// brandNouns are what a side calls the other's terms to turn them down:
// "called it an ultimatum", "branded the plan a capitulation".
var brandNouns = set("ultimatum", "capitulation", "non-starter", "nonstarter", "diktat")

// branded reports whether the noun at i is what a judging verb calls
// something: "Kyiv called it "an ultimatum dressed up as a document"";
// not "called for an ultimatum" nor "was not called an ultimatum".
func (sn *sentence) branded(i int) bool {
	if !sn.in(i, brandNouns) {
		return false
	}
	a := i - 1 - b2i(quoteMark(sn.low(i-1))) // `an "ultimatum"`
	if w := sn.low(a); w != "a" && w != "an" {
		return false
	}
	a -= b2i(quoteMark(sn.low(a - 1)))
	first := a - 2 // "called it an ultimatum": what is branded comes between
	if sn.in(a-1, judgeVerbs) && slices.ContainsFunc(sn.toks[max(0, a-4):a-1], func(t token) bool { return t.low == "which" || t.low == "what" }) {
		first = a - 1 // "the document, which Kyiv calls a capitulation", "what Zelensky called an ultimatum": it came before
	}
	for j := first; j >= 0 && j >= a-7; j-- {
		if sn.in(j, judgeVerbs) {
			return !sn.negated(j) && sn.low(j+1) != "for" && sn.low(j+1) != "on"
		}
		if !sn.toks[j].word {
			return false
		}
	}
	return false
}

// timeEndsSubject reports whether the time that ends at k closes a
// participle phrase of the subject ("The European statement issued on
// Monday night", "The communique signed last week"), so that a verb-noun
// after it is the verb; but "Since Monday night calls for a truce have
// multiplied" opens with the time, and in "Zelensky rejected on Monday
// night calls for elections" the verb before it has its own subject.
func (sn *sentence) timeEndsSubject(k int) bool {
	j := k
	for j >= 0 && (sn.in(j, timeNouns) || sn.low(j) == "last" || sn.low(j) == "late" || sn.low(j) == "early" || sn.low(j) == "this") {
		j--
	}
	if w := sn.low(j); w == "on" || w == "in" || w == "at" || w == "over" {
		j--
	}
	if j < 1 || j == k || !participle(sn.low(j)) && !sn.in(j, pastTenses) {
		return false
	}
	s := sn.toks[j-1]
	return s.word && !s.party && sn.mentAt[j-1] < 0 && !s.in(pronouns) && !s.in(skipWords)
}

// findCues lists the cues of the sentence, left to right.
func (sn *sentence) findCues() {
	toks := sn.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if (stanceLabels[t.low] && !stanceCompounds[sn.low(i-1)] && sn.labelColon(i+1) > 0 || t.low == "message" && sn.messageColon(i) > 0) && sn.ownedNoun(i) {
			// "Kyiv's other fixed point: no legal recognition of occupied
			// land", "His fair option: a ceasefire along the current line",
			// "His message to Kyiv: make a deal"
			sn.cues = append(sn.cues, cue{kind: Demand, form: formNoun, at: i, end: i + 1})
			continue
		}
		if t.word && !t.party && sn.branded(i) {
			sn.cues = append(sn.cues, cue{kind: Rejection, form: formAdj, at: i, end: i + 1}) // "Kyiv called it "an ultimatum dressed up as a document"", "branded the plan a capitulation": a judgement, as "unacceptable" is; the brand need be no cue of its own
			continue
		}
		if !t.word || t.party || t.info == nil || !t.info.cue {
			continue
		}
		w := t.low
		next := sn.low(i + 1)
		if (w == "is" || w == "was" || w == "remains") && i+1 < len(toks) && toks[i+1].word && !sn.in(i+1, negations) {
			if s := sn.bestWayBefore(i); s >= 0 && sn.reported(s) {
				// "Zelenskyy repeated that the most just solution is a
				// ceasefire along the present line": the speaker's demand
				sn.cues = append(sn.cues, cue{kind: Demand, form: formMust, at: i + 1, end: i + 1})
				continue
			}
		}
		if next == "to" && sn.low(i+2) == "be" && mannerWords.has(sn.low(i+3)) {
			continue // "I want to be precise here": how the speaker speaks, no demand
		}
		if n := sn.low(i + 2); t.verbCue() == Rejection && next == "to" && (n == "rule" && sn.low(i+3) == "out" || n == "exclude" || n == "reject" || noComment[n]) {
			i += 2 + b2i(n == "rule") // "refused to rule out leaving NATO", "refused to comment until the talks were over": no refusal of anything
			continue
		}
		if w == "onus" {
			// "the onus was now on Putin to show he was serious": the
			// speaker's demand of Putin
			on := sn.nextWord(i+1+b2i(sn.in(i+1, beWords)), true)
			if m := sn.mentAt[min(on+1, len(toks)-1)]; sn.low(on) == "on" && m >= 0 && sn.ments[m].start == on+1 && sn.low(sn.ments[m].end) == "to" {
				sn.cues = append(sn.cues, cue{kind: Demand, form: formMust, at: on + 1, end: sn.ments[m].end + 1})
				i = sn.ments[m].end
				continue
			}
		}
		if c, ok := sn.opposedCue(i); ok {
			sn.cues = append(sn.cues, c) // "Moscow is against X", "Kyiv remains opposed to X", "does not want X", "has no interest in X"
			i = c.end - 1
			continue
		}
		if (w == "keep" || w == "maintain") && (sn.low(i-1) == "would" || sn.low(i-1) == "will") && !sn.negated(i) {
			// "they would keep up sanctions and economic pressure on Russia
			// for as long as the war continued": pressure held until the
			// other side moves
			n := i + 1 + b2i(next == "up")
			n += b2i(sn.low(n) == "the")
			if pressureWords[sn.low(n)] && sn.low(n) != "place" && sn.low(n) != "force" {
				e := sn.contentEnd(n)
				if k := slices.IndexFunc(sn.toks[n:e], func(t token) bool { return t.text == ":" }); k >= 0 {
					e = n + k // "we will keep up the pressure: a new package is being prepared"
				}
				for k := n; k+1 < e; k++ {
					if sn.low(k) == "," && sn.low(k+1) == "that" {
						e = k // "said they would keep up sanctions ..., that borders must not ...": the next thing said
						break
					}
				}
				sn.cues = append(sn.cues, cue{kind: Demand, form: formMake, at: i - 1, end: e})
				i = e - 1
				continue
			}
		}
		if w == "show" && sn.low(i-1) == "to" && next == "for" {
			// "they had two things to show for two days of talks: an
			// exchange of 314 prisoners, and an agreement to ...": what
			// the talks yielded
			if k := slices.IndexFunc(toks[i:min(i+10, len(toks))], func(t token) bool { return t.text == ":" }); k > 0 {
				sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: i + k + 1})
				i += k
				continue
			}
		}
		if (w == "are" || w == "were") && bothNouns.has(sn.low(i-1)) {
			if n := sn.nextWord(i+1, true); sn.low(n) == "to" && sn.bareVerb(n+1) && sn.low(n+1) != "blame" && !sn.negated(i) {
				// "The two sides are to exchange 1,000 prisoners each", "Both
				// sides are also to set out on paper ...": what they settled on
				sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: n + 1})
				i = n
				continue
			}
		}
		if (w == "is" || w == "are" || w == "was" || w == "were" || w == "be") && next != "for" && !neededWords[next] && !neededWords[sn.low(sn.nextWord(i+1, true))] && !sn.notNegotiable(i+1) {
			continue // a cue only in "decisions on territory are for Ukrainians to take", "a ceasefire is needed", "it would be for Ukraine to", "is not negotiable"
		}
		if i > 1 && quoteMark(sn.toks[i-1].text) && quoteMark(sn.low(i+1)) && sn.mentAt[i-2] >= 0 {
			continue // `Ukraine "shall", Ukraine "undertakes"`: the word named, not used
		}

		// "Under Russia's terms, ...", "In Russia's version, ..."
		if (w == "under" || w == "in" || w == "per" || (w == "according" && next == "to")) && sn.clauseOpening(i) && !sn.asideAfterSubject(i) {
			if c, ok := sn.underCue(i); ok {
				sn.cues = append(sn.cues, c)
				i = c.end - 1
				continue
			}
		}
		// "reached broad agreement on how ...", "a pledge by both sides to ..."
		if e := sn.jointlyAgreed(i); e > 0 {
			sn.cues = append(sn.cues, cue{kind: Agreement, form: formDrafted, at: i, end: e})
			i = e - 1
			continue
		}
		// "reached an agreement", "struck a deal", "confirmed a deal to swap"
		if dealMakers.has(w) || dealNews.has(w) {
			if next == "no" {
				i++
				continue // "Russia and Ukraine reached no agreement on a ceasefire": none made
			}
			k := i + 1
			if sn.in(k, determiners) {
				k++
			}
			for k < len(toks) && k < i+5 && (toks[k].word || quoteMark(toks[k].text)) && sn.nounCue(k) == "" && sn.low(k) != "understandings" {
				k++
			}
			if n := sn.low(k); (sn.nounCue(k) == Agreement || n == "consensus" || n == "compromise" || n == "understandings") && (dealMakers.has(w) || sn.low(k+1) == "to" && !sn.dealSaid(k+2)) {
				end := k + 1 + b2i(quoteMark(sn.low(k+1)))
				if sn.low(end) == "that" && sn.relativeThat(end+1) {
					end = i + 1 // "reached an understanding that he hoped would open the way": the understanding
				}
				sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: end})
				i = k
				continue
			}
		}
		// "makes a full ceasefire the precondition for talks"
		if (w == "make" || w == "makes" || w == "made" || w == "making") && next != "clear" {
			if k := sn.conditionNoun(i + 1); k > i+2 {
				sn.cues = append(sn.cues, cue{kind: Demand, form: formMake, at: i, end: k})
				i = k
				continue
			}
		}
		// "Ukraine would sign only a document that does not reward
		// aggression": what it would sign is what it demands.
		if p := sn.low(i - 1); w == "only" && (p == "sign" || p == "accept") && sn.in(i+1, determiners) && !sn.negated(i-1) {
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 1})
			continue
		}
		// "Moscow will only stop firing once ...": the condition is a demand.
		if w == "only" {
			if k := sn.onlyCondition(i + 1); k > 0 {
				sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: k + 1})
				i = k
				continue
			}
		}
		// "Russia would face tariffs unless a deal is reached", "If
		// Ukrainian troops leave ..., the fighting will stop": the condition
		// is the demand of whoever says it.
		if (w == "unless" && (sn.penaltyBefore(i) || sn.refusalBefore(i) || sn.clauseOpening(i) && sn.consequenceAfter(i))) || (w == "if" && sn.peaceAfter(i)) || (w == "once" || w == "when" || w == "if") && sn.peaceBefore(i) || w == "until" && (sn.pressureBefore(i) || sn.rejectionBefore(i) || sn.fightingBefore(i)) {
			if n := sn.nextWord(i+1, false); n < len(toks) {
				if sn.low(n) == "and" && sn.low(n+1) == "until" {
					n = sn.nextWord(n+2, false) // "unless and until Moscow agrees"
				}
				c := cue{kind: Demand, form: formMust, at: n, end: n + 1}
				if sn.in(n, pronouns) && !sn.passiveIt(n) {
					c.party = sn.lastAgent(i) // "Moscow would face sanctions unless it agreed": Moscow; but "unless it was held to sign ..." is the meeting
				}
				sn.cues = append(sn.cues, c)
				continue
			}
		}
		// "went to Geneva determined to secure guarantees that work"
		if w == "determined" && next == "to" {
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 1})
			continue
		}
		// "Moscow still expects guarantees that Ukraine will never join NATO"
		if strings.HasPrefix(w, "expect") && (next == "guarantees" || next == "assurances" || next == "a" && (sn.low(i+2) == "guarantee" || sn.low(i+2) == "commitment") ||
			i+2 < len(toks) && toks[i+1].word && !toks[i+1].party && (sn.low(i+2) == "guarantees" || sn.low(i+2) == "assurances") || // "would expect bilateral guarantees"
			(w == "expects" || w == "expect") && (next == "a" || next == "an") && expectedActs[sn.low(i+2+b2i(sn.low(i+2) == "full" || sn.low(i+2) == "formal" || sn.low(i+2) == "clear"))] && !sn.ownPartyAhead(i)) { // "Washington expects a signature": an act it asks of another, not a forecast
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 1})
			continue
		}
		// "Umerov stressed the importance of the return of all prisoners",
		// "underlined the need for guarantees": what a side stresses the
		// need of it asks for
		if emphasisVerbs.has(w) && next == "the" && (sn.low(i+2) == "importance" || sn.low(i+2) == "need" || sn.low(i+2) == "necessity") && (sn.low(i+3) == "of" || sn.low(i+3) == "for") && !sn.negated(i) && !sn.eventSubject(i) {
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 4})
			i += 3
			continue
		}
		// "had fought to keep the plan's provisions on prisoners": what a
		// side fights to keep in a text is what it holds out for; "Ukraine
		// had hoped to secure a 30-day ceasefire, but Russia did not agree to
		// one": what a side hoped to win it wanted
		if n := sn.low(i + 2); next == "to" && ((w == "fought" || w == "fights") && (n == "keep" || n == "preserve" || n == "secure") ||
			(w == "hope" || w == "hopes" || w == "hoped" || w == "hoping") && gainVerbs.has(n)) && !sn.in(i+3, pronouns) {
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 2})
			i++
			continue
		}
		// "Kyiv's own roadmap starts from a full ceasefire", "Kyiv's
		// starts with A, B and C", "Kyiv's memorandum opens with a full
		// ceasefire": what a side's list opens with; not
		// "starts from the opposite end"
		if (next == "with" && (w == "starts" || w == "begins" || w == "opens") || next == "from" && (w == "starts" || w == "begins")) && sn.low(i+3) != "opposite" && sn.low(i+3) != "other" && sn.sideListBefore(i) {
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 2})
			i++
			continue
		}
		// "it would like the pause widened to civilian infrastructure",
		// "Kyiv would prefer to freeze the fighting along the current line"
		if (w == "like" || w == "prefer" && next == "to") && (sn.low(i-1) == "would" || sn.low(i-1) == "'d") {
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 1})
			continue
		}
		// "Trump said it was time for Ukraine to hold a vote", "it would be
		// up to Ukraine to decide": the speaker's demand of that party
		if w == "it" {
			if at, to := sn.itForParty(i); to > 0 {
				sn.cues = append(sn.cues, cue{kind: Demand, form: formMust, at: at, end: to + 1})
				i = to
				continue
			}
		}
		// "Under it, Kiev is also required to adopt neutral status": a
		// duty the terms or their speaker set
		if next == "to" && obligedWords[w] {
			aux := i - 1
			if !sn.in(aux, beWords) && sn.in(aux, skipWords) {
				aux-- // "is also required"
			}
			if start := sn.partySubjectStart(aux); sn.in(aux, beWords) && start >= 0 {
				sn.cues = append(sn.cues, cue{kind: Demand, form: formMust, at: start, end: i + 2})
				i++
				continue
			}
		}
		// "Sybiha said Russia must stop its attacks", "officials say
		// reconstruction must be paid for with frozen assets"
		if end := sn.obligation(i); end > i && !sn.askedWhat(i) {
			if start := sn.obligedStart(i); start >= 0 {
				if sn.low(start) == "it" && (start+1 == i || start+2 == i && sn.in(i-1, modalsInContent)) && sn.low(i+1) == "for" {
					// "said it was for Ukraine alone to decide on its
					// territory": Ukraine's to decide
					start = i + 2 + b2i(sn.low(i+2) == "the")
					end = start + 1
				}
				sn.cues = append(sn.cues, cue{kind: Demand, form: formMust, at: start, end: end})
				i = end - 1
				continue
			}
		}
		// "The two sides will meet again", "the three delegations will
		// report back and continue talks": what the sides will do together
		if w == "will" || w == "they'll" || w == "would" && sn.reported(sn.clauseStart(i)) {
			// also "The United States and Russia said they would restore
			// the military dialogue", "the American and Russian militaries
			// would restore a line of dialogue"
			if v := sn.goOnAhead(i + 1); v > 0 {
				p, head := []string(nil), "they"
				if w == "will" || w == "would" {
					p, head = sn.subjectOf(i)
				}
				if v := sn.speechBefore(i); head == "they" && v >= 0 {
					p, head = sn.subjectOf(v) // "The United States and Russia said they would ...", "The delegations say they'll meet again"
				}
				if bothNouns.has(head) || len(p) > 1 && twoSides(p) {
					sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: v})
					i = v
					continue
				}
			}
		}
		// "Trump said it was now up to Zelensky to get a deal done": what
		// the speaker leaves to the party is asked of it
		if b := i - 1 - b2i(sn.low(i-1) == "now" || sn.low(i-1) == "really" || sn.low(i-1) == "entirely"); w == "up" && next == "to" && (sn.in(b, beWords) || sn.low(b) == "it" && sn.toks[b].poss) {
			// "it was now up to", "it's really up to"
			n := i + 2
			for n < len(toks) && toks[n].caps && sn.mentAt[n] < 0 && toks[n].word {
				n++ // a title: "President Zelensky"
			}
			if m := sn.mentAt[min(n, len(toks)-1)]; m >= 0 && sn.ments[m].start == n {
				to := sn.ments[m].end
				if a := sn.saidAside(to); a > 0 {
					to = a // "It would be up to Ukraine, they said, to make decisions on its territory"
				}
				if sn.low(to) == "to" {
					sn.cues = append(sn.cues, cue{kind: Demand, form: formMust, at: n, end: to + 1})
					i = to
					continue
				}
			}
		}
		// "the memorandum, which would have Kyiv withdraw from the four
		// regions", "the draft would have had Ukraine hand over ...": what a
		// text makes a side do
		if (w == "have" && sn.low(i-1) == "would" || w == "had" && sn.low(i-1) == "have" && sn.low(i-2) == "would") && sn.textSubject(i) {
			n := i + 1 + b2i(next == "the")
			if m := sn.mentAt[min(n, len(toks)-1)]; n < len(toks) && m >= 0 && !sn.ments[m].poss && sn.bareVerb(sn.ments[m].end) {
				sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 1})
				continue
			}
		}
		// "said the logical next step was a meeting of the two presidents",
		// "Kyiv's own preference, he said, remains to freeze the fighting",
		// "The main thing, he added, is to eliminate the root causes":
		// what the speaker (or the owner) holds out for
		if (w == "step" || w == "goal") && sn.low(i-1) == "next" || w == "preference" || w == "alternative" && sn.ownedNoun(i) || w == "thing" && (sn.low(i-1) == "main" || sn.low(i-1) == "important" || sn.low(i-1) == "key") && sn.low(i-2) != "one" {
			b := i + 1
			if a := sn.saidAside(b); a > 0 {
				b = a
			} else if sn.low(b) == "," {
				for n := b + 2; n < len(toks) && n <= b+16; n++ {
					if sn.low(n) == "," && sn.in(n+1, beWords) {
						b = n + 1 // "Kyiv's alternative, set out by Rustem Umerov, the secretary of ..., is ..."
						break
					}
					if !toks[n].word && sn.low(n) != "," && sn.low(n) != "'" && sn.low(n) != "’" {
						break
					}
				}
			}
			if (sn.low(b) == "has" || sn.low(b) == "had") && sn.low(b+1) == "been" {
				if k := sn.wordsToColon(b, 8); k > 0 {
					// "Kyiv's alternative has been the same since the autumn: a
					// ceasefire along the present line of contact"
					sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: k + 1})
					i = k
					continue
				}
			}
			if sn.in(b, beWords) || sn.low(b) == "remains" || sn.low(b) == "remained" {
				e := b + 1 + b2i(sn.low(b+1) == "to")
				sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: e})
				i = e - 1
				continue
			}
		}
		// "the return of the children, which it regards as a condition of
		// any lasting peace": what comes before is its demand
		if (w == "regards" || w == "regarded" || w == "considers" || w == "considered" || w == "sees" || w == "treats") && next == "as" && (sn.low(i+2) == "a" || sn.low(i+2) == "the") && isConditionNoun(sn.low(i+3)) && sn.anyIn(max(0, i-3), i, clauseWords) {
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 1})
			i += 3
			continue
		}
		// "Moscow regards a complete halt to foreign military aid as the key
		// condition for ending the war", "Moscow also listed the lifting of
		// restrictions on ships among its conditions": what lies between is
		// the subject's demand
		if k := sn.namedCondition(i); k > i+1 {
			sn.cues = append(sn.cues, cue{kind: Demand, form: formMake, at: i, end: k})
			i = k
			continue
		}
		// "The two sides had settled about 90 per cent of the issues": what
		// both sides settled is agreed
		if (w == "settled" || w == "resolved") && (sn.low(i-1) == "had" || sn.low(i-1) == "have" || sn.low(i-1) == "has" || w == "settled" && next == "on") {
			if p, head := sn.subjectOf(i); bothNouns.has(head) || len(p) > 1 && twoSides(p) || head == "they" && sn.anyIn(0, i, bothNouns) {
				// also "the two delegations settled on returning the remains
				// of 6,000 soldiers": what they settled on
				sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: i + 1 + b2i(next == "on")})
				continue
			}
		}
		// "Trump set a Thanksgiving deadline for Kyiv to accept the plan"
		if w == "deadline" && next == "for" {
			n := i + 2 + b2i(sn.low(i+2) == "the")
			if m := sn.mentAt[min(n, len(toks)-1)]; n < len(toks) && m >= 0 && sn.low(sn.ments[m].end) == "to" {
				sn.cues = append(sn.cues, cue{kind: Demand, form: formNoun, at: i, end: i + 1})
				continue
			}
		}
		// "Putin said Russia would guarantee a safe withdrawal"
		if w == "would" || w == "will" || w == "could" {
			if c, ok := sn.offerCue(i); ok {
				sn.cues = append(sn.cues, c)
				i = c.end - 1
				continue
			}
		}
		// "threatened Russia with sanctions if Putin did not agree to X"
		if a := sn.saidAside(i + 1); a > 0 && t.in(readyWords) && sn.low(a) == "to" && !sn.readyNot(a+1) {
			// "Russia was prepared, he added, to put that in writing"
			sn.cues = append(sn.cues, cue{kind: Proposal, form: formVerb, at: i, end: a + 1})
			i = a
			continue
		}
		if k := sn.raisedTerm(i); k > 0 {
			// "The Russian side also raised official status for the Russian
			// language", "raised the issue of civilians taken from Kursk"
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: k})
			i = k - 1
			continue
		}
		if t.in(threatVerbs) {
			if k := sn.refusalCondition(i + 1); k > 0 {
				sn.cues = append(sn.cues, cue{kind: Demand, form: formThreat, at: i, end: k})
				i = k - 1
				continue
			}
		}
		// "Ukraine and Russia will exchange 1,200 prisoners each"
		if handOver := w == "hand" && (next == "over" || next == "back"); (t.in(futureSwaps) || handOver) && sn.afterWill(i) {
			// also "The two sides will also hand back the bodies of fallen
			// soldiers, 6,000 for 6,000"
			sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: i + 1 + b2i(handOver), needEx: true})
			i += b2i(handOver)
			continue
		}
		// "A deal was struck to swap wounded prisoners"
		if (w == "struck" || w == "reached" || w == "sealed" || w == "clinched") && sn.nounCue(sn.prevWord(i)) == Agreement {
			if !sn.noSubject(i) { // but "No agreement was reached on a ceasefire"
				sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: i + 1})
			}
			continue
		}
		// "Moscow will not sign anything unless Kyiv gives up Donetsk"
		if (w == "unless" || w == "until") && !sn.dateAt(i+1) && sn.negatedClause(i) && !noComment[sn.low(i-1)] {
			if m := sn.tautology(i); m > 0 {
				i = m // "There's no deal until there's a deal": no condition, and no deal
				continue
			}
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 1})
			continue
		}
		// "They also backed keeping Ukraine's army at 800,000 troops": what
		// they back doing is their proposal
		if supportVerb(w) && !strings.HasPrefix(w, "welcome") && strings.HasSuffix(next, "ing") && len(next) > 5 && !sn.negated(i) {
			sn.cues = append(sn.cues, cue{kind: Proposal, form: formVerb, at: i, end: i + 1})
			continue
		}
		// "the two presidents supported the continuation of direct talks"
		if supportVerb(w) && !sn.negated(i) {
			k := i + 1
			if sn.in(k, determiners) {
				k++
			}
			if goOnNoun(sn.low(k)) {
				sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: i + 1})
				continue
			}
		}
		if w == "point" && sn.low(i-1) == "starting" && sn.ownedNoun(i) && sn.colonAfter(i+1) > 0 && sn.colonAfter(i+1) <= i+4 {
			// "Kyiv's own starting point is simpler: a ceasefire along the
			// current line"
			sn.cues = append(sn.cues, cue{kind: Demand, form: formNoun, at: i, end: i + 1})
			continue
		}
		if (w == "glad" || w == "happy") && next == "to" && sn.low(i-1) == "be" && (sn.low(i-2) == "would" || sn.low(i-2) == "will") {
			// "he would be glad to host a three-way meeting"
			sn.cues = append(sn.cues, cue{kind: Proposal, form: formVerb, at: i, end: i + 2})
			i++
			continue
		}
		// "says there can be no restrictions on Ukraine's military"
		// "There can be no recognition of occupied land, it said"
		if w == "there" && sn.low(i+2) == "be" && sn.low(i+3) == "no" && !noneWithout[sn.low(i+4)] && (next == "can" || next == "should" || next == "must" || next == "could" || next == "would") {
			aside := sn.asideAfter(i+4) || len(sn.asideSpeaker(0, i)) > 0
			said := aside // or reported, or in the voice of the sentence before; but "would" only in an aside
			if !aside && next != "would" {
				cs := sn.clauseStart(i)
				said = sn.reported(cs) || sn.voiceGoesOn(cs) || sn.setOut(cs) // "Its key points: ...; there should be no limits on its army"
			}
			if said && !sn.provisoAhead(i+4) {
				sn.cues = append(sn.cues, cue{kind: Demand, form: formMust, at: i + 3, end: i + 3})
				i += 3
				continue
			}
		}
		if t.in(readyWords) && (next == "for" || next == "to") && sn.inCondition(i) {
			// "If Russia is ready for a full ceasefire, Ukraine is ready
			// too": a supposition, no offer of Russia's
			if p := sn.readyToo(i); p != nil && next == "for" {
				sn.cues = append(sn.cues, *p)
			}
			i++
			continue
		}
		if t.in(readyWords) && next == "for" && w != "keen" && w != "eager" {
			if _, head := sn.subjectOf(i); !planNouns.has(head) {
				sn.cues = append(sn.cues, cue{kind: Proposal, form: formVerb, at: i, end: i + 2})
				i++
				continue
			} // "a revised document could be ready for Zelenskyy to take to Washington": a text ready, no offer
		}
		if t.in(readyWords) && next == "to" && sn.in(i+2, acceptVerbs) && sn.verbCue(i+2) == Agreement {
			// "Kyiv was ready to accept the truce": an acceptance
			sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: i + 3})
			i += 2
			continue
		}
		if w == "yes" && next == "to" && sn.in(i-1, speechVerbs) {
			// "Ukraine said yes to the proposal"
			sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i - 1, end: i + 2})
			i++
			continue
		}
		if w == "exchange" && next == "for" && sn.low(i-1) == "in" && i > 1 {
			// "246 prisoners came home in exchange for 246 servicemen"
			sn.cues = append(sn.cues, cue{kind: Agreement, form: formEvent, at: i - 1, end: i + 2})
			i++
			continue
		}
		if t.in(readyWords) && next == "in" && sn.low(i+2) == "return" && sn.low(i+3) == "to" {
			// "Russia was prepared in return to freeze the front line"
			sn.cues = append(sn.cues, cue{kind: Proposal, form: formVerb, at: i, end: i + 4})
			i += 3
			continue
		}
		if t.in(readyWords) && next == "to" && !sn.readyNot(i+2) && (w != "keen" && w != "eager" || sn.in(i+2, offerVerbs)) {
			sn.cues = append(sn.cues, cue{kind: Proposal, form: formVerb, at: i, end: i + 2})
			i++
			continue
		}
		// "The plan would require Ukraine to cede ...", "It would also ..."
		if (t.in(planNouns) && (t.verbCue() == "" || sn.nounUse(i))) || (w == "it" && (i == 0 || sn.participleOpens(i)) && sn.st.prevPlan) {
			if k := sn.planVerb(i + 1); k > 0 {
				end := k
				if !sn.in(k, planActs) || (sn.low(k) == "sets" || sn.low(k) == "set") && sn.low(k+1) == "out" {
					end++ // past the verb, and "sets out" is no act the plan sets; but it "rules (leaves, keeps) out" X
				}
				for end < len(toks) && (sn.low(end) == "also" || sn.low(end) == "for" || sn.low(end) == "out") {
					end++
				}
				sn.cues = append(sn.cues, cue{kind: Proposal, form: formPlan, at: i, end: end})
				i = end - 1
				continue
			}
		}
		if (w == "need" || w == "needs" || w == "needed") && next != "to" && sn.low(i-1) != "the" && sn.negated(i) {
			// "Ukraine did not need mediators": a rejection, not a need
			sn.cues = append(sn.cues, cue{kind: Rejection, form: formVerb, at: i, end: i + 1})
			continue
		}
		if (w == "line" || w == "lines") && sn.low(i-1) != "red" && sn.low(i-1) != "bottom" && !(next == "that" && sn.possessedAt(i) && sn.anyIn(i+2, min(len(toks), i+10), modalsInContent)) &&
			!((next == "is" || next == "was" || next == "remains") && sn.low(i+2) == "that" && (sn.possessedAt(i) || sn.in(i-1, possPronouns))) &&
			!(next == ":" && (sn.possessedAt(i) || sn.in(i-1, possPronouns))) {
			continue // "the front lines", but "Kyiv's red lines are that ...", "the Kremlin's long-standing line that any settlement must ...", "That is their line: A, B"
		}
		if w == "positions" && (!(sn.ownedNoun(i) && sn.anyText(i+1, min(i+5, len(toks)), ":")) || next == "near" || next == "around" || next == "along" || next == "outside") {
			continue // "Russian positions near Pokrovsk", "Ukraine's positions near Pokrovsk: heavy shelling", but "Kyiv's positions in it: A; B"
		}
		if w == "price" && sn.priceNamed(i) < 0 {
			continue // "as the price of", "persuade the Kremlin to change its price"
		}
		if strings.HasPrefix(w, "arrangement") && sn.low(i-1) == "security" {
			continue // "ready to discuss security arrangements for the plant": a thing to settle, no agreement
		}
		if (w == "readiness" || w == "willingness") && sn.doubtedBefore(i) {
			continue // "Zelensky questioned Moscow's willingness to end the war": no offer
		}
		if k := t.nounCue(); k != "" && (w != "ask" && w != "brief" && w != "agenda" || sn.ownedNoun(i) || w == "ask" && sn.low(i-1-b2i(ordinals[sn.low(i-1)] || sn.low(i-1) == "next")) == "the" && (next == "from" || next == ":")) { // "The (next) ask from Kyiv: ...", "Umerov's brief was narrow: ...", "Kyiv's agenda: ..."
			verb := t.verbCue() != "" || particleCues["for"][w] != ""
			if !verb || sn.nounUse(i) {
				sn.cues = append(sn.cues, cue{kind: k, form: formNoun, at: i, end: i + 1})
				continue
			}
		}
		if sn.in(i-1, possPronouns) && sn.droppedBefore(i) {
			// "Trump has since abandoned his push for an immediate
			// ceasefire": a noun, and a demand given up (nounPosition).
			sn.cues = append(sn.cues, cue{kind: Demand, form: formNoun, at: i, end: i + 1})
			continue
		}
		if sn.holdOutFor(i) {
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 3}) // "Kyiv is holding out for a full ceasefire"
			i += 2
			continue
		}
		pi := sn.nextWord(i+1, true) // "pressed again for"
		if sn.low(pi) == "," {
			if c := sn.closingComma(pi); c > 0 && sn.low(c+1) == "for" {
				pi = c + 1 // "pressed, once again, for"
			}
		}
		if sn.low(pi) == "hard" && sn.low(pi+1) == "for" {
			pi++ // "pressing hard for"
		}
		if w := sn.low(pi); (w == "on" || w == "this" || w == "last") && sn.dateAt(pi+1) && sn.low(pi+2) == "for" {
			pi += 2 // "pressed on Wednesday for", "pushed this week for"
		}
		if sn.low(i+1) == "once" && sn.low(i+2) == "more" && sn.low(i+3) == "for" {
			pi = i + 3 // "had pressed once more for"
		}
		if m := sn.mentAt[min(i+2, len(toks)-1)]; strings.HasPrefix(w, "ask") && i+2 < len(toks) && toks[i+1].caps && !toks[i+1].party && m >= 0 && sn.low(sn.ments[m].end) == "for" {
			pi = sn.ments[m].end // "ask President Trump for more sanctions": over the title
		}
		if pi < len(sn.toks) && pi > i+1 && (sn.low(pi) == "for" || sn.low(pi) == "out") {
			next = sn.low(pi)
		} else {
			pi = i + 1
		}
		if n := sn.pastMannerAdverb(i + 1); n > i+1 && particleCues[sn.low(n)][w] != "" {
			pi, next = n, sn.low(n) // `would object "categorically" to`, "pushed repeatedly for"
		}
		if p := sn.particleAfterObject(i); p > 0 {
			// "turned the summit down", "ruled the idea out": the object
			// comes between the verb and its particle.
			sn.cues = append(sn.cues, cue{kind: Rejection, form: formVerb, at: i, end: i + 1})
			continue
		}
		if kinds, ok := particleCues[next]; ok {
			if k, ok := kinds[w]; ok && !(next == "to" && sn.in(pi+1, possPronouns)) && !(w == "hand" && sn.negated(i)) { // "will not hand over land": a refusal
				// but "sticks to its demand for ...": the noun says what; "sticks to its position" says nothing
				c := cue{kind: k, form: formVerb, at: i, end: pi + 1}
				if a := sn.low(pi + 2); sn.low(pi+1) == "," && (a == "and" || a == "but") {
					if e := sn.closingComma(pi + 1); e > 0 && e <= pi+9 {
						c.end = e + 1 // "pushed for, and say they secured, a higher ceiling": what was pushed for follows
					}
				}
				switch next {
				case "for":
					if n := sn.nextWord(pi+1, false); (w == "come" || w == "came") && (sn.in(n, determiners) && sn.meetingAhead(n) || sn.low(n) == "talks" || sn.low(n) == "negotiations") {
						goto single // "came for talks in Istanbul": why they came, not what they want
					}
				case "on":
					// "called on Russia to ..." but not "called on Monday".
					if !sn.toInfinitive(i+2, 8) {
						goto single
					}
				case "place", "ahead":
					c.form = formEvent
				case "out":
					if k == Agreement {
						c.form = formEvent
					}
				case "over", "home", "back":
					c.needEx = true
				}
				sn.markPassive(&c)
				sn.cues = append(sn.cues, c)
				i = pi
				continue
			}
		}
	single:
		if t.in(rejectAdjectives) || w == "acceptable" && sn.notAcceptable(i) || (sn.outOfQuestion(i) && !sn.negated(i)) || (w == "off" || w == "up") && sn.offTable(i) { // but "not out of the question" is open to it
			sn.cues = append(sn.cues, cue{kind: Rejection, form: formAdj, at: i, end: i + 1})
			continue
		}
		if n := i + 1 + b2i(strings.HasPrefix(w, "settl") && next == "for"); (t.in(acceptVerbs) || t.verbCue() == Demand || n > i+1) && sn.low(n) == "nothing" && (sn.low(n+1) == "less" && sn.low(n+2) == "than" || sn.low(n+1) == "short" && sn.low(n+2) == "of") {
			// "would accept nothing less than the whole region", "will
			// settle for nothing short of ...", "wants nothing less than": a demand
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: n + 3})
			i = n + 2
			continue
		}
		if (w == "suit" || w == "suits" || w == "suited") && sn.negated(i) {
			// "the counter-proposal did not suit Russia": the subject is refused
			sn.cues = append(sn.cues, cue{kind: Rejection, form: formAdj, at: i, end: i + 1})
			continue
		}
		if (w == "leave" || w == "withdraw" || w == "surrender") && sn.negated(i) && sn.anyIn(max(0, i-4), i, modalsInContent) && i+1 < len(toks) && toks[i+1].word {
			// "Ukrainian forces would not leave Donbas": a refusal; "would
			// not withdraw." names nothing refused
			sn.cues = append(sn.cues, cue{kind: Rejection, form: formVerb, at: i, end: i + 1, refusal: true})
			continue
		}
		if t.in(acceptVerbs) && sn.negated(i) && (sn.low(i-1) == "be" || sn.low(i-1) == "been") {
			// "European troops would not be accepted in Ukraine, Peskov
			// said": a judgement of the subject, as "unacceptable" is
			sn.cues = append(sn.cues, cue{kind: Rejection, form: formAdj, at: i, end: i + 1})
			continue
		}
		// "will never accept", and as of "accept" "will not sign anything
		// that rewards the aggressor": a refusal
		// "will not hand over land" as "will not give up land"; but "a
		// document it had no hand in"
		notDid := sn.low(i-2) != "did" && sn.low(i-1) != "didn't"
		handAny := w == "hand" && notDid && sn.low(i-1) != "no" && !sn.in(i-1, determiners) && !sn.in(i-1, possPronouns) && !sn.handHabit(i)
		if signAny := w == "sign" && (next == "anything" || next == "any") && notDid; (t.in(acceptVerbs) || signAny || handAny) && sn.negated(i) {
			if sn.failedTo(i) {
				continue // "EU leaders failed to agree on ...": no agreement, and no refusal either
			}
			sn.cues = append(sn.cues, cue{kind: Rejection, form: formVerb, at: i, end: i + 1, refusal: true})
			continue
		}
		if n := i + 1; strings.HasPrefix(w, "ask") && n+1 < len(toks) {
			// "Zelenskyy asked Washington for Tomahawks", "asked
			// Washington and the European Union for tougher sanctions"
			k := -1
			for {
				if sn.low(n) == "the" {
					n++
				}
				if n >= len(toks) || sn.mentAt[n] < 0 {
					break
				}
				k = sn.ments[sn.mentAt[n]].end
				if w := sn.low(k); (w != "and" && w != ",") || k+2 >= len(toks) {
					break
				}
				n = k + 1
			}
			if k > 0 && sn.low(k) == "for" && !sn.negated(i) {
				sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: k + 1})
				i = k
				continue
			}
		}
		if m := sn.mentAt[min(i+1, len(toks)-1)]; w == "have" && (sn.low(i-1) == "would" || sn.low(i-1) == "will") && m >= 0 && !sn.ments[m].poss && sn.bareVerb(sn.ments[m].end) && sn.planSubject(i-1) {
			// "The second, a so-called package option, would have Kyiv halt
			// mobilisation": what the terms make a side do
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 1})
			continue
		}
		if (w == "had" || w == "has" || w == "have") && next == "until" && sn.toldObject(i-1) && sn.untilTo(i+1) {
			// "Trump told Kyiv it had until Thursday to accept": the one
			// told must act by then
			sn.cues = append(sn.cues, cue{kind: Demand, form: formMust, at: i - 1, end: i + 1})
			continue
		}
		if (w == "gives" || w == "gave" || w == "give" || w == "giving" || w == "given") && sn.deadlineAhead(i+1) {
			// "Trump gives Moscow 50 days to reach a deal": an ultimatum
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 1})
			continue
		}
		if (w == "breach" || w == "violate" || w == "break") && (sn.low(i-1) == "would" || sn.low(i-1) == "will") && sn.dealAhead(i+1) {
			// "any movement of Russian warships ... would breach the deal"
			sn.cues = append(sn.cues, cue{kind: Demand, form: formBreach, at: i, end: i + 1})
			continue
		}
		if n := sn.low(i + 3); (w == "would" || w == "will") && next == "be" && (sn.low(i+2) == "a" || sn.low(i+2) == "an") && (n == "violation" || n == "breach") {
			// "any movement of Russian warships outside the east would be a
			// violation of the deal": the cue is the "be"
			sn.cues = append(sn.cues, cue{kind: Demand, form: formBreach, at: i + 1, end: i + 4})
			i += 3
			continue
		}
		if a := sn.breachAhead(i); a > 0 {
			// "Kyiv would regard any movement of Russian warships outside the
			// east as a violation", "... would be treated as a breach"
			sn.cues = append(sn.cues, cue{kind: Demand, form: formBreach, at: i, end: a})
			i = a
			continue
		}
		if w == "followed" && next == ":" && sn.swapNounBefore(i) {
			// "Smaller swaps followed: 84 for 84 on Aug. 14, and 146 for 146"
			sn.cues = append(sn.cues, cue{kind: Agreement, form: formEvent, at: i, end: i + 1})
			continue
		}
		if courseNouns.has(w) && sn.fairBefore(i) {
			// "the fairest option on territory was to freeze the front"
			for k := range sn.overAsides(i+1, 5, sn.speechAside) { // "The best way to end the war, he wrote on social media, was to ..."
				to := k + 1
				if sn.in(to, skipWords) {
					to++ // "was still to stand where we stand"
				}
				m := k + 1
				if w := sn.low(m); (w == "simple" || w == "clear") && sn.low(m+1) == ":" {
					m++ // "Its preferred answer is simple: ..."
				}
				if q := sn.toks[min(m, len(toks)-1)].text; sn.in(k, beWords) && (sn.low(to) == "to" || q == ":" || q == "\"" || q == "“") {
					kind := Proposal
					if w := sn.low(i - 1); w == "fair" || w == "fairest" || w == "right" || w == "preferred" {
						kind = Demand // "the fairest option is to freeze the front", "The fair option is: we stand where we stand": what the speaker holds out for
					}
					if m < len(toks) && !sn.toks[m].word {
						to = m // "is: we stand where we stand", `is "we stand where we stand"`, "is simple: ..."
					}
					w := sn.low(i - 1)
					sn.cues = append(sn.cues, cue{kind: kind, form: formVerb, at: i, end: to + 1, alsoDemand: kind == Proposal && (w == "best" || w == "only")})
					i = to
					break
				}
				if sn.in(k, beWords) && sn.low(k+1) == "for" {
					// "the fair option is for the armies to stop where they stand"
					sn.cues = append(sn.cues, cue{kind: Proposal, form: formVerb, at: i, end: k + 2})
					i = k + 1
					break
				}
			}
			if i < len(toks) && (sn.low(i) == "to" || sn.low(i) == "for") {
				continue
			}
		}
		if (w == "raised" || w == "raises" || w == "floated") && sn.low(i+1) == "the" && (sn.low(i+2) == "prospect" || sn.low(i+2) == "idea" || sn.low(i+2) == "possibility") && sn.low(i+3) == "of" {
			// "When Merz raised the prospect of a Christmas ceasefire"
			sn.cues = append(sn.cues, cue{kind: Proposal, form: formVerb, at: i, end: i + 4})
			i += 3
			continue
		}
		if w == "emerged" || w == "came" && next == "out" {
			// "American and Ukrainian officials emerged from a day of talks
			// with what they called an updated peace framework", "They came
			// out with what both delegations called ...": what the two sides
			// came out with
			if k := slices.IndexFunc(toks[i+1:min(len(toks), i+16)], func(t token) bool { return t.low == "with" }); k >= 0 && sn.low(i+2+k) == "what" {
				if slices.ContainsFunc(sn.ments, func(m mention) bool {
					return m.end <= i && !sn.afterPreposition(m) && twoSides(sn.conjuncts(sn.mentAt[m.start]))
				}) || sn.bothSay(i+3+k) {
					sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: i + 2 + k})
					i += 1 + k
					continue
				}
			}
		}
		if m := sn.mentAt[min(i+2, len(toks)-1)]; (w == "waiting" || w == "waits" || w == "waited") && next == "for" && m >= 0 && sn.low(sn.ments[m].end) == "to" {
			// "Moscow was still waiting for Kyiv to accept the realities on
			// the ground": what it waits for Kyiv to do
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 2})
			i++
			continue
		}
		if (w == "tied" || w == "ties" || w == "linked" || w == "links") && !sn.in(i-1, beWords) && next != "to" {
			// "the Russian side had also tied any truce to the root causes
			// of the war": what it tied it to is a demand
			if to := slices.IndexFunc(toks[i+1:min(len(toks), i+8)], func(t token) bool { return t.low == "to" || !t.word }); to > 0 && toks[i+1+to].low == "to" && i+2+to < len(toks) && toks[i+2+to].word {
				sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 2 + to})
				i += 1 + to
				continue
			}
		}
		if w == "raised" || w == "raises" || w == "raise" {
			o := i + 1
			if next == "," {
				o = sn.closingCommaAfter(i+2) + 1 // "raised, as a separate item, the release of ..."
			}
			if o > 0 && sn.low(o) == "the" && (sn.low(o+1) == "return" || sn.low(o+1) == "release" || sn.low(o+1) == "fate") && sn.low(o+2) == "of" {
				// "the Ukrainian side had again raised the return of children
				// deported to Russia": a demand for that return
				sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: o})
				i = o
				continue
			}
		}
		if (w == "considers" || w == "considered" || w == "consider" || w == "deems" || w == "deemed") && next == "it" && sn.low(i+3) == "that" {
			switch sn.low(i + 2) {
			case "necessary", "essential", "vital", "imperative", "indispensable":
				// "Moscow considers it necessary that the new realities
				// receive recognition": a demand
				sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 4})
				i += 3
				continue
			}
		}
		if (w == "excludes" || w == "excluded") && strings.HasSuffix(sn.low(i-1), "ly") && !sn.in(i-2, beWords) {
			// "Moscow categorically excludes the appearance of NATO troops"
			sn.cues = append(sn.cues, cue{kind: Rejection, form: formVerb, at: i, end: i + 1})
			continue
		}
		if (w == "imagine" || w == "envisage") && sn.negated(i) {
			// "he could not imagine the next meeting taking place without a
			// ceasefire": what it cannot happen without is demanded
			for k := i + 1; k < len(toks) && k < i+14 && toks[k].text != "," && toks[k].text != "."; k++ {
				if sn.low(k) == "without" {
					sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: k + 1})
					i = k
					break
				}
			}
			continue
		}
		if (w == "resumed" || w == "restored" || w == "resumes" || w == "restores") && sn.aidAhead(i+1) && !sn.negated(i) {
			// "Washington resumed intelligence sharing and military aid"
			sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: i + 1})
			continue
		}
		if (w == "put" || w == "puts" || w == "putting" || w == "placed") && sn.onTheTable(i+1) && !sn.in(i-1, beWords) {
			// "the US has put 15 years on the table": an offer
			sn.cues = append(sn.cues, cue{kind: Proposal, form: formVerb, at: i, end: i + 1})
			continue
		}
		if (w == "return" || w == "returns") && i > 1 && sn.in(i-1, exchangeWords) && sn.countedBefore(i-1) {
			// "146 prisoners return on each side": a timeline's present
			sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: i + 1, needEx: true})
			continue
		}
		if (w == "arranging" || w == "arrange" || w == "arranged" || w == "organising" || w == "organizing" || w == "organise" || w == "organize") && sn.meetingAhead(i+1) {
			// "had begun arranging a meeting between Putin and Zelensky"
			sn.cues = append(sn.cues, cue{kind: Proposal, form: formVerb, at: i, end: i + 1})
			continue
		}
		if w == "rather" && sn.low(i-1) == "would" && i > 1 && sn.mentAt[i-2] >= 0 && looksBareVerb(next) && !sn.negated(i-1) {
			// "he says Ukraine would rather stay where it stands": what it wants instead
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 1})
			continue
		}
		if (w == "depends" || w == "depend" || w == "hinges" || w == "hinge") && (next == "on" || next == "upon") && (sn.anyIn(sn.clauseStart(i), i, peaceNouns) || sn.anyIn(sn.clauseStart(i), i, pauseNouns)) {
			// "The Kremlin repeated that a lasting settlement depends on
			// Ukraine pulling its forces out of the Donbas": the speaker's
			// condition
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 2})
			i++
			continue
		}
		if (w == "conditional" || w == "dependent" || w == "contingent") && (next == "on" || next == "upon") {
			// "made a full ceasefire conditional (dependent) on Ukraine withdrawing";
			// "He made that conditional on ...": the cue is "made", whose
			// subject sets the condition.
			at := i
			for m := i - 1; m > 0 && m >= i-8 && sn.toks[m].word; m-- {
				if w := sn.low(m); w == "made" || w == "makes" || w == "make" || w == "making" {
					at = m // "Putin, who ..., had made a general halt conditional on ...": Putin
					break
				}
			}
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: at, end: i + 2})
			i++
			continue
		}
		if (w == "responded" || w == "responds" || w == "reacted") && (next == "positively" || next == "constructively" || next == "favourably" || next == "favorably") && sn.low(i+2) == "to" {
			// "Putin responded positively to this initiative"
			sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: i + 3})
			i += 2
			continue
		}
		if (w == "declared" || w == "declares" || w == "announced" || w == "announces" || w == "proclaimed" || w == "ordered" || w == "orders") && sn.truceAhead(i+1) {
			// "Putin declared a three-day ceasefire": a truce offered on its own
			sn.cues = append(sn.cues, cue{kind: Proposal, form: formVerb, at: i, end: i + 1})
			continue
		}
		if (w == "confirmed" || w == "confirms") && sn.truceAhead(i+1) && !sn.negated(i) && !sn.anyText(i+1, min(i+5, len(toks)), ",") {
			// "Trump asked Putin to hold off, and the Kremlin confirmed a
			// pause until February 1": the truce it says it keeps
			sn.cues = append(sn.cues, cue{kind: Agreement, form: formVerb, at: i, end: i + 1})
			continue
		}
		if e := sn.draftedJointly(i); e > 0 {
			sn.cues = append(sn.cues, cue{kind: Agreement, form: formDrafted, at: i, end: e})
			i = e - 1
			continue
		}
		if (w == "told" || w == "tells" || w == "tell" || w == "warned" || w == "warns" || w == "cautioned" || w == "cautions" || w == "warning" || w == "telling") && sn.toldTo(i) {
			// "Trump had told Kyiv to accept the offer": what the teller wants
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 1})
			continue
		}
		if strings.HasPrefix(w, "expect") && (next == ":" || sn.phraseToColon(i+1) > 0) && sn.whatSubject(i) {
			// "he made clear what Russia expects: that Ukrainian forces leave Donbas"
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 1})
			continue
		}
		if (w == "wants" || w == "want" || w == "wanted") && sn.low(i-2) == "unless" && (sn.mentAt[i-1] >= 0 || sn.in(i-1, pronouns)) {
			continue // "Moscow has fifty days to reach a deal, unless it wants its oil buyers hit with tariffs": a threat's alternative, wanted by no one
		}
		if t.in(askVerbs) && (sn.toInfinitive(i+1, 5) || sn.toInfinitive(i+1, 7) && !slices.ContainsFunc(toks[i+1:min(i+8, len(toks))], func(t token) bool {
			return t.low == "about" || t.low == "on" || t.low == "over" || t.low == "with" || t.low == "back" || t.low == "ahead" || t.low == "against"
		})) && !((w == "expected" || w == "asked") && sn.beBefore(i)) && !(strings.HasPrefix(w, "pressur") && (next == "to" || next == "by")) && !(strings.HasPrefix(w, "expect") && (sn.stanceAfterTo(i+1) || sn.noOneBefore(i))) && !sn.anonymity(i+1) {
			// "asked Russia to return civilians"; but "Zelensky has been
			// pressured (by Trump) to ...", "Ukraine is asked to sign ..."
			// is the one pressed (asked)
			sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: i, end: i + 1})
			continue
		}
		if t.in(namingAsVerbs) && (sn.asCondition(i+1) || sn.asJudged(i+1)) {
			// "The withdrawal ... was presented by the Russian delegation
			// as a condition for any truce"; "The deployment of troops ...
			// was described as unacceptable by the foreign ministry"
			c := cue{kind: Demand, form: formVerb, at: i, end: i + 1}
			if sn.asJudged(i + 1) {
				c.kind = Rejection
			}
			if sn.markPassive(&c); c.passive {
				sn.cues = append(sn.cues, c)
				continue
			}
		}
		if t.in(eventVerbs) {
			c := cue{kind: Agreement, form: formEvent, at: i, end: i + 1}
			if sn.markPassive(&c); c.passive {
				sn.cues = append(sn.cues, c)
			}
			continue
		}
		if k := t.verbCue(); k == Demand && sn.in(i, speechVerbs) && sn.low(i+1) == "," && sn.low(i-2) == "," && sn.in(i-1, pronouns) && i > 2 && sn.mentAt[i-3] < 0 && sn.obligation(i+2) > 0 {
			continue // "Any change to Ukraine's borders, he insisted, would have to be ...": an aside; the clause around it says what
		}
		if k := t.verbCue(); k != "" {
			if p := sn.low(i - 1); (p == "the" || p == "a" || p == "an" || i > 1 && sn.toks[i-2].poss && sn.toks[i-1].caps && sn.mentAt[i-1] < 0) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
				continue // "welcomed the pledge and said ...", "Putin's Istanbul offer": a noun with no cue of its own
			}
			if sn.participleAdjective(i) {
				continue // "a signed settlement", "the proposed limits": an adjective
			}
			if w == "accept" && next == "only" && sn.in(i+2, determiners) && !sn.negated(i) {
				continue // "would accept only a full withdrawal": the "only" that follows makes it a demand
			}
			if k == Agreement && next == "with" && strings.HasPrefix(w, "agree") && !sn.toInfinitive(i+2, 5) && !sn.toAfterAside(i+2) && !sn.onAfterWith(i+2) && !sn.shareBefore(i) {
				continue // "agreed with Trump that ...": an opinion; but "agreed with the US delegation on the main elements" is a deal
			}
			if p := sn.low(i - 1); strings.HasSuffix(w, "ed") && i > 0 && !sn.inReturnAt(i-2) && (sn.in(i-1, eventNouns) || (sn.nounCue(i-1) != "" || sn.in(i-1, planNouns)) && !sn.objectAhead(i+1) && !(next == "that" && !sn.in(i+2, timeNouns)) || exchangeWords.has(p) && !sn.countedBefore(i-1) || p == "those" || p == "these") {
				continue // "the swap agreed in Istanbul": a modifier, not a verb; but "the plan proposed that ..." states it, and "in return offered" is a verb
			}
			if w == "need" && next == "to" && sn.low(i-1) == "the" && (sn.low(i-2) == "of" || sn.in(i-2, speechVerbs)) && sn.toks[min(i+2, len(toks)-1)].word {
				// "spoke of the need to eliminate the root causes": the speaker's demand,
				// the cue at the verb that says so, whose subject it is
				at := i - 2
				if sn.low(at) == "of" {
					at--
				}
				sn.cues = append(sn.cues, cue{kind: Demand, form: formVerb, at: at, end: i + 2})
				i++
				continue
			}
			if (w == "needs" || w == "need" || w == "needed") && !sn.cleftAside(i) && (next == "to" || i == 0 || sn.otherVoiceAside(i) || !sn.toks[sn.needer(i)].party && !sn.in(sn.needer(i), pronouns) && !sn.demandBefore(i) && !(sn.low(i-1) == "would" && sn.firstSpeech() > 0) && !((sn.in(sn.needer(i), peaceNouns) || sn.in(sn.needer(i), planNouns) || sn.dealPartBefore(i)) && sn.reported(sn.clauseStart(i)))) {
				continue // "needs to" is an obligation; "the country needs" no position; but "a vote would need a ceasefire" a condition, and "they said any provisions touching the EU need its consent"
			}
			if n := sn.low(i + 2); k == Agreement && next == "on" && (n == "little" || n == "nothing" || n == "few" || n == "very" && (sn.low(i+3) == "little" || sn.low(i+3) == "few")) {
				continue // "papers agree on little except the numbers": no deal
			}
			if strings.HasSuffix(w, "ing") && sn.low(i-1) == "of" {
				continue // "accused Kyiv of demanding ...": a charge, not a position
			}
			if k == Agreement && strings.HasSuffix(w, "ing") && (sn.in(i-1, prepositions) || sn.in(i-1, determiners) || sn.in(i-1, speechVerbs) && !sn.toks[i-1].party) {
				continue // "talks on exchanging prisoners": a topic, not an exchange; "said signing anything with Kyiv made little sense": a subject
			}
			if k == Agreement && (sn.in(i-1, beWords) && sn.noSubject(i) || next == "to" && sn.low(i+2) == "disagree") {
				continue // "No agreement was reached on a ceasefire", "no prisoners were exchanged", "agreed to disagree": nothing agreed
			}
			c := cue{kind: k, form: formVerb, at: i, end: i + 1, needEx: t.in(needExchange)}
			if w == "conditions" && !sn.hasWordAhead(i, "on", 12) {
				continue
			}
			if sn.asideVerb(i) {
				if k == Demand {
					sn.aside = i
				}
				continue // "The assets, the three governments insist, should stay frozen": the speaker of the sentence around it
			}
			sn.markPassive(&c)
			sn.cues = append(sn.cues, c)
		}
	}
}

// expectedActs are the acts a side expects of another ("expects a
// signature", "expects a full withdrawal"), not what it forecasts ("expects
// a deal soon").
var expectedActs = map[string]bool{"signature": true, "answer": true, "reply": true, "response": true, "withdrawal": true,
	"apology": true}

// asideVerb reports whether the speech verb at i ends an aside set off by
// commas inside a clause: "The assets, the leaders insist, should ...";
// not "According to Umerov, the Russian side insists, too, that ...".
func (sn *sentence) asideVerb(i int) bool {
	if sn.low(i+1) != "," || !sn.in(i, speechVerbs) || !sn.toks[min(i+2, len(sn.toks)-1)].word || sn.low(i+2) == "that" || sn.low(i+3) == "," {
		return false
	}
	open := sn.asideOpen(i)
	return open > 0 && !sn.in(sn.clauseStart(open), prepositions) && sn.low(sn.clauseStart(open)) != "according"
}

// asideOpen returns the comma that opens the aside whose speech verb is at
// i, or -1.
func (sn *sentence) asideOpen(i int) int { return sn.asideBefore(i + 2) }

// asideBefore returns the comma that opens a speaker's aside whose closing
// comma comes just before token i (", he said," of "Ukraine, he said,
// needs ..."), or -1.
func (sn *sentence) asideBefore(i int) int {
	if sn.low(i-1) != "," {
		return -1
	}
	for n := i - 3; n > 0 && n >= i-10; n-- {
		if sn.saidAside(n) == i {
			return n
		}
	}
	return -1
}

// asideGoesOn reports whether the clause of the verb at i follows ", and"
// after a clause with a speech aside in it: "Ukraine, he said, would not
// hand over land, and any settlement had to include guarantees".
func (sn *sentence) asideGoesOn(i int) bool {
	for k := i - 1; k > 1 && k >= i-12; k-- {
		if sn.low(k) == "and" && sn.low(k-1) == "," {
			for n := k - 2; n >= 0; n-- {
				if a := sn.saidAside(n); a > 0 && a < k {
					return true
				}
			}
			return false
		}
	}
	return false
}

// asidePosition is the demand of the speaker of an aside, in the clause
// around it: "No decisions on territory, they insisted, could be taken
// without Ukraine". out holds what the sentence's other cues found: the
// aside says nothing of its own if one of them read its clause.
func (sn *sentence) asidePosition(out []found) []found {
	open := sn.asideOpen(sn.aside)
	if open < 0 {
		return nil
	}
	cs := sn.clauseStart(open)
	for k := open - 1; k > cs+1; k-- {
		if (sn.low(k) == "and" || sn.low(k) == "but") && sn.low(k-1) == "," {
			cs = k + 1 // "X was an attempt to distort the deal, and no easing, officials insisted, should ..."
			break
		}
	}
	if slices.ContainsFunc(out, func(f found) bool { return f.content[0].pos >= sn.toks[cs].pos }) {
		return nil
	}
	end := sn.contentEndOf(sn.aside+2, true)
	content := sn.withoutAside(cs, end)
	if !slices.ContainsFunc(content, func(t token) bool {
		return t.in(modalsInContent) || t.low == "can" || t.low == "could" || t.low == "only" || t.low == "needs" || t.low == "need"
	}) {
		return nil // "The children, Moscow insists, had been evacuated": a claim, no demand
	}
	parties, _ := sn.subjectOf(sn.aside)
	return sn.emit(parties, Demand, content)
}

// breachAhead returns the "as" of "regard X as a violation" (or of "be
// treated as a breach") after the verb at i, or -1.
func (sn *sentence) breachAhead(i int) int {
	switch sn.low(i) {
	case "regard", "regards", "regarded", "treat", "treats", "treated", "consider", "considers", "considered", "count", "counts":
	default:
		return -1
	}
	for k := i + 1; k < len(sn.toks) && k < i+20; k++ {
		if !sn.toks[k].word {
			return -1
		}
		if sn.low(k) == "as" {
			n := k + 1
			if w := sn.low(n); w == "a" || w == "an" {
				n++
			}
			switch sn.low(n) {
			case "violation", "breach", "provocation", "attack", "act":
				return k
			}
			return -1
		}
	}
	return -1
}

// swapNounBefore reports whether an exchange is named just before i:
// "Smaller swaps followed".
func (sn *sentence) swapNounBefore(i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if w := sn.low(k); strings.HasPrefix(w, "swap") || strings.HasPrefix(w, "exchange") {
			return true
		}
	}
	return false
}

// deadlineAhead reports whether a party and a time to act come at k:
// "Moscow 50 days to reach a deal".
func (sn *sentence) deadlineAhead(k int) bool {
	if sn.low(k) == "until" || sn.low(k) == "till" {
		return sn.untilTo(k) // "Washington, which had given until Thursday to Kyiv to answer"
	}
	if sn.low(k) == "to" {
		k++ // "gave to the Ukrainian president until Thursday to accept"
	}
	if sn.low(k) == "the" {
		k++ // "had given the Kremlin until August 8 to end the fighting"
	}
	if k >= len(sn.toks) || sn.mentAt[k] < 0 {
		return false
	}
	n := sn.ments[sn.mentAt[k]].end
	for n < len(sn.toks) && n <= k+3 && sn.in(n, agentNouns) {
		n++ // "the Ukrainian president until Thursday"
	}
	if sn.low(n) == "until" || sn.low(n) == "till" {
		return sn.untilTo(n) // "had given Kyiv until Thanksgiving to respond"
	}
	if n >= len(sn.toks) || !sn.toks[n].numeric() {
		return false
	}
	if u := sn.low(n + 1); u != "days" && u != "weeks" && u != "months" {
		return false
	}
	for e := n + 2; e < len(sn.toks) && e <= n+4 && sn.toks[e].word; e++ {
		if sn.low(e) == "to" {
			return true // "50 days to reach a deal", "50 days this month to reach a deal"
		}
	}
	if sn.low(n+2) == "," {
		if c := sn.closingComma(n + 2); c > 0 && c <= n+7 && sn.low(c+1) == "to" {
			return true // "fifty days, in mid-July, to reach a deal"
		}
	}
	return false
}

// untilTo reports whether the "until" at n gives a date to act by:
// "until Thursday, the Thanksgiving holiday, to accept", "until
// Thanksgiving, Nov. 27, to accept".
func (sn *sentence) untilTo(n int) bool {
	for e := n + 1; e < len(sn.toks) && e <= n+10 && (sn.toks[e].word || sn.toks[e].text == "," || sn.toks[e].text == "-" || sn.toks[e].text == "—" || sn.toks[e].text == "–"); e++ {
		if sn.low(e) == "to" {
			return e > n+1
		}
	}
	return false
}

// truceAhead reports whether a truce is named at k, after its article and
// up to three words: "a three-day ceasefire", "an Easter truce".
func (sn *sentence) truceAhead(k int) bool {
	if w := sn.low(k); w != "a" && w != "an" {
		return false
	}
	for n := k + 1; n < len(sn.toks) && n <= k+5 && (sn.toks[n].word || sn.low(n) == "-"); n++ {
		switch sn.low(n) {
		case "ceasefire", "truce", "moratorium", "pause": // "a 30-hour pause in the fighting"
			return true
		}
	}
	return false
}

// fairBefore reports whether the noun at i is qualified as the one to
// choose: "the fairest option", "the only solution".
func (sn *sentence) fairBefore(i int) bool {
	switch sn.low(i - 1) {
	case "fair", "fairest", "best", "only", "right", "realistic", "quickest", "fastest", "surest", "simplest", "preferred":
		return true
	}
	return false // "the way forward", but "the best way to end the war is to ..."
}

// draftedJointly returns where the object starts after a verb at i that
// says two sides wrote a text together ("In a joint statement, the two
// delegations said they had drawn up an updated peace framework",
// "American and Ukrainian officials ... saying they had produced a
// framework"), or -1.
func (sn *sentence) draftedJointly(i int) int {
	e := i + 1
	switch sn.low(i) {
	case "describing":
		if sn.low(i-1) == "statement" && sn.low(i-2) == "joint" && sn.draftedText(e) > 0 {
			return e // "the two sides issued a joint statement describing an updated framework"
		}
		return -1
	case "drafted", "produced", "finalised", "finalized", "reworked", "revised", "rewrote", "trimmed":
	case "drawn", "drew", "hammered", "worked":
		if w := sn.low(e); w != "up" && w != "out" {
			return -1
		}
		e++
	default:
		return -1
	}
	if w := sn.low(i - 1); w != "had" && w != "have" && w != "has" && !strings.HasSuffix(sn.low(i), "ed") && sn.low(i) != "drew" {
		return -1
	}
	obj := e
	if sn.low(e) == "what" {
		// "drew up what a joint statement called an updated framework"
		for n := e + 1; n < len(sn.toks) && n < e+7; n++ {
			if w := sn.low(n); w == "called" || w == "dubbed" || w == "termed" || w == "described" && sn.low(n+1) == "as" {
				e = n + 1 + b2i(w == "described")
				break
			}
		}
	}
	if sn.draftedText(e) < 0 {
		return -1
	}
	for k := 0; k+1 < e; k++ {
		if sn.low(k) == "joint" && (sn.low(k+1) == "statement" || sn.low(k+1) == "declaration") {
			return e // "In a joint statement, ...", "produced what a joint statement called ..."
		}
	}
	if p, head := sn.subjectOf(i); bothNouns.has(head) && len(p) == 0 || meetingNouns[head] || sn.bothSay(obj) || head == "they" && sn.bothSay(0) {
		return e // "the two delegations had drafted ...", "Sunday's meeting produced ...", "what both delegations called", "The two sides said they had produced"
	}
	rework := !strings.HasSuffix(sn.low(i-1), "d") && sn.low(i-1) != "have" && sn.low(i-1) != "has" && sn.low(i) != "drew" // "Geneva trimmed the plan": no "had"
	for mi, m := range sn.ments {
		if m.start < i && !sn.afterPreposition(m) && (!rework || i-m.end <= 2) {
			if g := sn.conjuncts(mi); twoSides(g) {
				return e // "American and Ukrainian officials ...", "US and Ukrainian negotiators reworked"
			}
		}
	}
	return -1
}

// bothSay reports whether both sides speak in the few words from k on:
// "(what) both delegations (called)", "The two sides said".
func (sn *sentence) bothSay(k int) bool {
	for n := k; n < len(sn.toks) && n <= k+4; n++ {
		if w := sn.low(n); bothNouns.has(w) && (sn.low(n-1) == "both" || sn.low(n-1) == "two" && sn.low(n-2) == "the") && (sn.in(n+1, speechVerbs) || sn.low(n+1) == "called") {
			return true
		}
	}
	return false
}

// jointlyAgreed returns where what was agreed starts after "reached" of
// "reached (broad) agreement on" or after "a pledge by both sides to" at
// i, or -1.
func (sn *sentence) jointlyAgreed(i int) int {
	switch sn.low(i) {
	case "reached":
		a := i + 1
		if w := sn.low(a); w == "broad" || w == "full" || w == "general" || w == "preliminary" || w == "an" || w == "basic" {
			a++
		}
		if sn.low(a) == "agreement" && (sn.low(a+1) == "on" || sn.low(a+1) == "over") && !sn.negated(i) {
			return i + 1 // "the officers reached broad agreement on how a ceasefire would be monitored": all of it
		}
	case "pledge", "commitment", "promise":
		b := i + 1
		if sn.low(b) == "to" && sn.goOnAhead(b+1) == b+1 {
			return b + 1 // "the talks ended with a promise to meet again"
		}
		if sn.low(b) != "by" {
			return -1
		}
		if w := sn.low(b + 1); (w == "both" || w == "the" && sn.low(b+2) == "two") && sn.in(b+2+b2i(w == "the"), bothNouns) && sn.low(b+3+b2i(w == "the")) == "to" {
			return b + 4 + b2i(w == "the") // "a pledge by both sides to hand back the bodies of 6,000 soldiers"
		}
	}
	return -1
}

// draftedText returns the end of the text named at k, after its noun
// ("an \"updated and refined peace framework\""), or -1 if k names none.
func (sn *sentence) draftedText(k int) int {
	for n := k; n < len(sn.toks) && n < k+8 && (sn.toks[n].word || sn.toks[n].text == "\"" || sn.toks[n].text == "“" || sn.toks[n].text == "”"); n++ {
		if sn.in(n, planNouns) && sn.low(n) != "offer" && !strings.Contains(sn.low(n), "propos") && !strings.HasPrefix(sn.low(n), "counter") {
			if sn.low(n+1) == "\"" {
				n++
			}
			return n + 1
		}
	}
	return -1
}

// draftedBy returns who the sentence says wrote a text together: the
// first of two sides named together ("American and Ukrainian officials"),
// else the first side named, else both sides of the talks.
func (sn *sentence) draftedBy() []string {
	for mi, m := range sn.ments {
		if !sn.afterPreposition(m) {
			if g := sn.conjuncts(mi); twoSides(g) {
				return g[:1]
			}
		}
	}
	if len(sn.ments) > 0 {
		return []string{sn.ments[0].party}
	}
	if sn.st.prev != "" {
		return []string{sn.st.prev}
	}
	return sn.bothSides()
}

// planSubject reports whether the subject of the verb at i is a plan, a
// document, its terms or one of its options ("The second, a so-called
// package option, would").
func (sn *sentence) planSubject(i int) bool {
	_, head := sn.subjectOf(i)
	return textHead(head) || optionWords.has(head)
}

// eventSubject reports whether the verb at i has for its subject a side's
// event, not a side ("Russia's summer offensive highlighted the need for
// air defence"): a possessive mention ends up to three tokens before i,
// the tokens from it to i are lower-case words, none an agent's noun, and
// the last names no text, plan or terms (but "Ukraine's Umerov", "Kyiv's
// negotiators").
func (sn *sentence) eventSubject(i int) bool {
	return slices.ContainsFunc(sn.ments, func(m mention) bool {
		return m.poss && m.end < i && m.end >= i-3 && !sn.anyIn(m.end, i, agentNouns) && !sn.in(i-1, textNouns) && !sn.in(i-1, planNouns) && !sn.in(i-1, termNouns) &&
			!slices.ContainsFunc(sn.toks[m.end:i], func(t token) bool { return !t.word || t.caps })
	})
}

// raisedNouns are what a side "raised" at the talks and so asks for:
// "raised the return of the children", "raised official status for the
// Russian language"; not "raised objections", "raised the stakes".
var raisedNouns = map[string]bool{"return": true, "release": true, "status": true, "protection": true,
	"withdrawal": true, "lifting": true, "recognition": true, "rights": true, "exchange": true, "ban": true}

// raisedTerm returns where the term starts that the verb "raised" at i
// puts on the table ("raised official status for ...", "raised the issue
// of civilians from Kursk"), or -1.
func (sn *sentence) raisedTerm(i int) int {
	if w := sn.low(i); w != "raised" && w != "raises" || sn.in(i-1, beWords) {
		return -1
	}
	k := i + 1
	if sn.low(k) == "again" || sn.low(k) == "also" {
		k++
	}
	start := k
	if sn.low(k) == "the" && (sn.low(k+1) == "issue" || sn.low(k+1) == "question" || sn.low(k+1) == "matter") && sn.low(k+2) == "of" {
		start = k + 3
		k = start
	}
	for n := k; n < len(sn.toks) && n <= k+3; n++ {
		if raisedNouns[sn.low(n)] {
			if n+1 < len(sn.toks) && sn.toks[n+1].word && !sn.in(n+1, prepositions) && !sn.in(n+1, coordinators) {
				return -1 // "raised the official exchange rate", "raised the protection level": the noun heads no term
			}
			return start
		}
		if !sn.toks[n].word || sn.mentAt[n] >= 0 || sn.in(n, prepositions) {
			return -1 // "raised objections to the withdrawal of its forces": the objections are raised
		}
	}
	return -1
}

// handHabit reports whether a negated "hand" at i tells a habit ("Russia
// does not hand over bodies on time"), not a refusal of principle ("We do
// not hand over our land", "Ukraine does not hand over Donbas").
func (sn *sentence) handHabit(i int) bool {
	if sn.low(i-2) != "does" && sn.low(i-2) != "do" && sn.low(i-1) != "doesn't" {
		return false
	}
	for n := i + 1 + b2i(sn.low(i+1) == "over"); n < len(sn.toks) && n <= i+5 && sn.toks[n].word; n++ {
		if l := sn.low(n); l == "land" || l == "lands" || l == "territory" || l == "territories" || n == i+2 && sn.toks[n].caps && sn.mentAt[n] < 0 {
			return false
		}
	}
	return true
}

// noOneBefore reports whether the subject of the verb at i is "no one" or
// "nobody": "a condition no one in Brussels expects Moscow to meet", "no
// one in the room has agreed".
func (sn *sentence) noOneBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if w := sn.low(k); w == "nobody" || w == "no" && sn.low(k+1) == "one" {
			return true
		}
		if !sn.toks[k].word || sn.low(k) == "that" || sn.low(k) == "whether" || sn.low(k) == "if" {
			return false // "no one denies that Kyiv has accepted ...": the clause's own subject
		}
		if m := sn.mentAt[k]; m >= 0 && sn.ments[m].start == k && !sn.in(k-1, prepositions) && sn.low(sn.ments[m].end) != "to" {
			return false // "no one doubts Ukraine wants ...": Ukraine's verb; but "no one in Brussels expects", "no one should expect Kyiv to give up"
		}
	}
	return false
}

// toldTo reports whether "told" (or "warned") at i has a party and an
// infinitive after it: "told Kyiv to accept", "warned Kyiv and European
// capitals not to torpedo the progress"; not "told reporters he wanted
// to".
func (sn *sentence) toldTo(i int) bool {
	n := i + 1
	if sn.low(n) == "the" {
		n++
	}
	if n >= len(sn.toks) || sn.mentAt[n] < 0 {
		return false
	}
	e := sn.ments[sn.mentAt[n]].end
	for sn.in(e, agentNouns) || sn.low(e) == "and" && e+2 < len(sn.toks) && sn.mentAt[e+1+b2i(sn.low(e+1) == "the")] >= 0 {
		if sn.low(e) == "and" {
			e = sn.ments[sn.mentAt[e+1+b2i(sn.low(e+1) == "the")]].end // "Kyiv and (the) European capitals"
		} else {
			e++
		}
	}
	if sn.low(e) == "not" {
		e++ // "warned (told, telling) Kyiv not to"
	}
	v := e + 1 + b2i(quoteMark(sn.low(e+1))) // `not to "torpedo" the progress`
	return sn.low(e) == "to" && v < len(sn.toks) && sn.toks[v].word
}

// particleAfterObject returns where the particle of a rejecting verb at
// i comes after a short object ("turns the summit down"), or -1.
func (sn *sentence) particleAfterObject(i int) int {
	w := sn.low(i)
	if !separableRejections[w] {
		return -1
	}
	if kinds, ok := particleCues[sn.low(i+1)]; ok && kinds[w] == Rejection {
		return -1 // "ruled out pulling out of Donbas": the particle comes first
	}
	if sn.pastMannerAdverb(i+1) > i+1 {
		return -1 // "would object categorically to": an adverb, no object, before the particle
	}
	for k := i + 2; k < len(sn.toks) && k <= i+7; k++ {
		if !sn.toks[k].word {
			return -1
		}
		if kinds, ok := particleCues[sn.low(k)]; ok && kinds[w] == Rejection {
			return k
		}
	}
	return -1
}

// separableRejections are the verbs of a rejection whose particle may
// follow the object: "turned the summit down", "ruled the idea out".
var separableRejections = func() map[string]bool {
	m := map[string]bool{}
	for _, kinds := range particleCues {
		for w, k := range kinds {
			if k == Rejection {
				m[w] = true
			}
		}
	}
	return m
}()

// possessedAt reports whether a party's possessive stands before the noun
// at i, over at most two words: "the Kremlin's long-standing line".
func (sn *sentence) possessedAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if m := sn.mentAt[k]; m >= 0 {
			return sn.ments[m].poss
		}
		if !sn.toks[k].word {
			return false
		}
	}
	return false
}

// planVerb returns the index of the verb that says what a plan holds
// ("The plan would ...", "the plan, drafted by Witkoff, envisages ...",
// "Ukraine's plan keeps the army at 800,000"), or -1.
func (sn *sentence) planVerb(from int) int {
	k := sn.nextWord(from, false)
	if w := sn.low(k); w == "from" || w == "by" {
		if n := k + 1 + b2i(sn.low(k+1) == "the"); n < len(sn.toks) && sn.mentAt[n] >= 0 {
			k = sn.nextWord(sn.ments[sn.listLast(sn.mentAt[n])].end, false) // "A counterproposal from Britain, France and Germany, seen by Reuters, would ..."
		}
	}
	overRelative := false // past ", which Zelenskyy presented in December,"
	if sn.low(k) == "," && sn.low(k+1) == "which" {
		w := sn.nextWord(k+2, false)
		if !sn.in(w, planSays) && !sn.in(w, planActs) {
			for n := w; n < len(sn.toks) && n < k+14; n++ {
				if sn.toks[n].text == "," {
					w, overRelative = sn.nextWord(n+1, false), true // "Ukraine's framework, which Zelenskyy presented in December, also says ..."
					break
				}
				if !sn.toks[n].word {
					break
				}
			}
		}
		k = w // "Ukraine's own proposal, which envisages ..."
	}
	if w := sn.low(k + 1); sn.low(k) == "," && (strings.HasSuffix(w, "ed") || w == "seen" || w == "drawn" || w == "written") {
		// "Their counterproposal, seen by several news agencies, would ...":
		// the verb comes after the aside, also when the aside lists names
		// ("drafted by Britain, France and Germany and published by
		// Reuters, would ...")
		first := -1
		for n := k + 2; n < len(sn.toks) && n < k+20; n++ {
			if sn.toks[n].text != "," {
				continue
			}
			if v := sn.nextWord(n+1, false); sn.in(v, planSays) || sn.in(v, planActs) {
				first = v
				break
			}
			if first < 0 && n < k+12 {
				first = sn.nextWord(n+1, false)
			}
		}
		if first >= 0 {
			k = first
		}
	}
	// Skip a participle phrase: "drafted by Trump envoy Steve Witkoff with ...".
	if w := sn.low(k); k < len(sn.toks) && (strings.HasSuffix(w, "ed") || w == "drawn" || w == "written" || w == "put") && !planSays.has(w) {
		for n := k + 1; n < len(sn.toks) && n < k+14; n++ {
			t := sn.toks[n]
			if !t.word && t.text != "-" && t.text != "," && t.text != "'" && t.text != "’" {
				return -1
			}
			if t.in(planSays) {
				k = n
				break
			}
			if t.verbCue() != "" || t.in(speechVerbs) || t.in(beWords) {
				return -1
			}
		}
	}
	for k < len(sn.toks) && (sn.low(k) == "also" || sn.low(k) == "reportedly" || sn.low(k) == "further") {
		k++
	}
	if sn.low(k) == "would" && sn.low(k+1) == "have" && sn.low(k+2) == "to" {
		return -1 // "any text would have to remain faithful to ...": what is asked of a text, not what it says
	}
	if w := sn.low(k + 2); (sn.low(k) == "keeps" || sn.low(k) == "keep") && (w == "structure" || w == "architecture" || w == "outline" || w == "shape" || w == "format" || w == "bulk") {
		return -1 // "keeps the structure of the U.S. plan": how the text is built, no position
	}
	if k < len(sn.toks) && (sn.in(k, planSays) || sn.in(k, planActs) && !overRelative) {
		return k // but "The Russian text, which Medinsky read out in part, sets out the other side's terms" presents them
	}
	return -1
}

// goOnAhead returns where the clause from k says that talks go on ("meet
// again", "continue talks", "report back and resume negotiations"), or -1.
func (sn *sentence) goOnAhead(k int) int {
	for n := k; n < len(sn.toks) && n < k+8; n++ {
		if !sn.toks[n].word && n == k && quoteMark(sn.toks[n].text) {
			k++ // `would "continue contacts"`
			continue
		}
		if !sn.toks[n].word {
			return -1
		}
		if sn.in(n, skipWords) {
			k++ // "will also resume"
			continue
		}
		if n > k && sn.low(n-1) != "and" {
			continue
		}
		switch sn.low(n) {
		case "meet":
			if sn.low(n+1) == "again" {
				return n
			}
		case "continue", "resume":
			if t := sn.low(n + 1 + b2i(sn.low(n+1) == "the")); t == "talks" || t == "negotiations" || t == "contacts" || t == "dialogue" || t == "work" {
				return n
			}
		case "restore", "re-establish", "reestablish", "reopen":
			for t := n + 1; t < len(sn.toks) && t <= n+9 && (sn.toks[t].word || sn.toks[t].text == "-"); t++ {
				if w := sn.low(t); w == "dialogue" || w == "channel" || w == "contacts" || w == "line" {
					return n // "would restore the high-level military-to-military dialogue"
				}
			}
		}
	}
	return -1
}

// textSubject reports whether the verb at i has a text for its subject:
// "the memorandum ..., which would have", "The original draft would have
// had".
func (sn *sentence) textSubject(i int) bool {
	_, head := sn.subjectOf(i)
	return head == "which" || textHead(head)
}

// textHead reports whether a subject's head word names a text: a plan, a
// document or its terms.
func textHead(head string) bool {
	return termNouns.has(head) || planNouns.has(head) || docNouns.has(head)
}

// asideAfter reports whether a speaker set off by commas ("..., it said,
// ...") or at the end ("..., Peskov said.") follows token k.
func (sn *sentence) asideAfter(k int) bool {
	for n := k; n < len(sn.toks); n++ {
		if sn.saidAside(n) > 0 {
			return true
		}
	}
	return sn.trailingSpeech() > k
}

// cleftAside reports whether the verb at i ends the opening of "What the
// country needs, a Ukrainian official said, is ..." or follows an aside
// ("..., Ukraine's president said, the country needs ..."): the speaker
// says what is needed.
func (sn *sentence) cleftAside(i int) bool {
	if sn.low(sn.nextWord(0, false)) == "what" && sn.saidAside(i+1) > 0 {
		return true
	}
	k := i - 1 // "instead, Ukraine's president said, the country needs ...": the speaker says what it needs
	for k > 0 && sn.toks[k].word && k > i-5 {
		k--
	}
	return sn.low(k) == "," && sn.low(k+1) == "the" && sn.low(i) != "needed" && sn.asideBefore(k+1) > 0 && k+1 < i
}

// afterWill reports whether "will" comes before the verb at i ("will
// also exchange").
func (sn *sentence) afterWill(i int) bool {
	k := i - 1
	for k >= 0 && (sn.low(k) == "also" || sn.low(k) == "soon" || sn.low(k) == "then" || sn.low(k) == "now" || sn.low(k) == "each") {
		k--
	}
	// "Medinsky added that the two sides would each return ...": a
	// future reported
	return sn.low(k) == "will" || sn.low(k) == "would" && sn.reported(sn.clauseStart(k))
}

// penaltyBefore reports whether the clause before "unless" at i threatens
// a penalty: "would face severe tariffs unless", "would impose tariffs on
// Russia and on buyers of its oil unless".
func (sn *sentence) penaltyBefore(i int) bool {
	for k, limit := i-1, i-8; k >= 0 && k >= limit-4; k-- {
		switch sn.low(k) {
		case "face", "faces", "facing":
			return k >= limit
		case "impose", "imposes", "slap":
			return true
		case "could", "would", "will":
			if m := sn.mentAt[max(k-1, 0)]; k > 0 && m >= 0 && !sn.ments[m].poss && slices.Contains(sn.st.sides, sn.ments[m].party) && !sn.negated(k+2) && sn.low(k+1) != "not" {
				return true // "Russia could cut Ukraine off from the sea unless the attacks stopped": a threat
			}
		case "force":
			if sn.low(k-1) == "by" {
				return true // "will take the rest of Donbas by force unless ..."
			}
		case "means":
			if sn.low(k-1) == "military" && sn.low(k-2) == "by" {
				return true // "will take Donbas by military means unless ..."
			}
		case ",":
			if a := sn.includingAside(k); a > 0 {
				limit -= k - a // "would face tariffs, including on buyers of its oil, unless"
				k = a
				continue
			}
			return false
		case ".", ";", "that":
			return false
		}
	}
	return false
}

// consequenceAfter reports whether the clause that "unless" at i opens is
// followed by what a side will then do: "unless the attacks on tankers
// stop, he said, Russia could cut Ukraine off from the sea".
func (sn *sentence) consequenceAfter(i int) bool {
	for k := i + 1; k < len(sn.toks) && k < i+20; k++ {
		if sn.toks[k].text != "," {
			continue
		}
		if k <= i+3 {
			return false // "unless it did, ...": nothing said
		}
		if e := sn.saidAside(k); e > 0 {
			k = e - 1 // over ", he said,"
		}
		n := k + 1 + b2i(sn.low(k+1) == "the")
		if m := sn.mentAt[min(n, len(sn.toks)-1)]; n < len(sn.toks) && m >= 0 {
			n = sn.ments[m].end
			for sn.in(n, agentNouns) {
				n++ // "Russian troops would keep advancing"
			}
		} else if !sn.in(n, pronouns) {
			return false
		} else {
			n++
		}
		w := sn.low(n)
		return w == "would" || w == "could" || w == "will" || w == "might"
	}
	return false
}

// includingAside returns the comma that opens an "including ..." aside
// closed by the comma at k, or -1.
func (sn *sentence) includingAside(k int) int {
	for a := k - 1; a > 0 && a >= k-12; a-- {
		if sn.toks[a].text == "," {
			if sn.low(a+1) == "including" {
				return a
			}
			return -1
		}
		if !sn.toks[a].word {
			return -1
		}
	}
	return -1
}

// aidAhead reports whether aid, intelligence sharing or contacts are named
// within three words from k: what "resumed" gives back.
func (sn *sentence) aidAhead(k int) bool {
	for n := k; n < len(sn.toks) && n < k+3 && sn.toks[n].word; n++ {
		switch sn.low(n) {
		case "intelligence", "aid", "assistance", "sharing", "supplies", "deliveries", "flights", "contacts", "dialogue":
			return true
		}
	}
	return false
}

// onTheTable reports whether "on the table" follows within a few words
// from k: "put 15 years on the table".
func (sn *sentence) onTheTable(k int) bool {
	for n := k + 1; n+2 < len(sn.toks) && n < k+9; n++ {
		if sn.low(n) == "on" && sn.low(n+1) == "the" && sn.low(n+2) == "table" {
			return true
		}
		if !sn.toks[n].word && sn.toks[n].text != "-" {
			return false
		}
	}
	return false
}

// speechAside returns the token after an aside that a comma at k opens
// and another closes, with a speech verb inside: ", he wrote on social
// media,", ", in his words,"; else -1.
func (sn *sentence) speechAside(k int) int {
	if sn.low(k) != "," {
		return -1
	}
	for e := k + 2; e < len(sn.toks) && e <= k+9; e++ {
		if sn.toks[e].text == "," {
			if sn.anyIn(k+1, e, speechVerbs) || e <= k+4 && sn.goesOn(e-1) || e <= k+5 && sn.inWordsOf(k+1, e) || sn.participleSpeechAt(e-1) && (sn.low(e-2) == "keeps" || sn.low(e-2) == "kept") {
				return e + 1
			}
			return -1
		}
	}
	return -1
}

// studyWords are what an idea "would have to be" before anyone answers it.
var studyWords = map[string]bool{"studied": true, "examined": true, "considered": true, "discussed": true, "looked": true, "analysed": true, "analyzed": true}

// toBeStudied reports whether "be studied" (or the like) starts at k: "the
// idea would have to be studied" answers nothing yet.
func (sn *sentence) toBeStudied(k int) bool { return sn.low(k) == "be" && studyWords[sn.low(k+1)] }

// passiveIt reports whether the "it" at k is the subject of a passive ("it
// was held to sign ..."): a thing, not a side.
func (sn *sentence) passiveIt(k int) bool {
	return sn.low(k) == "it" && sn.in(k+1, beWords) && (participle(sn.low(k+2)) || sn.in(k+2, pastTenses))
}

// askedWhat reports whether the modal at i is in an indirect question
// ("Asked what Zelensky should now do", "asked whether Kyiv must give up
// land"): a question, no position.
func (sn *sentence) askedWhat(i int) bool {
	for k := i - 1; k > 0 && k >= i-6; k-- {
		if w := sn.low(k); w == "what" || w == "whether" || w == "how" {
			for a := k - 1; a >= 0 && a >= k-5 && sn.toks[a].word; a-- {
				if w := sn.low(a); w == "asked" || w == "asking" || w == "wondered" {
					return true // also "Asked on Fox News what ..."
				}
			}
			return false
		}
		if !sn.toks[k].word {
			return false
		}
	}
	return false
}

// inWordsOf reports whether toks[s:e] is "in his words" or "in his view"
// (also "in Zelensky's words"): an aside that names who speaks.
func (sn *sentence) inWordsOf(s, e int) bool {
	w := sn.low(e - 1)
	return sn.low(s) == "in" && (w == "words" || w == "view")
}

// goesOn reports whether token k ends "went on" or "continued", which in
// an aside (", he went on,") say who speaks.
func (sn *sentence) goesOn(k int) bool {
	w := sn.low(k)
	return w == "continued" || w == "on" && (sn.low(k-1) == "went" || sn.low(k-1) == "goes")
}

// dealAhead reports whether a deal or truce is named at k: "the deal",
// "the ceasefire".
func (sn *sentence) dealAhead(k int) bool {
	if w := sn.low(k); w == "the" || w == "this" || w == "any" {
		k++
	}
	if sn.low(k) == "spirit" && sn.low(k+1) == "of" {
		return sn.dealAhead(k + 2) // "would breach the spirit of the deal"
	}
	w := sn.low(k)
	return nounCues[w] == Agreement || w == "truce" || w == "ceasefire"
}

// meetingAhead reports whether a meeting is named at k, after its article
// and up to two words: "a meeting", "a three-way summit".
func (sn *sentence) meetingAhead(k int) bool {
	if w := sn.low(k); w != "a" && w != "an" && w != "the" {
		return false
	}
	for n := k + 1; n < len(sn.toks) && n <= k+3 && sn.toks[n].word; n++ {
		switch sn.low(n) {
		case "meeting", "summit", "trilateral", "talks", "call":
			return true
		}
	}
	return false
}

// objectAhead reports whether an object follows a verb at k: a party, a
// number or an article ("the draft offered US guarantees for 15 years"),
// not a preposition ("the swap agreed in Istanbul").
func (sn *sentence) objectAhead(k int) bool {
	if k >= len(sn.toks) || !sn.toks[k].word {
		return false
	}
	return sn.mentAt[k] >= 0 && !sn.in(k, prepositions) || isNumber(sn.low(k)) || sn.low(k) == "a" || sn.low(k) == "an"
}

// countedBefore reports whether a number counts the noun at k, over one
// adjective: "146 prisoners returned on each side" is what happened, not
// a modifier ("the prisoners returned on Friday were ...").
func (sn *sentence) countedBefore(k int) bool {
	for n := k - 1; n >= 0 && n >= k-2; n-- {
		if sn.toks[n].numeric() {
			return true
		}
	}
	return false
}

// lastAgent returns the party of the last mention before i that acts (no
// possessive, no object of a preposition), or "".
func (sn *sentence) lastAgent(i int) string {
	for n := len(sn.ments) - 1; n >= 0; n-- {
		if m := sn.ments[n]; m.end <= i && !m.poss && !sn.afterPreposition(m) && sn.agentMention(m) && !sn.attributive(m) {
			return m.party
		}
	}
	return ""
}

// tautology returns where the clause after "until" or "unless" at i
// names again what the clause before denies ("There's no deal until
// there's a deal" sets no condition), or -1.
func (sn *sentence) tautology(i int) int {
	for n := i - 1; n >= 0 && n >= i-6; n-- {
		if sn.low(n) != "no" {
			continue
		}
		for m := i + 1; m < len(sn.toks) && m <= i+6; m++ {
			if sn.low(m) == sn.low(n+1) {
				return m
			}
		}
		return -1
	}
	return -1
}

// pressureBefore reports whether the clause before "until" at i keeps
// pressure on ("sanctions must stay in place, officials say, until ...",
// "partners should keep the pressure on until ..."): what must happen
// first is a demand.
func (sn *sentence) pressureBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		switch sn.low(k) {
		case ".", ";", ":":
			return false
		case "stay", "stays", "remain", "remains", "keep", "keeps", "maintain", "maintained":
			for n := max(0, k-4); n < i; n++ {
				if pressureWords[sn.low(n)] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// fightingBefore reports whether the clause before "until" at i goes on
// fighting: "Russia will keep fighting (fight on) until Ukraine withdraws",
// whose condition is a demand; but "will keep fighting until the end
// (the spring, next year, victory)" sets a time, no condition.
func (sn *sentence) fightingBefore(i int) bool {
	n := sn.nextWord(i+1, false)
	if t := n + b2i(sn.low(n) == "the"); sn.dateAt(t) || sn.low(t) == "end" || sn.low(n) == "victory" {
		return false
	}
	for k := i - 1; k > 0 && k >= i-4; k-- {
		switch sn.low(k) {
		case "fighting", "war", "offensive", "strikes", "attacks":
			v := sn.low(k - 1)
			return v == "keep" || v == "keeps" || v == "continue" || v == "continues" || v == "its" && (sn.low(k-2) == "continue" || sn.low(k-2) == "continues")
		case "on":
			return sn.low(k-1) == "fight" || sn.low(k-1) == "fighting"
		}
	}
	return false
}

// refusalBefore reports whether the clause before "unless" at i refuses
// something: "cannot accept a long truce unless ...", whose condition is a
// demand.
func (sn *sentence) refusalBefore(i int) bool {
	if w := sn.low(i - 1); w == "impossible" || w == "unthinkable" || w == "possible" && slices.ContainsFunc(sn.toks[max(0, i-7):i], func(t token) bool { return t.low == "no" }) {
		return true // "a general truce was impossible unless ...", "no lasting settlement is possible unless ..."
	}
	if sn.rejectionBefore(i) {
		return true // "Medinsky ruled out such a meeting unless it was held to sign a finished agreement"
	}
	for k := i - 4; k >= 0 && k >= i-10; k-- {
		if sn.low(k) == "there" && sn.low(k+2) == "be" && sn.low(k+3) == "no" && sn.in(k+1, modalsInContent) {
			return true // "there should be no sanctions relief unless and until Moscow agrees to a ceasefire"
		}
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if sn.in(k, acceptVerbs) || strings.HasPrefix(sn.low(k), "agree") {
			return sn.negated(k)
		}
		if !sn.toks[k].word {
			return false
		}
	}
	return false
}

// rejectionBefore reports whether a rejection was found in the eight
// tokens before i: "ruled out a summit unless ...", "the Commission ruled
// out lifting sanctions until ...".
func (sn *sentence) rejectionBefore(i int) bool {
	return slices.ContainsFunc(sn.cues, func(c cue) bool { return c.kind == Rejection && c.at >= i-8 && c.at < i && !sn.negated(c.at) })
}

// peaceBefore reports whether the clause before "once" at i says the
// fighting ends and a side acts after it: "hostilities will cease once
// Ukrainian troops withdraw".
func (sn *sentence) peaceBefore(i int) bool {
	peace := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch sn.low(k) {
		case "cease", "stop", "end", "halt", "stops", "ends", "ceases":
			peace = !sn.negated(k)
		}
	}
	n := sn.nextWord(i+1, false)
	if sn.low(n) == "the" {
		n++
	}
	return peace && n < len(sn.toks) && sn.mentAt[n] >= 0 && slices.Contains(sn.st.sides, sn.ments[sn.mentAt[n]].party)
}

// peaceAfter reports whether "if" at i opens a condition that a side must
// meet for the fighting to end: "If Ukrainian troops leave the territories,
// then the hostilities will stop".
func (sn *sentence) peaceAfter(i int) bool {
	n := sn.nextWord(i+1, false)
	if sn.low(n) == "the" {
		n++
	}
	if !sn.clauseOpening(i) || n >= len(sn.toks) || sn.mentAt[n] < 0 || !slices.Contains(sn.st.sides, sn.ments[sn.mentAt[n]].party) {
		return false
	}
	for k := n; k < len(sn.toks) && k < n+20; k++ {
		if sn.toks[k].text != "," {
			continue
		}
		for v := k + 1; v < len(sn.toks) && v < k+9; v++ {
			switch w := sn.low(v); {
			case sn.in(v, negations) || strings.HasSuffix(w, "n't"):
				return false // "the war will never end": a warning, not terms
			case w == "stop" || w == "end" || w == "cease" || w == "halt" || w == "peace":
				return true
			}
		}
		return false
	}
	return false
}

// failedTo reports whether "failed to" comes right before the verb at i.
func (sn *sentence) failedTo(i int) bool {
	w := sn.low(i - 2)
	return sn.low(i-1) == "to" && (w == "failed" || w == "fail" || w == "fails")
}

// dateAt reports whether a date or a time starts at token k: "until 1
// February" is a date, not a condition.
func (sn *sentence) dateAt(k int) bool {
	return k >= 0 && k < len(sn.toks) && isDate(&sn.toks[k])
}

// isDate reports whether a date or a time starts with t.
func isDate(t *token) bool {
	w := t.low
	return isNumber(w) || t.in(months) || t.in(timeNouns) || w == "then" || w == "now" || w == "next" || w == "mid"
}

// negatedClause reports whether a negation comes before token i in its
// clause: "will not sign anything unless ...".
func (sn *sentence) negatedClause(i int) bool {
	limit := i - 10
	for k := i - 1; k >= 0 && k >= limit; k-- {
		t := sn.toks[k]
		if !t.word && t.text != "," {
			return false
		}
		if t.in(negations) || strings.HasSuffix(t.low, "n't") || t.low == "nothing" && (sn.low(k-1) == "sign" || sn.in(k-1, acceptVerbs)) {
			if f := sn.low(k + 1); f == "expect" || f == "anticipate" || f == "foresee" || f == "predict" {
				return false // "did not expect a breakthrough until Trump and Putin meet": a forecast, no condition
			}
			return true // "will sign nothing unless ..."
		}
		if t.in(speechVerbs) && slices.ContainsFunc(sn.toks[k+1:min(i, k+5)], func(t token) bool { return t.text == "," }) {
			// "there could be no settlement, the Kremlin aide said,
			// unless ...": over the aside
			if c := slices.IndexFunc(sn.toks[max(0, k-5):k], func(t token) bool { return t.text == "," }); c >= 0 {
				k = max(0, k-5) + c
				limit -= 6
				continue
			}
		}
		if t.in(clauseWords) || t.in(speechVerbs) {
			return false
		}
	}
	return false
}

// stanceAfterTo reports whether the infinitive after "X to" from k is a
// position verb of its own ("Diplomats expect Russia to insist on ..."):
// a forecast of that position, not a request.
func (sn *sentence) stanceAfterTo(k int) bool {
	for n := k; n < len(sn.toks) && n < k+6; n++ {
		if sn.low(n) == "to" {
			k := sn.verbCue(n + 1)
			return k == Demand || k == Rejection // but "expects Russia to agree to a ceasefire" asks for it
		}
	}
	return false
}

// handedText returns the text noun before "handed to X" that the word at i
// follows ("the memorandum handed to Kyiv's team (demands)"), or -1.
func (sn *sentence) handedText(i int) int {
	for k := i - 1; k > 1 && k >= i-5; k-- {
		if sn.low(k) != "to" {
			continue
		}
		switch sn.low(k - 1) {
		case "handed", "given", "presented", "sent", "passed", "delivered":
			if sn.in(k-2, termNouns) || sn.in(k-2, planNouns) || sn.in(k-2, docNouns) {
				return k - 2
			}
		}
		return -1
	}
	return -1
}

// relativeText returns the text a relative "that" or "which" before the
// verb at i refers to ("a memorandum that, according to Kyiv, once again
// makes ..."), or -1.
func (sn *sentence) relativeText(i int) int {
	k := i - 1
	for k > 0 && k > i-4 && (strings.HasSuffix(sn.low(k), "ly") || sn.low(k) == "again" || sn.low(k) == "once" || sn.low(k) == "also" || sn.low(k) == "still") {
		k-- // "once again makes", "reportedly makes"
	}
	if sn.low(k) == "," {
		for n := k - 1; n > 1 && n >= k-9; n-- {
			if sn.low(n) == "," {
				k = n - 1 // over an aside: "that, according to Ukrainian officials, makes"
				break
			}
		}
	}
	if w := sn.low(k); (w != "that" && w != "which") || k < 1 || !(sn.in(k-1, termNouns) || sn.in(k-1, docNouns) || sn.in(k-1, planNouns)) {
		return -1
	}
	return k - 1
}

// phraseToColon returns the colon that closes a short prepositional
// phrase opening at k ("what Moscow expects before a full ceasefire:",
// "what Kyiv wants in return:"), or -1.
func (sn *sentence) phraseToColon(k int) int {
	if !sn.in(k, prepositions) && !sn.in(k, clauseWords) {
		return -1
	}
	e := sn.wordsToColon(k+1, 5)
	if e < 0 || slices.ContainsFunc(sn.toks[k+1:e], func(t token) bool { return t.verbCue() != "" || t.in(speechVerbs) }) {
		return -1
	}
	return e
}

// wordsToColon returns the colon that follows the words from k, at most
// n of them, or -1.
func (sn *sentence) wordsToColon(k, n int) int {
	for e := k; e < len(sn.toks) && e <= k+n; e++ {
		if t := sn.toks[e]; t.text == ":" {
			return e
		} else if !t.word {
			return -1
		}
	}
	return -1
}

// whatSubject reports whether the verb at i follows "what" and a subject:
// "what Russia expects", "what they expect".
func (sn *sentence) whatSubject(i int) bool {
	if i < 2 {
		return false
	}
	if sn.in(i-1, pronouns) {
		return sn.low(i-2) == "what"
	}
	m := sn.mentAt[i-1]
	return m >= 0 && sn.low(sn.beforeLead(sn.ments[m])) == "what"
}

// neededAfter reports whether the be-word at i says something is needed
// ("is needed before anything else", "is also required"), but not "was
// required by law", nor "is needed to ..." unless a side must act.
func (sn *sentence) neededAfter(i int) bool {
	n := sn.nextWord(i+1, true)
	if !neededWords[sn.low(n)] || sn.low(n+1) == "by" {
		return false
	}
	return sn.low(n+1) != "to" || sn.neededToAct(i)
}

// neededToAct reports whether "X is needed to V" at the be-word i names a
// thing needed for an act ("a ceasefire was still needed to stop the
// killing"), not a quantity or a step ("what is needed to ...", "two
// thirds are needed to pass").
func (sn *sentence) neededToAct(i int) bool {
	cs := sn.clauseStart(i)
	return slices.ContainsFunc(sn.toks[cs:i], func(t token) bool { return t.in(peaceNouns) || strings.HasPrefix(t.low, "guarantee") })
}

// viewFrame returns where a clause opening at cs with whose view it gives
// goes on ("In Moscow's view a truce must ...", "In Kyiv's reading, there
// should be ..."), or -1.
func (sn *sentence) viewFrame(cs int) int {
	if p := sn.forSide(cs); p >= 0 {
		return sn.ments[p].end + 1 // "For Moscow, any deal must ..."
	}
	if _, c := sn.voiceOpens(); c >= cs {
		return c + 1 // "As Zelensky put it, any deal must ..."
	}
	if sn.low(cs) != "in" {
		return -1
	}
	n := cs + 1 + b2i(sn.low(cs+1) == "the")
	m := sn.mentAt[min(n, len(sn.toks)-1)]
	if m < 0 || !(sn.ments[m].poss || sn.isAdjectiveMention(sn.ments[m])) || !viewWords[sn.low(sn.ments[m].end)] {
		return -1
	}
	e := sn.ments[m].end + 1
	return e + b2i(sn.low(e) == ",")
}

// forSide returns the mention of a side that a clause opens with, "For
// Moscow, ...", whose view the clause gives; or -1.
func (sn *sentence) forSide(cs int) int {
	if sn.low(cs) != "for" {
		return -1
	}
	m := sn.mentAt[min(cs+1+b2i(sn.low(cs+1) == "the"), len(sn.toks)-1)]
	if m < 0 || sn.ments[m].poss || sn.low(sn.ments[m].end) != "," {
		return -1
	}
	return m
}

// saysWhatFollows reports whether toks[a:b], after "For Kyiv,", hold a
// verb of their own that says what follows for the side rather than what
// it holds: "For Kyiv, the plan means it would have to ...", "For Ukraine,
// the question is whether ...".
func (sn *sentence) saysWhatFollows(a, b int) bool {
	return sn.anyIn(a, b, beWords) || slices.ContainsFunc(sn.toks[a:b], func(t token) bool { return t.low == "means" || t.low == "meant" || t.low == "mean" })
}

// obligation returns the end of an obligation at i ("must", "should",
// "has to", "needs to", "would have to"), or -1.
func (sn *sentence) obligation(i int) int {
	w, next := sn.low(i), sn.low(i+1)
	switch {
	case w == "must" || w == "should":
		if next == "be" && (sn.low(i+2) == "noted" || sn.low(i+2) == "said") || next == "expect" || next == "not" && sn.low(i+2) == "expect" {
			return -1 // "nobody should expect a breakthrough": a forecast, no demand
		}
		if next == "have" && sn.perfectAt(i+2) {
			return -1 // "should have never started it": blame for the past, no demand; but "must have guarantees" is one
		}
		return i + 1
	case (w == "need" || w == "needs" || w == "require" || w == "requires") && sn.in(i+1, determiners) && anyThing[sn.low(sn.nextWord(sn.clauseStart(i), false))]:
		return i + 1 // "Any elements touching on the EU or NATO need the consent of their members, they said": what any deal must have
	case w == "ought" && next == "to" && sn.low(i+2) != "expect" && !(sn.low(i+2) == "have" && sn.perfectAt(i+3)):
		return i + 2 // "any deal ought to include ..."; but not "nobody ought to expect a breakthrough", "ought to have known"
	case next == "to" && (w == "has" || w == "have" || w == "needs" || w == "need" || w == "had" && sn.nearAside(i+3)):
		if p := sn.low(i - 1); p == "the" || p == "a" || sn.toBeStudied(i+2) {
			return -1 // "discussed the need to support aid": a noun; "would have to be studied": no answer yet
		}
		return i + 2
	case w == "would" && (next == "have" && sn.low(i+2) == "to" || haveToAdverb(next) && sn.low(i+2) == "have" && sn.low(i+3) == "to"):
		e := i + 3 + b2i(next != "have") // "would also have to go"
		if sn.toBeStudied(e) {
			return -1 // "the idea would have to be studied": no answer yet, no demand
		}
		return e
	case (w == "can" || w == "may" || w == "could") && next == "be" && dealVerbs[sn.low(i+2)] && sn.anyText(i+3, min(i+6, len(sn.toks)), "without") && sn.noSubject(i):
		// "no deal touching European security could be struck without
		// Europeans": who must be there
		return i + 1
	case (w == "can" || w == "may" || w == "could") && sn.principleAt(i+1) && sn.noSubject(i):
		// "no European troops may be deployed in Ukraine"
		return i + 1
	case sn.in(i, beWords) && next == "for" && sn.decidedBy(i+2):
		// "decisions on territory are for the Ukrainian people to take"
		return i + 1
	case (w == "belong" || w == "belongs" || w == "belonged" || w == "rest" || w == "rests") && (next == "to" || next == "with") && sn.mentAt[min(i+2+b2i(sn.low(i+2) == "the"), len(sn.toks)-1)] >= 0:
		// "decisions on territory belong to the Ukrainian people alone"
		return i + 1
	case (w == "can" || w == "could") && next == "be" && sn.low(i+3) == "only" && (sn.low(i+4) == "by" || sn.low(i+4) == "with") && passiveParticiple(sn.low(i+2)):
		// "any decision on territory could be taken only by the Ukrainian
		// people": the one way someone allows
		return i + 1
	case (w == "can" || w == "could") && (startVerb(next) && sn.low(i+2) == "only" || next == "only" && startVerb(sn.low(i+2))) && placeWords[sn.low(i+3)]:
		// "any discussion of territory can begin only from the current
		// line of contact": the one place someone allows it to start
		return i + 1
	case (w == "would" || w == "will") && next == "leave" && sn.exposedAhead(i+2):
		// "limits on Ukraine's armed forces would leave it vulnerable to
		// future attack": what the speaker holds must not be
		return i + 1
	case (w == "can" || w == "could") && next == "only" && sn.low(i+2) == "be" && (passiveParticiple(sn.low(i+3)) || (sn.low(i+3) == "the" || sn.low(i+3) == "a") && startNouns.has(sn.low(i+4))):
		// "questions of territory could only be decided with Ukraine at
		// the table", "peace can only be built on ...": the one way
		// someone allows; "the line of contact can only be the starting
		// point (the basis) for talks": the one start someone allows
		return i + 1
	case sn.in(i, beWords) && sn.low(i-1) != "what" && sn.neededAfter(i),
		w == "would" && next == "be" && neededWords[sn.low(i+2)] && sn.low(i+3) != "to" && sn.low(i+3) != "by" && sn.low(i-1) != "what": // "a referendum would be needed before ..."
		// "A real ceasefire, he added, is needed before anything else"; not
		// "is needed to ...", "was required by law", "what is needed"
		return i + 1
	case sn.in(i, beWords) && sn.notNegotiable(i+1) && sn.low(i-1) != "nothing":
		// "Ukraine's territorial integrity is not subject to negotiation":
		// what someone holds to; but "nothing is non-negotiable" holds to
		// nothing
		return i + 1
	case (w == "can" || w == "could") && next == "have" && sn.low(i+2) == "no" && sn.low(i+3) == "veto":
		// "Russia can have no veto over Ukraine's path to the EU"
		return i + 1
	case (w == "cannot" || w == "can't" || w == "could" && next == "not") && sn.low(i+1+b2i(next == "not")) == "have" && sn.low(i+3+b2i(next == "not")) == "veto":
		// "Russia cannot have a veto over Ukraine's path to the EU"
		return i + 1
	case (w == "cannot" || w == "can't" || (w == "could" || w == "can") && (next == "not" || next == "never")) && sn.principleAt(i+1+b2i(next == "not" || next == "never")):
		// "Russia could not be given a veto over Ukraine's path", "borders
		// cannot be changed by force": a principle someone sets
		return i + 1
	case w == "had" && next == "to" && (sn.reported(sn.clauseStart(i)) || sn.setOut(sn.clauseStart(i)) || sn.asideBefore(i) > 0 || sn.asideGoesOn(i) || sn.partySubjectStart(i) >= 0 && len(sn.asideSpeaker(0, i)) > 0 ||
		sn.low(i+2) == "come" && sn.trailingSpeech() > i):
		// "told Trump that the root causes had to be eliminated", "A
		// ceasefire had to come first, the Chancellor said": reported
		// speech, never narrative ("troops had to retreat, officers said").
		return i + 2
	}
	return -1
}

// notNegotiable reports whether the words at k say a thing is not to be
// negotiated: "non-negotiable", "not negotiable", "not subject to
// negotiation", "not up for negotiation (discussion, debate)", "not open
// to negotiation".
func (sn *sentence) notNegotiable(k int) bool {
	if w := sn.low(k); w == "non-negotiable" || w == "nonnegotiable" {
		return true
	}
	if sn.low(k) != "not" {
		return false
	}
	switch sn.low(k + 1) {
	case "negotiable":
		return true
	case "subject", "open", "up":
		n := k + 2
		if sn.low(n) == "to" || sn.low(n) == "for" {
			n++
		}
		return strings.HasPrefix(sn.low(n), "negotiation") || sn.low(n) == "discussion" || sn.low(n) == "debate" || sn.low(n) == "bargaining"
	}
	return false
}

// overAsides yields the indexes of the width tokens from "from", passing
// over each aside that aside finds opening at a token (returning where it
// ends, or -1): the aside's tokens do not count against the width.
func (sn *sentence) overAsides(from, width int, aside func(int) int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for k, limit := from, from+width; k < len(sn.toks) && k < limit; k++ {
			if a := aside(k); a > 0 {
				limit += a - k
				k = a - 1
				continue
			}
			if !yield(k) {
				return
			}
		}
	}
}

// decidedBy reports whether the words at k name who is to decide: "the
// Ukrainian people to take", "Ukraine alone to make".
func (sn *sentence) decidedBy(k int) bool {
	for n := range sn.overAsides(k, 6, sn.speechAside) { // "it was for Ukraine, they added, to take decisions"
		if !sn.toks[n].word {
			break
		}
		if sn.low(n) == "to" {
			switch sn.low(n + 1) {
			case "take", "make", "decide", "settle", "determine", "choose":
				return n > k && slices.ContainsFunc(sn.toks[k:n], func(t token) bool { return t.party })
			}
			return false
		}
		if sn.low(n) == "alone" && n > k && slices.ContainsFunc(sn.toks[k:n], func(t token) bool { return t.party }) && slices.ContainsFunc(sn.toks[max(0, k-8):k], func(t token) bool {
			switch t.low {
			case "decision", "decisions", "territory", "land", "future", "fate":
				return true
			}
			return false
		}) {
			return true // "decisions on territory were for the Ukrainian people alone"; but not "the new air-defence systems were for Ukraine alone"
		}
	}
	return false
}

// principleAt reports whether "be" and a participle of permission start
// at k, as after "cannot", over an adverb: "be given", "be allowed", "be
// changed", "be deployed", "(could) be legally recognised".
func (sn *sentence) principleAt(k int) bool {
	if sn.low(k) != "be" {
		return false
	}
	w := sn.low(k + 1)
	if strings.HasSuffix(w, "ly") {
		w = sn.low(k + 2)
	}
	switch w {
	case "given", "allowed", "changed", "forced", "imposed", "decided", "rewarded", "excluded", "redrawn", "recognised", "recognized", "made",
		"deployed", "stationed", "based", "tolerated", "placed", "put":
		return true
	}
	return false
}

// perfectAt reports whether a past participle comes at k, over an adverb:
// "(should have) never started", "(must have) been".
func (sn *sentence) perfectAt(k int) bool {
	for k < len(sn.toks) && (sn.low(k) == "never" || sn.low(k) == "not" || sn.low(k) == "already" || sn.low(k) == "long") {
		k++
	}
	w := sn.low(k)
	return w == "been" || w == "done" || w == "gone" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") || sn.in(k, pastTenses) // "known", "shown"
}

// trailingSpeech returns the speech verb of a sentence that ends on its
// speaker ("..., he said."), or -1.
func (sn *sentence) trailingSpeech() int {
verbs:
	for k := len(sn.toks) - 1; k > 0; k-- {
		if sn.in(k, speechVerbs) && !sn.quoted[k] {
			limit := k - 7
			for n := k - 1; n >= 0 && n >= limit; n-- {
				if sn.low(n) == "who" && sn.in(n-1, agentNouns) {
					limit = n - 6 // ", the European leaders who met on the sidelines of the G20 summit in Johannesburg wrote"
				}
				if a := sn.low(n + 1); sn.toks[n].text == "," && (a == "a" || a == "an") && (sn.nounCue(n+2) != "" || sn.low(n+2) == "move" || sn.low(n+2) == "step" || sn.low(n+2) == "claim") {
					k = n // "..., the Kremlin said, a condition Kyiv said it never accepted": a remark on it
					continue verbs
				}
				if sn.toks[n].text == "," {
					if f := n + 1; sn.in(f, negations) || sn.in(f, prepositions) {
						return -1 // ", not from the map Moscow claims": a clause of the content, no speaker
					}
					return k // ", Emmanuel Macron said after a meeting in Paris", ",\" he said"
				}
				if t := sn.toks[n].text; !sn.toks[n].word && t != "\"" && t != "”" {
					break
				}
			}
			return -1
		}
	}
	return -1
}

// sideListBefore reports whether the subject before the verb at i is a
// side's list of positions: "Kyiv's own roadmap", "Ukraine's list", or
// just "Kyiv's" after the other side's was named.
func (sn *sentence) sideListBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if m := sn.mentAt[k]; m >= 0 {
			return sn.ments[m].poss && slices.Contains(sn.st.sides, sn.ments[m].party)
		}
		if w := sn.low(k); w != "own" && w != "list" && w != "roadmap" && w != "paper" && w != "version" && !sn.in(k, termNouns) && !sn.in(k, docNouns) {
			return false
		}
	}
	return false
}

// exposedAhead reports whether the words from k say that a side is left
// exposed: "it vulnerable", "the country open to attack", "Ukraine
// defenceless".
func (sn *sentence) exposedAhead(k int) bool {
	for n := k; n < len(sn.toks) && n <= k+3; n++ {
		switch sn.low(n) {
		case "vulnerable", "exposed", "defenceless", "defenseless":
			return true
		case "open":
			return sn.low(n+1) == "to"
		}
	}
	return false
}

// namedCondition returns where "as the key condition" or "among its
// conditions" follows the object of the verb at i ("regards X as the key
// condition", "listed X among its conditions"), or -1.
func (sn *sentence) namedCondition(i int) int {
	w := sn.low(i)
	regard := w == "regards" || w == "regarded" || w == "considers" || w == "considered" || w == "sees" || w == "treats" ||
		w == "named" || w == "names" || w == "set" || w == "sets" || w == "cited" || w == "cites" || w == "identified" // "named the withdrawal ... as a condition for ending the conflict"
	list := w == "listed" || w == "lists" || w == "named" || w == "counted" || w == "included"
	if !regard && !list || sn.low(i+1) == "as" || sn.in(i-1, beWords) {
		return -1 // but "were named by Mr Zelensky as the condition" is read as a passive
	}
	for k := i + 2; k < len(sn.toks) && k <= i+20 && (sn.toks[k].word || sn.toks[k].text == "," || sn.toks[k].text == "-"); k++ {
		if isConditionNoun(sn.low(k)) || sn.nounCue(k) == Demand && (sn.toks[k-1].poss || sn.in(k-1, possPronouns) || sn.toks[k-2].poss) {
			return -1 // "cited Russia's demand for Donbas as the main condition blocking a deal": the demand is another's; "set strict conditions, citing ..."; but "a ceasefire deal", "a ceasefire along the front line" are the object
		}
		n := sn.low(k + 1)
		switch {
		case regard && sn.low(k) == "as" && (n == "a" || n == "the" || n == "one" || n == "its"):
			for c := k + 2; c < len(sn.toks) && c <= k+6 && sn.toks[c].word; c++ {
				if isConditionNoun(sn.low(c)) {
					return k
				}
			}
			return -1
		case list && sn.low(k) == "among" && (sn.in(k+1, possPronouns) || n == "its") && (isConditionNoun(sn.low(k+2)) || sn.in(k+2, termNouns)):
			return k
		}
	}
	return -1
}

// doubtedBefore reports whether the noun at i, past its owner, is what
// someone doubts or tests: "questioned (tested, cast doubt on) Moscow's
// willingness to end the war".
func (sn *sentence) doubtedBefore(i int) bool {
	k := i - 1
	for k > 0 && (sn.toks[k].party || sn.toks[k].poss || sn.in(k, possPronouns) || sn.low(k) == "the") {
		k--
	}
	w := sn.low(k)
	return sn.in(k, doubtWords) || (w == "on" || w == "about" || w == "of" || w == "over") && (sn.in(k-1, doubtWords) || sn.low(k-1) == "sceptical" || sn.low(k-1) == "skeptical")
}

// doubtWords doubt or test what a side is ready to do.
var doubtWords = set("question", "questions", "questioned", "questioning", "doubt", "doubts", "doubted", "doubting",
	"test", "tests", "tested", "testing", "gauge", "gauged", "probe", "probed")

// readyNot reports whether being ready to do what the verb at k says is no
// offer (readyNot: "ready to fight", "ready to take Donbas by force");
// but "ready to take part in a monitoring mission" is one.
func (sn *sentence) readyNot(k int) bool {
	return sn.in(k, readyNot) && !(sn.low(k) == "take" && sn.low(k+1) == "part")
}

// shareBefore reports whether a share ("100%", "90 per cent") comes just
// before the word at i: `the guarantees were "100%" agreed with
// Washington`.
func (sn *sentence) shareBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch t := sn.toks[k]; {
		case t.text == "%" || t.low == "percent" || t.low == "cent":
			return true
		case !quoteMark(t.text):
			return false
		}
	}
	return false
}

// asideAfterSubject reports whether the phrase at i sits between commas
// after a named subject and before its speech verb: "European leaders, in
// a joint statement after the call, said ...": how they spoke, no text of
// terms that the clause would be under.
func (sn *sentence) asideAfterSubject(i int) bool {
	if sn.low(i-1) != "," || i < 2 || sn.mentAt[i-2] < 0 && !sn.in(i-2, agentNouns) {
		return false
	}
	e := sn.closingComma(i)
	return e > 0 && sn.in(e+1, speechVerbs)
}

// participleAdjective reports whether the cue word at i is a participle
// used as an adjective: "a signed settlement", "the proposed limits".
func (sn *sentence) participleAdjective(i int) bool {
	p := sn.low(i - 1)
	return (p == "a" || p == "an" || p == "the" && sn.verbCue(i) == Proposal || (p == "for" || p == "on") && !sn.in(i+1, prepositions) && !sn.in(i+1, determiners)) && strings.HasSuffix(sn.low(i), "ed") && i+1 < len(sn.toks) && sn.toks[i+1].word // also "calls for agreed limits"
}

// obligedStart returns where the subject of the obligation at i starts:
// a party ("Russian troops must"), or any phrase reported by a speaker
// ("officials say reconstruction must"); -1 otherwise.
func (sn *sentence) obligedStart(i int) int {
	if m, _ := sn.toldPronoun(i - 1); m >= 0 {
		return i - 1 // "told Zelensky he should make a deal"
	}
	if start := sn.partySubjectStart(i); start >= 0 {
		return start
	}
	for j := i - 2; j > 0 && j >= i-13; j-- {
		if a := sn.saidAside(j); a == i || a == i-1 && sn.in(i-1, modalsInContent) { // "Any deal, Rubio told Reuters, will have to ..."
			// "Any settlement, the Kremlin said, must be ...": the aside
			// reports it.
			for k := sn.clauseStart(j); k < j; k++ {
				if sn.verbCue(k) != "" || !sn.toks[k].word {
					return -1
				}
			}
			if cs := sn.clauseStart(j); cs < j {
				return cs
			}
			return -1
		}
	}
	cs := sn.clauseStart(i)
	if sn.low(cs) == "for" && sn.forSide(cs) < 0 {
		// "said that for any settlement to last, the root causes must
		// ...": the subject after the purpose
		for k := cs + 1; k < i-1 && k <= cs+10; k++ {
			if sn.low(k) == "," {
				cs = k + 1
				if a := sn.saidAside(k); a > 0 && a < i {
					cs = a // "For any settlement to last, Putin said, the root causes must ..."
				}
				break
			}
			if !sn.toks[k].word {
				break
			}
		}
	}
	for k := cs; k < i-1; k++ {
		if e := sn.saidAside(k); e > 0 && e < i {
			cs = e // "For any settlement to last, he said, all the root causes must ..."
		}
		if sn.quotedAs(k) != "" {
			cs = k + 1 // "Peskov was quoted by TASS as saying any deal must ..."
		}
	}
	if r := cs - 1; r > 1 && sn.low(r) == "that" && sn.toks[r-1].word && sn.low(r-1) != "and" && sn.low(r-1) != "but" && !strings.HasSuffix(sn.low(r-1), "ing") && !sn.in(r-1, clauseWords) && !sn.in(r-1, skipWords) && !sn.in(r-1, speechVerbs) && !(sn.low(r-1) == "out" && sn.in(r-2, speechVerbs)) && sn.verbCue(r-1) == "" && !sn.in(r-1, beWords) && sn.relativeVerb(cs, i) && sn.mediumThat(sn.clauseStart(r-1)) != cs {
		cs = sn.clauseStart(r - 1) // "any deal that gave up land would have to be put to a referendum": the deal; but "pointed out that" reports
	}
	for k := i - 2; k > cs; k-- {
		if sn.low(k) == "and" && sn.low(k-1) == "," {
			cs = k + 1 // "...: borders cannot be changed, and Ukraine's armed forces must ..."
			break
		}
	}
	switch sn.low(cs - 1) {
	case "if", "unless", "once", "when", "before", "until", "after":
		// `"If the Russians refuse a ceasefire, strong sanctions must
		// follow," he said`: the main clause after the condition; without
		// the comma, the side named just before the modal ("said that
		// until the talks were over Ukraine must leave ...")
		moved := false
		for k := i - 2; k > cs; k-- {
			if sn.toks[k].text == "," {
				cs, moved = k+1, true
				break
			}
		}
		if m := sn.mentAt[i-1]; !moved && m >= 0 && sn.ments[m].end == i && sn.ments[m].start > cs+1 && !sn.ments[m].poss {
			cs = sn.ments[m].start
		}
	}
	opening := cs == 0
	q := cs + b2i(sn.low(cs) == "\"") // `"However, ...," he said`
	if w := sn.low(q); (w == "first" || w == "second" || w == "third" || w == "fourth" || w == "fifth" || w == "finally" || connectives.has(w)) && sn.low(q+1) == "," {
		cs = q + 2 // "First, borders must not be changed by force.", "However, a lasting peace can only be built on ..."
	}
	framed := false
	if e := sn.viewFrame(cs); e > 0 && e < i && !(sn.forSide(cs) >= 0 && sn.saysWhatFollows(e, i)) {
		cs, framed = e, true // "In Moscow's view a truce must follow a settlement": whose view says it
	}
	limit := 8
	goesOn := sn.voiceGoesOn(cs) // cs stays 0 or moves on from a later start, so this holds for the test below too
	if goesOn || cs < i && wordCount(sn.toks[cs:i]) > limit && !sn.anyIn(cs, i, finiteVerbs) && !sn.anyIn(cs, i, pastTenses) {
		// "Restrictions on Russian-flagged ships and on the sale of farm
		// machinery to Russia would also have to go": the list goes on;
		// "The central role of the European Union in securing peace for
		// Ukraine must ...": a long subject with no verb of its own
		limit = 14
	}
	if cs >= i || wordCount(sn.toks[cs:i])-sn.dashedLength(cs, i) > limit || sn.in(cs, pronouns) && !(cs+1 == i && (sn.ownClaim(i+1) > 0 || sn.low(cs) == "it" && sn.low(i+1) == "for" || sn.low(cs-1) == ";" || sn.planIt(cs) != nil) || cs+2 == i && sn.in(cs+1, modalsInContent) && sn.low(cs) == "it" && sn.low(i+1) == "for") {
		return -1 // but "Moscow says it must be one of the guarantors" claims a place
	}
	// an interview's answer, a point under a speaker's name, an op-ed
	firstPerson := (sn.low(0) == "we" || sn.low(0) == "i") && !sn.quoted[0] || sn.bullet() && cs <= 1 || (sn.st.labelVoice != "" || sn.st.author != "") && !sn.quoted[i]
	if sn.low(cs) == "and" && sn.low(cs-1) == "," && !sn.in(cs+1, pronouns) {
		cs++ // "..., his officials repeated, and any discussion ... can begin only from ..."
	}
	// `"...," the president said, and any deal would have to ...`: he goes
	// on; and so in "Ukraine, he said, would not hand over land, and any
	// settlement had to include ..." (asideGoesOn)
	saidAnd := cs > 2 && (sn.low(cs-1) == "and" || sn.low(cs-1) == "but") && sn.low(cs-2) == "," && sn.in(cs-3, speechVerbs) && !sn.quoted[cs-3]
	if (opening && sn.trailingSpeech() < i || !opening && !sn.reported(cs) && !sn.setOut(cs) && !sn.reported(sn.purposeBefore(cs)) && !saidAnd && !sn.asideGoesOn(i)) && !sn.quoted[i] && !firstPerson && !goesOn && !framed {
		return -1 // "any guarantee would have to be ..., he said" is reported too, and so is a quote
	}
	for k := cs; k < i; k++ {
		if t := sn.toks[k].text; sn.verbCue(k) != "" && !sn.participleAdjective(k) || !sn.toks[k].word && t != "-" && t != "—" && t != "\"" && t != "“" && t != "”" && t != "'" && t != "’" {
			return -1 // but "the spirit of Anchorage — shorthand for ... — must"
		}
	}
	if t := sn.toks[cs].text; t == "\"" || t == "“" {
		cs++
	}
	return cs
}

// offTable reports whether the token at i, after a be-word (and "not"
// for "up"), opens "off the table" or "up for discussion" ("recognition of
// the occupation is not up for discussion"): the subject is refused, as
// "out of the question" is.
func (sn *sentence) offTable(i int) bool {
	switch sn.low(i) {
	case "off":
		return sn.in(i-1, beWords) && sn.low(i+1) == "the" && sn.low(i+2) == "table"
	case "up":
		n := sn.low(i + 2)
		return sn.in(i-1, negations) && sn.in(i-2, beWords) && sn.low(i+1) == "for" && (n == "discussion" || n == "debate" || n == "negotiation" || n == "negotiations")
	}
	return false
}

// haveToAdverb reports whether w may stand between "would" and "have to":
// "would also (still, then) have to".
func haveToAdverb(w string) bool { return w == "also" || w == "still" || w == "then" }

// outOfQuestion reports whether "out of the question" opens at i.
func (sn *sentence) outOfQuestion(i int) bool {
	return sn.low(i) == "out" && sn.low(i+1) == "of" && sn.low(i+2) == "the" && sn.low(i+3) == "question"
}

// toldVerbs tell someone what to do: "told Zelensky he should make a deal".
var toldVerbs = map[string]bool{"told": true, "tells": true, "urged": true, "urges": true, "warned": true, "warns": true, "reminded": true}

// toldObject reports whether the pronoun at k stands for the side just
// told what to do.
func (sn *sentence) toldObject(k int) bool {
	m, _ := sn.toldPronoun(k)
	return m >= 0
}

// toldPronoun returns the mention that the pronoun at k stands for, and
// where the phrase that names it ends, when the pronoun opens what that
// side was told it must do ("told the Ukrainian leader that he should make
// a deal", "told European governments they must stop"), or -1, 0.
func (sn *sentence) toldPronoun(k int) (int, int) {
	if w := sn.low(k); w != "he" && w != "she" && w != "it" && w != "they" {
		return -1, 0
	}
	o := k - 1 - b2i(sn.low(k-1) == "that")
	end := o + 1
	if o > 1 && sn.in(o, agentNouns) && sn.mentAt[o] < 0 {
		o-- // "told the Ukrainian leader"
	}
	if o < 1 || sn.mentAt[o] < 0 {
		return -1, 0
	}
	m := sn.mentAt[o]
	v := sn.ments[m].start - 1
	if sn.low(v) == "the" {
		v--
	}
	if sn.ments[m].poss || !toldVerbs[sn.low(v)] {
		return -1, 0
	}
	return m, end
}

// voiceGoesOn reports whether the clause at cs goes on with the "must"s
// the sentence before reported ("Talks on territory, the Europeans say,
// must start from the line of contact. Ukraine's army should be allowed
// 800,000."): it opens the sentence, which has no speaker of its own.
func (sn *sentence) voiceGoesOn(cs int) bool {
	if sn.st.mustVoice == "" || sn.st.mustAt < sn.st.sentences-1 {
		return false
	}
	_, semi := sn.clauseBeforeSemicolon(cs) // "Ukraine must have guarantees; there should be no limits ...; and Russia cannot have a veto"
	f := sn.nextWord(0, false)
	numbered := (ordinals[sn.low(f)] || sn.low(f) == "finally") && sn.low(f+1) == "," && cs == f+2 // "Third, sanctions must be lifted."
	return (cs == 0 || numbered || semi >= 0) && !sn.anyIn(0, len(sn.toks), speechVerbs) && (!sn.st.mustWould || sn.wouldHaveTo(cs) || sn.anySettlement(cs))
}

// anySettlement reports whether the clause at cs opens on any settlement to
// come ("Any agreement must also address the root causes", "A final
// settlement must ..."): what it must hold is the voice's term, as a "would
// have to" is.
func (sn *sentence) anySettlement(cs int) bool {
	k := sn.nextWord(cs, false)
	if w := sn.low(k); w != "any" && w != "a" && w != "the" {
		return false
	}
	k++
	if w := sn.low(k); w == "final" || w == "future" || w == "lasting" || w == "eventual" {
		k++
	}
	return settlementNouns.has(sn.low(k))
}

// wouldHaveTo reports whether the clause at cs states terms: "would (also,
// still) have (need) to". But what "any" step or "these" terms would have
// to go through is a procedure, no term: "Russia demands the whole of
// Donbas. Any change of borders would have to be approved in a national
// referendum."
func (sn *sentence) wouldHaveTo(cs int) bool {
	w := sn.low(sn.nextWord(cs, false))
	for k := cs; k+2 < len(sn.toks) && sn.toks[k].text != ";"; k++ {
		if sn.low(k) == "would" {
			n := k + 1 + b2i(haveToAdverb(sn.low(k+1)))
			if (w == "any" || w == "these" || w == "those" || w == "such") && sn.low(n+2) == "be" && sn.in(n+3, procedureVerbs) {
				return false // but "Any Ukrainian troops there would have to leave" is a term
			}
			return (sn.low(n) == "have" || sn.low(n) == "need") && sn.low(n+1) == "to"
		}
	}
	return false
}

// procedureVerbs say what a step would have to go through: "would have to
// be approved in a referendum".
var procedureVerbs = set("approved", "ratified", "endorsed", "signed", "agreed", "put", "submitted", "decided", "negotiated", "discussed", "voted", "confirmed", "backed")

// purposeBefore returns where a purpose or condition clause that opens a
// reported clause at cs starts ("said that for any settlement to last, the
// root causes must ...": at "for"; "said that if Moscow kept refusing, its
// partners should ...": at "if"), or cs.
func (sn *sentence) purposeBefore(cs int) int {
	c := cs - b2i(sn.low(cs-1) == ",") // or no comma: "said that until the talks were over Ukraine must ..."
	for k := c - 1; k > 0 && k >= c-14 && sn.toks[k].word; k-- {
		if w := sn.low(k); (w == "for" || w == "if" || w == "unless" || w == "once" || w == "until" || w == "before" || w == "even" && sn.low(k+1) == "if") && sn.low(k-1) == "that" {
			return k // "said that for any settlement to last, ...", "said that if Moscow kept refusing a truce, ...", "as saying that even if part of Donbas became a demilitarised zone, ..."
		}
	}
	return cs
}

// noSubject reports whether the subject of the verb at i opens with "no"
// ("no European troops may be deployed", "not a single prisoner was
// exchanged", "none of the prisoners were exchanged").
func (sn *sentence) noSubject(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if w := sn.low(k); w == "no" || w == "none" || w == "not" && (sn.low(k+1) == "a" || sn.low(k+1) == "one") && k == sn.clauseStart(k) {
			return true
		}
		if !sn.toks[k].word || sn.in(k, clauseWords) || sn.in(k, speechVerbs) {
			return false
		}
	}
	return false
}

// dashedLength returns the length of a phrase set off by dashes between
// a and b ("the spirit of Anchorage — shorthand for a withdrawal — must"),
// or 0.
func (sn *sentence) dashedLength(a, b int) int {
	d := slices.IndexFunc(sn.toks[a:b], func(t token) bool { return t.text == "—" })
	if d < 0 {
		return 0
	}
	e := slices.IndexFunc(sn.toks[a+d+1:b], func(t token) bool { return t.text == "—" })
	if e < 0 {
		return 0
	}
	return e + 2
}

// pauseNouns name a pause or a meeting that a side may make depend on
// something: "any further restraint would depend on Ukraine ending its
// drone attacks".
var pauseNouns = set("restraint", "pause", "moratorium", "halt", "summit", "meeting")

// bestWayBefore returns where a subject that names the best way out ends
// at the verb at i and opens its clause ("the most just solution", "the
// only way forward", "the best option"), or -1.
func (sn *sentence) bestWayBefore(i int) int {
	n := i - 1 - b2i(sn.low(i-1) == "forward")
	if !wayNouns[sn.low(n)] {
		return -1
	}
	k, judged := n-1, false
	for k > 0 && bestWords[sn.low(k)] {
		judged, k = true, k-1
	}
	if !judged || sn.low(k) != "the" || sn.clauseStart(i) != k {
		return -1
	}
	return k
}

// wayNouns and bestWords name the best way out in a speaker's subject:
// "the only solution", "the most just way forward".
var (
	wayNouns  = map[string]bool{"solution": true, "way": true, "option": true, "answer": true, "path": true, "outcome": true, "formula": true}
	bestWords = map[string]bool{"best": true, "only": true, "most": true, "just": true, "fairest": true, "right": true, "realistic": true, "sensible": true}
)

// inCondition reports whether the word at i stands in a clause opened by
// "if", "unless" or "whether".
func (sn *sentence) inCondition(i int) bool {
	cs := sn.clauseStart(i)
	w := sn.low(cs - 1)
	if cs == 0 || sn.low(cs) == "if" || sn.low(cs) == "unless" {
		w = sn.low(cs) // the sentence opens on it
	}
	return w == "if" || w == "unless" || w == "whether"
}

// readyToo returns the cue of the main clause that answers a supposed
// readiness with its own ("If Russia is ready for a full ceasefire,
// Ukraine is ready too"): an offer of what the condition names, at the
// condition's "ready"; or nil.
func (sn *sentence) readyToo(i int) *cue {
	for k := i + 2; k+1 < len(sn.toks); k++ {
		if sn.low(k) != "," {
			continue
		}
		for r := k + 1; r < len(sn.toks) && r <= k+5; r++ {
			if sn.in(r, readyWords) && (sn.low(r+1) == "too" || sn.low(r+1) == "as" && sn.low(r+2) == "well" || !sn.toks[min(r+1, len(sn.toks)-1)].word) && sn.in(r-1, beWords) {
				if p, _ := sn.subjectOf(r); len(p) == 1 {
					return &cue{kind: Proposal, form: formOffer, at: i, end: i + 2, party: p[0]}
				}
			}
		}
		return nil
	}
	return nil
}

// timesOver reports whether "several times", "many times", "three times"
// or "a number of times" stands at k: how often a speaker said what follows.
func (sn *sentence) timesOver(k int) bool {
	if sn.low(k) == "a" && sn.low(k+1) == "number" && sn.low(k+2) == "of" {
		return sn.low(k+3) == "times"
	}
	w := sn.low(k)
	return (w == "several" || w == "many" || w == "countless" || sn.toks[min(k, len(sn.toks)-1)].numeric()) && sn.low(k+1) == "times"
}

// reported reports whether the clause starting at cs is reported speech:
// it follows a speech verb, or "that" after one.
func (sn *sentence) reported(cs int) bool {
	if ps, semi := sn.clauseBeforeSemicolon(cs); semi > 0 {
		// "Decisions on territory, they wrote, are for Ukraine to take;
		// borders must not be changed by force; ...": a clause after a
		// semicolon goes on with the report of the ones before
		return sn.anyIn(ps, semi, speechVerbs) || ps > 0 && sn.reported(ps)
	}
	k := cs - 1
	if sn.low(k) == "that" && (sn.low(k-1) == "and" || sn.low(k-1) == "but" || sn.low(k-1) == ",") {
		// "Zelenskyy says (made plain that) X, and that Y": the second
		// clause reported too
		return sn.speechBefore(k) >= 0 || sn.madeClear(0, k) || len(sn.replyThat(k)) > 0 // or "Zelensky's reply was that X, and that Y"
	}
	if sn.low(k) == "that" && sn.in(k-1, beWords) && sn.replyBefore(k-1) {
		return true // "Medinsky's reply, relayed to reporters, is that ..."
	}
	if sn.low(k) == "that" {
		a := k - 1
		for a > 0 && a > k-8 && sn.toks[a-1].word {
			a--
		}
		if sn.madeClear(a, k) {
			return true // "Putin made clear in a call with Trump that ..."
		}
		k--
		if k >= 0 && sn.mentAt[k] >= 0 {
			k = sn.ments[sn.mentAt[k]].start - 1 // "told Trump that"
		}
		for n := k; n >= 0 && n > k-10 && sn.toks[n].word; n-- {
			if sn.low(n) == "told" || sn.low(n) == "tells" || sn.low(n) == "assured" || sn.low(n) == "warned" {
				k = n // "told his security council that"
				break
			}
			if n < k && (sn.in(n, speechVerbs) || sn.participleSpeechAt(n)) && sn.low(n+1) != "to" && (sn.in(n+1, prepositions) || sn.low(n+1) == "as" || sn.low(n+1) == "out" || sn.in(n+1, timeOpeners) && sn.low(n+1) != "that" || sn.timesOver(n+1)) {
				k = n // "said in a joint statement that", "saying as late as Wednesday that", "pointed out that", "has repeated several times in recent days that"
				break
			}
		}
		for k > 0 && (sn.in(k, skipWords) && strings.HasSuffix(sn.low(k), "ly") || sn.low(k) == "afterwards" || sn.low(k) == "later" || sn.low(k) == "again" || sn.low(k) == "only") && (sn.in(k-1, speechVerbs) || sn.participleSpeechAt(k-1)) {
			k-- // "has said repeatedly that", "said afterwards that", "saying only that"
		}
	}
	if sn.in(k, tellObjects) && (sn.low(k-1) == "told" || sn.low(k-1) == "tells") {
		k-- // "told reporters any deal must ...": over whom he told
	}
	if sn.participleSpeech(k) || sn.participleSpeechAt(k) && k > 0 && (sn.mentAt[k-1] >= 0 || sn.quotedAs(k) != "") {
		return true // "..., saying any agreement would have to be ...", "with Merz saying that ...", "quotes Ushakov as saying that ..."
	}
	if sn.low(k) == "," && k >= 2 && sn.in(k-1, speechVerbs) && (sn.in(k-2, pronouns) || sn.mentAt[k-2] >= 0) && sn.low(k-3) == "," {
		return true // "For any settlement to last, he said, all the root causes must ..."
	}
	if sn.low(k) == "," && sn.asideBefore(cs) > 0 {
		return true // "If there is to be a zone, Ukraine's president said, both sides must ..."
	}
	if _, c := sn.voiceOpens(); c >= 0 && c == k || k == 3 && sn.accordingToPronoun() {
		return true // "According to Peskov, any deal must ...", "As Zelensky put it, ...", "According to him, ..."
	}
	for n := k - 1; sn.low(k) == ":" && n >= 0 && n >= k-4 && sn.toks[n].word && !sn.in(n, clauseWords); n-- {
		if sn.in(n, speechVerbs) {
			return true // "Russia's position was unchanged, he said: Ukraine had to ...", "The leaders added two more: there can be no ..."
		}
	}
	return k >= 0 && sn.in(k, speechVerbs)
}

// accordingToPronoun reports whether the sentence opens with "According to
// him," or "According to her,": the voice of the one named before.
func (sn *sentence) accordingToPronoun() bool {
	w := sn.low(2)
	return sn.low(0) == "according" && sn.low(1) == "to" && (w == "him" || w == "her") && sn.low(3) == ","
}

// anyThing open a subject that stands for whatever a deal will hold:
// "Any elements touching on NATO", "every agreement".
var anyThing = map[string]bool{"any": true, "every": true, "all": true}

// holdOutFor reports whether "hold(s/ing) out for" at i holds out for a
// position ("is holding out for a full ceasefire"), not for a time ("held
// out for two weeks", "for a month", "for months").
func (sn *sentence) holdOutFor(i int) bool {
	switch sn.low(i) {
	case "hold", "holds", "holding", "held":
	default:
		return false
	}
	if sn.low(i+1) != "out" || sn.low(i+2) != "for" {
		return false
	}
	for k := i + 3; k < len(sn.toks) && k < i+7 && sn.toks[k].word; k++ {
		switch strings.TrimSuffix(sn.low(k), "s") {
		case "day", "week", "month", "year", "decade", "hour", "while", "longer", "time":
			return false // "for months", "for nearly three years", "for more than 1,000 days"
		case "long":
			if sn.low(k+1) != "-" {
				return false // "for so long"; but "for a long-term ceasefire"
			}
		}
	}
	return true
}

// voiceOpens reads an opening phrase that gives a named side's voice to
// the rest of the sentence, "According to Peskov,", "According to the
// Kremlin's readout,", "As Zelensky put it,", and returns the side's
// mention and the phrase's comma; or -1, -1.
func (sn *sentence) voiceOpens() (m, comma int) {
	f := sn.nextWord(0, false)
	as := sn.low(f) == "as"
	switch {
	case sn.low(f) == "according" && sn.low(f+1) == "to":
		f += 2
	case as:
		f++
	default:
		return -1, -1
	}
	f += b2i(sn.low(f) == "the")
	if m = sn.mentAt[min(f, len(sn.toks)-1)]; m < 0 {
		return -1, -1
	}
	e := sn.ments[m].end
	if sn.ments[m].poss && !as && sn.toks[min(e, len(sn.toks)-1)].word && !sn.in(e, otherNouns) {
		e++ // "the Kremlin's readout"; but "According to Moscow's critics,": not Moscow's voice
	}
	if as {
		if sn.low(e) != "put" || sn.low(e+1) != "it" {
			return -1, -1
		}
		e += 2
	}
	if !as && sn.isAdjectiveMention(sn.ments[m]) {
		// "According to the Russian Ministry of Foreign Affairs,", "the
		// Russian foreign ministry": the side's office speaks for it
		agent, headed := false, false // the office's head noun, before any "of": not "Russian military bloggers"
		for n := e; n < len(sn.toks) && n < e+5 && sn.toks[n].word && !mediaWords[sn.low(n)]; n++ {
			if !headed {
				agent = sn.in(n, agentNouns) // but "According to Russian state media," reports
			}
			headed = headed || sn.in(n+1, prepositions)
			if sn.low(n+1) == "," && agent {
				e = n + 1
				break
			}
		}
	}
	if sn.low(e) != "," {
		return -1, -1
	}
	return m, e
}

// madeClear reports whether "made (it) clear" (or "plain") ends in
// toks[a:b].
func (sn *sentence) madeClear(a, b int) bool { return sn.madeClearVerb(a, b) >= 0 }

// madeClearVerb returns where the "made" of a "made (it) clear" that ends
// in toks[a:b] stands, or -1.
func (sn *sentence) madeClearVerb(a, b int) int {
	for n := max(a, 1); n < b; n++ {
		v := n - 1
		if sn.low(v) == "it" {
			v-- // "has made it clear that"
		}
		if w := sn.low(v); (sn.low(n) == "clear" || sn.low(n) == "plain") && (w == "made" || w == "makes" || w == "making") {
			return v
		}
		if c := v - b2i(strings.HasSuffix(sn.low(v), "ly")); stanceWords[sn.low(n)] && sn.low(n+1) == "that" && (sn.in(c, beWords) || sn.low(c) == "remained" || sn.low(c) == "remains") && !sn.in(c-1, refusedPronouns) && sn.low(c-1) != "been" {
			return c // "The Kremlin is adamant that ...", "Kyiv has been clear that ...": what it says; but "it is clear that" says nothing of anyone
		}
	}
	return -1
}

// stanceWords say how firmly a side holds what its that-clause says: "is
// adamant that".
var stanceWords = map[string]bool{"adamant": true, "firm": true, "clear": true, "insistent": true, "emphatic": true,
	"categorical": true, "unequivocal": true, "explicit": true, "unambiguous": true, "determined": true}

// replyNouns are what a party's answer is called: "Medinsky's reply is
// that ...".
var replyNouns = map[string]bool{"reply": true, "answer": true, "response": true, "message": true,
	"argument": true, "view": true, "line": true, "position": true, "condition": true, "account": true}

// replyBefore reports whether the subject of the verb at be is a party's
// reply, over an aside: "Medinsky's reply, relayed to reporters, is".
func (sn *sentence) replyBefore(be int) bool { return sn.replyOwner(be) != nil }

// replyOwner returns the party whose reply is the subject of the verb at
// be (see replyBefore), or nil.
func (sn *sentence) replyOwner(be int) []string {
	k := be - 1
	for n := 0; n < 4 && k > 0 && sn.low(k) == ","; n++ {
		// over asides: "Ukraine's position, as described by Rustem
		// Umerov, its top negotiator, is"
		if replyNouns[sn.low(k-1)] {
			k--
			break
		}
		for k--; k > 0 && sn.low(k) != ","; k-- {
		}
	}
	if k > 0 && replyNouns[sn.low(k)] {
		if m := sn.mentAt[k-1]; m >= 0 && sn.ments[m].poss {
			return []string{sn.ments[m].party}
		}
		if m := sn.mentAt[max(0, k-2)]; m >= 0 && sn.toks[k-1].poss && sn.in(k-1, agentNouns) && sn.isAdjectiveMention(sn.ments[m]) {
			return []string{sn.ments[m].party} // "The Russian side's answer"
		}
		if sn.in(k-1, possPronouns) {
			return sn.pronoun(k - 1) // "His condition, repeated this month, is that"
		}
	}
	return nil
}

// replyClause returns whose reply the clause of the token at is:
// "Ushakov's answer was that Russian police would have to remain", also
// past a condition ("Zelensky's reply was that if Ukrainian troops pull
// back, Russian troops must pull back too"); or nil.
func (sn *sentence) replyClause(at int) []string { return sn.replyThat(sn.clauseStart(at) - 1) }

// replyThat returns whose reply the that-clause opening at t is: "Ushakov's
// answer was that ...", and the second clause of "Zelensky's reply was
// that X, and that Y"; else nil.
func (sn *sentence) replyThat(t int) []string {
	if sn.low(t) == "if" {
		t--
	}
	if sn.low(t) == "that" && (sn.low(t-1) == "and" || sn.low(t-1) == ",") {
		for n := t - 2; n > 1; n-- {
			if sn.low(n) == "that" && sn.in(n-1, beWords) {
				return sn.replyOwner(n - 1)
			}
		}
		return nil
	}
	if sn.low(t) != "that" || !sn.in(t-1, beWords) {
		return nil
	}
	return sn.replyOwner(t - 1)
}

// setOut reports whether the clause starting at cs follows a colon (or
// a clause after one) after a named subject: "Von der Leyen set out the principles: Ukraine's armed
// forces must not be limited" states her position.
func (sn *sentence) setOut(cs int) bool { return len(sn.setOutBy(cs)) > 0 }

// setOutBy returns who sets out the clause at cs after a colon (see
// setOut), or nil.
func (sn *sentence) setOutBy(cs int) []string {
	colon := cs - 1
	for sn.low(colon) == ";" || sn.low(colon) == "and" && sn.low(colon-1) == ";" {
		// "...: A had to come first; B had to sit at the table; and C":
		// every clause of the list the colon opens
		if sn.low(colon) == "and" {
			colon--
		}
		for colon--; colon > 0 && sn.low(colon) != ":" && sn.low(colon) != ";" && !sn.in(colon, speechVerbs); colon-- {
		}
	}
	if sn.low(colon) == "and" && sn.low(colon-1) == "," {
		// "...: borders cannot be changed by force, and Ukraine's armed
		// forces must not be limited": the second clause after the colon.
		for colon = cs - 2; colon > 0 && sn.low(colon) != ":" && !sn.in(colon, speechVerbs); colon-- {
		}
	}
	if sn.low(colon) != ":" {
		return nil
	}
	for k := colon - 1; k > 1; k-- {
		if sn.low(k) == "whose" && sn.low(k-1) == "," && sn.mentAt[k-2] >= 0 {
			return []string{sn.ments[sn.mentAt[k-2]].party} // "flanked by European leaders, whose message was consistent: ..."
		}
	}
	aside := colon // ", as a Ukrainian official later described them to reporters:": who reported the label, not whose it is
	for k := colon - 2; k > 1 && k > colon-14; k-- {
		if sn.low(k) == "as" && sn.low(k-1) == "," && (sn.anyIn(k+1, colon, speechVerbs) || sn.anyText(k+1, colon, "described") || sn.anyText(k+1, colon, "put")) {
			aside = k - 1
			break
		}
	}
	for n := len(sn.ments) - 1; n >= 0; n-- {
		m := sn.ments[n]
		if m.end >= aside {
			continue
		}
		// the subject nearest the colon: "Five days before Trump met Putin,
		// European leaders set out ...:"
		if !m.poss && !sn.afterPreposition(m) && (!sn.isAdjectiveMention(m) || sn.in(m.end, agentNouns)) && sn.subjectPosition(m) {
			return []string{m.party} // "Von der Leyen set out ...:", "European leaders set out ...:"
		}
		if m.poss {
			h := m.end
			for h < m.end+2 && (conditionAdjectives[sn.low(h)] || sn.low(h) == "own" || sn.low(h) == "latest") {
				h++ // "The Kremlin's core condition is unchanged:"
			}
			if replyNouns[sn.low(h)] || sn.textNounAt(h) || sn.in(h, termNouns) {
				return []string{m.party} // "Moscow's view was set out by Zakharova ...:", "Zelensky's answer was conditional:", "Europe's joint statement set out limits:"
			}
		}
		if sn.isAdjectiveMention(m) && sn.textNounAt(m.end) && (sn.toks[m.end].poss || sn.toks[min(m.end+1, len(sn.toks)-1)].poss) {
			return []string{m.party} // "The European statement's key points:"
		}
	}
	if f := sn.nextWord(0, false); f < colon && sn.in(f, possPronouns) && (sn.textNounAt(f+1) || keyPoints(sn.low(f+1), sn.low(f+2), sn.low(f+3))) {
		return sn.pronoun(f) // "Their joint statement set out limits: ...", "Its key lines: ..."
	}
	return sn.answerLabel()
}

// keyPoints reports whether three words open a label of a text's main
// points: "key lines:", "main points:".
func keyPoints(a, b, c string) bool {
	return (a == "key" || a == "main" || a == "core") && (b == "lines" || b == "points" || b == "passages" || b == "elements") && c == ":"
}

// textNounAt reports whether a text noun, maybe after one adjective,
// starts at k: "statement", "joint statement".
func (sn *sentence) textNounAt(k int) bool {
	return sn.in(k, textNouns) || sn.toks[min(k, len(sn.toks)-1)].word && sn.in(k+1, textNouns)
}

// answerLabel returns whose answer a colon opens ("His answer: any such
// change would have to be put to a referendum"), or nil.
func (sn *sentence) answerLabel() []string {
	for k := 1; k+1 < len(sn.toks) && k < 4; k++ {
		c := k + 1
		if sn.in(c, beWords) && sn.low(c+2) == ":" {
			c += 2 // "Zelensky's reply was conditional:"
		}
		if sn.low(c) != ":" {
			continue
		}
		switch sn.low(k) {
		case "answer", "reply", "response", "message", "line", "verdict":
		default:
			return nil
		}
		if m := sn.mentAt[k-1]; m >= 0 && sn.ments[m].poss {
			return []string{sn.ments[m].party} // "Kyiv's answer:"
		}
		if sn.in(k-1, possPronouns) {
			return sn.pronoun(k - 1)
		}
		return nil
	}
	return nil
}

// partySubjectStart returns where the party subject of the modal at i
// starts ("Russian troops must": at "Russian"), or -1 when its subject is
// not a party.
func (sn *sentence) partySubjectStart(i int) int {
	start := -1
	for j := i - 3; j > 0 && j >= i-13; j-- {
		if sn.saidAside(j) == i || sn.accordingAside(j) == i {
			i = j // "Germany, he said, could contribute forces", "Washington, according to its statement, will help": the subject before the aside
			break
		}
	}
	for k, limit := i-1, i-4; k >= 0 && k >= limit; k-- {
		t := sn.toks[k]
		switch {
		case (t.low == "and" || t.low == "the" && sn.low(k-1) == "and") && start >= 0 && sn.mentAt[max(k-1-b2i(t.low == "the"), 0)] >= 0:
			limit -= 3 // "Europe and the United States had to": both
			continue
		case sn.mentAt[k] >= 0 && !t.poss:
			if m := sn.ments[sn.mentAt[k]]; sn.afterPreposition(m) && !sn.isAdjectiveMention(m) {
				return -1 // "every child taken from Ukraine must be returned": not the subject
			}
			if m := sn.ments[sn.mentAt[k]]; sn.plainParticiple(m.start - 1) {
				return -1 // "no deal touching European security could be struck without ...": the object of a participle
			}
			start = sn.ments[sn.mentAt[k]].start
			k = start
		case t.word && (t.in(agentNouns) || t.low == "the") && start < 0:
			continue
		case t.low == "no" && start >= 0:
			return k // "no European troops may be deployed": the whole subject
		case t.low == "of" && start >= 0:
			return -1 // "the security of Ukraine should be ensured": the party is no subject
		default:
			return start
		}
	}
	return start
}

// onlyCondition returns the index of the condition word in "only stop
// firing once ...", "only after ...", or -1.
func (sn *sentence) onlyCondition(from int) int {
	for k := range sn.overAsides(from, 5, sn.saidAside) { // "could only work, Putin told Trump last week, if ..."
		switch sn.low(k) {
		case "once", "after", "if", "when", "during":
			return k // "could only be held during a ceasefire"
		case "with":
			switch sn.low(from - 2) {
			case "come", "happen", "work", "end", "possible", "be", "last", "start", "begin":
				if k == from && (sn.low(k+1) == "a" || sn.low(k+1) == "the") {
					return k // "a ceasefire could come only with a full settlement"; not "dealt only with the operation of the missions"
				}
			}
		case "as":
			if sn.low(k+1) == "long" && sn.low(k+2) == "as" {
				return k + 2 // "would accept a truce only as long as Kyiv halts mobilisation"
			}
			if sn.low(k+1) == "part" && sn.low(k+2) == "of" {
				return k + 2 // "an energy truce was possible only as part of a comprehensive settlement"
			}
		}
		if !sn.toks[k].word || sn.toks[k].party {
			return -1
		}
	}
	return -1
}

// conditionNoun returns the index of "the precondition" in "makes X the
// precondition", or -1.
func (sn *sentence) conditionNoun(from int) int {
	for k := from; k < len(sn.toks) && k < from+25; k++ {
		t := sn.toks[k]
		if !t.word && t.text != "," && t.low != "\"" && t.text != "-" || t.low == "conditional" || t.low == "dependent" || t.low == "contingent" {
			return -1 // "made any truce conditional on ...": the condition follows
		}
		if (t.low == "a" || t.low == "the" || t.low == "an" || t.low == "its" || t.low == "their") && k+1 < len(sn.toks) {
			n := k + 1
			made := func(n int) bool {
				if sn.low(n) == "must" {
					return t.low != "the" && !sn.toks[n-1].party // "made it a must", but "the U.S. must acquire it" is a modal
				}
				return sn.in(n, conditionNouns) || sn.low(n) == "demand" && !sn.anyText(from, k, ",")
			}
			for n < len(sn.toks) && n < k+3 && !made(n) && sn.toks[n].word {
				n++
			}
			if made(n) {
				return k // also "has made their return a standing demand"
			}
		}
	}
	return -1
}

// negationReaches reports whether a negation reaches over token t, at k,
// to the verb at i: a word of skipWords, or an adverb right before the
// verb ("will not legally recognise").
func negationReaches(t *token, k, i int) bool {
	return t.in(skipWords) || strings.HasSuffix(t.low, "ly") && len(t.low) > 4 && k >= i-2
}

// negationStart returns where the negation of the verb at i starts ("will
// not recognize": at "not").
func (sn *sentence) negationStart(i int) int {
	start := i
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := sn.toks[k]
		if w := t.low; (w == "circumstances" || w == "account" || w == "means" || w == "way") && sn.low(k-1) == "no" && k >= 2 {
			return k - 2 // "under no circumstances accept ..."
		}
		if !t.word || !(negationReaches(&t, k, i) || t.in(negations) || strings.HasSuffix(t.low, "n't") || t.low == "to") {
			break // "will not legally recognise": over the adverb, as negated reads it
		}
		if t.in(negations) || strings.HasSuffix(t.low, "n't") {
			start = k
		}
	}
	return start
}

// anonymity reports whether the words at k keep a source unnamed: "(an
// official who asked) not to be named", "not to be identified", "(who did
// not) want to be named".
func (sn *sentence) anonymity(k int) bool {
	if w := sn.low(k); w != "not" && w != "want" || sn.low(k+1) != "to" || sn.low(k+2) != "be" {
		return false
	}
	switch sn.low(k + 3) {
	case "named", "identified", "quoted":
		return true
	}
	return false
}

// norInverted reports whether the verb at i is negated by the "Nor" that
// opens the sentence with an auxiliary and a subject after it: "Nor is
// Russia ready to accept", "Nor did he accept"; not a cue further on
// ("Nor has Moscow budged from its central condition").
func (sn *sentence) norInverted(i int) bool {
	n := sn.nextWord(0, false)
	if sn.low(n) != "nor" || i > n+8 || !sn.in(n+1, skipWords) {
		return false
	}
	for k := n + 2; k < i; k++ {
		if t := sn.toks[k]; !t.word || t.in(prepositions) && t.low != "to" || t.in(clauseWords) {
			return false
		}
	}
	return true
}

// negatedSpan is the refused verb at i up to end with its negation ("will
// not recognize": from "not"); a clause opened by "Nor" or "Neither" lends
// the verb a "not" ("Nor will Kyiv agree to give up land": "not agree to
// give up land").
func (sn *sentence) negatedSpan(i, end int) []token {
	ns := sn.negationStart(i)
	if ns < i {
		return sn.span(ns, end)
	}
	return append([]token{madeWord("not")}, sn.span(i, end)...)
}

// markPassive sets c.passive for "was demanded (by Moscow)".
func (sn *sentence) markPassive(c *cue) {
	w := sn.toks[c.at].low
	if !(strings.HasSuffix(w, "ed") || w == "sought" || w == "put" || w == "taken" || w == "set") {
		return
	}
	lim := c.at - 4
	for k := c.at - 1; k >= 0 && k >= lim; k-- {
		l := sn.toks[k].low
		if l == "," && k == c.at-1 {
			// "It was, by contrast, insisted by ...": over the aside
			for n := k - 1; n > 0 && n >= k-5; n-- {
				if sn.low(n) == "," {
					lim -= k - n + 1
					k = n
					break
				}
			}
			if k != c.at-1 {
				continue
			}
		}
		if beWords.has(l) || l == "get" || l == "got" {
			c.passive = true
			return
		}
		if !skipWords.has(l) && l != "%" && l != "\"" && !isNumber(l) && !passiveAdverb(l) {
			return // but "was 90% agreed", "was largely agreed", "was once again sought"
		}
	}
}

// asCondition reports whether "as" and a condition follow from k, over an
// agent: "by the Kremlin as a key condition", "as one of the main
// preconditions", "as conditions for a lasting ceasefire".
func (sn *sentence) asCondition(k int) bool {
	for n := k; n < len(sn.toks) && n < k+10; n++ {
		if sn.low(n) != "as" {
			if !sn.toks[n].word {
				return false
			}
			continue
		}
		for m := n + 1; m < len(sn.toks) && m <= n+5; m++ {
			w := sn.low(m)
			if isConditionNoun(w) || w == "demand" || w == "demands" || w == "requirement" || w == "requirements" {
				return true
			}
			if !sn.toks[m].word && w != "\"" {
				return false
			}
		}
		return false
	}
	return false
}

// asJudged reports whether "as" and a word of rejection follow at k:
// "described as unacceptable".
func (sn *sentence) asJudged(k int) bool {
	return sn.low(k) == "as" && sn.in(k+1, rejectAdjectives)
}

// toInfinitive reports whether "to" and a word follow within n tokens
// from i: "asked him to," with its verb left out is no infinitive.
func (sn *sentence) toInfinitive(i, n int) bool {
	for k := i; k < len(sn.toks) && k < i+n; k++ {
		if sn.toks[k].low == "to" {
			return k+1 < len(sn.toks) && sn.toks[k+1].word
		}
		if t := sn.toks[k]; !t.word && t.text != "," {
			return false
		}
	}
	return false
}

// closingComma returns the comma that closes a short aside opened by the
// comma at k ("pressed, once again, for"), or -1.
func (sn *sentence) closingComma(k int) int {
	for n := k + 1; n < len(sn.toks) && n <= k+7; n++ {
		if sn.low(n) == "," {
			return n
		}
		if !sn.toks[n].word {
			return -1
		}
	}
	return -1
}

// toAfterAside reports whether a "to" and a verb follow an aside between
// commas after the words from i: "agreed with the United States, after
// separate talks in Riyadh, to ensure ...".
func (sn *sentence) toAfterAside(i int) bool {
	c := slices.IndexFunc(sn.toks[i:min(len(sn.toks), i+5)], func(t token) bool { return !t.word })
	if c < 0 || sn.toks[i+c].text != "," {
		return false
	}
	for k := i + c + 1; k < len(sn.toks) && k < i+c+12; k++ {
		if t := sn.toks[k]; !t.word {
			if t.text == "," && sn.low(k+1) == "with" && sn.low(i+c-1) == "and" {
				return sn.toInfinitive(k+2, 5) // "agreed with Russia and, separately, with Ukraine to ensure ..."
			}
			return t.text == "," && sn.low(k+1) == "to" && k+2 < len(sn.toks) && sn.toks[k+2].word
		}
	}
	return false
}

func (sn *sentence) hasWordAhead(i int, w string, n int) bool {
	for k := i + 1; k < len(sn.toks) && k <= i+n; k++ {
		if sn.toks[k].low == w {
			return true
		}
		if t := sn.toks[k]; !t.word && t.text != "," {
			return false
		}
	}
	return false
}

// clauseOpening reports whether token i opens a clause (the sentence or
// what follows a comma, a colon or a conjunction).
func (sn *sentence) clauseOpening(i int) bool {
	if i == 0 || i == 1 && sn.bullet() {
		return true // "- Under the framework, ..." opens its point
	}
	p := sn.toks[i-1]
	return p.text == "," || p.text == ";" || p.text == ":" || p.text == "—" || p.low == "and" || p.low == "but" || p.low == "that" || p.text == "\"" || p.text == "“"
}

// underCue reads "Under Russia's terms," up to the comma.
func (sn *sentence) underCue(i int) (cue, bool) {
	start := i + 1
	if sn.low(i) == "according" {
		start++
	}
	if sn.in(start, months) || sn.in(start, timeNouns) || isNumber(sn.low(start)) {
		return cue{}, false // "In November a 28-point draft, written by ..., leaked": a date
	}
	if sn.low(i) == "under" && sn.low(start) == "it" && sn.low(start+1) == "," && sn.st.lastDoc != "" && sn.st.ownedAt == sn.st.sentences-1 && sn.st.owner[sn.st.lastDoc] != "" {
		return cue{kind: sn.st.lastDoc, form: formUnder, at: start, end: start + 2}, true // "read out Moscow's memorandum. Under it, ..."
	}
	for k, limit := start, start+9; k < len(sn.toks) && k < limit; k++ {
		t := sn.toks[k]
		if t.text == "," && k+1 < len(sn.toks) && sn.mentAt[k-1] >= 0 && sn.mentAt[k+1] >= 0 && !sn.ments[sn.mentAt[k+1]].poss {
			limit += 3
			continue // "Under the version circulated by Britain, France and Germany, ...": a list of names
		}
		if t.text == "," {
			if a := sn.low(start); sn.low(i) == "according" && (a == "a" || a == "an") && !slices.ContainsFunc(sn.mentAt[start:k], func(m int) bool { return m >= 0 }) {
				return cue{}, false // "according to a version seen by several outlets": whose it is, unsaid
			}
			for n := k - 1; n >= start; n-- {
				w := sn.toks[n].low
				kind, ok := nounCues[w]
				if docNouns.has(w) && !ok {
					kind, ok = sn.docKind(w), true // "Under the Russian document, ..."
				}
				if optionWords.has(w) && sn.st.lastDoc != "" {
					kind, ok = sn.st.lastDoc, true // "Under the second, Kyiv would ..."
				}
				if !ok || sn.toks[n].party {
					continue
				}
				if termNouns.has(w) {
					kind = Demand
				}
				if kind == Proposal && sn.toks[n].caps && w == "initiative" {
					kind = Agreement // "Under the Black Sea Grain Initiative, ...": a named scheme in force
				}
				return cue{kind: kind, form: formUnder, at: n, end: k + 1}, true
			}
			return cue{}, false
		}
		if !t.word && t.text != "-" && t.text != "'" && t.text != "’" {
			return cue{}, false
		}
	}
	return cue{}, false
}

// offerCue reads "Russia would order a ceasefire", "the United States
// would help provide guarantees": a party's offer when the party itself
// says it, when the sentence already makes an offer, or when a condition
// follows. Another party's guess at it ("Zelenskyy said Russia would
// turn it down") is no offer.
func (sn *sentence) offerCue(i int) (cue, bool) {
	v := sn.nextWord(i+1, true)
	start := sn.partySubjectStart(i)
	// "In return, Russia would freeze ...", "..., in return for which
	// Russian forces would halt their advance": what is given for a demand
	inReturn := sn.inReturnAt(0) && sn.low(2) == "," ||
		start > 3 && sn.low(start-1) == "which" && sn.low(start-2) == "for" && sn.inReturnAt(start-4)
	if v >= len(sn.toks) || !(sn.in(v, offerVerbs) || resumeVerbs[sn.low(v)] || inReturn || sn.inReturnAhead(v) || sn.visionAhead(v)) || sn.negated(v) || sn.quoted[i] || sn.low(v-1) == "only" || sn.onlyCondition(v+1) > 0 ||
		sn.verbCue(v) == Demand || sn.in(v, askVerbs) { // "In exchange, Kyiv would expect guarantees": what it asks for, not what it gives
		return cue{}, false
	}
	named := -1 // the mention that opens the subject: "Russia", "no European troops"
	for k := max(start, 0); start >= 0 && k < i && named < 0; k++ {
		named = sn.mentAt[k]
	}
	var subject string
	each := start < 0 && sn.eachSide(sn.prevWord(i)) && (sn.anyIn(v, min(v+6, len(sn.toks)), exchangeWords) || sn.visionAhead(v))
	switch {
	case each:
		// "Each side will also hand back the bodies of 6,000 soldiers":
		// what both sides will do
		start = sn.prevWord(i) - 1
		if p := sn.bothSides(); len(p) > 0 {
			subject = p[0]
		}
	case named >= 0 && !sn.ments[named].poss:
		subject = sn.ments[named].party
	case start < 0 && (sn.low(i-1) == "he" || sn.low(i-1) == "she") && sn.low(i-2) == "that" && sn.speechBefore(i-2) >= 0:
		// "Putin told Trump that he would freeze the front lines if ...":
		// the speaker offers.
		start = i - 1
		if sp, _ := sn.subjectOf(sn.speechBefore(i)); len(sp) > 0 {
			subject = sp[0]
		}
	case start < 0 && (sn.low(i-1) == "it" || sn.low(i-1) == "they") && sn.in(i-2, speechVerbs) && sn.low(v) != "consider" && sn.low(v) != "regard" && sn.low(v) != "treat" && !sn.anyIn(v, min(v+6, len(sn.toks)), exchangeWords):
		// "The US said it would help restore Russia's access ...": the
		// speaker offers.
		start = i - 1
		if sp, _ := sn.subjectOf(i - 2); len(sp) > 0 {
			subject = sp[0]
		}
	}
	if subject == "" {
		return cue{}, false
	}
	if sn.inCondition(start) {
		return cue{}, false
	}
	cs := sn.clauseStart(start)
	both := each || sn.bothSubject(start, i) && (sn.anyIn(v, min(v+6, len(sn.toks)), exchangeWords) || resumeVerbs[sn.low(v)])
	ok := inReturn || both // "In return, the person said, Russia would freeze the front line"; what both sides will do, whoever says it
	switch {
	case ok:
	case sn.reported(cs) || cs > 0 && sn.low(cs-1) == "that":
		speakers, _ := sn.speakers(start)
		ok = slices.Contains(speakers, subject)
		if !ok {
			for k := cs - 1; k >= 0; k-- {
				if sn.in(k, speechVerbs) {
					sp, head := sn.subjectOf(k)
					// "The statement on the Russian talks added that the United
					// States would help ...": a text of the talks says it; but
					// not "Lavrov, in a statement, said that ..."
					n := sn.nextWord(sn.clauseStart(k), false)
					n += b2i(sn.low(n) == "the")
					ok = len(speakers) == 0 && len(sp) > 0 && sp[0] == subject || textNouns.has(head) || sn.textNounAt(n)
					break
				}
			}
		}
	case cs == 0 || sn.low(start-1) == "and" || sn.low(cs-1) == ":":
		for _, o := range sn.cues {
			ok = ok || o.kind == Proposal && o.at < start
		}
		ok = ok || sn.conditionAhead(v) || cs == 0 && sn.st.offered > 0 || sn.saysItself(subject, start, v)
	}
	if ok && !both && !inReturn {
		if sp := sn.asideSpeaker(start, i); len(sp) == 1 && sp[0] != subject && slices.ContainsFunc(sn.mentAt[start:i], func(m int) bool { return m >= 0 && sn.ments[m].party == sp[0] }) {
			ok = false // "Zelensky, Trump posted, could end the war almost immediately": another's claim, no offer
		}
	}
	kind := Proposal
	if both || start > 2 && sn.low(start-1) == "that" && sn.low(start-2) == "and" && sn.agreementBefore(start-2) && sn.low(v) != "help" {
		// "Russia and Ukraine will each hand back the bodies of 6,000
		// soldiers": what both sides will do; "the parties had agreed to
		// exchange the wounded, and that Russia would hand over 6,000
		// bodies": a term of what they agreed
		kind = Agreement
	}
	return cue{kind: kind, form: formOffer, at: start, end: v, party: subject}, ok
}

// visionAhead reports whether the clause from v sets out a side's vision
// of a ceasefire on paper: "each side would set out in detail, on paper,
// its own vision of a possible future ceasefire", what both agreed to do.
func (sn *sentence) visionAhead(v int) bool {
	switch sn.low(v) {
	case "set", "put", "present", "draft", "write", "hand", "submit", "prepare", "share":
	default:
		return false
	}
	for k := v + 1; k < len(sn.toks) && k < v+12; k++ {
		if w := sn.low(k); w == "vision" || w == "visions" {
			return true
		}
		if sn.toks[k].text == "." || sn.toks[k].text == ";" {
			return false
		}
	}
	return false
}

// resumeVerbs are what two sides "would" do together that is a deal
// between them: "Washington and Moscow would resume military-to-military
// dialogue".
var resumeVerbs = map[string]bool{"resume": true, "restore": true, "reopen": true, "re-establish": true, "reestablish": true}

// eachSide reports whether "each side" or "both sides" ends at k.
func (sn *sentence) eachSide(k int) bool {
	w, d := sn.low(k), sn.low(k-1)
	return (w == "side" || w == "delegation") && d == "each" || bothNouns.has(w) && d == "both"
}

// twoSides reports whether names joined by "and" are of more than one
// side: "American and Ukrainian officials", "Russia and Ukraine".
func twoSides(g []string) bool {
	return slices.ContainsFunc(g, func(p string) bool { return p != g[0] })
}

// bothSubject reports whether the subject from start to i names two
// sides: "Russia and Ukraine (will each ...)".
func (sn *sentence) bothSubject(start, i int) bool {
	for k := i - 1; k >= max(start, 0); k-- {
		if m := sn.mentAt[k]; m >= 0 {
			return twoSides(sn.conjuncts(m))
		}
	}
	return false
}

// inReturnAhead reports whether the clause of the verb at k goes on to
// what is asked in return: "could drop its bid to join NATO in exchange
// for guarantees" is an offer, whatever the verb.
func (sn *sentence) inReturnAhead(k int) bool {
	for e := k + 16; k < len(sn.toks) && k < e; k++ {
		switch sn.low(k) {
		case ".", ";", ",", "but", "while":
			return false
		case "in":
			if sn.inReturnAt(k) && sn.low(k+2) == "for" {
				return true
			}
		}
	}
	return false
}

// saysItself reports whether the party that is the subject at start says
// so itself, in a trailing attribution ("Germany could send troops, Merz
// said") or an aside ("Germany, he said, could ...").
func (sn *sentence) saysItself(party string, start, v int) bool {
	if k := sn.trailingSpeech(); k > v {
		sp, _ := sn.subjectOf(k)
		return len(sp) > 0 && sp[0] == party
	}
	for k := start; k < v; k++ {
		if e := sn.saidAside(k); e > 0 {
			for n := k + 1; n < e; n++ {
				if sn.in(n, speechVerbs) {
					sp, _ := sn.subjectOf(n)
					return len(sp) > 0 && sp[0] == party
				}
			}
		}
		if e := sn.accordingAside(k); e > 0 && sn.in(k+3, possPronouns) {
			return true // "Washington, according to its statement on the Russian track, will ..."
		}
	}
	return false
}

// speechBefore returns the last speech verb before i, or -1.
func (sn *sentence) speechBefore(i int) int {
	for k := i - 1; k >= 0; k-- {
		if (sn.in(k, speechVerbs) || sn.participleSpeech(k)) && !sn.quoted[k] {
			return k
		}
	}
	return -1
}

// conditionAhead reports whether the clause at k goes on to a condition
// on another party: "... if Ukraine withdrew".
func (sn *sentence) conditionAhead(k int) bool {
	for ; k < len(sn.toks); k++ {
		t := sn.toks[k]
		if t.text == "." || t.text == ";" || t.in(speechVerbs) {
			return false
		}
		if t.low == "if" || t.low == "once" || t.low == "provided" {
			return true
		}
	}
	return false
}

// refusalCondition returns where the demanded act starts in "if Putin did
// not agree to a ceasefire" after a threat, or -1.
func (sn *sentence) refusalCondition(from int) int {
	for k := from; k < len(sn.toks) && k < from+14; k++ {
		t := sn.toks[k]
		if t.text == "." || t.text == ";" {
			return -1
		}
		if t.low != "if" && t.low != "unless" {
			continue
		}
		n := k + 1
		if sn.low(n) == "the" {
			n++
		}
		if t.low == "unless" && n < len(sn.toks) && sn.mentAt[n] < 0 && !sn.in(n, pronouns) {
			return k + 1 // "threatened to cut Ukraine off from the sea unless attacks on tankers stopped"
		}
		if n >= len(sn.toks) || sn.mentAt[n] < 0 && (t.low == "unless" || !sn.in(n, pronouns)) {
			return -1 // but not "unless it withdrew from Donbas", whose act would read "it withdrew"
		}
		if t.low == "unless" {
			return k + 1 // "warned that unless Kyiv withdrew from Donbas, ...": Kyiv's withdrawal
		}
		if sn.mentAt[n] >= 0 {
			n = sn.ments[sn.mentAt[n]].end
		} else {
			n++ // "threatened Russia with tariffs if it did not agree to X"
		}
		for m := n; m < len(sn.toks) && m < n+4; m++ {
			if sn.in(m, negations) || strings.HasSuffix(sn.low(m), "n't") {
				v := m + 1
				if sn.low(v) == "to" {
					v++ // "refused to agree"
				}
				if v >= len(sn.toks) || !sn.toks[v].word {
					return -1 // "if Kyiv refuses, his troops will grab more land": the refused thing unnamed, the rest a threat
				}
				return v
			}
		}
		return -1
	}
	return -1
}

// beforeAdverb returns the token before i, over one adverb such as
// "still": "Ukraine still needs air defence" has Ukraine as its subject.
func (sn *sentence) beforeAdverb(i int) int {
	if i > 1 && (sn.low(i-1) == "still" || sn.low(i-1) == "also" || sn.low(i-1) == "urgently" || sn.low(i-1) == "will" || sn.low(i-1) == "would") {
		return i - 2 // "Kyiv still needs", "We will need"
	}
	if n := sn.asideBefore(i); n > 0 {
		return n - 1 // "Ukraine, he said, needs ..."
	}
	return i - 1
}

// otherVoiceAside reports whether an aside ends at i whose speaker is not
// the side named before it: "Kyiv, they insisted, needs guarantees" is
// what they insist on, not Kyiv's own need. A speaker outside the two
// sides who speaks of one of them is read by the "needs" itself (see
// verbPosition).
func (sn *sentence) otherVoiceAside(i int) bool {
	n := sn.asideBefore(i)
	if n <= 0 {
		return false
	}
	p := sn.asideSpeaker(n, i)
	if len(p) == 0 || sn.mentAt[n-1] >= 0 && p[0] == sn.ments[sn.mentAt[n-1]].party {
		return false
	}
	// but "Ukraine, they (European leaders) added, needs ironclad
	// guarantees": what a party outside the two sides asks for one of them
	return slices.Contains(sn.st.sides, p[0]) || sn.mentAt[n-1] < 0 || !slices.Contains(sn.st.sides, sn.ments[sn.mentAt[n-1]].party)
}

// needer returns the token before "needs" at i, over an adverb and a
// speech aside: "Ukraine, Zelensky said, still needs a ceasefire".
func (sn *sentence) needer(i int) int {
	b := sn.beforeAdverb(i)
	if n := sn.asideBefore(b + 1); n > 0 {
		return n - 1
	}
	return b
}

// demandBefore reports whether "needs" at i is the second verb of a
// demand: "Kyiv wants X and needs Y".
func (sn *sentence) demandBefore(i int) bool {
	if sn.low(i-1) != "and" {
		return false
	}
	for _, c := range sn.cues {
		if c.kind == Demand && c.form == formVerb && c.at < i {
			return true
		}
	}
	return false
}

// itForParty reads "it was time for Ukraine to ..." and "it would be up
// to Ukraine (alone) to ..." at the "it" at i: where the party starts and
// where its "to" is, or (-1, -1).
func (sn *sentence) itForParty(i int) (at, to int) {
	k := i + 1
	if m := sn.low(k); (m == "would" || m == "will" || m == "should" || m == "must") && sn.low(k+1) == "be" {
		k++
	}
	q := b2i(quoteMark(sn.low(k + 1))) // `it would be "up to Ukraine" to make decisions`
	switch {
	case !sn.in(k, beWords):
		return -1, -1
	case sn.low(k+1) == "time" && sn.low(k+2) == "for":
	case sn.low(k+q+1) == "up" && sn.low(k+q+2) == "to" && sn.mentAt[min(k+q+3, len(sn.toks)-1)] >= 0:
	default:
		return -1, -1
	}
	at = k + q + 3
	if to = sn.toAfter(at); to < 0 && q > 0 && quoteMark(sn.low(sn.ments[sn.mentAt[at]].end)) && sn.low(sn.ments[sn.mentAt[at]].end+1) == "to" {
		to = sn.ments[sn.mentAt[at]].end + 1 // over the closing quote
	}
	if to < 0 {
		return -1, -1
	}
	return at, to
}

// toAfter returns the "to" of an infinitive after a short subject at k
// ("for Ukraine to hold a vote", "for both armies to pull back"), or -1.
func (sn *sentence) toAfter(k int) int {
	for n := k + 1; n < len(sn.toks) && n <= k+5; n++ {
		if !sn.toks[n].word {
			return -1
		}
		if sn.low(n) == "to" {
			return n
		}
	}
	return -1
}

// ownedNoun reports whether the word at i is a noun its owner names
// before it, over up to two words: "Kyiv's opening ask", "its main ask",
// "Kyiv's own starting point".
func (sn *sentence) ownedNoun(i int) bool {
	k := i - 1
	for n := 0; n < 2 && k > 0 && sn.toks[k].word && !sn.toks[k].party && !sn.in(k, possPronouns); n++ {
		k-- // "opening", "main", "own starting"
	}
	m := sn.mentAt[max(k, 0)]
	return sn.in(k, possPronouns) || k >= 0 && m >= 0 && sn.ments[m].poss
}

// unmoved say that a position stayed as it was: "has not moved".
var unmoved = map[string]bool{"moved": true, "changed": true, "shifted": true, "budged": true}

// noneWithout are what "there can be no ..." denies until a condition is
// met, which is the demand ("there can be no lasting settlement until
// ..."), not the thing denied.
var noneWithout = map[string]bool{"peace": true, "settlement": true, "lasting": true, "long-term": true, "durable": true,
	"hope": true, "justification": true, "ceasefire": true, "truce": true, "deal": true, "agreement": true, "talk": true,
	"talks": true, "question": true, "doubt": true, "going": true, "return": true, "real": true, "final": true}

// provisoAhead reports whether the clause from k goes on to a condition
// ("until", "unless", "without", "if", "before"), up to its end, or the
// sentence opens with one.
func (sn *sentence) provisoAhead(k int) bool {
	if w := sn.low(sn.nextWord(0, false)); w == "without" || w == "unless" || w == "until" {
		return true // "Without that, Ushakov said, there can be no territorial settlement"
	}
	for ; k < len(sn.toks); k++ {
		switch sn.low(k) {
		case ".", ";":
			return false
		case "until", "unless", "without", "if", "before", "once":
			return true
		}
	}
	return false
}

// participleOpens reports whether the sentence opens with a participle
// phrase that ends right before token i: "Drawn up by British, French and
// German advisers, it would ...".
func (sn *sentence) participleOpens(i int) bool {
	w, n := sn.low(0), sn.low(1)
	return i > 2 && sn.toks[i-1].text == "," && (participle(w) || w == "drawn" || w == "written") && (n == "up" || n == "by")
}

// quoteMark reports whether s is a quotation mark.
func quoteMark(s string) bool { return markLow(s) == "\"" }

// clauseBeforeSemicolon returns where the clause before the semicolon
// that ends right before cs starts ("A; B", "A; and B": A) and where that
// semicolon is, or (0, -1) when no semicolon comes before cs.
func (sn *sentence) clauseBeforeSemicolon(cs int) (start, semi int) {
	k := cs - 1
	if sn.low(k) == "and" && sn.low(k-1) == ";" {
		k--
	}
	if sn.low(k) != ";" {
		return 0, -1
	}
	start = k - 1
	for start > 0 && sn.low(start-1) != ";" {
		start--
	}
	return max(start, 0), k
}

// relativeVerb reports whether toks[a:b] holds a verb of its own, so that
// a clause "that" opens ends before b: "(any deal that) gave up land (would
// have to ...)".
func (sn *sentence) relativeVerb(a, b int) bool {
	for k := a; k < b; k++ {
		if w := sn.low(k); sn.in(k, pastTenses) || finiteVerbs.has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// startVerb reports whether w says where something starts: "(talks can)
// begin (only from the line of contact)".
func startVerb(w string) bool {
	return w == "begin" || w == "start" || w == "proceed" || w == "run"
}

// dealVerbs say that a deal is made: "(no deal could be) struck (without
// Europeans)".
var dealVerbs = map[string]bool{"struck": true, "signed": true, "agreed": true, "reached": true, "concluded": true, "settled": true, "decided": true, "taken": true}

// neededWords say that something must be there: "(a ceasefire is) needed".
var neededWords = map[string]bool{"needed": true, "required": true, "essential": true, "indispensable": true}

// onAfterWith reports whether "on" follows the partner named at k, a few
// words on: "(agreed with) the US delegation on (the main elements)".
func (sn *sentence) onAfterWith(k int) bool {
	named := false
	for n := k; n < len(sn.toks) && n < k+6; n++ {
		switch w := sn.low(n); {
		case w == "on":
			return named && n+1 < len(sn.toks) && (sn.in(n+1, determiners) || sn.in(n+1, possPronouns))
		case w == "that" || !sn.toks[n].word:
			return false
		}
		named = named || sn.mentAt[n] >= 0 || sn.in(n, agentNouns)
	}
	return false
}

// priceNamed returns where a side's price is named when the "price" at i
// is its clause's subject ("Putin's price is the rest of Donbas",
// "Moscow's price for a truce was four regions", "the Kremlin's asking
// price remains ..."), else -1.
func (sn *sentence) priceNamed(i int) int {
	if !sn.ownedNoun(i) {
		return -1
	}
	s := sn.phraseStart(i)
	for s > 0 && s > i-4 && (sn.mentAt[s-1] >= 0 || sn.toks[s-1].word && !sn.in(s-1, clauseWords) && sn.low(s-1) != "and" && sn.low(s-1) != "but" && sn.mentAt[s] < 0 && !sn.in(s, possPronouns)) {
		s-- // back over the owner and its adjectives: "the Kremlin's asking"
	}
	if w := sn.low(s - 1); w == "the" || w == "a" {
		s--
	}
	if p := s - 1; p >= 0 && sn.toks[p].word && !sn.in(p, clauseWords) && sn.low(p) != "and" && sn.low(p) != "but" {
		return -1 // "to change its price": the object of a verb
	}
	v := i + 1
	if sn.low(v) == "for" {
		for v++; v < len(sn.toks) && v <= i+7 && sn.toks[v].word && !sn.in(v, beWords) && sn.low(v) != "remains" && !includeVerbs[sn.low(v)]; v++ {
		}
	}
	if sn.low(v) == ":" && v+1 < len(sn.toks) {
		return v + 1 // "Moscow's price: Ukrainian forces out of Donbas"
	}
	if (sn.low(v) == "has" || sn.low(v) == "had") && sn.low(v+1) == "not" && unmoved[sn.low(v+2)] && sn.low(v+3) == ":" {
		return sn.nextWord(v+4, true) // "Moscow's price has not moved: Ukrainian forces out of Donbas"
	}
	if w := sn.low(v); w != "is" && w != "was" && w != "remains" && w != "remained" && !includeVerbs[w] {
		return -1 // but "Moscow's price for those includes an end to sanctions"
	}
	return sn.nextWord(v+1, true)
}

// nearAside reports whether a speech aside set off by commas opens within
// three tokens of k: "had to rise further, he argued, to ...", a reported
// obligation, not a past one ("Russian troops had to leave several
// villages, officials said").
func (sn *sentence) nearAside(k int) bool {
	for n := k; n < len(sn.toks) && n <= k+3; n++ {
		if e := sn.saidAside(n); e > 0 {
			for a := n + 1; a < e; a++ {
				if w := sn.low(a); w == "argued" || w == "argues" || w == "insisted" || w == "insists" || w == "stressed" || w == "maintained" || w == "warned" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// verbBefore reports whether the clause that ends at k holds a verb: a
// finite verb, a past tense, a cue read as a verb (not one after "and",
// whose reading would ask this again), or an "-ed" word right after a
// name: "Ukraine handed over the list" before "and demands".
func (sn *sentence) verbBefore(k int) bool {
	for n := sn.clauseStart(k); n < k; n++ {
		if w := sn.low(n); sn.in(n, finiteVerbs) || sn.in(n, pastTenses) || sn.verbCue(n) != "" && sn.low(n-1) != "and" && !sn.nounUse(n) || strings.HasSuffix(w, "ed") && n > 0 && sn.mentAt[n-1] >= 0 {
			return true
		}
	}
	return false
}

// planIt returns the plan that "it" at k, opening a clause after "but" or
// "and", stands for when the sentence opened with it: "The plan could form
// the basis of a settlement, he said, but it must reflect ..."; or nil.
func (sn *sentence) planIt(k int) []token {
	if sn.low(k) != "it" || sn.low(k-1) != "but" && sn.low(k-1) != "and" {
		return nil
	}
	if p := sn.planNamed(k); len(p) > 0 && p[0].pos == sn.toks[sn.nextWord(0, false)].pos {
		return p
	}
	return nil
}

// ownPartyAhead reports whether the party named right before the verb at i
// is named again in the next few words: "Washington expects a withdrawal
// of some US troops" forecasts its own act.
func (sn *sentence) ownPartyAhead(i int) bool {
	if i == 0 || sn.mentAt[i-1] < 0 {
		return false
	}
	p := sn.ments[sn.mentAt[i-1]].party
	for k := i + 3; k < len(sn.toks) && k <= i+8; k++ {
		if m := sn.mentAt[k]; m >= 0 && sn.ments[m].party == p {
			return true
		}
	}
	return false
}

// passiveParticiple reports whether w is a past participle after "be":
// "decided", and the irregular "taken", "built", "won".
func passiveParticiple(w string) bool {
	return strings.HasSuffix(w, "ed") || irregularParticiples.has(w)
}

// beBefore reports whether a be-word comes right before the verb at i, over
// adverbs: "is asked", "has been asked", "was once again asked".
func (sn *sentence) beBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if sn.in(k, beWords) {
			return true
		}
		if !sn.in(k, skipWords) && !passiveAdverb(sn.low(k)) {
			return false
		}
	}
	return false
}

// attributive reports whether a mention qualifies the noun after it,
// naming no one who acts: "a US security guarantee", "Russian assets",
// "the European plan".
func (sn *sentence) attributive(m mention) bool {
	k := m.end
	return sn.in(k, attributeNouns) || sn.in(k, planNouns) || sn.in(k, termNouns) || sn.in(k, docNouns)
}

// mediumThat returns where a reported clause starts after the medium its
// speech verb names, at k: "said in a joint statement that ...", "wrote on
// Telegram that ...", "told a briefing at the Kremlin that"; else -1.
func (sn *sentence) mediumThat(k int) int {
	if w := sn.low(k); w != "in" && w != "on" && w != "at" || !sn.in(k-1, speechVerbs) {
		return -1
	}
	for n := k + 1; n < len(sn.toks) && n <= k+6; n++ {
		if sn.low(n) == "that" {
			return n + 1
		}
		if !sn.toks[n].word {
			return -1
		}
	}
	return -1
}
