package digest

import (
	"cmp"
	"slices"
	"strings"
)

// This file decides whose position a cue marks: the subject of a verb
// (with its conjuncts), the owner of a noun, a pronoun's antecedent, the
// speaker of reported words.

// memberNouns name the members of a group named before: "Coalition
// members", "coalition leaders".
var memberNouns = set("members", "leaders", "partners", "governments", "countries", "states")

// subjectOf finds the parties that are the subject of the verb at i, and
// the head noun of that subject ("plan" in "The US plan calls for").
func (sn *sentence) subjectOf(i int) ([]string, string) {
	if sn.depth >= maxSubjectDepth {
		return nil, "" // a cycle among the readings of a subject
	}
	sn.depth++
	defer func() { sn.depth-- }()
	toks := sn.toks
	if i == 1 && sn.bullet() && sn.toks[i].caps && sn.st.prev != "" {
		// "VLADIMIR PUTIN, Anchorage" then "- Insisted that ...": the
		// bullet's verb is the heading's.
		return []string{sn.st.prev}, ""
	}
	if i == 1 && sn.bullet() && sn.st.voice != "" {
		// "the Russian delegation:" then "- made any ceasefire conditional
		// on ...": the label's
		return []string{sn.st.voice}, ""
	}
	if p := sn.quotedAs(i); p != "" {
		return []string{p}, "" // "The paper quotes Kremlin aide Yuri Ushakov as saying that ...": Ushakov
	}
	if w, n := sn.low(i-1), sn.low(i-2); (w == "cannot" || w == "can't") && (n == "country" || n == "nation") && sn.in(i-3, possPronouns) && sn.low(i-4) != "and" {
		return sn.pronoun(i - 3), n // "his country cannot accept any plan": the speaker's own; but "Zelensky and his country cannot ..."
	}
	if m := sn.bulletLabel(i); m >= 0 {
		return sn.conjuncts(m), "" // "the Russian delegation: - made ...; - insisted ...": each bullet's verb is the label's
	}
	if sn.in(i, speechVerbs) && sn.in(i-1, beWords) && sn.low(i-2) == "it" && sn.low(i+1) != "by" {
		return sn.pronoun(i - 2), "" // "It was stressed that ...": the voice of the text so far
	}
	if sn.in(i, speechVerbs) && sn.in(i-1, beWords) && sn.low(i+1) == "by" {
		// "it was stated by Yuri Ushakov that ...": the agent speaks.
		for k := i + 2; k < len(toks) && k < i+9 && toks[k].word; k++ {
			if m := sn.mentAt[k]; m >= 0 {
				return []string{sn.ments[m].party}, ""
			}
		}
	}
	if cue := sn.verbCue(i) != "" || particleCues[sn.low(i+1)][sn.low(i)] != ""; cue || sn.low(i) == "makes" || sn.low(i) == "made" { // also "a memorandum which called for ..."
		t := -1
		if cue {
			t = sn.handedText(i) // "the Russian memorandum handed to Kyiv's team demands that ...": not whom it was handed to
		}
		if t <= 0 {
			// "handed over a memorandum that, according to Ukrainian
			// officials, once again makes a ceasefire conditional on ..."
			t = sn.relativeText(i)
		}
		if t > 0 {
			return sn.docAuthor(t), sn.low(t) // the text's author
		}
	}
	j := sn.prevWord(i)
	if j > 1 && quoteMark(sn.toks[j].text) && sn.low(j-1) == "," {
		j-- // `Kyiv, he told Russian television, "wants a ceasefire first"`: the quote opens on the verb
	} else if j > 0 && quoteMark(sn.toks[j].text) && sn.toks[j-1].word && (sn.quoted[j-1] || sn.quoted[i] && j == i-1 && sn.mentAt[j-1] >= 0) {
		j-- // `The alternative "package" would have Kyiv ...`: the word the quote closes on; `says Russia "wants the whole Donbas and our church"`: the quote opens on the verb
	}
	for w := j - 1; w > 1 && w >= j-4; w-- {
		if t := sn.low(w); (t == "who" || t == "which") && sn.low(w-1) == "," {
			if sn.afterTimePhrase(w+1) == j+1 {
				j = w // "Trump, who on July 14 gave Moscow fifty days ...": over the date
			}
			break
		}
	}
	if sn.low(j-1) == "for" && durationNouns[sn.low(j)] {
		j = sn.prevWord(j - 1) // "Zelensky, who was not invited, has for months insisted": over the span of time
	}
	if h := j - b2i(strings.HasSuffix(sn.low(j), "ly")); sn.low(h) == "having" && h > 0 && toks[h-1].word {
		// "He flew home having quietly abandoned the demand": the subject
		// of the clause the participle hangs on
		if first := sn.nextWord(sn.clauseStart(h), false); first < h && sn.in(first, pronouns) {
			return sn.pronoun(first), ""
		} else if first < h && sn.mentAt[first] >= 0 && !sn.ments[sn.mentAt[first]].poss {
			return sn.conjuncts(sn.mentAt[first]), ""
		}
	}
	if j > 0 && toks[j].text == "," && sn.verbCue(i) != "" && strings.HasSuffix(sn.low(i), "s") {
		for k := j - 1; k > 0; k-- {
			if sn.low(k) == sn.low(i) || k < j-1 && (sn.verbCue(k) != "" || sn.in(k, speechVerbs) && sn.obligedBetween(k+1, j)) && strings.HasSuffix(sn.low(k), "s") && sn.mentAt[k-1] >= 0 && !sn.ments[sn.mentAt[k-1]].poss && sn.clauseStart(k) == sn.ments[sn.mentAt[k-1]].start-b2i(sn.low(sn.ments[sn.mentAt[k-1]].start-1) == "the") {
				said := sn.in(k, speechVerbs) || sn.verbCue(k) == Demand
				if slices.ContainsFunc(sn.ments, func(m mention) bool {
					return m.start > k && m.end <= j && sn.subjectPosition(m) && !(said && m.start == k+1+b2i(sn.low(k+1) == "that"))
				}) || slices.ContainsFunc(toks[k:j], func(t token) bool { return t.low == "while" || t.low == "whereas" || t.low == "but" }) {
					break // "Kyiv wants X, while Moscow, if ..., wants Y": a subject of its own
				}
				return sn.subjectOf(k) // "Russia wants A, wants B, and wants C", "Putin insists Ukraine cedes Donbas, wants sanctions lifted", "The Kremlin says Kyiv must withdraw ..., wants sanctions lifted": the same subject
			}
		}
	}
	if w := sn.low(j); strings.HasSuffix(sn.low(i), "ing") && (w == "begun" || w == "began" || w == "started" || w == "starts" || w == "keeps" || w == "kept") {
		j = sn.prevWord(j) // "he had begun arranging a meeting": his
	}
	if w := sn.low(j); strings.HasSuffix(sn.low(i), "ing") && j == i-1 && (termNouns.has(w) || planNouns.has(w)) && (sn.mentAt[max(0, j-1)] >= 0 || sn.in(j-1, determiners) && sn.mentAt[max(0, j-2)] >= 0) {
		// "Russia hands Ukraine memorandum demanding neutrality": the
		// text's, so its giver's, not the one it is handed to
		if p := sn.clauseSubject(j); len(p) > 0 {
			return p, ""
		}
	}
	if m := sn.mentAt[max(j, 0)]; j >= 0 && m >= 0 && sn.ments[m].end == j+1 && strings.HasSuffix(sn.low(i), "ing") {
		if b := sn.beforeLead(sn.ments[m]); sn.low(b) == "left" || sn.low(b) == "departed" {
			j = b // "Witkoff left Moscow warning Zelensky to ...": whoever left, not the place left
		}
	}
	if w := sn.low(j); strings.HasSuffix(sn.low(i), "ing") && (arrivalVerbs[w] || w == "come" || w == "left" || w == "departed") {
		// "Kyiv, which had come seeking a ceasefire, ...": whoever came;
		// "He left warning Kyiv not to ...": whoever left
		for j = sn.prevWord(j); sn.low(j) == "had" || sn.low(j) == "has" || sn.low(j) == "have"; {
			j = sn.prevWord(j)
		}
	}
	for j >= 1 && sn.low(j) == "to" {
		switch sn.low(j - 1) {
		case "continues", "continue", "continued", "keeps", "kept", "seems", "seemed", "appears", "appeared", "tried", "tries", "went", "goes":
			j = sn.prevWord(j - 1) // "the Kyiv regime, as Zakharova noted, continues to insist": its subject
			continue
		}
		break
	}
	while := strings.HasSuffix(sn.low(i), "ing") && sn.low(j) == "while" && j == i-1 && j > 0 && toks[j-1].text == ","
	if while {
		j-- // "..., while insisting that ...": as "..., insisting that ..."
	}
	if while || j >= 0 && toks[j].text == "," && strings.HasSuffix(sn.low(i), "ing") && sn.prevWord(i) == j && !sn.anyIn(j+1, i, beWords) { // but "Russia, he said, is demanding": a verb of its own
		// "..., he said, ruling out an early summit": the subject of the
		// speech verb, else the main subject.
		for v := j - 1; v >= 0 && v >= j-4; v-- {
			if sn.verbCue(v) == Rejection && strings.HasSuffix(sn.low(v), "ed") {
				// "accused Kyiv of stalling, a charge Ukrainian officials
				// denied, saying ...": the one who denied it
				m := v - 1
				if sn.in(m, agentNouns) {
					m--
				}
				if m >= 0 && sn.mentAt[m] >= 0 {
					return []string{sn.ments[sn.mentAt[m]].party}, ""
				}
			}
		}
		semi := -1 // "Kyiv asked for a summit; Medinsky ruled that out, saying ...": Medinsky, in the clause after the semicolon
		for v := j - 1; v >= 0; v-- {
			if toks[v].text == ";" {
				semi = v
				break
			}
		}
		for v := j - 1; v > semi; v-- {
			if sn.in(v, speechVerbs) && !sn.quoted[v] {
				if m, w := sn.mentAt[min(v+1, len(sn.toks)-1)], sn.low(v); v+1 < j && m >= 0 && (w == "said" || w == "says" || w == "added" || w == "wrote") {
					return []string{sn.ments[m].party}, "" // `"...," said Zelensky, arguing that ...`; not "told Trump"
				}
				if p := sn.reportedSubject(v+1, j); p != "" {
					return []string{p}, "" // "a source said the Russian team went further, telling the Ukrainians ...": the team
				}
				if parties, _ := sn.subjectOf(v); len(parties) > 0 {
					return parties, ""
				}
				break
			}
		}
		// "Putin rejected the truce that Washington proposed, saying ...":
		// the subject of the main clause, not of the relative one.
		for mi, m := range sn.ments {
			if m.start < j && m.start > semi && (sn.clauseStart(m.start) == 0 || sn.clauseStart(m.start) == semi+1) && !m.poss && !sn.afterPreposition(m) && sn.agentMention(m) && !(while && sn.contactRelative(m)) {
				return sn.conjuncts(mi), "" // "Putin", "a senior Russian lawmaker"
			}
		}
		if while {
			return nil, "" // "That leaves Kyiv offering the thing Moscow demanded, while asking ...": no guess
		}
		for k := j - 1; k > 0; k-- {
			if w := sn.low(k); sn.low(k-1) == "the" && (docNouns.has(w) || termNouns.has(w)) {
				if p := sn.owned(sn.docKind(w)); len(p) > 0 {
					return p, "" // "For a final settlement the document goes further still, calling for ...": its author
				}
				break
			}
		}
		for _, c := range sn.cues {
			if c.at < j && c.form == formVerb && sn.clauseStart(c.at) == 0 {
				if parties, _ := sn.subjectOf(c.at); len(parties) > 0 {
					return parties, "" // "A European counter-draft proposed ..., stressing that ...": who proposed
				}
				break
			}
		}
		if slices.IndexFunc(sn.toks[:j], func(t token) bool { return t.in(pronouns) }) < 0 && !slices.ContainsFunc(sn.ments, func(m mention) bool { return m.start < j }) && sn.personNameBefore(j) {
			return nil, "" // "Rosatom director general Alexei Likhachev rejected the idea, saying ...": someone the pack does not know, not the side named before
		}
		return sn.pronoun(j), ""
	}
	if j >= 0 && toks[j].text == "," && (sn.in(i, speechVerbs) || sn.verbCue(i) != "") && sn.low(i+1) == "that" {
		// "demanded that A, declared that B, and said that C": reporting
		// predicates in a series share the first one's subject
		for v := j - 1; v >= 0 && v >= j-25; v-- {
			if (sn.in(v, speechVerbs) || sn.verbCue(v) != "") && sn.low(v+1) == "that" && !sn.quoted[v] {
				p, h := sn.subjectOf(v)
				return p, h // and when it names no side, neither does the series: not "Russia" of "demanded that Russia return ..."
			}
		}
	}
	// Skip an apposition or aside between commas: "Kyiv's team, headed by
	// Rustem Umerov, pushed for ...".
	if j >= 0 && (toks[j].text == "," || toks[j].text == "—") {
		comma := j
		for k := j - 1; k >= 0 && k >= j-25; k-- {
			if toks[k].text == toks[j].text && sn.clauseOpens(k+1) {
				break // "In a statement ..., European leaders called the draft a basis, insisted that": a clause, no aside
			}
			if sn.namesListAfter(k) {
				continue // "circulated by Germany, France and the United Kingdom": a list of names inside the aside
			}
			if toks[k].text == toks[j].text {
				j = sn.prevWord(k)
				// "Moscow's memorandum, which Ukraine would study for a
				// week, Umerov said, insists ...": over a relative clause
				// that closes where the aside opens
				for c := k - 1; c > 0 && c >= k-20 && toks[k].text == ","; c-- {
					if w := sn.low(c + 1); toks[c].text == "," && (w == "which" || w == "who") {
						j = sn.prevWord(c)
						break
					}
					if !toks[c].word {
						break
					}
				}
				break
			}
		}
		if j == comma && toks[j].text == "," && (sn.verbCue(i) != "" || sn.in(i, speechVerbs) && sn.low(i+1) == "that") && (strings.HasSuffix(sn.low(i), "s") || looksBareVerb(sn.low(i)) && sn.low(i+1) == "that") {
			// "Ukraine insists on A, refuses any limits on B, and says ...":
			// a predicate in a series shares the clause's subject
			return sn.clauseSubject(i), ""
		}
	}
	if j < 0 {
		return nil, ""
	}
	j = sn.beforeRelative(j)
	head := toks[j].low
	if isNumber(head) && j > 0 && sn.termsPart(sn.low(j-1)) {
		return sn.owned(Demand), sn.low(j - 1) // "Point 2 asks for ...": the author of the terms; a plan's points are read as its own; not NATO's "Article 5"
	}
	if p := cmp.Or(sn.st.speaker, sn.st.person); head == "state" && sn.low(j-1) == "of" && sn.low(j-2) == "head" && p != "" {
		return []string{p}, head // "the head of state wrote": the leader the text is about
	}
	if d := sn.low(j - 1); (head == "statement" || head == "readout" || head == "declaration" || head == "communique") && (d == "same" || d == "the" || d == "that" || d == "this") && sn.mentAt[max(0, j-1)] < 0 && sn.st.prev != "" {
		return []string{sn.st.prev}, head // "The same statement insisted that ...": of those just named
	}
	if d := sn.low(j - 1); (d == "the" || d == "this" || d == "its") && (sn.in(j, termNouns) || sn.in(j, docNouns)) && (sn.verbCue(i) == Rejection || particleCues[sn.low(i+1)][sn.low(i)] == Rejection) {
		if k := sn.docKind(head); sn.st.owner[k] != "" {
			return sn.owned(k), head // "On territory, the memorandum rules out any recognition ...": its author refuses it
		}
	}
	if p := sn.documentBy(i); p != nil {
		return p, "" // "A memorandum passed over by the Russian side makes ...": its author's
	}
	if p, noun := sn.documentPutBy(i); p != nil {
		return p, noun // "The memorandum his delegation put on the table insists ...": the giver's
	}
	if head == "," && (sn.in(i, speechVerbs) || sn.verbCue(i) != "") {
		// "They want guarantees, insist that borders ... and say ...":
		// the subject of the first verb of the sentence
		first := sn.nextWord(0, false)
		v := first + 1
		if m := sn.mentAt[first]; m >= 0 && sn.ments[m].start == first {
			v = sn.ments[m].end
		}
		if v < j && (sn.in(first, pronouns) || sn.mentAt[first] >= 0) && (sn.verbCue(v) != "" || sn.in(v, speechVerbs)) {
			return sn.subjectOf(v)
		}
	}
	if head == "that" {
		// "It was the Ukrainian side that asked for a summit": a cleft,
		// whose focus is the subject
		for k := j - 2; k >= 1 && k >= j-6; k-- {
			if sn.in(k, beWords) && sn.low(k-1) == "it" {
				for n := k + 1; n < j; n++ {
					if m := sn.mentAt[n]; m >= 0 && sn.agentMention(sn.ments[m]) {
						return sn.conjuncts(m), ""
					}
				}
				break
			}
		}
	}
	if head == "by" && strings.HasSuffix(sn.low(i), "ing") {
		// "Putin answered that ultimatum by proposing ...": whoever answered
		for k := j - 1; k >= 0 && k >= j-12 && toks[k].word; k-- {
			if w := sn.low(k); !toks[k].party && (sn.in(k, speechVerbs) || strings.HasSuffix(w, "ed")) {
				if p, _ := sn.subjectOf(k); len(p) > 0 {
					return p, ""
				}
				break
			}
		}
	}
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
		for k := j - 3; k > 0 && k >= j-14 && toks[k].word; k-- {
			if n := sn.low(k); termNouns.has(n) || planNouns.has(n) && !docNouns.has(n) {
				// "the memorandum the Russian delegation handed over in
				// Istanbul in June 2025, which called for ...": the memorandum
				if p := sn.nounAgent(k); len(p) > 0 {
					return p, n
				}
				if p := sn.reportedSubject(k+1, j); p != "" {
					return []string{p}, n // the one who handed it over
				}
				break
			}
		}
		if sn.in(j-2, agentNouns) {
			if p := sn.nounAgent(j - 2); len(p) > 0 {
				return p, "" // "its foreign ministry, which rules out ...": Moscow's
			}
		}
	}
	if head == "and" && sn.low(j-1) == "," && (sn.in(i, speechVerbs) || sn.in(i, threatVerbs)) {
		// "Vladimir Putin said that it could form the basis of a
		// settlement, and warned that ...": who said the first thing
		for v := j - 2; v > 0; v-- {
			if sn.in(v, speechVerbs) && !sn.quoted[v] && sn.mentAt[v] < 0 && !sn.speechNoun(v) {
				if p, _ := sn.subjectOf(v); len(p) > 0 {
					return p, ""
				}
				break
			}
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
			if sn.in(cs, pronouns) {
				return sn.pronoun(cs), "" // "..., saying they had to verify the lists and wanted ...": they
			}
			s := cs
			if sn.low(s) == "the" {
				s++
			}
			if s < j && sn.toks[s].caps && sn.mentAt[s] < 0 {
				return nil, ""
			}
			if m := sn.mentAt[min(s, len(sn.toks)-1)]; s < j && m >= 0 && sn.ments[m].start == s && !sn.ments[m].poss && sn.ments[m].end < j && strings.HasSuffix(sn.low(i), "s") && !strings.HasSuffix(sn.low(i), "ss") &&
				(!sn.isAdjectiveMention(sn.ments[m]) || sn.in(sn.ments[m].end, agentNouns)) {
				v := cs - 1
				for v > 0 && v > cs-5 && !sn.in(v, speechVerbs) {
					v-- // "said on Monday that", "told reporters"
				}
				if sn.in(v, speechVerbs) && !strings.HasSuffix(sn.low(v), "s") {
					// "Zelensky said Putin wants a pause and demands that
					// Kyiv ...": a present verb after a past "said" goes on
					// with the reported clause's subject, not the speaker
					return sn.conjuncts(m), ""
				}
			}
			if m, v := sn.mentAt[min(s, len(sn.toks)-1)], cs-1-b2i(sn.low(cs-1) == "that"); s < j && m >= 0 && sn.ments[m].start == s && sn.isAdjectiveMention(sn.ments[m]) && sn.in(sn.ments[m].end, agentNouns) && sn.in(v, speechVerbs) && sn.verbCue(v) == "" {
				// "officials said the American side was still pressing Kyiv
				// ..., and had floated a free economic zone": the side the
				// reported clause opens with
				return []string{sn.ments[m].party}, ""
			}
		}
		// "Zelenskyy called the offer a positive sign but said ...": the
		// subject of the first verb, when the clause opens with a name;
		// "Putin rejected the truce that Washington had put to him and
		// accepted ...": over a relative clause.
		cs := sn.clauseStart(j)
		if cs > 2 && sn.low(cs-1) == "who" {
			// "said Rustem Umerov, who now heads Ukraine's security council
			// and pressed for ...", "beside a Russian leader who spoke of
			// an understanding and said ...": the one the relative clause
			// is about
			a := cs - 2 - b2i(sn.low(cs-2) == ",")
			if sn.mentAt[a] >= 0 {
				return []string{sn.ments[sn.mentAt[a]].party}, ""
			}
			if a > 0 && sn.in(a, agentNouns) && sn.mentAt[a-1] >= 0 && sn.isAdjectiveMention(sn.ments[sn.mentAt[a-1]]) {
				return []string{sn.ments[sn.mentAt[a-1]].party}, ""
			}
		}
		if v := cs - 2; cs > 1 && sn.low(cs-1) == "that" && sn.low(j-1) == "," && (sn.in(v, speechVerbs) || sn.verbCue(v) != "") && strings.HasSuffix(sn.low(v), "ed") && strings.HasSuffix(sn.low(i), "ed") {
			// "Lawmakers demanded that Russia return the children, and
			// insisted that ...": the second verb goes with the first, whose
			// subject it shares, known or not; not "Russia"
			p, _ := sn.subjectOf(v)
			return p, ""
		}
		cs = sn.overRelative(cs)
		for cs > 2 && sn.in(cs-1, clauseWords) && sn.low(cs-1) != "that" && sn.low(cs-1) != "which" && sn.low(cs-1) != "who" && sn.toks[cs-2].word && sn.low(j-1) == "," {
			// "Kyiv said it would hold back as long as Moscow did the
			// same, and called for ...": not the subordinate clause's
			// subject; but "Kyiv denied it after Medinsky had criticised
			// the delay and demanded ..." goes on inside it
			cs = sn.clauseStart(cs - 2)
		}
		if !sn.reported(cs) {
			first := sn.nextWord(cs, false)
			if first == 0 && sn.bullet() {
				first = sn.nextWord(1, false) // "- Washington is offering guarantees and wants an answer"
			}
			if m := sn.lineLabel(cs - 1); m >= 0 {
				return sn.conjuncts(m), "" // "- Moscow: wants all of Donbas and rejects a truce": the side the bullet's label names
			}
			for first < j && isNumber(sn.low(first)) {
				first = sn.nextWord(first+1, false) // "09:30 Zelenskyy ...": a liveblog time
			}
			if t := sn.afterTimePhrase(first); t > first {
				first = t + b2i(sn.low(t) == ",")
			}
			first = sn.overPlacePhrase(first, j)
			if w := sn.low(first); first+1 < j && (w == "mr" || w == "mrs" || w == "ms" || sn.in(first, agentNouns)) && sn.mentAt[first] < 0 && sn.mentAt[first+1] >= 0 && sn.ments[sn.mentAt[first+1]].start == first+1 {
				first++ // "Mr Putin", "President Zelensky": the name after the title
			}
			if first < j && sn.mentAt[first] >= 0 {
				if m := sn.ments[sn.mentAt[first]]; !m.poss && (!sn.isAdjectiveMention(m) || sn.in(m.end, agentNouns)) && m.end < j {
					return sn.conjuncts(sn.mentAt[first]), ""
				}
			}
			if a := first + b2i(sn.in(first, determiners)); a < j && sn.mentAt[a] >= 0 {
				// "A European counter-proposal raises the ceiling and says
				// ...": the text's author
				m := sn.ments[sn.mentAt[a]]
				for k := m.end; k < j && k <= m.end+3; k++ {
					if sn.in(k, planNouns) || sn.in(k, termNouns) {
						return []string{m.party}, ""
					}
				}
			}
		} else if first := sn.nextWord(cs, false); first < j && sn.in(first, possPronouns) && (sn.low(first+1) == "country" || sn.low(first+1) == "nation") {
			return sn.pronoun(first), "" // "Nebenzia said his country remained open to talks, but insisted that ...": his country, the speaker's
		} else if v := cs - 1 - b2i(sn.low(cs-1) == "that"); sn.low(j) == "and" && sn.low(j-1) == "," && sn.low(v) == "said" && strings.HasSuffix(sn.low(i), "ed") && sn.verbCue(i) == Rejection {
			if p, _ := sn.subjectOf(v); len(p) > 0 {
				return p, "" // "The representative of the Russian Federation said ..., and rejected the Paris Declaration": the speaker rejects
			}
		}
		return sn.pronoun(j), ""
	}
	if p := j - 1; !pronouns.has(head) {
		named := "" // the partners' own side: "Kyiv and its European allies"
		if p > 0 && sn.mentAt[p] >= 0 && sn.isAdjectiveMention(sn.ments[sn.mentAt[p]]) {
			named = sn.ments[sn.mentAt[p]].party
			p-- // "Kyiv and its European partners", "the Kiev regime and its European sponsors"
		}
		if sn.in(p, possPronouns) && sn.low(p-1) == "and" && p >= 2 {
			n := p - 2
			if n > 0 && sn.mentAt[n] < 0 && sn.toks[n].word {
				n-- // "the Kiev regime and its ..."
			}
			if sn.mentAt[n] >= 0 {
				if o := sn.ments[sn.mentAt[n]].party; named != "" && named != o && head != "sponsors" {
					return []string{o, named}, head // "Kyiv and its European allies insisted on a ceasefire": both
				}
				return []string{sn.ments[sn.mentAt[n]].party}, head // "the Europeans and their partners insisted"
			}
		}
	}
	named := head == "sponsors" || head == "colleagues" || head == "counterparts" // "our American colleagues want": the Americans
	if m := sn.mentAt[max(j-1, 0)]; (otherNouns.has(head) || named) && j > 0 && m >= 0 {
		if a := sn.ments[m]; sn.isAdjectiveMention(a) && !a.poss && (named || !slices.Contains(sn.st.sides, a.party)) {
			return []string{a.party}, head // "Their European sponsors insist": Europe; but "Ukraine's allies", "Ukrainian allies" are not Ukraine
		}
	}
	if otherNouns.has(head) {
		return nil, head // "Ukraine's allies want ...": not Ukraine
	}
	if p := sn.low(j - 1); (head == "him" || head == "her") && (p == "around" || p == "near" || p == "to" && sn.low(j-2) == "close") {
		// "officials around him said": his people, the person named last
		for n := len(sn.ments) - 1; n >= 0; n-- {
			if m := sn.ments[n]; m.end < j && !m.poss && !sn.afterPreposition(m) && !sn.isAdjectiveMention(m) {
				return []string{m.party}, head
			}
		}
		if f := sn.nextWord(0, false); sn.low(f) == "he" || sn.low(f) == "she" {
			return sn.pronoun(f), head // "He did, however, rule out ..., and officials around him said"
		}
		return nil, head
	}
	for k := j; k >= 0 && k > j-6; k-- {
		t := toks[k]
		if m := sn.mentAt[k]; m >= 0 {
			if c := sn.calledTo(sn.ments[m]); c > 0 {
				return sn.subjectOf(c) // "he had called Putin to begin arranging a meeting": the caller arranges it
			}
			if p := sn.ments[m].start - 1; p > 0 && !toks[p].party && sn.plainParticiple(p) {
				j, head = p-1, toks[p-1].low // "European leaders visiting Kyiv called for": not Kyiv
				k = p
				continue
			}
			// "with Russia still insisting that ...": an absolute
			// construction, whose participle the mention governs.
			withING := sn.low(sn.ments[m].start-1) == "with" && strings.HasSuffix(sn.low(i), "ing")
			b := sn.beforeLead(sn.ments[m])
			if sn.low(b) == "under" && sn.in(b-1, agentNouns) && b > 1 {
				k = b // "Kyiv's team under Andriy Yermak agreed": the team's
				continue
			}
			if pw := sn.low(b); sn.afterPreposition(sn.ments[m]) && pw != "after" && pw != "before" && pw != "since" && pw != "until" && !withING {
				if p := sn.openingSubject(i); p != "" {
					return []string{p}, head // "Ukraine's delegation, headed by Rustem Umerov, secretary of ..., insists": the delegation
				}
				return nil, head // "Families of Ukrainian prisoners demanded"; but "after European leaders called for"
			}
			if n, cs := sn.ments[m].end, sn.clauseStart(sn.ments[m].start); sn.isAdjectiveMention(sn.ments[m]) && (troopWords[sn.low(n)] || sn.low(n) == "forces") && sn.low(n+1) == "would" && sn.low(i) == "only" &&
				sn.nextWord(cs, false)+b2i(sn.in(sn.nextWord(cs, false), determiners)) == sn.ments[m].start && !sn.reported(cs) {
				// "Ukrainian troops would pull back only if Russian troops
				// do": the side, through its troops; but not in another's
				// words ("Zelensky said Russian troops would leave only if
				// they were forced out") or thoughts ("Kyiv fears ...")
				return sn.conjuncts(sn.mentAt[k]), sn.low(n)
			}
			if k < j && sn.isAdjectiveMention(sn.ments[m]) && !toks[j].caps && !agentNouns.has(head) && !bothNouns.has(head) && !planNouns.has(head) && !termNouns.has(head) && !docNouns.has(head) && !textNouns.has(head) && nounCues[head] == "" {
				return nil, head // "Russian oil funds the war": not Russia; but "the European statement insisted" is Europe's
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
			if p := sn.st.agents[head]; p != "" && slices.Contains(groupNouns, head) && t.low == "the" && k == j-2 && sn.toks[j-1].info != nil && sn.toks[j-1].info.number && sn.low(j-1) != "two" {
				return []string{p}, head // "the three governments": the three named before, not both sides
			}
			if bothNouns.has(head) && (t.low == "the" || t.low == "both") {
				return nil, head // "the two sides agreed": both, not the last speaker
			}
			if (head == "spokeswoman" || head == "spokesman" || head == "spokesperson") && (t.low == "a" || t.low == "an") && k == j-1 && sn.st.prev != "" && !slices.ContainsFunc(sn.ments, func(m mention) bool { return m.start < k }) {
				return []string{sn.st.prev}, head // "The EU answered on Tuesday. A spokeswoman said ...": the spokeswoman of whoever was just named
			}
			if (head == "country" || head == "nation") && k == j-1 && t.in(possPronouns) {
				return sn.pronoun(k), head // "Zelenskyy says his country will not give up land": the speaker's own
			}
			if agentNouns.has(head) && (t.low == "the" || t.in(possPronouns)) {
				if cs := sn.clauseStart(k); t.low == "the" && k == j-1 && cs == k && sn.reported(cs) {
					if p := sn.speaker(cs); len(p) == 1 {
						return p, head // "Umerov said the delegation had pressed for ...": his own
					}
				}
				if p := sn.st.agent(head); p != "" && t.low == "the" && k == j-1 && sn.low(k-1) != "of" {
					return []string{p}, head // "The leaders reiterated": the leaders named before; not "a meeting of the leaders"
				}
				return sn.pronoun(k), head
			}
			if k < j && k >= j-2 && docParts[head] && (t.in(possPronouns) && sn.st.owner[sn.st.lastDoc] != "" || (t.low == "the" || t.low == "a" || t.low == "another") && sn.termsPart(head)) {
				return sn.owned(sn.st.lastDoc), head // "Its first section stipulates ...", "The next point requires ...": the document's author
			}
			if (head == "list" || head == "wishlist" || textNouns.has(head) || docParts[head]) && t.in(possPronouns) && k < j && k >= j-2 {
				return sn.pronoun(k), head // "Its list also called for ...", "Their joint statement says ...": whose it is
			}
			break
		}
		if t.in(prepositions) || t.in(clauseWords) || t.in(speechVerbs) || t.verbCue() != "" || t.in(pronouns) {
			break
		}
	}
	// The first party named in subject position in the clause.
	cs := sn.clauseStart(i)
	if f := sn.nextWord(cs, false); f < i && sn.in(f, agentNouns) && sn.mentAt[f] < 0 && (f+1 == i || sn.plainParticiple(f+1)) {
		if p := sn.st.agent(sn.low(f)); p != "" {
			return []string{p}, sn.low(f) // "Leaders meeting in Johannesburg said ...": the leaders named before
		}
	}
	if f := sn.nextWord(cs, false); f+1 < i && sn.in(f+1, memberNouns) && sn.mentAt[f] < 0 && (f+2 == i || sn.plainParticiple(f+2)) {
		if p := sn.st.agent(sn.low(f)); p != "" {
			return []string{p}, sn.low(f + 1) // "the coalition of the willing ... Coalition members stated that ...": the coalition's
		}
	}
	if head == "," {
		cs = sn.overRelative(cs) // "European leaders called the draft a basis that will need work, insisted that ...": the leaders
	}
	for mi, m := range sn.ments {
		if m.start >= cs && m.end <= i && !sn.afterPreposition(m) && !sn.addressee(m) {
			if c := sn.calledTo(m); c > 0 {
				return sn.subjectOf(c)
			}
			return sn.conjuncts(mi), head
		}
	}
	return nil, head
}

