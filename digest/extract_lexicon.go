package digest

// The extractor's English lexicon: the words that mark a position and the
// words that shape a clause around it. Party names are not here: they come
// from the topic pack.

// wordSet is a set of lower-case words. Each set has a bit, which the
// extractor's vocabulary records on every word of the set, so that a token
// looked up once answers membership with a bit test.
type wordSet struct {
	words map[string]bool
	word  int    // which word of wordInfo.sets holds the bit
	bit   uint64 // the set's bit in that word
}

// wordSets lists every set made by set, for the vocabulary.
var wordSets []*wordSet

// set builds a word set.
func set(words ...string) *wordSet {
	n := len(wordSets)
	if n == 64*len(wordInfo{}.sets) {
		panic("digest: too many word sets")
	}
	s := &wordSet{words: make(map[string]bool, len(words)), word: n / 64, bit: 1 << (n % 64)}
	for _, w := range words {
		s.words[w] = true
	}
	wordSets = append(wordSets, s)
	return s
}

func (s *wordSet) has(w string) bool { return s.words[w] }

// in reports whether the token is a word of s.
func (t *token) in(s *wordSet) bool {
	if t.info != nil {
		return t.info.sets[s.word]&s.bit != 0
	}
	// A token looked up in the vocabulary, which holds every set's words,
	// and not found is in none.
	return !t.looked && s.has(t.low)
}

// verbCue returns the token's kind in verbCues, or "".
func (t *token) verbCue() Kind {
	if t.info != nil {
		return t.info.verb
	}
	if t.looked {
		return "" // the vocabulary holds every cue
	}
	return verbCues[t.low]
}

// nounCue returns the token's kind in nounCues, or "".
func (t *token) nounCue() Kind {
	if t.info != nil {
		return t.info.noun
	}
	if t.looked {
		return ""
	}
	return nounCues[t.low]
}

// bareVerb reports whether the token looks like a verb in the bare form
// (see looksBareVerb).
func (t *token) bareVerb() bool {
	if t.info != nil {
		return t.info.bare
	}
	if t.looked {
		return bareShape(t.low) // in no word set
	}
	return looksBareVerb(t.low)
}

// verbCue returns token k's kind in verbCues, or "".
func (sn *sentence) verbCue(k int) Kind {
	if k < 0 || k >= len(sn.toks) {
		return ""
	}
	return sn.toks[k].verbCue()
}

// nounCue returns token k's kind in nounCues, or "".
func (sn *sentence) nounCue(k int) Kind {
	if k < 0 || k >= len(sn.toks) {
		return ""
	}
	return sn.toks[k].nounCue()
}

// bareVerb reports whether token k looks like a verb in the bare form.
func (sn *sentence) bareVerb(k int) bool {
	return k >= 0 && k < len(sn.toks) && sn.toks[k].bareVerb()
}

// in reports whether token k is a word of s.
func (sn *sentence) in(k int, s *wordSet) bool {
	return k >= 0 && k < len(sn.toks) && sn.toks[k].in(s)
}

// verbCues are verbs that state a position on their own.
var verbCues = map[string]Kind{}

// needExchange are verbs that make an agreement only when what follows
// names an exchange ("returned 10 children", not "returned home").
var needExchange = set("returned", "return", "returns", "released", "releases",
	"freed", "repatriated", "handed", "hands", "exchange", "swap", "received", "receives", "brought",
	"brings", "bring", "got", "trade", "release", "free", "preparing", "prepared", "gave",
	"sent", "came", "come", "comes", "reunited", "returning", "exchanging", "swapping",
	"releasing", "freeing", "repatriating", "coming", "produced", "yielded")

func init() {
	add := func(k Kind, words ...string) {
		for _, w := range words {
			verbCues[w] = k
		}
	}
	add(Demand, "demand", "demands", "demanded", "demanding", "insist", "insists",
		"insisted", "insisting", "want", "wants", "wanted", "wanting", "seek", "seeks", "sought",
		"seeking", "urge", "urges", "urged", "urging", "require", "requires",
		"required", "requiring", "request", "requests", "requested", "requesting",
		"conditioned", "conditions", "stipulated", "stipulates", "needs", "need", "needed", "oblige", "obliges")
	add(Proposal, "pledge", "pledges", "pledged", "pledging", "promise", "promises", "promised",
		"propose", "proposes", "proposed", "proposing", "offer", "offers",
		"offered", "offering", "suggest", "suggests", "suggested", "suggesting",
		"floated", "floats", "floating", "mooted", "moots", "mooting", "pitched", "pitches", "pitching", "invited", "invites", "committed", "commits")
	add(Agreement, "agree", "agrees", "agreed", "agreeing", "accept", "accepts", "accepted",
		"exchanged", "swapped",
		"traded", "signed", "signing", "endorsed", "returned", "reunited", "released", "freed", "repatriated", "received", "receives",
		"preparing", "prepared", "returning", "exchanging", "swapping", "releasing", "freeing",
		"repatriating", "undertook", "undertakes", "undertake", "produced", "yielded")
	add(Rejection, "dismiss", "dismisses", "dismissed", "dismissing", "reject",
		"rejects", "rejected", "rejecting", "refuse", "refuses", "refused",
		"refusing", "deny", "denies", "denied", "denying", "rebuffed", "rebuffs", "rebuff", "rebuffing", "spurned", "spurns", "spurn",
		"oppose", "opposes", "opposed", "opposing", "ignore", "ignores", "ignored", "ignoring",
		"vetoed", "vetoing", "snubbed", "snubs") // not "veto", "vetoes": nouns too ("no Russian veto over ..."); nor "snub"
}

