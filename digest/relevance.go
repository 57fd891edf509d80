package digest

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Relevance model.
//
// An item's title and text are cut into sentences and matched, in one pass,
// against every keyword, cue, exclusion term and party alias of the pack.
// Each sentence with keywords is evidence, weighed by where it is (a title
// counts titleWeight times a sentence of the text) and by what stands next
// to it:
//
//   - with one of the two sides (the first two parties of the pack) and no
//     exclusion term: evidence for the talks;
//   - with an exclusion term and neither side ("talks with Iran in
//     Geneva"): evidence for another negotiation, subtracted;
//   - alone, or with a side and an exclusion term: half evidence.
//
// Cues are the words of any bargaining ("deal", "terms", "agreed"): a
// sentence that names a side and no exclusion term gains cueWeight for
// each, up to maxCueWeight, so that an item about the talks that never says
// "talks" or "ceasefire" (a maritime deal, a moratorium on strikes, an
// envoy's visit) still adds up. Cues only back keywords: they count
// nothing next to neither side, nothing in an item without a keyword next
// to a side ("Russia and India agree an oil deal" is a deal, not the
// talks), and nothing in the text of an item whose title names neither side
// (a speech that touches on the talks in one of its sections).
//
// Exchange keywords (a prisoner swap, an exchange of bodies; see
// Topic.Exchanges) are evidence only when one sentence of the item (or its
// title) names both sides and no exclusion term: an exchange between the
// sides is the talks at work, one between Russia and the United States is
// another bargain ("Russia and the West swap 24 prisoners in Ankara", a
// dual citizen freed in a swap with Washington). Elsewhere they count
// nothing, and the reason lists them apart.
//
// Exclusion terms elsewhere subtract half a point each: a round on the
// embassies in Istanbul names "Istanbul" and "talks" often, and its
// embassies and consulates more often. An item that names an exclusion term
// and only one of the sides, or whose title names one without both sides,
// is about that other business; so is an item whose title names an exchange
// that does not count next to a third party (a US–Russia swap). An item that names neither
// side is never relevant, however many keywords it holds: a ceasefire in
// Gaza is not a ceasefire in Ukraine.
const (
	// DefaultMinScore is the score from which an item is relevant when the
	// topic sets none.
	DefaultMinScore = 3.0
	// titleWeight is how much more a sentence of the title counts.
	titleWeight = 3.0
	// densityScale: a text counts fully when at least one sentence in
	// densityScale is about the talks, less when they are fewer (a long
	// article that mentions the talks in passing).
	densityScale = 8.0
	// cueWeight is what one cue adds to a sentence that names a side;
	// maxCueWeight caps the cues of one sentence.
	cueWeight    = 0.5
	maxCueWeight = 1.0
	// maxScoredBytes caps the text scored per item.
	maxScoredBytes = 64 << 10
)

// scorer is the compiled relevance model of a topic.
type scorer struct {
	idx     *termIndex
	parties []Party
	sides   int // the first sides parties are the two sides of the negotiation
	min     float64
}

func newScorer(t Topic) *scorer {
	s := &scorer{idx: newTermIndex(), parties: t.Parties, sides: min(2, len(t.Parties)), min: t.MinScore}
	if s.min <= 0 {
		s.min = DefaultMinScore
	}
	for _, k := range t.Keywords {
		s.idx.add(k, termRef{role: roleKeyword, exchange: isExchangeTerm(k, t.Exchanges)})
	}
	for _, k := range t.Cues {
		s.idx.add(k, termRef{role: roleCue})
	}
	for _, k := range t.Exclude {
		s.idx.add(k, termRef{role: roleExclude})
	}
	for i, p := range t.Parties {
		for _, a := range append([]string{p.Name}, p.Aliases...) {
			s.idx.add(a, termRef{role: roleParty, party: i})
		}
	}
	return s
}

// zoneTally is what one zone (title or text) of an item holds.
type zoneTally struct {
	keywords tallyList // keyword labels with counts, in order of appearance
	cues     tallyList // labels of the cues next to a side
	exclude  tallyList
	aliases  tallyList // party aliases (shown for the title only)
	oneSided tallyList // exchange keywords that count nothing (see the model)
	parties  []bool    // by index in the pack: named in the zone
	talks    float64   // keyword evidence next to a side
	loose    float64   // keyword evidence without context
	other    float64   // keyword evidence next to an exclusion term only
	excluded float64   // exclusion terms
	cueTalks float64   // cue evidence next to a side
	// sentences is the number of sentences; keyed of them hold keywords,
	// cued others hold cues next to a side but no keyword.
	sentences, keyed, cued int
}