// calledTo returns the verb of "called (phoned, rang) X to do ..." before
// mention m, whose subject is the one to act: the caller, not X; else -1.
func (sn *sentence) calledTo(m mention) int {
	c := m.start - 1
	if c <= 0 || sn.low(m.end) != "to" {
		return -1
	}
	switch sn.low(c) {
	case "called", "phoned", "rang", "calls", "phones":
		return c
	}
	return -1
}

// toldSelf are the verbs after which "he" tells of the speaker: "told
// Trump he would not ...", "assured Erdogan she was ready".
var toldSelf = set("told", "tells", "tell", "telling", "assured", "assures", "informed", "informs")

// tellerAhead returns the verb of telling ("told", "assured") whose
// addressee, a side's name, ends just before k, maybe with a time or
// place after it ("told Ukraine at talks in Istanbul on Monday"); or -1.
func (sn *sentence) tellerAhead(k int) int {
	for a := k - 1; a > 0 && a >= k-10; a-- {
		if m := sn.mentAt[a]; m >= 0 && !sn.ments[m].poss {
			if v := sn.prevWord(sn.ments[m].start); sn.in(v, toldSelf) && (sn.ments[m].end == k || sn.in(sn.ments[m].end, prepositions)) {
				return v
			}
			return -1
		}
		if t := sn.toks[a]; !t.word || t.in(speechVerbs) || t.in(finiteVerbs) || t.in(clauseWords) {
			return -1
		}
	}
	return -1
}