// particleCues are verbs that state a position with a particle after them:
// "called for", "ruled out", "took place".
var particleCues = map[string]map[string]Kind{
	"for": {"call": Demand, "calls": Demand, "called": Demand, "calling": Demand, "push": Demand, "pushes": Demand, "pushed": Demand, "pushing": Demand, "press": Demand, "presses": Demand, "pressed": Demand, "pressing": Demand, "ask": Demand, "asks": Demand, "asked": Demand, "asking": Demand,
		"come": Demand, "came": Demand, // "Ukraine had come for a full ceasefire"
		"lobby": Demand, "lobbies": Demand, "lobbied": Demand, "lobbying": Demand},
	"on":   {"call": Demand, "calls": Demand, "called": Demand, "calling": Demand},
	"that": {"ask": Demand, "asks": Demand, "asked": Demand, "asking": Demand}, // "asked that the residents be sent home"
	"out":  {"rule": Rejection, "rules": Rejection, "ruled": Rejection, "ruling": Rejection, "carried": Agreement, "carry": Agreement},
	"down": {"turn": Rejection, "turns": Rejection, "turned": Rejection, "turning": Rejection,
		"slap": Rejection, "slaps": Rejection, "slapped": Rejection, "slapping": Rejection}, // "Zelensky slapped down the demands"
	"aside":   {"brushed": Rejection, "brushes": Rejection, "waved": Rejection, "swatted": Rejection, "swats": Rejection},
	"away":    {"waved": Rejection, "waves": Rejection, "swatted": Rejection, "swats": Rejection},
	"off":     {"brushed": Rejection, "brushes": Rejection},
	"forward": {"put": Proposal, "puts": Proposal, "putting": Proposal},
	"from":    {"proceeds": Demand, "proceed": Demand, "proceeded": Demand, "proceeding": Demand}, // "Russia proceeds from the understandings reached in Anchorage": its basis
	"over":    {"handed": Agreement, "hands": Agreement, "hand": Agreement, "handing": Agreement},
	"home": {"brought": Agreement, "brings": Agreement, "bring": Agreement, "sent": Agreement,
		"came": Agreement, "come": Agreement, "comes": Agreement, "returned": Agreement,
		"coming": Agreement, "returning": Agreement},
	"back": {"brought": Agreement, "brings": Agreement, "bring": Agreement, "got": Agreement,
		"handed": Agreement, "hands": Agreement, "gave": Agreement, "sent": Agreement,
		"crossed": Agreement, "came": Agreement},
	"place": {"took": Agreement, "take": Agreement, "takes": Agreement, "taken": Agreement},
	"ahead": {"went": Agreement, "goes": Agreement},
	"with":  {"countered": Proposal, "counters": Proposal, "countering": Proposal},
	"to": {"stick": Demand, "sticks": Demand, "sticking": Demand, // "The Europeans are sticking to the unconditional ceasefire"
		"object": Rejection, "objects": Rejection, "objected": Rejection, "objecting": Rejection},
	"at": {"balked": Rejection, "balks": Rejection, "balk": Rejection, "balking": Rejection,
		"scoffed": Rejection, "scoffs": Rejection, "scoffing": Rejection},
}

// supportVerb reports whether a word, before "the continuation of" or "the
// resumption of", says that a process goes on by consent: "supported the
// continuation of direct talks" is an agreement. (It and goOnNoun are
// switches: the vocabulary has no bit left for another word set.)
func supportVerb(w string) bool {
	switch w {
	case "support", "supports", "supported", "backed", "back", "backs", "welcomed", "welcome", "welcomes", "endorsed":
		return true
	}
	return false
}

// goOnNoun reports whether a word names a process going on.
func goOnNoun(w string) bool {
	switch w {
	case "continuation", "resumption", "continuing", "resuming", "extension":
		return true
	}
	return false
}

// askVerbs followed by "X to" ask X to do something: a demand.
var askVerbs = set("ask", "asks", "asked", "asking", "expect", "expects", "expected",
	"press", "presses", "pressed", "pressing", "push", "pushes", "pushed", "pushing",
	"want", "wants", "wanted", "pressured", "pressuring")

// offerVerbs after "would" or "will" make a party's offer: "Russia would
// order a ceasefire", "the US would help provide guarantees".
var offerVerbs = set("order", "halt", "stop", "begin", "start", "guarantee", "help", "hand",
	"withdraw", "lift", "freeze", "consider", "meet", "resume", "provide", "allow",
	"ensure", "pull", "cease", "end", "give", "extend", "support", "back", "lead",
	"contribute", "host", "send", "deploy", "station", "open", "observe", "respect", "fund", "finance",
	"train", "supply", "hold", "vote", "drop", "abandon")