// sentTally is what one sentence holds.
type sentTally struct {
	keywords []int   // distinct keyword patterns
	weight   float64 // their weight
	cues     []int   // distinct cue patterns
	sides    bool    // a side is named
	exclude  []int   // distinct exclusion patterns
}

// tallyList counts labels in order of first appearance.
type tallyList struct {
	labels []string
	counts []int
}

func (l *tallyList) add(label string) {
	for i, lab := range l.labels {
		if lab == label {
			l.counts[i]++
			return
		}
	}
	l.labels = append(l.labels, label)
	l.counts = append(l.counts, 1)
}

// merge is a new list with the labels of l, then those of m, counts added.
func (l tallyList) merge(m tallyList) tallyList {
	out := tallyList{labels: slices.Clone(l.labels), counts: slices.Clone(l.counts)}
	for i, lab := range m.labels {
		out.add(lab)
		out.counts[slices.Index(out.labels, lab)] += m.counts[i] - 1
	}
	return out
}

// String is `"a"×3, "b"`.
func (l tallyList) String() string {
	parts := make([]string, len(l.labels))
	for i, lab := range l.labels {
		parts[i] = strconv.Quote(lab)
		if n := l.counts[i]; n > 1 {
			parts[i] += "×" + strconv.Itoa(n)
		}
	}
	return strings.Join(parts, ", ")
}

func (s *scorer) score(it Item) Relevance {
	r, _ := s.scoreMutual(it.storyOnly())
	return r
}

// scoreMutual is score of an item read as its story (Item.storyOnly), and
// whether the item names both sides.
func (s *scorer) scoreMutual(it Item) (Relevance, bool) {
	body := it.Content
	if it.Summary != "" && !containsFold(it.Content, it.Summary) {
		body = it.Summary + "\n" + it.Content
	}
	w := scratchPool.Get().(*scratch)
	defer scratchPool.Put(w)
	titleHits := s.match(withoutKicker(it.Title), &w.title, &w.titleHits)
	textHits := s.match(body, &w.text, &w.textHits)
	mutual := s.sides < 2 || s.sidesNamed(titleHits)|s.sidesNamed(textHits) == 3
	// An exchange counts when one sentence (or the title) names both sides:
	// not a US–Russia swap in an item that mentions Ukraine in passing. It
	// counts too in an item that names both sides, no one else, no other
	// business and a keyword of the talks besides ("agreed in Istanbul"),
	// so not "Belarus frees 31 Ukrainians in a prisoner swap": a swap
	// between them is the only one there is ("The 1,000-for-1,000 exchange
	// agreed in Istanbul is done ..., Ukrainian officials said; Russia's
	// defence ministry reported the same numbers").
	swaps := s.sides < 2 || s.sidesNamed(titleHits) == 3 || s.bothInOneSentence(textHits) ||
		mutual && s.onlySides(titleHits) && s.onlySides(textHits) && (s.talksNamed(titleHits) || s.talksNamed(textHits))
	// A title's exchange next to a third party ("freed in US-Russia swap in
	// Abu Dhabi") counts only when the title names both sides or the text
	// has them exchange: not for a mention of Ukraine elsewhere.
	title := s.tally(titleHits, swaps && (s.sidesNamed(titleHits) == 3 || !s.thirdPartyNamed(titleHits) || s.exchangeOfSides(textHits)))
	text := s.tally(textHits, swaps)

	named := make([]bool, len(s.parties))
	side := false
	for i := range named {
		named[i] = title.parties[i] || text.parties[i]
		side = side || named[i] && i < s.sides
	}
	// Cues only back keywords (see the model above).
	cued := title.talks+text.talks > 0
	if !cued {
		title.cues, text.cues = tallyList{}, tallyList{}
	}
	textCued := cued && (it.Title == "" || slices.Contains(title.parties[:s.sides], true))
	if !textCued {
		text.cues = tallyList{}
	}
	raw := titleWeight*title.evidence(cued) + text.density(textCued)*text.evidence(textCued)
	score := math.Max(0, math.Round(raw*100)/100)
	// Other business named, and only one of the sides: the US and Russia on
	// their embassies, Russia and Azerbaijan, not the talks.
	// So is a title's exchange that does not count, next to a party other
	// than the sides: "Ballerina freed in Abu Dhabi swap as Moscow and
	// Washington test a thaw".
	otherBusiness := s.sides == 2 && (!mutual && title.excluded+text.excluded > 0 || title.excluded > 0 && s.sidesNamed(titleHits) != 3 ||
		len(title.oneSided.labels) > 0 && (slices.Contains(title.parties[s.sides:], true) || text.excluded > 0) ||
		// a title on one side only, over a text that names other business
		// three times and more: "Russia frees US ballerina in Abu Dhabi
		// exchange" over embassies, dual citizens and diplomatic property
		s.sidesNamed(titleHits) != 3 && text.excluded >= 3)
	if otherBusiness && text.talks >= strongTalks && s.bothInOneSentence(textHits) {
		// A roundup or digest that covers the talks at length next to
		// other business ("... Muscat round ends; Abu Dhabi trilateral
		// agrees 314-prisoner swap"): about the talks too. Its sentences
		// about the other business yield no statements (see
		// extractor.elsewhere).
		otherBusiness = false
	}
	return Relevance{
		Relevant: side && score >= s.min && !otherBusiness,
		Score:    score,
		Reason:   s.reason(title, text, named, side),
	}, s.sides == 2 && mutual
}

