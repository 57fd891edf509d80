package digest

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// extractor is the compiled statement extractor of a topic: rule-based,
// deterministic and offline. It cuts an item into sentences
// (sentences.go) and tokens (extract_tokens.go), finds the party names
// (extract_parties.go) and the words that mark a position
// (extract_cues.go, extract_lexicon.go), decides whose position each is
// (extract_subject.go, extract_positions.go), where its content starts and
// ends (extract_span.go), and shapes the content into statements, one per
// list item (extract_content.go), with their figures (figures.go).
// Positions that answer a question, a heading or an announced list are read
// in extract_answer.go; tables of positions are rewritten as sentences in
// extract_table.go.
type extractor struct {
	voc     *vocab   // the words of the lexicon and of the pack's names
	maxText int      // bytes of an item's text read
	sides   []string // the two sides that negotiate: the pack's first two parties
	outside []string // the one-word exclusion terms of the pack, lower-cased: actors of other negotiations ("iran*", "tehran")
}

func newExtractor(t Topic) *extractor {
	e := &extractor{voc: newVocab(), maxText: DefaultMaxText}
	for _, s := range wordSets {
		for w := range s.words {
			e.voc.add(w).sets[s.word] |= s.bit
		}
	}
	for w := range cueStarts.words {
		e.voc.add(w).cue = true
	}
	for w := range wordNumbers {
		e.voc.add(w).number = true
	}
	for w, k := range verbCues {
		e.voc.add(w).verb = k
	}
	for w, k := range nounCues {
		e.voc.add(w).noun = k
	}
	for w, b := range rareBits {
		e.voc.add(w).rare = b
	}
	addAliases(t, e.voc)
	for _, w := range e.voc.words {
		w.bare = looksBareVerb(w.low)
	}
	for _, p := range t.Parties[:min(2, len(t.Parties))] {
		e.sides = append(e.sides, p.ID)
	}
	for _, x := range t.Exclude {
		if !strings.Contains(x, " ") {
			e.outside = append(e.outside, strings.ToLower(x))
		}
	}
	return e
}

// elsewhere reports whether a sentence is about another negotiation: it
// names an actor of one by a capitalised exclusion term of the pack and
// neither side of this one ("Tehran insists the agenda be limited to its
// nuclear programme; Washington wants missiles on the table as well", in a
// roundup that also covers the talks).
func (e *extractor) elsewhere(sn *sentence) bool {
	if slices.ContainsFunc(sn.ments, func(m mention) bool { return slices.Contains(e.sides, m.party) }) {
		return false
	}
	for _, t := range sn.toks {
		if !t.caps {
			continue
		}
		for _, x := range e.outside {
			if stem, ok := strings.CutSuffix(x, "*"); ok && strings.HasPrefix(t.low, stem) || t.low == x {
				return true
			}
		}
	}
	return false
}

// docState is what extraction carries from one sentence of an item to
// the next.
type docState struct {
	prev         string            // subject of the previous sentence, for pronouns
	person       string            // prev, unless that was "Ukrainian troops": who "he" may be
	stranger     bool              // "he" or "she" is someone the pack does not know ("Ivan Fedorov reminded that ..."), until a person is named
	strangerRole bool              // the stranger holds an office ("Foreign Minister Maria Stenergard"): her quote that refuses for a side speaks for it
	voice        string            // who speaks in the quote under way: the name a line ending in ":" gave ("Yuri Ushakov, in an interview:")
	textAuthor   string            // whose statement the item quotes from ("The statement that European leaders put their names to")
	quoteOpen    bool              // a quote opened in an earlier sentence is still open
	lineRest     string            // the rest of the sentence's line, where a quote that runs on is attributed
	quoteAhead   []string          // the party that the attribution of a quote running on past the sentence names (empty: none the pack knows)
	aheadKnown   bool              // whether the quote's attribution was found ahead
	opensLine    bool              // the sentence opens a line: a title, a paragraph, an interview's question or answer
	labelVoice   string            // who answers in the paragraph under way, by its label ("Medinsky: It is our first option."); "" after "Q:"
	interviewee  string            // the party of the last answer's label: whom a question's "your" addresses
	asking       bool              // the line under way is a question's ("Q: ...")
	claimLine    bool              // the line under way is a claim a fact-check examines ("Claim, Russian state television: ..."): no one's position as said
	section      string            // the party a heading of its own names ("UKRAINE", "THE KREMLIN"): whose points a scorecard's labels ("- Got: ...") give
	author       string            // the party of an op-ed's author, by its byline ("By Andrii Sybiha, Minister of Foreign Affairs of Ukraine"): who "we" are
	listOwner    string            // who just "outlined a number of points", for "These concern ...", or came "with two requests", for "The first was ..."
	listLeft     int               // sentences listOwner still holds for
	asked        string            // whose wants the question just before asked ("What does Russia want?"), for the answer
	wantQ        bool              // the last question asked what a party wants, for "And Ukraine?" and for a text's terms in the answer right after it
	docList      bool              // asked comes from a text's list ("it lists:"), whose items open with any noun
	underHeading bool              // asked comes from a heading ("WHAT KYIV WANTS"): its points are the answer
	askedKind    Kind              // what kind of position the question or heading asked for (a factbox's "WHAT WAS AGREED")
	planAsks     bool              // the last heading asked what a plan demands ("What the plan demands of Ukraine"): the plan's points under it are demands
	planAsker    string            // the author of the plan that heading asks about, "" when not known: another plan's points stay proposals
	askedLeft    int               // sentences of fragments a question's answer may still run on for
	speaker      string            // who spoke in the previous sentence ("Zelenskiy said"), for "he said"
	first        string            // first party named in the item
	firstSide    string            // first of the negotiating sides named in the item
	owner        map[Kind]string   // author of the last plan or terms named
	ownedAt      int               // the sentence that last named one (see sentences)
	ownedLead    bool              // it led that sentence, no side before it: "The European version takes ..."
	prevPlan     bool              // the previous sentence was about a plan ("It would also ...")
	offered      int               // sentences since the last offer, counting down from 2 ("Britain would lead it" goes on)
	lastDoc      Kind              // kind of the last plan or terms named: Proposal or Demand
	points       string            // author of the plan whose points are listed below ("the draft says:"), "" when none
	pointsKind   Kind              // what kind of position those points are
	pointsHead   []token           // the words each point completes ("It also wants restrictions removed on:"), copies with no place in the point's sentence
	inPoints     int               // sentences a point may still run on for
	afterProse   bool              // the line before was prose that let the points under way run on: a numbered line now may head a section ("3. The fine print")
	sideList     bool              // a label of the sides' stands (standsLabel) or a point of its list came just before: its points may be labelled by side ("- Kyiv: ...")
	sideHeadAt   int               // the sentence of the last subheading that opened the sides' stands (see sentences)
	sides        []string          // the extractor's sides
	agents       map[string]string // party of the people a noun named last: "the leaders of Germany and France" -> "leaders": europe
	people       map[string]string // party of a person the pack does not know, by surname, from an introduction ("Murat Ersoy is a senior official in Turkey's foreign ministry"): whom a transcript's label "ERSOY:" speaks for
	// president is the party of the first "President X" the item names:
	// who its "the president" is ("President Donald Trump flew home ...
	// the president wrote"), whichever president it names later.
	president string

	lastPos      []token // content of the last demand or proposal, for "Russia has refused"
	lastPosParty string
	lastPosAt    int     // the sentence that stated it (see sentences)
	lastDemand   []token // content of the last demand, for "dismissed that request"
	lastDemAt    int     // the sentence that stated it (see sentences)
	sentences    int     // sentences of the item read so far
	pluralOwner  string  // the party of a plural subject a sentence opened with ("The European counter-proposals are ..."): a "they" after it
	pluralAt     int     // the sentence that set pluralOwner
	lastDemParty string
	lastRejected []token  // content of the last rejection, for "it was doomed to fail"
	jointPrev    bool     // the sentence before spoke for both delegations ("In a joint statement, the two delegations said ..."): who "they" are next
	jointPaper   bool     // the sentence before named a joint statement: what "the statement" and "they" are next
	pointsOf     string   // whose numbered demands run ("First, Ukrainian forces must leave Donbas."), and
	pointsAt     int      // the sentence of the last of them
	oursAt       int      // the last sentence that said "our" or "we" ("A: Our position has not changed since May."), for an answer's verbless points
	lineParty    string   // the side a bullet named on its own ("- Russia."), whose labels ("Maximalist: ...") follow on its line
	lineSide     string   // the side a heading's answer line is labelled with ("Russia: All of Donbas."), whose verbless points go on in the line's later sentences
	named        []string // the parties the sentence before named, for whom a side's "they" may be
	memoOwner    string   // whose memorandum the item named last: "the memorandum" later
	columnist    bool     // the narrative has spoken as "I" or "my", outside quotes and interview answers: a column
	swapAt       int      // the sentence that last agreed an exchange (see sentences), for "The exchange would cover 1,000 people"
	swapParty    string
	askedDo      []token // the side asked about in "Asked what Zelensky should do, Trump was blunt.", whose answer may come next
	askedDoBy    string  // who answers it
	askedDoAt    int     // the sentence that asked (see sentences)
	lastPlan     []token // the last plan named ("the American text"), for "Kyiv should accept it"
	lastPlanAt   int     // the sentence that named it
	mustVoice    string  // who a reported "must" spoke for in the sentence mustAt: "Talks, the Europeans say, must start ... Ukraine's army should be allowed 800,000." goes on in their voice
	mustAt       int
	mustWould    bool       // the voice is of a list of wants, which goes on only in terms ("would have to"), not in a "must" or "should" of anyone
	pastStances  []dropMark // demands of the past (a threat in the past perfect, "had long demanded"), given up if the item says things changed
	dropped      []dropMark
	lastDeadline dropMark // the last demand with a date ("an answer by Thanksgiving"), given up if the item says the deadline went

	// Buffers reused from sentence to sentence.
	toks   []token
	mentAt []int
	ments  []mention
	cues   []cue
	quoted []bool
}

// dropMark is a demand the item says its party gave up ("has since
// abandoned his push for an immediate ceasefire"): the party and the merge
// words of what was given up.
type dropMark struct {
	party string
	words []string
	exact bool // only a demand with every word goes; not every truce because a truce went
}

// docPartOpens reports whether the sentence opens on a part of the
// document named before ("The section on a final settlement goes further
// still."): the "It calls for ..." that follows is the document's.
func (sn *sentence) docPartOpens() bool {
	k := sn.nextWord(0, false)
	if w := sn.low(k); w != "the" && w != "its" {
		return false // not "Article 2(4) of the UN Charter prohibits ..."
	}
	n := sn.low(k + 1)
	return (docParts[n] || n == "first" || n == "second" || n == "third" || docNouns.has(n) || n == "memorandum") && sn.st.lastDoc != "" && sn.st.owner[sn.st.lastDoc] != "" // "The second is described as a package.", "The document goes further still."
}

// holdPast keeps positions stated as of the past ("Trump had threatened
// ... if Putin did not agree to a ceasefire", "Kyiv had long demanded
// NATO membership") until the item says whether they changed.
func (st *docState) holdPast(fs []found) {
	for _, f := range fs {
		st.pastStances = append(st.pastStances, dropMark{party: f.party, words: tokenMergeWords(f.content)})
	}
}

// settlePast gives up the positions of the past when the sentence says
// that things changed since: "came back", "changed his mind", "the
// opposite", "instead", "no longer", "before Alaska", "give up".
func (st *docState) settlePast(sn *sentence) {
	if len(st.pastStances) == 0 {
		return
	}
	for k, t := range sn.toks {
		switch t.low {
		case "opposite", "instead", "changed", "dropped", "abandoned", "before", "beforehand", "shelve", "shelved":
		case "aside":
			if sn.low(k-1) != "set" && sn.low(k-2) != "set" && sn.low(k-3) != "set" && sn.low(k-4) != "set" {
				continue // "ready to set the NATO bid aside"
			}
		case "came", "come", "flew", "give", "giving", "gave":
			if sn.low(k+1) != "back" && sn.low(k+1) != "up" {
				continue
			}
		case "longer":
			if sn.low(k-1) != "no" {
				continue
			}
		default:
			continue
		}
		st.dropped = append(st.dropped, st.pastStances...)
		st.pastStances = st.pastStances[:0]
		return
	}
}

// givenUp reports whether a demand of the party with these merge words is
// one the item says was given up: it shares every word of what was given up.
func (st *docState) givenUp(party string, words, lead []string) bool {
	for _, d := range st.dropped {
		if d.party != party || len(d.words) == 0 {
			continue
		}
		if !slices.ContainsFunc(d.words, func(w string) bool {
			_, ok := slices.BinarySearch(words, w)
			return !ok
		}) || !d.exact && truceLike(d.words) && truceLike(lead) {
			return true // "abandoned his push for an immediate ceasefire" takes back "halt the fighting" too
		}
	}
	return false
}

// leadWords returns the merge words of what a statement asks for, before
// what it asks for instead of: "a full peace deal rather than a temporary
// halt to the fighting" asks for no truce.
func leadWords(text string, words []string) []string {
	for _, sep := range []string{" rather than ", " instead of "} {
		if k := strings.Index(text, sep); k > 0 {
			return tokenMergeWords(tokenize(text[:k]))
		}
	}
	return words
}

// truceLike reports whether merge words name a ceasefire: "ceasefire",
// "truce", or "stop (halt, end) the fighting (the shooting)".
func truceLike(words []string) bool {
	has := func(w string) bool { _, ok := slices.BinarySearch(words, w); return ok }
	return has("ceasefir") || has("truc") || (has("fight") || has("shoot")) && (has("stop") || has("halt") || has("end"))
}

// helpRestore reports whether content opens with "(to) help restore" or
// restores what was suspended: "committed to help restore Russia's access
// to world markets", "will lift its pause on intelligence sharing and
// resume security assistance", "resume sharing intelligence".
func helpRestore(content []token) bool {
	if len(content) > 0 && content[0].low == "to" {
		content = content[1:]
	}
	if len(content) < 3 {
		return false
	}
	switch o := content[1].low; content[0].low {
	case "resume", "restart":
		return !slices.ContainsFunc(content[1:3], func(t token) bool {
			return t.low == "negotiations" || t.low == "talks" || t.low == "contacts" || t.low == "dialogue"
		}) // but "resume negotiations without preconditions", "resume direct talks": an offer to talk
	case "help":
		return o == "restore"
	case "lift":
		return (o == "its" || o == "the") && content[2].low == "pause"
	}
	return false
}

// withoutContrast cuts what a position is set against: "go directly to a
// peace agreement rather than a mere ceasefire" holds out for the
// agreement, not for the ceasefire.
func withoutContrast(content []token) []token {
	for k := 1; k+1 < len(content); k++ {
		w, n := content[k].low, content[k+1].low
		if w == "rather" && n == "than" || w == "instead" && n == "of" || w == "not" && (content[k-1].text == "," || content[k-1].low == "and" || n == "a" || n == "to") {
			for k > 1 && (!content[k-1].word || content[k-1].low == "and") {
				k--
			}
			return content[:k]
		}
	}
	return content
}

// found is one position found in a sentence, before it becomes statements.
type found struct {
	party   string
	kind    Kind
	content []token
	intro   string // the word before the content: "for" of "calls for"
}

// extract returns the statements of an item, one per position, merged
// when the item states the same position twice.
func (e *extractor) extract(it Item) []Statement { return e.extractStory(it.storyOnly()) }

// extractStory is extract of an item already read as its story
// (Item.storyOnly).
func (e *extractor) extractStory(it Item) []Statement {
	st := statePool.Get().(*docState)
	defer statePool.Put(st)
	st.reset()
	st.sides = e.sides
	src := Source{ItemID: it.ID, Title: it.Title, URL: it.URL, Feed: it.Feed, Published: it.Published}
	out := make([]Statement, 0, 16)
	words := make([][]string, 0, 16)
	txt := e.rewriteTables(singleQuotes(numberedItems(normalizeDashes(withoutEmoji(it.Text())))))
	eachSentence(txt, e.maxText, func(s string, opensLine bool, rest string) {
		st.opensLine, st.lineRest = opensLine, rest
		for _, f := range e.sentence(s, st) {
			if bylineAfterQuote(f.content, s) {
				continue // "\"What they handed us was an ultimatum\": a Ukrainian negotiator on the Istanbul memoranda": who speaks, on what
			}
			for _, part := range splitList(withoutRejectedFigure(beforeQuoteColon(f.content, s)), f.intro) {
				if cutShort(part, s) && endsLine(txt, s) {
					part = wholeBefore(part) // "withdraw from Donetsk and accept …": the withdrawal is whole
				}
				text := finishText(part)
				if text == "" {
					continue
				}
				words = append(words, tokenMergeWords(part))
				if f.kind == Demand && deadlineIn(part) {
					st.lastDeadline = dropMark{party: f.party, words: words[len(words)-1]} // "an answer by Thanksgiving", given up if a later sentence says the date went
				}
				kind := f.kind
				if n := len(part); kind == Demand && n >= 3 && n <= 4 && part[0].low == "no" && (part[n-1].low == "truce" || part[n-1].low == "ceasefire") {
					if t := finishText(part[1:]); t != "" {
						kind, text = Rejection, t // "Moscow: no European troops, no Christmas truce": the truce it turns down, no demand
					}
				}
				var figs []Figure
				if hasNumber(part) {
					figs = figuresOf(trimContent(part), s)
				}
				out = append(out, Statement{
					Party:     f.party,
					Kind:      kind,
					Text:      text,
					Figures:   figs,
					FirstSeen: it.Published,
					LastSeen:  it.Published,
					Sources:   []Source{src},
				})
			}
		}
	})
	if len(st.dropped) > 0 {
		kept := 0
		for i, s := range out {
			if s.Kind == Demand && st.givenUp(s.Party, words[i], leadWords(s.Text, words[i])) {
				continue
			}
			out[kept], words[kept] = s, words[i]
			kept++
		}
		out, words = out[:kept], words[:kept]
	}
	if len(out) == 0 {
		return nil
	}
	return mergeStatements(out[:0], out, words, true) // in place: out never gets ahead of what it reads
}

// followedBy adds what a demand or proposal is to be followed by, said
// after it ("a full ceasefire of 30 days, which would be followed by a
// meeting of the presidents", "a truce, to be followed by talks"): the
// same side wants that too. Each position is read, and so is what follows
// ("A, followed by B, followed by C"). A bare ", followed by" after an act
// told in the past narrates what came next ("Putin proposed a three-day
// truce in May, followed by a massive drone attack"): no part of it.
func (sn *sentence) followedBy(out []found) []found {
	for i := 0; i < len(out); i++ {
		f := out[i]
		if f.kind != Demand && f.kind != Proposal || len(f.content) == 0 || f.content[0].pos < 0 {
			continue
		}
		first, last := sn.tokenAt(f.content[0].pos), sn.tokenAt(f.content[len(f.content)-1].pos)
		for k := first + 1; k <= last+1 && k < len(sn.toks); k++ {
			if sn.low(k) != "," {
				continue
			}
			n := k + 1
			switch {
			case sn.low(n) == "which" && sn.in(n+1, modalsInContent) && sn.low(n+2) == "be":
				n += 3 // ", which would be followed by"
			case sn.low(n) == "to" && sn.low(n+1) == "be":
				n += 2 // ", to be followed by"
			}
			if sn.low(n) != "followed" || sn.low(n+1) != "by" || n+2 >= len(sn.toks) {
				continue
			}
			if m := sn.mentAt[min(n+2+b2i(sn.low(n+2) == "the"), len(sn.toks)-1)]; m >= 0 && !sn.ments[m].poss && (!sn.isAdjectiveMention(sn.ments[m]) || sn.in(sn.ments[m].end-1, agentNouns) || sn.in(sn.ments[m].end, agentNouns)) {
				break // "called for a ceasefire, followed by European leaders", "by Kremlin officials": who followed, no position; but "followed by Ukrainian elections"
			}
			if c := posIndex(out[i].content, sn.toks[k].pos); k <= last && c > 0 {
				out[i].content = out[i].content[:c] // "a truce, to be followed by talks": the truce
			}
			if n == k+1 && sn.toldPast(first) {
				break // "demanded in March that Kyiv withdraw, followed by weeks of silence": what came next
			}
			out = append(out, sn.emit([]string{f.party}, f.kind, sn.span(n+2, sn.contentEnd(n+2)))...)
			break
		}
	}
	return out
}

// butInstead adds what a side wants in place of what it says it does not
// want: "Moscow did not want a pause, he said, but a lasting peace
// agreement" is a rejection of the pause and a demand for the agreement.
func (sn *sentence) butInstead(out []found) []found {
	for _, f := range out {
		if f.kind != Rejection || len(f.content) == 0 || f.content[0].pos < 0 || f.content[len(f.content)-1].pos < 0 {
			continue
		}
		v := sn.prevWord(sn.tokenAt(f.content[0].pos))
		if v < 0 || sn.verbCue(v) != Demand || !sn.negated(v) {
			continue
		}
		k := sn.tokenAt(f.content[len(f.content)-1].pos) + 1
		if a := sn.saidAside(k); a > 0 {
			k = a
		} else if sn.low(k) == "," {
			k++
		}
		if sn.low(k) != "but" {
			continue
		}
		if s, e := k+1, sn.contentEnd(k+1); e-s >= 2 && sn.fragment(s, e) {
			return append(out, sn.emit([]string{f.party}, Demand, sn.span(s, e))...)
		}
	}
	return out
}

// toldPast reports whether the verb cue whose content starts at k is told
// as a past act, a simple past with no auxiliary ("proposed", "demanded
// that"), not "has proposed", "would demand" or "wants".
func (sn *sentence) toldPast(k int) bool {
	for _, c := range sn.cues {
		if c.form != formVerb || c.end > k || k-c.end > 2 {
			continue
		}
		w, a := sn.low(c.at), sn.low(c.at-1)
		return strings.HasSuffix(w, "ed") && !sn.in(c.at-1, beWords) && !sn.in(c.at-1, modalsInContent) && a != "has" && a != "have" && a != "had" && a != "to"
	}
	return false
}

// numberedHeading reports whether a bullet line after prose is a numbered
// heading rather than another point: it opens with a capital and ends
// without a stop ("- a halt to Western arms deliveries", "Then a peace
// treaty.", then "3. The fine print"); but right after its list's label a
// line in capitals is the first point ("Russia wants:", "- Withdrawal from
// Donetsk").
func (sn *sentence) numberedHeading() bool {
	n := len(sn.toks)
	return sn.st.afterProse && sn.st.opensLine && n > 1 && sn.toks[1].caps && !sn.toks[1].party && sn.toks[n-1].word
}

// stated reports whether out holds a position of kind k (of any kind when
// k is empty) whose text stands: a reading too bare to stand ("he'll have
// to like it", "before territory is settled") states nothing, and leaves
// the sentence to the readings that come after it.
func stated(out []found, k Kind) bool {
	return slices.ContainsFunc(out, func(f found) bool { return (k == "" || f.kind == k) && finishText(f.content) != "" })
}

// attributionAhead reads who speaks a quote that runs on past the
// sentence from where it closes in the same paragraph: `"We want all of
// Donbas. There will be no compromise," Peskov told reporters` is
// Peskov's, `... ," he said` the person named last, and `... ," Fedorov
// stressed` no party's. It reports false when the quote closes with no
// attribution after it.
func (e *extractor) attributionAhead(st *docState) ([]string, bool) {
	c := strings.IndexAny(st.lineRest, "\"”")
	if c < 0 {
		return nil, false
	}
	after := st.lineRest[c:]
	_, size := utf8.DecodeRuneInString(after)
	after = after[size:]
	if len(after) > 120 {
		after = after[:120]
	}
	toks := tokenizeInto(nil, after, e.voc)
	for v := 0; v < len(toks) && v < 8; v++ {
		if t := toks[v]; !t.word && t.text != "," {
			return nil, false // the sentence ends, or another mark comes first
		} else if !t.in(speechVerbs) {
			continue
		}
		// the speaker comes before the verb ("Fedorov told Russian
		// reporters": not the reporters' side), or right after it when it
		// opens the attribution ("said Kremlin spokesman Dmitry Peskov")
		ms := mentions(nil, toks[:v])
		if !slices.ContainsFunc(toks[:v], func(t token) bool { return t.word }) {
			ms = mentions(nil, toks[:min(v+5, len(toks))])
		}
		if len(ms) > 0 {
			return []string{ms[0].party}, true
		}
		if v > 0 && (toks[v-1].low == "he" || toks[v-1].low == "she") {
			if p := cmp.Or(st.speaker, st.person); p != "" {
				return []string{p}, true
			}
			return nil, false
		}
		return nil, v > 0 && toks[v-1].caps // a name the pack does not know
	}
	return nil, false
}

// docSubject returns the side that owns the first plan or text the
// sentence names outside a prepositional phrase, and where that noun is:
// "the European text differs from the US draft on several key points:"
// lists Europe's points. Empty when that plan has no owner named.
func (sn *sentence) docSubject() (string, int) {
	for k := range sn.toks {
		if !sn.in(k, planNouns) || sn.in(sn.phraseStart(k)-1, prepositions) {
			continue
		}
		if p := sn.nounAgent(k); len(p) == 1 {
			return p[0], k
		}
		break
	}
	return "", -1
}

// stalling reports whether a content is an aim of delay ascribed to a side
// ("Observers say Russia is seeking to buy time"): no position it holds.
func stalling(toks []token) bool {
	w0, w1 := lowAt(toks, 0), lowAt(toks, 1)
	return (w0 == "buy" || w0 == "gain" || w0 == "win") && w1 == "time" || w0 == "play" && w1 == "for" && lowAt(toks, 2) == "time" || w0 == "stall" || w0 == "drag" && w1 == "out"
}

// ascribedHarm reports whether a statement's head noun is an aim ascribed
// to a side (harmNouns) after at most an article, a possessive and an
// adjective: "Ukraine's capitulation", "a demand for its surrender", "the
// destruction of Ukraine (of the Ukrainian state)"; not "the surrender of
// weapons by ...", nor "the surrender of Russian troops trapped in Kursk".
func ascribedHarm(toks []token) bool {
	k := 0
	if len(toks) > 3 && (toks[0].low == "a" || toks[0].low == "the") && toks[1].nounCue() == Demand && toks[2].low == "for" {
		k = 3 // "a demand for its surrender"
	}
	for n := 0; k < len(toks) && n < 3; k, n = k+1, n+1 {
		t := toks[k]
		if t.in(harmNouns) {
			if k+2 < len(toks) && toks[k+1].low == "of" {
				o := k + 2 + b2i(toks[k+2].low == "the")
				if o >= len(toks) || !toks[o].party {
					return false // "the surrender of weapons" is a term
				}
				for o+1 < len(toks) && toks[o+1].party && !toks[o].poss {
					o++ // "the United States"
				}
				if n := o + 1; toks[o].poss || n < len(toks) && toks[n].word && !toks[n].in(prepositions) && toks[n].low != "and" && toks[n].low != "or" && toks[n].low != "as" {
					return n < len(toks) && toks[n].in(harmedTalks) // "the destruction of the Ukrainian state"; but "the surrender of Russian troops" is a term
				}
				return true // "the destruction of Ukraine"
			}
			return true
		}
		if !(t.in(determiners) || t.poss || t.in(possPronouns) || t.low == "full" || t.low == "total" || t.low == "complete" || t.low == "unconditional") {
			return false
		}
	}
	return false
}

// cutShort reports whether a statement's words run into an ellipsis that
// ends its sentence: a teaser the feed cut short ("with Trump pressing
// Kyiv to act…", "a neutral status for…"), whose words may go on in the
// article.
func cutShort(content []token, s string) bool {
	k := len(content) - 1
	for k > 0 && !content[k].word {
		k--
	}
	if k < 0 {
		return false
	}
	last := content[k]
	if last.pos < 0 || last.pos+len(last.text) > len(s) {
		return false
	}
	rest, cut := strings.CutSuffix(s[last.pos+len(last.text):], "…")
	if !cut {
		rest, cut = strings.CutSuffix(rest, "...")
	}
	rest = strings.Trim(rest, " \"'”’")
	return cut && !strings.ContainsAny(rest, " ,;:.") && rest != "and" && rest != "or" // nothing or one word ("for…") before the cut; but in "a ceasefire, security guarantees and…" the items are whole
}

// endsLine reports whether no word follows the sentence s on its line or
// in its paragraph of the text (or s is not found as written there): a
// feed cuts its teaser at its end, but in "Russia demands recognition of
// Crimea... Ukraine rejects that." the text goes on.
func endsLine(text, s string) bool {
	i := strings.Index(text, s)
	if i < 0 {
		return true
	}
	rest := text[i+len(s):]
	if e := strings.IndexAny(rest, "\n<"); e >= 0 {
		rest = rest[:e]
	}
	return !strings.ContainsFunc(rest, unicode.IsLetter)
}

// wholeBefore returns the words of a statement cut short before its last
// "and", "or", comma or semicolon, which are known whole; nil when there is
// none.
func wholeBefore(content []token) []token {
	for k := len(content) - 1; k > 1; k-- {
		if w := content[k].low; w == "and" || w == "or" || w == "," || w == ";" {
			return content[:k]
		}
	}
	return nil
}

// listAsides are what a list says between its items, never an item.
var listAsides = []string{"not least", "above all", "last but not least", "most importantly", "in particular", "first of all"}

// harmsSideOrTalks reports whether the object of a harm verb is a side, a
// name or the talks ("weaken Ukraine", "weaken NATO", "torpedo the talks",
// "undermine Trump's peace efforts"): an aim ascribed to a side. But
// "cripple Russia's war economy" is a side's aim, "refused to weaken its
// army" a refusal, and "blackmail over territory" a noun.
func harmsSideOrTalks(obj []token) bool {
	head := -1
	for k, t := range obj {
		if !t.word || t.in(prepositions) || t.low == "and" || t.low == "or" || t.low == "that" || t.low == "as" || t.low == "before" {
			break
		}
		head = k
	}
	if head < 0 {
		return len(obj) == 0 // "wants to destroy"; but "blackmail over territory"
	}
	return (obj[head].party || obj[head].caps) && !obj[head].poss || obj[head].in(peaceNouns) || obj[head].in(planNouns) || obj[head].in(harmedTalks)
}

// harmedTalks are, besides a deal and a plan, the talks and the state an
// ascribed aim may harm: "torpedo the talks", "destroy the Ukrainian state".
var harmedTalks = set("talks", "negotiations", "process", "efforts", "effort", "diplomacy", "state", "statehood", "nation", "country")

// soleDemander returns the side whose demands are all a sentence found,
// or "".
func soleDemander(out []found) string {
	if len(out) == 0 || out[0].kind != Demand || out[0].party == "" ||
		slices.ContainsFunc(out[1:], func(f found) bool { return f.kind != Demand || f.party != out[0].party }) {
		return ""
	}
	return out[0].party
}

// pointsRunOn is what a line that is no bullet does to the points under
// way: a point may run on for two sentences, then the list is over.
func (st *docState) pointsRunOn() {
	st.afterProse = true
	if st.inPoints > 0 {
		st.inPoints--
		return
	}
	st.points = ""
}

// lendVoice has the "must"s of the next sentence speak for party (see
// mustVoice), only in terms ("would have to") when would is set.
func (st *docState) lendVoice(party string, would bool) {
	st.mustVoice, st.mustAt, st.mustWould = party, st.sentences, would
}

// statePool keeps docStates and their buffers between items.
var statePool = sync.Pool{New: func() any {
	return &docState{owner: map[Kind]string{}, agents: map[string]string{}, people: map[string]string{}}
}}

// reset empties the state for a new item, keeping its buffers.
func (st *docState) reset() {
	st.prev, st.person, st.speaker, st.first, st.firstSide, st.prevPlan, st.offered, st.lastDoc, st.points, st.inPoints = "", "", "", "", "", false, 0, "", "", 0
	st.sideList, st.sideHeadAt = false, 0
	st.voice, st.textAuthor, st.quoteOpen, st.listOwner, st.listLeft = "", "", false, "", 0
	st.opensLine, st.labelVoice, st.author, st.claimLine, st.section = false, "", "", false, ""
	st.interviewee, st.asking = "", false
	st.mustVoice, st.mustAt, st.mustWould, st.pastStances = "", 0, false, st.pastStances[:0]
	st.asked, st.askedKind, st.askedLeft, st.wantQ, st.underHeading, st.docList = "", "", 0, false, false, false
	clear(st.owner)
	clear(st.agents)
	clear(st.people)
	st.president, st.ownedAt, st.ownedLead = "", 0, false
	st.lastPos, st.lastPosParty, st.lastRejected = st.lastPos[:0], "", st.lastRejected[:0]
	st.swapAt, st.swapParty, st.columnist, st.jointPrev, st.jointPaper, st.lineParty, st.lineSide, st.pointsOf, st.oursAt = 0, "", false, false, false, "", "", "", 0
	st.named, st.memoOwner = st.named[:0], ""
	st.lastPlan, st.lastPlanAt = st.lastPlan[:0], 0
	st.askedDo, st.askedDoBy, st.askedDoAt = st.askedDo[:0], "", 0
	st.lastDemand, st.lastDemParty, st.lastDemAt, st.sentences = st.lastDemand[:0], "", 0, 0
	st.dropped = st.dropped[:0]
	st.lastDeadline = dropMark{}
	st.pluralOwner, st.pluralAt = "", 0
	st.stranger, st.strangerRole, st.planAsks, st.planAsker, st.pointsHead = false, false, false, "", st.pointsHead[:0]
}

