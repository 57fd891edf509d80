package digest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the term matcher behind relevance: every keyword, cue,
// exclusion term and party alias of a pack is compiled into one index, and
// a text is matched against all of them in one pass over its words.

// termRole says what a matched term stands for.
type termRole uint8

const (
	roleKeyword termRole = iota
	roleCue
	roleExclude
	roleParty
)

// termRef is one meaning of a term: a keyword, a cue, an exclusion term,
// or an alias of a party (Party is the index in the pack).
type termRef struct {
	role     termRole
	party    int
	label    string // the term as a reason shows it (see termLabel)
	exchange bool   // a keyword that names an exchange (see isExchangeTerm)
}

// termPattern is a compiled term: its words, lower-cased and normalized;
// a word ending in '*' matches any word starting with it. upper requires
// every matched word to be written in capitals ("US" but not "us").
type termPattern struct {
	words []string
	upper bool
	refs  []termRef
}

// termIndex finds the terms of a pack in a text.
type termIndex struct {
	patterns []termPattern
	byKey    map[string]int   // words joined by spaces ("^" first when upper) -> pattern
	exact    map[string][]int // first word -> patterns, longest first
	prefix   map[string][]int // first word's prefix (without '*') -> patterns
	// prefixLens are the byte lengths of the keys of prefix, ascending.
	prefixLens []int
	// gate holds the first gateLen bytes of every key of prefix: a word
	// that starts otherwise needs no prefix lookup.
	gate    wordFilter
	gateLen int
	// exactGate holds the keys of exact: a word it lacks needs no lookup.
	exactGate wordFilter
}

// termLabel is how a reason names a term: as the pack writes it, with a
// trailing '*' shown as "…".
func termLabel(label string) string {
	return strings.ReplaceAll(label, "*", "…")
}

// label is how a reason shows the pattern in the given role.
func (p *termPattern) label(role termRole) string {
	for _, r := range p.refs {
		if r.role == role {
			return r.label
		}
	}
	return p.refs[0].label
}

// wordSpan is one word of a scanned text: its lower-cased, normalized form
// is buf[start:end].
type wordSpan struct {
	start, end int32
	sentence   int32
	upper      bool // written in capitals only
}

// scannedText is a text cut into normalized words and sentences.
type scannedText struct {
	buf   []byte
	words []wordSpan
}

// termHit is one occurrence of a pattern.
type termHit struct {
	pattern  int
	sentence int32
}

func newTermIndex() *termIndex {
	return &termIndex{byKey: map[string]int{}, exact: map[string][]int{}, prefix: map[string][]int{}}
}

// add compiles a term with one meaning. Terms with the same words share
// one pattern; empty terms are ignored.
func (x *termIndex) add(term string, ref termRef) {
	st := scan(term, len(term), true)
	if len(st.words) == 0 {
		return
	}
	words := make([]string, len(st.words))
	upper := true
	for i, w := range st.words {
		words[i] = string(st.buf[w.start:w.end])
		upper = upper && w.upper
	}
	ref.label = termLabel(strings.TrimSpace(term))
	key := strings.Join(words, " ")
	if upper {
		key = "^" + key
	}
	if id, ok := x.byKey[key]; ok {
		p := &x.patterns[id]
		for _, r := range p.refs {
			if r.role == ref.role && r.party == ref.party {
				return
			}
		}
		p.refs = append(p.refs, ref)
		return
	}
	id := len(x.patterns)
	x.patterns = append(x.patterns, termPattern{words: words, upper: upper, refs: []termRef{ref}})
	x.byKey[key] = id
	first := words[0]
	if strings.HasSuffix(first, "*") {
		first = strings.TrimSuffix(first, "*")
		if _, ok := x.prefix[first]; !ok {
			x.addPrefixLen(len(first))
		}
		x.prefix[first] = x.insertLongestFirst(x.prefix[first], id)
		x.rebuildGate()
		return
	}
	x.exact[first] = x.insertLongestFirst(x.exact[first], id)
	x.exactGate.add([]byte(first))
}

func (x *termIndex) addPrefixLen(n int) {
	for _, l := range x.prefixLens {
		if l == n {
			return
		}
	}
	x.prefixLens = append(x.prefixLens, n)
	for i := len(x.prefixLens) - 1; i > 0 && x.prefixLens[i] < x.prefixLens[i-1]; i-- {
		x.prefixLens[i], x.prefixLens[i-1] = x.prefixLens[i-1], x.prefixLens[i]
	}
}