// threatVerbs announce a penalty whose condition is a demand: "threatened
// Russia with sanctions if Putin did not agree to a ceasefire".
var threatVerbs = set("threatened", "threatens", "threaten", "threatening", "warned", "warns")

// futureSwaps after "will" announce an agreed exchange.
var futureSwaps = set("exchange", "swap", "trade", "release", "return", "free", "repatriate")

// readyWords followed by "to" offer something: "ready to meet".
var readyWords = set("ready", "willing", "prepared", "open", "keen", "eager")

// commentNouns open an apposition that comments on what precedes: "...,
// a move Kyiv called a stunt".
var commentNouns = set("move", "step", "gesture", "idea", "claim", "stance", "position",
	"figure", "number", "record", "first", "sign", "signal", "decision", "concession", "sequence", "format",
	"charge", "accusation", "allegation", "phrase", "euphemism", "shorthand", "shift", "reversal", "change", "level")

// pluralComments open an apposition without an article that comments on
// what precedes: "..., points the Ukrainian side had pushed for".
var pluralComments = map[string]bool{"points": true, "positions": true, "issues": true,
	"steps": true, "moves": true, "ideas": true, "demands": true, "conditions": true,
	"proposals": true, "measures": true, "something": true}

// clauseLinks introduce a content that is a clause with its own verb:
// "an understanding that each side would ...".
var clauseLinks = set("that", ":", "—", "include", "includes", "included", "including", "are",
	"were", "is", "was", "remain", "remains", "remained")

// dropVerbs give up a position: "has dropped its insistence on".
var dropVerbs = set("dropped", "drops", "drop", "dropping", "abandoned", "abandons", "abandon",
	"abandoning", "shelved", "ditched", "withdrew", "withdrawn", "scrapped", "shelve", "shelves", "buried", "buries")

// finiteVerbs end a noun phrase that is the subject of a sentence.
var finiteVerbs = set("is", "was", "were", "are", "has", "had", "have", "will", "would",
	"remains", "remained", "seems", "seemed", "appears", "appeared", "stands", "stood")

// readyNot are what being "ready to" do is no offer of: "ready to fight".
var readyNot = set("fight", "continue", "wage", "attack", "strike", "defend", "retaliate",
	"escalate", "take", "use", "respond", "go", "die", "resist", "see")

// rejectAdjectives judge a position: "called the terms unrealistic".
var rejectAdjectives = set("unacceptable", "unrealistic", "impossible", "non-starter",
	"nonstarter", "unworkable", "absurd", "inadmissible", "dismissive", "doomed", "pointless",
	"futile", "meaningless", "unconstructive", "unthinkable", "unreasonable", "ridiculous", "laughable",
	"unfair", "one-sided", "unfeasible", "counterproductive")

// acceptVerbs turn into rejections when negated: "will never accept".
var acceptVerbs = set("accept", "accepts", "accepted", "recognize", "recognise", "recognizes",
	"agree", "agreed", "agrees", "cede", "give", "tolerate", "tolerates")

// nounCues name a position held by whoever owns them: "Kyiv's call for",
// "the Kremlin's demands include", "a Ukrainian request for".
var nounCues = map[string]Kind{
	"demand": Demand, "demands": Demand, "condition": Demand, "conditions": Demand,
	"precondition": Demand, "preconditions": Demand, "terms": Demand, "call": Demand,
	"calls": Demand, "insistence": Demand, "request": Demand, "requests": Demand,
	"ultimatum": Demand, "memorandum": Demand, "requirement": Demand,
	"requirements": Demand, "version": Demand, "wording": Demand, "priority": Demand, "priorities": Demand, "cornerstone": Demand, "cornerstones": Demand,
	"goal": Demand, "aim": Demand, "objective": Demand, "price": Demand, "position": Demand, "positions": Demand, "ask": Demand, "asks": Demand, "brief": Demand, "agenda": Demand,
	"goals": Demand, "aims": Demand, "objectives": Demand, "appeal": Demand, "appeals": Demand, "plea": Demand, "pleas": Demand,
	"stipulation": Demand, "stipulations": Demand,
	"line": Demand, "lines": Demand, // "red lines", "bottom line" only (findCues)
	"proposal": Proposal, "proposals": Proposal, "offer": Proposal, "offers": Proposal, "readiness": Proposal, "willingness": Proposal,
	"plan": Proposal, "formula": Proposal, "initiative": Proposal, "suggestion": Proposal,
	"framework": Proposal, "draft": Proposal, "blueprint": Proposal, "invitation": Proposal, "roadmap": Proposal,
	// A counter-proposal's points are the conditions its author puts on
	// the draft it answers: "Europe's counter-proposal would raise the cap
	// to 800,000" is Europe's demand.
	"counterproposal": Demand, "counter-proposal": Demand, "counter-plan": Demand, "counter-offer": Demand, "counteroffer": Demand,
	"counterplan": Demand, "counter-draft": Demand, "counterdraft": Demand,
	"agreement": Agreement, "deal": Agreement, "accord": Agreement, "understanding": Agreement,
	"arrangement": Agreement, "arrangements": Agreement, "pact": Agreement,
	"rejection": Rejection, "refusal": Rejection,
}

