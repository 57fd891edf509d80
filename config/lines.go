package config

import (
	"strconv"
	"strings"
)

// source is a loaded file: its name and where each key is written.
type source struct {
	file  string
	lines keyLines
}

// keyLines maps the keys of a TOML document to the lines they are written
// on. The TOML library reports lines for syntax errors only, so Load finds
// the lines of keys itself to locate unknown keys and invalid values.
//
// Paths carry array-of-tables indices counted from zero: the third
// [[feeds]] header is "feeds[2]" and its schedule "feeds[2].schedule".
// Keys inside inline tables are not indexed; lookups fall back to the
// nearest enclosing key.
type keyLines struct {
	at    map[string]int      // indexed path -> line
	plain map[string][]string // path without indices -> indexed paths, in order
}

// line is the line of path, else of its nearest indexed ancestor, else 0.
func (k keyLines) line(path string) int {
	for path != "" {
		if n, ok := k.at[path]; ok {
			return n
		}
		path = parentPath(path)
	}
	return 0
}

// parentPath drops the last segment or index of a path: "a[1].b" → "a[1]"
// → "a" → "".
func parentPath(path string) string {
	i := strings.LastIndexAny(path, ".[")
	if i < 0 {
		return ""
	}
	return path[:i]
}

// indexKeyLines scans a TOML document that the TOML library has accepted.
// It is a lenient reader of headers and key/value lines, skipping values
// (multi-line strings and arrays included); on input it does not
// understand it records less, never panics.
func indexKeyLines(doc string) keyLines {
	k := keyLines{at: map[string]int{}, plain: map[string][]string{}}
	arrays := map[string]int{} // indexed path of an array of tables -> elements so far
	table := ""                // indexed path of the current table
	s := scanner{doc: doc, line: 1}
	for !s.done() {
		s.skipBlank()
		switch {
		case s.done():
		case s.peek() == '#' || s.peek() == '\n':
			s.skipLine()
		case s.peek() == '[':
			isArray := strings.HasPrefix(s.doc[s.pos:], "[[")
			line := s.line
			open := 1
			if isArray {
				open = 2
			}
			s.pos += open
			segs := s.keyPath(']')
			s.skipLine()
			if len(segs) == 0 {
				continue
			}
			table = resolve(arrays, segs[:len(segs)-1])
			table = join(table, segs[len(segs)-1])
			if isArray {
				arrays[table]++
				table += "[" + strconv.Itoa(arrays[table]-1) + "]"
			}
			k.add(table, line)
		default:
			line := s.line
			segs := s.keyPath('=')
			if len(segs) > 0 && s.peek() == '=' {
				k.add(join(table, strings.Join(segs, ".")), line)
			}
			s.skipValue()
		}
	}
	return k
}

func (k keyLines) add(path string, line int) {
	if _, dup := k.at[path]; dup {
		return
	}
	k.at[path] = line
	p := stripIndices(path)
	k.plain[p] = append(k.plain[p], path)
}

// resolve turns the table path segs into an indexed path: a segment that
// names an array of tables refers to its latest element.
func resolve(arrays map[string]int, segs []string) string {
	path := ""
	for _, seg := range segs {
		path = join(path, seg)
		if n := arrays[path]; n > 0 {
			path += "[" + strconv.Itoa(n-1) + "]"
		}
	}
	return path
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// stripIndices removes array indices: "feeds[2].url" → "feeds.url".
func stripIndices(path string) string {
	var b strings.Builder
	depth := 0
	for _, r := range path {
		switch {
		case r == '[':
			depth++
		case r == ']' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// scanner walks a TOML document byte by byte, counting lines.
type scanner struct {
	doc  string
	pos  int
	line int
}

func (s *scanner) done() bool { return s.pos >= len(s.doc) }

func (s *scanner) peek() byte {
	if s.done() {
		return 0
	}
	return s.doc[s.pos]
}

func (s *scanner) next() byte {
	c := s.peek()
	s.pos++
	if c == '\n' {
		s.line++
	}
	return c
}

func (s *scanner) skipBlank() {
	for c := s.peek(); c == ' ' || c == '\t' || c == '\r'; c = s.peek() {
		s.pos++
	}
}

// skipLine moves past the end of the current line.
func (s *scanner) skipLine() {
	for !s.done() && s.next() != '\n' {
	}
}

// keyPath reads a dotted key up to the stop byte (left unread) or the end
// of the line, unquoting quoted segments.
func (s *scanner) keyPath(stop byte) []string {
	var segs []string
	var cur strings.Builder
	quoted := false
	for !s.done() {
		c := s.peek()
		switch {
		case c == stop || c == '\n' || c == '#':
			if cur.Len() > 0 || quoted {
				segs = append(segs, strings.TrimSpace(cur.String()))
			}
			return segs
		case c == '"' || c == '\'':
			cur.WriteString(s.quoted())
			quoted = true
		case c == '.':
			s.pos++
			segs = append(segs, strings.TrimSpace(cur.String()))
			cur.Reset()
			quoted = false
		default:
			s.pos++
			if c != ' ' && c != '\t' {
				cur.WriteByte(c)
			}
		}
	}
	return nil
}

// quoted reads a one-line quoted string and returns its content, escapes
// decoded for basic strings.
func (s *scanner) quoted() string {
	q := s.next()
	start := s.pos
	for !s.done() {
		c := s.peek()
		if c == '\n' {
			break
		}
		s.pos++
		if c == '\\' && q == '"' {
			s.pos++
			continue
		}
		if c == q {
			raw := s.doc[start : s.pos-1]
			if q == '"' {
				if u, err := strconv.Unquote(`"` + raw + `"`); err == nil {
					return u
				}
			}
			return raw
		}
	}
	return s.doc[start:min(s.pos, len(s.doc))]
}

// skipValue moves past the value after '=', which may span lines (multi-
// line strings and arrays), and past the end of its line.
func (s *scanner) skipValue() {
	depth := 0
	for !s.done() {
		c := s.peek()
		switch {
		case strings.HasPrefix(s.doc[s.pos:], `"""`), strings.HasPrefix(s.doc[s.pos:], `'''`):
			s.skipMultiline(s.doc[s.pos : s.pos+3])
		case c == '"' || c == '\'':
			s.quoted()
		case c == '#':
			for !s.done() && s.peek() != '\n' {
				s.pos++
			}
		case c == '[' || c == '{':
			depth++
			s.next()
		case c == ']' || c == '}':
			depth--
			s.next()
		case c == '\n':
			s.next()
			if depth <= 0 {
				return
			}
		default:
			s.next()
		}
	}
}

// skipMultiline moves past a multi-line string opened by delim.
func (s *scanner) skipMultiline(delim string) {
	s.pos += len(delim)
	for !s.done() {
		if delim == `"""` && s.peek() == '\\' {
			s.next()
			s.next()
			continue
		}
		if strings.HasPrefix(s.doc[s.pos:], delim) {
			s.pos += len(delim)
			// A closing delimiter may be followed by up to two quotes
			// that belong to the string.
			for i := 0; i < 2 && s.peek() == delim[0]; i++ {
				s.pos++
			}
			return
		}
		s.next()
	}
}