// sentence finds the positions of one sentence.
func (e *extractor) sentence(s string, st *docState) []found {
	st.sentences++
	toks := tokenizeInto(st.toks[:0], s, e.voc)
	st.toks = toks
	toks = skipDateline(toks)
	if slices.ContainsFunc(toks, func(t token) bool { return t.low == "our" || t.low == "we" }) {
		st.oursAt = st.sentences
	}
	if heading(toks) {
		st.section = ""
		if ms := mentions(st.ments[:0], toks); len(ms) == 1 && ms[0].end == len(toks) && ms[0].start <= 1 {
			st.section = ms[0].party // "UKRAINE", "THE KREMLIN": a scorecard's section
		}
	}
	if len(toks) < 3 && heading(toks) {
		st.asked, st.askedKind, st.underHeading, st.planAsks = "", "", false, false // "KYIV'S LINE": a new section
	}
	if len(toks) < 3 {
		if !st.underHeading || st.askedKind != Demand || len(toks) == 0 || toks[len(toks)-1].text != ":" {
			return nil
		}
		if ms := mentions(st.ments[:0], toks); len(ms) == 1 && ms[0].start == 0 && ms[0].end == len(toks)-1 {
			st.asked = ms[0].party // "What each side wants" then "Russia:" and its points
		}
		return nil
	}
	open, shut := bracketedPlace(toks)
	st.ments = slices.DeleteFunc(mentions(st.ments[:0], toks), func(m mention) bool { return languageNamed(toks, m) || m.start > open && m.end <= shut })
	sn := &sentence{toks: toks, ments: st.ments, st: st, cues: st.cues[:0]}
	if cap(st.mentAt) < len(toks) {
		st.mentAt = make([]int, len(toks))
	}
	sn.mentAt = st.mentAt[:len(toks)]
	for i := range sn.mentAt {
		sn.mentAt[i] = -1
	}
	for mi, m := range sn.ments {
		for k := m.start; k < m.end; k++ {
			sn.mentAt[k] = mi
			toks[k].party = true
			if toks[k].in(speechVerbs) {
				toks[k].info = nil // the "States" of "the United States" says nothing
			}
		}
	}
	if st.opensLine {
		st.lineParty, st.lineSide = "", ""
	}
	for _, m := range sn.ments {
		if (m.poss || sn.isAdjectiveMention(m)) && sn.low(m.end) == "memorandum" {
			st.memoOwner = m.party // "What Russia's memorandum says", a heading too: "the memorandum" under it is Russia's
		}
	}
	if n := len(toks); sn.bullet() && len(sn.ments) == 1 && sn.ments[0].start == 1 && sn.ments[0].end == n-1 && toks[n-1].text == "." {
		st.lineParty = sn.ments[0].party // "- Russia. Maximalist: A. Minimal: B.": the labels after it are Russia's
		return nil
	}
	if cap(st.quoted) < len(toks) {
		st.quoted = make([]bool, len(toks))
	}
	sn.quoted = st.quoted[:len(toks)]
	inQuote := st.quoteOpen && !opensQuote(toks) || quoteOpenAtStart(toks)
	firstPerson := false // an unquoted "I" or "my": the narrative's own voice
	for k, t := range toks {
		if k > 0 && t.low == "say" && sn.sayNoun(k) {
			toks[k].info = nil // "a European say on anything that touches Europe": a noun, no speech
		}
		inQuote = t.quoting(inQuote)
		sn.quoted[k] = inQuote && t.word
		firstPerson = firstPerson || (t.text == "I" || t.low == "my") && !sn.quoted[k]
	}
	st.quoteOpen = inQuote
	st.quoteAhead, st.aheadKnown = nil, false
	if inQuote && !sn.anyIn(0, len(toks), speechVerbs) {
		st.quoteAhead, st.aheadKnown = e.attributionAhead(st)
	}
	if p := sn.pluralLead(); p != "" {
		st.pluralOwner, st.pluralAt = p, st.sentences
	}
	sn.answerLabelVoice()
	if firstPerson && st.labelVoice == "" && st.interviewee == "" && !st.asking {
		st.columnist = true // "I do not say the American effort is worthless", "What Kyiv needs, in my view, is ...": a column
	}
	retracted := sn.retracted()
	if st.claimLine || retracted == len(toks) {
		// "Claim: ...", "Our earlier version said that ...": what a
		// fact-check or a correction sets aside
		sn.updatePrev("")
		return nil
	}
	if st.first == "" && len(sn.ments) > 0 {
		st.first = sn.ments[0].party
	}
	if st.firstSide == "" {
		for _, m := range sn.ments {
			if slices.Contains(st.sides, m.party) {
				st.firstSide = m.party
				break
			}
		}
	}
	if toks[len(toks)-1].text == "?" || heading(toks) || st.opensLine && titleHeading(toks) {
		// "What does Russia want?", a newsletter's "WHAT KYIV WANTS"
		if toks[len(toks)-1].text == "?" {
			sn.question()
			st.askedKind, st.underHeading, st.askedLeft = Demand, false, 3
			for _, m := range sn.ments {
				if w := sn.low(m.end); (m.poss || sn.isAdjectiveMention(m)) && (w == "memorandum" || docNouns.has(w)) {
					sn.own("memorandum", m.party) // "What's in Russia's memorandum?", "What's in the Russian paper?": "the document" after it is Russia's
				}
			}
		} else {
			sn.headingAsk()
			st.points, st.inPoints = "", 0 // a new section: no plan's points run on under it
			sn.sideHeading()               // "WHERE THE SIDES STAND", then "- Kyiv: ..."
		}
		st.offered--
		sn.updatePrev("")
		if p := sn.soleParty(); p != "" && (st.asking || len(sn.toks) > 2 && sn.toks[0].caps && sn.low(1) == ":") {
			// "Q: What about Moscow?" then "A: What they want is ...": they
			// are Moscow; "HOST: And Medinsky's answer?" then "He did not
			// slam the door": he is Medinsky
			st.prev, st.person = p, p
		}
		return nil
	}
	if w := sn.low(sn.nextWord(0, false)); w == "suppose" || w == "supposing" || w == "imagine" || w == "assume" {
		return nil // "Suppose instead Moscow accepted a freeze.": a supposition, no position
	}
	if f := sn.nextWord(0, false); sn.low(f) == "what" && (sn.low(f+1) == "neither" || sn.low(f+1) == "nobody" || sn.low(f+1) == "no") {
		return nil // "What neither text says outright is that ...": what no side says
	}
	gu := sn.givenUp()
	if st.lastDeadline.party != "" && sn.deadlineDropped() {
		// "Trump had said Kyiv must answer by Thursday. On Tuesday he let
		// that go: the deadline, he said, was when the war was over."
		st.dropped = append(st.dropped, st.lastDeadline)
	}
	if st.lastDemAt == st.sentences-1 && len(st.lastDemand) > 0 {
		if k := sn.thatDropped(); k >= 0 && sn.dropperIs(k, st.lastDemParty) {
			// "In May, Ukraine insisted that a truce precede any talks. That
			// precondition has been quietly dropped."
			st.dropped = append(st.dropped, dropMark{party: st.lastDemParty, words: tokenMergeWords(trimContent(st.lastDemand))})
		}
	}
	sn.findCues()
	sn.cues = slices.DeleteFunc(sn.cues, func(c cue) bool {
		return c.kind == Agreement && sn.low(c.at-1) == "to" && sn.in(c.at-2, askVerbs) && sn.beBefore(c.at-2) // "Ukraine is asked to accept the deal": asked, not agreed
	})
	st.cues = sn.cues
	sn.rare = sn.rareWords()
	if out, ok := sn.labelledPoints(); ok {
		// "- Wanted and did not get: a full ceasefire", "- Proposed: a
		// Zelensky–Putin meeting (Ukraine); a Trump–Putin meeting (United
		// States)"
		if !sn.bullet() {
			st.pointsRunOn() // "Zelenskyy came with backup: Starmer, Macron, Merz." is a line that is no point, as any other
		}
		sn.updatePrev("")
		return out
	}
	var out []found
	if len(sn.cues) > 0 {
		sn.nameAgents() // "A Ukrainian official said ..., a condition the official called unacceptable": the official named first
	}
	consumed := -1
	silentMust := -1 // where a "must" that found nothing ends: only another "must" inside it speaks
	main := ""
	plan := false
	consumedKind := Kind("")
	var options []found // "Either A, or B": the two branches of terms, neither accepted
	underTerms := ""    // the author of the terms an "Under ..." clause set out, whose predicates go on
	if sn.rare.has(rareEither) {
		options = sn.eitherOptions() // before the positions, which may take the text for a deal
	}
	routes := -1 // "two routes to a ceasefire:", where the routes are named
	if options == nil && sn.rare.has(rareRoutes) {
		options, routes = sn.routeOptions()
	}
	demandClause := -1 // where the that-clause of a demand noun ends: no agreement inside
	because := slices.IndexFunc(toks, func(t token) bool { return t.low == "because" })
	for _, c := range sn.cues {
		if because >= 0 && c.at > because && sn.forReason(c.at) {
			continue // "..., because it wants time to take more": a motive, no position
		}
		var fs []found
		switch c.form {
		case formNoun:
			if c.at < consumed && (c.kind == Agreement && (consumedKind == Agreement || consumedKind == Demand) || c.kind == Rejection && consumedKind == Demand || c.kind == Proposal && consumedKind == Agreement && slices.ContainsFunc(toks[max(0, c.at-6):c.at], func(t token) bool { return namingVerbs[t.low] })) {
				continue // "agreed to conclude a deal on minerals": the deal is what was agreed; "wanted the deal to bring relief": what is wanted; "requires Ukraine's neutrality, spelled out as its refusal to join alliances": what is demanded; "emerged with a refined framework": agreed, no one's plan
			}
			if c.kind == Agreement && c.at < demandClause {
				continue // "The Kremlin's price for a deal includes ...": the deal is what the price is for
			}
			fs = sn.nounPosition(c)
			if len(fs) == 1 && len(fs[0].content) > 0 {
				if p, from := sn.elidedOwner(sn.tokenAt(fs[0].content[len(fs[0].content)-1].pos) + 1); p != "" && p != fs[0].party {
					// "Moscow's opening demand is the Donbas and Kyiv's is the
					// line of contact": the same noun, the other side's
					fs = append(fs, sn.emit([]string{p}, fs[0].kind, sn.span(from, sn.contentEnd(from)))...)
				}
			}
			if len(fs) == 0 || c.kind != Demand {
				break
			}
			first, last := sn.tokenAt(fs[0].content[0].pos), sn.tokenAt(fs[0].content[len(fs[0].content)-1].pos)
			if first > 0 && sn.low(first-1) == ":" && last >= 0 && last >= consumed {
				// "the Russian side had set a condition: a ceasefire would be
				// possible only if ...": the condition holds the cues inside it
				consumed, consumedKind = last+1, Demand
			}
			if first > c.at+1 && slices.ContainsFunc(sn.cues, func(o cue) bool { return o.kind == Agreement && o.at > c.at && o.at < first }) {
				demandClause = max(demandClause, first)
			}
			if w := sn.low(first - 1); w == "that" || w == "for" && slices.ContainsFunc(fs[0].content[:min(4, len(fs[0].content))], func(t token) bool { return t.low == "to" }) {
				// "include a demand that Ukraine withdraw ... and accept
				// neutral status", "the aim is for Ukraine to accept caps":
				// the clause is the demand's, its "accept" no agreement
				if last >= 0 {
					demandClause = last + 1
				}
			}
		case formBreach:
			fs = sn.breachPosition(c)
		case formUnder:
			var end int
			fs, end = sn.underPosition(c)
			plan = plan || len(fs) > 0
			if len(fs) > 0 && end > consumed {
				consumed = end // its content holds no cue of its own: "accept neutrality"
			}
			if len(fs) > 0 && fs[0].kind == Demand {
				underTerms = fs[0].party
			}
		default:
			if c.kind == Agreement && (c.at < demandClause || options != nil) {
				continue
			}
			if c.kind == Agreement && underTerms != "" && c.at == consumed+1 && sn.low(consumed) == "," {
				// "In the second, Kyiv halts mobilisation, accepts a cap on
				// its army and lifts martial law": the terms go on
				e := sn.contentEnd(c.at + 1)
				fs, consumed = sn.emit([]string{underTerms}, Demand, sn.span(c.at, e)), e
				break
			}
			if fs = sn.relativeDemand(c); fs != nil {
				break // "the same truce that European leaders had called for", also inside what another clause holds
			}
			if c.at < silentMust && c.form != formMust && !(c.kind == Demand && c.form == formVerb && sn.mustBefore(c.at) && !sn.negated(c.at)) && !(c.refusal && (sn.low(c.at-1) == "not" || sn.low(c.at-1) == "never") && sn.mustBefore(c.at-1)) {
				continue // but "Kyiv must insist on an all-for-all exchange", whoever says so, is Kyiv's to insist on, and "Europe should not accept any deal that ..." its refusal
			}
			if c.at < consumed && c.form != formAdj && !(c.kind == Proposal && sn.agreedToBefore(c) > 0) {
				continue // but "the truce that Kyiv has floated" is Kyiv's proposal inside the rejection of it
			}
			var end int
			var isPlan bool
			fs, end, isPlan = sn.verbPosition(c)
			if c.kind == Agreement {
				fs = sn.packageTerms(fs)
			}
			if c.kind == Rejection && strings.HasPrefix(sn.low(c.at), "refus") {
				fs = append(fs, refusedRecognition(fs)...) // "refuses to recognise occupied land as Russian": and holds out for none
			}
			if sn.low(c.at-1) == "would" {
				for i, f := range fs {
					if f.kind == Agreement && onlyWhere(f.content) {
						fs[i].kind = Demand // "they would accept a freeze only along the current front": the line they hold out for, no deal
					}
				}
			}
			for _, f := range fs[:len(fs):len(fs)] {
				switch {
				case f.kind == Rejection && anyWhich(f.content):
					// "would not accept any settlement that forced it to
					// recognise occupied land": it holds out for none such
					f.kind, f.content = Demand, slices.Clone(f.content)
					f.content[0].text, f.content[0].low = "no", "no"
					fs = append(fs, f)
				case f.kind != Proposal:
				case c.alsoDemand:
					lead := withoutContrast(f.content)
					if rest := tokenMergeWords(f.content[len(lead):]); truceLike(rest) {
						// "the best way is to go straight to a peace agreement
						// rather than a ceasefire": the speaker's own call for a
						// ceasefire is given up
						st.dropped = append(st.dropped, dropMark{party: f.party, words: rest})
					}
					f.kind, f.content = Demand, lead
					fs = append(fs, f)
				case slices.Contains(st.sides, f.party) && (leadersMeeting(f.content) && sn.firstNamed(f.content) == f.party || sn.meetingWithOther(f.content, f.party) && (strings.HasPrefix(sn.low(c.at), "propos") || strings.HasPrefix(sn.low(c.at), "suggest"))):
					// "Umerov proposed a meeting between Zelensky and Putin",
					// "Zelensky proposed that the next stage be a meeting with
					// Putin": a side's call for its own leader to meet the other's, which
					// it presses for as much as it offers; not an invitation of
					// the other's ("invited Zelensky to Moscow")
					f.kind = Demand
					fs = append(fs, f)
				case sn.in(c.at, readyWords) && onlyWhere(f.content):
					// "ready to stop the war only along the current line of
					// contact": the one place it would stop is what it holds out for
					f.kind = Demand
					fs = append(fs, f)
				case helpRestore(f.content):
					// "Washington said it would help restore Russia's access to
					// world markets": its side of a deal, as much as an offer
					f.kind = Agreement
					fs = append(fs, f)
				}
			}
			if c.kind == Demand && c.form == formVerb && (sn.low(c.at-1) == "long" && sn.low(c.at-2) == "had" || sn.beforeThen(c.at) || sn.forYears(c.at)) {
				st.holdPast(fs) // "Kyiv had long demanded NATO membership", "Before Alaska the White House was demanding a ceasefire", "Kyiv, which for years demanded an invitation": a stance of before
			}
			if w := sn.wordBefore(fs); w == "if" || w == "once" || w == "after" {
				if a, e := sn.alternativeCondition(end); e > 0 {
					fs, end = append(fs, sn.emit([]string{fs[0].party}, fs[0].kind, a)...), e // "only if A, or, as an alternative, if B"
				}
				if sn.low(c.at) == "only" && c.kind == Demand {
					// "The arrangement, the Kremlin said, would take effect only
					// after ... Restrictions on ships would also have to go.":
					// the next sentence's "must" goes on with its conditions
					st.lendVoice(fs[0].party, false)
				}
			}
			switch {
			case c.form == formMust && len(fs) == 0:
				silentMust = max(silentMust, end) // "Questions that concern Ukraine, he said, must be settled ..., and any peace must rest on ...": the next "must" may say whose
			case isPlan && len(fs) == 0 && sn.whatExpects(c.at, end):
				// "The plan sets out what Moscow expects: ...": a plan of no one
				// named, whose contents a side's demand says
			case len(fs) == 0 && c.form == formEvent && sn.low(c.at+1) == "place":
				// "The round took place nine days after Trump gave Moscow 50
				// days to reach a deal": an event that names no deal hides
				// nothing after it
			case end > consumed:
				consumed, consumedKind = end, c.kind
			}
			if main == "" && len(fs) > 0 && !(c.form == formPlan && sn.otherSpeaker(fs[0].party)) {
				main = fs[0].party // but "European leaders said the draft will require ...": they are who acts, not the draft's author
				plan = isPlan
			}
		}
		for _, f := range fs {
			st.remember(f) // "Merz raised the prospect of a truce, Peskov dismissed it"
		}
		out = append(out, fs...)
	}
	if sn.aside > 0 {
		out = append(out, sn.asidePosition(out)...)
	}
	out = sn.butInstead(sn.followedBy(out))
	st.settlePast(sn)
	if st.prevPlan && options == nil && (len(out) == 0 || st.lastDoc == Demand && !slices.ContainsFunc(out, func(f found) bool { return f.kind != Agreement || f.party != "" && f.party == st.owner[Demand] })) {
		// "The second is described as a package. Ukraine would halt
		// mobilisation, ... and accept no foreign troops": the terms go on,
		// and what the other side "would accept" is asked of it
		if c := sn.planContinuation(); len(c) > 0 || len(out) == 0 {
			out, plan = c, len(c) > 0
		}
	}
	if p, at := sn.sideLabel(); p != "" {
		// "The sticking points: - Kyiv: a ceasefire along the current
		// line first.": the side the point names holds it, whoever's
		// points are under way; but under "Key points so far:", "-
		// Ushakov: some US proposals acceptable" reports what was said,
		// "1. Ukraine: the 28-point plan" heads a section, and a
		// heading's answers are read as such
		if !stated(out, "") && st.sideList && st.asked == "" && st.askedKind == "" && sn.namedPosition(at) {
			out = sn.emit([]string{p}, Demand, toks[at:])
		}
	} else if sn.bullet() && st.points != "" && !sn.numberedHeading() && !slices.ContainsFunc(out, func(f found) bool { return f.party == st.points && f.kind == Demand }) {
		// "- Ukraine stays a non-nuclear state.": a point of the plan
		// introduced by "the draft says:", whatever else it seems to say;
		// but "- Moscow wants sanctions lifted" says what it is itself.
		kind := st.pointsKind // not the lastDoc of a point that names another text ("- Army: 800,000, not the figure in the US draft")
		if sn.otherSideActs(toks[1:], st.points) {
			kind = Demand
		}
		point := toks[1:]
		if w := slices.IndexFunc(point, func(t token) bool { return t.low == "whereas" }); w > 0 {
			point = point[:w] // "- the plant run as a joint venture, whereas Washington's draft proposes ...": the contrast is another side's
		}
		out = sn.emit([]string{st.points}, kind, point)
		for i := range out {
			out[i].content = slices.Concat(st.pointsHead, out[i].content) // "restrictions removed on" "Russian-flagged ships"
		}
	}
	v := sn.pointsVerb()
	st.afterProse = false // but pointsRunOn sets it
	label := ""
	if toks[len(toks)-1].text == ":" {
		st.pointsHead = nil
		label = sn.listLabel()
		if p, k := sn.docSubject(); p != "" {
			sn.own(sn.low(k), p) // "the European text differs from the US draft on several key points:": the points are the European text's
		}
	}
	switch {
	case v > 0:
		// "According to the text, a final settlement would require:",
		// "Moscow asks for a good deal more:": the points that follow are
		// demands, of the verb's subject or else of whoever owns the terms
		// or was named just before; "a good deal more" is none of them.
		p, _ := sn.subjectOf(v)
		st.points, st.lastDoc, st.pointsKind = cmp.Or(cmp.Or(p...), cmp.Or(sn.owned(Demand)...), st.prev), Demand, Demand
		if n := sn.labelEnd(); n-3 > v && sn.in(n-2, prepositions) && participle(sn.low(n-3)) {
			// "It also wants restrictions removed on:": each point completes it
			st.pointsHead = make([]token, 0, n-2-v)
			for _, t := range toks[v+1 : n-1] {
				t.pos = -1
				st.pointsHead = append(st.pointsHead, t)
			}
		}
		if v < len(toks)-2 {
			out = slices.DeleteFunc(out, func(f found) bool {
				return f.kind == Demand && f.content[0].pos > toks[v].pos || f.content[0].pos < toks[v].pos && f.content[len(f.content)-1].pos >= toks[v].pos // also "Under the draft, Washington was asking Ukraine to:": the verb is no term
			})
		}
	case toks[len(toks)-1].text == ":" && len(toks) >= 3 && sn.verbCue(len(toks)-2) == Proposal && !sn.quoted[len(toks)-2]:
		// "Prepared by the national security advisers of Britain, France
		// and Germany, it proposes:": the points are the proposer's
		p, head := sn.subjectOf(len(toks) - 2)
		if o := st.owner[st.lastDoc]; head == "it" && st.lastDoc != "" && o != "" && st.ownedAt >= st.sentences-1 {
			p = []string{o} // "The Kremlin has rejected the European plan. Critics say it proposes:": the plan just named, not the Kremlin
		}
		if len(p) > 0 {
			st.points, st.lastDoc, st.pointsKind = p[0], Proposal, Proposal
		}
	case toks[len(toks)-1].text == ":" && sn.anyIn(0, len(toks), planNouns) && !sn.anyIn(0, len(toks), termNouns) && !sn.summaryPoints() && sn.pointsOfKind() != "sticking":
		// "As he described it, the draft says:": the points that follow
		// are the plan's, whose author is known or was the subject just
		// before; "The sticking points:" are no one's.
		kind := Proposal
		asks := st.planAsks && (st.planAsker == "" || st.owner[Proposal] == st.planAsker) // but not "The European counter-proposal, by contrast, says:"
		if st.lastDoc == Demand && !slices.ContainsFunc(toks, func(t token) bool { return t.in(planNouns) && !t.in(docNouns) }) && slices.ContainsFunc(sn.ments, func(m mention) bool { return m.party == st.owner[Demand] }) || asks {
			kind = Demand // "Russia handed over its memorandum. The Russian document provides for:": its terms; under "What the plan demands of Ukraine", "Under the American text:"
		}
		st.points, st.lastDoc, st.pointsKind = st.prev, kind, kind
		owner := kind
		if asks {
			owner = Proposal // the plan's author asks
		}
		if owners := sn.owned(owner); len(owners) > 0 {
			st.points = owners[0]
		}
	case toks[len(toks)-1].text == ":" && st.owner[Demand] != "" && (sn.anyIn(0, len(toks), termNouns) || len(toks) == 3 && sn.low(0) == "among" && sn.low(1) == "them" || sn.labelEnd()-sn.leadParen() <= 5 && sn.low(sn.labelEnd()-2) == "asks"):
		// "The memorandum sets out these terms:", "... and a longer list
		// of terms. Among them:", "The big asks:": the points that follow
		// are the terms of the side that set them.
		st.points, st.lastDoc, st.pointsKind = st.owner[Demand], Demand, Demand
	case label != "":
		// "Kyiv's positions in it:", "Ukraine's priorities:": the points
		// that follow are that side's demands
		st.points, st.lastDoc, st.pointsKind = label, Demand, Demand
	case toks[len(toks)-1].text == ":" && len(toks) > 3 && sn.low(len(toks)-3) == "only" && conditionEnds[sn.low(len(toks)-2)]:
		// "The Black Sea arrangements, it said, would come into force
		// only after:" and the conditions in points: the speaker's demands
		var said []string
		if v := sn.firstSpeech(); v > 0 {
			said, _ = sn.subjectOf(v) // "The Kremlin, however, said the Black Sea arrangement would enter into force only after:"
		}
		st.points, st.lastDoc, st.pointsKind = cmp.Or(cmp.Or(sn.asideSpeaker(0, len(toks))...), cmp.Or(said...), st.prev), Demand, Demand
	case toks[len(toks)-1].text == ":" && sn.agreedLabel():
		// "What was agreed:", "By the numbers — what was agreed:": the
		// points that follow are the sides' agreements
		if p := sn.bothSides(); len(p) > 0 {
			st.points, st.pointsKind = p[0], Agreement
		}
	case sn.bullet():
		st.inPoints = 2
	case toks[len(toks)-1].text == ":":
		st.points, st.inPoints = "", 0 // "What was not agreed:": a list of its own begins
	default:
		st.pointsRunOn()
	}
	if last := toks[len(toks)-1]; last.text == ":" {
		// "The sticking points:"; and right under "Cheat sheet: who wants
		// what", "the moderator put a summary on the screen:" leads in to
		// the same list
		st.sideList = sn.standsLabel() || st.sideList && st.sideHeadAt == st.sentences-1 && !sn.bullet()
	} else if st.opensLine && last.word && len(toks) <= 10 && !sn.bullet() {
		sn.sideHeading()    // "Where the sides stand after Berlin"
		st.planAsks = false // "What the plan demands of Ukraine", then "Money and nuclear": the plan's points are its proposals again
		if len(sn.ments) == 0 && len(out) == 0 && st.underHeading {
			st.asked, st.askedKind, st.underHeading = "", "", false // "What was agreed", then "The two memoranda, side by side": a section of its own
		}
	} else if !sn.bullet() && st.opensLine {
		st.sideList = false // but the next sentence of a side's line goes on under it ("- Russia: A. Moscow also insists ...", then "- Ukraine: B")
	}
	if from := sn.spelledOut(); from > 0 {
		out = sn.withSpelledOut(out, from)
	}
	if len(out) == 0 {
		out = sn.listedPoints() // "These concern effective control over ..."
	}
	if len(out) == 0 {
		out = sn.amongThem() // "Chief among them: A; B; and C"
	}
	if sn.rare.has(rareGoOn) {
		out = append(out, sn.talksGoOn()...) // "Contacts will continue, at the level of envoys."
	}
	if sn.rare.has(rareRoot) && !slices.ContainsFunc(out, func(f found) bool {
		return f.kind == Demand && slices.ContainsFunc(f.content, func(t token) bool { return t.low == "root" })
	}) {
		out = append(out, sn.rootCauses()...) // "Putin spoke of eliminating the root causes of the war"
	}
	if sn.rare.has(rareAgreements) {
		out = append(out, sn.reachedAgreements()...) // "reached separate agreements with Ukraine and with Russia to ensure safe navigation"
	}
	if sn.rare.has(rareBasis) {
		b := slices.IndexFunc(toks, func(t token) bool { return t.low == "basis" })
		out = append(out, sn.basisProviso(b)...) // "the draft could form the basis of a settlement, Putin said, provided it reflects ..."
		out = append(out, sn.basisView(b)...)    // "Moscow regards the Anchorage understandings as the basis for any settlement"
	}
	if sn.rare.has(rareOnly) {
		if fs, o := sn.onlyAlong(); len(fs) > 0 {
			// "Kyiv would discuss a ceasefire only along the current front
			// line": what it would consider is no offer of its
			at := toks[o].pos
			out = append(slices.DeleteFunc(out, func(f found) bool {
				return f.kind == Proposal && f.party == fs[0].party && f.content[0].pos < at && f.content[len(f.content)-1].pos >= at
			}), fs...)
		}
	}
	if len(out) == 0 && sn.rare.has(rareHold) {
		out = sn.holdBack() // "Ukraine will refrain from hitting Russian energy sites as long as Russia does the same"
	}
	out = sn.commentDemand(out)
	if p, at := sn.requestedBy(); p != "" {
		// "At Trump's request, the Kremlin agreed to a week-long pause":
		// what was agreed at a side's request is that side's demand
		a := at - 2 - b2i(sn.low(at-3) == "at") // the "at" of "at Trump's request"
		for i, f := range out[:len(out):len(out)] {
			if f.kind != Agreement && f.kind != Proposal || f.party == p {
				continue
			}
			start, last := sn.tokenAt(f.content[0].pos), sn.tokenAt(f.content[len(f.content)-1].pos)
			if f.kind == Agreement && start > at && start-at <= 10 {
				out = append(out, found{party: p, kind: Demand, content: f.content})
			} else if start < a && at <= last && sn.low(a) == "at" && !sn.anyIn(start, a, heldWords) {
				// "it will hold off striking Kyiv until 1 February at
				// Trump's request": a pause granted, and the asker's demand
				content := f.content[:slices.IndexFunc(f.content, func(t token) bool { return t.pos >= sn.toks[a].pos })]
				out[i].kind, out[i].content = Agreement, content
				out = append(out, found{party: p, kind: Demand, content: content})
			}
		}
	}
	ordinal := false
	if st.listOwner != "" {
		// "The second was a face-to-face meeting", also over a remark
		// of its own (", the same idea Kyiv has floated since March")
		points := sn.ordinalPoint()
		out, ordinal = append(out, points...), len(points) > 0
	}
	answered := false
	if len(out) == 0 {
		out = sn.answer() // "What does Russia want? The whole of Donbas, still."
		answered = len(out) > 0
	} else if st.docList {
		if terms := sn.answer(); len(terms) > 0 {
			out = terms // "it lists: ... the neutrality of Ukraine, not to join military alliances ...": terms, whatever cues they hold
		}
	} else if st.asked != "" && !st.underHeading {
		if a := sn.answer(); len(a) > 0 {
			out, answered = append(a, out...), true // "No legal recognition of occupied land, which Kyiv has ruled out": the answer, and what else the sentence says
		}
	}
	out = listOver(out, sn.countedColon()) // "consistent on three things: A, B and C"
	if st.asked != "" && st.wantQ && st.askedLeft == 3 && sn.anyIn(0, len(toks), textNouns) {
		for i, f := range out {
			if f.party == st.asked && f.kind == Proposal {
				out[i].kind = Demand // "What do the Europeans want instead? The E3 text says talks must start from the line of contact": what they want
			}
		}
	}
	switch {
	case st.underHeading:
		// a heading's answer is every point under it
	case st.asked != "" && (answered || len(out) == 0 && wordCount(toks) <= 8) && !st.docList && st.askedLeft > 0:
		// "Three things, in my reading. Security guarantees that bind
		// someone. No legal recognition ...": an answer in fragments
		st.askedLeft--
	default:
		st.asked, st.askedKind, st.docList = "", "", false // a question's answer is the sentence after it
	}
	rw := sn.rare
	if rw.has(rareOnly) {
		for _, so := range sn.summitOnly() {
			// "Such a meeting could happen only once the delegations had
			// finished": the whole condition, not its "once" clause alone
			first, last := so.content[0].pos, so.content[len(so.content)-1].pos
			out = append(slices.DeleteFunc(out, func(f found) bool {
				return (f.party == so.party && f.kind == Demand || f.kind == Agreement) && f.content[0].pos > first && f.content[len(f.content)-1].pos <= last // also "can only follow an agreement on its terms": no deal
			}), so)
		}
	}
	if rw.has(rareList) {
		out = listOver(out, sn.listColon()) // "Kyiv had come with a short list: a full ceasefire, the return of children ..."
	}
	if rw.has(rareUnder) {
		out = append(out, sn.packagesDescribed()...)
	}
	if len(out) == 0 {
		out = sn.mirrorOffer()
	}
	if len(out) == 0 {
		out = sn.redLinesNamed()
	}
	if len(out) == 0 {
		out = sn.swapSize()
	} else if semi := slices.IndexFunc(toks, func(t token) bool { return t.text == ";" }); semi > 0 {
		if i := slices.IndexFunc(out, func(f found) bool { return f.kind == Agreement && hasAny(f.content, exchangeWords) }); i >= 0 {
			out = append(out, sn.sizeTold(semi+1, out[i].party)...) // "The delegations settled on an exchange of ...; Umerov said the swap would involve at least 1,000 people on each side."
		}
	}
	out = append(out, sn.withoutCondition()...)
	if routes >= 0 {
		// "Russia's text offers Kyiv two routes to a ceasefire: ...": the
		// offer of routes is no proposal, and what the routes hold is read
		// from them alone
		at := toks[routes].pos
		out = slices.DeleteFunc(out, func(f found) bool {
			return f.content[0].pos <= at && f.content[len(f.content)-1].pos >= at || options != nil && f.content[0].pos > at && (f.kind == Agreement || f.kind == Proposal)
		})
		options = slices.DeleteFunc(options, func(o found) bool {
			return slices.ContainsFunc(out, func(f found) bool { return f.kind == Demand && f.party == o.party && overlap(f.content, o.content) })
		}) // the demands read from a route's own verbs stand
	}
	if options != nil {
		out = append(out, options...)
	} else if rw.has(rareEither) {
		out = append(out, sn.eitherOrThreat()...)
	}
	if rw.has(rareRefused) {
		out = append(out, sn.refusalThreat()...)
	}
	if rw.has(rarePercent) {
		out = append(out, sn.percentAgreed()...)
	}
	if rw.has(rareStripped) {
		out = append(out, sn.strippedWarning()...)
	}
	if rw.has(rareBreach) && len(out) == 0 {
		out = sn.ifBreach()
	}
	if rw.has(rareShared) {
		if both := sn.settledByBoth(); len(both) > 0 {
			// instead of what the verb inside it read: "signed up to was ..."
			out = append(slices.DeleteFunc(out, func(f found) bool { return overlap(f.content, both[0].content) }), both...)
		}
		if !slices.ContainsFunc(out, func(f found) bool { return f.kind == Agreement }) {
			out = append(out, sn.jointNamed()...)
		}
	}
	out = append(out, sn.noDealBefore()...)
	if rw.has(rareTime) && !stated(out, Demand) {
		out = append(out, sn.timeFor()...)
	}
	if rw.has(rareTargets) {
		out = append(out, sn.legitimateTargets()...)
	}
	if rw.has(rareStay) {
		out = append(out, sn.ownForcesStay()...)
	}
	if rw.has(rareFinished) {
		out = append(out, sn.textFinished()...)
	}
	switch st.listLeft--; {
	case ordinal:
		st.listLeft = 2 // the next point may come two sentences on
	case st.listLeft <= 0:
		st.listOwner = ""
	}
	out = append(out, sn.numberedPoint(out)...)
	if len(out) == 0 {
		out = sn.forThemToDecide()
	}
	if o := sn.expectsAnnounced(); o != "" {
		st.lendVoice(o, false) // "Merz sets out what Europe expects." then "A must ...; B must ...; and C."
	} else if f := sn.nextWord(0, false); st.mustVoice != "" && st.mustAt == st.sentences-1 && (ordinals[sn.low(f)] || sn.low(f) == "finally") && sn.low(f+1) == "," && slices.ContainsFunc(out, func(o found) bool { return o.party == st.mustVoice }) {
		st.mustAt = st.sentences // "First, Ukraine must leave Donbas. Second, ... Third, sanctions must be lifted.": the numbered terms go on
	} else if p := soleDemander(out); p != "" && st.mustAt < st.sentences && toks[len(toks)-1].text != ":" {
		// "The Kremlin also wants Ukraine to stay neutral. Sanctions on
		// Russia would have to be lifted.": its list goes on in terms;
		// but "Ukraine's army should be allowed 800,000" is no one's, and
		// the points after a label are read as its points
		st.lendVoice(p, true)
	}
	if k, o := sn.termsFollow(); o != "" {
		sn.own(sn.low(k), o)
	}
	if o := sn.requestsAnnounced(); o != "" {
		st.listOwner, st.listLeft = o, 2
	} else if rw.has(rareOutlined) {
		if o := sn.pointsOutlined(); o != "" {
			st.listOwner, st.listLeft = o, 1
		}
	}
	if !sn.disputed && rw.has(rareHome) {
		if done := sn.carriedSwap(); len(done) > 0 && !slices.ContainsFunc(out, func(f found) bool { return overlap(f.content, done[0].content) }) {
			out = append(out, done...) // "314 prisoners, 157 on each side, went home, and ... agreed to ..."
		}
	}
	if !sn.disputed {
		if len(out) == 0 {
			out = sn.nominalExchange()
		} else if a := sn.afterLabel(); sn.in(a+b2i(sn.in(a, determiners)), eventNouns) && !slices.ContainsFunc(out, func(f found) bool { return f.kind == Agreement }) {
			// also beside another position when it opens the sentence: `"An
			// exchange of 1,200 from each side, and we proposed three
			// working groups," ...`
			if ex := sn.nominalExchange(); len(ex) > 0 && ex[0].content[0].pos == toks[a].pos && !slices.ContainsFunc(out, func(f found) bool { return overlap(f.content, ex[0].content) }) {
				out = append(out, ex...)
			}
		}
	}
	out = append(out, sn.stepProposal()...)
	if len(out) == 0 && rw.has(rareAsked) {
		out = sn.imperativeAnswer()
	}
	if len(out) == 0 {
		out = sn.orderAnswered() // `"Make a deal," he said.` after the question
	}
	if len(out) == 0 {
		out = sn.pointPosition()
	}
	if len(out) == 0 {
		out = sn.noClause()
	}
	out = append(out, sn.troopBans(out)...)
	out = append(out, sn.whileObliged(out)...)
	out = append(out, sn.andItemAfter(out)...)
	if gu.at >= 0 {
		// "Trump wanted Kyiv's answer by Thanksgiving; that deadline has
		// long since been dropped": the demands before are given up, and
		// so is the last one said before this sentence if none is here
		// and it is the dropping side's.
		dropped := false
		out = slices.DeleteFunc(out, func(f found) bool {
			switch {
			case gu.verb >= 0 && f.content[0].pos == toks[gu.verb].pos && inExchangeFor(f.content) <= 0, gu.noun >= 0 && gu.noun+1 < len(toks) && f.content[0].pos == toks[gu.noun+1].pos:
				return true // "ready to shelve that ambition" offers nothing; "to drop that aim in exchange for guarantees" does
			case f.kind == Demand && f.content[0].pos < toks[gu.at].pos && !gu.named && (gu.who == "" || gu.who == unknownSide || f.party == gu.who),
				gu.after && f.kind == Demand && f.content[0].pos > toks[gu.at].pos && f.party == gu.who:
				dropped = true
				return true
			}
			return false
		})
		if !dropped && gu.before.words != nil && (gu.who == "" || gu.who == gu.before.party) {
			st.dropped = append(st.dropped, gu.before)
		}
	}
	if b := sn.bygone(); len(out) > 0 && b > 0 {
		// "For years Kyiv said it would not negotiate until ...", up to
		// "; now, Zelensky said, ..."
		out = slices.DeleteFunc(out, func(f found) bool { return f.kind == Demand && f.content[0].pos < sn.toks[b-1].pos })
	}
	if retracted > 0 {
		// "An earlier version said X; Moscow now says Y": Y only
		out = slices.DeleteFunc(out, func(f found) bool { return f.content[0].pos < sn.toks[retracted-1].pos })
	}
	out = slices.DeleteFunc(out, func(f found) bool { return f.kind == Demand && withdrawsOwnSide(f.content, f.party) })
	for i, f := range out {
		if f.kind == Demand && sn.counterPaper(f.content) && (offersTruce(f.content) || sn.ownAct(f.content, f.party)) {
			out[i].kind = Proposal // "Zelensky's counter-offer: a ceasefire along the current line": a truce is offered, not put as a condition; so is what its author will do ("Russia's counter-proposal would see Moscow halt strikes")
		}
		if f.kind == Proposal {
			if c := sn.ownRefusal(f); c != nil {
				out[i].kind, out[i].content = Demand, c // "Its roadmap adds that Ukraine will not recognise any occupied land": a red line, no offer
			}
		}
	}
	if len(out) > 0 && e.elsewhere(sn) {
		out = nil
	}
	st.prevPlan = plan || sn.namedPlan || len(out) == 0 && sn.docPartOpens()
	st.offered--
	for _, f := range out {
		if f.kind == Proposal || f.kind == Agreement {
			st.offered = 2
		}
		st.remember(f)
	}
	sn.documentNamed()
	if p := sn.planNamed(len(sn.toks)); len(p) > 0 {
		st.lastPlan, st.lastPlanAt = append(st.lastPlan[:0], p...), st.sentences
	}
	// "Joint statement" then "Washington and Kyiv say ...": the statement
	// is still theirs in the sentence after
	named := st.jointPaper && sn.bothSpeak()
	st.jointPrev = (sn.rare.has(rareShared) || st.jointPaper) && sn.jointVoice(len(toks)) // for "Any final agreement, they said, must ..." next
	st.jointPaper = sn.rare.has(rareShared) && sn.jointPaperNamed() || named
	if st.stranger && st.strangerRole && slices.ContainsFunc(out, func(f found) bool { return f.party == main && f.kind != Demand }) {
		st.stranger = false // `"[Sweden will never accept that borders are redrawn by force]," she told Ekot`, she the foreign minister: she speaks for the side that refuses; a stranger reports a side's wants ("Moscow wants the land first"), and one with no office its refusals too ("Moscow will never accept ...", said by a research fellow)
	}
	sn.updatePrev(main)
	st.named = st.named[:0]
	for _, m := range sn.ments {
		b := m.start - 1
		for b > 0 && (sn.mentAt[b] >= 0 || sn.toks[b].caps && sn.toks[b].word || sn.low(b) == "the") {
			b-- // "by Turkish President Recep Tayyip Erdogan"
		}
		if sn.low(b) == "by" && hostVerbs[sn.low(b-1)] && !sn.in(b-2, beWords) {
			continue // "after the talks in Istanbul, hosted by Erdogan": the host is not whom a side's "they" stands for; but "was hosted by Rubio" met him
		}
		if !slices.Contains(st.named, m.party) {
			st.named = append(st.named, m.party)
		}
	}
	if p := sn.docSaidIt(); p != "" {
		st.prev = p // "Ukraine must remain neutral, the memorandum says. It further calls for ...": it is the memorandum, its author's
	}
	return out
}