// authorVerbs after "a demand Russia ..." make Russia its author.
var authorVerbs = set("put", "puts", "made", "makes", "make", "set", "sets", "raised", "raises",
	"repeated", "repeats", "voiced", "tabled", "issued", "presented", "presents", "submitted",
	"pressed", "pushed", "first", "long", "has", "had", "reiterated", "laid", "spelled", "spelt")

// conditionNouns make what is put before them a demand: "makes X a
// precondition".
var conditionNouns = set("condition", "precondition", "prerequisite", "requirement", "cornerstone",
	"priority", "must")

// rejectable are what a party rejects rather than refuses to grant: a
// refusal to accept them is a rejection, a refusal of anything else
// ("will not recognize occupied land") a condition.
var rejectable = set("plan", "plans", "proposal", "proposals", "terms", "demands", "demand",
	"ultimatum", "deal", "offer", "conditions", "memorandum", "idea", "document",
	"draft", "framework", "amendments", "changes", "points", "version", "agreement",
	"agreements", "accord", "accords", "settlement", "decisions", "decision", "deals",
	"call", "calls", "request", "requests", "appeal", "appeals")

// offeredNouns are what one side offers and the other refuses to accept:
// "would not accept troops from NATO countries" rejects them.
// (A plain map: the 64 bit-tested word sets are all taken.)
var offeredNouns = map[string]bool{"troops": true, "peacekeepers": true, "truce": true,
	"ceasefire": true, "pause": true, "presence": true, "deployment": true, "moratorium": true,
	"contingent": true, "mission": true}

// presenceNouns are the offered things whose refusal also asks that there
// be none: "would not accept troops from NATO countries" holds out for no
// such troops; "would not accept a ceasefire on the current line" only
// turns the ceasefire down.
var presenceNouns = map[string]bool{"troops": true, "peacekeepers": true, "presence": true,
	"deployment": true, "contingent": true, "mission": true}

// reportedNouns (singular) are what a denial disputes without rejecting
// a position: "denies reports that it slowed the exchange".
var reportedNouns = map[string]bool{"report": true, "claim": true, "allegation": true,
	"accusation": true, "charge": true, "suggestion": true, "rumour": true, "rumor": true,
	"story": true, "involvement": true, "responsibility": true}

// refusedPronouns refer to a proposal when they are what is refused.
var refusedPronouns = set("it", "this", "that", "them", "these", "those")

// planNouns are documents whose content is a proposal of their author:
// "The plan would require Ukraine to cede ..." is a proposal, not a demand.
var planNouns = set("plan", "proposal", "proposals", "draft", "framework", "blueprint",
	"initiative", "counter-plan", "counterplan", "counterproposal", "counter-proposal",
	"counter-draft", "counterdraft", "counter-offer", "counteroffer", "document", "text", "points", "offer", "formula", "roadmap")

// planDemands after a side's plan, or Europe's, make its content a demand:
// "the plan calls for", "the European text appears to require".
var planDemands = set("calls", "demands", "requires", "insists", "seeks", "wants", "stipulates", "asks",
	"require", "demand", "insist", "seek", "stipulate", "ask")

// signedNouns name a document that was signed or endorsed: "the text"
// after them is the deal.
var signedNouns = set("package", "text", "agreement", "deal", "accord", "accords", "declaration",
	"memorandum", "measures", "treaty", "protocol")

// offerNouns are plans that only offer: what "a proposal calls for" stays
// a proposal.
var offerNouns = set("proposal", "proposals", "offer", "offers")

// presentVerbs make their subject the author of the plan they name.
var presentVerbs = set("presenting", "presented", "presents", "unveiled", "unveils", "unveiling",
	"called", "tabled", "outlined", "outlining", "outlines", "brought", "brings", "bringing",
	"submitted", "circulated", "circulating", "drafted", "drafting", "drafts", "walked", "detailed", "sketched", "produced", "produces", "handed", "hands", "delivered")

// answerWithVerbs before "with" make their subject the author of the plan
// it names: "Europe answered with a counter-proposal", "came up with a plan".
var answerWithVerbs = set("answered", "answers", "responded", "responds", "countered", "counters",
	"replied", "replies", "came", "comes", "come")

// docNouns name a document without saying whose or what kind: they stand
// for the last plan or terms named ("The document would ...").
var docNouns = set("document", "text", "paper", "draft")

// eventVerbs make an agreement of an exchange that "was completed".
var eventVerbs = set("completed", "concluded", "finalized", "finalised", "conducted",
	"implemented", "held", "finished")

