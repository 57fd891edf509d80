package feeds

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements end a paragraph where they open and where they close.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tr: true, atom.Ul: true,
}

// droppedElements are left out with everything inside them.
var droppedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Head: true, atom.Select: true, atom.Button: true,
	// A photo's caption is no part of the story: its names would stand
	// between a sentence and the next one's "he" or "it".
	atom.Figcaption: true,
}

// cellElements are table cells: the cells of a row are written apart by
// " | ", so they do not run together and a reader can tell the columns
// (digest reads tables whose header names a party in each column).
var cellElements = map[atom.Atom]bool{atom.Td: true, atom.Th: true}

// HTMLToText turns an HTML fragment (or plain text) into plain text:
// paragraphs (block elements, and blank lines in the text) separated by
// "\n\n", whitespace collapsed to single spaces within a paragraph,
// entities decoded, script, style, captions and similar elements dropped,
// control and invisible formatting characters (soft hyphens, zero-width
// joiners) removed. A line break (<br>) separates paragraphs too, unless it
// only wraps a sentence (see paragraphWriter.wraps). The result is valid UTF-8, with no leading or
// trailing space.
func HTMLToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return plainText(s)
	}
	var w paragraphWriter
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0       // depth inside dropped elements
	cells := 0      // cells opened in the table row under way
	var lists []int // the lists open: -1 for a bulleted one, else the items of a numbered one so far
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return w.String()
		case html.TextToken:
			if skip == 0 {
				writeText(&w, z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case droppedElements[a]:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case skip > 0:
			case a == atom.Br:
				w.breakLine()
				cells = 0
			case a == atom.Ul || a == atom.Ol:
				w.breakParagraph()
				w.marker = "" // as at an item's end, which HTML may leave out
				if tt == html.StartTagToken {
					lists = append(lists, map[bool]int{true: -1, false: 0}[a == atom.Ul])
				} else if tt == html.EndTagToken && len(lists) > 0 {
					lists = lists[:len(lists)-1]
				}
			case a == atom.Li && tt == html.EndTagToken:
				w.breakParagraph()
				w.marker, cells = "", 0 // an item with no text ("<li><img></li>", a share button) has no line
			case a == atom.Li && tt == html.StartTagToken:
				// An item keeps its list's marker ("- ", "2. "), as
				// plain text writes it: a reader (and digest) tells the
				// points of a list from paragraphs by it.
				w.breakParagraph()
				w.marker = "- "
				if n := len(lists); n > 0 && lists[n-1] >= 0 {
					lists[n-1]++
					w.marker = strconv.Itoa(lists[n-1]) + ". "
				}
			case a == atom.B || a == atom.Strong:
				if tt == html.StartTagToken {
					w.bold++
				} else if tt == html.EndTagToken && w.bold > 0 {
					w.bold--
				}
			case blockElements[a]:
				w.breakParagraph()
				cells = 0
			case cellElements[a] && tt == html.StartTagToken && cells > 0:
				w.cell()
				cells++
			case cellElements[a]:
				w.space()
				if tt == html.StartTagToken {
					cells++
				}
			}
		}
	}
}

// plainText normalizes text that holds no markup, as HTMLToText would;
// its single newlines are line breaks, which end a paragraph unless they
// only wrap a sentence (a hard-wrapped newsletter), as <br> does.
func plainText(s string) string {
	w := paragraphWriter{lines: true}
	writeText(&w, s)
	return w.String()
}

// paragraphWriter accumulates text, collapsing whitespace and turning
// blank lines and explicit breaks into paragraph breaks.
type paragraphWriter struct {
	b strings.Builder
	// pendingSpace and pendingBreak are separators seen since the last
	// word, written only when another word follows.
	pendingSpace, pendingBreak bool
	pendingCells               int // table cells opened after another in their row, an empty one counting too
	newlines                   int // consecutive newlines in the current run of whitespace
	// pendingLine is a line break (<br>) seen since the last word: a
	// paragraph break, unless it wraps a sentence. line is where the
	// current line starts in b; wrapped tells that a break of the current
	// paragraph wrapped, listed that a line of it ended in a colon.
	pendingLine, wrapped, listed bool
	line                         int
	// bold is the depth inside <b> and <strong>; unbold tells that the
	// current line holds text outside them.
	bold   int
	unbold bool
	// lines tells that a single newline breaks a line, as in plain text
	// (see plainText); in HTML it is a space.
	lines bool
	// marker is a list item's marker, written before its first word
	// unless the item writes its own ("• Russia: ...").
	marker string
}

func (w *paragraphWriter) space() { w.pendingSpace = true }

func (w *paragraphWriter) cell() { w.pendingCells++ }

func (w *paragraphWriter) breakParagraph() {
	w.pendingBreak = true
	w.wrapped, w.listed = false, false
}

// breakLine notes a line break; two in a row ("<br><br>") are a
// paragraph's end.
func (w *paragraphWriter) breakLine() {
	if w.pendingLine {
		w.breakParagraph()
	}
	w.pendingLine = true
}