// planNamed returns a copy of the last plan the sentence names before
// token end, with its determiner ("the American text", "Washington's
// 28-point plan"; "the" in lower case, for use inside a content), or nil.
func (sn *sentence) planNamed(end int) []token {
	for k := min(end, len(sn.toks)) - 1; k > 0; k-- {
		if w := sn.low(k); !sn.in(k, planNouns) || strings.HasSuffix(w, "s") || sn.quoted[k] {
			continue
		}
		for s := k - 1; s >= 0 && s >= k-4; s-- {
			t := sn.toks[s]
			if t.low == "the" || t.poss || t.in(possPronouns) {
				p := slices.Clone(sn.span(s, k+1))
				if p[0].low == "the" {
					p[0].text = "the" // "The American draft could ...": not the sentence's capital
				}
				return p
			}
			if !t.word && t.text != "-" || t.in(prepositions) || t.in(clauseWords) || t.in(speechVerbs) {
				break
			}
		}
	}
	return nil
}

// documentNamed makes a side's document named as a subject ("The Russian
// text, which Medinsky summarised, sets out two routes") the one that "the
// document" stands for in the sentences after it.
func (sn *sentence) documentNamed() {
	if n, p := sn.paperAuthor(); p != "" {
		sn.own(n, p) // "The original 28-point document was drafted by US envoy Steve Witkoff": "that text" next is the US's
	}
	if m := sn.mentAt[min(sn.nextWord(0, false), len(sn.toks)-1)]; m >= 0 && !sn.ments[m].poss && slices.Contains(sn.st.sides, sn.ments[m].party) && sn.withPaper() {
		sn.own("terms", sn.ments[m].party) // "Ukraine will go to the talks with a written roadmap": a side's own paper states its terms
	}
	for _, m := range sn.ments {
		if m.end >= len(sn.toks) || !m.poss && !sn.isAdjectiveMention(m) || !slices.Contains(sn.st.sides, m.party) {
			continue
		}
		noun := sn.low(m.end)
		if s := m.start - b2i(sn.low(m.start-1) == "the"); sn.clauseStart(m.start) != s || sn.quoted[m.start] {
			continue
		}
		if noun == "memorandum" || docNouns.has(noun) && (sn.st.lastDoc == Demand || sn.st.lastDoc == "") {
			sn.own("terms", m.party) // a side's memorandum or document: its terms
		}
	}
}

// paperAuthor returns the document noun and the author of a sentence that
// opens on a document "drafted (written, drawn up, prepared) by" a side,
// or "", "".
func (sn *sentence) paperAuthor() (string, string) {
	for k := 1; k+3 < len(sn.toks) && k < 8; k++ {
		if !sn.in(k, planNouns) && !sn.in(k, docNouns) || !sn.in(k+1, beWords) {
			continue
		}
		if p := sn.authoredBy(k + 2); p != "" {
			return sn.low(k), p
		}
		return "", ""
	}
	return "", ""
}

// authoredBy returns the side that the participle at v names as a text's
// author ("drafted by the United States", "prepared by the UK, France and
// Germany", "drawn up by Moscow"), or "".
func (sn *sentence) authoredBy(v int) string {
	switch sn.low(v) {
	case "drafted", "written", "prepared", "authored":
	case "drawn":
		if sn.low(v+1) != "up" {
			return ""
		}
		v++
	default:
		return ""
	}
	if sn.low(v+1) != "by" {
		return ""
	}
	for n := v + 2; n < len(sn.toks) && n <= v+6; n++ {
		if m := sn.mentAt[n]; m >= 0 {
			return sn.ments[m].party
		}
	}
	return ""
}

// withPaper reports whether the sentence names a paper its subject comes
// to the talks "with" ("will go to the talks with a written roadmap"); not
// "disagrees with the Russian memorandum", nor another side's paper.
func (sn *sentence) withPaper() bool {
	come := false
	for k := 1; k+2 < len(sn.toks); k++ {
		switch sn.low(k) {
		case "go", "goes", "went", "come", "comes", "came", "arrive", "arrives", "arrived", "bring", "brings", "brought", "travel", "travels", "travelled":
			come = true
		}
		if sn.low(k) != "with" || !come || !sn.in(k+1, determiners) {
			continue
		}
		for n := k + 2; n < len(sn.toks) && n <= k+4 && sn.toks[n].word && sn.mentAt[n] < 0; n++ {
			if sn.in(n, termNouns) || sn.in(n, docNouns) || sn.low(n) == "roadmap" {
				return true
			}
		}
	}
	return false
}

// listOver adds the positions of a list after a colon to those found in
// the sentence, which it replaces from where the list starts: the items
// are the list's, whatever cue they hold of their own.
func listOver(out, list []found) []found {
	if len(list) == 0 {
		return out
	}
	from := list[0].content[0].pos
	return append(slices.DeleteFunc(out, func(f found) bool { return f.content[0].pos >= from }), list...)
}

// alternativeCondition returns the second condition of "only if A, or if
// B" (also "..., or, as an alternative, if B", "only if A and if B") that
// goes on at k, and where it ends; else nil, -1.
func (sn *sentence) alternativeCondition(k int) ([]token, int) {
	or := -1
	for n := max(0, k-2); n <= k+1; n++ {
		if w, v := sn.low(n), sn.low(n+1+b2i(sn.low(n+1) == "only")); w == "or" || w == "and" && (v == "if" || v == "after" || v == "once") {
			or = n // the content may end before or after ", or"; "only if A and if B", "only after A, and (only) once B"
		}
	}
	if or < 0 {
		return nil, -1
	}
	k = or + 1
	if sn.low(or) == "and" && sn.low(k) == "only" {
		k++
	}
	if sn.low(k) == "," {
		for n := k + 1; n < len(sn.toks) && n < k+6; n++ {
			if sn.low(n) == "," {
				k = n + 1 // ", as an alternative,"
				break
			}
		}
	}
	if w := sn.low(k); w != "if" && w != "once" && w != "after" {
		return nil, -1
	}
	e := sn.contentEnd(k + 1)
	return sn.span(k+1, e), e
}

// wordBefore returns the word before the content of the first position
// found: "that" of a that-clause, "if" of a condition; else "".
func (sn *sentence) wordBefore(fs []found) string {
	if len(fs) == 0 || len(fs[0].content) == 0 {
		return ""
	}
	return sn.low(sn.tokenAt(fs[0].content[0].pos) - 1)
}

// tokenAt returns the index of the sentence's token at byte position pos,
// or -1.
func (sn *sentence) tokenAt(pos int) int {
	return posIndex(sn.toks, pos)
}

// posIndex returns the index of the token of toks at byte offset pos, or
// -1.
func posIndex(toks []token, pos int) int {
	return slices.IndexFunc(toks, func(t token) bool { return t.pos == pos })
}

// unknownSide is givenUp's side when the sentence says a side dropped
// something but not which side: then nothing said before the sentence is
// given up.
const unknownSide = "?"

// giveUp is what a sentence says was given up after it was stated.
type giveUp struct {
	at     int      // where the sentence says so; -1 if it does not
	verb   int      // the drop verb, where an offer to give the position up starts; -1 in the passive
	noun   int      // the stance noun of a headline's "drops truce-first demand", whose own content is none; else -1
	who    string   // the side that gave it up; "" in the passive, unknownSide if the sentence names none
	before dropMark // the last demand said before the sentence, which it may be about
	after  bool     // the sentence goes on to say what was dropped: "dropped the demand he had made days earlier, when he insisted on ..."
	named  bool     // the stance given up is named by its own words ("dropping the ceasefire-first demand"): only what matches them goes
}

// letGo reports whether the words at k say a position was let go: "it go",
// "that deadline slide", "the demand lapse".
func (sn *sentence) letGo(k int) bool {
	switch sn.low(k) {
	case "it":
	case "that", "this", "the":
		if sn.stanceAt(k, k+1) {
			k++
		} else if sn.low(k) == "the" {
			return false
		}
	default:
		return false
	}
	switch sn.low(k + 1) {
	case "go", "slide", "slip", "lapse", "drop":
		return true
	}
	return false
}

// letGoOf reports whether "let go of" follows within a few words of k: ",
// a precondition it let go of once ...".
func (sn *sentence) letGoOf(k int) bool {
	for n := k; n < len(sn.toks) && n < k+4; n++ {
		if sn.low(n) == "let" && sn.low(n+1) == "go" {
			return true
		}
	}
	return false
}

// droppedPointed reports whether the verb at k gives up what a pronoun
// points back to: "dropped it", "backed away from that", "walked it back".
func (sn *sentence) droppedPointed(k int) bool {
	o := k + 1
	if w := sn.low(k); (w == "raise" || w == "mention" || w == "press") && sn.low(o) == "it" && (sn.low(o+1) == "anymore" || sn.low(o+1) == "any" && sn.low(o+2) == "more") && sn.negated(k) {
		return true // "They don't raise it any more."
	}
	if w := sn.low(k); (w == "stopped" || w == "stops" || w == "ceased") && strings.HasSuffix(sn.low(o), "ing") && (sn.verbCue(o) == Demand || particleCues["for"][sn.low(o)] == Demand) {
		o++ // "by the next morning he had stopped asking for it"
		if p := sn.low(o); p == "for" || p == "on" {
			o++
		}
		if w := sn.low(o); w != "it" && w != "that" && w != "this" || sn.negated(k) {
			return false
		}
		return !slices.ContainsFunc(sn.toks[:k], func(t token) bool { return t.verbCue() == Demand || t.nounCue() == Demand }) // "the ceasefire Washington had demanded ...; it has since stopped pressing for it": that one, not the one before
	}
	switch sn.low(k) {
	case "backed", "backs", "backing", "stepped", "steps", "walked", "walks", "moved":
		if w := sn.low(o); w != "away" && w != "off" && w != "back" && !(w == "on" && sn.low(k) == "moved") {
			return false
		}
		o++
		if sn.low(o) == "from" {
			o++ // "they have moved on from it"
		}
	default:
		if w := sn.low(k); !sn.in(k, dropVerbs) || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") && w != "withdrew" && w != "withdrawn" {
			return false // "so that no future administration could drop it": no drop, reported
		}
	}
	if w := sn.low(o); w != "it" && w != "that" && w != "this" {
		return false
	}
	n := o + 1
	return (n >= len(sn.toks) || !sn.toks[n].word || sn.in(n, prepositions) || sn.in(n, timeNouns) || sn.low(n) == "last" || sn.low(n) == "a") && !sn.negated(k) && sn.low(k-1) != "to"
}

// givenUp reads a position given up after it was stated: "Zelensky
// signalled he was ready to shelve that ambition", "the White House has
// since dropped that deadline", "that deadline has long since been
// dropped", "has since stopped mentioning a deadline". It runs before the
// sentence's own positions are remembered, so that "that" can still be
// the demand said last.
func (sn *sentence) givenUp() giveUp {
	gu := giveUp{at: -1, verb: -1, noun: -1}
	for k := 0; k+2 < len(sn.toks) && gu.at < 0; k++ {
		switch w := sn.low(k); {
		case sn.in(k, dropVerbs) && sn.low(k-1) != "to" && sn.toks[k+1].word && !sn.in(k+1, determiners) && sn.in(k+2, stanceNouns) && !sn.negated(k):
			// a headline's "Trump drops truce-first demand": the stance is
			// named, whenever it was said
			gu.at, gu.verb, gu.who = k, k, unknownSide
			if p, _ := sn.subjectOf(k); len(p) == 1 {
				gu.who = p[0]
			}
			gu.before = dropMark{party: gu.who, words: tokenMergeWords(tokenize(strings.ReplaceAll(sn.toks[k+1].text, "-", " ")))} // "truce-first": truce
			gu.noun = k + 2
			return gu
		case sn.in(k, dropVerbs) && (sn.stanceAt(k+1, k+2) || sn.stanceAt(k+1, k+3) && sn.toks[k+2].word) && !sn.negated(k) && sn.dropReported(k):
			// "has since dropped that deadline", "was ready to shelve that
			// ambition", "Trump drops the Thanksgiving deadline"
			subject := k
			if sn.low(k-1) == "to" && sn.in(k-2, readyWords) {
				subject = k - 2
			}
			gu.at, gu.verb, gu.who = k, k, unknownSide
			if p, _ := sn.subjectOf(subject); len(p) == 1 {
				gu.who = p[0]
			}
			if w := sn.low(k + 1); (w == "that" || w == "this") && sn.st.lastDemParty != "" && sn.st.lastDemAt >= sn.st.sentences-1 && sn.in(sn.prevWord(k), pronouns) {
				// "Zelensky would come only if Putin came. When the Kremlin
				// named Medinsky instead, he dropped that condition": that
				// condition is the one just stated, whoever "he" seems to be
				gu.who = sn.st.lastDemParty
			}
			for n := k + 3; n < len(sn.toks) && n < k+7 && sn.toks[n].word; n++ {
				gu.after = gu.after || sn.low(n) == "had" // "dropped the demand he had made only days earlier, when ..."
			}
			if !sn.stanceAt(k+1, k+2) && sn.toks[k+2].word && strings.Contains(sn.toks[k+2].text, "-") {
				// "..., dropping the ceasefire-first demand Washington had
				// pressed": that demand, not the one the sentence makes
				gu.named, gu.after = true, false
				gu.before = dropMark{party: gu.who, words: tokenMergeWords(tokenize(strings.ReplaceAll(sn.toks[k+2].text, "-", " ")))}
			}
		case sn.stanceAt(k, k+1):
			// "that deadline has long since been dropped", "that
			// precondition has been set aside"
			for n := k + 2; n < len(sn.toks) && n < k+7; n++ {
				if sn.low(n) == "been" && (sn.in(n+1, dropVerbs) || sn.low(n+2) == "aside") || lapseVerbs[sn.low(n)] && sn.st.lastDemAt >= sn.st.sentences-1 ||
					sn.low(n) == "no" && sn.low(n+1) == "longer" {
					gu.at = k // "that deadline has since slipped", just after it was stated; "this condition was no longer being pressed"
				}
			}
		case (w == "a" || w == "an") && sn.low(k-1) == "," && sn.in(k+1, stanceNouns) && (sn.anyIn(k+2, min(k+6, len(sn.toks)), dropVerbs) || sn.letGoOf(k+2)),
			w == "let" && k > 0 && sn.letGo(k+1):
			// "Kyiv had asked to see the text, a request it quietly
			// abandoned", "had insisted that the clause stay; by evening
			// they had let it go": the demand before is given up
			gu.at, gu.who = k, unknownSide
			if p, _ := sn.subjectOf(max(k-1, 0)); w == "let" && len(p) == 1 {
				gu.who = p[0]
			}
		case sn.droppedPointed(k):
			// "..., but he backed away from that on Tuesday", "he dropped
			// it a day later", "they don't raise it any more": the demand
			// before, given up by the subject
			gu.at, gu.who = k, unknownSide
			if p, _ := sn.subjectOf(k); len(p) == 1 {
				gu.who = p[0]
			}
		case w == "no" && sn.in(k+1, stanceNouns) && (sn.low(k-1) == "has" || sn.low(k-1) == "had") && k > 1:
			// "now says he has no deadline at all": the demand before it lapsed
			gu.at, gu.who = k, unknownSide
			if p, _ := sn.subjectOf(k - 1); len(p) == 1 {
				gu.who = p[0]
			}
		case w == "no" && sn.low(k+1) == "longer" && sn.in(k-1, beWords) && k > 2 && sn.noLongerSought(k+2):
			// "the immediate ceasefire is no longer something Washington is
			// asking for": what comes before was given up, by whoever asks
			gu.at, gu.who = k, unknownSide
			for n := k + 2; n < len(sn.toks) && n < k+6; n++ {
				if m := sn.mentAt[n]; m >= 0 {
					gu.who = sn.ments[m].party
					break
				}
			}
			np := sn.span(sn.clauseStart(k-1), k-1)
			gu.before = dropMark{party: gu.who, words: tokenMergeWords(np)}
			return gu
		case (w == "stopped" && pushVerbs[sn.low(k+1)] || sn.in(k, dropVerbs) && (sn.low(k+1) == "push" || sn.low(k+1) == "call" || sn.low(k+1) == "calls")) && sn.low(k+2) == "for" && !sn.negated(k):
			// "Mr Trump has stopped pressing for an immediate ceasefire", a
			// headline's "Trump drops push for immediate ceasefire": what
			// it pressed for is given up, whenever it was said
			gu.at, gu.verb, gu.who, gu.named = k, k, unknownSide, true
			if p, _ := sn.subjectOf(k); len(p) == 1 {
				gu.who = p[0]
			}
			gu.before = dropMark{party: gu.who, words: tokenMergeWords(sn.span(k+3, sn.contentEnd(k+3))), exact: true}
			return gu
		case w == "stopped" && (sn.low(k+1) == "mentioning" || sn.low(k+1) == "demanding" || sn.low(k+1) == "insisting") ||
			w == "no" && sn.low(k+1) == "longer" && sn.toks[k+2].word:
			// "has since stopped mentioning a deadline", "he no longer had
			// a deadline", "which it no longer raises as a precondition"
			for n := k + 2; n < len(sn.toks) && n < k+6 && sn.toks[n].word; n++ {
				if sn.in(n, stanceNouns) {
					gu.at, gu.who = k, unknownSide
					if p, _ := sn.subjectOf(k); len(p) == 1 {
						gu.who = p[0]
					}
					break
				}
			}
		}
	}
	if gu.at >= 0 && len(sn.st.lastDemand) > 0 {
		gu.before = dropMark{party: sn.st.lastDemParty, words: tokenMergeWords(sn.st.lastDemand)}
	}
	return gu
}

// noLongerSought reports whether the words at k, after "is no longer",
// say that a position is not asked for now: "something Washington is
// asking for", "on the table", "a condition", "demanded"; not "a
// legitimate leader".
func (sn *sentence) noLongerSought(k int) bool {
	switch w := sn.low(k); {
	case w == "something" || w == "what" || w == "on" || w == "part" || w == "sought" || w == "being":
		return true
	case w == "a" || w == "an" || w == "the":
		return sn.in(k+1, stanceNouns) || sn.in(k+2, stanceNouns)
	default:
		return verbCues[w] == Demand && strings.HasSuffix(w, "ed")
	}
}

// stanceAt reports whether the words at d and n name a position pointed
// back to: "that ambition", "the deadline", "the Thanksgiving deadline".
func (sn *sentence) stanceAt(d, n int) bool {
	w := sn.low(d)
	return (w == "that" || w == "this" || w == "the") && sn.in(n, stanceNouns)
}

// forThemToDecide reads who a speaker says decides: "decisions on
// territory are for the people of Ukraine", "the choice was for Kyiv
// alone": the speaker's demand.
func (sn *sentence) forThemToDecide() []found {
	for k := 2; k+2 < len(sn.toks); k++ {
		if w := sn.low(k); (w != "are" && w != "is" && w != "was" && w != "were") || sn.low(k+1) != "for" || sn.negated(k) {
			continue
		}
		cs := sn.clauseStart(k)
		if a := sn.saidAside(cs); a > 0 && a <= k {
			cs = sn.clauseStart(sn.prevWord(cs)) // "Decisions on territory, they said, are for ..."
		}
		s, decided := sn.nextWord(cs, false), false
		for n := s; n < k && !decided; n++ {
			decided = sn.low(n) == "decisions" || sn.low(n) == "decision" || sn.low(n) == "choice"
		}
		if !decided || !sn.forDecider(k+2) {
			return nil // "the decision was for tactical reasons", "was for Moscow to explain": no one who decides
		}
		p := sn.speaker(cs)
		if len(p) == 0 {
			return nil
		}
		end := sn.contentEnd(k + 2)
		for c := s; c < k; c++ {
			if a := sn.saidAside(c); a > 0 && a <= k {
				return sn.emit(p, Demand, slices.Concat(sn.span(s, c), sn.span(a, end))) // "Decisions on territory, they said, are ...": without the aside
			}
		}
		return sn.emit(p, Demand, sn.span(s, end))
	}
	return nil
}

// forDecider reports whether the words from k name who decides: "the
// people of Ukraine", "Kyiv alone", "Kyiv to take"; not "tactical
// reasons", "later", "Moscow to explain", "Putin: peace or war".
func (sn *sentence) forDecider(k int) bool {
	named := false
	n := k
	for ; n < len(sn.toks) && n < k+6 && sn.toks[n].word; n++ {
		switch w := sn.low(n); {
		case w == "to":
			v := sn.low(n + 1)
			return named && (v == "decide" || v == "make" || v == "take" || v == "determine" || v == "choose" || v == "settle")
		case sn.mentAt[n] >= 0 || w == "people" || w == "peoples" || w == "citizens" || w == "voters" || w == "country" || w == "countries" ||
			w == "nation" || w == "nations" || w == "allies" || w == "leaders" || w == "presidents" || w == "parliament":
			named = true
		}
	}
	return named && sn.low(n) != ":"
}

// numberedPoint reads a side's numbered demands: after "First, Ukrainian
// forces must leave Donbas." (a demand of one side), "Second, Ukraine
// stays out of NATO." and "Third, the rights of Russian speakers must be
// restored." are that side's demands too, though a sentence or two come
// between and the point has no verb of wanting.
func (sn *sentence) numberedPoint(out []found) []found {
	st := sn.st
	f := sn.nextWord(0, false)
	w := strings.TrimSuffix(sn.low(f), "ly")
	if w == "and" && st.pointsOf != "" && st.pointsAt == st.sentences-1 && len(out) == 0 && sn.anyIn(f+1, len(sn.toks), modalsInContent) {
		// "First, ... Third, the rights of Russian speakers must be
		// restored. And the sanctions must go.": the last point
		st.pointsAt = st.sentences
		if item := sn.span(f+1, sn.contentEnd(f+1)); !narrated(item) {
			return sn.emit([]string{st.pointsOf}, Demand, item)
		}
		return nil
	}
	if sn.low(f+1) != "," || !ordinals[w] && w != "final" && w != "last" {
		return nil
	}
	item := sn.span(f+2, sn.contentEnd(f+2))
	if w == "first" {
		st.pointsOf, st.pointsAt = soleDemander(out), st.sentences
		if st.pointsOf != "" && slices.ContainsFunc(sn.ments, func(m mention) bool { return !m.poss && m.party == st.pointsOf && m.start <= f+3 }) {
			st.pointsOf = "" // "First, Moscow demands that Kyiv withdraw. Second, the meeting ended": the narrator's points, each naming its holder
		}
		if p := st.labelVoice; len(out) == 0 && p != "" && !sn.quoted[f] && st.oursAt >= st.sentences-1 && verbless(item) {
			// "A: Our position has not changed. First, a full and
			// unconditional ceasefire. Second, ...": the answer's points,
			// not "Peskov: The risks are clear. First, a provocation by Kyiv."
			st.pointsOf = p
			return sn.emit([]string{p}, Demand, item)
		}
		return nil
	}
	if st.pointsOf == "" || st.sentences-st.pointsAt > 3 {
		return nil
	}
	st.pointsAt = st.sentences
	if len(out) > 0 {
		return nil // "Second, Kyiv wants ...": the point says whose it is
	}
	if narrated(item) {
		return nil // "Second, the delegations broke for lunch.": what happened, no term
	}
	return sn.emit([]string{st.pointsOf}, Demand, item)
}

// narrated reports whether a point tells what happened or how its speaker
// stands, not a term: "the meeting ended after an hour", "the delegations
// broke for lunch", "we are not in a hurry"; not "the rights of Russian
// speakers must be restored", "all occupied territories".
func narrated(item []token) bool {
	if len(item) > 0 && (item[0].low == "we" || item[0].low == "i") {
		return true
	}
	for i, t := range item {
		if t.in(pastTenses) {
			return true
		}
		if i > 0 && i+1 < len(item) && strings.HasSuffix(t.low, "ed") && !t.caps && item[i-1].word && !item[i-1].in(beWords) && !item[i-1].in(modalsInContent) &&
			!item[i-1].in(determiners) && item[i-1].low != "have" && item[i-1].low != "has" && (item[i+1].in(prepositions) || !item[i+1].word) {
			return true
		}
	}
	return false
}

// verbless reports whether a point is a noun phrase with no verb of its
// own: "a full and unconditional ceasefire, on land, in the air and at
// sea".
func verbless(item []token) bool {
	return len(item) > 0 && !slices.ContainsFunc(item, func(t token) bool {
		return t.in(finiteVerbs) || t.in(modalsInContent) || t.in(pastTenses) || t.verbCue() != "" || t.in(pronouns)
	})
}

// afterDemand returns the index of the token after a demand's content,
// or 0 when f is no demand or its content is not the sentence's own.
func (sn *sentence) afterDemand(f found) int {
	if f.kind != Demand || len(f.content) == 0 {
		return 0
	}
	return sn.tokenAt(f.content[len(f.content)-1].pos) + 1
}

// andItemAfter reads one more thing wanted after a demand's own clause:
// "wants an immediate ceasefire, he said, and security guarantees that
// would stop Russia from invading again", "no legal recognition ..., and
// no limits that would leave the army unable to deter another attack": a
// noun phrase with no verb of its own before its relative clause.
func (sn *sentence) andItemAfter(out []found) []found {
	var more []found
	for _, f := range out {
		e := sn.afterDemand(f)
		if e <= 0 || e+2 >= len(sn.toks) {
			continue
		}
		if a := sn.saidAside(e); a > 0 && sn.low(a) == "and" {
			e = a - 1 // ", he said, and ..."
		}
		if sn.low(e) != "," || sn.low(e+1) != "and" {
			continue
		}
		start := e + 2
		end := sn.contentEnd(start)
		head := end
		for n := start; n < end; n++ {
			if w := sn.low(n); w == "that" || w == "which" || w == "who" {
				head = n
				break
			}
		}
		if head-start < 2 || sn.mentAt[start] >= 0 && !sn.isAdjectiveMention(sn.ments[sn.mentAt[start]]) || !verbless(sn.toks[start:head]) || !sn.nounPhrase(start, head) {
			continue
		}
		more = append(more, sn.emit([]string{f.party}, Demand, sn.span(start, end))...)
	}
	return more
}

// nounPhrase reports whether the words [start, end) read as a noun
// phrase: up to its first preposition, no verb form ("the talks ended",
// "continues to press", "repeats Putin's warning", "the draft now says so").
func (sn *sentence) nounPhrase(start, end int) bool {
	for k := start; k < end; k++ {
		t := sn.toks[k]
		switch t.low {
		case "could", "can", "may", "might", "did", "does", "do", "then", "ever", "only", "still":
			return false // "and only then can ...", "and no government could ever sign that", "and still describes"
		}
		if !t.word && t.text != "-" || t.in(beWords) || t.in(speechVerbs) {
			return false
		}
		if k > start && t.in(prepositions) {
			return true
		}
		w := t.low
		if len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) || strings.HasSuffix(w, "s") && (sn.low(k+1) == "to" || sn.in(k+1, pronouns) || sn.toks[min(k+1, len(sn.toks)-1)].poss) {
			return false
		}
	}
	return true
}

// whileObliged reads the other half of a demand's terms after "while":
// "Kiev would have to halt mobilization, while Western countries would
// have to stop military supplies to Ukraine" asks both of the same side.
func (sn *sentence) whileObliged(out []found) []found {
	var more []found
	for _, f := range out {
		e := sn.afterDemand(f)
		if e <= 0 {
			continue
		}
		e += b2i(sn.low(e) == ",")
		if sn.low(e) != "while" || e+1 >= len(sn.toks) || slices.ContainsFunc(more, func(m found) bool { return m.content[0].pos == sn.toks[e+1].pos }) {
			continue
		}
		for k := e + 2; k+2 < len(sn.toks) && k <= e+5; k++ {
			if t := sn.toks[k]; !t.word || sn.mentAt[k] >= 0 && sn.ments[sn.mentAt[k]].party == f.party || sn.in(k, speechVerbs) {
				break // "while Russia would keep ...": its own side's part, no term; "while Kyiv says it must ...": another's speech
			}
			if w := sn.low(k); w == "must" || w == "would" && sn.low(k+1) == "have" && sn.low(k+2) == "to" || (w == "are" || w == "is") && sn.low(k+1) == "to" {
				ce := sn.contentEnd(k + 1)
				if sn.trailingSpeech() > ce && slices.ContainsFunc(sn.ments, func(m mention) bool { return m.start >= ce && m.party != f.party && sn.nearSpeech(m) }) {
					break // "..., while Ukraine must first get security guarantees, Zelensky said": the speaker's own
				}
				more = append(more, sn.emit([]string{f.party}, Demand, sn.span(e+1, ce))...)
				break
			}
			if n := sn.low(k + 1); (sn.in(k, speechVerbs) || sn.verbCue(k) != "") && n != "must" && n != "would" && n != "are" && n != "is" {
				break // "while Zelensky insists any deal must ...": another speaker's own stance; but "while Western states must ..."
			}
		}
	}
	return more
}

// bracketedPlace returns the brackets of a reporter's transcript label
// that names where the reporter speaks from ("CORRESPONDENT (Kyiv):",
// "REPORTER (Moscow):"): the place is no party of what is said after it.
// Else 0, 0.
func bracketedPlace(toks []token) (open, shut int) {
	k := 0
	for k < len(toks) && k < 3 && toks[k].word && toks[k].upper {
		k++
	}
	if k == 0 || k+3 >= len(toks) || toks[k].text != "(" {
		return 0, 0
	}
	if w := toks[k-1].low; w != "correspondent" && w != "reporter" && w != "anchor" && w != "host" && w != "presenter" {
		return 0, 0 // but "NEBENZIA (Russia):", "PANELLIST (Kremlin adviser):": the speaker's own side
	}
	for e := k + 1; e < len(toks) && e <= k+4; e++ {
		if toks[e].text == ")" {
			if e+1 < len(toks) && toks[e+1].text == ":" {
				return k, e
			}
			return 0, 0
		}
	}
	return 0, 0
}

// bygone returns where a stance of the past that opens the sentence ends
// (its "now" or semicolon, else the sentence's end), or 0: the sentence
// opens with "For years", "For most of the war", "Until recently" or "At
// first", and its verb is a simple past ("For years Kyiv said it would not
// negotiate until ...", "For years, an invitation to join NATO was Kyiv's
// central condition"), not "has insisted" or "still wants". A "Then:"
// line of a then-and-now piece is past whatever its tense ("Then: Trump
// wanted Kyiv's answer by Thanksgiving. Now: ...").
func (sn *sentence) bygone() int {
	k := sn.nextWord(0, false)
	stance := false // only a stance verb marks the past: "Before the talks, Ushakov said ..." may still hold
	switch w, n := sn.low(k), sn.low(k+1); {
	case w == "then" && n == ":":
		return len(sn.toks)
	case w == "for" && (n == "years" || n == "months" || n == "decades"):
	case w == "for" && sn.spanOfTime(k+1):
		// "For nearly four years Zelensky insisted ...", "For weeks before
		// that, Kyiv had insisted ..."
	case w == "for" && (n == "most" || n == "much") && sn.low(k+2) == "of":
	case w == "until" && n == "recently", w == "at" && n == "first", w == "initially":
	case w == "before" && sn.toks[k+1].caps && sn.low(k+2) == ",":
		// "Before Alaska, the White House wanted an immediate ceasefire."
	case w == "before" && n == "the" && meetingNouns[sn.low(k+2)] && sn.low(k+3) == ",":
		stance = true // "Before the summit, Trump threatened ..."
	case w == "in" && (isYear(n) || sn.in(k+1, months) && isYear(sn.low(k+2))) && slices.ContainsFunc(sn.toks[k:], func(t token) bool { return t.low == "now" || t.low == "today" }):
		// "In June 2024 Putin demanded ...; officials now say ..."
	default:
		return 0
	}
	for ; k < len(sn.toks); k++ {
		switch t := sn.toks[k]; {
		case t.low == "has" || t.low == "have" || t.low == "still" || t.low == "now" || t.low == "continues":
			return 0
		case t.in(speechVerbs) || t.verbCue() != "" || t.low == "threatened" || t.low == "warned" || (t.low == "was" || t.low == "were") && !stance:
			if !strings.HasSuffix(t.low, "ed") && !t.in(pastTenses) && t.low != "was" && t.low != "were" || stance && t.verbCue() == "" && t.low != "warned" && t.low != "threatened" {
				return 0
			}
			for e := k + 1; e < len(sn.toks); e++ {
				if sn.low(e) == "now" || sn.low(e) == ";" {
					return e + 1
				}
			}
			return len(sn.toks)
		}
	}
	return 0
}

// spanOfTime reports whether the words at k name a stretch of time past:
// "nearly four years", "more than three years", "weeks before that".
func (sn *sentence) spanOfTime(k int) bool {
	if w := sn.low(k); w == "nearly" || w == "almost" || w == "more" && sn.low(k+1) == "than" || w == "over" {
		k += 1 + b2i(w == "more")
	}
	if t := sn.toks[min(k, len(sn.toks)-1)]; t.info != nil && t.info.number || isNumber(sn.low(k)) {
		k++
	} else if w := sn.low(k); w != "weeks" && w != "days" {
		return false
	}
	switch sn.low(k) {
	case "years", "months", "weeks", "days":
		return sn.low(k+1) != "to" && sn.low(k+1) != "ago" // not "for 30 days to test it"
	}
	return false
}

// meetingNouns name a meeting that can mark a before and an after: "Before
// the summit, Trump threatened ...".
var meetingNouns = map[string]bool{"summit": true, "meeting": true, "talks": true, "round": true}

// isYear reports whether w is a year such as "2024".
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumber(w)
}

// troopBans returns, for each rejection of foreign troops' presence or of
// any limit among the positions found ("Russia rejects any deployment of
// troops from NATO countries", "Kyiv refuses any recognition of occupied
// land"), the rejecting side's demand that there be none: "no deployment
// of troops from NATO countries", "no recognition of occupied land".
func (sn *sentence) troopBans(positions []found) []found {
	var out []found
	for _, f := range positions {
		if f.kind != Rejection {
			continue
		}
		what := dropArticle(f.content)
		if len(what) > 2 && judgeVerbs.has(what[0].low) {
			what = dropArticle(what[1:]) // "called the deployment of any Western troops absolutely unacceptable": the deployment
			for len(what) > 1 && (rejectAdjectives.has(what[len(what)-1].low) || strings.HasSuffix(what[len(what)-1].low, "ly") || !what[len(what)-1].word) {
				what = what[:len(what)-1]
			}
		}
		if len(what) > 2 && what[0].low == "idea" && what[1].low == "of" {
			what = what[2:] // "the idea of European troops in Ukraine": the troops
		}
		if k := slices.IndexFunc(what, func(t token) bool {
			return t.in(beWords) || t.in(modalsInContent) || t.low == "remained" || t.low == "remains"
		}); k > 0 {
			what = what[:k] // "The deployment of European soldiers ... is unacceptable (to Russia)"
		}
		h := 1
		if len(f.content) > 2 && limitAdjectives[f.content[1].low] {
			h = 2 // "any international recognition of ..."
		}
		anyLimit := len(f.content) > h && (f.content[0].low == "any" && limitHeads[f.content[h].low] ||
			(f.content[0].low == "a" || f.content[0].low == "the") && f.content[h].low == "recognition") // "a legal recognition of Russia's occupation was out of the question": none at all
		if len(what) > 1 && strings.HasSuffix(what[0].low, "ing") && what[1].low != "of" || !anyLimit && !troopsRefused(what, func(t token) bool { return t.party && sn.partyOf(t) == f.party }) {
			continue // but "ruled out sending troops": an act refused, which "no" does not make a thing held out for ("no stationing of troops" does)
		}
		ban := withNo(what)
		if t := &ban[1]; t.caps && !t.upper && !t.party {
			t.text = t.low // "Troops from NATO countries ..." opened the sentence
		}
		f.kind, f.content = Demand, ban
		out = append(out, f)
	}
	return out
}

// limitAdjectives may stand between "any" and a limit's head: "any
// international recognition", "any legal restrictions".
var limitAdjectives = map[string]bool{"international": true, "legal": true, "formal": true, "official": true, "permanent": true, "further": true}

// troopsRefused reports whether a rejected content, its article dropped,
// is the presence of foreign troops, which the rejecting side, whose own
// words are own, demands stay away; not "the withdrawal of Russian
// troops".
func troopsRefused(c []token, own func(token) bool) bool {
	if len(c) == 0 || !presenceHeads[c[0].low] {
		return false
	}
	troops := false
	for _, t := range c {
		switch {
		case troopWords[t.low]:
			troops = true
		case own(t), strings.HasPrefix(t.low, "withdr"), t.low == "pullout", t.low == "pull",
			t.in(planNouns), t.low == "idea", t.low == "and" || t.low == "or":
			return false // and not "European troop plan and Christmas truce idea": a list of other things
		}
	}
	return troops
}

// dropArticle returns content without a leading "any", "the", "a" or "an".
func dropArticle(content []token) []token {
	for len(content) > 0 && (content[0].low == "any" || content[0].low == "the" || content[0].low == "a" || content[0].low == "an") {
		content = content[1:]
	}
	return content
}

// whatExpects reports whether a side's demand verb after "what" stands
// between from and to: "The plan sets out what Moscow expects: ...".
func (sn *sentence) whatExpects(from, to int) bool {
	return slices.ContainsFunc(sn.cues, func(c cue) bool {
		return c.kind == Demand && c.form == formVerb && c.at > from && c.at < to && sn.whatSubject(c.at)
	})
}