// rebuildGate recomputes gate from the keys of prefix.
func (x *termIndex) rebuildGate() {
	x.gateLen = min(gateMax, x.prefixLens[0])
	x.gate = wordFilter{}
	for k := range x.prefix {
		x.gate.add([]byte(k[:x.gateLen]))
	}
}

// gateMax bounds the length of the prefix gate's keys.
const gateMax = 4

// wordFilter is a set of words that may answer yes wrongly but never no
// wrongly, and answers faster than a map: a bit for the hash of each
// word's length, first two bytes and last byte.
type wordFilter [filterBits / 64]uint64

const (
	filterLog  = 14
	filterBits = 1 << filterLog
)

func (f *wordFilter) add(w []byte) {
	h := filterHash(w)
	f[h/64] |= 1 << (h % 64)
}

func (f *wordFilter) has(w []byte) bool {
	h := filterHash(w)
	return f[h/64]&(1<<(h%64)) != 0
}

func filterHash(w []byte) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0])<<16 ^ uint32(w[min(1, n-1)])<<8 ^ uint32(w[n-1])
	h *= 0x85ebca6b
	return h >> (32 - filterLog)
}

// insertLongestFirst adds pattern id to ids, keeping patterns with more
// words first so that the longest match wins.
func (x *termIndex) insertLongestFirst(ids []int, id int) []int {
	n := len(x.patterns[id].words)
	at := len(ids)
	for i, other := range ids {
		if len(x.patterns[other].words) < n {
			at = i
			break
		}
	}
	ids = append(ids, 0)
	copy(ids[at+1:], ids[at:])
	ids[at] = id
	return ids
}

// match returns every occurrence of a pattern in the text, leftmost-longest,
// in text order.
func (x *termIndex) match(st scannedText, hits []termHit) []termHit {
	for i := 0; i < len(st.words); {
		if id, n := x.matchAt(st, i); n > 0 {
			hits = append(hits, termHit{pattern: id, sentence: st.words[i].sentence})
			i += n
			continue
		}
		i++
	}
	return hits
}

// matchAt finds the longest pattern that starts at word i; n is its length
// in words, zero when none matches.
func (x *termIndex) matchAt(st scannedText, i int) (id, n int) {
	w := st.words[i]
	word := st.buf[w.start:w.end]
	best, bestN := -1, 0
	try := func(ids []int) {
		for _, c := range ids {
			p := &x.patterns[c]
			if len(p.words) <= bestN {
				return // longest first: nothing longer follows
			}
			if x.matches(st, i, p) {
				best, bestN = c, len(p.words)
				return
			}
		}
	}
	if x.exactGate.has(word) {
		try(x.exact[string(word)])
	}
	if len(x.prefixLens) == 0 || len(word) < x.gateLen || !x.gate.has(word[:x.gateLen]) {
		return best, bestN
	}
	for _, l := range x.prefixLens {
		if l > len(word) {
			break
		}
		if l < len(word) && !utf8.RuneStart(word[l]) {
			continue
		}
		try(x.prefix[string(word[:l])])
	}
	return best, bestN
}

// matches reports whether pattern p matches the words from i on, within
// one sentence.
func (x *termIndex) matches(st scannedText, i int, p *termPattern) bool {
	if i+len(p.words) > len(st.words) {
		return false
	}
	sentence := st.words[i].sentence
	for k, pw := range p.words {
		w := st.words[i+k]
		if w.sentence != sentence || (p.upper && !w.upper) {
			return false
		}
		word := string(st.buf[w.start:w.end])
		if stem, ok := strings.CutSuffix(pw, "*"); ok {
			if !strings.HasPrefix(word, stem) {
				return false
			}
		} else if word != pw {
			return false
		}
	}
	return true
}

// scanText cuts at most limit bytes of s into lower-cased words and
// sentences. Letters and digits make words; an apostrophe between two
// Cyrillic letters belongs to the word (Ukrainian "перемир'я"), elsewhere
// it ends it ("Russia's" gives "russia", "s"). Sentences end at . ! ? ; …
// and line breaks, except for a period after a one-letter word ("U.S.").
// "ё" is folded to "е".
func scanText(s string, limit int) scannedText { return scan(s, limit, false) }

// scan is scanText; with star set, '*' is a word rune (for compiling terms).
func scan(s string, limit int, star bool) scannedText {
	var st scannedText
	st.scan(s, limit, star)
	return st
}