// wraps reports whether a line break before the text ahead (its first
// bytes) only wraps a sentence, as a hard-wrapped newsletter or a CMS
// that breaks long lines does ("the Kremlin said it<br>would not
// withdraw"). The line so far must be of some length and hold plain text
// (not only bold: a heading), and no list's marker ("- ", "2. ") may come
// next, nor a label in capitals ("VERDICT:") unless the line ends in a
// word that ends no sentence ("the<br>UK PM"). Then the line wraps when it
// ends in a comma (a closing quote after it too); when the next line goes
// on in lower case; when it ends in
// a word that ends no sentence ("demanded that<br>Ukraine"), holds a comma
// as a sentence does and a heading seldom ("drafted by Steve Witkoff,
// Donald<br>Trump's envoy"), runs near a full width in words mostly
// lower case, or follows a line that wrapped. A full line wraps, too, at a
// semicolon or before a dash, and in a wrapped paragraph at a sentence's
// end; a colon ends a full line that wraps before lower case; any other
// colon opens a list, whose capitalized items keep their lines, as the
// rows of a table ("A | B") do.
func (w *paragraphWriter) wraps(ahead string, nextLine int) bool {
	line := strings.TrimSpace(w.b.String()[w.line:])
	last, size := utf8.DecodeLastRuneInString(line)
	next, _ := utf8.DecodeRuneInString(ahead)
	switch {
	case last == ')' || last == ']':
		return unicode.IsLower(next) // "(Telegram channel, 2 June)" ends its line; "(AP)<br>said" goes on
	case strings.ContainsRune("\"”’'»*_", last):
		// `the "spirit of Anchorage"<br>— its shorthand`; a question in
		// markdown's bold, "**Wasn't that a failure?**", ends its line
		last, _ = utf8.DecodeLastRuneInString(strings.TrimRight(line[:len(line)-size], "*_"))
	}
	sp := strings.LastIndexByte(line, ' ')
	on := goesOn[strings.ToLower(line[sp+1:])] // "demanded that<br>Ukraine", "the path to<br>NATO</a>", "the<br>UK PM"
	full := len(line) >= 55
	switch {
	case len(line) < 30 || !w.unbold || listMarker(ahead) || labelAhead(ahead) && !on:
		return false
	case strings.ContainsRune(".!?…", last):
		return w.wrapped && full // a full line of a wrapped paragraph; else a paragraph's end
	case last == ':':
		wraps := full && (w.wrapped || unicode.IsLower(next))
		w.listed = !wraps && !w.wrapped
		return wraps
	case last == ';':
		return full && next != '—' && next != '–' // but "...;<br>— the next point"
	case last == ',' || last == '-' || last == '–' || last == '—' || unicode.IsLower(next):
		return true
	case next == '—' || next == '–':
		return full || w.wrapped
	case unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'($€£", next):
		if len(line) < 40 || w.listed || strings.Contains(line, " | ") || nextLine > len(line)+20 {
			return false // a line much longer next is no wrap's: "Ukraine, Russia agree to a swap\nRussia wants ..." under a headline
		}
		return w.wrapped || on || strings.Contains(line, ", ") ||
			full && lowerWords(line) >= 3
	}
	return false
}

// head returns the first bytes of text ahead, enough to tell a list's
// marker or a label in capitals.
func head[T string | []byte](text T) string { return string(text[:min(len(text), 16)]) }

// lineLength returns the bytes of text before its first newline, counting
// up to 400.
func lineLength[T string | []byte](text T) int {
	for k := 0; k < len(text) && k < 400; k++ {
		if text[k] == '\n' {
			return k
		}
	}
	return min(len(text), 400)
}

// listMarker reports whether text opens with a bullet or a number that
// marks an item of a list ("- ", "• ", "2. ", "3) ").
func listMarker(text string) bool {
	r, size := utf8.DecodeRuneInString(text)
	if strings.ContainsRune("-•*·▪", r) {
		return true
	}
	k := size
	for k < len(text) && '0' <= text[k] && text[k] <= '9' {
		k++
	}
	return unicode.IsDigit(r) && k <= 2 && k+1 < len(text) && (text[k] == '.' || text[k] == ')') && text[k+1] == ' ' // not "2022. "
}

// labelAhead reports whether text opens with a label in capitals and a
// colon ("VERDICT:", "Q:") or with a heading in capitals ("KEY POINTS",
// "MARKETS"): a line of its own. An acronym goes on a sentence ("join
// NATO.", "the US plan").
func labelAhead(text string) bool {
	k := capitals(text)
	switch {
	case k == 0:
		return false
	case k == len(text) || text[k] == ':' || text[k] == '\n':
		return true
	case text[k] == ' ' && k > 1:
		n := capitals(text[k+1:])
		return n > 1 && (k+1+n == len(text) || text[k+1+n] == ' ' || text[k+1+n] == '\n')
	}
	return false
}