// remember keeps a position for later references to it ("Russia has
// refused", "that demand", "dismissed it"), in this sentence or the next.
func (st *docState) remember(f found) {
	switch f.kind {
	case Demand, Proposal:
		st.lastPos, st.lastPosParty, st.lastPosAt = append(st.lastPos[:0], f.content...), f.party, st.sentences
		if f.kind == Demand {
			st.lastDemand, st.lastDemParty, st.lastDemAt = append(st.lastDemand[:0], f.content...), f.party, st.sentences
		}
	case Rejection:
		c := f.content
		if a := slices.IndexFunc(c, func(t token) bool { return t.low == "as" }); a > 0 {
			c = c[:a] // "dismissed the plan as unconstructive": the plan, for a later "it"
		}
		if len(c) > 0 && c[0].in(refusedPronouns) && (len(c) == 1 || c[0].low == "it" || c[0].low == "them" || adverbial(c[1:])) {
			c = nil // "dismissed it as unconstructive and said it does not suit Russia": no noun to stand for the second "it"; but "this plan" is one
		}
		st.lastRejected = append(st.lastRejected[:0], c...)
	case Agreement:
		if slices.ContainsFunc(f.content, func(t token) bool { return t.in(eventNouns) || t.in(exchangeWords) }) {
			st.swapAt, st.swapParty = st.sentences, f.party // "agreed to exchange all wounded prisoners", for "The exchange would cover 1,000 people"
		}
	}
}

// counterPaper reports whether a position is the point of a
// counter-proposal (a counter-offer, a counter-draft), whose points are
// its author's conditions (see nounCues): the nearest cue before it is
// the counter-proposal, not a verb of demand ("rejected Kyiv's
// counter-proposal and demanded a full ceasefire" is a demand).
func (sn *sentence) counterPaper(content []token) bool {
	for k := sn.tokenAt(content[0].pos) - 1; k >= 0; k-- {
		if t := sn.toks[k]; t.in(planNouns) && nounCues[t.low] == Demand {
			return true
		} else if verbCues[t.low] == Demand {
			return false
		}
	}
	return false
}

// offersTruce reports whether a position opens on a truce or a
// ceasefire ("a truce along the line of contact"), which is offered.
func offersTruce(content []token) bool {
	return truceLike(tokenMergeWords(content[:min(len(content), 3)]))
}

// ownAct reports whether a position opens on its own side as the one to
// act ("Moscow to halt strikes on energy infrastructure" of Russia's, "we
// would hold elections"): what its author undertakes, not a condition.
func (sn *sentence) ownAct(content []token, party string) bool {
	if len(content) > 1 && content[0].low == "we" && (content[1].low == "would" || content[1].low == "will") {
		return true
	}
	k := sn.tokenAt(content[0].pos)
	if k < 0 || sn.mentAt[k] < 0 {
		return false
	}
	m := sn.ments[sn.mentAt[k]]
	return m.start == k && m.party == party && !m.poss
}

// ownRefusal returns the content of a proposal that is its own side's
// refusal, a red line rather than an offer: "(Its roadmap adds that)
// Ukraine will not recognise any occupied territory as Russian", "will
// accept no limits on its army" (then "no limits on its army"); else nil.
// The subject, if named, is the proposer's side.
func (sn *sentence) ownRefusal(f found) []token {
	c := f.content
	if v := sn.tokenAt(c[0].pos) - 1; v >= 0 {
		for sn.low(v) == "that" || sn.low(v) == "to" || sn.low(v) == "not" {
			v--
		}
		if w := sn.low(v); sn.verbCue(v) == Proposal && (strings.HasPrefix(w, "offer") || strings.HasPrefix(w, "propos") || strings.HasPrefix(w, "suggest")) {
			return nil // but "Ukraine offered that it would not sign military alliances": said to be an offer
		}
	}
	k := b2i(c[0].low == "that")
	k += b2i(k+1 < len(c) && c[k].low == "the") // "the United States"
	if at := sn.tokenAt(c[min(k, len(c)-1)].pos); at >= 0 && sn.mentAt[at] >= 0 {
		m := sn.ments[sn.mentAt[at]]
		if m.party != f.party || m.poss {
			return nil
		}
		k += m.end - at
	}
	if k < len(c) && (c[k].low == "to" || c[k].low == "will" || c[k].low == "would") {
		k++
	}
	switch {
	case k+1 < len(c) && (c[k].low == "not" || c[k].low == "never") && refusedActs.has(c[k+1].low):
		return c
	case k+2 < len(c) && (c[k].low == "accept" || c[k].low == "tolerate") && c[k+1].low == "no":
		return c[k+1:]
	}
	return nil
}

// swapSize reads the size of an exchange agreed one or two sentences
// before, told in a sentence of its own: "The parties agreed to exchange
// all wounded prisoners. Medinsky said the exchange would cover at least
// 1,000 people on each side." The exchange (swap, or a stage of it) is the
// subject, its verb a "will" or "would" of cover, involve, include,
// comprise, total or see, and its object a figure; or "This (It) will
// (would) be" a count per side.
func (sn *sentence) swapSize() []found {
	st := sn.st
	if st.swapAt == 0 || st.sentences-st.swapAt > 2 {
		return nil
	}
	return sn.sizeTold(0, st.swapParty)
}

// swapParticiples are what is done to the people of an exchange told in the
// passive: "at least 1,000 people from each side would be covered"; not
// "would be killed", "would be appointed".
var swapParticiples = set("covered", "freed", "exchanged", "released", "returned", "swapped", "included", "involved", "repatriated", "traded")

// sizeTold reads the size of an agreed exchange in the clause that opens
// at from (see swapSize), filed under party.
func (sn *sentence) sizeTold(from int, party string) []found {
	if f := sn.nextWord(from, false); (sn.low(f) == "this" || sn.low(f) == "it") && (sn.low(f+1) == "will" || sn.low(f+1) == "would") && sn.low(f+2) == "be" {
		// `"This will be at least 1,000 people on each side," Medinsky
		// said`: the size alone
		e := sn.contentEnd(f + 3)
		if c := slices.IndexFunc(sn.toks[f+3:e], func(t token) bool { return t.text == "," }); c >= 0 {
			e = f + 3 + c // "..., possibly more"
		}
		if e > f+3 && sizeAfter(sn.toks[f+3:e]) {
			return []found{{party: party, kind: Agreement, content: sn.span(f+3, e)}}
		}
	}
	if f := sn.nextWord(from, false); sn.in(f, speechVerbs) || sn.in(f+1, speechVerbs) || sn.in(f+2, speechVerbs) {
		// "Medinsky said at least 1,000 people from each side would be
		// covered": the size, told in the passive
		s := from + slices.IndexFunc(sn.toks[from:], func(t token) bool { return t.in(speechVerbs) }) + 1
		s += b2i(sn.low(s) == "that")
		for e := s + 1; e+2 < len(sn.toks) && e < s+9; e++ {
			if (sn.low(e) == "would" || sn.low(e) == "will") && sn.low(e+1) == "be" && swapParticiples.has(sn.low(e+2)) {
				if sizeAfter(sn.toks[s:e]) {
					return []found{{party: party, kind: Agreement, content: sn.span(s, e+3)}}
				}
				break
			}
		}
	}
	for k := from + 1; k+3 < len(sn.toks); k++ {
		if w := sn.low(k); w != "exchange" && w != "swap" || sn.low(k-1) != "the" {
			continue
		}
		if sn.low(k+1) != "will" && sn.low(k+1) != "would" {
			continue
		}
		m := k + 2
		switch sn.low(m) {
		case "cover", "involve", "include", "comprise", "total", "see":
		default:
			continue
		}
		e := sn.contentEnd(m + 1)
		if !hasNumber(sn.toks[m+1 : e]) {
			return nil
		}
		start := k - 1
		if sn.low(start-1) == "of" {
			for j := start - 2; j > start-5 && j >= 0; j-- {
				if sn.low(j) == "the" {
					start = j // "the second stage of the exchange"
					break
				}
			}
		}
		if v := start - 1 - b2i(sn.low(start-1) == "that"); start != sn.nextWord(from, false) && !sn.in(v, speechVerbs) {
			return nil // but "Kyiv had hoped the exchange would include 5,000": a hope
		}
		return []found{{party: party, kind: Agreement, content: sn.span(start, e)}}
	}
	return nil
}

// skipDateline drops the dateline of a news story ("KYIV —", "MOSCOW/KYIV,
// June 3 (Reuters) -"): the city there is where it was written, not who
// speaks.
func skipDateline(toks []token) []token {
	for k := 0; k < len(toks) && k < 10; k++ {
		t := toks[k]
		switch {
		case t.text == "–" && k > 0 && k+1 < len(toks) && isNumber(toks[k-1].low) && isNumber(toks[k+1].low):
			// "May 23–25 —"
		case t.text == "—" || t.text == "–" || t.text == "-":
			if k > 0 {
				return toks[k+1:]
			}
			return toks
		case t.word && (t.upper && len(t.text) > 1 || k > 0 && (isNumber(t.low) || t.low == "reuters" || t.low == "afp" || t.low == "ap")):
		case t.word && t.caps && k > 1 && toks[0].upper && (toks[1].text == "," || toks[k-1].text == "("):
			// "RIYADH, Saudi Arabia (CPS) —": the country after the city;
			// "RIYADH/KYIV, March 25 (Northline) -": the agency
		case t.word && (t.in(months) || k > 0 && t.low == "to" || k == 0 && (t.low == "late" || t.low == "early" || t.low == "mid")):
			// "November 23 —", "June 9 to June 26 —", "Late November —": a
			// timeline's date
		case !t.word && (t.text == "/" || t.text == "," || t.text == "(" || t.text == ")"):
		default:
			return toks
		}
	}
	return toks
}

// pluralLead returns the party that owns a plural subject the sentence
// opens with, after an answer's label ("Maria Zakharova: The European
// counter-proposals are not constructive", "Kyiv's demands are ..."):
// whom a "they" in the next sentence means; else "".
func (sn *sentence) pluralLead() string {
	k := sn.nextWord(0, false)
	if m := sn.mentAt[min(k, len(sn.toks)-1)]; m >= 0 && sn.ments[m].start == k && sn.low(sn.ments[m].end) == ":" {
		k = sn.nextWord(sn.ments[m].end+1, false)
	}
	if sn.low(k) == "the" {
		k++
		for k < len(sn.toks) && k < 5 && sn.mentAt[k] < 0 && sn.toks[k].word && !sn.toks[k].caps {
			k++ // "The so-called European counter-proposals", "the new Russian demands"
		}
	}
	if k >= len(sn.toks) {
		return ""
	}
	m := sn.mentAt[k]
	if m < 0 || sn.ments[m].start != k || !sn.ments[m].poss && !sn.isAdjectiveMention(sn.ments[m]) {
		return ""
	}
	n := sn.ments[m].end
	if w := sn.low(n); len(w) > 3 && strings.HasSuffix(w, "s") && !sn.toks[n].caps && sn.in(n+1, beWords) {
		return sn.ments[m].party
	}
	return ""
}

// updatePrev records the subject and the speaker this sentence leaves
// for the next one.
func (sn *sentence) updatePrev(main string) {
	defer func() {
		if sn.st.person != "" {
			sn.st.stranger = false
		}
	}()
	aside := len(sn.ments) == 0 && len(sn.cues) == 0 && len(sn.toks) <= 7 && !sn.anyIn(0, len(sn.toks), speechVerbs)
	if sp, w := sn.namedSpeaker(), sn.nextWord(0, false); (sp != "" || w >= len(sn.toks) || !sn.quoted[w] || sn.anyIn(0, len(sn.toks), speechVerbs)) && !aside {
		// but a quote that goes on keeps its speaker: `"Our position has
		// not changed. And we need ..."`; and so does a short aside of the
		// writer's that names no one: "Zelenskyy said .... But not just
		// any guarantees. "We want guarantees ...""
		sn.st.speaker = sp
	}
	if v := sn.firstSpeech(); v > 0 && sn.unnamedSpeaker(v) && !slices.ContainsFunc(sn.ments, func(m mention) bool { return m.start < v }) {
		// "Ivan Fedorov reminded that ...": someone the pack does not know
		// speaks, and the quote that follows is his, no party's.
		role := false // "Dr Amara Okafor, a research fellow", "a former minister": no office to speak from
		for k := range v {
			role = role || personTitles[sn.low(k)] && sn.low(k-1) != "former"
		}
		if main == "" || !role && sn.personNameBefore(v) { // a name: not "Leaders meeting in Johannesburg said"
			// also "Dr Amara Okafor, a research fellow, said Moscow wants
			// the land first": she reports Moscow, her next "she" is not it
			sn.st.prev, sn.st.person, sn.st.voice, sn.st.stranger, sn.st.strangerRole = main, "", "", true, role
			return
		}
	}
	text := slices.IndexFunc(sn.toks, func(t token) bool { return t.in(textNouns) })
	if a := sn.textAuthor(text); a != "" && sn.toks[len(sn.toks)-1].text != ":" {
		sn.st.textAuthor = a // "The statement that European leaders put their names to in Berlin ...", but not "a sentence Kyiv fought for:"
	}
	switch {
	case sn.toks[len(sn.toks)-1].text == ":" && len(sn.toks) <= 4 && sn.low(0) == "among" && sn.low(1) == "them" && sn.termsOwner() != "":
		// "The memorandum ... offers a longer list of conditions for a
		// final settlement. Among them:": its terms follow, point by point
		sn.st.asked, sn.st.askedKind, sn.st.docList = sn.termsOwner(), Demand, true
	case sn.toks[len(sn.toks)-1].text == ":" && sn.st.textAuthor != "" && sn.itLists():
		// "Among the key provisions of a settlement it lists:": the quote
		// that follows is the text's terms
		sn.st.voice, sn.st.asked, sn.st.docList = sn.st.textAuthor, sn.st.textAuthor, true
	case sn.toks[len(sn.toks)-1].text == ":" && text >= 0 && sn.st.textAuthor != "":
		// "The key passages read:", "in a sentence that officials say Kyiv
		// had fought hardest for:": the text quoted is its author's
		sn.st.voice = sn.st.textAuthor
		if m := sn.mentAt[max(0, text-1)]; m >= 0 && sn.ments[m].poss {
			sn.st.voice = sn.ments[m].party // "The Kremlin's readout says:"
		}
	case sn.toks[len(sn.toks)-1].text == ":":
		sn.st.voice = ""
		for _, m := range sn.ments {
			if !sn.afterPreposition(m) && !m.poss {
				sn.st.voice = m.party // "Yuri Ushakov, in an interview with Kommersant:"
				break
			}
		}
		if m := sn.labelAt(len(sn.toks) - 1); m >= 0 {
			if w := sn.low(sn.beforeLead(sn.ments[m])); w == "said" || w == "says" || w == "that" {
				sn.st.voice = sn.ments[m].party // "Ukrainian officials said the Russian delegation:" then "- demanded ...": the delegation's, not the officials'
			}
		}
		if sn.st.voice == "" && sn.low(0) == "its" {
			sn.st.voice = sn.st.textAuthor // "Umerov read a shorter statement. Its core:"
		}
	case sn.bullet() && sn.st.speaker == "":
		// "the Russian delegation:" then "- made ...;", "- insisted ...":
		// the label's bullets go on
	case sn.st.speaker != "":
		sn.st.voice = "" // `"...," a senior Ukrainian official said`: a voice of its own
	case !sn.quoted[0] && !sn.st.quoteOpen && !slices.ContainsFunc(sn.quoted, func(q bool) bool { return q }):
		sn.st.voice = "" // the quote is over
	}
	sn.nameAgents()
	if k := sn.leadPronoun(); k >= 0 {
		if p := sn.pronoun(k); len(p) > 0 {
			// "He said Moscow's terms showed what Russia wants. He
			// insisted ...": the same person speaks on, whoever he reported.
			sn.st.prev, sn.st.person = p[0], p[0]
			return
		}
	}
	if main == "" {
		if p := sn.heSaid(); p != "" {
			sn.st.prev, sn.st.person = p, p // `"We are the ones who were attacked," he told the network. "The pressure ...`: his quote goes on
			return
		}
	}
	if main != "" {
		sn.st.prev = main
		if sn.st.stranger && sn.strangerSays() {
			return // `"... Moscow wants the land first," she said`, she a researcher: the next "she" is still hers, no side's
		}
		sn.st.person = main
		p := cmp.Or(sn.leadSpeaker(), sn.asidePerson())
		if p == "" {
			p = sn.reportingPerson()
		}
		if p != "" {
			sn.st.person = p // "Zelensky said the Russians wanted ... He ruled out ...", "The Russian paper, he told reporters, demanded ... He also handed ...", "..., Ukraine's defence minister said. His team ...": he is who spoke
		} else if p := sn.andSubject(); p != "" {
			sn.st.person = p // "Washington has floated a compromise, and Zelensky has proposed that ... He has ruled out ...": he is the last one named acting
		}
		return
	}
	for _, m := range sn.ments {
		if b := sn.beforeLead(m); !m.poss && sn.low(b) == "by" && sn.in(b-2, beWords) && (sn.in(b-1, pastTenses) || sn.low(b-1) == "put" || strings.HasSuffix(sn.low(b-1), "ed")) {
			sn.st.person = m.party // "Ukraine's case was put by Defence Minister Rustem Umerov. ..., he said, ...": he is the agent
			break
		}
	}
	if p, ok := sn.roleSubject(); ok {
		// "President Trump flew home. ..., the president had warned
		// Moscow ... Afterward, he said ...": he is the president.
		sn.st.prev, sn.st.person = p, p
		return
	}
	if len(sn.ments) > 0 && sn.ments[0].start == 1 && (sn.low(0) == "for" || sn.low(0) == "to") && sn.low(sn.ments[0].end) == "," {
		// "For Kyiv, the arithmetic is simple. It has offered ...": the
		// party the sentence is about is who "it" is next.
		sn.st.prev = sn.ments[0].party
		return
	}
	if p := sn.positionTopic(); p != "" {
		sn.st.prev, sn.st.person = p, p // "The substance of the Russian position has not shifted. Its memorandum ...": Russia's
		return
	}
	if p := sn.docTopic(); p != "" {
		sn.st.prev = p // "For a final settlement, the memorandum goes further. "They want ..."": its authors
		return
	}
	if p := sn.textFrom(); p != "" {
		defer func() { sn.st.prev = p }() // "A joint statement from Macron, Merz and Starmer has just landed. Its key lines: ...": theirs
	}
	for mi, m := range sn.ments {
		if m.start <= 1 && sn.low(m.end) == ":" && slices.ContainsFunc(sn.ments[mi+1:], func(o mention) bool {
			return o.party != m.party && !o.poss && !sn.isAdjectiveMention(o) && sn.agentMention(o)
		}) {
			continue // "Witkoff: The Russians have been consistent.": the label speaks of the Russians
		}
		if sn.low(m.start-1) != "no" && !sn.quoted[m.start] && !sn.afterPreposition(m) && sn.agentMention(m) && !sn.listAfterPreposition(mi) {
			if !sn.isAdjectiveMention(m) && !m.poss || m.poss && (sn.in(m.end, agentNouns) || sn.personOf(m) || sn.in(m.end+1, agentNouns) || m.start <= 1 && (sn.in(m.end, termNouns) || sn.in(m.end+1, termNouns) || sn.in(m.end, planNouns) || sn.low(m.end) == "list" || replyNouns[sn.low(m.end)] || replyNouns[sn.low(m.end+2)] && sn.low(m.end) == "own")) {
				sn.st.person = cmp.Or(sn.asidePerson(), m.party) // not "Ukrainian troops", not "Kyiv's drift"; but "Ukraine's defence minister", "Mr Putin's own terms were repeated ... he said", "Medinsky's answer was blunt. ..., he said,", "Umerov's list was longer. ..., he told reporters"; "Ukraine, in the Russian leader's telling, would ...": he is the leader
			} else if p := sn.sourcePerson(0, len(sn.toks)); p != "" {
				sn.st.person = p // "The Kremlin's answer came from Dmitry Peskov. ... he said"
			}
			sn.st.prev = m.party
			return
		}
	}
}

// reportingPerson returns the party of a person who reports the sentence
// from its start ("According to Mr Zelensky, ...") or speaks at its end
// (", Ukraine's defence minister said"), or "".
func (sn *sentence) reportingPerson() string {
	if f := sn.nextWord(0, false); sn.low(f) == "according" && sn.low(f+1) == "to" {
		n := f + 2 + b2i(sn.low(f+2) == "mr" || sn.low(f+2) == "ms" || sn.low(f+2) == "mrs")
		if m := sn.mentAt[min(n, len(sn.toks)-1)]; m >= 0 && sn.low(sn.ments[m].end) == "," {
			return sn.ments[m].party // "According to Mr Zelensky, the Americans suggested ... The fair option, he said, ...": he is Zelensky; not "According to European officials briefed on the call, Putin ..."
		}
	}
	v := sn.trailingSpeech()
	if v < 0 || v != len(sn.toks)-2 {
		return ""
	}
	k := v - 1
	for k > v-3 && k > 0 && sn.in(k, agentNouns) {
		k-- // "defence minister"
	}
	if m := sn.mentAt[k]; k < v-1 && m >= 0 && sn.ments[m].poss {
		return sn.ments[m].party // "Ukraine's defence minister said": a person of Ukraine's
	}
	return ""
}

// andSubject returns the party named as the subject of the sentence's last
// clause after ", and" ("..., and Zelensky has proposed that ..."), or "".
func (sn *sentence) andSubject() string {
	for k := len(sn.toks) - 3; k > 1; k-- {
		if sn.low(k) != "and" || sn.low(k-1) != "," {
			continue
		}
		m := sn.mentAt[k+1]
		if m < 0 || sn.ments[m].poss || sn.isAdjectiveMention(sn.ments[m]) || sn.ments[m].end-sn.ments[m].start != 1 {
			return ""
		}
		if v := sn.low(sn.ments[m].end); v == "has" || v == "had" || sn.in(sn.ments[m].end, speechVerbs) || sn.verbCue(sn.ments[m].end) != "" {
			return sn.ments[m].party
		}
		return ""
	}
	return ""
}

// agent returns the party of the people a noun such as "leaders" or
// "president" stands for, or "".
func (st *docState) agent(noun string) string {
	if noun == "president" && st.president != "" {
		return st.president
	}
	return st.agents[noun]
}

// termsFollow reads a sentence that announces terms to follow, "as
// follows", naming no side before them ("The key conditions, which were set out to the
// American colleagues, are as follows."): it returns the terms' noun and
// the side named last, whose terms they are; else -1 and "".
func (sn *sentence) termsFollow() (int, string) {
	n := len(sn.toks)
	if n < 5 || sn.st.prev == "" || sn.low(n-3) != "as" || sn.low(n-2) != "follows" {
		return -1, ""
	}
	for k := range min(n, 4) {
		if sn.in(k, termNouns) && !slices.ContainsFunc(sn.ments, func(m mention) bool { return m.start < k }) {
			return k, sn.st.prev
		}
	}
	return -1, ""
}

// positionTopic returns the party whose position or terms the subject of
// the sentence names ("The substance of the Russian position", "Moscow's
// terms"), before any verb, or "".
func (sn *sentence) positionTopic() string {
	for _, m := range sn.ments {
		if m.start > 6 || sn.quoted[m.start] {
			return ""
		}
		n := m.end
		if m.poss && n < len(sn.toks) && !sn.toks[n].word {
			n++ // "Moscow's terms": over the "'s"
		}
		if w := sn.low(n); (m.poss || sn.isAdjectiveMention(m)) && n < len(sn.toks) && (termNouns.has(w) && w != "version" || w == "position" || w == "stance") {
			return m.party
		}
	}
	return ""
}

// docTopic returns the author of the document a sentence that names no
// side opens on, at its start or after an opening phrase ("For a final
// settlement, the memorandum goes further."), when the item knows whose
// it is; else "".
func (sn *sentence) docTopic() string {
	if len(sn.ments) > 0 {
		return ""
	}
	k := 0
	if c := slices.IndexFunc(sn.toks, func(t token) bool { return t.text == "," }); c > 0 && c < 8 {
		k = c + 1
	}
	if sn.low(k) != "the" {
		return ""
	}
	w := sn.low(k + 1)
	if !docNouns.has(w) && w != "memorandum" || sn.passiveAfter(k+2) {
		return "" // but "By Tuesday, the document had been rejected." is done to it: whoever did so may be "they"
	}
	if p := sn.memoOf(w); p != nil {
		return p[0]
	}
	if w != "memorandum" && sn.st.lastDoc != "" {
		if p := sn.owned(sn.st.lastDoc); p != nil {
			return p[0] // "... circulated a 28-point draft of its own. In places, the text goes further.": the text named last
		}
	}
	return cmp.Or(sn.termsOwner(), sn.st.textAuthor) // "the document that Kremlin aide Vladimir Medinsky handed over"
}

// passiveAfter reports whether a passive verb starts at k, over its
// auxiliaries and adverbs: "was barely discussed", "had been rejected".
func (sn *sentence) passiveAfter(k int) bool {
	if w := sn.low(k); w == "has" || w == "had" || w == "have" || sn.in(k, modalsInContent) {
		k++
	}
	if !sn.in(k, beWords) {
		return false
	}
	for k++; k < len(sn.toks) && passiveAdverb(sn.low(k)); k++ {
	}
	return k < len(sn.toks) && passiveParticiple(sn.low(k))
}

// leadPronoun returns where a pronoun stands as the subject of the
// sentence's main clause, first ("He insisted ...") or after an opening
// phrase ("By Saturday morning, after a call with European leaders, he had
// dropped it"), or -1.
func (sn *sentence) leadPronoun() int {
	isLead := func(k int) bool {
		w := sn.low(k)
		return (w == "he" || w == "she" || w == "they" || w == "it" && !sn.expletiveIt()) && !sn.quoted[k]
	}
	if isLead(0) {
		return 0
	}
	if w := sn.low(0); !sn.in(0, prepositions) && w != "afterward" && w != "afterwards" && w != "later" {
		return -1
	}
	for k := 1; k+2 < len(sn.toks) && k < 30; k++ {
		if t := sn.toks[k]; t.text == "," && (sn.low(k+1) == "he" || sn.low(k+1) == "she") {
			if isLead(k+1) && !sn.in(k+2, speechVerbs) && sn.toks[k+2].word {
				return k + 1
			}
			return -1
		}
		if sn.quoted[k] || sn.in(k, clauseWords) && !sn.in(k, prepositions) {
			return -1 // but "By Saturday, after a call with ..., he"
		}
	}
	return -1
}

// personTitles name one person by office: "the president", "the envoy".
var personTitles = map[string]bool{"president": true, "chancellor": true, "minister": true, "envoy": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "aide": true, "leader": true, "negotiator": true}

// roleSubject returns the party of a clause's subject named by a title
// the text has tied to a party ("the president" after "President Donald
// Trump"), when it comes before any name, and whether there is such a
// subject: a title tied to no party that acts still names someone ("the
// president has set a deadline"), only not a side.
func (sn *sentence) roleSubject() (string, bool) {
	for k := 0; k+2 < len(sn.toks) && k < 16; k++ {
		if sn.mentAt[k] >= 0 || sn.quoted[k] {
			return "", false
		}
		if sn.low(k) != "the" || k > 0 && sn.toks[k-1].text != "," {
			continue
		}
		if n := sn.toks[k+2]; sn.in(k+1, agentNouns) && n.word && n.low != "of" {
			// ok also when the text has tied the title to no party and
			// it acts: "Now, the president has set a deadline. He wants
			// ...": he is not whoever was named last
			p := sn.st.agent(sn.low(k + 1))
			return p, p != "" || personTitles[sn.low(k+1)] && !sn.toks[k+1].poss && (n.in(beWords) || n.low == "has" || n.low == "had" || n.low == "will" || n.low == "would" || n.in(speechVerbs) || n.in(pastTenses))
		}
	}
	return "", false
}

// asidePerson returns the party of the "he" or "she" who speaks in an
// aside of the sentence (", he told reporters,"), or "".
func (sn *sentence) asidePerson() string {
	for k := 1; k+2 < len(sn.toks); k++ {
		if sn.toks[k].text != "," {
			continue
		}
		if w := sn.low(k + 1); (w == "he" || w == "she") && sn.in(sn.nextWord(k+2, true), speechVerbs) && sn.saidAside(k) > 0 { // also ", he has long argued,"
			if p := sn.pronoun(k + 1); len(p) == 1 {
				return p[0]
			}
		}
		if m := sn.mentAt[min(k+3, len(sn.toks)-1)]; sn.low(k+1) == "in" && sn.low(k+2) == "the" && m >= 0 && sn.ments[m].start == k+3 && !sn.ments[m].poss {
			// "Ukraine, in the Russian leader's telling, would withdraw ...":
			// he is the Russian leader
			if e := sn.ments[m].end; sn.in(e, agentNouns) && sn.toks[e].poss && tellingNouns[sn.low(e+1)] {
				return sn.ments[m].party
			}
		}
	}
	return ""
}

// tellingNouns are how a person puts things: "in the Russian leader's
// telling".
var tellingNouns = map[string]bool{"telling": true, "account": true, "words": true, "version": true, "view": true}

// expletiveIt reports whether the sentence opens with an "it" that stands
// for nothing: "It is worth asking ...", "It was clear that ...", but not
// "It is asking for guarantees".
func (sn *sentence) expletiveIt() bool {
	return sn.in(1, beWords) && !strings.HasSuffix(sn.low(sn.nextWord(2, true)), "ing")
}

// leadSpeaker returns the party of the name that opens the sentence as its
// speaker ("Zelensky said ...", "According to Zelensky, ..."), or "".
func (sn *sentence) leadSpeaker() string {
	if p := sn.heSaid(); p != "" {
		return p // "Asked about the president's remark, he said it was not fair that ...": he speaks on
	}
	if len(sn.ments) == 0 {
		return ""
	}
	m := sn.ments[0]
	if m.poss && m.start <= 1 && sn.in(m.end, agentNouns) {
		if v := sn.firstSpeech(); v > m.end && !sn.quoted[v] {
			if p, _ := sn.subjectOf(v); len(p) == 1 && p[0] == m.party {
				return m.party // "Ukraine's Defence Minister Rustem Umerov, who headed Kyiv's team, told reporters ...": he speaks
			}
		}
	}
	if m.poss || sn.isAdjectiveMention(m) {
		return ""
	}
	if m.start == 2 && sn.low(0) == "according" && sn.low(1) == "to" {
		return m.party
	}
	if m.start <= 1 && sn.in(m.end, speechVerbs) {
		return m.party
	}
	if m.start > 1 {
		return ""
	}
	if v := sn.firstSpeech(); v > m.end && !sn.quoted[v] {
		if p, _ := sn.subjectOf(v); len(p) == 1 && p[0] == m.party {
			return m.party // "Zelensky, speaking in Tirana, described ... and said Moscow wanted ..."
		}
	}
	return ""
}

// heSaid returns the party of the "he" or "she" who speaks after a comma
// (`"...," he told the network`, "Asked about X, she said ..."), or "".
func (sn *sentence) heSaid() string {
	for v := 2; v < len(sn.toks) && v < 40; v++ {
		if p := sn.toks[v-1].low; p != "he" && p != "she" {
			continue
		}
		if c := v - 2 - b2i(quoteMark(sn.low(v-2))); sn.in(v, speechVerbs) && !sn.quoted[v] && sn.low(c) == "," {
			if p := sn.pronoun(v - 1); len(p) == 1 {
				return p[0]
			}
			return ""
		}
	}
	return ""
}

// strangerSays reports whether the sentence is reported by a "he" or
// "she" ("..., she said") who stands for no party, the stranger the item
// named before, or is a quote of hers that goes on with no speech verb.
func (sn *sentence) strangerSays() bool {
	if w := sn.nextWord(0, false); w < len(sn.toks) && sn.quoted[w] && !sn.anyIn(0, len(sn.toks), speechVerbs) {
		return true
	}
	for v := 2; v < len(sn.toks); v++ {
		if p := sn.toks[v-1].low; (p == "he" || p == "she") && sn.in(v, speechVerbs) && !sn.quoted[v] && len(sn.pronoun(v-1)) == 0 {
			return true
		}
	}
	return false
}

// sourcePerson returns the party of a name the sentence gives as a source
// between tokens from and end ("came from Dmitry Peskov", "was set out by
// Maria Zakharova"), or "".
func (sn *sentence) sourcePerson(from, end int) string {
	for _, m := range sn.ments {
		if m.start < from {
			continue
		}
		k := m.start - 1
		for sn.titleWord(k) {
			k-- // a title: "by President Vladimir Putin"; but not "by the European Union", no person
		}
		if p := sn.low(k); (p == "from" || p == "by") && !m.poss && !sn.isAdjectiveMention(m) && m.end-m.start > 1 && m.end <= end {
			return m.party
		}
	}
	return ""
}

// listLabel returns the side whose list of demands the sentence, ending
// in a colon, labels: "Kyiv's positions in it:", "Ukraine's priorities:";
// or "".
func (sn *sentence) listLabel() string {
	e := sn.labelEnd()
	for _, c := range sn.cues {
		if c.form == formNoun && listedDemands[sn.low(c.at)] && c.at >= e-5 {
			if p := sn.nounAgent(c.at); len(p) == 1 {
				return p[0]
			}
		}
	}
	for _, m := range sn.ments {
		if m.poss && m.end == e-2 && labelNouns[sn.low(m.end)] {
			return m.party // "The Europeans' line, from a joint statement on Sunday:"
		}
	}
	return ""
}

// labelNouns name a side's stand when its possessive labels a list: "The
// Europeans' line:", "Moscow's terms:".
var labelNouns = map[string]bool{"line": true, "position": true, "positions": true, "stance": true, "terms": true,
	"conditions": true, "demands": true, "price": true, "wishlist": true}

// labelEnd returns where a list's label ends, its colon counted: the
// sentence's end, or before a trailing aside ("Their asks, point by
// point:", "Kyiv's asks, on the other hand:").
func (sn *sentence) labelEnd() int {
	n := len(sn.toks)
	for k := n - 2; k > 0 && k >= n-6; k-- {
		if sn.low(k) == "," {
			if a := sn.toks[k+1 : n-1]; hasFold(labelAsides, joinTokens(a)) || len(a) > 1 && a[0].low == "in" && slices.ContainsFunc(a, func(t token) bool { return t.low == "order" }) {
				// "Their asks, point by point:"; "Russia wants, in order of priority:", an aside of order
				return k + 1
			}
			break
		}
	}
	if sn.toks[n-1].text != ":" {
		return n
	}
	// "What Moscow wants, according to two officials briefed on the
	// talks:", "What Putin wants, as Trump relayed it on Saturday, per
	// officials:"; but not "Kyiv's document, as summarised by Reuters,
	// called for:", whose label goes on after the aside
	first := -1
	for k := 2; k < n-2; k++ {
		if sn.low(k) != "," {
			continue
		}
		if !sn.sourceAside(k + 1) {
			first = -1
			continue
		}
		if first < 0 {
			first = k
		}
	}
	if first > 0 {
		return first + 1
	}
	return n
}

// sourceAside reports whether the words at k open an aside that says where
// a list's label comes from: "according to officials", "per a readout",
// "from a joint statement on Sunday", "as Trump relayed it", "officials
// said".
func (sn *sentence) sourceAside(k int) bool {
	switch w := sn.low(k); w {
	case "according":
		return sn.low(k+1) == "to"
	case "per", "from":
		return true
	case "as":
		return sn.low(k+1) != "well" && sn.low(k+1) != "opposed" // but "What Moscow wants, as well as what it fears:"
	case "officials", "sources", "diplomats":
		return sn.in(k+1, speechVerbs)
	}
	return false
}

// labelAsides stand between a list's label and its colon.
var labelAsides = map[string]bool{"point by point": true, "on the other hand": true, "for their part": true,
	"for its part": true, "for his part": true, "in turn": true, "by contrast": true, "meanwhile": true, "in short": true,
	"in brief": true, "roughly": true, "roughly speaking": true} // and any aside of order: "in no particular order", "in order of priority"

// leadParen returns where the sentence goes on after a bracket it opens
// with ("(link) Their asks:"), or 0.
func (sn *sentence) leadParen() int {
	if sn.low(0) != "(" {
		return 0
	}
	for k := 1; k < len(sn.toks) && k <= 4; k++ {
		if sn.low(k) == ")" {
			return k + 1
		}
	}
	return 0
}