// cueStarts holds every word that can start a cue, so that findCues looks
// each other word up once only (filled in init).
var cueStarts = set("under", "up", "settle", "settles", "settling", "hold", "holds", "holding", "held", "deadline", "step", "preference", "settled", "resolved", "rather", "break", "describing", "reworked", "revised", "rewrote", "trimmed", "pledge", "commitment", "promise", "is", "are", "was", "were", "be", "keep", "maintain", "show", "depends", "depend", "hinges", "hinge", "belong", "belongs", "belonged", "rest", "rests", "cautioned", "cautions", "drafted", "produced", "finalised", "finalized", "drawn", "drew", "hammered", "worked", "required", "obliged", "obligated", "point", "glad", "happy", "there", "in", "per", "according", "reached", "reach", "reaching",
	"struck", "strike", "clinched", "sealed", "make", "makes", "made", "making", "only",
	"it", "ask", "asks", "asked", "asking", "out", "off", "opens", "they'll", "must", "should", "ought", "cannot", "can't", "expect", "expects",
	"unless", "until", "yes", "if", "once", "when", "told", "tells", "tell",
	"declared", "declares", "announced", "announces", "proclaimed", "conditional", "dependent", "contingent",
	"responded", "responds", "reacted", "gives", "gave", "give", "giving", "given", "followed", "ordered", "orders",
	"regard", "regards", "regarded", "treat", "treats", "treated", "consider", "considers", "considered", "count", "counts",
	"tied", "ties", "linked", "links", "waiting", "waits", "waited", "emerged",
	"raised", "raises", "fought", "fights", "hope", "hopes", "hoped", "hoping", "thing", "alternative", "confirmed", "confirms",
	"has", "have", "had", "would", "press", "presses", "pressed", "pressing", "push", "pushes",
	"pushed", "pushing", "starts", "begins",
	"expected", "exchange", "swap", "trade", "release", "return", "free", "repatriate",
	"will", "could", "can", "may", "like", "prefer", "determined", "threatened", "threatens", "threaten", "threatening", "warned", "warns", "warning", "telling",
	"support", "supports", "supported", "backed", "back", "backs", "welcomed", "welcome", "welcomes", "endorsed",
	"suit", "suits", "suited", "deems", "deemed", "excludes", "excluded",
	"arranging", "arrange", "arranged", "organising", "organizing", "organise", "organize",
	"breach", "violate", "put", "puts", "putting", "placed", "resumed", "restored", "resumes", "restores", "imagine", "envisage", "leave", "withdraw", "surrender", "sign", "onus", "against", "interest", "acceptable")

// namingAsVerbs name something as what it is: "was presented (named,
// described, set, listed, cited) as a condition".
var namingAsVerbs = set("presented", "named", "described", "set", "listed", "cited", "identified", "put", "advanced")

func init() {
	for w := range namingAsVerbs.words {
		cueStarts.words[w] = true
	}
	for _, m := range []*wordSet{readyWords, rejectAdjectives, acceptVerbs, askVerbs, planNouns, eventVerbs, courseNouns, emphasisVerbs} {
		for w := range m.words {
			cueStarts.words[w] = true
		}
	}
	for w := range withdrawVerbs.words {
		movedActs.words[w] = true
	}
	for w := range verbCues {
		cueStarts.words[w] = true
	}
	for w := range nounCues {
		cueStarts.words[w] = true
	}
	for _, verbs := range particleCues {
		for w := range verbs {
			cueStarts.words[w] = true
		}
	}
}

// courseNouns name a way out that a side holds to be the best or fair
// one: "the fairest option (course) is to freeze the front".
var courseNouns = set("option", "solution", "way", "route", "path", "course", "outcome", "answer")

// optionWords stand for a part of the last plan or terms named: "Under
// the first, ...".
var optionWords = set("first", "second", "third", "former", "latter", "option", "options",
	"scenario", "variant", "alternative", "package")

// planSays are the verbs after a plan that introduce what it holds: "the
// plan would ...", "the plan envisages ...".
var planSays = set("would", "will", "envisages", "envisions", "foresees", "includes",
	"include", "provides", "proposes", "calls", "requires", "stipulates", "contains",
	"says", "states", "demands", "seeks", "wants", "offers", "added", "adds", "reaffirms", "affirms",
	"lists", "listed", "call", "require", "envisage", "foresee", "seek", "want")

// namingVerbs name what follows: "what they called a framework".
var namingVerbs = map[string]bool{"called": true, "calls": true, "call": true, "termed": true, "terms": true,
	"dubbed": true, "dubs": true, "labelled": true, "labeled": true, "described": true, "describe": true}

// speechActs are what a writer or speaker wants to do in the text itself:
// "I want to explain plainly", "we want to thank our partners".
var speechActs = set("explain", "acknowledge", "thank", "stress", "underline", "emphasise", "emphasize",
	"remind", "recall", "clarify", "answer", "reply", "describe", "tell")

// harmVerbs name an aim that a side's adversary ascribes to it, never a
// position the side holds: "demands to weaken Ukraine", "wants to destroy
// Ukraine", "seeks to torpedo the talks".
var harmVerbs = set("weaken", "destroy", "undermine", "humiliate", "subjugate", "cripple", "crush", "dismember",
	"destabilise", "destabilize", "sabotage", "torpedo", "derail", "wreck", "annihilate", "enslave", "intimidate", "blackmail")

// listGoesOn open a sentence that goes on with the list of the one
// before: "Other (Further, Additional, More) conditions include ...".
var listGoesOn = map[string]bool{"other": true, "further": true, "additional": true, "more": true}

