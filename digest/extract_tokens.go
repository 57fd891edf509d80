package digest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of a sentence.
type token struct {
	text string // as written, possessive ending included
	low  string // lower-cased, possessive ending and abbreviation dots removed
	pos  int    // byte offset of text in the tokenized string
	// info is the word's entry in the vocabulary it was looked up in (see
	// looked), nil for a word the extractor does not know.
	info   *wordInfo
	word   bool // letters or digits (else punctuation)
	poss   bool // "Russia's", "allies'"
	caps   bool // first letter upper-case
	upper  bool // every letter upper-case ("US", "U.S.", "EU")
	party  bool // part of a party's name (set by the extractor)
	space  bool // preceded by white space
	looked bool // looked up in a vocabulary
}

// madeWord returns a lower-case word the extractor adds to a content ("to"
// of "Kyiv to adopt"), at no place in the sentence.
func madeWord(w string) token {
	return token{text: w, low: w, word: true, space: true, pos: -1}
}

// wordInfo is what the extractor knows of a lower-case word: whether it
// can start a cue, and the party names that start with it.
type wordInfo struct {
	low     string
	cue     bool      // may start a cue (cueStarts)
	number  bool      // a number word ("thousand")
	sets    [2]uint64 // bits of the word sets holding it (wordSet.word, wordSet.bit)
	verb    Kind      // its kind in verbCues, or ""
	noun    Kind      // its kind in nounCues, or ""
	bare    bool      // looksBareVerb
	rare    rare      // its bits in rareBits, or 0
	aliases []alias   // longest first
}

// vocab maps lower-case words to what is known of them; tokenizeInto looks
// each word up once. It is an open-addressing hash table whose hash
// (FNV-1a) lowerWord computes while it lower-cases a word. Each slot keeps
// its word's hash, so that a probe reads the entry only on a full match of
// hashes. It is read-only once built, so safe for concurrent readers.
type vocab struct {
	slots []slot      // len is a power of two, at most a quarter full
	words []*wordInfo // in insertion order
}

type slot struct {
	hash uint32
	e    *wordInfo // nil for an empty slot
}