// nameAgents records whose people the sentence names by a noun: "European
// leaders", "the leaders of Germany, France and Poland", for a later "The
// leaders reiterated ...".
func (sn *sentence) nameAgents() {
	if sn.agentsNamed {
		return
	}
	sn.agentsNamed = true
	for mi, m := range sn.ments {
		if k := m.start - 1; k >= 2 && sn.in(k, agentNouns) && sn.toks[k-1].poss && sn.in(k-1, agentNouns) && sn.low(k-2) == "the" && sn.st.agent(sn.low(k-1)) == "" && !sn.isAdjectiveMention(m) {
			// "the president's envoy Steve Witkoff": the president is the
			// envoy's side's, for a later "the president"
			sn.st.agents[sn.low(k-1)] = m.party
		}
		if mi > 0 && sn.low(m.start-1) == "and" {
			if group := sn.conjuncts(mi); len(group) > 2 && !slices.ContainsFunc(group, func(p string) bool { return p != m.party }) {
				for _, n := range groupNouns {
					sn.st.agents[n] = m.party // "Britain, France and Germany ...": "the three governments"
				}
			}
		}
		if m.end < len(sn.toks) && sn.isAdjectiveMention(m) && sn.in(m.end, agentNouns) {
			if sn.low(m.end) != "president" || !sn.afterPreposition(m) {
				sn.st.agents[sn.low(m.end)] = m.party // "Russian negotiators"; "the president" is the one who acts, not "a call with US President Donald Trump"
			}
			if slices.Contains(groupNouns, sn.low(m.end)) && !sn.afterPreposition(m) {
				for _, n := range groupNouns {
					sn.st.agents[n] = m.party // "European governments moved quickly. Leaders meeting in Johannesburg said ..."
				}
			}
			continue
		}
		if m.end-m.start > 2 && sn.low(m.start) == "coalition" {
			sn.st.agents["coalition"] = m.party // "the coalition of the willing": "the coalition" later
		}
		if m.end-m.start > 1 && sn.in(m.end-1, agentNouns) {
			sn.st.agents[sn.low(m.end-1)] = m.party // "European leaders", a name of the pack
			continue
		}
		if t := sn.low(m.start - 1); sn.in(m.start-1, agentNouns) && t != "president" && sn.toks[m.start].caps && !sn.isAdjectiveMention(m) {
			// "Kremlin spokesman Dmitry Peskov", "Chancellor Friedrich
			// Merz", for a later "the spokesman": the first named with the
			// title, whom a report goes on to follow; "Prime Minister Keir
			// Starmer" also for a later "the prime minister", whoever was
			// the first "minister"
			if sn.st.agents[t] == "" {
				sn.st.agents[t] = m.party
			}
			if title := sn.titleAt(m.start - 1); title != t && sn.st.agents[title] == "" {
				sn.st.agents[title] = m.party
			}
		}
		k := m.start - 1
		if k >= 0 && sn.toks[k].text == "President" && !sn.isAdjectiveMention(m) {
			if sn.st.president == "" || mi > 0 && sn.ments[0].party == m.party && sn.ments[0].start <= 6 {
				// "President Donald Trump", for a later "the president"; and
				// "The Office of the President of Ukraine stated after
				// President Zelenskyy's call ...": the president of the side
				// the sentence is about
				sn.st.president = m.party
			}
			continue
		}
		if sn.low(k) == "the" {
			k--
		}
		if sn.low(k) == "of" && sn.in(k-1, agentNouns) {
			sn.st.agents[sn.low(k-1)] = m.party // "the leaders of Germany"
		}
	}
}

// titleAt returns the title of up to three words that ends at token e,
// lower-cased: "prime minister" of "Prime Minister Keir Starmer" or of "the
// prime minister said", "spokesman" of "the spokesman said".
func (sn *sentence) titleAt(e int) string {
	s := e
	for s > 0 && s > e-2 && sn.in(s-1, agentNouns) && sn.mentAt[s-1] < 0 {
		s--
	}
	if s == e {
		return sn.low(e)
	}
	words := make([]string, 0, e-s+1)
	for k := s; k <= e; k++ {
		words = append(words, sn.low(k))
	}
	return strings.Join(words, " ")
}

// claimLabel reports whether the sentence opens with a fact-check's claim
// label: "Claim: ...", "Claim, a Russian lawmaker: ...", "The claim: ...".
func (sn *sentence) claimLabel() bool {
	k := b2i(sn.low(0) == "the")
	if w := sn.low(k); w != "claim" && w != "claims" {
		return false
	}
	for n := k + 1; n < len(sn.toks) && n <= k+10; n++ {
		switch sn.toks[n].text {
		case ":":
			return true
		case ".", "\"", "“":
			return false
		}
	}
	return false
}

// verdictLabel reports whether the sentence opens with a fact-check's
// verdict ("Verdict: False.", "Our rating: Misleading"), which ends the
// claim it checks.
func (sn *sentence) verdictLabel() bool {
	k := b2i(sn.low(0) == "our" || sn.low(0) == "the")
	switch sn.low(k) {
	case "verdict", "rating", "ruling":
		return sn.low(k+1) == ":"
	case "fact", "reality":
		return sn.low(k+1) == ":" || sn.low(k+1) == "check" && sn.low(k+2) == ":" // "Fact:", "Reality check:"
	}
	return false
}

// retracted returns where the part of a sentence that tells what a
// correction takes back ends (its semicolon, else the sentence's end), or
// 0: "Our earlier version said that ...", "An earlier version of this
// article misstated ...", "We quoted him as saying that ...", "We wrongly
// reported ...".
func (sn *sentence) retracted() int {
	k := sn.nextWord(0, false)
	for n := 0; n < len(sn.toks) && n < 8; n++ {
		if sn.low(n) == "correction" && (sn.low(n+1) == ":" || sn.low(n+1) == "—") {
			k = n + 2 // "17:31 GMT — Correction: an earlier version of our 14:55 entry said ..."
		}
	}
	if !sn.retraction(k) {
		return 0
	}
	for e := k + 1; e < len(sn.toks); e++ {
		if sn.toks[e].text == ";" {
			return e + 1
		}
	}
	return len(sn.toks)
}

// retraction reports whether a correction's formula opens at k.
func (sn *sentence) retraction(k int) bool {
	switch sn.low(k) {
	case "our", "an", "the":
		n := sn.low(k + 1)
		return (n == "earlier" || n == "previous" || n == "original") && (sn.low(k+2) == "version" || sn.low(k+2) == "story" || sn.low(k+2) == "report")
	case "we":
		switch sn.low(k + 1) {
		case "misquoted", "misstated", "misreported", "incorrectly", "wrongly", "mistakenly", "erroneously":
			return true
		case "quoted":
			return sn.anyText(k+2, min(len(sn.toks), k+6), "as") // "We quoted him as saying"
		}
	}
	return false
}

// voiceNouns are the unnamed voices of a side: "a senior Ukrainian
// official said".
var voiceNouns = map[string]bool{"official": true, "officials": true, "diplomat": true,
	"diplomats": true, "source": true, "sources": true, "negotiator": true, "aide": true}

// conditionEnds close "only after:", "only if:" before a list of
// conditions.
var conditionEnds = map[string]bool{"after": true, "if": true, "once": true, "when": true}

// agreedLabel reports whether the sentence, a list's label, asks what was
// agreed: "What was agreed:", "By the numbers — what was agreed:".
func (sn *sentence) agreedLabel() bool {
	if n := len(sn.toks); n > 3 && sn.toks[n-1].text == ":" {
		k := n - 2 - b2i(sn.low(n-2) == "to" || sn.low(n-2) == "on")
		if sn.low(k) == "agreed" && !sn.negated(k) && (sn.anyIn(0, k, bothNouns) || slices.ContainsFunc(sn.ments, func(m mention) bool { return m.end <= k && m.party != sn.ments[0].party })) {
			return true // "The parties agreed:", "Russia and Ukraine agreed to:"
		}
	}
	w := slices.IndexFunc(sn.toks, func(t token) bool { return t.low == "what" })
	return w >= 0 && len(sn.toks)-w <= 6 && slices.ContainsFunc(sn.toks[w:], func(t token) bool { return t.low == "agreed" }) && !sn.anyIn(w, len(sn.toks), negations)
}

// sideLabel returns the side that labels a point ("- Moscow: Ukrainian
// troops out of Donbas.", "• Kyiv: a ceasefire first") and where the
// point's text begins after the colon; "" when the bullet has no such
// label.
func (sn *sentence) sideLabel() (string, int) {
	if !sn.bullet() || len(sn.ments) == 0 {
		return "", 0
	}
	m := sn.ments[0]
	if m.start != 1 || m.poss || sn.low(m.end) != ":" || m.end+2 >= len(sn.toks) {
		return "", 0
	}
	return m.party, m.end + 1
}

// namedPosition reports whether the words from k on name a position ("a
// ceasefire along the current line first"), not what a side did or said:
// no verb that wants a subject opens them ("has floated a free economic
// zone", "welcomed the talks", "rejects any ceasefire", "won't cede
// land") and they quote no one and say what is ("the memorandums remain
// "far apart"").
func (sn *sentence) namedPosition(k int) bool {
	if t := sn.toks[k]; t.word && !t.caps && (strings.HasSuffix(t.low, "ed") || t.in(beWords) || t.in(speechVerbs) || t.low == "has" || t.low == "have" || t.low == "will" || t.low == "would" || t.low == "cannot" || strings.HasSuffix(t.low, "n't") || strings.HasSuffix(t.low, "n’t")) {
		return false
	}
	if t := sn.toks[k]; t.word && !t.caps && t.verbCue() != "" && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "s") && sn.low(k+1) != "for" && sn.low(k+1) != "of") {
		return false // "- Moscow: rejects any ceasefire before a deal", "- Europe: refuses to lift sanctions": what the side does, of its own kind; but "- Kyiv: demands for a ceasefire"
	}
	first, sub := true, false
	for n := k; n < len(sn.toks); n++ {
		t := sn.toks[n]
		if t.text == ";" {
			first, sub = false, false
			continue
		}
		sub = sub || (!first || sn.low(n-1) == "," || sn.in(n-1, prepositions) && sn.low(n-2) == ",") && t.in(clauseWords) // also "elections in Ukraine, after which a treaty would be signed"
		if e := sn.scareQuote(n); e > 0 {
			n = e // `an "all for all" exchange`: words the point names, no one quoted
			continue
		}
		if quoteMark(t.text) && first || (t.in(beWords) && !(t.low == "be" && sn.low(n-1) == "to") || t.low == "remain" || t.low == "remains") && !sub {
			return false // "- Russia: 40 drones were downed overnight", "40 drones downed; the attack was the largest": news; but "Ukraine's non-bloc status to be legally enshrined" is asked, and a later point's scare quotes or clause do not tell ("a halt to strikes; guarantees signed before territory is settled")
		}
	}
	return true
}

// scareQuote returns where a short quote opening at k closes, when a word
// of the phrase follows it (`an "all for all" exchange`, `"Article
// 5-like" guarantees`), else -1.
func (sn *sentence) scareQuote(k int) int {
	if !quoteMark(sn.low(k)) {
		return -1
	}
	for e := k + 1; e < len(sn.toks) && e <= k+5; e++ {
		if quoteMark(sn.low(e)) {
			if e > k+1 && e+1 < len(sn.toks) && sn.toks[e+1].word && !sn.in(e+1, speechVerbs) && sn.mentAt[e+1] < 0 {
				return e
			}
			return -1
		}
		if !sn.toks[e].word && sn.low(e) != "-" {
			return -1
		}
	}
	return -1
}

// standsLabel reports whether a list's label, up to its colon, names
// where the sides stand, so that "- Kyiv: a ceasefire first" under it is
// Kyiv's: "The sticking points:", "Zoom in — territory, still the knot:",
// "What each side wants:"; but not a summary's "Key points:", nor "The
// latest:", "Next steps:", "State of play:", whose "- Russia: 40 drones
// downed overnight" is news.
func (sn *sentence) standsLabel() bool {
	return !sn.summaryPoints() && (sn.anyIn(0, len(sn.toks), standNouns) || slices.ContainsFunc(sn.cues, func(c cue) bool { return c.kind == Demand }))
}

// sideHeading reads a subheading: whether it opens the sides' stands
// (standsSubheading), and where.
func (sn *sentence) sideHeading() {
	if sn.st.sideList = sn.standsSubheading(); sn.st.sideList {
		sn.st.sideHeadAt = sn.st.sentences
	}
}

// standsSubheading reports whether a subheading, with no colon to say a
// list follows, opens the sides' stands: it names the sides as well
// ("Where the sides stand now", "What Kyiv and Moscow want") or their
// positions ("The positions, side by side"), not only how matters stand
// ("Where things stand", "On the front line").
func (sn *sentence) standsSubheading() bool {
	return sn.standsLabel() && (len(sn.ments) > 0 || sn.anyIn(0, len(sn.toks), bothNouns) || sn.anyIn(0, len(sn.toks), positionNouns) || sn.whoWhat() ||
		slices.ContainsFunc(sn.toks, func(t token) bool { return t.low == "everyone" || t.low == "everybody" })) // "Where everyone stands, in one list"
}

// whoWhat reports whether a subheading asks who holds what: "Side by side:
// who wants what", "Who demands what".
func (sn *sentence) whoWhat() bool {
	w := slices.IndexFunc(sn.toks, func(t token) bool { return t.low == "who" })
	return w >= 0 && sn.in(w+1, standNouns) && sn.low(w+2) == "what"
}

// positionNouns name the sides' positions in a subheading of its own.
var positionNouns = set("positions", "stances", "demands", "terms", "conditions", "differences", "disagreements")

// standNouns name the sides' stands, or what divides them, in a list's
// label.
var standNouns = set("points", "point", "knot", "gap", "gaps", "difference", "differences", "divide", "divides",
	"disagreement", "disagreements", "dispute", "disputes", "issues", "stand", "stands", "stance", "stances",
	"position", "positions", "line", "lines", "demands", "asks", "terms", "conditions", "wants", "want")

// summaryPoints reports whether the sentence announces a summary rather
// than a plan's points: "The main points:", "Key points:".
func (sn *sentence) summaryPoints() bool {
	q := sn.pointsOfKind()
	return q == "main" || q == "key"
}

// pointsOfKind returns the word before the sentence's "points": "key",
// "main", "sticking"; or "".
func (sn *sentence) pointsOfKind() string {
	for k := 1; k < len(sn.toks); k++ {
		if sn.low(k) == "points" {
			return sn.low(k - 1)
		}
	}
	return ""
}

// answerLabelVoice keeps who answers in an interview's paragraph: a line
// opened by a label ("Medinsky: It is our first option.") speaks for the
// label's party up to the line's end, and a question ("Q:") or a label the
// pack does not know speaks for no party. A byline ("By Andrii Sybiha,
// ...") names who writes the item in the first person.
func (sn *sentence) answerLabelVoice() {
	st := sn.st
	if st.opensLine {
		st.labelVoice, st.asking = "", false
		st.claimLine = sn.claimLabel()
		if m := sn.mentAt[1]; sn.low(0) == "by" && m >= 0 && sn.ments[m].start == 1 && !sn.isAdjectiveMention(sn.ments[m]) {
			st.author = sn.ments[m].party // "By Andrii Sybiha, Minister of Foreign Affairs of Ukraine"
		}
		if p := sn.statementBy(); p != "" && st.author == "" {
			st.author = p // "Joint statement by the President of the European Council, ... and the leaders of ...": who "we" are
		}
	} else if st.claimLine && sn.verdictLabel() {
		st.claimLine = false // `Claim: "..." Verdict: False. Witkoff said ...`: the check's own report
	}
	k := b2i(sn.bullet())
	if m := sn.mentAt[k]; m >= 0 && sn.ments[m].start == k && sn.low(sn.ments[m].end) == ":" && sn.ments[m].end+1 < len(sn.toks) {
		st.labelVoice = sn.ments[m].party
		if k == 0 {
			st.interviewee = sn.ments[m].party // "Medinsky: ..." answers; but "- Europe: a multinational force" is a side's point, no one who speaks on
		}
	} else if p := sn.clipLabel(); st.opensLine && p != "" {
		st.labelVoice = p // "CLIP — RUSTEM UMEROV (via interpreter): We insist on ..."
	} else if st.opensLine && k+1 < len(sn.toks) && sn.toks[k].caps && sn.low(k+1) == ":" {
		st.labelVoice = st.people[sn.low(k)] // "Q:", "Vandermeulen:"; "ERSOY:" after "Murat Ersoy is a senior official in Turkey's foreign ministry"
		if st.labelVoice != "" {
			st.interviewee = st.labelVoice
		}
		st.asking = sn.low(k) == "q"
		if sn.low(k) == "a" {
			st.labelVoice = st.interviewee // "A:" answers for whom the introduction said spoke to us
		}
	} else if st.interviewee == "" {
		st.interviewee = sn.interviewed()
	}
	sn.introductions()
}

// introductions records the side of a person the pack does not know when
// the sentence introduces one as serving it: "Ambassador Murat Ersoy is a
// senior official in Turkey's foreign ministry", "Claire Moreau, the French
// president's adviser on Ukraine, ...", "Ersoy is Turkey's deputy foreign
// minister", so that a transcript's label "ERSOY:" speaks for that side;
// not one whom the words only tie to a side's affairs ("a researcher who
// studies Russia's economy", "a critic of Russia's war") nor a former
// office holder.
func (sn *sentence) introductions() {
	for _, m := range sn.ments {
		s := m.start
		for s > 0 && sn.toks[s-1].caps && roleHead(sn.low(s-1)) {
			s-- // "an adviser to President Emmanuel Macron"
		}
		s -= b2i(sn.low(s-1) == "the") // "an adviser to the Kremlin"
		if !sn.servesSide(m, s) {
			continue
		}
		// back from the side's name to "is a/an/the" or an apposition's comma
		for k := s - 1; k >= 2 && k >= s-8; k-- {
			w := sn.low(k)
			name := -1
			switch {
			case sn.in(k, determiners) && sn.low(k-1) == "is":
				name = k - 2
			case sn.in(k, determiners) && sn.low(k-1) == ",":
				name = k - 2
			case w == "," && sn.toks[k+1].word:
				name = k - 1
			case w == "is" && k == s-1:
				name = k - 1 // "Murat Ersoy is Turkey's deputy foreign minister"
			}
			if name < 0 {
				if !sn.toks[k].word || sn.toks[k].party || sn.in(k, speechVerbs) || sn.toks[k].verbCue() != "" || notServing(w) {
					break
				}
				continue
			}
			if t := sn.toks[name]; t.word && t.caps && !t.party && name > 0 && sn.toks[name-1].caps && sn.toks[name-1].word && sn.mentAt[name] < 0 {
				sn.st.people[t.low] = m.party // "Murat Ersoy": the surname a label will use
			}
			break
		}
	}
}

// roleModifiers qualify an office rather than name one: "foreign" in
// "Turkey's foreign ministry", "deputy" in "deputy foreign minister".
var roleModifiers = set("foreign", "defence", "defense", "security", "armed", "state", "general", "special", "deputy", "prime", "admin")

// roleHead reports whether w names an office or a body that serves a side
// ("adviser", "official", "ministry", "president's").
func roleHead(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return (agentNouns.has(w) || personTitles[w]) && !roleModifiers.has(w)
}

// notServing reports whether w, in an introduction, ties a person to a side
// otherwise than by serving it: "a critic of", "a researcher who studies",
// "a former ambassador".
func notServing(w string) bool {
	return w == "former" || w == "ex" || w == "who" || w == "that" || w == "which" || otherNouns.has(w) || otherNouns.has(w+"s")
}

// servesSide reports whether a mention, whose phrase starts at s, names
// the side an office in an introduction serves: after the office and its
// preposition ("an official in Turkey's foreign ministry", "an adviser to
// President Macron"), or before it ("Turkey's deputy foreign minister",
// "the French president's adviser", "a Russian diplomat").
func (sn *sentence) servesSide(m mention, s int) bool {
	if p := sn.low(s - 1); (p == "to" || p == "of" || p == "in" || p == "at" || p == "for") && roleHead(sn.low(s-2)) {
		return true
	}
	for n := m.end; n < len(sn.toks) && n < m.end+4 && sn.toks[n].word && !sn.in(n, prepositions); n++ {
		if w := sn.low(n); roleHead(w) {
			return true
		} else if notServing(w) {
			return false
		}
	}
	return false
}

// clipLabel returns the party of a broadcast transcript's label that
// opens the line with a capitalised name before a colon, set off by a
// tag before it or a note in brackets after it: "CLIP — RUSTEM UMEROV (via
// interpreter):", "SOUNDBITE: PESKOV:". Else "".
func (sn *sentence) clipLabel() string {
	party, depth := "", 0
	for k := 0; k < len(sn.toks) && k < 12; k++ {
		t := sn.toks[k]
		switch {
		case t.text == "(":
			depth++
		case t.text == ")":
			depth--
		case depth > 0:
		case t.text == ":":
			if party != "" && k+1 < len(sn.toks) && (sn.low(k-1) == ")" || k > 0 && sn.mentAt[k-1] >= 0 && sn.ments[sn.mentAt[k-1]].start > 0) {
				return party
			}
			if party != "" {
				return ""
			}
		case t.text == "—" || t.text == "–" || t.text == "-":
		case !t.word || !t.caps:
			return ""
		case sn.mentAt[k] >= 0:
			m := sn.ments[sn.mentAt[k]]
			if m.poss || party != "" && party != m.party {
				return ""
			}
			party = m.party
		}
	}
	return ""
}

// interviewed returns the party of whoever the sentence says spoke to
// "us", an interview's introduction ("A member of the Ukrainian team spoke
// to us on the way back to Kyiv", "a conversation with Estonia's foreign
// minister"), when it names one side; else "".
func (sn *sentence) interviewed() string {
	titled := func(k int) bool { // the phrase before "with" at k is a title's: "...: a conversation with", not "Putin had a phone conversation with Trump"
		l := sn.low(k - 2 - b2i(sn.low(k-2) == "a" || sn.low(k-2) == "an"))
		return l == "" || l == ":" || l == "-" || l == "–" || l == "—"
	}
	for k := 1; k < len(sn.toks); k++ {
		if w := sn.low(k - 1); sn.low(k) == "with" && !sn.quoted[k] && (w == "conversation" || w == "interview" || w == "talk" || w == "chat") && titled(k) || (w == "interview" || w == "interviewed") && sn.low(k) == ":" {
			// "a conversation with Estonia's foreign minister", "Interview:
			// Andrii Sybiha, Ukraine's foreign minister"
			for n := k + 1; n < len(sn.toks) && n <= k+4 && sn.toks[n].word; n++ {
				if m := sn.mentAt[n]; m >= 0 {
					return sn.ments[m].party
				}
			}
		}
		if q := sn.low(k - 1); sn.low(k) == ":" && (q == "\"" || q == "'") && sn.st.sentences == 1 {
			// a title's byline after its quote: "\"Ukraine's borders are not
			// for Washington and Moscow to draw\": a European diplomat on the
			// counter-proposal"
			for n := k + 1; n < len(sn.toks) && n <= k+5 && sn.toks[n].word; n++ {
				if m := sn.mentAt[n]; m >= 0 && sn.bylineOn(sn.ments[m].end) {
					return sn.ments[m].party
				}
			}
		}
		if k < 2 || sn.toks[k].text != "us" || sn.quoted[k] {
			continue // the pronoun, not "US officials"
		}
		v := k - 1
		if w := sn.low(v); w == "to" || w == "with" {
			v--
		}
		switch sn.low(v) {
		case "spoke", "talked", "told", "speaks", "talks":
			if p, _ := sn.subjectOf(v); len(p) == 1 {
				return p[0]
			}
		}
	}
	return ""
}

// bylineOn reports whether the words from k go on to "on" and a topic,
// as a title's byline does ("a European diplomat on the counter-proposal",
// "Ukraine's negotiator on the memoranda").
func (sn *sentence) bylineOn(k int) bool {
	for n := k; n < len(sn.toks) && n <= k+3 && sn.toks[n].word; n++ {
		if sn.low(n) == "on" {
			return true
		}
	}
	return false
}

// textNouns name a text that an item may quote at length.
var textNouns = set("statement", "statements", "declaration", "communique", "communiqué", "paper", "readout", "readouts",
	"text", "texts", "document", "passage", "passages", "paragraph", "sentence", "letter")

// textFrom returns the party of the authors of a text the sentence opens
// with ("A joint statement from Macron, Merz and Starmer ..."), when they
// are all one party; else "".
func (sn *sentence) textFrom() string {
	f := sn.nextWord(0, false)
	f += b2i(sn.in(f, determiners))
	if !sn.textNounAt(f) {
		return ""
	}
	k := f + 1 + b2i(!sn.in(f, textNouns))
	if sn.low(k) != "from" {
		return ""
	}
	k += b2i(sn.low(k+1) == "the") // "a letter from the Kremlin"
	if sn.mentAt[min(k+1, len(sn.toks)-1)] < 0 {
		return ""
	}
	p := sn.ments[sn.mentAt[k+1]].party
	for n := k + 1; n < len(sn.toks); n++ {
		if m := sn.mentAt[n]; m >= 0 {
			if sn.ments[m].party != p {
				return "" // "a statement from Zelensky and Macron": no one side's
			}
			n = sn.ments[m].end - 1
		} else if w := sn.low(n); w != "," && w != "and" && w != "the" && !(sn.in(n, agentNouns) && n+1 < len(sn.toks) && sn.mentAt[n+1] >= 0) {
			break
		}
	}
	return p
}

// termsOwner returns whose terms the item last named: the owner of its
// terms, else the side a question about them asked of ("What's in the
// Russian paper?"), or "".
func (sn *sentence) termsOwner() string {
	if p := sn.owned(Demand); len(p) > 0 {
		return p[0]
	}
	if sn.st.askedKind == Demand {
		return sn.st.asked
	}
	return ""
}

// itLists reports whether the sentence says "it lists" (demands, sets
// out, includes, requires): a text's terms follow.
func (sn *sentence) itLists() bool {
	for k := 0; k+1 < len(sn.toks); k++ {
		if sn.low(k) == "it" {
			switch sn.low(k + 1) {
			case "lists", "demands", "sets", "includes", "requires", "stipulates":
				return true
			}
		}
	}
	return false
}

// textAuthor returns the author of the text noun at k that the sentence
// names, the only party it names as an actor: "The statement that European
// leaders put their names to", "Moscow's document"; else "".
func (sn *sentence) textAuthor(k int) string {
	if k < 0 {
		return ""
	}
	if m := sn.mentAt[max(0, k-1)]; k > 0 && m >= 0 && sn.ments[m].poss {
		return sn.ments[m].party
	}
	author := ""
	for _, m := range sn.ments {
		if sn.afterPreposition(m) || !sn.agentMention(m) || m.poss {
			continue
		}
		if author != "" && author != m.party {
			return ""
		}
		author = m.party
	}
	return author
}

// opensQuote reports whether the sentence's first quote mark opens a
// quote: it starts the sentence.
func opensQuote(toks []token) bool {
	return len(toks) > 0 && (toks[0].text == "\"" || toks[0].text == "“")
}

// quoteOpenAtStart reports whether the sentence begins inside a quote
// that an earlier sentence opened: its first quote mark closes one
// (`We need a full ceasefire," Fedorov stressed.`).
func quoteOpenAtStart(toks []token) bool {
	n, first := 0, -1
	for k, t := range toks {
		switch t.text {
		case "\"":
			n++
			if first < 0 {
				first = k
			}
		case "“":
			return false
		case "”":
			return true
		}
	}
	if n%2 == 0 || first < 1 {
		return false
	}
	switch toks[first-1].text {
	case ",", ".", "?", "!":
		return true
	}
	return false
}

// listAfterPreposition reports whether mention mi is a later name of a
// list that follows a preposition: "between the United States, Ukraine and
// Europe".
func (sn *sentence) listAfterPreposition(mi int) bool {
	listed := false // a list ends with "and" or "or": not "hosted by Merz, Zelenskyy met ..."
	for n := max(mi, 1); n < len(sn.ments) && !listed; n++ {
		gap := sn.toks[sn.ments[n-1].end:sn.ments[n].start]
		if len(gap) != 1 || gap[0].text != "," && gap[0].low != "and" && gap[0].low != "or" {
			break
		}
		listed = gap[0].text != ","
	}
	if !listed {
		return false
	}
	for ; mi > 0; mi-- {
		gap := sn.toks[sn.ments[mi-1].end:sn.ments[mi].start]
		if len(gap) != 1 || gap[0].text != "," && gap[0].low != "and" && gap[0].low != "or" {
			return false
		}
		if sn.afterPreposition(sn.ments[mi-1]) {
			return true
		}
	}
	return false
}

// beforeThen reports whether the verb at k tells, in the past, what was
// wanted before some event the sentence opens with: "Before Alaska the
// White House was demanding ...", "Before he flew north, Trump had said he
// wanted ...". (The shared dev set keeps "Before it, Washington had
// demanded ..." as a demand, so the past perfect is not read so.)
func (sn *sentence) beforeThen(k int) bool {
	if sn.low(sn.nextWord(0, false)) != "before" {
		return false
	}
	w := sn.low(k - 1)
	return w == "was" || w == "were" || strings.HasSuffix(sn.low(k), "ed") && w != "had" && !sn.in(k-1, modalsInContent)
}

// forYears reports whether the verb at k is a simple past held "for years"
// (months, decades): "Kyiv, which for years demanded an invitation".
func (sn *sentence) forYears(k int) bool {
	if f := sn.nextWord(0, false); sn.low(f) == "for" && (sn.low(f+1) == "years" || sn.low(f+1) == "months" || sn.low(f+1) == "decades") && k < f+8 && strings.HasSuffix(sn.low(k), "ed") && !sn.positionKept(k) {
		return true // "For years Ukraine has insisted that it must be allowed to join NATO"
	}
	switch sn.low(k - 1) {
	case "years", "months", "decades":
	default:
		return false
	}
	return sn.low(k-2) == "for" && strings.HasSuffix(sn.low(k), "ed") && !sn.in(k-3, skipWords) && !sn.positionKept(k)
}

// pastComparison reports whether the verb at i is in a when-clause that
// dates an earlier position set against the present one: "a narrower claim
// than the one Moscow put on paper in June, when it demanded all of
// Zaporizhzhia".
func (sn *sentence) pastComparison(i int) bool {
	cs := sn.clauseStart(i)
	if sn.low(cs-1) != "when" || sn.low(cs-2) != "," {
		return false
	}
	for k := max(1, cs-18); k < cs-2; k++ {
		if w := sn.low(k - 1); sn.low(k) == "the" && sn.low(k+1) == "one" && (w == "than" || w == "from") {
			return true
		}
	}
	return false
}

// amongThem reads "Chief among them: A; B; and C" after terms or a plan
// were named: the items are theirs, of the kind they were.
func (sn *sentence) amongThem() []found {
	k := sn.nextWord(0, false)
	if w := sn.low(k); w == "chief" || w == "first" || w == "foremost" || w == "high" {
		k++
	}
	if sn.low(k) == "among" && sn.in(k+1, possPronouns) && (itemNouns[strings.TrimSuffix(sn.low(k+2), "s")] || sn.in(k+2, termNouns)) && sn.low(k+3) == ":" {
		k++ // "Among its points: A and B": as "Among them:"
	} else if sn.low(k) != "among" || sn.low(k+1) != "them" {
		return nil
	}
	kind := cmp.Or(sn.st.lastDoc, Demand)
	parties := sn.owned(kind)
	if sn.low(k+2) != ":" {
		// "Among them, the official said, was a demand that Ukraine pull
		// out ...", "Among them, according to the text, were A and B": of
		// the terms just named, never of the one who names them
		n := k + 2
		if a := max(sn.saidAside(n), sn.accordingAside(n)); a > 0 {
			n = a
		}
		if !sn.in(n, beWords) || len(parties) == 0 {
			return nil
		}
		n++
		if w := sn.low(n + 2); (sn.low(n) == "a" || sn.low(n) == "an") && sn.nounCue(n+1) == Demand && (w == "that" || w == "for") {
			return sn.emit(parties, kind, sn.span(n+3, sn.contentEndOf(n+2, true))) // "was a demand that Ukraine pull out"
		}
		return sn.emit(parties, kind, sn.span(n, sn.contentEndOf(n, true))) // "were international recognition of Crimea, ..."

	}
	if len(parties) == 0 && sn.st.prev != "" {
		parties = []string{sn.st.prev}
	}
	return sn.emit(parties, kind, sn.span(k+3, sn.contentEndOf(k+2, true)))
}

// forReason reports whether token k is in a clause that gives a motive
// after "because" and a pronoun ("because it wants time", "because
// someone asked for them"), up to the end of the sentence or a semicolon,
// with no party named on the way; a sentence that opens with "Because"
// gives it up to its first comma. "because Russia still insists that
// ..." states a position.
func (sn *sentence) forReason(k int) bool {
	for n := k - 1; n >= 0; n-- {
		switch sn.low(n) {
		case "because":
			if !sn.in(n+1, pronouns) && sn.low(n+1) != "someone" || slices.ContainsFunc(sn.mentAt[n:k], func(m int) bool { return m >= 0 }) {
				return false
			}
			return n > sn.nextWord(0, false) || !slices.ContainsFunc(sn.toks[n:k], func(t token) bool { return t.text == "," })
		case ";", "—", "–":
			return false // "what they want is — and I'll be careful, because we are still studying it — what they want is ...": the reason's aside is closed
		}
	}
	return false
}

// pointsVerb returns the demand verb that ends the sentence before a
// colon, alone ("a final settlement would require:") or with no more than
// a vague amount after it ("Moscow asks for a good deal more:", "demands
// the following:"): points follow. Else -1.
func (sn *sentence) pointsVerb() int {
	if len(sn.toks) < 3 || sn.toks[len(sn.toks)-1].text != ":" {
		return -1
	}
	n := sn.labelEnd() // "What Moscow wants, according to officials:"
	if n < 3 {
		return -1
	}
	if sn.demandsPoints(n - 2) {
		return n - 2
	}
	if w := sn.low(n - 2); n > 3 && (w == "instead" || w == "now" || w == "today") && sn.verbCue(n-3) == Demand {
		return n - 3 // "What Kyiv wants instead:", "What Moscow wants now:"
	}
	if w := sn.low(n - 2); n > 3 && (w == "for" || w == "on") && (particleCues[w][sn.low(n-3)] == Demand || sn.verbCue(n-3) == Demand) {
		return n - 3 // "Ukraine insists on:", "Kyiv calls for:"
	}
	if m := sn.mentAt[n-3]; n > 4 && sn.low(n-2) == "to" && m >= 0 && sn.ments[m].end == n-2 && !sn.ments[m].poss {
		v := sn.ments[sn.listFirst(m)].start - 1
		if sn.low(v) == "the" {
			v-- // "asking the Europeans to:"
		}
		if v > 0 && (sn.verbCue(v) == Demand || sn.in(v, askVerbs)) {
			if _, head := sn.subjectOf(v); !planNouns.has(head) && !docNouns.has(head) {
				return v // "Washington was asking Ukraine to:", "Moscow wants Kyiv to:", "Zelensky is asking the US and Europe to:": what the side is to do follows; but "The first draft would have required Ukraine to:" lists the plan's points
			}
		}
	}
	e := n - 2
	if sn.low(e) == "things" && sn.low(e-1) == "other" && sn.low(e-2) == "among" {
		e -= 3 + b2i(sn.low(e-3) == ",") // "a deal that would include, among other things:"
	}
	vague := includeVerbs[sn.low(e)] // "Russia wants a deal that would include:": what it is to include follows
	if m := e - 1 - b2i(sn.low(e-1) == "to"); vague && (sn.low(e-1) == "must" || sn.low(e-1) == "should" || m < e-1 && (sn.low(m) == "have" || sn.low(m) == "has" || sn.low(m) == "needs")) {
		for k := m - 1; k > 0 && k >= m-7 && sn.toks[k].word; k-- {
			if sn.in(k, speechVerbs) && !sn.quoted[k] {
				if p, _ := sn.subjectOf(k); len(p) > 0 {
					return k // "Russia said any deal must include:": what it must include is the speaker's demand; but not "will (would) include:", what was agreed
				}
				break
			}
		}
	}
	for k := e; k > 0 && k >= e-7; k-- {
		w := sn.low(k)
		if w == "for" && particleCues["for"][sn.low(k-1)] == Demand || sn.verbCue(k) == Demand && k < e {
			if vague || sn.in(e, prepositions) && participle(sn.low(e-1)) {
				return k - b2i(w == "for")
			}
			return -1
		}
		if !sn.toks[k].word || sn.toks[k].party || sn.toks[k].caps {
			return -1
		}
		vague = vague || w == "more" || w == "following"
	}
	return -1 // but "It also wants restrictions removed on:": what is to be freed is in the points
}

// demandsPoints reports whether the demand verb at k ends the label of
// points to follow: "a final settlement would require:", "What Moscow
// wants, according to officials:".
func (sn *sentence) demandsPoints(k int) bool {
	return k > 0 && sn.toks[len(sn.toks)-1].text == ":" && k == sn.labelEnd()-2 && sn.verbCue(k) == Demand
}

// holdBack reads a side's offer to hold its fire on a condition: "Ukraine
// will refrain from hitting Russian energy facilities for as long as
// Russia spares Ukraine's", "his forces would hold back from striking
// Russian refineries as long as Russia does the same": the offer, and the
// condition as what it asks of the other side.
func (sn *sentence) holdBack() []found {
	for k := 1; k+1 < len(sn.toks); k++ {
		w, n := sn.low(k), sn.low(k+1)
		if !(w == "refrain" && n == "from" || w == "hold" && (n == "back" || n == "off" || n == "fire")) {
			continue
		}
		if a := sn.low(k - 1); a != "will" && a != "would" {
			continue
		}
		a := k + 2
		for a < len(sn.toks) && a < k+16 && !(sn.low(a) == "as" && sn.low(a+1) == "long" && sn.low(a+2) == "as") {
			a++
		}
		if a+3 >= len(sn.toks) || a >= k+16 {
			continue
		}
		p, _ := sn.subjectOf(k - 1)
		if len(p) != 1 {
			continue
		}
		offerEnd := a
		if sn.low(a-1) == "for" {
			offerEnd-- // "for as long as"
		}
		for c := k + 2; c < offerEnd; c++ {
			if sn.saidAside(c) > 0 {
				offerEnd = c // "refrain from striking Russian refineries, President Zelensky said, as long as ..."
			}
		}
		offer := sn.span(k, offerEnd)
		cond := sn.span(a+3, sn.contentEndOf(a+3, true))
		if r := reciprocal(offer, cond); r != nil {
			cond = r
		} else if mirrors(cond) {
			cond = nil
		}
		return sn.offerWithPrice(p, Proposal, offer, cond)
	}
	return nil
}