// harmNouns name the same ascribed aims as harmVerbs, as nouns: "Russia
// wants Ukraine's capitulation", "a demand for its surrender".
var harmNouns = set("capitulation", "surrender", "subjugation", "destruction", "humiliation", "defeat", "annihilation", "dismemberment", "demise", "collapse")

// placeVerbs take a place as their object: "take Donbas", "seize the
// Donbas".
var placeVerbs = set("take", "takes", "seize", "seizes", "capture", "captures", "occupy", "occupies")

// planTakers are what a side may be asked to do with a plan: "Kyiv should
// accept it", "refused to engage with it".
var planTakers = set("accept", "discuss", "sign", "study", "endorse", "back", "consider", "examine", "engage",
	"accepted", "accepts", "signed", "signs", "discussed") // "unless Kyiv accepted it"

// planActs are verbs a plan does to something, kept in the statement: "the
// plan keeps the army at 800,000".
var planActs = set("keeps", "sets", "caps", "limits", "gives", "grants", "allows", "lets",
	"guarantees", "promises", "bars", "bans", "freezes", "leaves", "hands", "commits",
	"obliges", "rules", "recognizes", "recognises", "cedes", "creates", "establishes", "set",
	"established")

// termNouns are documents whose content is a demand of their author.
var termNouns = set("memorandum", "terms", "conditions", "demands", "ultimatum",
	"preconditions", "requirements", "version")

// eventNouns make "took place", "was carried out" an agreement.
var eventNouns = set("exchange", "exchanges", "swap", "swaps", "handover", "handovers",
	"repatriation", "release", "return", "transfer", "trade")

// exchangeWords show that a "returned"/"released" clause is about an
// exchange of people or remains.
var exchangeWords = set("prisoners", "prisoner", "pows", "pow", "bodies", "remains",
	"children", "civilians", "captives", "soldiers", "servicemen", "detainees",
	"troops", "fighters", "people", "wounded", "dead", "hostages", "citizens", "residents",
	"nationals", "sailors", "servicewomen", "defenders", "marines")

// paperNouns are handed over without being exchanged: "handed over a list
// of deported children" is no exchange.
var paperNouns = set("list", "lists", "document", "documents", "memorandum", "letter",
	"proposal", "draft", "text", "paper", "note", "names", "file", "files", "dossier")

// speechVerbs report speech; the clause after them has its own subject.
var speechVerbs = set("said", "says", "say", "told", "tells", "added", "adds", "stated",
	"answered", "answers", "responded", "responds",
	"states", "claimed", "claims", "argued", "argues", "warned", "warns", "warn", "noted",
	"notes", "wrote", "writes", "announced", "announces", "reported", "reports",
	"explained", "explains", "believes", "believe", "thinks", "think", "stressed",
	"stresses", "stress", "suggesting", "confirmed", "confirms", "acknowledged", "according",
	"signalled", "signaled", "indicated", "recalled", "assured", "alleged",
	"complained", "hinted", "declared", "declares", "replied", "repeated", "repeats", "repeat",
	"reiterated", "reiterates", "maintained", "maintains", "emphasized", "emphasised",
	"underlined", "underlines", "emphasises", "emphasizes", "acknowledges", "replies", "recalls", "alleges", "argue", "insist", "insists", "insisted", "reminded", "posted", "posts", "tweeted", "tweets", "countered", "retorted",
	"remarked", "conceded", "concedes", "commented", "asserted", "asserts", "affirmed", "affirms", "reaffirmed", "reaffirms", "contended", "contends", "pointed", "underscored", "underscores", "underscore")

// clauseWords start a new clause whose subject is its own.
var clauseWords = set("that", "because", "while", "whereas", "although", "though",
	"but", "if", "whether", "unless", "since", "when", "where", "which", "who",
	"after", "before", "once", "until", "as")

// skipWords sit between a subject and its verb: auxiliaries, modals and
// adverbs ("Moscow has also repeatedly demanded").
var skipWords = set("also", "has", "have", "had", "would", "will", "could", "can",
	"might", "should", "shall", "must", "is", "are", "was", "were", "be",
	"been", "being", "did", "does", "do", "reportedly", "indeed", "again", "still", "now",
	"then", "further", "firmly", "repeatedly", "publicly", "formally", "officially",
	"explicitly", "previously", "already", "even", "only", "just", "long", "once",
	"allegedly", "effectively", "essentially", "initially", "originally", "quickly",
	"swiftly", "immediately", "eventually", "finally", "later", "instead",
	"reluctantly", "openly", "privately", "flatly", "categorically", "bluntly",
	"firstly", "first", "both", "all", "each", "apparently", "consistently",
	"earlier", "recently", "ultimately", "jointly", "separately", "mutually",
	"tentatively", "in", "principle", "not", "never", "no", "longer", "n't",
	"always", "simply", "clearly", "strongly", "additionally", "likewise", "too",
	"meanwhile", "reportedly", "actually", "de", "facto", "fully", "partly", "largely")

// negations turn a position into its refusal or cancel it.
var negations = set("not", "never", "n't", "no", "cannot", "can't", "won't", "didn't",
	"doesn't", "don't", "wouldn't", "isn't", "wasn't", "hasn't", "haven't", "hadn't",
	"refused", "refuses", "declined", "declines", "failed", "fails", "nor", "without")