func newVocab() *vocab { return &vocab{slots: make([]slot, 1024)} }

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnvHash(s string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// find returns the entry of w, or nil; v may be nil.
func (v *vocab) find(w string) *wordInfo {
	if v == nil {
		return nil
	}
	h := fnvHash(w)
	mask := uint32(len(v.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if s := v.slots[i]; s.e == nil || s.hash == h && s.e.low == w {
			return s.e
		}
	}
}

// findBytes is find of a word held in a buffer, whose hash is h, without
// making a string of it.
func (v *vocab) findBytes(w []byte, h uint32) *wordInfo {
	mask := uint32(len(v.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if s := v.slots[i]; s.e == nil || s.hash == h && s.e.low == string(w) {
			return s.e
		}
	}
}

// add returns the entry of w, creating it.
func (v *vocab) add(w string) *wordInfo {
	if e := v.find(w); e != nil {
		return e
	}
	if 4*(len(v.words)+1) > len(v.slots) {
		v.slots = make([]slot, 2*len(v.slots))
		for _, e := range v.words {
			v.insert(e)
		}
	}
	e := &wordInfo{low: w}
	v.words = append(v.words, e)
	v.insert(e)
	return e
}

func (v *vocab) insert(e *wordInfo) {
	mask := uint32(len(v.slots) - 1)
	h := fnvHash(e.low)
	i := h & mask
	for v.slots[i].e != nil {
		i = (i + 1) & mask
	}
	v.slots[i] = slot{h, e}
}

// tokenize cuts a sentence into words and punctuation marks. Words keep
// inner hyphens, apostrophes, and the separators of numbers ("1,000",
// "2.5") and of abbreviations ("U.S.").
func tokenize(s string) []token { return tokenizeInto(make([]token, 0, len(s)/5+1), s, nil) }

// tokenizeInto is tokenize appending to toks, so that a caller can reuse
// one buffer for every sentence of an item. Words are looked up in voc
// (which may be nil) and share its lower-case strings.
func tokenizeInto(toks []token, s string, voc *vocab) []token {
	space := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r < utf8.RuneSelf {
			if asciiSpace[r] {
				i++
				space = true
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) || r == utf8.RuneError {
				i += size
				space = true
				continue
			}
		}
		if !isWordRune(r) {
			// Marks are looked up too: ":" and "—" are in word sets.
			mark := s[i : i+size]
			low := markLow(mark)
			toks = append(toks, token{text: mark, low: low, pos: i, space: space, info: voc.find(low), looked: voc != nil})
			i += size
			space = false
			continue
		}
		start := i
		i += size
		dotted := false // a period inside the word: "U.S.", "2.5"
		for i < len(s) {
			if b := s[i]; b < utf8.RuneSelf && isASCIIWordByte(b) {
				i++
				continue
			}
			c, cs := utf8.DecodeRuneInString(s[i:])
			if isWordRune(c) {
				i += cs
				continue
			}
			if i+cs < len(s) && (c == '-' || c == '\'' || c == '’' || c == '.' || c == ',') {
				n, _ := utf8.DecodeRuneInString(s[i+cs:])
				p, _ := utf8.DecodeLastRuneInString(s[:i])
				switch {
				case c == '-' && voc != nil && sideAdjectives(s[start:i], s[i+cs:], voc):
					// "US-Ukrainian", "Russian-Ukrainian": two sides, two
					// words (and the hyphen between them)
				case (c == '-' || c == '\'' || c == '’') && isWordRune(n):
					i += cs
					continue
				case (c == ',' || c == '.') && unicode.IsDigit(p) && unicode.IsDigit(n):
					dotted = dotted || c == '.'
					i += cs
					continue
				case c == '.' && unicode.IsLetter(p) && unicode.IsLetter(n) && i+cs+1 < len(s) && s[i+cs+1] == '.':
					// "U.S.": a letter, a period, a letter, a period.
					dotted = true
					i += cs
					continue
				}
			}
			break
		}
		text := s[start:i]
		// The final period of "U.S." belongs to the word.
		if dotted && i < len(s) && s[i] == '.' && utf8.RuneCountInString(text) <= 6 {
			i++
			text = s[start:i]
		}
		t := token{text: text, word: true, pos: start, space: space}
		space = false
		core := text
		switch {
		case possessiveEnd(core):
			t.poss = true
			core = core[:strings.LastIndexAny(core, "'’")]
		case i < len(s) && (s[i] == '\'' || strings.HasPrefix(s[i:], "’")) && core[len(core)-1] == 's' && !followedByLetter(s, i):
			t.poss = true
			if s[i] == '\'' {
				i++
			} else {
				i += len("’")
			}
			t.text = s[start:i]
		}
		if strings.Contains(core, "’") {
			core = strings.ReplaceAll(core, "’", "'") // "doesn’t" is "doesn't" to the lexicon and the rules
		}
		first := rune(core[0])
		if first >= utf8.RuneSelf {
			first, _ = utf8.DecodeRuneInString(core)
		}
		t.caps = 'A' <= first && first <= 'Z' || first >= utf8.RuneSelf && unicode.IsUpper(first)
		t.upper = t.caps && !hasLower(core)
		t.low, t.info = lowerWord(core, voc)
		t.looked = voc != nil
		if i+1 < len(s) && s[i] == '.' && s[i+1] == ' ' && abbreviation(t.low, s[i+2:]) {
			i++ // "Mr. Putin", "Aug. 6": the period is the word's, as in "Mr Putin"
			t.text = s[start:i]
		}
		if dotted && !unicode.IsDigit(first) {
			t.low = strings.ReplaceAll(t.low, ".", "")
			if wi := voc.find(t.low); wi != nil {
				t.low, t.info = wi.low, wi
			}
		}
		toks = append(toks, t)
	}
	return toks
}

// sideAdjectives reports whether a hyphen between head and the word that
// rest opens joins two sides named as adjectives or initials:
// "US-Ukrainian", "Russian-Ukrainian"; or a side and its authorship,
// "US-drafted"; not "Putin-Zelensky" (a meeting of two people) nor
// "Russia-Ukraine" (the war's name).
func sideAdjectives(head, rest string, voc *vocab) bool {
	if !sideAdjective(head, voc) {
		return false
	}
	e := 0
	for e < len(rest) && isASCIIWordByte(rest[e]) {
		e++
	}
	return sideAdjective(rest[:e], voc) || authoredBy[rest[:e]]
}

// authoredBy are the participles of a side's hyphenated authorship: "the
// US-drafted plan", "a Russian-written memorandum" are the side's texts,
// the side split off as it is in "the US plan".
var authoredBy = map[string]bool{"drafted": true, "written": true, "authored": true, "crafted": true, "backed": true, "sponsored": true, "designed": true}

// sideAdjective reports whether w is a side's one-word name that is an
// adjective ("Ukrainian", "Turkish") or initials ("US", "EU").
func sideAdjective(w string, voc *vocab) bool {
	if !sideAdjectiveForm(w) {
		return false
	}
	_, info := lowerWord(w, voc)
	return info != nil && slices.ContainsFunc(info.aliases, func(a alias) bool { return len(a.words) == 1 })
}

// sideAdjectiveForm reports whether w is written as a side's adjective or
// initials: "Ukrainian", "Turkish", "US".
func sideAdjectiveForm(w string) bool {
	return len(w) >= 2 && !strings.ContainsRune(w, '-') && (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ish") || !hasLower(w))
}

// asciiSpace marks the ASCII white-space bytes, as unicode.IsSpace does.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// numeric reports whether the token is a number, in figures ("1,200")
// or in words ("three", "fourteen").
func (t token) numeric() bool { return isNumber(t.low) || t.info != nil && t.info.number }

// quoting returns whether the text is within quotes after the token, given
// whether it was before: a straight mark opens or closes, and so does “
// (which closes a German „...“); the others say which.
func (t token) quoting(in bool) bool {
	switch t.text {
	case "\"", "“":
		return !in
	case "„", "«":
		return true
	case "”", "»":
		return false
	}
	return in
}

// markLow is how the rules read a punctuation mark: a curly or angled
// quotation mark as the straight one, so that a rule written for "talks"
// reads “talks” alike (a mark's text keeps which way it faces).
func markLow(mark string) string {
	switch mark {
	case "“", "”", "„", "‟", "«", "»":
		return "\""
	case "‘", "’", "‚", "‛":
		return "'"
	}
	return mark
}

// possessiveEnd reports whether a word ends in "'s" or "’s".
func possessiveEnd(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// lowerWord lower-cases a word and finds it in voc, without allocating when
// the word is already lower-case or known.
func lowerWord(w string, voc *vocab) (string, *wordInfo) {
	var buf [24]byte
	if len(w) > len(buf) {
		w = strings.ToLower(w)
		return w, voc.find(w)
	}
	upper := false
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			w = strings.ToLower(w)
			if wi := voc.find(w); wi != nil {
				return wi.low, wi
			}
			return w, nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[i] = c
		h = (h ^ uint32(c)) * fnvPrime
	}
	if voc != nil {
		if wi := voc.findBytes(buf[:len(w)], h); wi != nil {
			return wi.low, wi
		}
	}
	if !upper {
		return w, nil
	}
	return string(buf[:len(w)]), nil
}

// hasLower reports whether w has a lower-case letter.
func hasLower(w string) bool {
	for _, r := range w {
		if 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func followedByLetter(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	if i+size >= len(s) {
		return false
	}
	n, _ := utf8.DecodeRuneInString(s[i+size:])
	return unicode.IsLetter(n)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isASCIIWordByte reports whether an ASCII byte is a letter or a digit.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// joinTokens writes tokens back as text, with a space where the original
// had one; markup characters are dropped.
func joinTokens(toks []token) string {
	n := 0
	for _, t := range toks {
		n += len(t.text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for _, t := range toks {
		if !t.word {
			switch t.text {
			case "<", ">", "{", "}", "=", "|", "\\", "*", "#", "_", "^", "`", "~", "[", "]":
				continue
			}
		}
		if b.Len() > 0 && t.space {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