// talksGoOn reads "Contacts will continue", "The talks would resume in
// Geneva": what both sides will go on with, agreed between them.
func (sn *sentence) talksGoOn() []found {
	for k := 1; k+1 < len(sn.toks); k++ {
		v := k + 1 + b2i(sn.low(k+1) == "be") // "Contacts will be continued"
		if w, n := sn.low(k), sn.low(v); (w != "will" && w != "would") || (n != "continue" && n != "resume" && n != "continued" && n != "resumed") {
			continue
		}
		if t := sn.low(k - 1); t != "contacts" && t != "talks" && t != "negotiations" && t != "work" && t != "consultations" {
			continue // "The war will continue, but talks will resume": the next
		}
		cs := sn.clauseStart(k - 1)
		if k-1-cs > 1 || sn.low(v+1) == "on" {
			continue // "the talks" at most: not "the talks on the plant will continue", "work would continue on the release of civilians"
		}
		return sn.emit(sn.bothSides(), Agreement, sn.span(cs, sn.contentEndOf(v, true)))
	}
	return nil
}

// requestedBy returns the side at whose request the sentence says
// something was done ("at Trump's request", "at the request of President
// Trump") and where that is said, or "".
func (sn *sentence) requestedBy() (string, int) {
	if !sn.rare.has(rareHold) {
		return "", -1
	}
	for k := 1; k < len(sn.toks); k++ {
		if sn.low(k) != "request" || sn.low(k-1) == "a" {
			continue
		}
		if m := sn.mentAt[k-1]; m >= 0 && sn.ments[m].poss && sn.low(sn.ments[m].start-1) == "at" {
			return sn.ments[m].party, k // "at Trump's request"
		}
		if sn.low(k-2) == "at" && sn.low(k-1) == "the" && sn.low(k+1) == "of" {
			for n := k + 2; n < len(sn.toks) && n <= k+4 && sn.toks[n].caps; n++ {
				if m := sn.mentAt[n]; m >= 0 {
					return sn.ments[m].party, k // "at the request of President Trump"
				}
			}
		}
	}
	return "", -1
}

// heldWords hang an "at X's request" on someone held or a relative
// clause: "Petrov, arrested in Cyprus in 2023 at Washington's request",
// "who had been held at the request of US prosecutors".
var heldWords = set("who", "which", "held", "arrested", "detained", "jailed", "extradited")

// commentDemand reads a comment after the content of a position found
// that names whose demand that content is: "... refuses an unconditional
// ceasefire, a condition European governments have repeated since May",
// "..., three issues Kyiv had pressed its hosts to put on the agenda";
// but not "a demand Kyiv has ruled out". It returns out with those
// demands and without what the comment itself seemed to say.
func (sn *sentence) commentDemand(out []found) []found {
	var more []found
	comment := len(sn.toks) // where the first such comment starts: what it says is no position of its own
	for _, f := range out {
		k := sn.tokenAt(f.content[len(f.content)-1].pos) + 1
		if k < 1 || k+3 >= len(sn.toks) {
			continue
		}
		if t := sn.toks[k].text; t != "," && t != "-" && t != "—" && t != "–" {
			continue
		}
		if m := sn.commentOwner(k + 1); m >= 0 {
			comment = min(comment, k+1)
			if f.party != sn.ments[m].party || f.kind != Demand {
				more = append(more, sn.emit(sn.conjuncts(m), Demand, f.content)...)
			}
		}
	}
	if comment < len(sn.toks) {
		at := sn.toks[comment].pos
		out = slices.DeleteFunc(out, func(f found) bool { return f.content[0].pos > at }) // "..., three issues Kyiv had pressed its hosts to put on the agenda"
	}
	return append(out, more...)
}

// commentOwner reads a comment that names whose demand what comes before
// it is, starting at n: "a condition European governments have repeated
// since May", "a long-standing demand of Kyiv", "three issues Kyiv had
// pressed its hosts to put on the agenda". It returns the mention of the
// owner, or -1.
func (sn *sentence) commentOwner(n int) int {
	w := sn.low(n)
	if w != "a" && w != "an" && w != "the" && !(sn.toks[n].info != nil && sn.toks[n].info.number) {
		return -1
	}
	c := n + 1
	if c+1 < len(sn.toks) && !commentDemandNouns[sn.low(c)] && sn.toks[c].word && sn.mentAt[c] < 0 {
		c++ // "a long-standing demand"
	}
	if !commentDemandNouns[sn.low(c)] {
		return -1
	}
	if sn.low(c+1) == "of" && c+2 < len(sn.toks) {
		if m := sn.mentAt[c+2]; m >= 0 && !sn.ments[m].poss {
			return m // "a long-standing demand of Kyiv"
		}
		return -1
	}
	if c+1 >= len(sn.toks) {
		return -1
	}
	m := sn.mentAt[c+1]
	if m < 0 || sn.ments[m].poss {
		return -1
	}
	v := sn.ments[m].end
	if sn.in(v, agentNouns) {
		v++ // "European governments"
	}
	v = sn.nextWord(v, true) // over "has repeatedly"; but "has never made" stops at "never"
	if !stanceVerbs[sn.low(v)] {
		return -1
	}
	return m
}

// commentDemandNouns and stanceVerbs make the comment of commentDemand.
var (
	commentDemandNouns = map[string]bool{"condition": true, "precondition": true, "demand": true, "position": true, "call": true, "request": true,
		"cause": true, "point": true, "issues": true, "issue": true}
	stanceVerbs = map[string]bool{"repeated": true, "reiterated": true, "restated": true, "made": true, "pressed": true, "raised": true,
		"demanded": true, "sought": true, "voiced": true, "championed": true, "pushed": true, "insisted": true}
)

// refusedRecognition returns, for each refusal to recognise something,
// the demand that it not be recognised: "not recognise occupied land as
// Russian", as "will not recognise" reads.
func refusedRecognition(fs []found) []found {
	var out []found
	for _, f := range fs {
		c := f.content
		if len(c) > 1 && c[0].low == "to" {
			c = c[1:]
		}
		if f.kind == Rejection && len(c) > 1 && strings.HasPrefix(c[0].low, "recogni") {
			out = append(out, found{party: f.party, kind: Demand, content: append([]token{madeWord("not")}, c...)})
		}
	}
	return out
}

// packageTerms turns "accept a package under which Ukraine would stop
// mobilisation", one route a side's terms offer the other, from an
// agreement into the terms' author's demands.
func (sn *sentence) packageTerms(fs []found) []found {
	owner := sn.owned(Demand)
	if len(owner) == 0 {
		return fs
	}
	for i, f := range fs {
		c := f.content
		if len(c) > 4 && (c[0].low == "a" || c[0].low == "the") && (c[1].low == "package" || c[1].low == "deal") && c[2].low == "under" && c[3].low == "which" {
			fs[i] = found{party: owner[0], kind: Demand, content: c[4:]}
		}
	}
	return fs
}

// relativeEnds may follow the verb that ends a relative clause: "that
// Kyiv had called for last weekend", "in Kyiv", "since March".
var relativeEnds = map[string]bool{"last": true, "this": true, "since": true, "in": true, "at": true,
	"during": true, "earlier": true, "repeatedly": true, "before": true, "after": true, "for": true}

// placePrepositions open a phrase of place that belongs to the noun
// before it: "the truce across the entire front".
var placePrepositions = map[string]bool{"across": true, "along": true, "on": true, "in": true, "over": true, "at": true}

// relativeDemand reads a demand verb that ends a relative clause: in
// "the same truce that European leaders had called for", the truce is
// what its subject asks for.
func (sn *sentence) relativeDemand(c cue) []found {
	if c.kind != Demand && c.kind != Proposal || c.form != formVerb || sn.negated(c.at) {
		return nil // but "the truce that Moscow has never asked for"
	}
	e := c.end + b2i(sn.low(c.end) == "on" && (sn.low(c.at) == "insists" || sn.low(c.at) == "insisted" || sn.low(c.at) == "insist")) // "the neutrality that Moscow insists on"
	// the main verb may come after a time phrase: "The ceasefire Moscow
	// proposed on Monday would last 30 hours"
	v := sn.afterTimePhrase(e)
	if sn.low(v) == "in" && (sn.in(v+1, months) || isNumber(sn.low(v+1))) {
		v += 2 // "The plan Washington proposed in November has been cut"
	}
	mainVerb := sn.mainVerbAfter(v)
	if t := sn.low(e); e < len(sn.toks) && (sn.toks[e].word && !relativeEnds[t] && !sn.in(e, timeNouns) && !mainVerb || quoteMark(t)) {
		return nil // "that Kyiv had called for a truce", "wants to talk", `needs "ironclad" guarantees`: an object of its own
	}
	k := sn.prevWord(c.at)
	for k > 0 && sn.in(k, skipWords) {
		k-- // "had", "has long"
	}
	m := sn.mentAt[max(k, 0)]
	if m < 0 || sn.ments[m].end != k+1 || sn.ments[m].poss {
		return nil
	}
	subj := sn.ments[m].start
	for subj > 1 && sn.toks[subj-1].caps && sn.mentAt[subj-1] < 0 && !sn.in(subj-1, determiners) {
		subj-- // "the ceasefire that Vladimir Zelensky called for", "that President Zelensky wants"
		if o := sn.mentAt[subj-1]; o >= 0 && sn.ments[o].end == subj && sn.ments[o].party == sn.ments[m].party && !sn.ments[o].poss {
			subj = sn.ments[o].start // "that US President Donald Trump called for", "that Ukrainian President Volodymyr Zelensky wants": the title's side
		}
	}
	for (sn.low(subj-1) == "," || sn.low(subj-1) == "and") && subj > 1 && sn.mentAt[subj-2] >= 0 {
		subj = sn.ments[sn.mentAt[subj-2]].start // "France, Germany, Britain and Poland"
	}
	if sn.low(subj-1) == "of" && sn.in(subj-2, agentNouns) && sn.low(subj-3) == "the" {
		subj -= 3 // "the leaders of France and Germany"
	}
	subj -= b2i(sn.low(subj-1) == "the") // "the truce that the Europeans want"
	rel := subj - 1
	head := rel - 1
	switch w := sn.low(rel); {
	case w == "which" && sn.low(head) == ",":
		head-- // "a ceasefire, which Kyiv has long sought"
	case w != "that" && w != "which":
		if rel < 0 && mainVerb {
			return []found{} // "Moscow demands have not changed since June": a noun, and nothing read from the verb
		}
		if !mainVerb || !sn.toks[rel].word || sn.in(rel, determiners) || sn.in(rel, prepositions) || sn.in(rel, speechVerbs) || sn.toks[rel].verbCue() != "" {
			return nil // but "The withdrawal Moscow is demanding would cost ...": a relative clause with no "that"
		}
		head = rel
	}
	if head < 0 || !sn.toks[head].word || sn.toks[head].party {
		return nil
	}
	start := sn.determinerBefore(head)
	if start < 0 {
		if mainVerb {
			return []found{} // "Security guarantees Kyiv seeks could take years": no more read from the verb
		}
		return nil // "said that Kyiv wants": no noun the clause is about
	}
	if (sn.low(rel) != "that" || mainVerb) && slices.ContainsFunc(sn.toks[start:head], func(t token) bool { return t.in(prepositions) || t.in(pastTenses) || t.verbCue() != "" }) {
		return nil // "The talks stalled over Donbas, which Moscow demands, ...": no one noun phrase
	}
	if p := sn.determinerBefore(start - 2); p >= 0 && placePrepositions[sn.low(start-1)] {
		start = p // "the 30-day truce across the entire front that Kyiv had demanded"; not "agreed to", "nothing like"
	}
	np := sn.span(start, head+1)
	if w := sn.low(v); c.kind == Demand && (w == "must" || w == "should") {
		// "the guarantees Ukraine needs must be strong and legally
		// binding": the thing wanted, with what is said it must be
		return sn.emit(sn.conjuncts(m), Demand, slices.Concat(np, sn.span(v, sn.contentEnd(v))))
	}
	if mainVerb && wordCount(np)-b2i(np[0].in(determiners)) < 2 {
		return []found{} // "The truce that Kyiv proposed never took hold": too little to say, and no more read from the verb
	}
	return sn.emit(sn.conjuncts(m), c.kind, np)
}

// mainVerbAfter reports whether the main verb of the sentence starts at k,
// after a relative clause inside its subject: "(The truce that Kyiv
// proposed) never took hold", "(The guarantees Kyiv wants) would include";
// not a be-verb ("the next step Kyiv wants is ...", whose predicate says
// what is wanted) nor a participle ("children Kyiv wants brought home").
func (sn *sentence) mainVerbAfter(k int) bool {
	switch sn.low(k) {
	case "must", "should", "would", "will", "could", "might", "may", "can", "never", "has", "have", "had", "does", "did":
		return true
	}
	return false
}

// determinerBefore returns where the noun phrase whose head is at i opens
// with a determiner a few words before ("the 30-day truce"), or -1.
func (sn *sentence) determinerBefore(i int) int {
	for k := i; k >= 0 && k >= i-4 && sn.toks[k].word && !sn.toks[k].party; k-- {
		if sn.in(k, determiners) {
			return k
		}
	}
	return -1
}

// bullet reports whether the sentence is an item of a bulleted list.
func (sn *sentence) bullet() bool {
	switch sn.toks[0].text {
	case "-", "•", "–", "—":
		return true
	case "*":
		// but "**4. Monday at the White House**", "*Europe.* From ..." are
		// bold and italic markup; "*Ukraine withdraws;" is still a point
		return len(sn.toks) < 2 || sn.toks[1].space || sn.toks[1].text != "*" && !slices.ContainsFunc(sn.toks[2:], func(t token) bool { return t.text == "*" })
	}
	return false
}

// sayNoun reports whether the "say" at k is a noun: "a European say on
// anything that touches Europe", "the final say".
func (sn *sentence) sayNoun(k int) bool {
	switch p := sn.toks[k-1]; p.low {
	case "final", "real", "greater", "bigger", "direct", "no", "equal":
		return true
	default:
		return p.in(determiners) || p.party && !p.poss && !strings.HasSuffix(p.low, "s") && sn.in(k-2, determiners) // but "the Europeans say"
	}
}

// otherSpeaker reports whether the sentence names someone speaking who is
// not of party p.
func (sn *sentence) otherSpeaker(p string) bool {
	sp := sn.namedSpeaker()
	if sp == "" {
		if v := sn.firstSpeech(); v > 0 {
			if ps, _ := sn.subjectOf(v); len(ps) == 1 {
				sp = ps[0] // "European leaders meeting at the G20 in Johannesburg said the draft ..."
			}
		}
	}
	return sp != "" && sp != p
}

// namedSpeaker returns the party of the one named as speaking in the
// sentence ("Zelenskiy said", "Peskov told reporters"), or "".
func (sn *sentence) namedSpeaker() string {
	for k := 1; k < len(sn.toks); k++ {
		if !sn.toks[k].in(speechVerbs) || sn.quoted[k] {
			continue // each reading below is of a speech verb ("said", "says" and "added" among them)
		}
		if !sn.toks[k].party && sn.mentAt[k-1] >= 0 {
			return sn.ments[sn.mentAt[k-1]].party
		}
		if n := k + 1 + b2i(sn.low(k+1) == "the"); k > 1 && quoteMark(sn.toks[k-1].text) && sn.low(k-2) == "," && n < len(sn.toks) && sn.mentAt[n] >= 0 && sn.ments[sn.mentAt[n]].start == n && !sn.ments[sn.mentAt[n]].poss {
			return sn.ments[sn.mentAt[n]].party // `"...," said Peskov`: the name after the verb
		}
		if w := sn.low(k); k > 1 && (w == "said" || w == "says" || w == "added") && (voiceNouns[sn.low(k-1)] || sn.in(k-1, agentNouns)) && sn.mentAt[k-2] >= 0 {
			return sn.ments[sn.mentAt[k-2]].party // "a senior Ukrainian official said", "the Ukrainian president said"
		}
		if k > 1 && (sn.low(k-1) == "he" || sn.low(k-1) == "she") && sn.toks[k-2].text == "," {
			// "A short guarantee, he argued, would invite Russia to wait":
			// the person who speaks on
			if p := sn.pronoun(k - 1); len(p) == 1 {
				return p[0]
			}
		}
		if sn.toks[k-1].text == "," && sn.mentAt[0] >= 0 && !sn.ments[0].poss && sn.ments[0].end < k {
			// "Zelensky, who was in Tirana for a meeting, said ...": the
			// name that opens the sentence, over the aside
			if p, _ := sn.subjectOf(k); len(p) == 1 && p[0] == sn.ments[0].party {
				return p[0]
			}
		}
	}
	return ""
}

// bylineAfterQuote reports whether a content opens right after the
// closing quote and colon of a sentence that opens on the quote: a title's
// byline, not a position.
func bylineAfterQuote(toks []token, s string) bool {
	if len(toks) == 0 || toks[0].pos < 0 || toks[0].pos > len(s) {
		return false
	}
	if o, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " ")); o != '"' && o != '“' && o != '\'' && o != '‘' {
		return false // but "Ukraine's position was \"we stand where we stand\": the current line should be frozen" explains the quote
	}
	before := strings.TrimRight(s[:toks[0].pos], " ")
	return strings.HasSuffix(before, "\":") || strings.HasSuffix(before, "”:") || strings.HasSuffix(before, "':") || strings.HasSuffix(before, "’:")
}

// beforeQuoteColon cuts a content at the close of the quote it started in,
// when a colon follows: a headline "'We will not leave Donbas': Zelenskyy
// on the peace plan" says "not leave Donbas", not who spoke on what; but a
// content that opens with the quote ("wants 'real guarantees': troops, air
// defence and money") is named by what the colon brings.
func beforeQuoteColon(toks []token, s string) []token {
	opening := func(x string) bool {
		return strings.HasSuffix(x, "'") || strings.HasSuffix(x, "‘") || strings.HasSuffix(x, "\"") || strings.HasSuffix(x, "“")
	}
	if len(toks) > 0 && (!toks[0].word && opening(toks[0].text) || toks[0].pos >= 0 && toks[0].pos <= len(s) && opening(strings.TrimRight(s[:toks[0].pos], " "))) {
		return toks // the quote opens the content: no headline's
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].text != ":" {
			continue
		}
		switch q := toks[k-1].text; {
		case q == "'" || q == "’" || q == "\"" || q == "”":
			if !slices.ContainsFunc(toks[:k-1], func(t token) bool { return t.text == q || t.text == "‘" || t.text == "“" }) {
				return toks[:k-1]
			}
		case toks[k-1].word && (strings.HasSuffix(q, "'") || strings.HasSuffix(q, "’")) && len(q) > 2:
			last := toks[k-1]
			last.text, last.low = strings.TrimRight(last.text, "'’"), strings.TrimRight(last.low, "'’")
			return append(slices.Clip(toks[:k-1]), last)
		}
	}
	return toks
}

// finishText turns the tokens of one position into its statement text, or
// "" when they do not make a readable statement: fewer than two words, no
// real word, or markup.
func finishText(toks []token) string {
	toks = trimContent(toks)
	toks = balanceQuotes(toks)
	for len(toks) > 0 && toks[len(toks)-1].text == "," {
		toks = toks[:len(toks)-1] // `cities, "because it was Russia ..."`: the quote gone, its comma too
	}
	if len(toks) > 0 && (toks[0].in(prepositions) || toks[0].low == "since" || toks[0].low == "during" || toks[0].low == "until") && !toks[0].in(listStarts) && toks[0].low != "without" && toks[0].low != "between" &&
		!(toks[0].low == "about" && len(toks) > 1 && isNumber(toks[1].low)) && !(toks[0].low == "at" && len(toks) > 2 && toks[1].low == "least" && (isNumber(toks[2].low) || toks[2].info != nil && toks[2].info.number || toks[2].low == "a")) {
		return "" // "since the Istanbul talks": a phrase, not a position; but "at least 1,200 prisoners each" is a number
	}
	if len(toks) > 0 && (toks[0].low == "nothing" || toks[0].low == "none" || toks[0].low == "little") && !slices.ContainsFunc(toks, func(t token) bool { return t.in(beWords) || t.low == "without" || t.low == "until" }) {
		return "" // "Europe offers nothing": no position; but "nothing about Ukraine (be) decided without it", "nothing deploys until the guns fall silent" are
	}
	if len(toks) > 0 {
		if h := min(b2i(toks[0].low == "to"), len(toks)-1); toks[h].in(harmVerbs) && harmsSideOrTalks(toks[h+1:]) || ascribedHarm(toks) || stalling(toks[h:]) {
			return "" // "political and territorial demands to weaken Ukraine", "Russia wants Ukraine's capitulation": an aim ascribed to a side, no position it holds
		}
		if len(toks) > 2 && toks[1].low == "by" && (participle(toks[0].low) || toks[0].low == "seen" || toks[0].low == "shown" || toks[0].low == "drawn" || toks[0].low == "written") {
			return "" // "The European version — seen by insiders — ...": who saw the text, no position
		}
		if w := toks[0].low; (w == "talk" || w == "speak" || w == "comment") && len(toks) > 4 && toks[1].low == "on" && toks[2].low == "condition" && toks[3].low == "of" && toks[4].low == "anonymity" {
			return "" // "He agreed to talk on condition of anonymity": how a source spoke, no position
		}
		switch toks[0].low {
		case "what", "how", "why", "where", "who", "whether":
			return "" // "What we know about the 20 points": a headline's question
		case "was", "were", "is", "are":
			return "" // "the one Kyiv had asked for, was agreed": the object came first
		case "up", "off", "down":
			n := 1 + b2i(len(toks) > 3 && toks[1].low == "only") // "signed up only to the energy pause"
			if len(toks) > n+1 && (toks[n].low == "to" || toks[n].low == "for" || toks[n].low == "on") {
				return finishText(toks[n+1:]) // "signed up to ensure safe navigation"
			}
			return "" // "Zelensky signed up the following day": a particle, no object
		}
	}
	// Words as a reader counts them: runs separated by spaces.
	words, long := 0, false
	for i, t := range toks {
		if i == 0 || t.space {
			words++
		}
		if t.word && len(t.low) >= 3 && !isNumber(t.low) {
			long = true
		}
		if words > maxStatementWords {
			toks = cutLong(toks[:i])
			words = maxStatementWords
			break
		}
	}
	if words < 2 || !long || !readable(toks) {
		return ""
	}
	text := joinTokens(toks)
	if slices.ContainsFunc(listAsides, func(a string) bool { return strings.EqualFold(text, a) }) {
		return "" // "...; and, not least, the lifting of sanctions": a list's aside, no item
	}
	if strings.ContainsAny(text, "<>{}") || strings.Contains(text, "://") || strings.IndexByte(text, ' ') < 0 {
		return ""
	}
	return text
}

// readable is the last check on a statement: it names something, with two
// content words of which one is a common word ("Turkey and the UN
// separately" names nobody's position, "The exchange" alone says nothing) or
// a name of its own ("a Multinational Force Ukraine"),
// and it does not end on a word that needs more ("urged Putin to accept
// it", "a plan for").
func readable(toks []token) bool {
	last := toks[len(toks)-1]
	for k := len(toks) - 1; k >= 0 && !last.word; k-- {
		last = toks[k]
	}
	content, common, generic, named := 0, false, false, 0
	for i, t := range toks {
		if !t.word || len(t.low) < 3 && !isNumber(t.low) || functionWord(t) {
			continue
		}
		content++
		if t.caps && !t.party && i > 0 {
			named++ // "a Multinational Force Ukraine": a name of its own
		}
		generic = t.in(planNouns) || t.in(termNouns) && toks[0].in(possPronouns) || t.in(eventNouns) || t.low == "idea" || t.low == "pressure" || t.low == "gathering"
		if isNumber(t.low) || !t.caps && !t.party || i == 0 && !t.party && !t.upper {
			common = common || !strings.HasSuffix(t.low, "ly")
		}
	}
	timed := (last.low == "before" || last.low == "after") && len(toks) > 1 && toks[len(toks)-2].in(timeNouns) // "discussed by telephone the week before"
	adverb := last.low == "behind" || last.low == "ahead"                                                      // "with Russian police moving in behind"
	// "capped at 600,000 troops or below": an amount's bound, no preposition
	amount := (last.low == "below" || last.low == "above") && len(toks) > 1 && (toks[len(toks)-2].low == "or" || toks[len(toks)-2].low == "and")
	if last.low != "over" && !timed && !adverb && !amount && (last.in(prepositions) || last.low == "below" || last.low == "above" || last.in(coordinators) || last.low == "or" || last.low == "a" || last.low == "an" || last.low == "the") && !strandedAfter(toks) {
		return false
	}
	if n := len(toks); (last.in(pronouns) || last.low == "them") && content < 3 && !(n > 3 && toks[0].in(determiners) && besidePrepositions[toks[n-2].low] && toks[n-1].word) {
		return false // "urged Putin to accept it": the thing accepted is elsewhere; but "a US backstop behind it" names its thing
	}
	if n := len(toks); (toks[0].low == "it" || toks[0].low == "them") && content <= 2 && n > 1 && !toks[1].in(beWords) && !toks[1].in(modalsInContent) && !auxiliaries[toks[1].low] && toks[1].low != "as" {
		return false // "it handed back", "them kept", "it since March": what "it" is, another sentence says; but "it does not suit us" is a clause, "it as an ultimatum" a judgment
	}
	if content <= 2 && (last.low == "things" || last.low == "something" || last.low == "anything" || last.low == "everything" ||
		last.low == "side" || last.low == "sides" || last.low == "party" || last.low == "parties" || last.low == "opposite" ||
		last.low == "elements" ||
		(last.low == "options" || last.low == "points" || last.low == "issues" || last.low == "questions" || last.low == "scenarios") && !isNumber(toks[0].low)) {
		return false // "incompatible things", "the other side", "two options", "the opposite", "correct elements": says nothing
	}
	if !slices.ContainsFunc(toks, func(t token) bool { return t.word && !isNumber(t.low) && !t.in(months) }) {
		return false // "10 June 2025", a title's date after a dash: no position
	}
	return (common || named >= 2) && (content >= 2 || content == 1 && !generic)
}

// auxiliaries open a clause after its subject: "it does not suit us".
var auxiliaries = map[string]bool{"does": true, "did": true, "do": true, "can": true, "could": true, "has": true, "had": true, "have": true, "may": true, "might": true, "cannot": true}

// besidePrepositions say where a thing stands to another: "a US backstop
// behind it".
var besidePrepositions = map[string]bool{"behind": true, "under": true, "around": true, "beside": true, "alongside": true}

// strandedAfter reports whether content ends in the preposition of a
// relative clause: "security guarantees its partners will stand behind".
func strandedAfter(toks []token) bool {
	n := len(toks)
	if n < 5 || !toks[n-1].in(prepositions) || !toks[n-2].word || functionWord(toks[n-2]) {
		return false
	}
	return slices.ContainsFunc(toks[2:n-2], func(t token) bool { return t.in(modalsInContent) || t.low == "can" || t.low == "could" })
}

// functionWord reports whether a word carries no content of its own.
func functionWord(t token) bool {
	return t.in(prepositions) || t.in(determiners) || t.in(coordinators) || t.in(pronouns) ||
		t.in(possPronouns) || t.in(beWords) || t.in(modalsInContent) || t.low == "not" || t.low == "has" || t.low == "have" || t.low == "had"
}

// maxStatementWords caps a statement: longer content is cut at its last
// comma, or after the cap.
const maxStatementWords = 30

func cutLong(toks []token) []token {
	for i := len(toks) - 1; i > len(toks)/2; i-- {
		if toks[i].text == "," || toks[i].text == ";" || toks[i].text == "—" {
			return trimContent(toks[:i])
		}
	}
	return trimContent(toks)
}

// hasNumber reports whether tokens hold a digit or a number word, the
// only ones worth parsing for figures.
func hasNumber(toks []token) bool {
	for _, t := range toks {
		if t.info != nil && t.info.number {
			return true
		}
		for i := 0; i < len(t.low); i++ {
			if isDigitByte(t.low[i]) {
				return true
			}
		}
	}
	return false
}

func isNumber(s string) bool {
	digit := false
	for _, r := range s {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
		digit = digit || r != ',' && r != '.'
	}
	return digit // not a lone "," or "."
}

// pointsOutlined returns the party that the sentence says set out points
// or conditions without listing them ("the Russian side outlined a number
// of significant points"), for the sentence after; else "".
func (sn *sentence) pointsOutlined() string {
	for k := 1; k < len(sn.toks); k++ {
		switch sn.low(k) {
		case "outlined", "listed", "raised", "named", "set", "laid":
		default:
			continue
		}
		if (sn.low(k) == "set" || sn.low(k) == "laid") && sn.low(k+1) != "out" {
			continue
		}
		last := len(sn.toks) - 1
		if sn.toks[last].text == "." {
			last--
		}
		switch sn.low(last) {
		case "points", "conditions", "demands", "terms", "requirements", "concerns", "issues", "priorities":
			if parties, _ := sn.subjectOf(k); len(parties) > 0 {
				return parties[0]
			}
		}
		return ""
	}
	return ""
}

// listedPoints reads "These concern A, B and C" after a sentence that
// said a party outlined points: its demands.
func (sn *sentence) listedPoints() []found {
	if from := sn.listGoesOn(); from > 0 {
		// "Moscow also wants Ukraine's neutrality. The list continues: A,
		// B and C": the same side's demands go on
		end := len(sn.toks)
		if v := sn.trailingSpeech(); v > from && !slices.ContainsFunc(sn.toks[v+1:], func(t token) bool { return t.word && !t.caps }) {
			for c := v - 1; c > from; c-- {
				if sn.toks[c].text == "," {
					end = c // "..., Peskov said", "..., said Peskov": the list ends before its speaker; but "a renunciation of claims for war damage"
					break
				}
			}
		}
		for end > from && !sn.toks[end-1].word {
			end-- // the list runs to the sentence's end
		}
		return sn.emit([]string{sn.st.lastDemParty}, Demand, sn.span(from, end))
	}
	if sn.st.listOwner == "" || len(sn.toks) < 4 {
		return nil
	}
	switch sn.low(0) {
	case "these", "they", "those":
	default:
		return nil
	}
	switch sn.low(1) {
	case "concern", "include", "are", "were", "cover", "involve", "included", "concerned":
	default:
		return nil
	}
	return sn.listItem()
}

// listGoesOn returns where the items start in a sentence that says a
// list of demands made in this sentence's last two goes on ("The list
// continues:", "The list goes on:", "Also on the list:"), or 0.
func (sn *sentence) listGoesOn() int {
	if sn.st.lastDemParty == "" || sn.st.lastDemAt < sn.st.sentences-2 {
		return 0
	}
	k := sn.nextWord(0, false)
	switch {
	case sn.low(k) == "the" && sn.low(k+1) == "list" && sn.low(k+2) == "continues" && sn.low(k+3) == ":":
		return k + 4
	case sn.low(k) == "the" && sn.low(k+1) == "list" && sn.low(k+2) == "goes" && sn.low(k+3) == "on" && sn.low(k+4) == ":",
		sn.low(k) == "also" && sn.low(k+1) == "on" && sn.low(k+2) == "the" && sn.low(k+3) == "list" && sn.low(k+4) == ":":
		return k + 5
	}
	return 0
}

// spelledOut returns where the words start in a sentence that spells out
// the demand of the sentence just before ("That means ...", "And it means
// ...", "In other words, ..."), or 0.
func (sn *sentence) spelledOut() int {
	if sn.st.lastDemParty == "" || sn.st.lastDemAt != sn.st.sentences-1 {
		return 0
	}
	k := sn.nextWord(0, false)
	if sn.low(k) == "and" {
		k++
	}
	if w := sn.low(k); w != "that" && w != "it" && w != "this" || sn.low(k+1) != "means" || k+3 >= len(sn.toks) || !sn.toks[k+2].word {
		return 0
	}
	from := k + 2 + b2i(sn.low(k+2) == "that")
	if sn.anyIn(from, min(from+6, len(sn.toks)), consequenceModals) {
		return 0 // "Russia wants all of Donbas. That means the war will go on": what follows from it, no more asked
	}
	end := sn.contentEndOf(from, true)
	if slices.ContainsFunc(sn.cues, func(c cue) bool { return c.form == formVerb && c.kind != Demand && c.at >= from && c.at < end }) {
		return 0 // "That means Zelensky rejects the plan": an act of its own, no demand spelled out
	}
	if sn.anyIn(0, k, speechVerbs) || sn.anyIn(end, len(sn.toks), speechVerbs) {
		// `"It means we are left defenceless," Zelensky said`, "That means
		// Kyiv loses its fortress belt, analysts say": another's reading of
		// the demand, unless the side that made it speaks on
		if !slices.ContainsFunc(sn.ments, func(m mention) bool {
			return m.party == sn.st.lastDemParty && (m.end <= k || m.start >= end)
		}) {
			return 0
		}
	}
	return from
}

// consequenceModals say what would follow rather than what is asked.
var consequenceModals = set("will", "would", "could", "might", "won't", "can't", "cannot")

// withSpelledOut replaces the sentence's own readings with the demand
// that the words from `from` spell out ("The root causes must be
// addressed. That means Ukraine is not in NATO, ever. It means the
// Ukrainian armed forces leave Donbas": the demand just made, whatever
// its words seem to say on their own, "not some promise that ..."); but
// another side's act after it stands ("..., and Zelensky has refused").
func (sn *sentence) withSpelledOut(out []found, from int) []found {
	party := sn.st.lastDemParty
	end := sn.contentEndOf(from, true)
	otherActs := slices.ContainsFunc(sn.cues, func(c cue) bool {
		return c.form == formVerb && c.at >= end && slices.ContainsFunc(sn.ments, func(m mention) bool { return m.start >= end && m.end <= c.at && m.party != party })
	})
	if !otherActs {
		out = out[:0]
	}
	out = slices.DeleteFunc(out, func(f found) bool { return f.party == party })
	return append(out, sn.emit([]string{party}, Demand, sn.span(from, end))...)
}

// listItem returns the point from the third token on ("First, a full
// ceasefire", "These include the return of the children") as a demand of
// the side whose list it is.
func (sn *sentence) listItem() []found {
	return sn.emit([]string{sn.st.listOwner}, Demand, sn.span(2, sn.contentEndOf(2, true)))
}

// packagesDescribed reads "He described a package under which Ukraine
// would buy $90bn of American weapons, and a deal under which the US would
// buy drones": each "under which" clause is a proposal of whoever
// describes it.
func (sn *sentence) packagesDescribed() []found {
	var out []found
	var last []string
	for k := 2; k+3 < len(sn.toks); k++ {
		if sn.low(k) != "under" || sn.low(k+1) != "which" {
			continue
		}
		switch sn.low(k - 1) {
		case "package", "deal", "plan", "arrangement", "scheme", "framework":
		default:
			continue
		}
		if !sn.anyIn(k+2, min(k+8, len(sn.toks)), modalsInContent) {
			continue
		}
		parties := last // "..., and a separate deal under which ...": the same speaker
		for v := k - 2; v >= 0 && v > k-6; v-- {
			switch sn.low(v) {
			case "described", "outlined", "presented", "unveiled", "announced", "floated", "sketched", "detailed":
				parties, _ = sn.subjectOf(v)
			}
		}
		if len(parties) == 0 {
			continue
		}
		last = parties
		end := sn.contentEnd(k + 2)
		for n := k + 2; n < end; n++ {
			if sn.toks[n].text == "," {
				end = n // "Ukraine would buy $90bn of weapons, paid for by Europe": the clause
				break
			}
		}
		out = append(out, sn.emit(parties, Proposal, sn.span(k+2, end))...)
	}
	return out
}

// firstSpeech returns the first speech verb outside quotes, or -1.
func (sn *sentence) firstSpeech() int {
	for k := 1; k < len(sn.toks); k++ {
		if sn.in(k, speechVerbs) && !sn.quoted[k] {
			return k
		}
	}
	return -1
}

// mirrorOffer reads "If Russia does not strike our energy, we will not
// strike theirs": a side offers restraint for restraint. The offer is the
// whole sentence, said by the side in the main clause.
func (sn *sentence) mirrorOffer() []found {
	i := sn.nextWord(0, false)
	if sn.low(i) != "if" || i+1 >= len(sn.toks) || sn.mentAt[i+1] < 0 {
		return nil
	}
	comma := -1
	for k := i + 2; k < len(sn.toks) && k < i+14; k++ {
		if sn.toks[k].text == "," {
			comma = k
			break
		}
	}
	if comma < 0 || !sn.negated(sn.nextWord(sn.ments[sn.mentAt[i+1]].end+2, false)) && sn.low(sn.ments[sn.mentAt[i+1]].end+1) != "not" {
		return nil
	}
	s := sn.nextWord(comma+1, false)
	if s+2 >= len(sn.toks) || sn.low(s+1) != "will" && sn.low(s+1) != "would" || sn.low(s+2) != "not" {
		return nil
	}
	var parties []string
	switch {
	case sn.mentAt[s] >= 0:
		parties = []string{sn.ments[sn.mentAt[s]].party}
	case sn.in(s, pronouns):
		parties = sn.pronoun(s)
	}
	end := sn.contentEnd(s + 3)
	if len(parties) == 0 || parties[0] == sn.ments[sn.mentAt[i+1]].party {
		return nil
	}
	return sn.emit(parties, Proposal, sn.span(i, end))
}

// thereBe are the verbs of "there can be no peace".
var thereBe = map[string]bool{"can": true, "could": true, "would": true, "will": true, "is": true,
	"was": true, "are": true, "were": true, "may": true, "might": true}