// addressee reports whether a mention is who was told ("Putin told Trump a
// ceasefire required ..."): the listener, not the subject.
func (sn *sentence) addressee(m mention) bool {
	p := sn.prevWord(m.start)
	if sn.low(p) == "the" {
		p = sn.prevWord(p) // "told the Americans"
	}
	switch sn.low(p) {
	case "told", "tells", "tell", "telling", "assured", "informed", "reminded", "warned", "warns", "urged", "urges":
		return true
	}
	return false
}

// reporter returns the subject of the last speech verb before token i
// ("Peskov said that Putin had told Trump a ceasefire required ..."), else
// of a trailing one ("..., it said"): whose position a clause without a
// party subject states.
func (sn *sentence) reporter(i int) []string {
	for k := i - 1; k >= 0; k-- {
		if sn.low(k) == "according" && k == sn.nextWord(0, false) {
			break // "According to Putin, ...": the view aside below
		}
		if sn.in(k, speechVerbs) && !sn.quoted[k] && !sn.speechNoun(k) || sn.participleSpeech(k) {
			if cs := sn.clauseStart(k); sn.inRelativeAside(k, i) {
				// "Moscow's memorandum, which Kyiv said it would study, sets a
				// ceasefire only if ...": not who reports it, but whose the
				// text the clause is about is
				for n := cs - 3; n >= 0 && n >= cs-8 && sn.toks[n].word; n-- {
					if m := sn.mentAt[n]; m >= 0 {
						return []string{sn.ments[m].party}
					}
				}
				continue
			}
			if parties, _ := sn.subjectOf(k); len(parties) > 0 {
				return parties
			}
			return sn.docSpeaker(k) // "A final settlement, the document says, would require ..."
		}
	}
	if k := sn.trailingSpeech(); k > i {
		parties, _ := sn.subjectOf(k) // "... only after X, it said"
		return parties
	}
	semi := 0
	for k := i - 1; k > 0; k-- {
		if sn.low(k) == ";" {
			semi = k
			break
		}
	}
	if v := sn.madeClearVerb(semi, i); v > 0 {
		parties, _ := sn.subjectOf(v) // "the Kremlin made clear that, from its point of view, the deal would come into force only after ..."
		if len(parties) > 0 {
			return parties
		}
	}
	if p := sn.viewAside(i); p != nil {
		return p
	}
	if p := sn.replyClause(i); p != nil {
		return p // "The Russian side's answer is that an energy truce is possible only as part of a settlement"
	}
	for k := i - 1; k > 0; k-- {
		if sn.toks[k].text != ":" {
			continue
		}
		// "the Kremlin attached strings: the arrangement would take effect
		// only after ...": who sets out what follows the colon.
		for _, m := range sn.ments {
			if m.end <= k && !m.poss && !sn.afterPreposition(m) && !sn.isAdjectiveMention(m) {
				return []string{m.party}
			}
		}
		break
	}
	return nil
}

// inRelativeAside reports whether token k lies in a relative clause set
// off by commas that closes before i: ", which Kyiv said it would study,".
func (sn *sentence) inRelativeAside(k, i int) bool {
	cs := sn.clauseStart(k)
	if w := sn.low(cs - 1); (w != "which" && w != "who") || sn.low(cs-2) != "," {
		return false
	}
	return slices.ContainsFunc(sn.toks[k:i], func(t token) bool { return t.text == "," })
}

// viewWords name a party's reading of things: "in Moscow's view".
var viewWords = map[string]bool{"view": true, "reading": true, "telling": true, "account": true,
	"eyes": true, "version": true, "understanding": true, "words": true}

// viewAside returns the party of an aside before token i that says whose
// view the clause gives: "A final settlement, in the Russian reading, would
// require ...", ", in Moscow's view,", and with no comma after it "in
// Kyiv's view the sanctions must stay"; or a sentence that opens
// "According to Putin, ...".
func (sn *sentence) viewAside(i int) []string {
	if m, c := sn.voiceOpens(); m >= 0 && c < i {
		return []string{sn.ments[m].party} // "According to Putin, a settlement is possible only if ...", "As Zelensky put it, any deal must ..."
	}
	if m := sn.forSide(sn.nextWord(0, false)); m >= 0 && sn.ments[m].end < i && sn.clauseStart(i) <= sn.ments[m].start && !sn.saysWhatFollows(sn.ments[m].end+1, i) {
		return []string{sn.ments[m].party} // "For Kyiv, a ceasefire requires that ..."; but not "..., but Ukraine would have to ...", "...: Ukraine must ..."
	}
	for k := i; k > 1; k-- {
		if !viewWords[sn.low(k-1)] {
			continue
		}
		m := sn.mentAt[k-2]
		if bare := sn.toks[k].word && m >= 0 && sn.ments[m].poss && sn.low(sn.ments[m].start-1) == "in" && sn.low(sn.ments[m].start-2) != "which" && sn.low(sn.ments[m].start-2) != "that"; sn.toks[k].text != "," && !bare {
			continue
		}
		for n := k - 2; n > 0 && n >= k-5; n-- {
			if m := sn.mentAt[n]; m >= 0 && (sn.low(n-1) == "in" || sn.low(n-1) == "the" || sn.low(n-1) == "by") {
				return []string{sn.ments[m].party}
			}
		}
	}
	return nil
}

// participleSpeech reports whether token k is ", saying" or the like: a
// participle that reports what its clause's subject said.
func (sn *sentence) participleSpeech(k int) bool {
	return k > 0 && sn.toks[k-1].text == "," && sn.participleSpeechAt(k)
}

// plainParticiple reports whether token k is an "-ing" form that neither
// reports speech nor states a position ("backing", "including").
func (sn *sentence) plainParticiple(k int) bool {
	return strings.HasSuffix(sn.low(k), "ing") && !sn.participleSpeechAt(k) && sn.verbCue(k) == ""
}

// participleSpeechAt reports whether token k is "saying" or the like.
func (sn *sentence) participleSpeechAt(k int) bool {
	switch sn.low(k) {
	case "saying", "arguing", "adding", "insisting", "warning", "noting", "claiming", "telling", "stressing", "writing", "declaring", "repeating", "reiterating":
		return true
	}
	return false
}

// contactRelative reports whether mention m opens a relative clause
// without "that" ("the very thing Moscow has long demanded"): a noun
// phrase just before it, under a determiner.
func (sn *sentence) contactRelative(m mention) bool {
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		t := sn.toks[k]
		if !t.word || t.caps || t.party {
			return false
		}
		if t.in(determiners) {
			return k < m.start-1
		}
		if t.in(prepositions) || t.in(clauseWords) || t.in(speechVerbs) || t.verbCue() != "" {
			return false
		}
	}
	return false
}

// clauseOpens reports whether a clause with a side as its subject and a
// verb other than one of speech opens at k: "European leaders called ...",
// "the Russian delegation handed ...".
func (sn *sentence) clauseOpens(k int) bool {
	k += b2i(sn.low(k) == "the")
	m := sn.mentAt[min(k, len(sn.toks)-1)]
	if k >= len(sn.toks) || m < 0 || sn.ments[m].start != k || sn.ments[m].poss {
		return false
	}
	v := sn.ments[m].end
	if sn.in(v, agentNouns) {
		v++
	}
	w := sn.low(v)
	// but not a speech verb: ", Ukrainian officials said," is the aside itself
	return v+1 < len(sn.toks) && !sn.toks[v].caps && !sn.in(v, speechVerbs) && !sn.participleSpeechAt(v) && sn.toks[v+1].word && // "Kyiv, Peskov remarked, still wants": an aside all the same
		(sn.verbCue(v) != "" || sn.in(v, pastTenses) || participle(w) && !sn.in(v+1, prepositions))
}

// overRelative moves a clause start cs back over the relative clauses it
// opens ("the draft a basis that will need work", "a truce, which Kyiv had
// accepted"), to the clause they sit in.
func (sn *sentence) overRelative(cs int) int {
	for cs > 1 && (sn.low(cs-1) == "that" || sn.low(cs-1) == "which") && (sn.toks[cs-2].word || sn.low(cs-1) == "which" && sn.low(cs-2) == "," && cs > 2 && sn.toks[cs-3].word) && !sn.in(cs-2, speechVerbs) && sn.verbCue(cs-2) == "" {
		cs = sn.clauseStart(cs - 2)
	}
	return cs
}

// beforeRelative skips a relative clause without commas that ends at j:
// "European leaders who joined the talks on Monday proposed ...": the
// subject is the noun before "who".
func (sn *sentence) beforeRelative(j int) int {
	for k, limit := j, j-12; k > 0 && k > limit; k-- {
		t := sn.toks[k]
		if sn.namesListAfter(k) {
			limit -= 4
			continue // "who helped draft the British, French and German counter-proposal"
		}
		if !t.word || t.low == "that" || t.low == "which" || sn.in(k, speechVerbs) {
			return j
		}
		if t.low == "who" {
			if sn.toks[k-1].word {
				return k - 1
			}
			return j
		}
	}
	return j
}

// namesListAfter reports whether the comma at k, after a name, goes on a
// list of names that "and" closes: ", France and the United Kingdom".
func (sn *sentence) namesListAfter(k int) bool {
	if k < 1 || k >= len(sn.toks) || sn.toks[k].text != "," || sn.mentAt[k-1] < 0 {
		return false
	}
	for n := k + 1; n < len(sn.toks); {
		if sn.low(n) == "the" {
			n++
		}
		if n >= len(sn.toks) || sn.mentAt[n] < 0 {
			return false
		}
		m := sn.mentAt[n]
		switch n = sn.ments[m].end; sn.low(n) {
		case ",":
			n++
		case "and":
			return sn.mentAt[min(n+1+b2i(sn.low(n+1) == "the"), len(sn.toks)-1)] >= 0
		default:
			return false
		}
	}
	return false
}

