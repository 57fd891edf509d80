package digest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tables written out as text, one row a line and cells apart by " | "
// (feeds.HTMLToText writes an HTML table's cells so), whose header names a
// party in each column after the first:
//
//	Issue | Russia | Ukraine | US (28-point draft)
//	Donbas | insists Kyiv withdraw ... | rejects any pull-out | draft: Ukrainian forces leave ...
//
// Each cell of a row below the header is that column's party's position
// on the row's issue. rewriteTables turns such a row into sentences the
// extractor reads like any other: "Russia insists Kyiv withdraw ...", and
// for a cell with no verb of its own, "Ukraine's position: no ceiling
// imposed from outside", or "US's draft: 600,000 troops" under a column
// that names a draft or plan.

// cellSep separates the cells of a table row.
const cellSep = " | "

// rewriteTables returns text with the rows of its party tables rewritten
// as sentences; text without one is returned as it is.
func (e *extractor) rewriteTables(text string) string {
	if !strings.Contains(text, cellSep) {
		return text
	}
	lines := strings.Split(text, "\n")
	var header []tableColumn
	changed := false
	for i, line := range lines {
		if strings.TrimSpace(line) == "" {
			continue // rows may come a paragraph each
		}
		cells := strings.Split(line, cellSep)
		if len(cells) < 3 {
			header = nil // a line that is no row ends the table
			continue
		}
		if cols, ok := e.tableHeader(cells); ok {
			header, lines[i], changed = cols, "", true
			continue
		}
		if len(cells) != len(header)+1 {
			header = nil
			continue
		}
		var b strings.Builder
		for c, cell := range cells[1:] {
			if s := header[c].sentence(strings.TrimSpace(cell)); s != "" {
				if b.Len() > 0 {
					b.WriteByte('\n')
				}
				b.WriteString(s)
			}
		}
		lines[i], changed = b.String(), true
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}

// tableColumn is a column of a party table: the party's name as the
// header writes it, and whether the column holds a plan ("US (28-point
// draft)") rather than a position.
type tableColumn struct {
	name string
	plan bool
}

// tableHeader reads a header row: every cell after the first names one
// party, with a few words at most.
func (e *extractor) tableHeader(cells []string) ([]tableColumn, bool) {
	cols := make([]tableColumn, 0, len(cells)-1)
	for _, cell := range cells[1:] {
		toks := tokenizeInto(nil, strings.TrimSpace(cell), e.voc)
		ms := mentions(nil, toks)
		if len(ms) == 0 || wordCount(toks) > 5 {
			return nil, false
		}
		m := ms[0]
		var name strings.Builder
		for k := m.start; k < m.end; k++ {
			if k > m.start && toks[k].space {
				name.WriteByte(' ')
			}
			name.WriteString(toks[k].text)
		}
		plan := false
		for _, t := range toks {
			plan = plan || t.in(planNouns)
		}
		cols = append(cols, tableColumn{name: name.String(), plan: plan})
	}
	return cols, true
}

// sentence writes a cell as its column's party's sentence: "insists Kyiv
// withdraw" after the name, anything else after "'s position:" (or "'s
// draft:"); an empty cell or "no position" says nothing.
func (c tableColumn) sentence(cell string) string {
	cell = strings.TrimSuffix(cell, ".")
	if cell == "" || strings.EqualFold(cell, "no position") || cell == "-" || cell == "–" || cell == "—" {
		return ""
	}
	first, _, _ := strings.Cut(cell, " ")
	if r, _ := utf8.DecodeRuneInString(first); unicode.IsLower(r) && len(first) > 3 && (strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss") || strings.HasSuffix(first, "ed")) {
		return c.name + " " + cell + "." // "Russia insists Kyiv withdraw ..."
	}
	noun := "position"
	if c.plan {
		noun = "draft"
		if k, rest, ok := strings.Cut(cell, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "draft") {
			cell = strings.TrimSpace(rest)
		}
	}
	return c.name + "'s " + noun + ": " + cell + "."
}