// imperativeAnswer reads `Asked what Zelensky should now do, Trump said:
// "Make a deal."`: the speaker demands that the one asked about do what
// the quoted order says.
func (sn *sentence) imperativeAnswer() []found {
	modal := slices.IndexFunc(sn.toks, func(t token) bool { return t.low == "should" || t.low == "must" })
	if modal < 2 || !sn.askedWhat(modal) || sn.mentAt[modal-1] < 0 {
		return nil
	}
	m := sn.mentAt[modal-1]
	if !slices.ContainsFunc(sn.toks[modal:], func(t token) bool { return t.text == "\"" || t.text == "“" }) {
		// "Asked what Zelensky should do now, Trump was blunt." The answer
		// comes in the next sentence ("Make a deal," he said.)
		for _, a := range sn.ments[m+1:] {
			if w := sn.low(a.end); !a.poss && a.start > modal && (sn.in(a.end, speechVerbs) || sn.in(a.end, beWords) || w == "replied" || w == "answered") {
				sn.st.askedDo = append(sn.st.askedDo[:0], sn.span(sn.ments[m].start, sn.ments[m].end)...)
				sn.st.askedDoBy, sn.st.askedDoAt = a.party, sn.st.sentences
				break
			}
		}
		return nil
	}
	for v := modal + 1; v+3 < len(sn.toks); v++ {
		if !sn.in(v, speechVerbs) || sn.quoted[v] {
			continue
		}
		content := sn.quotedOrder(v+1+b2i(sn.low(v+1) == ":" || sn.low(v+1) == ","), sn.span(sn.ments[m].start, sn.ments[m].end))
		if content == nil {
			return nil
		}
		parties, _ := sn.subjectOf(v)
		return sn.emit(parties, Demand, content)
	}
	return nil
}

// quotedOrder returns what the order quoted at the quote mark q asks of
// the side named by who ("Make a deal" -> "Zelensky to make a deal"), or
// nil when no order in the imperative opens the quote.
func (sn *sentence) quotedOrder(q int, who []token) []token {
	if q < 0 || q+1 >= len(sn.toks) || (sn.toks[q].text != "\"" && sn.toks[q].text != "“") || !sn.toks[q+1].caps || !sn.bareVerb(q+1) || sn.toks[q+1].party {
		return nil
	}
	e := q + 1
	for e < len(sn.toks) && sn.toks[e].word {
		e++
	}
	verb := sn.toks[q+1]
	verb.text, verb.space = verb.low, true
	return append(append(slices.Clone(who), madeWord("to"), verb), sn.span(q+2, e)...)
}

// orderAnswered reads `"Make a deal," he said.` after "Asked what Zelensky
// should do now, Trump was blunt.": the order is the answerer's demand on
// the side asked about.
func (sn *sentence) orderAnswered() []found {
	st := sn.st
	if st.askedDoAt == 0 || st.askedDoAt != st.sentences-1 {
		return nil
	}
	content := sn.quotedOrder(sn.nextWord(0, false)-1, st.askedDo)
	if content == nil {
		return nil
	}
	return sn.emit([]string{st.askedDoBy}, Demand, content)
}

// jointNamed reads "turned it into what their joint statement described
// as 'an updated and refined peace framework'", "A joint statement spoke of
// an 'updated and refined peace framework'": the text both sides put their
// names to is agreed.
func (sn *sentence) jointNamed() []found {
	for k := 0; k+3 < len(sn.toks); k++ {
		if sn.low(k) != "joint" || sn.low(k+1) != "statement" && sn.low(k+1) != "declaration" {
			continue
		}
		v := k + 2
		switch sn.low(v) {
		case "described", "describes", "called", "calls", "termed":
			v += 1 + b2i(sn.low(v+1) == "as")
		case "spoke", "speaks":
			if sn.low(v+1) != "of" {
				return nil
			}
			v += 2
		default:
			return nil
		}
		content := sn.span(v, sn.contentEnd(v))
		if !slices.ContainsFunc(content, func(t token) bool { return t.in(planNouns) }) {
			return nil
		}
		if p := sn.nounAgent(k + 1); slices.Contains(p, "europe") {
			// "European leaders met, and their joint statement spoke of a
			// framework": as in jointVoice, the Europeans' joint statement is
			// Europe's plan, no deal between the sides
			return sn.emit([]string{"europe"}, Proposal, content)
		}
		return sn.emit(sn.bothSides(), Agreement, content)
	}
	return nil
}

// forceWord says a side would act by force: "by force", "by military
// means", "militarily".
func forceWord(t token) bool {
	return t.low == "force" || t.low == "fight" || t.low == "militarily" || t.low == "means"
}

// eitherOptions reads "For a ceasefire, it gives Kyiv two options. Either
// Ukrainian troops pull out of all four regions, or Ukraine accepts a
// package that includes ...": the two branches of the terms, each a
// demand of their author, and neither accepted by anyone.
func (sn *sentence) eitherOptions() []found {
	k := sn.nextWord(0, false)
	owner := sn.owned(Demand)
	if sn.low(k) != "either" || sn.st.lastDoc != Demand || len(owner) == 0 {
		return nil
	}
	for o := k + 3; o+2 < len(sn.toks); o++ {
		if sn.low(o) != "or" || sn.low(o-1) != "," {
			continue
		}
		a, b := sn.mentAt[k+1], sn.mentAt[o+1]
		if b < 0 && (sn.low(o+1) == "it" || sn.low(o+1) == "they") {
			b = a // "Either Ukraine pulls out ..., or it accepts a package ...": the same side
		}
		if a < 0 || b < 0 || sn.ments[a].party == owner[0] || sn.ments[b].party == owner[0] || slices.ContainsFunc(sn.toks[k+1:o], forceWord) {
			return nil
		}
		second := o + 1
		for j := second; j < len(sn.toks) && j < o+9 && (sn.toks[j].word || quoteMark(sn.toks[j].text)); j++ {
			if w := sn.low(j); w == "includes" || w == "including" {
				second = j + 1 // "Ukraine accepts a package that includes halting mobilisation, ...": what it includes
				break
			}
		}
		return append(sn.emit(owner, Demand, sn.span(k+1, o-1)), sn.emit(owner, Demand, sn.span(second, sn.contentEnd(second)))...)
	}
	return nil
}

// rootCauses reads the call to remove a conflict's "root causes", a
// side's standing demand however it is put: "Putin spoke of eliminating
// the root causes of the war", "returned to the need to eliminate the
// 'root causes' of the conflict", "would make no concessions on what it
// regards as the root causes".
func (sn *sentence) rootCauses() []found {
	r := slices.IndexFunc(sn.toks, func(t token) bool { return t.low == "root" })
	if r < 1 || sn.low(r+1) != "causes" {
		return nil
	}
	for v := r - 1; v >= 0 && v >= r-8; v-- {
		w := sn.low(v)
		if !removeVerbs[w] && !(w == "concessions" && sn.low(v-1) == "no") {
			continue
		}
		parties, _ := sn.subjectOf(v)
		if len(parties) == 0 {
			parties = sn.reporter(v)
		}
		if len(parties) == 0 {
			parties = sn.clauseSubject(v)
		}
		end := r + 2
		if quoteMark(sn.low(end)) {
			end++
		}
		if sn.low(end) == "of" && sn.low(end+1) == "the" && end+2 < len(sn.toks) && sn.toks[end+2].word {
			end += 3 // "of the war"
		}
		return sn.emit(parties[:min(1, len(parties))], Demand, sn.span(v+b2i(w == "concessions")*2, end))
	}
	return nil
}

// removeVerbs take away what a side wants gone: "eliminate the root
// causes".
var removeVerbs = map[string]bool{"eliminate": true, "eliminating": true, "eliminated": true, "eliminates": true,
	"remove": true, "removing": true, "removes": true, "removed": true, "address": true, "addressing": true,
	"addressed": true, "addresses": true, "tackle": true, "tackling": true, "resolve": true, "resolving": true}

// onlyAlong reads what a side would consider only at one place or on one
// condition: "Kyiv would discuss a ceasefire only along the current front
// line" (the line is what it holds out for), "the bloc would consider
// lifting its sanctions only once Russia ends its aggression" (the
// condition is). It returns them and the "only", or -1.
func (sn *sentence) onlyAlong() ([]found, int) {
	for o := 3; o+2 < len(sn.toks); o++ {
		w := sn.low(o + 1)
		cond := w == "once" || w == "after" || w == "if" || w == "when"
		if sn.low(o) != "only" || !placeWords[w] && !cond {
			continue
		}
		for v := o - 2; v > 1 && v >= o-8; v-- {
			if w := sn.low(v); w != "discuss" && w != "consider" || sn.low(v-1) != "would" && sn.low(v-1) != "will" {
				continue
			}
			parties, _ := sn.subjectOf(v - 1)
			if cond {
				from := o + 2 + b2i(sn.low(o+2) == "that")
				return sn.emit(parties, Demand, sn.span(from, sn.contentEnd(from))), o
			}
			return sn.emit(parties, Demand, sn.span(v+1, sn.contentEnd(o+1))), o
		}
	}
	return nil, -1
}

// routeOptions reads the routes to a ceasefire that a side's terms give
// the other, named after a colon: "Russia's text offers Kyiv two routes
// to a ceasefire: a complete withdrawal from the four regions, or a
// package that includes a halt to mobilisation, ...", "The second option
// is barely softer: Ukraine would have to halt mobilisation ...". Each
// route is a demand of the terms' author, never a deal; it returns them
// and where the routes are named, or -1.
func (sn *sentence) routeOptions() ([]found, int) {
	colon := slices.IndexFunc(sn.toks, func(t token) bool { return t.text == ":" })
	if colon < 0 {
		colon = len(sn.toks)
	}
	r := -1
	for k := colon - 1; k >= 0 && r < 0; k-- {
		if sn.toks[k].rare().has(rareRoutes) && sn.routesNamed(k) {
			r = k
		}
	}
	if r < 0 {
		return nil, -1
	}
	giver := sn.routeGiver(r)
	if sn.st.prevPlan && giver == "" {
		return nil, -1 // a plan's terms that go on read on as before, unless a side gives routes of its own
	}
	under := (sn.low(r+1) == "under" || sn.low(r+1) == "in") && sn.low(r+2) == "which" // "a package under which Ukraine would ..."
	if colon == len(sn.toks) && sn.low(r) == "package" && !under {
		return nil, -1 // but "both sides sign a package of documents"
	}
	owner, named := sn.owned(Demand), false
	if giver != "" {
		owner, named = []string{giver}, true // "Moscow gives Kyiv two routes to a truce"
	} else {
		for _, m := range sn.ments {
			if m.end <= r && (m.poss || sn.isAdjectiveMention(m)) && (sn.anyIn(m.end, r, docNouns) || sn.anyIn(m.end, r, termNouns)) {
				owner, named = []string{m.party}, true // "Russia's text offers Kyiv two routes", "The Russian memorandum offers ..."
			}
		}
	}
	if len(owner) == 0 || !named && !sn.anyIn(0, colon, docNouns) && !sn.anyIn(0, colon, termNouns) && (sn.st.lastDoc != Demand || !sn.asksOther(owner[0])) {
		return nil, -1 // but "Two territorial options remain: a freeze on the present lines, or ..." asks no side of anything
	}
	if colon == len(sn.toks) {
		if w := sn.low(r + 1); w == "," && (sn.low(r+2) == "in" || sn.low(r+2) == "under") && sn.low(r+3) == "which" {
			// "it offers a second route, in which Kyiv would halt mobilisation ..."
			return sn.emit(owner, Demand, sn.span(r+4, sn.contentEnd(r+4))), r
		}
		if under {
			// "Moscow sets out a package under which Ukraine would halt
			// mobilisation, stop receiving Western weapons and ..."; each
			// clause its own term in "Kyiv would halt mobilisation, Western
			// arms deliveries would stop, and Ukraine would hold elections"
			e := len(sn.toks)
			for e > r+3 && !sn.toks[e-1].word {
				e--
			}
			for k := r + 4; k < e; k++ {
				if sn.toks[k].text != "," {
					continue
				}
				w := sn.low(k + 1)
				remark := w == "but" || w == "though" || w == "although" || w == "yet" || w == "whereas" || w == "something"
				for n := k + 1; n < e && !remark && sn.low(n) != "would" && sn.toks[n].text != ","; n++ {
					remark = sn.in(n, speechVerbs)
				}
				if remark {
					e = k // ", something Kyiv would never accept", ", a step Zelensky said would ...": a remark on the terms, none of them
					break
				}
			}
			rest := sn.span(r+3, e)
			if w := slices.IndexFunc(rest, func(t token) bool { return t.low == "would" }); w >= 0 && hasWord(rest[w+1:], "would") {
				if out := sn.continuationClauses(rest, owner, Demand); len(out) > 1 {
					return out, r
				}
			}
			return sn.emit(owner, Demand, sn.span(r+3, sn.contentEnd(r+3))), r
		}
		if named {
			sn.own("terms", owner[0]) // the "Either A, or B" that sets them out is its terms
		}
		return nil, r // "It offers Kyiv two routes to a ceasefire.": named, not yet set out
	}
	var out []found
	from := colon + 1
	if sn.low(from) == "either" {
		from++
	}
	for k := from; k <= len(sn.toks) && from < len(sn.toks); k++ {
		if k < len(sn.toks) && !(sn.low(k) == "or" && sn.low(k-1) == ",") {
			continue
		}
		end := k - b2i(k < len(sn.toks))
		for end > from && !sn.toks[end-1].word {
			end-- // the closing comma or full stop
		}
		start := from
		if w := sn.low(start); w == "for" || w == "as" || w == "while" {
			for j := start; j < end && j < start+10; j++ {
				if sn.low(j) == "," {
					start = j + 1 // "for as long as it lasts, Kyiv would halt mobilisation"
					break
				}
			}
		}
		for j := start; j < end && j < start+8; j++ {
			if w := sn.low(j); w == "includes" || w == "including" || w == "which" && sn.low(j-1) == "under" {
				start = j + 1 // "a package that includes A, B and C": what it includes
				break
			}
		}
		out = append(out, sn.emit(owner, Demand, sn.span(start, end))...)
		from = k + 1
	}
	return out, r
}

// routeGiver returns the side that gives the other the routes named at r
// ("Moscow gives Kyiv two routes", "the Kremlin offered Ukraine two
// options"), or "".
func (sn *sentence) routeGiver(r int) string {
	for v := r - 1; v > 0 && v >= r-5; v-- {
		switch sn.low(v) {
		case "sets", "set", "lays", "laid":
			if m := sn.mentAt[v-1]; sn.low(v+1) == "out" && m >= 0 && !sn.ments[m].poss && !sn.isAdjectiveMention(sn.ments[m]) {
				return sn.ments[m].party // "Moscow sets out a package under which ..."
			}
			return ""
		case "gives", "gave", "offers", "offered", "leaves", "left", "presents", "presented":
			m := sn.mentAt[v-1]
			if o := sn.mentAt[v+1]; m < 0 || sn.ments[m].poss || sn.isAdjectiveMention(sn.ments[m]) || o < 0 || sn.ments[o].party == sn.ments[m].party {
				return ""
			}
			return sn.ments[m].party
		}
	}
	return ""
}

// asksOther reports whether the sentence names a side other than owner,
// or "our" in its voice: the side the terms ask something of.
func (sn *sentence) asksOther(owner string) bool {
	for n := range sn.toks {
		if m := sn.mentAt[n]; m >= 0 && sn.ments[m].party != owner || sn.low(n) == "our" {
			return true
		}
	}
	return false
}

// routesNamed reports whether the word at k names routes a side's terms
// give: "two routes", "one of two ways", "the second option", "a
// package"; not "in many ways" or "a sanctions package".
func (sn *sentence) routesNamed(k int) bool {
	if sn.low(k) == "package" {
		w := sn.low(k - 1)
		if w == "\"" {
			w = sn.low(k - 2)
		}
		return w == "a" || w == "the" || w == "alternative" || w == "second"
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch sn.low(j) {
		case "two", "second", "alternative", "both":
			return true
		}
	}
	return sn.low(k+1) == "two" // "Route two", "Option two"
}

// eitherOrThreat reads "either Ukrainian troops leave Donbas, or Russia
// will take it by force": what the threatening side demands is the first
// branch.
func (sn *sentence) eitherOrThreat() []found {
	k := slices.IndexFunc(sn.toks, func(t token) bool { return t.low == "either" })
	if k < 0 {
		return nil
	}
	for o := k + 3; o+2 < len(sn.toks); o++ {
		if sn.low(o) != "or" {
			continue
		}
		c := o - b2i(sn.low(o-1) == ",") // where the first branch ends: "either A, or B", "either A or B"
		if f := sn.mentAt[k+1]; f >= 0 && !sn.ments[f].poss && sn.mentAt[o+1] >= 0 && slices.ContainsFunc(sn.toks[k+1:c], forceWord) {
			// "Either Russian forces take the Donbas by force, he said, or
			// Ukrainian troops leave it": the threat first, the demand after
			content := sn.span(o+1, sn.contentEnd(o+1))
			if n := len(content); n > 2 && content[n-1].low == "it" {
				for j := k + 2; j+1 < c; j++ {
					if sn.low(j) == "the" && sn.toks[j+1].caps && sn.mentAt[j+1] < 0 {
						content = append(slices.Clip(content[:n-1]), sn.span(j, j+2)...) // "leave it": leave the Donbas
						break
					}
					if sn.toks[j+1].caps && sn.mentAt[j+1] < 0 && sn.toks[j].word && !sn.toks[j].caps && sn.low(j+2) != "'s" {
						content = append(slices.Clip(content[:n-1]), sn.toks[j+1]) // "take Donbas ... leave it": leave Donbas
						break
					}
				}
			}
			return sn.emit([]string{sn.ments[f].party}, Demand, content)
		}
		m := sn.mentAt[o+1]
		if m < 0 || sn.ments[m].poss || !slices.ContainsFunc(sn.toks[o+1:], forceWord) {
			return nil
		}
		if w := sn.low(sn.ments[m].end); w != "will" && w != "would" {
			return nil
		}
		return sn.emit([]string{sn.ments[m].party}, Demand, sn.span(k+1, c))
	}
	return nil
}

// strippedWarning reads "Lavrov warned that if the understandings reached
// in Anchorage were stripped out of the plan, the situation would be
// fundamentally different": what must not be stripped out is the
// speaker's demand.
func (sn *sentence) strippedWarning() []found {
	for i := 0; i+3 < len(sn.toks); i++ {
		if w := sn.low(i); w != "if" && !(w == "should" && (i == 0 || !sn.toks[i-1].word)) {
			continue // "if X were stripped out", "should X be stripped out"
		}
		subjEnd := -1 // where the subject ends before an aside: `if the "spirit of Anchorage", the understandings ..., is stripped out`
		for k := i + 2; k+1 < len(sn.toks) && k < i+30; k++ {
			if t := sn.toks[k].text; t == "," || t == "—" || t == "–" {
				if subjEnd >= 0 {
					break
				}
				e := k + 1
				for e < len(sn.toks) && e < k+16 && sn.toks[e].text != t {
					e++
				}
				if e >= len(sn.toks) || sn.toks[e].text != t {
					break
				}
				subjEnd, k = k, e // the aside names the subject again
				continue
			}
			if !sn.toks[k].word && !quoteMark(sn.toks[k].text) && sn.toks[k].text != "-" {
				break
			}
			if sn.low(k) == "lost" && (sn.in(k-1, planNouns) || sn.in(k-1, docNouns)) || sn.rareAt(k) == rareStripped && sn.low(k) != "lost" && !sn.in(k-1, beWords) && subjEnd < 0 && k+1 < len(sn.toks) && sn.toks[k+1].word {
				// "if the revised text lost the spirit and letter of the
				// understandings reached at Anchorage, ...", "if the European
				// changes erased what he called the spirit of Anchorage":
				// what it must keep
				e := k + 1
				for e < len(sn.toks) && e < k+20 && sn.toks[e].text != "," && sn.toks[e].text != "." {
					e++
				}
				return sn.emit(sn.warner(i), Demand, sn.span(k+1, e))
			}
			if w := sn.low(k); (w == "were" || w == "was" || w == "are" || w == "is" || w == "be") && sn.low(k+1) != "lost" && sn.rareAt(k+1) == rareStripped {
				return sn.emit(sn.warner(i), Demand, sn.span(i+1, cmp.Or(max(subjEnd, 0), k)))
			}
		}
	}
	return nil
}

// reachedAgreements reads deals struck with each side apart: "The United
// States said it had reached separate agreements with Ukraine and with
// Russia to ensure safe navigation in the Black Sea": what they agreed to.
func (sn *sentence) reachedAgreements() []found {
	a := slices.IndexFunc(sn.toks, func(t token) bool { return t.low == "agreements" })
	v := a - 1 - b2i(sn.low(a-1) == "separate")
	if w := sn.low(v); a < 2 || w != "reached" && w != "signed" && w != "struck" {
		return nil
	}
	for k := a + 1; k+1 < len(sn.toks) && k <= a+9; k++ {
		switch w := sn.low(k); {
		case w == "to":
			if !sn.toks[k+1].word || sn.in(k+1, determiners) || sn.mentAt[k+1] >= 0 {
				return nil
			}
			return sn.emit(sn.warner(v), Agreement, sn.span(k+1, sn.contentEnd(k+1))) // filed under who reports the deals, else who struck them
		case w == "with" || w == "and" || w == "the" || sn.mentAt[k] >= 0:
		default:
			return nil
		}
	}
	return nil
}

// basisProviso reads the proviso on a text that "could form the basis" of
// a settlement: "The American draft could form the basis of a final
// settlement, Putin said, provided it reflects the understandings reached
// in Anchorage". The proviso is the speaker's demand. b is the first
// "basis", or -1.
func (sn *sentence) basisProviso(b int) []found {
	if b < 0 {
		return nil
	}
	for k := b + 1; k+2 < len(sn.toks) && k <= b+20; k++ {
		w := sn.low(k)
		from := -1
		switch {
		case w == "provided" || w == "providing":
			from = k + 1
		case (w == "so" || w == "as") && sn.low(k+1) == "long" && sn.low(k+2) == "as":
			from = k + 3
		}
		if from < 0 {
			continue
		}
		if a := sn.saidAside(from); a > 0 {
			from = a // "provided, Lavrov added, that ..."
		}
		if sn.low(from) == "that" {
			from++
		}
		return sn.emit(sn.warner(b), Demand, sn.span(from, sn.contentEnd(from)))
	}
	return nil
}

// basisView reads "Moscow still regards the understandings reached in
// Anchorage as the basis for any settlement": what a side holds to be the
// basis of a settlement is its demand. b is the first "basis", or -1.
func (sn *sentence) basisView(b int) []found {
	if b < 2 || !sn.anyIn(b+1, min(b+5, len(sn.toks)), peaceNouns) {
		return nil
	}
	k := b - 1 - b2i(sn.low(b-1) == "only" || sn.low(b-1) == "sole" || sn.low(b-1) == "main")
	if sn.low(k) != "the" {
		return nil
	}
	as := k - b2i(sn.low(k-1) == "as")
	for v := as - 2; v > 0 && v >= as-14; v-- {
		switch sn.low(v) {
		case "regards", "regarded", "sees", "saw", "considers", "considered", "views", "viewed", "treats", "treated":
			if sn.inCondition(v) {
				return nil
			}
			if sn.negated(v) || as == k && !strings.HasPrefix(sn.low(v), "consider") {
				return nil // "sees X as the basis", "considers X the basis"
			}
			parties, _ := sn.subjectOf(v)
			return sn.emit(parties, Demand, sn.span(v+1, as))
		}
		if !sn.toks[v].word {
			return nil
		}
	}
	return nil
}

// warner returns who warns of the condition opening at i: whoever reports
// it, else the subject of the clause it hangs on.
func (sn *sentence) warner(i int) []string { return sn.orSubject(sn.reporter(i), i) }

// percentAgreed reads "roughly 90 per cent of the issues had been settled",
// "the 20-point framework was about ninety percent agreed": the share of a
// text the sides have agreed on is an agreement of theirs.
func (sn *sentence) percentAgreed() []found {
	for k := 1; k < len(sn.toks); k++ {
		if !sn.rareAt(k).has(rarePercent) {
			continue
		}
		for a := k + 1; a < len(sn.toks) && a <= k+12; a++ {
			w := sn.low(a)
			if w != "agreed" && w != "settled" && w != "resolved" {
				if !sn.toks[a].word || sn.in(a, clauseWords) && w != "between" {
					break
				}
				continue
			}
			if sn.negated(a) || sn.quoted[a] {
				return nil
			}
			parties := sn.bothSides()
			if m := slices.IndexFunc(sn.ments, func(m mention) bool { return !m.poss }); m >= 0 {
				parties = []string{sn.ments[m].party}
			}
			cs := k
			for cs > 0 && cs > k-14 && sn.toks[cs-1].word && !sn.in(cs-1, speechVerbs) && !sn.participleSpeechAt(cs-1) && sn.low(cs-1) != "which" && !(sn.low(cs-1) == "that" && sn.anyIn(max(0, cs-4), cs-1, speechVerbs)) {
				cs-- // back to what is said: "were saying the 20-point framework was ..."
			}
			return sn.emit(parties, Agreement, sn.span(cs, a+1))
		}
	}
	return nil
}

// refusalThreat reads "if Kyiv refused to discuss it, Russian forces would
// keep advancing" (or the threat first): what the threatening side
// demands is that the other not refuse.
func (sn *sentence) refusalThreat() []found {
	for i := 0; i+4 < len(sn.toks); i++ {
		if sn.low(i) != "if" {
			continue
		}
		m := sn.mentAt[i+1+b2i(sn.low(i+1) == "the")]
		if m < 0 || sn.ments[m].poss {
			continue
		}
		p := sn.ments[m]
		if !sn.rareAt(p.end).has(rareRefused) {
			continue
		}
		var act []token // what the side is asked to do
		e := -1
		if sn.low(p.end+1) == "to" && sn.bareVerb(p.end+2) {
			e = sn.contentEnd(p.end + 2)
			if c := slices.IndexFunc(sn.toks[p.end+2:e], func(t token) bool { return t.text == "," }); c >= 0 {
				e = p.end + 2 + c // "if Kyiv refused to discuss it, Russian forces would ..."
			}
			act = sn.span(p.end+2, e)
		} else if w := sn.low(p.end + 1); (w == "it" || w == "the") && sn.low(p.end+2+b2i(w == "the")) == "," {
			// "The American text could form the basis, Putin said, adding
			// that if Kyiv refused it, Russian troops would take more
			// land": Kyiv to accept the text
			e = p.end + 2 + b2i(w == "the")
			text := sn.span(p.end+1, e)
			if w == "it" {
				text = sn.planBefore(i)
			}
			if len(text) == 0 {
				continue
			}
			act = append([]token{madeWord("accept")}, text...) // a copy: the text's first word is changed below
			act[1].space = true
			if act[1].low == "the" {
				act[1].text = "the" // "The American text" that opened the sentence
			}
		} else {
			continue
		}
		for _, q := range sn.ments {
			v := q.end + b2i(sn.in(q.end, agentNouns)) // "Russian forces would"
			if q.party == p.party || q.poss || (q.start < e && q.end > i) || !slices.Contains(sn.st.sides, q.party) {
				continue
			}
			if w := sn.low(v); w == "would" || w == "will" || w == "could" {
				to := madeWord("to")
				content := append(append(slices.Clone(sn.span(p.start, p.end)), to), act...)
				return sn.emit([]string{q.party}, Demand, content)
			}
		}
	}
	return nil
}

// planBefore returns the plan or text named last before i ("The American
// text"), or nil.
func (sn *sentence) planBefore(i int) []token {
	for k := i - 1; k >= 0; k-- {
		if sn.in(k, planNouns) || sn.in(k, termNouns) {
			return sn.nounBefore(k + 1)
		}
	}
	return nil
}

// withoutCondition reads "Without a settlement of the territorial
// question, he said, there could be no lasting peace": what peace cannot
// come without is the speaker's demand.
func (sn *sentence) withoutCondition() []found {
	i := slices.IndexFunc(sn.toks, func(t token) bool { return t.low == "without" })
	if i < 0 {
		return nil
	}
	if fs := sn.noPeaceWithout(); fs != nil {
		return fs
	}
	if fs := sn.nothingWithout(i); fs != nil {
		return fs
	}
	if i != sn.nextWord(0, false) && (i < 1 || sn.low(i-1) != "that" || !sn.reported(i)) {
		// not "Ushakov said that without a solution to the territorial
		// question there could be no hope of a settlement"
		return nil
	}
	comma := -1
	for k := i + 2; k < len(sn.toks) && k < i+24; k++ {
		if sn.toks[k].text == "," || sn.low(k) == "there" && thereBe[sn.low(k+1)] {
			comma = k
			break
		}
	}
	if comma < 0 {
		return nil
	}
	main := comma + 1
	if sn.low(comma) == "there" {
		main = comma
	}
	var parties []string
	if i > 0 {
		parties = sn.speaker(i) // "Ushakov said that without ...": who said it
	}
	if a := sn.speechAside(comma); a > 0 {
		for v := comma + 1; v < a; v++ {
			if sn.in(v, speechVerbs) {
				parties, _ = sn.subjectOf(v)
			}
		}
		main = a
	}
	peace, no := false, false
	for k := main; k < len(sn.toks); k++ {
		switch sn.low(k) {
		case "no", "not", "cannot", "never":
			no = true
		default:
			if sn.in(k, peaceNouns) {
				peace = no
			}
		}
	}
	if !peace {
		return nil
	}
	if len(parties) == 0 {
		parties = sn.speaker(main)
	}
	return sn.emit(parties, Demand, sn.span(i+1, comma))
}

// peaceNouns are what a side says there can be no ... without.
var peaceNouns = set("peace", "settlement", "deal", "ceasefire", "agreement", "truce")

// noPeaceWithout reads the condition after the denial: "there can be no
// long-term settlement without resolving the territorial issue in line
// with the Anchorage formula", Ushakov repeated; "there was no hope of a
// settlement without ...", "a lasting settlement could not be reached
// without ...".
func (sn *sentence) noPeaceWithout() []found {
	for w := 2; w+1 < len(sn.toks); w++ {
		if sn.low(w) != "without" {
			continue
		}
		cs := sn.clauseStart(w)
		peace, no := false, false
		for k := cs; k < w; k++ {
			switch {
			case sn.in(k, peaceNouns) || dealVerbs[sn.low(k)] && sn.in(k-1, beWords): // "several points cannot be settled without European agreement"
				peace = true
			case sn.low(k) == "no" || sn.low(k) == "not" || sn.low(k) == "cannot" || sn.low(k) == "never" || strings.HasSuffix(sn.low(k), "n't"):
				no = true
			}
		}
		if !peace || !no || sn.quoted[w] != sn.quoted[cs] {
			continue
		}
		end := sn.contentEnd(w + 1)
		if m := sn.mentAt[min(w+1+b2i(sn.low(w+1) == "the"), len(sn.toks)-1)]; m >= 0 && sn.ments[m].end >= end {
			continue // "No decision about Ukraine's territory could be taken without Ukraine": the slogan (nothingWithout)
		}
		parties := sn.reporter(cs)
		if len(parties) == 0 {
			parties = sn.speaker(cs)
		}
		if sn.in(w+1, possPronouns) {
			// "anything touching NATO cannot be settled without their
			// approval": the whole condition, whose "their" is the speaker
			return sn.emit(parties, Demand, sn.span(cs, end))
		}
		return sn.emit(parties, Demand, sn.span(w+1, end))
	}
	return nil
}

// nothingWithout reads the slogan "No decisions about Ukraine without
// Ukraine", "nothing about Ukraine decided without Ukraine", whose
// "without" is at i: the speaker's demand to be at the table.
func (sn *sentence) nothingWithout(i int) []found {
	m := sn.mentAt[min(sn.nextWord(i+1, false)+b2i(sn.low(i+1) == "the"), len(sn.toks)-1)]
	if m < 0 {
		return nil
	}
	for k := max(0, i-18); k < i; k++ {
		a := k + 2 + b2i(sn.low(k) == "no") // "nothing about Ukraine", "no decisions about Ukraine"
		if w := sn.low(k); (w == "no" && (sn.low(k+1) == "decision" || sn.low(k+1) == "decisions") || w == "nothing") && a < i && sn.mentAt[a] >= 0 && sn.ments[sn.mentAt[a]].party == sn.ments[m].party {
			parties := sn.reporter(k)
			if len(parties) == 0 {
				parties = sn.speaker(k)
			}
			if b, e := sn.asideIn(sn.ments[sn.mentAt[a]].end, i); e > 0 {
				// "Nothing about Ukraine, they added, can be decided without
				// Ukraine": who added it, and the words without the aside
				if p := sn.asideSpeaker(k, e); len(p) > 0 {
					parties = p
				}
				return sn.emit(parties, Demand, append(slices.Clone(sn.span(k, b)), sn.span(e, sn.ments[m].end)...))
			}
			return sn.emit(parties, Demand, sn.span(k, sn.ments[m].end))
		}
	}
	return nil
}

// asideIn returns where a speech aside between a and b opens and closes
// ("No decision about Ukraine's territory, they said in a joint
// statement, could be taken"), or -1, -1.
func (sn *sentence) asideIn(a, b int) (int, int) {
	for k := a; k < b; k++ {
		if e := sn.saidAside(k); e > 0 && e < b {
			return k, e
		}
	}
	return -1, -1
}

// summitOnly reads "a meeting of the leaders made sense only to sign a
// final agreement, Medinsky said", "a summit should be held only once a
// document is ready", "would be possible only to finalise", "an energy
// truce is possible only as part of a settlement": the condition a
// speaker puts on a meeting or a truce (whose "only if", "only after"
// other cues read).
func (sn *sentence) summitOnly() []found {
	for i := 2; i+2 < len(sn.toks); i++ {
		if sn.low(i) != "only" {
			continue
		}
		if !sn.meetingOnly(i) {
			continue
		}
		cs := sn.clauseStart(i)
		if sn.low(i-1) == "but" {
			// "A meeting is possible, Peskov told reporters, but only after
			// ...": from the meeting on
			if p := slices.IndexFunc(sn.toks[:i], func(t token) bool { return t.low == "possible" }); p > 0 {
				cs = sn.clauseStart(p)
			}
		}
		for k := cs - 1; k > 0 && k >= cs-12; k-- {
			if a := sn.saidAside(k); a > cs {
				cs = sn.clauseStart(k) // "A meeting, the Kremlin spokesman told reporters in Moscow, could happen only ...": over the aside
				break
			}
		}
		for v := i - 1; v > cs; v-- {
			if sn.low(v) == "saying" || sn.low(v) == "arguing" {
				cs = v + 1 // "..., with Medinsky saying a summit made sense only ..."
				break
			}
		}
		view := sn.viewAside(i)
		if !slices.ContainsFunc(sn.toks[:i], func(t token) bool {
			return t.low == "summit" || t.low == "meeting" || t.low == "leaders" || t.low == "meet" || (t.low == "ceasefire" || t.low == "truce") && (sn.low(i+1) == "as" || sn.low(i+1) == "follow")
		}) || !sn.reported(cs) && sn.trailingSpeech() < 0 && sn.labelSpeaker() == nil && view == nil && !slices.ContainsFunc(sn.toks[max(0, cs-4):i], func(t token) bool {
			return t.in(speechVerbs) || t.low == "saying" || t.low == "holds" || t.low == "maintains" || t.low == "went"
		}) {
			return nil
		}
		end := sn.contentEndOf(i+1, true)
		var content []token
		for k := cs; k < end; k++ {
			if a := sn.saidAside(k); a > 0 && a <= i {
				k = a - 1 // "A meeting, he said, made sense ...": not the aside
				continue
			}
			content = append(content, sn.toks[k])
		}
		speakers := sn.asideSpeaker(cs, i) // "a summit, the Kremlin aide replied, made sense only ..."
		if len(speakers) == 0 {
			speakers = sn.labelSpeaker() // "PESKOV: A meeting ... is possible, but only ..."
		}
		if k := sn.trailingSpeech(); len(speakers) == 0 && k > i {
			speakers = sn.saidBy(k) // "... made sense only to sign a final agreement, said the head of the Russian team"
		}
		if len(speakers) == 0 {
			speakers = view // "A meeting, in the Russian reading, could take place only for the signing ..."
		}
		if len(speakers) == 0 {
			speakers = sn.speakerBefore(cs)
		}
		return sn.emit(speakers, Demand, content)
	}
	return nil
}

// saidBy returns who speaks at the trailing speech verb k: the name after
// it ("said the head of the Russian team, Vladimir Medinsky"), else its
// subject ("Medinsky said").
func (sn *sentence) saidBy(k int) []string {
	for n := k + 1; n < len(sn.toks) && n <= k+6 && sn.toks[n].word && (!sn.in(n, prepositions) || sn.low(n) == "of"); n++ {
		if m := sn.mentAt[n]; m >= 0 {
			if sn.ments[m].poss {
				break // "..., asked about Kyiv's call"
			}
			return []string{sn.ments[m].party}
		}
	}
	p, _ := sn.subjectOf(k)
	return p
}

// meetingOnly reports whether the "only" at i restricts when a meeting
// happens: "made sense only", `made sense "only ...`, "be held only",
// "take place only", "meet only", "possible only", "come only", "is
// possible in principle, but only ...", "could only come".
func (sn *sentence) meetingOnly(i int) bool {
	if n := sn.low(i + 1); (n == "made" || n == "makes" || n == "make") && sn.low(i+2) == "sense" {
		return true // "a meeting only made sense at the very end of the process"
	}
	q := i - 1
	if t := sn.toks[q].text; t == "\"" || t == "“" {
		q--
	}
	if m := sn.mentAt[max(q, 0)]; m >= 0 && !sn.ments[m].poss {
		q = sn.ments[m].start - 1 // "would meet Zelensky only once ..."
	}
	if k := sn.asideBefore(i); k > 0 && sn.low(q) == "," {
		q = k - 1 // "made sense, he said, only if ..."
	}
	switch p, pp := sn.low(q), sn.low(q-1); p {
	case "sense":
		return pp == "make" || pp == "makes" || pp == "made"
	case "place":
		return strings.HasPrefix(pp, "t") // "take", "takes", "took"
	case "held", "meet", "possible", "come", "happen", "happens":
		return true
	case "but":
		return slices.ContainsFunc(sn.toks[max(0, q-12):q], func(t token) bool { return t.low == "possible" }) // "is possible, Peskov told reporters, but only after ..."
	case "could", "would", "can":
		n := sn.low(i + 1)
		return n == "come" || n == "happen" || n == "take" || n == "follow" // "a ceasefire can only follow an agreement on its terms"
	case "should":
		n := sn.low(i + 1)
		return n == "put" || n == "sign" || n == "seal" || n == "crown" // "a summit of that kind should only put the final signature on a finished deal"
	}
	return false
}