// termsPart reports whether w names a part of the terms last named
// ("point", "section"), whose author it speaks for; not NATO's "Article".
func (sn *sentence) termsPart(w string) bool {
	return docParts[w] && w != "article" && sn.st.lastDoc == Demand && sn.st.owner[Demand] != ""
}

// conjunctDeterminers may stand between "and" and the next name joined:
// "Washington and the Europeans", "Kyiv and its European allies".
var conjunctDeterminers = map[string]bool{"the": true, "its": true, "their": true}

// conjuncts returns the party of mention mi and those joined to it before
// by "and" or commas: "Washington and European capitals".
func (sn *sentence) conjuncts(mi int) []string {
	out := []string{sn.ments[mi].party}
	and := false // a comma joins names only in a list with "and"
	for k := mi - 1; k >= 0; k-- {
		gap := sn.toks[sn.ments[k].end:sn.ments[k+1].start]
		if len(gap) == 0 || len(gap) > 2 || sn.afterPreposition(sn.ments[k]) && !sn.textBy(sn.ments[k]) {
			break
		}
		joined := false
		for _, t := range gap {
			switch {
			case t.low == "and":
				joined, and = true, true
			case t.text == "-" && !t.space && len(gap) == 1:
				joined = true // "the joint US-Ukrainian statement"
			case t.text == "–" && !t.space && len(gap) == 1 && !sn.toks[sn.ments[k+1].start].space && sn.sideAdjectiveMention(k) && sn.sideAdjectiveMention(k+1):
				joined = true // "the joint US–Ukrainian statement"; not "a Zelensky–Putin meeting", "the Russia–Ukraine war"
			case t.text == ",":
				joined = and
			case !conjunctDeterminers[t.low]:
				joined = false
			}
			if !joined && !conjunctDeterminers[t.low] {
				break
			}
		}
		if !joined {
			break
		}
		out = append([]string{sn.ments[k].party}, out...)
	}
	if n := mi + 1; n < len(sn.ments) && alike(sn.toks[sn.ments[mi].end:sn.ments[n].start]) && sn.low(sn.ments[n].end) == "," {
		out = append(out, sn.ments[n].party) // "Kyiv, along with the Europeans, wants ...": both
	}
	return out
}

// sideAdjectiveMention reports whether mention mi is one word written as a
// side's adjective or initials: "US", "Ukrainian" of "US–Ukrainian".
func (sn *sentence) sideAdjectiveMention(mi int) bool {
	m := sn.ments[mi]
	return m.end-m.start == 1 && !m.poss && sideAdjectiveForm(sn.toks[m.start].text)
}

// alike reports whether the words between two names set the second in an
// aside that joins it to the first: ", along with (the)", ", together
// with"; not ", like", which may only compare ("Ukraine, like Finland,
// wants to join NATO").
func alike(gap []token) bool {
	if len(gap) < 2 || gap[0].text != "," {
		return false
	}
	w := gap[1:]
	if n := len(w); w[n-1].low == "the" {
		w = w[:n-1]
	}
	return len(w) == 2 && (w[0].low == "along" || w[0].low == "together") && w[1].low == "with"
}

// textBy reports whether the mention names an author of a text: "a joint
// statement by the US and Ukraine".
func (sn *sentence) textBy(m mention) bool {
	b := sn.beforeLead(m)
	return (sn.low(b) == "by" || sn.low(b) == "from") && sn.in(b-1, textNouns)
}

// bulletLabel returns the mention that labels a list of bullets whose
// item opens on the verb at i ("the Russian delegation: - made ...; -
// insisted ..."), or -1.
func (sn *sentence) bulletLabel(i int) int {
	if m := sn.lineLabel(i - 1); m >= 0 {
		return m // "- Moscow: rejects a truce"
	}
	if i < 3 || sn.toks[i-1].text != "-" && sn.toks[i-1].text != "•" {
		return -1
	}
	colon := i - 2
	if sn.low(colon) == ";" {
		colon = slices.IndexFunc(sn.toks[:colon], func(t token) bool { return t.text == ":" })
	}
	if colon < 1 || sn.low(colon) != ":" {
		return -1
	}
	return sn.labelAt(colon)
}

// lineLabel returns the mention that labels a bullet before the colon at
// colon ("- Moscow: rejects a truce"), or -1.
func (sn *sentence) lineLabel(colon int) int {
	if !sn.bullet() || sn.low(colon) != ":" {
		return -1
	}
	if m := sn.labelAt(colon); m >= 0 && sn.ments[m].start == sn.nextWord(1, false) {
		return m
	}
	return -1
}

// labelAt returns the mention that ends right before the colon at colon
// and labels what follows it ("European leaders:", "the Russian
// delegation:"), but not one after a preposition ("Zelensky, in his talks
// with Russia:"), or -1.
func (sn *sentence) labelAt(colon int) int {
	for _, h := range []int{colon - 1, colon - 2} {
		if m := sn.mentAt[max(h, 0)]; m >= 0 && !sn.ments[m].poss && (sn.ments[m].end == colon || sn.ments[m].end == h+1 && sn.in(h+1, agentNouns)) && !sn.afterPreposition(sn.ments[m]) {
			return m
		}
	}
	return -1
}