// scan is the package's scan into st, reusing its buffers.
func (st *scannedText) scan(s string, limit int, star bool) {
	if len(s) > limit {
		for limit > 0 && !utf8.RuneStart(s[limit]) {
			limit--
		}
		s = s[:limit]
	}
	st.buf, st.words = slices.Grow(st.buf[:0], len(s)), slices.Grow(st.words[:0], len(s)/6+1)
	var (
		sentence int32
		w        wordState
		prev     rune
	)
	for i := 0; i < len(s); {
		if asciiWordByte[s[i]] { // a run of ASCII letters and digits
			w.begin(st, sentence)
			j := i
			for ; j < len(s) && asciiWordByte[s[j]]; j++ {
				c := s[j]
				switch {
				case 'A' <= c && c <= 'Z':
					w.upper = true
					c += 'a' - 'A'
				case 'a' <= c:
					w.lower = true
				}
				st.buf = append(st.buf, c)
			}
			w.runes += j - i
			prev = rune(s[j-1])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		lr, upper, lower, ok := wordRune(r, star)
		if !ok && termApostrophe(r) && w.in && termCyrillic(prev) {
			if next := runeAfter(s, i); termCyrillic(next) || star && next == '*' {
				lr, ok = '\'', true
			}
		}
		prev = r
		i += size
		if ok {
			w.begin(st, sentence)
			w.upper = w.upper || upper
			w.lower = w.lower || lower
			w.runes++
			st.buf = utf8.AppendRune(st.buf, lr)
			continue
		}
		oneLetter := w.in && w.runes == 1
		w.end(st)
		switch r {
		case '.':
			if !oneLetter {
				sentence++
			}
		case '!', '?', ';', '…', '\n':
			sentence++
		}
	}
	w.end(st)
}

// wordState is the word being scanned.
type wordState struct {
	cur          wordSpan
	in           bool
	upper, lower bool // holds upper-case, lower-case letters
	runes        int
}

// begin starts a word at the end of st.buf, unless one is under way.
func (w *wordState) begin(st *scannedText, sentence int32) {
	if !w.in {
		*w = wordState{cur: wordSpan{start: int32(len(st.buf)), sentence: sentence}, in: true}
	}
}

// end adds the word under way, if any, to st.
func (w *wordState) end(st *scannedText) {
	if w.in {
		w.cur.end = int32(len(st.buf))
		w.cur.upper = w.upper && !w.lower
		st.words = append(st.words, w.cur)
		w.in = false
	}
}

// asciiWordByte holds the ASCII letters and digits.
var asciiWordByte = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordRune tells whether r belongs to a word and gives it lower-cased
// ("ё" folded to "е"), with its case. With star set, '*' belongs to words.
func wordRune(r rune, star bool) (lower rune, isUpper, isLower, ok bool) {
	switch {
	case 'a' <= r && r <= 'z':
		return r, false, true, true
	case 'A' <= r && r <= 'Z':
		return r + 'a' - 'A', true, false, true
	case '0' <= r && r <= '9':
		return r, false, false, true
	case r < utf8.RuneSelf:
		return r, false, false, star && r == '*'
	case 'А' <= r && r <= 'я': // the basic Cyrillic letters, a fast path
		if r < 'а' {
			return r + 'а' - 'А', true, false, true
		}
		return r, false, true, true
	case r == 'ё' || r == 'Ё':
		return 'е', r == 'Ё', r == 'ё', true
	case '\u2000' <= r && r <= '\u206f': // general punctuation: no word runes
		return 0, false, false, false
	case termApostrophe(r) || !termWordRune(r):
		return 0, false, false, false
	}
	isUpper, isLower = unicode.IsUpper(r), unicode.IsLower(r)
	lower = unicode.ToLower(r)
	if lower == 'ё' {
		lower = 'е'
	}
	return lower, isUpper, isLower, true
}

// sentences counts the sentences that hold words.
func (st scannedText) sentences() int {
	n, last := 0, int32(-1)
	for _, w := range st.words {
		if w.sentence != last {
			n++
			last = w.sentence
		}
	}
	return n
}

func termWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func termApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '`' }

func termCyrillic(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }

// runeAfter is the rune after the one at byte offset i of s.
func runeAfter(s string, i int) rune {
	_, size := utf8.DecodeRuneInString(s[i:])
	if i+size >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i+size:])
	return r
}
