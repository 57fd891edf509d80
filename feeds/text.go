package feeds

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements end a paragraph where they open and where they close.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Br: true, atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Div: true,
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
}

// cellElements are table cells: the cells of a row are written apart by
// " | ", so they do not run together and a reader can tell the columns
// (digest reads tables whose header names a party in each column).
var cellElements = map[atom.Atom]bool{atom.Td: true, atom.Th: true}

// HTMLToText turns an HTML fragment (or plain text) into plain text:
// paragraphs (block elements, and blank lines in the text) separated by
// "\n\n", whitespace collapsed to single spaces within a paragraph,
// entities decoded, script, style and similar elements dropped, control
// characters removed. The result is valid UTF-8, with no leading or
// trailing space.
func HTMLToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return plainText(s)
	}
	var w paragraphWriter
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0  // depth inside dropped elements
	cells := 0 // cells opened in the table row under way
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

// plainText normalizes text that holds no markup, as HTMLToText would.
func plainText(s string) string {
	var w paragraphWriter
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
}

func (w *paragraphWriter) space() { w.pendingSpace = true }

func (w *paragraphWriter) cell() { w.pendingCells++ }

func (w *paragraphWriter) breakParagraph() { w.pendingBreak = true }

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
				w.visible()
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
					w.pendingBreak = true
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
			w.visible()
			w.b.WriteRune(utf8.RuneError)
		case unicode.IsSpace(r):
			w.pendingSpace = true
		case unicode.IsControl(r), r == '\uFEFF', r == '\u200B':
		default:
			w.visible()
			w.b.WriteRune(r)
		}
	}
}

// visible is called before a visible character is written: it writes any
// pending separator.
func (w *paragraphWriter) visible() {
	if w.pendingSpace || w.pendingBreak || w.pendingCells > 0 {
		if w.b.Len() > 0 {
			switch {
			case w.pendingBreak:
				w.b.WriteString("\n\n")
			case w.pendingCells > 0:
				w.b.WriteString(strings.Repeat(" | ", w.pendingCells)) // "NATO |  | no": an empty cell keeps its column
			default:
				w.b.WriteByte(' ')
			}
		}
		w.pendingSpace, w.pendingBreak, w.pendingCells = false, false, 0
	}
	w.newlines = 0
}

func (w *paragraphWriter) String() string { return w.b.String() }

// singleLine joins a text's paragraphs with spaces: for titles.
func singleLine(s string) string { return strings.ReplaceAll(s, "\n\n", " ") }