// pronoun resolves a pronoun or a definite reference at token k: the
// speaker of the sentence if one precedes it ("Zelenskyy said he ..."),
// for "we" also one that follows ("..., Medinsky said"), else the subject
// of the previous sentence.
func (sn *sentence) pronoun(k int) []string {
	w := sn.low(k)
	if l := sn.nextWord(0, false); (w == "he" || w == "she") && len(sn.ments) > 0 && sn.ments[0].start == l && sn.low(sn.ments[0].end) == ":" && k > sn.ments[0].end && !sn.quoted[k] &&
		sn.st.person != "" && sn.st.person != sn.ments[0].party {
		return []string{sn.st.person} // "TIME: Putin says he wants all of Donbas. Zelensky: He wants all of Ukraine.": not the one who answers
	}
	if w == "he" || w == "she" || w == "it" || (w == "his" || w == "her") && (sn.low(k+1) == "country" || sn.low(k+1) == "nation") {
		// "He told Trump he will never give up Donbas", "Putin told Trump his
		// country wants all of Donbas", "Russia told Ukraine at talks in
		// Istanbul that it would agree ...": who tells of itself, not whom
		// it tells (but "warned Trump he would face ...": the one warned)
		if v := sn.tellerAhead(k - b2i(sn.low(k-1) == "that")); v > 0 {
			if p, _ := sn.subjectOf(v); len(p) == 1 {
				return p
			}
		}
	}
	if (w == "it" || w == "they") && (sn.low(k-1) == ";" || sn.low(k-1) == "and" && sn.low(k-2) == ";") {
		if m := sn.mentAt[min(sn.nextWord(0, false), len(sn.toks)-1)]; m >= 0 && !sn.ments[m].poss && sn.ments[m].end < k {
			return []string{sn.ments[m].party} // "Ukraine, it says, must withdraw ...; it must declare itself neutral": the subject the sentence opened with
		}
		if c := slices.IndexFunc(sn.toks[:k], func(t token) bool { return t.text == ":" }); c > 0 {
			if m := sn.mentAt[min(sn.nextWord(c+1, false), len(sn.toks)-1)]; m >= 0 && !sn.ments[m].poss && sn.ments[m].end < k {
				return []string{sn.ments[m].party} // "Ukraine's demands have not changed: Kyiv will not ...; it wants ...; and it insists ...": the list's subject, not "if Russia attacked again"
			}
		}
		for n := k - 2; n > 0; n-- {
			if sn.low(n) == w && sn.low(n-1) == "," && sn.in(n+1, speechVerbs) {
				return sn.pronoun(n) // "Ukraine's army, they said, should keep 800,000 troops; they insisted that ...": the same speakers
			}
		}
	}
	if f := sn.teamBefore(k); f >= 0 && !slices.ContainsFunc(sn.ments, func(m mention) bool {
		return m.end <= k && !m.poss && !sn.afterPreposition(m) && m.start > f+1 && !sn.peopleName(m)
	}) {
		return sn.pronoun(f) // "His team also passed the Russians a list of children it says were taken", "He said his team handed over a list of children it wants returned": the team's side
	}
	if p := sn.askerOwnPlan(k); len(p) > 0 {
		return p // "The Trump administration wants Ukraine to accept its 28-point plan": the asker's plan
	}
	if w == "it" && sn.st.ownedLead && sn.st.ownedAt == sn.st.sentences-1 && k == sn.nextWord(0, false) && sn.in(sn.nextWord(k+1, true), speechVerbs) && sn.st.owner[sn.st.lastDoc] != "" {
		// "The European version takes a chainsaw to the worst bits. It says
		// ...": the text just named speaks for its author; but after "The
		// Kremlin has received the European version." it is the Kremlin
		return sn.owned(sn.st.lastDoc)
	}
	if w == "its" || w == "their" {
		cs := sn.clauseStart(k)
		for n := len(sn.ments) - 1; n >= 0; n-- {
			// "Russia's delegation in Istanbul put its terms on paper", "the
			// Russian side still wanted what its memorandum set out": the
			// side's
			if m := sn.ments[n]; m.end < k && sn.in(m.end, agentNouns) && cs <= m.start && (m.poss || sn.isAdjectiveMention(m) && sn.subjectPosition(m) && m.end+1 < k && sn.toks[m.end+1].word) {
				return []string{m.party}
			}
		}
	}
	if (w == "he" || w == "she" || w == "it" || w == "they") && k == sn.nextWord(0, false) && sn.st.asked != "" && sn.st.askedLeft == 3 {
		return []string{sn.st.asked} // "What does Putin want? He wants ...": whom the question named
	}
	if first := sn.nextWord(0, false); (w == "he" || w == "she" || w == "it" || w == "they") && k > first && sn.low(first) == w && sn.quoted[k] == sn.quoted[first] && sn.low(k-1) == "and" {
		return sn.pronoun(first) // "He wants Donbas, and he wants a promise ...": the same man
	}
	if v, a := sn.nextWord(k+1, true), k-1-b2i(sn.low(k-1) == "that"); (w == "it" || w == "they") && sn.low(a) == "and" && sn.low(a-1) == "," && sn.verbCue(v) != "" {
		// "Russia, he said, still wants Ukraine to withdraw ..., and it
		// wants Kyiv disarmed", "told Trump that Ukraine wants 30 years,
		// and that it wants them ratified": whoever wanted the first thing
		for n := a - 2; n > 0; n-- {
			if sn.low(n) == sn.low(v) && !sn.quoted[n] {
				if p, _ := sn.subjectOf(n); len(p) > 0 {
					return p
				}
				break
			}
		}
		for n := 1; n < a-1; n++ {
			if sn.verbCue(n) == Demand && !sn.quoted[n] && sn.clauseStart(n) == 0 {
				// "Moscow insists that Ukraine withdraw ..., and it wants the
				// plant to stay under Russian management": who insists
				if m := sn.mentAt[n-1]; m >= 0 && !sn.ments[m].poss && sn.ments[m].start == 0 {
					return []string{sn.ments[m].party}
				}
				break
			}
		}
	}
	if n := sn.asideBefore(k); (w == "he" || w == "she") && n > 0 && !slices.ContainsFunc(sn.ments, func(m mention) bool { return m.start >= n && m.end <= k && sn.peopleName(m) }) {
		// but ", as the Americans have proposed, he says": no man of theirs
		if p := sn.asideSpeaker(n, k); len(p) > 0 {
			return p // "If Moscow broke the deal, Zelensky added, he would ask ...": who added it
		}
	}
	if v := sn.nextWord(k+1, true); (w == "he" || w == "she") && sn.verbCue(v) == Rejection && sn.refersBack(v+1) {
		// "Putin, the Ukrainian president said, wants Kyiv to hand over
		// Donbas - and he rejected the idea": no one rejects what he
		// himself wants; the one who said so does
		if sp := sn.asideSpeaker(0, k); len(sp) == 1 && sp[0] != sn.st.lastPosParty {
			return sp
		}
	}
	if p := cmp.Or(sn.st.speaker, sn.st.person); (w == "he" || w == "she") && k > 0 && p != "" && sn.leadPronoun() == k {
		return []string{p} // "By Saturday, after a call with European leaders, he had dropped it": the man of before, not the leaders of the opening
	}
	if third := func(m mention) bool { return m.end <= k && !slices.Contains(sn.st.sides, m.party) }; w == "they" && len(sn.st.sides) == 2 && !slices.ContainsFunc(sn.ments, third) {
		// "They want us to leave four regions", "They demand that we ...":
		// they are the other side of us; but not after another party ("Peskov
		// said of the Europeans: They want us to ...")
		for u := k + 1; u < len(sn.toks) && u <= k+4 && sn.toks[u].word; u++ {
			if x := sn.toks[u].text; x == "us" || x == "our" || x == "we" { // not "US"
				if i := slices.Index(sn.st.sides, strings.Join(sn.pronoun(u), "")); i >= 0 {
					return []string{sn.st.sides[1-i]}
				}
				break
			}
		}
	}
	if i := slices.Index(sn.st.sides, cmp.Or(sn.st.labelVoice, sn.st.interviewee)); (w == "their" || w == "they") && (sn.st.asking || sn.st.labelVoice != "") && i >= 0 && len(sn.st.sides) == 2 && !sn.quoted[k] && !slices.ContainsFunc(sn.ments, func(m mention) bool { return m.end <= k && sn.low(m.end) != ":" }) {
		// "Q: Their June memorandum still asks your troops to leave ...",
		// "Umerov: They don't raise it any more.": the other side of the one
		// asked, or of the one who answers; but after "The European
		// counter-proposals are not constructive." they are the Europeans'
		if sn.st.pluralAt == sn.st.sentences-1 && sn.st.pluralOwner != "" && w == "they" {
			return []string{sn.st.pluralOwner}
		}
		return []string{sn.st.sides[1-i]}
	}
	if (w == "its" || w == "their") && k > 2 && sn.low(k-1) == "and" && sn.toks[k-2].text == "," {
		if c := sn.possConjunct(k); c >= 0 {
			// "He called the European Union's decision to keep the assets
			// frozen, and its plan for a reparations loan, theft": the
			// conjunct before it was the Union's
			return []string{sn.ments[c].party}
		}
	}
	if (w == "its" || w == "their") && k > 2 && sn.low(k-1) == "and" && sn.toks[k-2].text == "," && len(sn.ments) > 0 && sn.ments[0].end < k && sn.subjectPosition(sn.ments[0]) && !sn.ments[0].poss && !sn.isAdjectiveMention(sn.ments[0]) {
		// "Russia keeps insisting that Ukraine withdraw ..., and its
		// officials have ruled out a freeze": the main clause's subject
		return []string{sn.ments[0].party}
	}
	if m := sn.mentAt[max(k-1, 0)]; (w == "its" || w == "their") && k > 1 && m >= 0 && sn.ments[m].end == k && (sn.in(sn.ments[m].start-1, presentVerbs) || sn.low(sn.ments[m].start-1) == "gave") {
		// "Moscow handed Kyiv its memorandum": the giver's, not the
		// receiver's
		if p, _ := sn.subjectOf(sn.ments[m].start - 1); len(p) > 0 {
			return p
		}
	}
	if w == "its" && sn.low(k-1) == "with" && sn.low(k-2) == "," && (sn.in(k-3, termNouns) || sn.in(k-3, docNouns)) {
		// "describes the June memorandum, with its call for a neutral
		// Ukraine": the text's, so its author's
		if p := sn.owned(Demand); len(p) > 0 {
			return p
		}
		if p := sn.clauseSubject(k - 3); len(p) > 0 {
			return p
		}
	}
	if possPronouns.has(w) && w != "our" && w != "my" {
		// "a demand Russia put in writing in its memorandum": the nearest
		// name before that is a subject, and a person's "his" none in a
		// clause of its own ("as long as Russia stops ..., and his
		// negotiators"); "..., while the Ukrainian side
		// gave the Russians a list and repeated its call": the subject of
		// the clause after "while".
		for n := k - 1; n > 0; n-- {
			if t := sn.low(n); t == "while" || t == "whereas" {
				for _, m := range sn.ments {
					if m.start > n && m.end <= k && sn.subjectPosition(m) {
						return []string{m.party}
					}
				}
				break
			}
		}
		for n := len(sn.ments) - 1; n >= 0; n-- {
			m := sn.ments[n]
			if m.end <= k && !m.poss && !sn.afterPreposition(m) && !sn.isAdjectiveMention(m) && !(sn.asideSpeakerAt(m) && w != "his" && w != "her") && !((w == "his" || w == "her") && sn.in(m.start-1, clauseWords)) {
				return []string{m.party}
			}
		}
	}
	if w == "we" || w == "i" || w == "our" || w == "my" || w == "us" {
		for _, m := range sn.ments {
			if m.start > k && sn.nearSpeech(m) && !(sn.quoted[k] && sn.quoted[m.start]) { // but `"We will not withdraw because Moscow says so," he said`: Moscow is quoted, no speaker
				return []string{m.party}
			}
			if m.end+1 < k && sn.low(m.end) == "and" && sn.low(m.end+1) == "our" && !m.poss {
				return []string{m.party} // "As for the United Kingdom and our European partners, our position is ...": the speaker's own side, named
			}
		}
		if v := sn.trailingSpeech(); v > k && sn.unnamedSpeaker(v) {
			return nil // `"We need a full ceasefire," Fedorov stressed`: someone the pack does not know
		} else if v > k+1 && sn.in(v-1, pronouns) {
			if sp, _ := sn.subjectOf(v); len(sp) > 0 {
				return sp // `"If Russia does not strike our energy, we will not strike theirs," he said`
			}
		}
		if sn.quoted[k] {
			// `Putin said: "We want peace, not a truce."`: who speaks
			// before the quote, as who `rejected it: "We need a lasting
			// peace."`
			for v := k - 1; v >= 0; v-- {
				if (sn.in(v, speechVerbs) || sn.verbCue(v) == Rejection && sn.in(v+1, refusedPronouns) && sn.low(v+2) == ":") && !sn.quoted[v] {
					if sp, _ := sn.subjectOf(v); len(sp) > 0 {
						return sp
					}
					break
				}
			}
		}
		if sn.quoted[k] && sn.st.voice != "" && !sn.anyIn(0, len(sn.toks), speechVerbs) {
			return []string{sn.st.voice} // a quote under "Yuri Ushakov, in an interview:"
		}
		if v := sn.roleSpeech(k); v > 0 {
			// `"We will need clear guarantees," the foreign minister said`:
			// the person the text has just named, by title.
			if sn.st.speaker != "" {
				return []string{sn.st.speaker}
			}
			if sn.st.prev != "" {
				return []string{sn.st.prev}
			}
		}
		if p := cmp.Or(sn.st.labelVoice, sn.st.author, sn.st.interviewee); !sn.quoted[k] && p != "" {
			return []string{p} // "Medinsky: ... We exchange all the seriously wounded": who answers; an op-ed's author; whom "a conversation with" introduced
		}
		if !sn.quoted[k] && sn.st.firstSide != "" {
			// "We want a European presence on the ground", unquoted: the
			// voice of an interview or a statement, whose side the item
			// names first.
			return []string{sn.st.firstSide}
		}
		if sn.quoted[k] && sn.st.aheadKnown {
			return sn.st.quoteAhead // `"We want all of Donbas. There will be no compromise," Peskov told reporters`: who closes the quote
		}
		if p := cmp.Or(sn.st.voice, sn.st.speaker, sn.st.firstSide); sn.quoted[k] && p != "" && !sn.anyIn(0, len(sn.toks), speechVerbs) {
			// `"We demand that every deported child be returned."` with no
			// speaker in the sentence: the interviewee, not the side named
			// last ("They rejected a ceasefire again").
			return []string{p}
		}
	}
	if v := sn.trailingSpeech(); w == "they" && sn.quoted[k] && v > k && sn.low(v+1) == "of" {
		n := v + 2 + b2i(sn.low(v+2) == "the")
		if m := sn.mentAt[min(n, len(sn.toks)-1)]; m >= 0 {
			return []string{sn.ments[m].party} // `"They want Donbas without a fight," the president said of Moscow (of the Russians)`
		}
	}
	if w == "they" && (sn.quoted[k] || sn.st.labelVoice != "") && len(sn.st.sides) == 2 && slices.ContainsFunc(sn.toks[k+1:], func(t token) bool { return t.low == "us" || t.low == "we" || t.low == "our" }) {
		p := sn.st.labelVoice // "Umerov: They want us to withdraw from Kramatorsk": an interview's answer
		if sn.quoted[k] {
			p = sn.quoteSpeaker(k)
		}
		if slices.Contains(sn.st.sides, p) {
			// `"They want us to hand over the rest of Donetsk"`, a Ukrainian
			// official said: they are the other side
			if p == sn.st.sides[0] {
				return []string{sn.st.sides[1]}
			}
			return []string{sn.st.sides[0]}
		}
		if p == "" && k == 1 && quoteMark(sn.toks[0].text) {
			// `"They want us to hand over land their army hasn't even taken,"
			// said a machinist from Ohio`, a quote that opens on "they":
			// whose "us" the item does not say, so neither whose "they"
			return nil
		}
	}
	if w == "they" && sn.quoted[k] && sn.labelSpeaker() != nil {
		return nil // `Zelensky: "they want it all by June"`: a line's quote, whose "they" the line does not name
	}
	if w == "they" && k > 1 && sn.mentAt[k-1] >= 0 && sn.low(sn.ments[sn.mentAt[k-1]].start-1) == "in" {
		return []string{sn.ments[sn.mentAt[k-1]].party} // "In Moscow they insist ..."
	}
	if v := sn.prevWord(k); v > 0 && sn.in(v, speechVerbs) && sn.mentAt[v-1] >= 0 && !sn.ments[sn.mentAt[v-1]].poss {
		return []string{sn.ments[sn.mentAt[v-1]].party} // "the Kremlin says it wants peace": the one who says
	}
	if v := k - 1; (w == "they" || w == "he" || w == "she" || w == "it") && sn.participleSpeech(v) {
		if p, _ := sn.subjectOf(v); len(p) > 0 {
			return p // "..., a charge Ukrainian officials denied, saying they had to ...": who says it
		}
	}
	if t := sn.low(k - 1); (t == "though" || t == "although") && w == "it" {
		// "Zelensky says Kyiv would set aside its NATO bid, though it still
		// wants a path into the EU": the subject of the clause just before
		for n := len(sn.ments) - 1; n >= 0; n-- {
			if m := sn.ments[n]; m.end <= k && sn.subjectPosition(m) && !sn.isAdjectiveMention(m) && !m.poss {
				return []string{m.party}
			}
		}
	}
	if t := sn.low(k - 1); t == ";" {
		// "Kyiv proposed that Zelensky and Putin meet; it asked again
		// for ...": the subject of the clause before the semicolon, not
		// of a clause it reports.
		from := 0
		for n := k - 2; n > 0; n-- {
			if sn.low(n) == ";" {
				from = n + 1
				break
			}
		}
		for _, m := range sn.ments {
			if m.start >= from && m.end <= k && sn.subjectPosition(m) && !sn.isAdjectiveMention(m) && sn.quoted[m.start] == sn.quoted[k] {
				return []string{m.party}
			}
		}
	}
	if t := sn.low(k - 1); t == ":" || t == ";" {
		// "Russia sent a delegation, and Kyiv, for its part, has not
		// moved: it insists ...": the subject of the clause just before.
		for n := len(sn.ments) - 1; n >= 0; n-- {
			if m := sn.ments[n]; m.end <= k && sn.subjectPosition(m) && !sn.isAdjectiveMention(m) && sn.quoted[m.start] == sn.quoted[k] {
				return []string{m.party}
			}
		}
	}
	from := 0 // the clause after the last semicolon: "...; the Kremlin has made clear that it still wants ..."
	if sn.low(k-1) == "," && sn.in(k+1, speechVerbs) && w == "they" {
		from = k // "Ukraine must have guarantees, they wrote": they report the clause before, they are not in it
	}
	for n := k - 1; n > from; n-- {
		if t := sn.low(n); t == ";" || t == "while" || t == "whereas" {
			if slices.ContainsFunc(sn.ments, func(m mention) bool { return m.start > n && m.end <= k && sn.subjectPosition(m) }) {
				from = n + 1
			}
			break
		}
	}
	for _, m := range sn.ments {
		if m.end > k {
			break
		}
		if m.start < from {
			continue
		}
		if m.end == k-1 && sn.low(k-1) == "," && sn.in(k+1, speechVerbs) {
			continue // "Ukraine, it says, must ...": the aside speaks of Ukraine, it is not Ukraine
		}
		if c := sn.low(sn.beforeLead(m)); (w == "he" || w == "she") && (c == "if" || c == "unless") {
			continue // "If Russia breaks the deal, he added, ...": he is no country supposed
		}
		if (w == "he" || w == "she" || w == "it") && sn.peopleName(m) {
			continue // "as the Americans have proposed, he says ...": no "he"; "passed the Russians a list of children it says were taken": no "it"
		}
		if (w == "he" || w == "she") && sn.isAdjectiveMention(m) && (sn.low(m.end) == "and" || !sn.in(m.end, agentNouns) || strings.HasSuffix(sn.low(m.end), "s")) {
			continue // "Russian and Ukrainian negotiators agreed ..., Umerov said ... at which he pressed", "The Russian paper, he told reporters, ...", "Ukrainian officials say Mr Putin wants ..., and he repeated": no "he"
		}
		if v := sn.nextWord(m.end, true); w == "it" && sn.in(v, speechVerbs) && slices.ContainsFunc(sn.ments, func(o mention) bool {
			s := v + 1 + b2i(sn.low(v+1) == "that")
			s += b2i(sn.low(s) == "the")
			return o.start == s && o.end <= k && o.party != m.party && !o.poss && !sn.isAdjectiveMention(o)
		}) {
			continue // "Zelensky said Russia was using the issue to hide that it wants all of Donbas": it is the one spoken of, not the speaker
		}
		if sn.subjectPosition(m) && sn.quoted[m.start] == sn.quoted[k] && !sn.venueBefore(m, k) { // but "After Paris, its ministry": a venue
			return []string{m.party}
		}
	}
	if w == "it" && sn.quoted[k] && !sn.quoted[0] {
		// `said Russia was using the issue "to hide the fact that it wants
		// all of Donbas"`: a quoted fragment's "it" is the reported clause's
		// subject
		for n := len(sn.ments) - 1; n >= 0; n-- {
			if m := sn.ments[n]; m.end <= k && !sn.quoted[m.start] && !m.poss && !sn.isAdjectiveMention(m) {
				if b := sn.beforeLead(m); sn.in(b, speechVerbs) || sn.low(b) == "that" && sn.in(b-1, speechVerbs) {
					return []string{m.party}
				}
			}
		}
	}
	if w == "he" || w == "she" {
		for n := k - 1; n > 1 && n >= k-6; n-- {
			if sn.low(n) == "who" && sn.toks[n-1].text == "," && sn.mentAt[n-2] >= 0 {
				return []string{sn.ments[sn.mentAt[n-2]].party} // "Friedrich Merz, who told the meeting he could not ..."
			}
		}
	}
	h := k - 1
	for h >= 0 && sn.low(h) != "he" && sn.low(h) != "she" {
		h--
	}
	if p := sn.sourcePerson(h+1, k); (w == "he" || w == "she") && p != "" && sn.low(k-1) != "," {
		// "those set out by President Vladimir Putin in June 2024, when he
		// said ...": the one named as the source; but "Flanked by Prime
		// Minister Keir Starmer, he demanded ...": the subject after an
		// opening phrase is who the text is about, and so is the "he" he
		// goes on with ("Asked about the plan drafted by Steve Witkoff, he
		// said he was ready")
		return []string{p}
	}
	if v := sn.speechBefore(k); (w == "he" || w == "she") && v > 0 && !sn.quoted[v] && sn.unnamedSpeaker(v) {
		return nil // "Senator Lindsey Graham said he would support ...": someone the pack does not know
	}
	if p := cmp.Or(sn.st.speaker, sn.st.person); (w == "he" || w == "she" || w == "his" || w == "her") && p != "" {
		return []string{p} // a person: the one who just spoke, not the country named last
	}
	if (w == "he" || w == "she") && sn.st.stranger && sn.st.speaker == "" {
		return nil // a researcher the item named, who said Moscow wants the land first: "She argued ...", no country's
	}
	if sn.st.prev != "" {
		if w == "they" && sn.quoted[k] && sn.prevSpeaks(k) {
			if i := slices.Index(sn.st.sides, sn.st.prev); i >= 0 && len(sn.st.sides) == 2 && sn.otherOrNoThird(sn.st.sides[1-i]) {
				return []string{sn.st.sides[1-i]} // a Ukrainian negotiator's `"What they want is Donetsk," he said`: the other side
			}
			return nil // "Estonian officials were blunter. ... `"They will accept a ceasefire only as long as Ukraine disarms first," the official said`: not the speaker's own side
		}
		return []string{sn.st.prev}
	}
	return nil
}