// labelSpeaker returns the party of a transcript's speaker label that
// opens the sentence ("PESKOV: ...", "Umerov: ..."), or nil.
func (sn *sentence) labelSpeaker() []string {
	if m := sn.mentAt[0]; m >= 0 && !sn.ments[m].poss && sn.low(sn.ments[m].end) == ":" {
		return []string{sn.ments[m].party}
	}
	return nil
}

// speakerBefore returns who speaks the clause at cs: the subject of the
// nearest speech verb before it ("which the Kremlin says would ..."), else
// the speaker of the sentence.
func (sn *sentence) speakerBefore(cs int) []string {
	for v := cs - 1; v >= 0 && v >= cs-4; v-- {
		if sn.in(v, speechVerbs) || sn.low(v) == "saying" || sn.verbCue(v) == Demand && sn.low(v+1) == "that" { // "Medinsky dismissed the idea, insisting that such a summit should ..."
			if p, _ := sn.subjectOf(v); len(p) > 0 {
				return p
			}
			break
		}
	}
	return sn.speaker(cs)
}

// noDealBefore reads "Zelensky has said that no deal can be signed before
// the guarantees are ratified by Congress": what must come first is the
// speaker's demand.
func (sn *sentence) noDealBefore() []found {
	for i := 0; i+5 < len(sn.toks); i++ {
		if sn.low(i) != "no" || !sn.dealAhead(i+1) {
			continue
		}
		k := i + 2
		if !thereBe[sn.low(k)] || sn.low(k+1) != "be" || !strings.HasSuffix(sn.low(k+2), "ed") && !sn.in(k+2, pastTenses) {
			return nil
		}
		switch sn.low(k + 3) {
		case "before", "until", "unless", "without":
		default:
			return nil
		}
		from := k + 4
		if !sn.reported(sn.clauseStart(i)) {
			return nil
		}
		return sn.emit(sn.speaker(sn.clauseStart(i)), Demand, sn.span(from, sn.contentEnd(from)))
	}
	return nil
}

// ownForcesStay reads "Ushakov said that even in a demilitarised zone
// Russian police and National Guard units would remain": a side that says
// its own forces would stay demands that they may.
func (sn *sentence) ownForcesStay() []found {
	for k := 2; k < len(sn.toks); k++ {
		if w := sn.low(k); w != "remain" && w != "stay" {
			continue
		}
		aux := k - 1
		if sn.low(aux) == "to" && (sn.low(aux-1) == "have" || sn.low(aux-1) == "need") && sn.low(aux-2) == "would" {
			aux -= 2 // "would have to remain"
		}
		if sn.low(aux) != "would" && sn.low(aux) != "will" {
			continue
		}
		start := sn.clauseStart(aux)
		for n := aux - 1; n > start; n-- {
			if !sn.toks[n].word {
				start = n + 1 // "even in a demilitarised zone, Russian police ..."
				break
			}
		}
		for start < k && !sn.toks[start].caps {
			start++ // "even in a demilitarised zone Russian police": from the name on
		}
		m := sn.mentAt[min(start, len(sn.toks)-1)]
		if m < 0 || !sn.isAdjectiveMention(sn.ments[m]) {
			continue
		}
		party := sn.ments[m].party
		for v := 0; v < start; v++ {
			if sn.in(v, speechVerbs) || sn.participleSpeechAt(v) {
				sp, _ := sn.subjectOf(v)
				if len(sp) == 1 && sp[0] == party {
					return sn.emit(sp, Demand, sn.span(start, sn.contentEnd(k+1)))
				}
				break
			}
		}
	}
	return nil
}

// textFinished reads "the 20-point framework that Ukrainian and American
// negotiators finished in Florida": a text the sides have settled.
func (sn *sentence) textFinished() []found {
	for k := 3; k < len(sn.toks); k++ {
		switch sn.low(k) {
		case "finished", "finalised", "finalized", "completed":
		default:
			continue
		}
		that := -1
		for n := k - 1; n > 0 && n > k-8; n-- {
			if sn.low(n) == "that" || sn.low(n) == "which" {
				that = n
				break
			}
		}
		if that < 1 || !sn.in(that-1, planNouns) || sn.negated(k) {
			continue
		}
		var parties []string
		for n := that + 1; n < k; n++ {
			if m := sn.mentAt[n]; m >= 0 {
				parties = []string{sn.ments[m].party}
				break
			}
		}
		if len(parties) == 0 {
			continue
		}
		return sn.emit(parties, Agreement, sn.span(sn.phraseStart(that-1), that))
	}
	return nil
}

// rare records, in one pass, whether the sentence holds the words that
// the sentence-wide readings look for: "under" (a package under which),
// "remain"/"stay" (forces that would stay), "finished" and the like (a
// text the sides settled), "outlined" and the like (points set out),
// "only" (a meeting that makes sense only to sign), "list" (a side's list
// set out after a colon), "either" (either A, or a threat), "asked" (the
// answer to "Asked what Kyiv should do"), "refused" (a threat if a side
// refused), "per cent" (a share of a text agreed), "stripped" (a warning
// if a text lost something), "between", "thing", "joint", "sides" (what
// both sides settled or say together), "home" (people an exchange brought
// home), "violation", "breach", "defend" (what a side would count as a
// breach), "continue", "resume" (talks that go on), "refrain", "hold"
// (fire held on a condition), "request" (what was done at a side's
// request), "routes", "options", "package" (the routes a side's terms
// give), "root" (causes), "basis" (a text's proviso), "agreements"
// (reached with each side), "legitimate" (foreign troops as targets) and
// "appropriate", "right" (the time for a side to act);
// most sentences hold none, and skip those readings.
type rare uint32

// has reports whether r holds any of the bits of b.
func (r rare) has(b rare) bool { return r&b != 0 }

// The bits of rare, one per kind of word.
const (
	rareUnder rare = 1 << iota
	rareStay
	rareFinished
	rareOutlined
	rareOnly
	rareList
	rareEither
	rareAsked
	rareRefused
	rarePercent
	rareStripped
	rareShared
	rareHome
	rareBreach
	rareGoOn
	rareHold
	rareRoutes
	rareRoot
	rareBasis
	rareAgreements
	rareTargets
	rareTime
)

// rareBits are the words rareWords looks for, each with its bit; the
// vocabulary records them, so that a token answers by a field read.
var rareBits = map[string]rare{
	"under": rareUnder, "remain": rareStay, "stay": rareStay,
	"finished": rareFinished, "finalised": rareFinished, "finalized": rareFinished, "completed": rareFinished,
	"outlined": rareOutlined, "listed": rareOutlined, "raised": rareOutlined, "named": rareOutlined, "set": rareOutlined, "laid": rareOutlined,
	"only": rareOnly, "list": rareList, "wishlist": rareList, "either": rareEither, "asked": rareAsked,
	"refused": rareRefused, "refuses": rareRefused, "refuse": rareRefused, "cent": rarePercent, "percent": rarePercent,
	"stripped": rareStripped, "erased": rareStripped, "removed": rareStripped, "lost": rareStripped, "watered": rareStripped,
	"between": rareShared, "thing": rareShared, "joint": rareShared, "sides": rareShared, "delegations": rareShared,
	"home": rareHome, "freed": rareHome, "released": rareHome, "exchanged": rareHome, "swapped": rareHome,
	"violation": rareBreach, "breach": rareBreach, "defend": rareBreach,
	"continue": rareGoOn, "continued": rareGoOn, "resume": rareGoOn, "resumed": rareGoOn,
	"refrain": rareHold, "hold": rareHold, "request": rareHold,
	"routes": rareRoutes, "route": rareRoutes, "ways": rareRoutes, "paths": rareRoutes, "options": rareRoutes,
	"option": rareRoutes, "variants": rareRoutes, "package": rareRoutes,
	"root": rareRoot, "basis": rareBasis, "agreements": rareAgreements, "legitimate": rareTargets,
	"appropriate": rareTime, "right": rareTime,
}

func (sn *sentence) rareWords() rare {
	var bits rare
	for i := range sn.toks {
		bits |= sn.toks[i].rare()
	}
	return bits
}

// rare returns the token's bits in rareBits.
func (t *token) rare() rare {
	if t.info != nil {
		return t.info.rare
	}
	if t.looked {
		return 0 // the vocabulary holds every rare word
	}
	return rareBits[t.low] // a token made without the vocabulary
}

// rareAt returns token k's bits in rareBits.
func (sn *sentence) rareAt(k int) rare {
	if k < 0 || k >= len(sn.toks) {
		return 0
	}
	return sn.toks[k].rare()
}

// withList returns the "with" of "came with a short list" before the
// "list" at i, or -1.
func (sn *sentence) withList(i int) int {
	k := i - 1
	for n := 0; n < 2 && k > 0 && sn.toks[k].word && !sn.in(k, determiners); n++ {
		k-- // "short", "familiar"
	}
	if (sn.low(k) == "a" || sn.low(k) == "the") && sn.low(k-1) == "with" {
		return k - 1
	}
	return -1
}

// listColon reads "The rest of Ukraine's list, restated by officials this
// week, is familiar: a full ceasefire ..., and security guarantees": the
// items after the colon are the demands of the side whose list it is.
func (sn *sentence) listColon() []found {
	for i := 1; i < len(sn.toks); i++ {
		if w := sn.low(i); w != "list" && w != "wishlist" {
			continue
		}
		var parties []string
		owner := i - 1 - b2i(sn.low(i-1) == "wish") // "Kyiv's wish list"
		if sn.low(i+1) == "of" && sn.nounCue(i+2) == "" && sn.nounCue(i+3) == "" {
			continue // "its own list of facilities covered:": what a deal covers, not what a side wants
		}
		if m := sn.mentAt[max(owner-1, 0)]; sn.low(owner) == "own" && m >= 0 && sn.ments[m].poss {
			owner-- // "Kyiv's own list is shorter:"; but "The Kremlin published its own list:" of what a deal covers
		}
		if m := sn.mentAt[owner]; m >= 0 && sn.ments[m].poss {
			parties, owner = []string{sn.ments[m].party}, sn.ments[m].start
		} else if sn.in(i-1, possPronouns) {
			parties = sn.pronoun(i - 1)
		} else if w := sn.withList(i); w > 1 && sn.toks[w-1].word {
			parties, _ = sn.subjectOf(w - 1) // "Kyiv had come with a short list:": Kyiv's
			owner = w
		} else if sn.st.lastDemParty != "" && sn.st.lastDemAt == sn.st.sentences-1 && sn.listFollows(i) {
			parties = []string{sn.st.lastDemParty} // "It wants a cap on the army. And then comes a long list: ...": the same side's
		}
		for k := max(0, owner-4); k < owner; k++ {
			if w := sn.low(k); w == "absent" || w == "missing" || w == "not" || w == "off" || w == "left" {
				return nil // "Notably absent from the Kremlin's list: ..."
			}
		}
		v := i + 1 + b2i(sn.low(i+1) == "also")
		o := owner - b2i(sn.low(owner-1) == "the") // "Top of the Kremlin's list"
		p, pp := sn.low(o-1), sn.low(o-2)
		top := p == "of" && (pp == "top" || pp == "head") || p == "on" && (pp == "high" || pp == "first" || pp == "top") // "(At the) top of Kyiv's list is ..."
		if w := sn.low(v); len(parties) > 0 && (w == "includes" || w == "included" || w == "include" || w == "contains" || top && (w == "is" || w == "was")) && sn.toks[min(v+1, len(sn.toks)-1)].word {
			e := sn.contentEndOf(v+1, true)
			if slices.ContainsFunc(sn.cues, func(c cue) bool { return c.at > v && c.at < e }) {
				return nil
			}
			return sn.emit(parties, Demand, sn.span(v+1, e)) // "Moscow's list also includes caps on the army, ... and the lifting of sanctions"
		}
		k := sn.colonAfter(i + 1)
		if len(parties) == 0 || k < 0 || slices.ContainsFunc(sn.cues, func(c cue) bool { return c.at > i && c.at < k }) || sn.clauseAt(k+1) {
			return nil // but "Kyiv's list: Ukraine had sent its own memorandum ...": a clause of its own, no item
		}
		return sn.emit(parties, Demand, sn.span(k+1, sn.contentEndOf(k+1, true)))
	}
	return nil
}

// soleParty returns the one party the sentence names, however often, or ""
// when it names none or several.
func (sn *sentence) soleParty() string {
	if len(sn.ments) == 0 {
		return ""
	}
	p := sn.ments[0].party
	if slices.ContainsFunc(sn.ments, func(m mention) bool { return m.party != p }) {
		return ""
	}
	return p
}

// afterLabel returns the first word of the sentence after an answer's
// label and quote marks ("A: \"An exchange of ...": at "An").
func (sn *sentence) afterLabel() int {
	k := sn.nextWord(0, false)
	if sn.low(k+1) == ":" && sn.toks[k].caps {
		k = sn.nextWord(k+2, false)
	}
	return k
}

// expectsAnnounced returns the side whose expectations a sentence
// announces for the next one to set out ("Merz sets out what Europe
// expects."), or "".
func (sn *sentence) expectsAnnounced() string {
	n := len(sn.toks) - 1
	if n < 3 || sn.toks[n].text != "." {
		return ""
	}
	if c := n - 2 - b2i(moreWords[sn.low(n-2)]); thingsNouns[sn.low(n-1)] == Demand && countWords[sn.low(c)] && sn.low(c-1) == "on" && strings.HasPrefix(sn.low(c-2), "insist") && !sn.negated(c-2) {
		if p, _ := sn.subjectOf(c - 2); len(p) == 1 {
			return p[0] // "European officials insist on two more points." then "A must ...; B must ..."
		}
	}
	if w := sn.low(n - 1); w == "terms" || w == "conditions" || w == "demands" || w == "preconditions" || w == "requirements" {
		// "The Kremlin set out its terms." then "First, Ukraine must leave
		// Donbas. Second, it must ...": the terms that follow are its
		v := n - 2 - b2i(sn.in(n-2, possPronouns))
		if sn.low(v) == "out" && (sn.low(v-1) == "set" || sn.low(v-1) == "sets" || sn.low(v-1) == "laid" || sn.low(v-1) == "lays" || sn.low(v-1) == "spelled" || sn.low(v-1) == "spelt") {
			v--
		} else if w := sn.low(v); w != "outlined" && w != "outlines" && w != "listed" && w != "lists" && w != "presented" && w != "presents" {
			return ""
		}
		if p, _ := sn.subjectOf(v); len(p) == 1 && !sn.negated(v) {
			return p[0]
		}
		return ""
	}
	switch sn.low(n - 1) {
	case "expects", "expected", "wants", "wanted", "demands", "demanded", "needs", "requires":
		m := sn.mentAt[n-2]
		if m < 0 || sn.ments[m].poss || sn.low(sn.ments[m].start-1) != "what" {
			return ""
		}
		switch v := sn.ments[m].start - 2; sn.low(v) {
		case "out", "outlined", "outlines", "explained", "explains", "listed", "lists", "set", "sets": // "sets out what Europe expects"
			if !sn.negated(v) {
				return sn.ments[m].party
			}
		}
	}
	return "" // but "Nobody knows what Russia wants."
}

// listFollows reports whether the list noun at i is announced as coming
// next, with no owner of its own: "then comes a long list", "there follows
// a list".
func (sn *sentence) listFollows(i int) bool {
	k := i - 1
	for sn.low(k) == "long" || sn.low(k) == "longer" || sn.low(k) == "whole" {
		k--
	}
	if sn.low(k) != "a" {
		return false
	}
	switch sn.low(k - 1) {
	case "comes", "came", "follows", "followed":
		return true
	case "is", "was":
		return sn.low(k-2) == "there"
	}
	return false
}

// clauseAt reports whether a clause of its own starts at k: a party and
// its verb ("Ukraine had sent", "Moscow wants").
func (sn *sentence) clauseAt(k int) bool {
	if sn.partyVerbAt(k) {
		return true
	}
	m := sn.mentAt[min(k, len(sn.toks)-1)]
	if m < 0 || sn.ments[m].start != k || sn.ments[m].poss {
		return false
	}
	e := sn.ments[m].end
	if w := sn.low(e); (strings.HasSuffix(w, "ed") && sn.in(e+1, determiners)) || (sn.toks[min(e, len(sn.toks)-1)].word && particleAfter[sn.low(e+1)] && sn.in(e+2, determiners)) {
		return true // "...: Vladimir Medinsky handed over a memorandum"
	}
	return sn.in(e, pastTenses) || sn.low(e) == "had" || sn.low(e) == "has" || sn.low(e) == "was" || sn.low(e) == "were"
}

// particleAfter are the particles of phrasal verbs: "handed over", "set
// out".
var particleAfter = map[string]bool{"over": true, "out": true, "up": true, "down": true, "back": true, "forward": true}

// anyWhich reports whether content is a class of things set by a relative
// clause: "any settlement that forced it to ...", "any deal in which land
// was traded away".
func anyWhich(content []token) bool {
	if len(content) < 4 || content[0].low != "any" || claimNouns[content[1].low] {
		return false // but "rejected any suggestion that relief was part of the deal": a claim, denied
	}
	for k := 2; k < len(content)-1 && k <= 4; k++ {
		switch content[k].low {
		case "that", "which", "where":
			return true
		case "in", "under":
			return content[k+1].low == "which"
		}
	}
	return false
}

// claimNouns take a clause that says what is claimed: "any suggestion that".
var claimNouns = map[string]bool{"suggestion": true, "claim": true, "claims": true, "idea": true, "notion": true, "report": true, "reports": true,
	"accusation": true, "accusations": true, "allegation": true, "allegations": true, "assertion": true, "talk": true, "speculation": true, "impression": true}

// deadlineIn reports whether content sets a date: "an answer by
// Thanksgiving", "meet before the end of June".
func deadlineIn(content []token) bool {
	for k := 0; k+1 < len(content); k++ {
		if w := content[k].low; w != "by" && w != "before" {
			continue
		}
		n := content[k+1].low
		if n == "the" && k+3 < len(content) && content[k+2].low == "end" && content[k+3].low == "of" {
			return true
		}
		if n == "thanksgiving" || n == "christmas" || content[k+1].caps && (content[k+1].in(timeNouns) || content[k+1].in(months)) {
			return true
		}
	}
	return false
}

// deadlineDropped reports whether the sentence says a deadline went: "the
// deadline had softened", "he said the deadline was when the war was
// over", "Thursday is not a hard date, and we've dropped it", "softened
// into a request with no date attached".
func (sn *sentence) deadlineDropped() bool {
	at := slices.IndexFunc(sn.toks, func(t token) bool { return t.low == "deadline" || t.low == "date" })
	if at < 0 {
		return false
	}
	for k, t := range sn.toks {
		switch t.low {
		case "softened", "dropped", "scrapped", "abandoned", "relaxed", "lifted":
			return true
		case "go":
			if sn.low(k-2) == "let" {
				return true // "he let that go"
			}
		case "hard":
			if sn.low(k-1) == "a" && sn.low(k-2) == "not" {
				return true // "is not a hard date"
			}
		case "when", "whenever":
			if b := k - 1 - b2i(quoteMark(sn.low(k-1))); k > at && sn.in(b, beWords) {
				return true // "the deadline was when the war was over", `was "when it's over"`
			}
		case "longer":
			if sn.low(k-1) == "no" {
				return true // "officials no longer mention the date"
			}
		}
	}
	return false
}

// thatDropped returns where the sentence says the position just named was
// given up ("That precondition has been quietly dropped", "Kyiv let that
// condition drop", "Moscow abandoned this demand"), or -1.
func (sn *sentence) thatDropped() int {
	for k := 0; k+1 < len(sn.toks); k++ {
		if w, n := sn.low(k), sn.low(k+1); (w != "that" && w != "this") || !stanceNouns.has(n) || n == "deadline" || n == "ultimatum" {
			continue // a deadline dropped is deadlineDropped's
		}
		if n := sn.low(k + 2); dropVerbs.has(sn.low(k-1)) || sn.low(k-1) == "let" && (n == "drop" || n == "go" || n == "lapse") {
			return k
		}
		for n := k + 2; n < len(sn.toks) && n <= k+6 && sn.toks[n].word; n++ {
			if dropVerbs.has(sn.low(n)) {
				return k
			}
		}
	}
	return -1
}

// dropperIs reports whether whoever gave up the position named at k is
// party: the subject of "dropped that demand" or "let that condition
// drop", not "Trump came home having dropped that goal" after Putin's
// demand; a passive ("That precondition has been dropped") names no one.
func (sn *sentence) dropperIs(k int, party string) bool {
	if v := k - 1; dropVerbs.has(sn.low(v)) || sn.low(v) == "let" {
		p, _ := sn.subjectOf(v)
		return len(p) == 0 && sn.clauseStart(v) == 0 || len(p) > 0 && p[0] == party
	}
	return true
}

// overlap reports whether two contents of one sentence share a token.
func overlap(a, b []token) bool {
	return len(a) > 0 && len(b) > 0 && a[0].pos <= b[len(b)-1].pos && b[0].pos <= a[len(a)-1].pos
}

// settledByBoth reads what the sentence says both sides settled on: "The
// follow-up was settled between the delegations: each would set out
// ...", "The one thing both delegations signed up to was a swap of
// 1,000 prisoners for 1,000".
func (sn *sentence) settledByBoth() []found {
	for k := 1; k+3 < len(sn.toks); k++ {
		switch w := sn.low(k); {
		case (w == "settled" || w == "agreed" || w == "decided" || w == "arranged") && sn.low(k+1) == "between":
			for n := k + 2; n < len(sn.toks) && n <= k+5; n++ {
				if sn.low(n) == ":" && slices.ContainsFunc(sn.toks[k+2:n], func(t token) bool { return t.in(bothNouns) }) {
					return sn.emit(sn.bothSides(), Agreement, sn.span(n+1, sn.contentEndOf(n+1, true)))
				}
			}
		case w == "thing" && sn.eachSide(k+2) && (sn.low(k+3) == "agreed" || sn.low(k+3) == "signed" || sn.low(k+3) == "settled"):
			for n := k + 4; n < len(sn.toks) && n <= k+7; n++ {
				if sn.in(n, beWords) {
					return sn.emit(sn.bothSides(), Agreement, sn.span(n+1, sn.contentEnd(n+1)))
				}
			}
		}
	}
	return nil
}

// firstNamed returns the party content names first, or "": "a meeting
// between Zelensky and Putin" names Ukraine first.
func (sn *sentence) firstNamed(content []token) string {
	for _, t := range content {
		if !t.party {
			continue
		}
		if k := sn.tokenAt(t.pos); k >= 0 && sn.mentAt[k] >= 0 {
			return sn.ments[sn.mentAt[k]].party
		}
	}
	return ""
}

// meetingWithOther reports whether content is a meeting "with" the other
// side's leader that a side proposes: "the next stage be a meeting with
// Putin".
func (sn *sentence) meetingWithOther(content []token, party string) bool {
	for i := 1; i+1 < len(content) && i < 10; i++ {
		if (content[i].low == "meeting" || content[i].low == "summit") && content[i+1].low == "with" && i+2 < len(content) && content[i+2].party {
			p := sn.firstNamed(content[i+2:])
			return p != party && slices.Contains(sn.st.sides, p)
		}
	}
	return false
}

// leadersMeeting reports whether content names a meeting of the leaders:
// "a meeting between Volodymyr Zelensky and Vladimir Putin", "a summit of
// the two presidents".
func leadersMeeting(content []token) bool {
	meet, leaders, named := false, false, 0
	for _, t := range content[:min(len(content), 12)] {
		switch {
		case t.low == "meeting" || t.low == "summit" || t.low == "meet":
			meet = true
		case t.low == "leaders" || t.low == "presidents" || t.low == "heads":
			leaders = true
		case t.party && t.caps:
			named++
		}
	}
	return meet && (leaders || named >= 2)
}

// pushVerbs press for something: "(has stopped) pressing (for a ceasefire)".
var pushVerbs = map[string]bool{"pressing": true, "asking": true, "calling": true, "pushing": true, "demanding": true}

// ifBreach reads a condition whose breach a side would answer: "If Russian
// warships move out of the eastern part of the Black Sea, he said, Ukraine
// will regard it as a violation", "..., Ukraine will have every right to
// defend itself": that the other side's acts not happen is its demand.
func (sn *sentence) ifBreach() []found {
	i := slices.IndexFunc(sn.toks, func(t token) bool { return t.low == "if" })
	f := sn.nextWord(0, false)
	if sn.low(f) == "should" && (i < 0 || i > f) {
		i = f // "Should Russian warships move out of the eastern Black Sea, ..."
	}
	if i < 0 || i > 0 && sn.low(i-1) != ":" && i != f {
		return nil
	}
	if i+1 >= len(sn.toks) {
		return nil
	}
	m := sn.mentAt[i+1]
	if m < 0 || sn.ments[m].poss {
		return nil
	}
	v := sn.ments[m].end
	if !strings.HasSuffix(sn.low(v), "s") || sn.toks[v].caps { // "Russian warships", "Russian troops"
		return nil
	}
	v++
	base := motionBase[sn.low(v)]
	comma := slices.IndexFunc(sn.toks[v:], func(t token) bool { return t.text == "," })
	if base == "" || comma < 0 {
		return nil
	}
	comma += v
	rest := sn.span(comma, len(sn.toks))
	if !slices.ContainsFunc(rest, func(t token) bool { return t.rare().has(rareBreach) }) {
		return nil
	}
	parties := sn.asideSpeaker(comma, len(sn.toks))
	if len(parties) == 0 {
		parties = sn.selfDefender(comma)
	}
	if len(parties) == 0 {
		for _, n := range sn.ments {
			if n.start > comma && !n.poss && n.party != sn.ments[m].party {
				parties = []string{n.party} // "..., Ukraine will regard it as a violation"
				break
			}
		}
	}
	content := slices.Clone(sn.span(i+1, comma))
	k := v - (i + 1)
	verb := content[k]
	verb.text, verb.low = base, base
	not := madeWord("not")
	to := madeWord("to")
	content = append(append(append(content[:k:k], not, to), verb), content[k+1:]...)
	return sn.emit(parties, Demand, content)
}

// motionBase gives the bare form of the verbs a breach names: "(Russian
// warships) moved (out of the eastern Black Sea)".
var motionBase = map[string]string{"move": "move", "moves": "move", "moved": "move", "leave": "leave", "leaves": "leave", "left": "leave",
	"enter": "enter", "enters": "enter", "entered": "enter", "sail": "sail", "sails": "sail", "sailed": "sail", "cross": "cross", "crosses": "cross", "crossed": "cross"}

// mustBefore reports whether "must" or "should" stands right before the
// verb at i, maybe with an adverb between: "Kyiv must also insist".
func (sn *sentence) mustBefore(i int) bool {
	k := i - 1
	if w := sn.low(k); w != "must" && w != "should" && sn.in(k, skipWords) {
		k--
	}
	return sn.low(k) == "must" || sn.low(k) == "should"
}

// languageNamed reports whether a mention is a language, not its party:
// "calls for Russian to be made an official language".
func languageNamed(toks []token, m mention) bool {
	if m.end-m.start != 1 || m.poss || !adjectiveLike(toks[m.start].low) || m.end >= len(toks) || m.start > 0 && toks[m.start-1].low == "the" {
		return false
	}
	switch toks[m.end].low {
	case "to", "as", "should", "would", "must", "become", "becomes":
	default:
		return false
	}
	for k := m.end + 1; k < len(toks) && k <= m.end+6; k++ {
		if toks[k].low == "language" || toks[k].low == "languages" {
			return true
		}
	}
	return false
}

// troopNouns name foreign forces a side may warn off: "any Western troops".
var troopNouns = map[string]bool{"troops": true, "units": true, "forces": true, "soldiers": true,
	"contingents": true, "contingent": true, "peacekeepers": true}

// timeFor reads a deadline put as the right moment for a side to act:
// "Trump said Thanksgiving, November 27, was "an appropriate time" for Kyiv
// to accept" is the speaker's demand, with its date.
func (sn *sentence) timeFor() []found {
	for k := 2; k+3 < len(sn.toks); k++ {
		if sn.low(k) != "time" || sn.low(k-1) != "appropriate" && sn.low(k-1) != "right" {
			continue
		}
		if sn.anyIn(max(0, k-4), k, negations) {
			return nil // "said it was not the right time for Europe to join the talks": no demand that it do
		}
		f := k + 1 + b2i(quoteMark(sn.low(k+1)))
		v := sn.firstSpeech()
		if sn.low(f) != "for" || f+1 >= len(sn.toks) || sn.mentAt[f+1] < 0 || sn.toAfter(f+1) < 0 || v < 0 || v > k {
			return nil
		}
		p, _ := sn.subjectOf(v)
		if len(p) != 1 || p[0] == sn.ments[sn.mentAt[f+1]].party {
			return nil // "Kyiv said it was the right time for Kyiv to ...": no demand on itself
		}
		cs := v + 1
		if t := sn.thatAfterPhrase(cs); t > 0 {
			cs = t // "said on Friday that ..."
		}
		cs += b2i(sn.low(cs) == "that")
		return sn.emit(p, Demand, sn.span(cs, sn.contentEnd(sn.toAfter(f+1))))
	}
	return nil
}

// legitimateTargets reads "Western troops in Ukraine would be legitimate
// targets", "would treat any Western troops sent to Ukraine as legitimate
// targets": the side that says so wants no such troops.
func (sn *sentence) legitimateTargets() []found {
	l := slices.IndexFunc(sn.toks, func(t token) bool { return t.low == "legitimate" })
	if l < 0 || (sn.low(l+1) != "targets" && sn.low(l+1) != "target") || sn.negated(l) {
		return nil
	}
	n := -1
	for k := l - 1; k > 0 && k >= l-16; k-- {
		if troopNouns[sn.low(k)] {
			n = k
			break
		}
		if !sn.toks[k].word && !quoteMark(sn.toks[k].text) && sn.toks[k].text != "'" && sn.toks[k].text != "‘" && sn.toks[k].text != "’" || sn.in(k, clauseWords) && sn.low(k) != "as" || sn.in(k, speechVerbs) {
			break // "NATO forces held exercises, while Peskov said ... depots were legitimate targets": another clause's forces
		}
	}
	if n < 0 || sn.mentAt[n-1] >= 0 && !sn.isAdjectiveMention(sn.ments[sn.mentAt[n-1]]) {
		return nil // "Ukraine's forces", "US forces": a named side's own, no one's foreign troops
	}
	start := n
	for start > 0 && sn.toks[start-1].word && !sn.in(start-1, speechVerbs) && !sn.participleSpeechAt(start-1) && !sn.in(start-1, clauseWords) && !sn.in(start-1, beWords) && !sn.in(start-1, coordinators) && sn.verbCue(start-1) == "" && n-start < 4 && !strings.HasPrefix(sn.low(start-1), "treat") && !strings.HasPrefix(sn.low(start-1), "consider") && !sn.in(start-1, pronouns) {
		start-- // "any Western military units"
	}
	if sn.in(start, determiners) {
		start++ // "any"
	}
	foreign := func(t token) bool {
		return t.low == "western" || t.low == "foreign" || t.low == "nato" || t.low == "allied" || t.party && slices.Contains([]string{"europe", "us"}, sn.partyOf(t))
	}
	end := n + 1
	if o := sn.ofForeign(n, l, foreign); o > 0 {
		end = o // "any military units and facilities of Western countries appearing on Ukrainian soil"
	} else if !slices.ContainsFunc(sn.toks[start:n], foreign) {
		return nil // "such forces", "forces": whose, the sentence does not say
	}
	if sn.anyIn(max(0, start-3), start, negations) {
		return nil // "does not consider European troops legitimate targets"
	}
	for from := end; end < l && sn.toks[end].word && !sn.in(end, modalsInContent) && sn.low(end) != "as" && sn.low(end) != "and" && !sn.in(end, beWords) && end-from < 5; {
		end++ // "sent to Ukraine", "in Ukraine"
	}
	parties := sn.warner(l)
	if m := sn.mentAt[n-1]; len(parties) != 1 || m >= 0 && sn.ments[m].party == parties[0] {
		return nil // "Russian troops" said by Russia: its own
	}
	c := append([]token{madeWord("no")}, sn.span(start, end)...)
	c[1].space = true // "no Western troops", also at the sentence's start
	return sn.emit(parties, Demand, c)
}

// ofForeign returns the end of an "of Western countries" that names, after
// the troop noun at n (and a second noun joined by "and"), whose they are,
// before the token at l; or -1.
func (sn *sentence) ofForeign(n, l int, foreign func(token) bool) int {
	k := n + 1
	if sn.low(k) == "and" && sn.toks[min(k+1, len(sn.toks)-1)].word && sn.low(k+2) == "of" {
		k += 2 // "units and facilities of ..."
	}
	if sn.low(k) != "of" || k+1 >= l || !foreign(sn.toks[k+1]) {
		return -1
	}
	e := k + 2
	for e < l && e <= k+3 && sn.toks[e].word && !sn.toks[e].party && sn.low(e-1) != "countries" && sn.low(e-1) != "states" && sn.low(e-1) != "nations" {
		e++ // "of Western countries", "of NATO member states"
	}
	return e
}

// personOf reports whether a possessive side names its own person right
// after it: "Ukraine's Rustem Umerov went in with ...": he is Umerov.
func (sn *sentence) personOf(m mention) bool {
	n := sn.mentAt[min(m.end, len(sn.toks)-1)]
	return m.end < len(sn.toks) && n >= 0 && !sn.ments[n].poss && sn.ments[n].party == m.party
}

// docSaidIt returns the author of a text the sentence ends by naming as its
// speaker ("..., the memorandum says."), or "": the "It further calls for
// ..." that follows is the text's.
func (sn *sentence) docSaidIt() string {
	v := sn.trailingSpeech()
	if v < 2 || sn.low(v-2) != "the" || !sn.in(v-1, docNouns) && sn.low(v-1) != "memorandum" {
		return ""
	}
	if sn.low(v-1) == "memorandum" {
		return cmp.Or(sn.owned(Demand)...)
	}
	return cmp.Or(sn.docSpeaker(v)...)
}

// redLinesNamed reads "Sources in Kyiv said recognition of occupied
// territory as Russian and a hard cap on the army remained red lines": what
// a side's red lines are, it refuses, so it demands there be none ("no
// recognition of occupied territory as Russian", "no hard cap on the army").
// The side is whoever reports it.
func (sn *sentence) redLinesNamed() []found {
	n := len(sn.toks) - 1
	if sn.toks[n].text == "." {
		n--
	}
	if n < 4 || sn.low(n) != "lines" && sn.low(n) != "line" || sn.low(n-1) != "red" {
		return nil
	}
	v := n - 2 - b2i(sn.low(n-2) == "a" || sn.low(n-2) == "their" || sn.low(n-2) == "its")
	if w := sn.low(v); !sn.in(v, beWords) && w != "remain" && w != "remains" && w != "remained" {
		return nil
	}
	s := sn.clauseStart(v)
	if sv := sn.speechBefore(v); sv >= 0 && sv < s {
		s = sv + 1 // "... said recognition of occupied territory as Russian and ...": the names inside are no clause
		if w := sn.low(sv); (w == "told" || w == "tells") && sn.in(s, tellObjects) {
			s++ // "Zelensky told reporters that ...": over whom he told
		} else if w == "told" || w == "tells" {
			for k := s; k < v && k < s+5; k++ {
				if sn.low(k) == "that" {
					s = k // "Zelensky told the BBC that ..."
					break
				}
			}
		}
	}
	s += b2i(sn.low(s) == "that")
	for k := s; k < v; k++ {
		if w := sn.low(k); w == "which" || w == "what" || w == "who" {
			return nil // but "the West ignored Moscow's concerns, which were red lines": no item named
		}
	}
	parties := sn.reporter(s)
	if len(parties) == 0 {
		parties, _ = sn.speakers(s) // "Sources in Kyiv said ..."
	}
	if len(parties) == 0 || s >= v-1 || sn.mentAt[s] >= 0 {
		return nil // but "Kyiv's demands remained red lines" names whose, not what
	}
	var out []found
	for _, item := range splitList(sn.span(s, v), "") {
		out = append(out, found{party: parties[0], kind: Demand, content: withNo(dropArticle(item))})
	}
	return out
}

// statementBy returns the party that signs the text whose heading the line
// is ("Joint statement by the President of the European Council, the
// President of the European Commission and the leaders of ...",
// "Statement by the Ministry of Foreign Affairs of Ukraine"): the first side
// named after "by", or "".
func (sn *sentence) statementBy() string {
	by := slices.IndexFunc(sn.toks[:min(5, len(sn.toks))], func(t token) bool { return t.low == "by" })
	if by < 1 || !textNouns.has(sn.low(by-1)) {
		return ""
	}
	for _, m := range sn.ments {
		if w := sn.low(sn.beforeLead(m)); m.start > by && !m.poss && (w == "of" || w == "by" || w == "and" || w == "," || !sn.afterPreposition(m)) {
			return m.party // but not "Joint statement by leaders on the peace framework for Ukraine": what it is about
		}
	}
	return ""
}

// withNo returns a new content of "no" and c: what a side refuses turned
// into what it holds out for ("no foreign troops in Ukraine").
func withNo(c []token) []token {
	out := append([]token{{text: "no", low: "no", word: true, space: true, pos: c[0].pos}}, c...)
	out[1].space = true
	if out[1].caps && !out[1].party && out[1].pos == 0 {
		out[1].text = out[1].low // "Recognition of occupied territory is ...", sentence case only
	}
	return out
}