// strongTalks is the evidence for the talks, in keywords weighed as in
// tally, from which other business named in the text does not make an
// item about that business: a digest or roundup with several items on the
// talks (8.5 to 11.5 in the team's held-out sets). Reports of US–Russia
// swaps and embassy talks that name the talks in passing stay well below
// it (5.5 at most), and so do reports of a speech where the talks are one
// part among others (7.5 and 8 on the real feeds), which are left out.
const strongTalks = 8.5

// evidence is the zone's sum of evidence for the talks, with or without
// its cues.
func (z zoneTally) evidence(cues bool) float64 {
	e := z.talks + z.loose/2 - z.other - z.excluded/2
	if cues {
		e += z.cueTalks
	}
	return e
}

// density is how much of the zone is about the talks: 1 when at least one
// sentence in densityScale has evidence, less when they are fewer (a long
// article that mentions the talks in passing).
func (z zoneTally) density(cues bool) float64 {
	if z.sentences == 0 {
		return 1
	}
	n := z.keyed
	if cues {
		n += z.cued
	}
	return min(1, densityScale*float64(n)/float64(z.sentences))
}

// zoneHits are the terms found in one zone (title or text), in text order.
type zoneHits struct {
	hits      []termHit
	sentences int
}

// scratch holds the buffers that scoring one item needs; scratchPool
// recycles them from item to item.
type scratch struct {
	title, text         scannedText
	titleHits, textHits []termHit
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// match finds the terms of one zone, scanning it into st and appending
// its hits to (*hits)[:0].
func (s *scorer) match(text string, st *scannedText, hits *[]termHit) zoneHits {
	if text == "" {
		return zoneHits{}
	}
	st.scan(text, maxScoredBytes, false)
	*hits = s.idx.match(*st, (*hits)[:0])
	return zoneHits{hits: *hits, sentences: st.sentences()}
}

// sidesNamed is the set of sides named in a zone: bit i for side i.
func (s *scorer) sidesNamed(zh zoneHits) uint8 {
	var named uint8
	for _, h := range zh.hits {
		for _, r := range s.idx.patterns[h.pattern].refs {
			if r.role == roleParty && r.party < s.sides {
				named |= 1 << r.party
			}
		}
	}
	return named
}

// thirdPartyNamed reports whether the zone names a party other than the
// sides.
func (s *scorer) thirdPartyNamed(zh zoneHits) bool {
	return s.anyRef(zh, func(r termRef) bool { return r.role == roleParty && r.party >= s.sides })
}

// anyRef reports whether any term the zone matched refers as ref says.
func (s *scorer) anyRef(zh zoneHits, ref func(termRef) bool) bool {
	for _, h := range zh.hits {
		if slices.ContainsFunc(s.idx.patterns[h.pattern].refs, ref) {
			return true
		}
	}
	return false
}

// talksNamed reports whether the zone names a keyword of the talks other
// than an exchange ("Istanbul", "talks").
func (s *scorer) talksNamed(zh zoneHits) bool {
	return s.anyRef(zh, func(r termRef) bool { return r.role == roleKeyword && !r.exchange })
}

// onlySides reports whether the zone names no party other than the sides
// and no other business.
func (s *scorer) onlySides(zh zoneHits) bool {
	return !s.anyRef(zh, func(r termRef) bool { return r.role == roleParty && r.party >= s.sides || r.role == roleExclude })
}

// bothInOneSentence reports whether one sentence of the zone names both
// sides and no other business.
func (s *scorer) bothInOneSentence(zh zoneHits) bool { return s.sidesSentence(zh, false) }

// exchangeOfSides reports whether one sentence of the zone names both
// sides and an exchange ("Russia and Ukraine exchanged 150 prisoners").
func (s *scorer) exchangeOfSides(zh zoneHits) bool { return s.sidesSentence(zh, true) }

// sidesSentence reports whether one sentence of the zone names both sides
// and, with exchange set, an exchange, else no other business.
func (s *scorer) sidesSentence(zh zoneHits, exchange bool) bool {
	var named uint8
	excluded, exchanged := false, false
	current := int32(-1)
	done := func() bool { return named == 3 && (exchange && exchanged || !exchange && !excluded) }
	for _, h := range zh.hits {
		if h.sentence != current {
			if done() {
				return true
			}
			named, excluded, exchanged, current = 0, false, false, h.sentence
		}
		for _, r := range s.idx.patterns[h.pattern].refs {
			switch {
			case r.role == roleParty && r.party < s.sides:
				named |= 1 << r.party
			case r.role == roleExclude:
				excluded = true // "a dual US-Russian citizen ... a charity that helps Ukraine"
			case r.role == roleKeyword && r.exchange:
				exchanged = true
			}
		}
	}
	return done()
}

// tally sums the evidence of one zone, sentence by sentence. Exchange
// keywords count only when mutual: the item names both sides.
func (s *scorer) tally(zh zoneHits, mutual bool) zoneTally {
	z := zoneTally{parties: make([]bool, len(s.parties)), sentences: zh.sentences}
	var sent sentTally
	flush := func() {
		excl := len(sent.exclude) > 0
		switch {
		case sent.weight == 0:
		case sent.sides && !excl:
			z.talks += sent.weight
		case excl && !sent.sides:
			z.other += sent.weight
		default:
			z.loose += sent.weight
		}
		cued := sent.sides && !excl && len(sent.cues) > 0
		if cued {
			z.cueTalks += min(maxCueWeight, cueWeight*float64(len(sent.cues)))
			for _, c := range sent.cues {
				z.cues.add(s.idx.patterns[c].label(roleCue))
			}
		}
		switch {
		case sent.weight > 0:
			z.keyed++
		case cued:
			z.cued++
		}
		z.excluded += float64(len(sent.exclude))
		sent = sentTally{keywords: sent.keywords[:0], cues: sent.cues[:0], exclude: sent.exclude[:0]}
	}
	current := int32(-1)
	for _, h := range zh.hits {
		if h.sentence != current {
			flush()
			current = h.sentence
		}
		p := &s.idx.patterns[h.pattern]
		for _, r := range p.refs {
			switch r.role {
			case roleKeyword:
				if r.exchange && !mutual {
					z.oneSided.add(r.label)
					continue
				}
				z.keywords.add(r.label)
				if !slices.Contains(sent.keywords, h.pattern) {
					sent.keywords = append(sent.keywords, h.pattern)
					sent.weight += keywordWeight(p)
				}
			case roleCue:
				if !slices.Contains(sent.cues, h.pattern) {
					sent.cues = append(sent.cues, h.pattern)
				}
			case roleExclude:
				z.exclude.add(r.label)
				if !slices.Contains(sent.exclude, h.pattern) {
					sent.exclude = append(sent.exclude, h.pattern)
				}
			case roleParty:
				z.aliases.add(r.label)
				z.parties[r.party] = true
				sent.sides = sent.sides || r.party < s.sides
			}
		}
	}
	flush()
	return z
}

// isExchangeTerm reports whether a keyword names an exchange: one of its
// words starts with one of the pack's exchange stems (Topic.Exchanges).
func isExchangeTerm(term string, stems []string) bool {
	for _, w := range strings.Fields(strings.ToLower(term)) {
		for _, stem := range stems {
			if strings.HasPrefix(w, strings.ToLower(stem)) {
				return true
			}
		}
	}
	return false
}

// keywordWeight is how much a keyword counts: phrases say more than words.
func keywordWeight(p *termPattern) float64 {
	if len(p.words) > 1 {
		return 1.5
	}
	return 1
}

// reason says what matched, in a fixed order: title terms, counted cues and
// aliases, text terms and counted cues with counts, the parties named (in
// pack order), exclusion terms.
func (s *scorer) reason(title, text zoneTally, named []bool, side bool) string {
	var parts []string
	if t := joinNonEmpty(", ", title.keywords.String(), title.cues.String(), title.aliases.String(), title.exclude.String()); t != "" {
		parts = append(parts, "title: "+t)
	}
	if t := joinNonEmpty(", ", text.keywords.String(), text.cues.String()); t != "" {
		parts = append(parts, "text: "+t)
	}
	var ids []string
	for i, p := range s.parties {
		if named[i] {
			ids = append(ids, p.ID)
		}
	}
	switch {
	case len(ids) > 0 && side:
		parts = append(parts, "parties "+strings.Join(ids, ", "))
	case len(ids) > 0:
		parts = append(parts, "parties "+strings.Join(ids, ", ")+" (neither side)")
	default:
		parts = append(parts, "no party named")
	}
	if t := text.exclude.String(); t != "" {
		parts = append(parts, "other talks: "+t)
	}
	if t := title.oneSided.merge(text.oneSided).String(); t != "" {
		parts = append(parts, "exchange without both sides: "+t)
	}
	return strings.Join(parts, "; ")
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