// prevSpeaks reports whether the side named last (st.prev) is the side of
// whoever speaks the quote at k, named after it: the party of the name
// next to the verb, or of "the official said" when the officials named
// before are that side's.
func (sn *sentence) prevSpeaks(k int) bool {
	t := sn.trailingSpeech()
	if t <= k {
		// `"After that, they want a promise ..."`: a quote that goes on from
		// the sentence before, in the voice of the one who spoke there
		return t < 0 && sn.quoted[k] && quoteMark(sn.low(0)) && !sn.anyIn(0, len(sn.toks), speechVerbs) && sn.st.speaker != "" && sn.st.speaker == sn.st.prev
	}
	if sp := sn.speakerAfter(k); sp != "" {
		return sp == sn.st.prev
	}
	if w := sn.low(t - 1); w == "he" || w == "she" {
		return cmp.Or(sn.st.speaker, sn.st.person) == sn.st.prev // `"What they want is ...," he said`, he being of the side named before
	}
	v := sn.roleSpeech(k)
	return v > 0 && (sn.st.speaker == sn.st.prev || sn.st.agent(sn.low(v-1)+"s") == sn.st.prev)
}

// otherOrNoThird reports whether the sentence before named the other side,
// or no party but the sides: whom a side's "they" stands for. After
// "Ukraine's foreign minister met Rubio." a Ukrainian's "They are ready to
// give us Patriots" is no Russian position.
func (sn *sentence) otherOrNoThird(other string) bool {
	return slices.Contains(sn.st.named, other) || !slices.ContainsFunc(sn.st.named, func(p string) bool { return !slices.Contains(sn.st.sides, p) })
}

// hostVerbs name, before "by", who hosts or brokers talks: "the talks in
// Istanbul, hosted by Erdogan".
var hostVerbs = map[string]bool{"hosted": true, "brokered": true, "mediated": true, "chaired": true, "facilitated": true}

// askerOwnPlan returns the party that asks another to accept "its" plan
// ("X wants Ukraine to accept (sign) its plan"): a side asks the other to
// accept its own plan, not the other's; else nil.
func (sn *sentence) askerOwnPlan(k int) []string {
	if w := sn.low(k); w != "its" && w != "their" || sn.low(k-2) != "to" {
		return nil
	}
	switch sn.low(k - 1) {
	case "accept", "sign", "endorse", "approve", "embrace":
	default:
		return nil
	}
	if !slices.ContainsFunc(sn.toks[k+1:min(k+5, len(sn.toks))], func(t token) bool { return t.in(planNouns) }) {
		return nil
	}
	m := sn.mentAt[max(k-3, 0)]
	if m < 0 || sn.ments[m].end != k-2 {
		return nil
	}
	if v := sn.ments[m].start - 1; sn.verbCue(v) == Demand || sn.low(v) == "pressed" {
		if p, _ := sn.subjectOf(v); len(p) == 1 && p[0] != sn.ments[m].party {
			return p
		}
	}
	return nil
}

// documentBy returns the author of a document that is the subject of the
// verb at i, named by the participle phrase after it: "A memorandum passed
// over by the Russian side (reportedly) makes ...", "The draft written by
// Witkoff calls for ..."; else nil.
func (sn *sentence) documentBy(i int) []string {
	for k := i - 1; k > 1 && k >= i-8 && sn.toks[k].word; k-- {
		if sn.low(k) != "by" {
			continue
		}
		n := k + 1
		if sn.low(n) == "the" {
			n++
		}
		m := sn.mentAt[min(n, len(sn.toks)-1)]
		if m < 0 || sn.ments[m].end > i {
			return nil
		}
		p := k - 1
		if sn.low(p) == "over" || sn.low(p) == "up" {
			p-- // "passed over by", "drawn up by"
		}
		if !participle(sn.low(p)) && !sn.in(p, pastTenses) || !(sn.in(p-1, termNouns) || sn.in(p-1, planNouns)) {
			return nil
		}
		return []string{sn.ments[m].party}
	}
	return nil
}

// documentPutBy returns the author of a document that is the subject of
// the verb at i and that a relative clause with no "that" says who gave:
// "The memorandum his delegation put on the table insists ...", "The plan
// Witkoff drafted calls for ..."; else nil. It also returns the document's
// noun.
func (sn *sentence) documentPutBy(i int) ([]string, string) {
	for d := i - 3; d >= 0 && d >= i-12; d-- {
		if !sn.toks[d].word || sn.in(d, clauseWords) {
			return nil, ""
		}
		if !(sn.in(d, termNouns) || sn.in(d, planNouns) || sn.in(d, docNouns)) {
			continue
		}
		g := d + 1 // the giver: "his delegation", "Witkoff", "Russia's team"
		var who []string
		switch m := sn.mentAt[g]; {
		case m >= 0:
			who, g = []string{sn.ments[m].party}, sn.ments[m].end
		case sn.in(g, possPronouns):
			who, g = sn.pronoun(g), g+1
		default:
			return nil, ""
		}
		for g < i && sn.in(g, agentNouns) {
			g++
		}
		if w := sn.low(g); g < i && (strings.HasSuffix(w, "ed") || sn.in(g, pastTenses) || w == "put") && !sn.in(g, speechVerbs) {
			return who, sn.low(d)
		}
		return nil, ""
	}
	return nil, ""
}

// quoteSpeaker returns who speaks the quote at k: the speaker the sentence
// names after it (`"...," a senior Ukrainian official said`), else the
// voice or speaker the text has gone on with.
func (sn *sentence) quoteSpeaker(k int) string {
	if v := sn.trailingSpeech(); v > k {
		return sn.speakerAfter(k)
	}
	return cmp.Or(sn.st.voice, sn.st.speaker)
}

// speakerAfter returns the party of the name next to the speech verb
// after k, or "": not subjectOf, which may come back here through a
// pronoun.
func (sn *sentence) speakerAfter(k int) string {
	for _, m := range sn.ments {
		if m.start > k && sn.nearSpeech(m) {
			return m.party
		}
	}
	return ""
}

// asideSpeakerAt reports whether a mention speaks in an aside ("Kyiv,
// Medinsky said, had handed over its own memorandum", "..., Vladimir
// Medinsky, said, ..."): it is not the subject the clause goes on with.
func (sn *sentence) asideSpeakerAt(m mention) bool {
	n := m.end
	if sn.low(n) == "," {
		n++
	}
	return sn.in(n, speechVerbs) && sn.low(n+1) == ","
}

// agentMention reports whether a mention stands for its party as an
// actor: a name, or an adjective before a noun such as "side" or
// "delegation" ("the Russian side"), not "Russian oil".
func (sn *sentence) agentMention(m mention) bool {
	if !sn.isAdjectiveMention(m) {
		// "a US guarantee", "an EU plan": a name that modifies a noun
		if w := sn.low(m.start - 1); w != "a" && w != "an" || m.end == len(sn.toks) {
			return true
		}
		n := sn.toks[m.end]
		return !n.word || n.caps || n.party || n.in(agentNouns)
	}
	for k := m.end; k < len(sn.toks) && k <= m.end+2; k++ {
		if sn.in(k, agentNouns) || sn.in(k, bothNouns) {
			return true // "Russian officials", "European national security advisers"
		}
		if !sn.toks[k].word || sn.toks[k].party || sn.toks[k].caps || sn.in(k, prepositions) || sn.in(k, clauseWords) {
			break
		}
	}
	return false
}

// subjectPosition reports whether a mention opens a clause, where
// subjects stand: at the start of the sentence, or after punctuation, a
// clause word, a speech verb or "and" ("Ukraine's delegation gave ...",
// "Zelenskyy said Moscow ...").
func (sn *sentence) subjectPosition(m mention) bool {
	k := m.start - 1
	// Skip "the", quotes and a title: "Defence Minister Rustem Umerov",
	// also one that opens the sentence ("President Volodymyr Zelenskyy").
	for k >= 0 && (sn.low(k) == "the" || sn.toks[k].text == "\"" || sn.toks[k].text == "“" || (sn.toks[k].caps && sn.toks[k].word && sn.mentAt[k] < 0 && (k > 0 || !functionWord(sn.toks[k])))) {
		k--
	}
	if k < 0 {
		return true
	}
	t := sn.toks[k]
	if !t.word {
		return t.text == "," || t.text == ";" || t.text == ":" || t.text == "—"
	}
	if (t.low == "in" || t.low == "from") && sn.in(k-1, agentNouns) && sn.in(sn.nextWord(m.end, true), speechVerbs) {
		return true // "A diplomat in Kyiv said ...": Kyiv's voice
	}
	if e := m.end; t.low == "as" && sn.isAdjectiveMention(m) && (e >= len(sn.toks) || !sn.toks[e].word || sn.in(e, determiners) || sn.in(e, prepositions) || sn.low(e) == "any" || sn.low(e) == "all") {
		return false // "to recognise as Russian any territory": what it is taken for; but "as Russian forces advanced"
	}
	if t.low == "and" && k > 0 && sn.mentAt[k-1] >= 0 && sn.afterPreposition(sn.ments[sn.mentAt[k-1]]) {
		return false // "guarantees from the United States and Europe": one object
	}
	return t.in(clauseWords) || t.in(speechVerbs) || t.low == "and" || t.low == "but" || t.low == "then" ||
		sn.openingPhraseEnds(k) // "For the final settlement the Kremlin goes further still"
}

// openingPhraseEnds reports whether the word at k ends a short phrase that
// opens the sentence with a preposition and no comma ("For the final
// settlement", "In its reply"): a name after it begins the main clause.
func (sn *sentence) openingPhraseEnds(k int) bool {
	f := sn.nextWord(0, false)
	if k <= f+1 || k > f+6 || !sn.in(f, prepositions) || sn.in(k, prepositions) || sn.in(k, determiners) {
		return false
	}
	for n := f + 1; n <= k; n++ {
		if t := sn.toks[n]; !t.word || sn.mentAt[n] >= 0 || t.in(clauseWords) || t.in(speechVerbs) || sn.verbCue(n) != "" {
			return false
		}
	}
	return true
}

// nearSpeech reports whether a speech verb is next to the mention
// ("Medinsky said", "said Medinsky", "Medinsky told reporters").
func (sn *sentence) nearSpeech(m mention) bool {
	if sn.in(m.start-1, speechVerbs) || (m.start == 0 && sn.low(m.end) == ":") {
		return true // "said Medinsky", "Putin: Ukraine must leave Donbas"
	}
	if sn.low(m.start-1) == "the" && sn.in(m.start-2, speechVerbs) {
		e := m.end
		for e < len(sn.toks) && e < m.end+3 && sn.in(e, agentNouns) {
			e++
		}
		if e >= len(sn.toks) || !sn.toks[e].word {
			return true // "..., said the Kremlin spokesman, Peskov"; but not "said the Kremlin wants ..."
		}
	}
	if sn.low(m.start-1) == "," && (m.end >= len(sn.toks) || !sn.toks[m.end].word) {
		for k := m.start - 2; k > 0 && k >= m.start-7 && sn.toks[k].word; k-- {
			if sn.low(k) == "the" && sn.in(k-1, speechVerbs) {
				return true // "..., said the US secretary of state, Rubio"
			}
		}
	}
	p, det := m.start-1, sn.in(m.start-1, determiners)
	if det && p > 1 {
		p-- // "not from the map the Russian side claims"
	}
	if p > 0 && sn.toks[p].word && !sn.toks[p].party && sn.in(p-1, determiners) && !sn.in(p, prepositions) && !sn.in(p, coordinators) && !sn.in(p, speechVerbs) && !sn.in(p, agentNouns) &&
		(det || !sn.isAdjectiveMention(m) && !sn.in(m.end, agentNouns)) {
		return false // "not from the map Moscow claims": the noun's relative clause, no speaker of the sentence; but "the top Ukrainian negotiator said", "his aide Ushakov said" speak
	}
	from := m.end
	if sn.low(from) == "," && sn.low(from+1) == "who" {
		for k := from + 2; k < len(sn.toks) && k < from+14; k++ {
			if sn.low(k) == "," {
				from = k + 1 // "Volodymyr Zelensky, who was not invited to Alaska, had said"
				break
			}
		}
	}
	for k := from; k < len(sn.toks) && k < from+4; k++ {
		if sn.in(k, speechVerbs) {
			return true
		}
		if sn.in(k, pronouns) || sn.mentAt[k] >= 0 || sn.in(k, agentNouns) && k > m.end {
			return false // "not by Russian officials, he said": he speaks; "unacceptable to Kyiv, Peskov said": Peskov; "approved by the US Congress, the president said": the president
		}
	}
	return false
}

// unnamedSpeaker reports whether the speech verb at v has for its subject
// a name that is no party's alias: "Fedorov stressed", "said Orlov".
func (sn *sentence) unnamedSpeaker(v int) bool {
	p := v - 1
	if p > 0 && sn.toks[p].text == "," {
		p-- // "The head of the administration, Ivan Fedorov, reminded"
	}
	if p >= 0 && sn.toks[p].word && sn.toks[p].caps && sn.mentAt[p] < 0 && !sn.in(p, pronouns) && !sn.in(p, agentNouns) {
		return true
	}
	n := v + 1
	return n < len(sn.toks) && sn.toks[n].word && sn.toks[n].caps && sn.mentAt[n] < 0 && !sn.in(n, pronouns)
}

// roleSpeech returns the speech verb after token k whose subject is a
// title with no name ("the foreign minister said", "the Kremlin aide
// added" is named), or -1.
func (sn *sentence) roleSpeech(k int) int {
	for v := k + 1; v < len(sn.toks); v++ {
		if !sn.in(v, speechVerbs) || sn.quoted[v] {
			continue
		}
		n := v - 1
		if !sn.in(n, agentNouns) {
			return -1
		}
		for n > 0 && sn.toks[n-1].word && sn.mentAt[n-1] < 0 && !sn.in(n-1, determiners) && n > v-4 {
			n-- // "the foreign minister", "the chief negotiator"
		}
		if sn.low(n-1) != "the" {
			return -1
		}
		return v
	}
	return -1
}

