package article

import (
	"strings"
	"unicode"
)

// script is a writing system, as far as telling paragraphs apart needs.
type script int

const (
	scriptNone script = iota
	scriptLatin
	scriptCyrillic
	scriptGreek
	scriptArabic
	scriptHebrew
	scriptCJK
	scriptOther
)

// scriptOf returns the script of letter r.
func scriptOf(r rune) script {
	switch {
	case r < 0x80:
		if unicode.IsLetter(r) {
			return scriptLatin
		}
		return scriptNone
	case !unicode.IsLetter(r):
		return scriptNone
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Greek, r):
		return scriptGreek
	case unicode.Is(unicode.Arabic, r):
		return scriptArabic
	case unicode.Is(unicode.Hebrew, r):
		return scriptHebrew
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
		return scriptCJK
	}
	return scriptOther
}

// stopwords are frequent short words of the languages parley's feeds are
// written in; a paragraph's language is the one whose words it uses most.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "that", "for", "was", "with", "on", "said", "it", "as", "by", "at", "from", "has", "have", "were", "would", "will", "which", "this", "after"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf", "für", "dem", "den", "ein", "eine", "zu", "von", "wurde", "auch", "nach", "sagte"},
	"fr": {"le", "les", "et", "des", "du", "est", "une", "un", "pour", "que", "qui", "dans", "sur", "pas", "au", "avec", "ont", "été", "selon"},
	"es": {"el", "los", "las", "y", "que", "en", "del", "por", "con", "una", "para", "es", "se", "su", "al", "fue", "según"},
	"it": {"il", "che", "di", "e", "del", "della", "per", "non", "un", "una", "sono", "con", "è", "gli", "nel", "alla"},
	"pt": {"os", "e", "do", "da", "que", "em", "para", "com", "não", "uma", "um", "por", "foi", "segundo"},
	"nl": {"het", "een", "en", "van", "is", "dat", "op", "te", "niet", "met", "voor", "zijn", "werd"},
	"pl": {"i", "w", "na", "z", "się", "nie", "że", "do", "jest", "to", "jak", "przez", "dla", "oraz"},
	"tr": {"ve", "bir", "bu", "ile", "için", "olarak", "daha", "çok", "gibi", "ama"},
	"ru": {"и", "в", "не", "на", "что", "с", "по", "как", "это", "к", "из", "за", "о", "от", "был", "для", "его", "он", "также"},
	"uk": {"і", "в", "у", "не", "на", "що", "з", "та", "як", "це", "до", "за", "від", "про", "для", "його", "він", "було", "також"},
}

// stopwordLangs maps each stopword to the languages that use it.
var stopwordLangs = func() map[string][]string {
	m := map[string][]string{}
	for lang, words := range stopwords {
		for _, w := range words {
			m[w] = append(m[w], lang)
		}
	}
	return m
}()

// Letters only Ukrainian or only Russian use among Cyrillic alphabets.
const (
	ukrainianLetters = "іїєґІЇЄҐ"
	russianLetters   = "ыэъёЫЭЪЁ"
)

// paragraphLang is what the words of one paragraph tell.
type paragraphLang struct {
	script  script // the script of most of its letters, or scriptNone when mixed or too short
	lang    string // the language it is written in, or "" when unsure
	letters int
}

// minLetters and minHits are the evidence a paragraph must give before
// its script or language is believed.
const (
	minLetters = 12
	minHits    = 3
)

// detect tells the script and language of paragraph p.
func detect(p string) paragraphLang {
	var counts [scriptOther + 1]int
	total := 0
	for _, r := range p {
		if s := scriptOf(r); s != scriptNone {
			counts[s]++
			total++
		}
	}
	out := paragraphLang{letters: total}
	if total < minLetters {
		return out
	}
	for s, n := range counts {
		if 10*n >= 7*total {
			out.script = script(s)
		}
	}
	if out.script == scriptNone {
		return out
	}
	hits := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, lang := range stopwordLangs[w] {
			hits[lang]++
		}
	}
	if out.script == scriptCyrillic {
		if strings.ContainsAny(p, ukrainianLetters) {
			hits["uk"] += minHits
		}
		if strings.ContainsAny(p, russianLetters) {
			hits["ru"] += minHits
		}
	}
	best := heaviest(hits)
	second := 0
	for lang, n := range hits {
		if lang != best {
			second = max(second, n)
		}
	}
	if best != "" && hits[best] >= minHits && hits[best] >= 2*second {
		out.lang = best
	}
	return out
}

// keepMainLanguage drops the paragraphs written in another script or
// language than most of the text, and returns the rest with the main
// language ("" when the paragraphs do not tell it). A paragraph too short
// or too mixed to tell is kept.
func keepMainLanguage(paras []string) ([]string, string) {
	langs := make([]paragraphLang, len(paras))
	scriptWeight := map[script]int{}
	langWeight := map[string]int{}
	for i, p := range paras {
		langs[i] = detect(p)
		if langs[i].script != scriptNone {
			scriptWeight[langs[i].script] += langs[i].letters
		}
		if langs[i].lang != "" {
			langWeight[langs[i].lang] += langs[i].letters
		}
	}
	mainScript, mainLang := heaviest(scriptWeight), heaviest(langWeight)
	kept := paras[:0:0]
	for i, p := range paras {
		l := langs[i]
		if l.script != scriptNone && l.script != mainScript || l.lang != "" && l.lang != mainLang {
			continue
		}
		kept = append(kept, p)
	}
	return kept, mainLang
}

// heaviest returns the key of m with the largest value (the smallest key
// among equals), or the zero key for an empty map.
func heaviest[K string | script](m map[K]int) K {
	var best K
	found := false
	for k, n := range m {
		if !found || n > m[best] || n == m[best] && k < best {
			best, found = k, true
		}
	}
	return best
}