// capitals returns how many capital letters open text.
func capitals(text string) int {
	k := 0
	for k < len(text) && 'A' <= text[k] && text[k] <= 'Z' {
		k++
	}
	return k
}

// lowerWords counts the words of s that open in lower case.
func lowerWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
			n++
		}
	}
	return n
}

// goesOn are words after which no sentence or heading ends.
var goesOn = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "and": true, "or": true, "but": true,
	"that": true, "in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "with": true,
	"as": true, "than": true, "said": true, "says": true, "told": true, "between": true, "its": true,
	"their": true, "his": true, "her": true, "is": true, "are": true, "was": true, "were": true, "be": true,
	"would": true, "will": true, "could": true, "should": true, "must": true, "not": true, "since": true,
	"until": true, "about": true, "over": true, "into": true, "after": true, "before": true, "under": true,
	"within": true, "against": true, "no": true, "any": true, "all": true, "both": true, "each": true,
	"who": true, "which": true, "whose": true, "when": true, "where": true, "if": true, "because": true,
	"while": true, "whereas": true, "has": true, "have": true, "had": true, "calls": true, "called": true,
}

// asciiClass classifies the ASCII bytes for writeText.
var asciiClass = func() (c [utf8.RuneSelf]byte) {
	for i := range c {
		switch {
		case i == '\n':
			c[i] = classNewline
		case i == ' ', i == '\t', i == '\r', i == '\v', i == '\f':
			c[i] = classSpace
		case i < ' ', i == 0x7f:
			c[i] = classDrop
		}
	}
	return c
}()

const (
	classVisible = iota
	classNewline
	classSpace
	classDrop
)

// writeText adds text to w: runs of whitespace become one space, a blank
// line a paragraph break, and control characters, BOMs and zero-width
// spaces are dropped.
func writeText[T string | []byte](w *paragraphWriter, s T) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case classVisible:
				j := i + 1
				for j < len(s) && s[j] < utf8.RuneSelf && asciiClass[s[j]] == classVisible {
					j++
				}
				visible(w, s[i:])
				switch v := any(s).(type) {
				case string:
					w.b.WriteString(v[i:j])
				case []byte:
					w.b.Write(v[i:j])
				}
				i = j
				continue
			case classNewline:
				w.pendingSpace = true
				if w.newlines++; w.newlines >= 2 {
					w.breakParagraph() // a blank line
				} else if w.lines {
					w.pendingLine = true
				}
			case classSpace:
				w.pendingSpace = true
			}
			i++
			continue
		}
		var r rune
		var size int
		switch v := any(s).(type) {
		case string:
			r, size = utf8.DecodeRuneInString(v[i:])
		case []byte:
			r, size = utf8.DecodeRune(v[i:])
		}
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			visible(w, s[i-size:])
			w.b.WriteRune(utf8.RuneError)
		case unicode.IsSpace(r):
			w.pendingSpace = true
		case unicode.IsControl(r), r == '\u00AD', r >= '\u0600' && unicode.Is(unicode.Cf, r):
			// control characters, zero-width spaces, and formatting
			// marks: a soft hyphen in "nego\u00ADtiations", a BOM, a
			// zero-width joiner
		default:
			visible(w, s[i-size:])
			w.b.WriteRune(r)
		}
	}
}

// visible is called before a visible character is written, with the
// text ahead from it: it writes any pending separator into w.
func visible[T string | []byte](w *paragraphWriter, ahead T) {
	if w.pendingLine && !w.pendingBreak {
		if w.wraps(head(ahead), lineLength(ahead)) {
			w.pendingSpace, w.wrapped = true, true
			w.line, w.unbold = w.b.Len(), false // the next line starts here, after its space
		} else {
			w.pendingBreak, w.wrapped = true, false // the next line opens a paragraph
		}
	}
	w.pendingLine = false
	if w.pendingSpace || w.pendingBreak || w.pendingCells > 0 {
		if w.b.Len() > 0 {
			switch {
			case w.pendingBreak:
				w.b.WriteString("\n\n")
				w.line, w.unbold = w.b.Len(), false
			case w.pendingCells > 0:
				w.b.WriteString(strings.Repeat(" | ", w.pendingCells)) // "NATO |  | no": an empty cell keeps its column
			default:
				w.b.WriteByte(' ')
			}
		}
		w.pendingSpace, w.pendingBreak, w.pendingCells = false, false, 0
	}
	w.newlines = 0
	w.unbold = w.unbold || w.bold == 0
	if w.marker != "" {
		if !listMarker(head(ahead)) {
			w.b.WriteString(w.marker)
		}
		w.marker = ""
	}
}

func (w *paragraphWriter) String() string { return w.b.String() }

// singleLine joins a text's paragraphs with spaces: for titles.
func singleLine(s string) string { return strings.ReplaceAll(s, "\n\n", " ") }