// speakers returns the parties that speak in the sentence around token k,
// nearest first: the subject of a speech verb before it ("Sybiha said
// ...") or a name next to one after it ("..., Medinsky said"). The first
// lead of them are one voice: "The US and Ukraine said ..." speaks for both.
func (sn *sentence) speakers(k int) (out []string, lead int) {
	add := func(mi int) { // mention mi and those joined to it speak as one
		voice := sn.conjuncts(mi)
		if len(out) == 0 {
			lead = len(voice)
		}
		out = append(out, voice...)
	}
	last := -1 // the last speech verb of a named speaker before k
	for mi := len(sn.ments) - 1; mi >= 0; mi-- {
		m := sn.ments[mi]
		if m.end > k {
			continue
		}
		v := sn.nextWord(m.end, true)
		for v < k && sn.in(v, agentNouns) && v < m.end+3 {
			v++ // "European leaders said ...", "Russian officials told ..."
		}
		if v < k && (sn.in(v, speechVerbs) && !sn.plainObject(v) || (m.start == 0 && sn.low(v) == ":")) && (!m.poss || v > sn.nextWord(m.end, true)) &&
			!(sn.low(sn.beforeLead(m)) == "in" && sn.afterPreposition(m)) && !sn.newSubjectAfterSemicolon(v, k) { // but "Our correspondent in Paris reports": not Paris
			// "Lavrov said ..., while Rubio said both sides must": Rubio;
			// "Moscow's envoy says ..."; "The US and Ukraine said ...": both
			add(mi)
			last = max(last, v)
		}
	}
	for v := k - 1; v > last+1 && len(out) > 0; v-- {
		if w := sn.low(v - 1); sn.in(v, speechVerbs) && (w == "he" || w == "she") && !sn.quoted[v] {
			if p := sn.pronoun(v - 1); len(p) > 0 {
				return p, len(p) // "Ukrainian officials say Mr Putin wants ..., and he repeated that any settlement must ...": he
			}
			break
		}
	}
	for mi, m := range sn.ments {
		if m.start > k && sn.nearSpeech(m) && !sn.addressee(m) && !(sn.quoted[m.start] && sn.quoted[k]) { // but `"... voted by the Congress," insisted the president`: not the Congress, inside the quote
			// "..., said Lavrov", "..., the US and Ukraine said": both; but
			// not "..., and warned Kyiv not to torpedo it": whom he warned
			add(mi)
		}
	}
	return out, lead
}

// objectSpeech are speech verbs that also take a plain object: "conceded
// nothing", "asserted control", "reaffirmed its support".
var objectSpeech = set("conceded", "concedes", "asserted", "asserts", "affirmed", "affirms", "reaffirmed", "reaffirms")

// plainObject reports whether the speech verb at v says no clause but has
// a plain object up to the next stop: "Moscow has conceded nothing, so
// Kyiv must ..."; but "Rubio conceded that ...", "..., Peskov conceded".
func (sn *sentence) plainObject(v int) bool {
	if !sn.in(v, objectSpeech) {
		return false
	}
	k := v + 1
	for ; k < len(sn.toks) && sn.toks[k].word; k++ {
		if sn.low(k) == "that" || sn.in(k, finiteVerbs) || sn.in(k, modalsInContent) || sn.in(k, beWords) || sn.verbCue(k) != "" {
			return false
		}
	}
	return k > v+1
}

// docAuthor returns who wrote the text named at t: a side named just
// before it ("the Russian memorandum"), else whoever handed it over
// ("Medinsky handed over a memorandum"), else the owner of the last text of
// its kind.
func (sn *sentence) docAuthor(t int) []string {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if m := sn.mentAt[k]; m >= 0 {
			if mm := sn.ments[m]; !mm.poss && mm.end < t && (sn.in(sn.beforeLead(mm), presentVerbs) || sn.low(sn.beforeLead(mm)) == "gave" || sn.low(sn.beforeLead(mm)) == "sent") {
				break // "Ukraine handed Russia a document that called for ...": whom it went to
			}
			return []string{sn.ments[m].party}
		}
	}
	if p := sn.presenter(t); len(p) > 0 {
		return p
	}
	return sn.owned(sn.docKind(sn.low(t)))
}

// objectOfSpeech reports whether mention m is who was told: "he had
// warned the Americans that ...", "told Kyiv that ...".
func (sn *sentence) objectOfSpeech(m mention) bool {
	k := m.start - 1
	if sn.low(k) == "the" {
		k--
	}
	return k >= 0 && sn.in(k, speechVerbs)
}

// prepositionalPhrase reports whether "before", "after", "until", "since"
// or "as" at k opens a phrase with no verb that a comma closes before i:
// "the day before Alaska, the two sides swapped ...", "press for a
// ceasefire as a first step, insist that ...".
func (sn *sentence) prepositionalPhrase(k, i int) bool {
	switch sn.low(k) {
	case "before", "after", "until", "since", "as":
	default:
		return false
	}
	for n := k + 1; n < i; n++ {
		t := sn.toks[n]
		if t.text == "," {
			return n > k+1 && !sn.appositionAt(n)
		}
		if !t.word || sn.in(n, finiteVerbs) || sn.in(n, skipWords) && !sn.in(n-1, determiners) || sn.in(n, speechVerbs) || t.verbCue() != "" || strings.HasSuffix(t.low, "ed") || sn.in(n, pronouns) {
			return false // but "a first step": an adjective after its determiner
		}
	}
	return false
}

// appositionAt reports whether the comma at c opens an apposition that the
// clause's verb follows: "after Vladimir Medinsky, the Kremlin aide, had
// accused ...".
func (sn *sentence) appositionAt(c int) bool {
	if !sn.in(c+1, determiners) {
		return false
	}
	for n := c + 2; n < len(sn.toks) && n <= c+7; n++ {
		if sn.toks[n].text == "," {
			v := sn.nextWord(n+1, false)
			return v == n+1 && (sn.in(v, finiteVerbs) || strings.HasSuffix(sn.low(v), "ed") || sn.verbCue(v) != "")
		}
		if !sn.toks[n].word {
			return false
		}
	}
	return false
}

// asInSubject reports whether "as" at k is a preposition inside the
// subject of a that-clause, before its verb: "warned that Western
// instructors deployed to Ukraine as advisers would be unacceptable".
func (sn *sentence) asInSubject(k int) bool {
	for n := k - 1; n >= 0 && n > k-10; n-- {
		w := sn.low(n)
		if w == "that" {
			return n < k-2
		}
		if !sn.toks[n].word || sn.in(n, finiteVerbs) || sn.in(n, modalsInContent) || sn.in(n, clauseWords) || sn.in(n, speechVerbs) {
			return false
		}
	}
	return false
}

// speaker is whoever the sentence reports: the subject before clause
// start cs ("Kyiv said the terms were ...") or after ("..., Kyiv said"),
// else the one a speech verb reports ("He said ...").
func (sn *sentence) speaker(cs int) []string {
	if p := sn.semicolonSpeaker(cs); len(p) > 0 {
		return p
	}
	if cs > 0 && sn.voiceGoesOn(cs) {
		return []string{sn.st.mustVoice} // "Merz sets out what Europe expects. ...; recognition of the occupation is not up for discussion; ...": the list's voice
	}
	if v := cs - 1 - b2i(sn.low(cs-1) == "that"); v > 0 && sn.in(v, speechVerbs) && !sn.quoted[v] && !sn.speechNoun(v) {
		if p, _ := sn.subjectOf(v); len(p) > 0 {
			return p // "European diplomats welcomed it: Moscow has said that ...": who said it, not who opens the sentence
		}
	}
	for _, m := range sn.ments {
		if m.end <= cs && !sn.afterPreposition(m) && !sn.objectOfSpeech(m) {
			return []string{m.party}
		}
	}
	for _, m := range sn.ments {
		if m.start > cs && sn.nearSpeech(m) {
			return []string{m.party}
		}
	}
	if r := sn.reporter(cs); len(r) > 0 {
		return r // "He said troops ... would be unacceptable to Moscow"
	}
	if q := sn.nextWord(cs, false); q < len(sn.quoted) && sn.quoted[q] && sn.st.aheadKnown {
		return sn.st.quoteAhead // `"The plan is unacceptable. There will be no compromise," Peskov told reporters`: who closes the quote
	}
	if p, q := cmp.Or(sn.st.voice, sn.st.speaker, sn.st.person, sn.st.prev), sn.nextWord(cs, false); q < len(sn.quoted) && sn.quoted[q] && p != "" {
		return []string{p} // a quote that goes on from the sentence before: the same voice
	}
	return nil
}

// personNameBefore reports whether two capitalised words that name no
// party stand together before token j, past the sentence's first word: a
// person's name ("director general Alexei Likhachev").
func (sn *sentence) personNameBefore(j int) bool {
	for k := 1; k+1 < j; k++ {
		if a, b := sn.toks[k], sn.toks[k+1]; a.caps && b.caps && a.word && b.word && !a.party && !b.party {
			return true
		}
	}
	return false
}

// beforeLead returns the token before a mention and what leads it in:
// "the", quotes and a title ("hosted by Chancellor Friedrich Merz": "by"),
// but not a day ("said on Thursday the Russians had ...").
func (sn *sentence) beforeLead(m mention) int {
	k := m.start - 1
	for k >= 0 && (sn.low(k) == "the" || sn.toks[k].text == "\"" || sn.toks[k].text == "“" || sn.titleWord(k)) {
		k--
	}
	return k
}

// titleWord reports whether token k, past the first, is a capitalised
// word of a title before a name ("President", "Chancellor"), not a name
// the pack knows, a function word, a day or a month.
func (sn *sentence) titleWord(k int) bool {
	return k > 0 && sn.toks[k].caps && sn.toks[k].word && sn.mentAt[k] < 0 && !functionWord(sn.toks[k]) && !sn.in(k, timeNouns) && !sn.in(k, months)
}

// possConjunct returns the possessive side that opened the object just
// before ", and its" at k ("called the European Union's decision ..., and
// its plan ..."), or -1.
func (sn *sentence) possConjunct(k int) int {
	for n := len(sn.ments) - 1; n >= 0; n-- {
		m := sn.ments[n]
		if m.end >= k || m.start < 2 || !m.poss && sn.isAdjectiveMention(m) {
			continue // "the Russian assets" inside the conjunct
		}
		if m.poss && sn.in(m.start-1, determiners) && sn.toks[m.start-2].word && !sn.in(m.start-2, clauseWords) && !sn.in(m.start-2, prepositions) {
			return n
		}
		return -1 // the nearest side before is no such object
	}
	return -1
}

// venueBefore reports whether m is all of a time phrase ("After Paris",
// "Since Alaska") that runs right up to the token at k: a meeting's place,
// which owns nothing the phrase's clause names.
func (sn *sentence) venueBefore(m mention, k int) bool {
	switch sn.low(m.start - 1) {
	case "after", "before", "since", "until":
		return m.end == k || m.end+1 == k && sn.low(m.end) == ","
	}
	return false
}

// afterPreposition reports whether a mention follows a preposition ("talks
// with Russia"), which keeps it out of subject position; "the head of the
// Russian delegation" does not count.
func (sn *sentence) afterPreposition(m mention) bool {
	k := sn.beforeLead(m)
	if k >= 0 && k < m.start-1 && sn.mentAt[k] >= 0 && sn.low(sn.ments[sn.mentAt[k]].start-1) == "and" {
		return sn.afterPreposition(sn.ments[sn.mentAt[k]]) // "with Zelensky and US President Donald Trump": as "US" is
	}
	if k > 0 && sn.low(k) == "and" && sn.mentAt[k-1] >= 0 {
		// "between Putin and the American envoys": both; but "with Britain
		// and France signing": they sign.
		pm := sn.ments[sn.mentAt[k-1]]
		if p := sn.low(pm.start - 1); p == "between" || p == "among" {
			return true
		}
		if !strings.HasSuffix(sn.low(m.end), "ing") && sn.afterPreposition(pm) {
			return true // "after a call with Zelensky and US President Donald Trump, ..."
		}
	}
	if k < 0 || !sn.in(k, prepositions) {
		return false
	}
	if w := sn.low(k - 1); (sn.low(k) == "of" || sn.low(k) == "in" || sn.low(k) == "from") && sn.in(k-1, agentNouns) && w != "troops" && w != "forces" && w != "military" && w != "soldiers" {
		return false // "the head of the Russian delegation", "a diplomat in Kyiv"
	}
	if sn.low(k) == "for" && strings.HasPrefix(sn.low(k-1), "spokes") {
		return false // "a spokesperson for the European Commission"; but "the envoy for Ukraine" is no Ukrainian
	}
	if sn.low(k) == "by" && (sn.low(k-1) == "led" || sn.low(k-1) == "headed") && sn.in(k-2, agentNouns) {
		return false // "the delegation led by Andriy Yermak": his side
	}
	return true
}

// ofThatKind reports whether the "that" at k points, in "a summit of that
// kind", "of that sort": no clause opens there.
func (sn *sentence) ofThatKind(k int) bool {
	n := sn.low(k + 1)
	return sn.low(k) == "that" && sn.low(k-1) == "of" && (n == "kind" || n == "sort" || n == "type")
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
		if t.in(clauseWords) && !(t.low == "as" && sn.asInSubject(k)) && !sn.prepositionalPhrase(k, i) && !sn.ofThatKind(k) {
			return k + 1
		}
		if sn.participleSpeech(k) {
			if n := k + 1 + b2i(sn.low(k+1) == "the"); t.low == "telling" && n < i-1 && sn.toks[n].word {
				return n + 1 // "..., telling reporters it did not suit Russia": over whom he told
			}
			return k + 1 // "..., saying a complete truce would require ..."
		}
		if t.in(speechVerbs) && !(sn.in(k+1, prepositions) && sn.low(k+1) != "to" && sn.verbCue(k) != "") && !sn.speechNoun(k) {
			// but "insists on a ceasefire" reports no clause
			e := k // the verb, or whom it tells: "told reporters"
			if (t.low == "told" || t.low == "tells") && k+1 < i-1 && sn.in(k+1, tellObjects) {
				e = k + 1
			}
			if t := sn.afterTimePhrase(e + 1); t > e+1 && sn.low(t) == "," && !sn.in(t+1, determiners) {
				e = t - 1 // ", Ryabkov said on Monday, remains ...": over the day; but ", Zelensky said this week, a demand Kyiv has ruled out" closes the report
			}
			if sn.low(e+1) == "," && e+1 < i {
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
			if n := sn.mediumThat(e + 1); n > 0 && n <= i {
				return n // "said in a joint statement that a European-led force should ...": over where it was said
			}
			return e + 1 // "Witkoff told us the president wants ...": over whom he told
		}
	}
	return 0
}

// receivedVerbs say what a side did with a text it did not write: "a
// plan Kyiv feared it could not refuse", "the draft Moscow rejected".
var receivedVerbs = map[string]bool{"feared": true, "rejected": true, "dismissed": true, "opposed": true,
	"criticised": true, "criticized": true, "resisted": true, "welcomed": true, "received": true, "studied": true}