// beWords make a participle passive: "was demanded by Moscow".
var beWords = set("is", "are", "was", "were", "be", "been", "being")

// pronouns continue the subject of the sentence or of the one before.
var pronouns = set("he", "she", "it", "they", "we", "i")

// tellObjects are whom one tells something, between "told" and what
// was told: "told us the president wants ...".
var tellObjects = set("us", "me", "reporters", "journalists")

// possPronouns own a noun cue: "its demand for".
var possPronouns = set("its", "their", "his", "her", "our", "my")

// agentNouns head a noun phrase that stands for a party named just before
// ("the Russian side", "Moscow's negotiators") or before that, after "the".
// groupNouns name a group of countries named one by one before: "the
// three governments" after "Britain, France and Germany".
var groupNouns = []string{"governments", "capitals", "countries", "leaders"}

var agentNouns = set("coalition", "side", "sides", "member", "members", "delegation", "delegations", "team", "teams",
	"negotiators", "negotiator", "officials", "official", "government", "governments", "president",
	"leader", "leaders", "envoy", "envoys", "minister", "ministry", "spokesman",
	"spokeswoman", "spokesperson", "aide", "aides", "authorities", "diplomats",
	"diplomat", "representatives", "representative", "administration", "leadership",
	"head", "chief", "presidency", "office", "capitals", "capital", "source",
	"sources", "counterparts", "counterpart", "military", "command", "forces", "adviser", "advisers", "advisor", "advisors",
	"army", "troops", "armed", "foreign", "defence", "defense", "lawmakers", "lawmaker", "parliament",
	"senator", "legislator", "senators", "legislators", "deputies", "ministers", "presidents",
	"ambassador", "ambassadors", "embassy", "spokespeople",
	"commissioner", "ombudsman", "mediators", "mediator", "security", "council",
	"staff", "adviser", "advisor", "advisers", "advisors", "camp", "chancellor", "powers",
	"prime", "secretary", "general", "state", "deputy", "special", "admin", "bank", "fund", "cabinet", "regulator")

// otherNouns head a subject that is not the party named with them:
// "Ukraine's allies", "Russia's critics".
var otherNouns = set("allies", "ally", "partners", "partner", "backers", "supporters",
	"friends", "neighbours", "neighbors", "critics", "opponents", "enemies", "adversaries",
	"analysts", "observers", "experts", "media", "press", "journalists", "citizens",
	"residents", "people", "public", "opposition", "veterans", "families", "relatives",
	"mothers", "wives", "lawyers", "courts", "court", "judges", "banks", "companies")

// bothNouns stand for both sides at once ("the two sides").
var bothNouns = set("sides", "parties", "delegations", "countries", "governments", "capitals")

// determiners open a noun phrase.
var determiners = set("the", "a", "an", "this", "that", "these", "those", "its",
	"their", "his", "her", "our", "my", "some", "any", "every")

// prepositions put a name out of subject position ("talks with Russia").
var prepositions = set("of", "with", "from", "to", "for", "against", "between", "on",
	"by", "in", "into", "at", "over", "towards", "toward", "about", "than", "like",
	"among", "amid", "after", "before", "under", "without", "including", "via",
	"behind", "through", "across", "near", "per", "upon", "within", "despite", "during", "beside", "alongside")

// contentStops end the content of a position when they follow a comma.
var contentStops = set("which", "who", "whom", "whose", "while", "but", "although",
	"though", "whereas", "according", "saying", "adding", "as", "despite", "after",
	"when", "where", "even", "something", "a", "an", "the", "he", "she", "they", "it",
	"we", "officials", "sources", "analysts", "diplomats", "and", "so", "yet", "whatever")

// contentIntros are dropped from the start of a content: "that", "for".
var contentIntros = set("that", "for", "on", "to", "with", "also", "again", "now", "and", "or",
	"however", "though", "too", "therefore", "then",
	"still", "instead", "of", "upon", "once", "further", "publicly", "formally",
	"out", "as", "from", "into", "throughout", "always", "moreover", "furthermore")

// listStarts open parallel list items: "no foreign troops and no WMD".
var listStarts = set("no", "a", "an", "the", "all", "any", "its", "their", "full",
	"to", "an", "international", "guarantees", "recognition", "withdrawal", "lifting",
	"limits", "limit", "a ban", "ban", "neutral", "russian", "ukrainian", "sanctions",
	"elections", "security", "return", "release", "new", "direct", "legal", "official",
	"immediate", "permanent", "complete", "unconditional", "caps", "cap", "ceilings", "neutrality",
	"restrictions", "reparations", "compensation", "demilitarisation", "demilitarization", "protection")

// modalsInContent are replaced by "to" after a subject in a that-clause:
// "that Kyiv should withdraw" -> "Kyiv to withdraw".
var modalsInContent = set("should", "must", "would", "will", "shall")

// coordinators join two clauses: "on which positions were found and had
// agreed to ..." is no longer the relative clause.
var coordinators = set("and", "but")