// nounAgent finds who owns the noun cue at i: the subject of a verb that
// puts it forward ("the Russian side had set a condition"), a party named
// just before ("Kyiv's call", "a Ukrainian request", "the US 28-point
// plan"), a possessive pronoun ("its demand"), or "by"/"from" a party
// after it.
func (sn *sentence) nounAgent(i int) []string {
	if d := i - 1; sn.in(d, determiners) && sn.in(d-1, authorVerbs) && sn.low(d-1) != "make" && sn.low(d-1) != "makes" && sn.mentAt[min(i+1, len(sn.toks)-1)] < 0 {
		if p, _ := sn.subjectOf(d - 1); len(p) > 0 {
			return p // "said the Russian side had set a condition: ...": the side that set it; but "repeats the demands Moscow has made" are Moscow's
		}
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := sn.toks[k]
		if m := sn.mentAt[k]; m >= 0 {
			return sn.conjuncts(m)
		}
		if !t.word {
			if t.text == "-" || t.low == "'" || t.low == "\"" {
				continue
			}
			break
		}
		if t.in(possPronouns) {
			if v := sn.low(k - 1); k == i-1 && (v == "repeated" || v == "reiterated" || v == "renewed" || v == "restated" || v == "stressed") {
				// "Ukraine's headquarters, which had accused Moscow of
				// delays, repeated its demand that ...": the repeater's
				if p, _ := sn.subjectOf(k - 1); len(p) > 0 {
					return p
				}
			}
			return sn.pronoun(k)
		}
		if t.low == "of" && k > 0 && (sn.low(k-1) == "list" || sn.low(k-1) == "set" || sn.low(k-1) == "series") {
			continue
		}
		if m := sn.mentAt[max(k-1, 0)]; k > 0 && m >= 0 && !sn.ments[m].poss && (t.low == "has" || t.low == "had") {
			return sn.conjuncts(m) // "Europe has attached one condition", "Kyiv had one request"
		}
		if k == i-2 && t.in(pronouns) && strings.HasSuffix(sn.low(k+1), "ed") {
			return sn.pronoun(k) // "and he attached conditions of his own"
		}
		if ordinals[t.low] || t.low == "next" || t.low == "only" {
			continue // "Zelensky's first demand", "Moscow's next condition", "Kyiv's only condition", "the Kremlin's first red lines"
		}
		if m := sn.mentAt[max(k-1, 0)]; k > 0 && m >= 0 && sn.ments[m].poss && strings.HasSuffix(t.low, "ed") {
			return sn.conjuncts(m) // "Kyiv's stated red lines", "Moscow's declared aims"
		}
		if t.in(determiners) || t.in(prepositions) || t.in(skipWords) || t.verbCue() != "" || t.in(speechVerbs) || t.in(clauseWords) {
			break
		}
	}
	if m := sn.ofSide(i); m >= 0 {
		return sn.listParties(m) // "The demand of Kyiv to freeze the war", "the proposal of Britain and France to ..."
	}
	k := i + 1
	if s := k + b2i(sn.low(k) == "the"); s < len(sn.toks) && sn.mentAt[s] >= 0 && !sn.ments[sn.mentAt[s]].poss && sn.ments[sn.mentAt[s]].start == s {
		m := sn.ments[sn.mentAt[s]]
		e := m.end
		for n := 0; n < 2 && (sn.low(e) == "has" || sn.low(e) == "have" || sn.low(e) == "had" || sn.low(e) == "been" || sn.low(e) == "long"); n++ {
			e++ // "the demands the Kremlin has been making"
		}
		if v := sn.low(e); strings.HasSuffix(v, "ed") && !judgeVerbs.has(v) && !receivedVerbs[v] && sn.verbCue(e) != Rejection && particleCues[sn.low(e+1)][v] != Rejection || v == "put" || v == "set" || v == "sent" || v == "drew" || v == "gave" || v == "made" || v == "making" {
			return []string{m.party} // "the memorandum Medinsky handed over", "the demands the Kremlin has made"; not "a plan Kyiv feared it could not refuse"
		}
	}
	if w := sn.low(k); strings.HasSuffix(w, "ed") || w == "drawn" || w == "written" || w == "put" {
		// "a plan drafted by Trump envoy Steve Witkoff"
		k++
		if sn.low(k) == "up" || sn.low(k) == "forward" || sn.low(k) == "together" {
			k++
		}
	}
	if w := sn.low(k); w == "by" || w == "from" {
		if n := sn.titledMention(k + 1); n >= 0 {
			if k == i+1 {
				return sn.listParties(sn.mentAt[n]) // "a proposal by the US and Ukraine", as far as its content reads past them (listLast)
			}
			return []string{sn.ments[sn.mentAt[n]].party} // "a plan drafted by Trump's special envoy Steve Witkoff"
		}
	}
	if listGoesOn[sn.low(i-1)] && sn.nextWord(0, false) == i-1 && sn.nounCue(i) == Demand && sn.st.lastDemParty != "" && sn.st.lastDemAt == sn.st.sentences-1 && !sn.agentNamedAfter(i) {
		return []string{sn.st.lastDemParty} // "The Kremlin insists on caps on the army. Other conditions include ...": its other conditions
	}
	return sn.passiveSubjectBy(i)
}

// agentNamedAfter reports whether a side is named as whose the noun at i
// is, by "by" or "from" a few words on, before a comma: "Further demands
// were made by the US side", "Other demands came from the Americans",
// "Further calls for a truce came from Europe".
func (sn *sentence) agentNamedAfter(i int) bool {
	for k := i + 1; k < len(sn.toks) && k <= i+8 && sn.toks[k].text != ","; k++ {
		if w := sn.low(k); w == "by" || w == "from" {
			for n := k + 1; n < len(sn.toks) && n <= k+3; n++ {
				if sn.mentAt[n] >= 0 {
					return true
				}
			}
		}
	}
	return false
}

// passiveSubjectBy returns the agent of the passive verb whose subject the
// noun at i heads: "An offer to host further rounds in Istanbul was
// extended by Ankara" is Turkey's offer. The verb must come within a few
// words, with no clause between.
func (sn *sentence) passiveSubjectBy(i int) []string {
	d := i
	for d > 0 && (sn.in(d-1, determiners) || sn.toks[d-1].word && !sn.in(d-1, prepositions) && sn.mentAt[d-1] < 0 && d > i-3 && !sn.in(d-1, clauseWords) && !sn.in(d-1, speechVerbs) && sn.verbCue(d-1) == "") {
		d-- // "An offer", "A fresh offer"
	}
	if d > 0 && sn.nextWord(0, false) != d {
		return nil // the subject of the sentence only, not "In those terms the position ... was summarised by"
	}
	for k := i + 1; k+2 < len(sn.toks) && k <= i+12; k++ {
		t := sn.toks[k]
		if t.in(beWords) && (strings.HasSuffix(sn.low(k+1), "ed") || sn.low(k+1) == "put") && sn.low(k+2) == "by" {
			p, _ := sn.passiveAgent(k+3, k+3)
			return p
		}
		if !t.word || t.in(clauseWords) || t.in(speechVerbs) || t.verbCue() != "" || t.in(finiteVerbs) {
			return nil
		}
	}
	return nil
}

// speechNoun reports whether a speech verb ending in -s is a noun here:
// "NATO states", "the claims", "media reports".
func (sn *sentence) speechNoun(k int) bool {
	if k == 0 || !strings.HasSuffix(sn.low(k), "s") {
		return false
	}
	p := sn.toks[k-1]
	if p.in(planNouns) || p.in(termNouns) || p.in(textNouns) || p.in(docNouns) || p.in(agentNouns) {
		return false // "the document says", "the European paper says": a text that speaks; "Moscow's envoy says": a person
	}
	return sn.nounUse(k) || p.word && p.caps && sn.mentAt[k-1] < 0 && !p.in(pronouns)
}

// semicolonSpeaker returns who speaks in the clauses before a semicolon
// that a clause at cs goes on from ("Russia, he said, still wants X;
// his own suggestion is Y": he), or nil.
func (sn *sentence) semicolonSpeaker(cs int) []string {
	ps, k := sn.clauseBeforeSemicolon(cs)
	if k < 0 {
		return nil
	}
	if p := sn.asideSpeaker(ps, k); len(p) > 0 {
		return p
	}
	for v := ps; v < k; v++ {
		if sn.in(v, speechVerbs) && !sn.quoted[v] {
			p, _ := sn.subjectOf(v)
			return p
		}
	}
	if ps > 0 {
		return sn.semicolonSpeaker(ps)
	}
	return nil
}

// docParts are the parts of a document that speak for it: "Its first
// section stipulates that ...".
var docParts = map[string]bool{"section": true, "clause": true, "article": true, "annex": true, "chapter": true, "part": true, "point": true, "provision": true, "paragraph": true}

// reportedSubject returns the party that is the subject of a clause
// reported without "that" in toks[a:b] ("(said) the Russian team went much
// further"): a name that opens it, followed by a verb; else "".
func (sn *sentence) reportedSubject(a, b int) string {
	n := a + b2i(sn.low(a) == "the")
	m := sn.mentAt[min(n, len(sn.toks)-1)]
	if n >= b || m < 0 || sn.ments[m].poss || sn.ments[m].start != n {
		return ""
	}
	v := sn.ments[m].end
	for v < b && sn.in(v, agentNouns) {
		v++ // "the Russian team"
	}
	if v < b && (sn.in(v, pastTenses) || sn.in(v, finiteVerbs) || strings.HasSuffix(sn.low(v), "ed")) {
		return sn.ments[m].party
	}
	return ""
}

// afterTimePhrase returns the token after the time phrase that starts at
// k ("A week later Mr Putin ...", "Days later, Kyiv ...", "On Monday
// Moscow ...", "said on May 16, ..."), or k when none does.
func (sn *sentence) afterTimePhrase(k int) int {
	n := k
	switch w := sn.low(n); {
	case w == "on" || w == "last" || w == "this":
		if !sn.in(n+1, timeNouns) && !sn.in(n+1, months) {
			return k
		}
		n += 2
		if n < len(sn.toks) && sn.toks[n].word && isNumber(sn.toks[n].low) {
			n++ // "On May 16"
		}
	default:
		if sn.in(n, determiners) || k < len(sn.toks) && sn.toks[k].word && isNumber(w) || countWords[w] {
			n++ // "A week later", "Two days later"
			if t := sn.low(n); !timeNouns.has(t) && !timeNouns.has(strings.TrimSuffix(t, "s")) {
				return k
			}
			n++
		} else if timeNouns.has(strings.TrimSuffix(w, "s")) {
			n++ // "Days later"
		}
		if w := sn.low(n); w != "later" && w != "earlier" {
			return k
		}
		n++
	}
	return n
}

// openingSubject returns the party of the name that opens the sentence
// ("Ukraine's delegation", "Moscow") when asides set off by commas are all
// that stand between it and the verb at i, or "".
func (sn *sentence) openingSubject(i int) string {
	if len(sn.ments) == 0 || sn.ments[0].start > 1 {
		return ""
	}
	m := sn.ments[0]
	k := m.end
	if m.poss {
		if !sn.in(k, agentNouns) {
			return ""
		}
		k++ // "Ukraine's delegation"
	}
	if sn.low(k) != "," || sn.toks[i-1].text != "," {
		return ""
	}
	for n := k; n < i; n++ {
		if t := sn.toks[n]; !t.word && t.text != "," || sn.in(n, clauseWords) || sn.in(n, speechVerbs) {
			return ""
		}
	}
	return m.party
}

// overPlacePhrase returns where the subject starts when the clause at k
// opens with a phrase of place or occasion set off by no comma ("At the
// G20 European leaders called ... and said ..."): the name after the
// phrase whose verb follows it; else k. j bounds the search.
func (sn *sentence) overPlacePhrase(k, j int) int {
	if w := sn.low(k); w != "at" && w != "in" && w != "during" && w != "after" {
		return k
	}
	for n := k + 1; n < j && n <= k+5 && sn.toks[n].word; n++ {
		m := sn.mentAt[n]
		if m < 0 || sn.ments[m].start != n || sn.ments[m].poss || sn.in(n-1, prepositions) || sn.low(n-1) == "the" && sn.in(n-2, prepositions) {
			continue // "At the Kremlin Putin said": the place, then the subject
		}
		v := sn.ments[m].end
		if sn.in(v, agentNouns) {
			v++ // "Ukrainian diplomats"
		}
		if strings.HasSuffix(sn.low(v), "ed") && !sn.in(v+1, prepositions) || sn.in(v, speechVerbs) {
			return n
		}
		return k
	}
	return k
}

// teamBefore returns, for an "it" at k, where "his team" (a possessive
// pronoun and an agent noun other than "government") stands before it at
// the sentence's start or right after its opening speech verb ("He said his
// team ..."), or -1.
func (sn *sentence) teamBefore(k int) int {
	if sn.low(k) != "it" {
		return -1
	}
	f := sn.nextWord(0, false)
	if sn.in(f, pronouns) && sn.in(f+1, speechVerbs) {
		f += 2 // "He said his team ..."
	}
	if k > f+2 && sn.in(f, possPronouns) && sn.in(f+1, agentNouns) && sn.toks[f+1].low != "government" {
		return f
	}
	return -1
}

// quotedAs returns the party of the one a report quotes "as saying" at i
// ("quotes Kremlin aide Yuri Ushakov as saying that ..."), or "".
func (sn *sentence) quotedAs(i int) string {
	if w := sn.low(i); w != "saying" && w != "telling" || sn.low(i-1) != "as" {
		return ""
	}
	for k := i - 2; k > 1 && k >= i-10; k-- {
		if q := sn.low(k); (q == "quoted" || q == "cited") && sn.in(k-1, beWords) && (k == i-2 || sn.low(k+1) == "by") {
			if p, _ := sn.subjectOf(k - 1); len(p) > 0 {
				return p[0] // "Peskov was quoted (by TASS, by the state news agency TASS) as saying that ...": Peskov
			}
		}
	}
	for k := i - 2; k > 0 && k >= i-8; k-- {
		m := sn.mentAt[k]
		if m < 0 {
			if !sn.toks[k].word {
				return ""
			}
			continue
		}
		switch sn.low(sn.beforeLead(sn.ments[m])) {
		case "quotes", "quoted", "quoting", "cites", "cited", "citing":
			return sn.ments[m].party
		}
		k = sn.ments[m].start
	}
	return ""
}

// newSubjectAfterSemicolon reports whether a semicolon between v and k
// opens a clause with a side of its own as subject before k: in "Umerov
// said Kyiv had renewed its demand for a summit; Medinsky dismissed the
// idea, insisting that such a summit should ...", Umerov does not speak
// after the semicolon.
func (sn *sentence) newSubjectAfterSemicolon(v, k int) bool {
	semi := -1
	for n := v + 1; n < k; n++ {
		if sn.toks[n].text == ";" {
			semi = n
		}
	}
	if semi < 0 {
		return false
	}
	f := sn.nextWord(semi+1, false)
	for f < k && f < semi+4 && sn.toks[f].caps && sn.mentAt[f] < 0 {
		f++ // "Vladimir Medinsky"
	}
	return f < k && sn.mentAt[f] >= 0 && !sn.ments[sn.mentAt[f]].poss
}

// obligedBetween reports whether the words from a to b lay a duty on their
// subject, as obligation reads one ("Kyiv must withdraw", "Ukraine has to
// pull out"): a clause that a speaker reports to demand it, so the
// speaker's next verb is its own ("The Kremlin says Kyiv must withdraw
// ..., wants sanctions lifted"), not a clause that describes ("Witkoff says
// Moscow is ready for a deal, wants all of Donetsk").
func (sn *sentence) obligedBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if sn.obligation(k) > k {
			return true
		}
	}
	return false
}