// conditionWords make an agreement conditional, which is a demand:
// "would agree to stop fighting only after Ukrainian troops withdraw".
var conditionWords = set("unless", "until", "provided", "providing")

// limitHeads open a refused content that a side will not accept in any
// form: "refuses any recognition of occupied land", "rejected any limits
// on the size of its army".
var limitHeads = map[string]bool{"recognition": true, "limits": true, "limit": true,
	"cap": true, "caps": true, "ceiling": true, "ceilings": true, "restriction": true, "restrictions": true, "curb": true, "curbs": true}

// troopWords name foreign forces whose presence a side can refuse.
var troopWords = map[string]bool{"troops": true, "troop": true, "soldiers": true,
	"peacekeepers": true, "contingent": true, "contingents": true, "military": true}

// presenceHeads open a refused content that is about troops being there:
// "any deployment of troops from NATO countries", "a role for European
// troops", "Western soldiers in Ukraine".
var presenceHeads = map[string]bool{"deployment": true, "presence": true, "role": true,
	"stationing": true, "troops": true, "soldiers": true, "peacekeepers": true,
	"sending": true, "scenario": true, "contingent": true, "contingents": true,
	"european": true, "western": true, "foreign": true, "nato": true}

// lapseVerbs say that a position named before lapsed: "that deadline has
// since slipped".
var lapseVerbs = map[string]bool{"slipped": true, "lapsed": true, "disappeared": true,
	"vanished": true, "faded": true, "gone": true}

// stanceNouns name a position given up in "shelve that ambition".
var stanceNouns = set("ambition", "demand", "goal", "bid", "aspiration", "insistence",
	"condition", "precondition", "request", "deadline", "ultimatum", "aim", "idea", "line")

// pressureWords are what stays on until the other side moves.
var pressureWords = map[string]bool{"pressure": true, "sanctions": true, "frozen": true,
	"place": true, "force": true, "immobilised": true, "immobilized": true, "leverage": true,
	"blocked": true}

// formerWords stand between a drop verb and the position given up: "has
// dropped its long-held demand", "abandoned the old insistence".
var formerWords = map[string]bool{"long-standing": true, "long-held": true, "earlier": true,
	"old": true, "previous": true, "original": true}

// ownInterests are what a side asks others to respect for it: "Russia's
// legitimate security concerns had to be taken into account".
var ownInterests = set("concerns", "interests", "security", "sovereignty", "rights", "own", "integrity", "independence", "borders", "territory")

// dropParticles are the phrasal verbs that give a position up, by their
// particle: "gave up", "set aside".
var dropParticles = map[string]map[string]bool{
	"up":    {"gave": true, "given": true, "give": true, "gives": true, "giving": true},
	"aside": {"set": true, "sets": true, "setting": true, "put": true, "puts": true, "putting": true},
}

// irregularParticiples follow "can only be" as "decided" does: "peace can
// only be built on ...".
var irregularParticiples = set("taken", "made", "built", "won", "struck", "held", "kept", "found",
	"drawn", "given", "done", "set", "met", "brought", "paid", "sought", "frozen", "broken",
	"chosen", "written", "laid", "undertaken", "overcome", "withdrawn")

// startNouns are the start a side allows talks: "can only be the starting
// point (the basis) for talks".
var startNouns = set("starting", "basis", "point", "start", "foundation", "departure")

// connectives open a sentence with a comma and leave its subject after
// them: "However, a lasting peace can only be built on ...".
var connectives = set("however", "nevertheless", "nonetheless", "still", "yet", "instead", "moreover", "indeed", "crucially", "ultimately", "equally", "likewise")

// movedActs hand over or leave a thing and take no clause: the "that"
// after their object opens a relative clause ("withdraw from land that
// Russia could not take"); with them, the withdrawVerbs (init).
var movedActs = set("cede", "cedes", "surrender", "give", "hand", "hands")

// emphasisVerbs stress what a side holds to: "stressed the need for ...".
var emphasisVerbs = set("stressed", "stresses", "underlined", "underlines", "underscored", "underscores", "emphasised", "emphasized", "emphasises", "emphasizes", "highlighted", "highlights", "reiterated", "reiterates", "noted", "notes")

// gainVerbs are what a side hopes to do to win a thing: "hoped to secure
// a ceasefire".
var gainVerbs = set("secure", "win", "obtain", "achieve", "extract", "clinch", "get")

// refusedActs, refused by a side's own text ("Ukraine will not recognise
// ..."), make its red line: no offer.
var refusedActs = set("recognise", "recognize", "accept", "cede", "surrender", "give", "hand", "withdraw", "sign", "tolerate", "agree", "renounce", "abandon")

// attributeNouns follow a side's name that qualifies them: "a US security
// guarantee", "Russian assets frozen in Europe".
var attributeNouns = set("security", "guarantee", "guarantees", "assets", "sanctions", "troops", "forces", "aid", "weapons", "territory", "army", "economy", "oil", "gas")

// settlementNouns are what a side's terms are for: "A final settlement
// requires ..." right after its memorandum is named says its terms.
var settlementNouns = set("settlement", "peace", "deal", "solution", "treaty", "agreement", "ceasefire", "truce")
