package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/parley-bot/parley/digest"
)

// merger merges statements into the store inside one write transaction.
// The rows it touches are kept in memory and written once each by flush:
// a position that a poll's items all report is read and rewritten once,
// not once per item.
type merger struct {
	tx    *sql.Tx
	keys  *mergeCache
	stmts map[string]*sql.Stmt
	items map[string]sourceItem // items looked up so far: a poll's statements share few items
	rows  map[int64]*statementRow
	dirty []int64 // ids of rows, in the order first touched
}

// mergerSQL are the statements a merger prepares, by name.
var mergerSQL = map[string]string{
	"item":      `SELECT title, published FROM items WHERE id = ?`,
	"insert":    `INSERT INTO statements (party, kind, text, merge_key, figures, first_seen, last_seen, search) VALUES (?, ?, ?, ?, '[]', ?, ?, ?)`,
	"addSource": `INSERT INTO statement_sources (statement_id, item_id, figures) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
	"get":       `SELECT text, figures, first_seen, last_seen, search FROM statements WHERE id = ?`,
	"update":    updateStatementSQL,
	"retext":    `UPDATE statements SET text = ?, merge_key = ? WHERE id = ?`,
}

const updateStatementSQL = `UPDATE statements SET figures = ?, first_seen = ?, last_seen = ?, search = ? WHERE id = ?`

func (s *Store) newMerger(ctx context.Context, tx *sql.Tx) (*merger, error) {
	m := &merger{tx: tx, keys: s.keys, stmts: map[string]*sql.Stmt{}, items: map[string]sourceItem{}, rows: map[int64]*statementRow{}}
	for name, q := range mergerSQL {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			m.close()
			return nil, fmt.Errorf("store: prepare %s: %w", name, err)
		}
		m.stmts[name] = st
	}
	return m, nil
}

func (m *merger) close() {
	for _, st := range m.stmts {
		st.Close()
	}
}

// sourceItem is what a statement needs of one of its items.
type sourceItem struct {
	id, title string
	published int64
}

// sourceItems looks up the distinct items a statement names; each must be
// stored.
func (m *merger) sourceItems(ctx context.Context, st digest.Statement) ([]sourceItem, error) {
	var items []sourceItem
	seen := map[string]bool{}
	for _, src := range st.Sources {
		if src.ItemID == "" || seen[src.ItemID] {
			continue
		}
		seen[src.ItemID] = true
		it, ok := m.items[src.ItemID]
		if !ok {
			it = sourceItem{id: src.ItemID}
			err := m.stmts["item"].QueryRowContext(ctx, src.ItemID).Scan(&it.title, &it.published)
			if errors.Is(err, sql.ErrNoRows) {
				return nil, fmt.Errorf("store: statement %q: source item %s: %w", st.Text, src.ItemID, ErrNotFound)
			}
			if err != nil {
				return nil, fmt.Errorf("store: statement %q: source item %s: %w", st.Text, src.ItemID, err)
			}
			m.items[src.ItemID] = it
		}
		items = append(items, it)
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("store: statement %q names no source item", st.Text)
	}
	return items, nil
}

// merge adds st to the store: as new sources of the stored statement of
// the same party and kind that states the same position, else as a new
// statement. Dates widen to the publication times of all sources; figures
// are the union of what the sources quoted.
func (m *merger) merge(ctx context.Context, st digest.Statement) error {
	if st.Party == "" || st.Kind == "" || strings.TrimSpace(st.Text) == "" {
		return fmt.Errorf("store: statement %q: party, kind and text are required", st.Text)
	}
	items, err := m.sourceItems(ctx, st)
	if err != nil {
		return err
	}
	pk := partyKind{party: st.Party, kind: st.Kind}
	key := digest.MergeKey(st.Text)
	id, found, err := m.keys.match(ctx, m.tx, pk, key)
	if err != nil {
		return err
	}
	if !found {
		res, err := m.stmts["insert"].ExecContext(ctx, st.Party, string(st.Kind), st.Text, key,
			items[0].published, items[0].published, strings.ToLower(st.Text))
		if err != nil {
			return fmt.Errorf("store: insert statement %q: %w", st.Text, err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return fmt.Errorf("store: insert statement %q: %w", st.Text, err)
		}
		m.keys.add(pk, keyed{id: id, key: key})
	}

	row, err := m.row(ctx, id, found, statementRow{text: st.Text, firstSeen: items[0].published, lastSeen: items[0].published, search: strings.ToLower(st.Text)})
	if err != nil {
		return err
	}
	if found && row.prefers(st.Text, items[0].published) {
		// The wording of the earliest report stands for the statement,
		// whatever order the reports arrive in; the other wording stays
		// searchable and matchable.
		row.text, row.retext = st.Text, true
		if low := strings.ToLower(st.Text); len(row.search)+len(low) < maxSearch && !strings.Contains(row.search, low) {
			row.search += "\n" + low
		}
		m.keys.add(pk, keyed{id: id, key: key})
	}
	row.figures = unionFigures(row.figures, st.Figures)
	newFigures, err := encodeFigures(st.Figures)
	if err != nil {
		return fmt.Errorf("store: statement %q: %w", st.Text, err)
	}
	for _, it := range items {
		res, err := m.stmts["addSource"].ExecContext(ctx, id, it.id, newFigures)
		if err != nil {
			return fmt.Errorf("store: add source %s to statement %d: %w", it.id, id, err)
		}
		if n, _ := res.RowsAffected(); n > 0 {
			row.addSource(it)
		}
	}
	return nil
}

// row returns the row of statement id as this transaction has made it so
// far: read back on first touch when the statement was stored before
// (stored), else fresh.
func (m *merger) row(ctx context.Context, id int64, stored bool, fresh statementRow) (*statementRow, error) {
	if row, ok := m.rows[id]; ok {
		return row, nil
	}
	row := &fresh
	if stored {
		var figuresJSON string
		if err := m.stmts["get"].QueryRowContext(ctx, id).Scan(&row.text, &figuresJSON, &row.firstSeen, &row.lastSeen, &row.search); err != nil {
			return nil, fmt.Errorf("store: read statement %d: %w", id, err)
		}
		var err error
		if row.figures, err = decodeFigures(figuresJSON); err != nil {
			return nil, fmt.Errorf("store: statement %d: %w", id, err)
		}
	}
	m.rows[id] = row
	m.dirty = append(m.dirty, id)
	return row, nil
}

// flush writes every row the merges touched; a merger's work is stored
// only once it returns nil.
func (m *merger) flush(ctx context.Context) error {
	for _, id := range m.dirty {
		args, err := m.rows[id].updateArgs(id)
		if err != nil {
			return err
		}
		if _, err := m.stmts["update"].ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("store: update statement %d: %w", id, err)
		}
		if r := m.rows[id]; r.retext {
			if _, err := m.stmts["retext"].ExecContext(ctx, r.text, digest.MergeKey(r.text), id); err != nil {
				return fmt.Errorf("store: update statement %d: %w", id, err)
			}
		}
	}
	clear(m.rows)
	m.dirty = m.dirty[:0]
	return nil
}

// statementRow is the part of a statement that its sources determine.
type statementRow struct {
	text                string // the wording shown: that of the earliest report
	retext              bool   // text changed in this transaction
	figures             []digest.Figure
	firstSeen, lastSeen int64
	search              string
}

// prefers reports whether text, reported at published, should stand for
// the statement instead of its current wording: the earliest report's
// wording wins, and of reports at the same time the longer (then the
// alphabetically first) one, so that the order in which items and pages
// arrive never changes what a statement says.
func (r *statementRow) prefers(text string, published int64) bool {
	switch {
	case published != r.firstSeen:
		return published < r.firstSeen
	case len(text) != len(r.text):
		return len(text) > len(r.text)
	default:
		return text < r.text
	}
}

// maxSearch caps a statement's search text (its text and its sources'
// titles): a position reported by hundreds of outlets would otherwise make
// every further merge read and rewrite an ever longer string.
const maxSearch = 8 << 10

// addSource widens the dates to the item's publication time and makes its
// title searchable, unless the same title (wire copy) already is, or the
// search text is full.
func (r *statementRow) addSource(it sourceItem) {
	r.firstSeen = min(r.firstSeen, it.published)
	r.lastSeen = max(r.lastSeen, it.published)
	title := strings.ToLower(it.title)
	if len(r.search)+len(title) < maxSearch && !strings.Contains(r.search, title) {
		r.search += "\n" + title
	}
}

// updateArgs are the arguments of updateStatementSQL that write the row to
// statement id.
func (r *statementRow) updateArgs(id int64) ([]any, error) {
	encoded, err := encodeFigures(r.figures)
	if err != nil {
		return nil, fmt.Errorf("store: statement %d: %w", id, err)
	}
	return []any{encoded, r.firstSeen, r.lastSeen, r.search, id}, nil
}

// save writes the row to statement id.
func (r *statementRow) save(ctx context.Context, tx *sql.Tx, id int64) error {
	args, err := r.updateArgs(id)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, updateStatementSQL, args...); err != nil {
		return fmt.Errorf("store: update statement %d: %w", id, err)
	}
	return nil
}

// figureKey identifies a figure regardless of how it was written.
type figureKey struct {
	value, max, of float64
	unit           string
}

// unionFigures appends to a the figures of b it does not hold yet.
func unionFigures(a, b []digest.Figure) []digest.Figure {
	have := make(map[figureKey]bool, len(a)+len(b))
	out := make([]digest.Figure, 0, len(a)+len(b))
	for _, f := range append(a[:len(a):len(a)], b...) {
		k := figureKey{value: f.Value, max: f.Max, of: f.Of, unit: f.Unit}
		if !have[k] {
			have[k] = true
			out = append(out, f)
		}
	}
	return out
}

func encodeFigures(f []digest.Figure) (string, error) {
	if f == nil {
		f = []digest.Figure{}
	}
	b, err := json.Marshal(f)
	if err != nil {
		return "", fmt.Errorf("encode figures: %w", err)
	}
	return string(b), nil
}

func decodeFigures(s string) ([]digest.Figure, error) {
	f := []digest.Figure{}
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return nil, fmt.Errorf("decode figures: %w", err)
	}
	return f, nil
}

// ReplaceItemStatements replaces what one item says, in one transaction:
// the item stops being a source of the statements it reported (a statement
// left with no source is deleted, the others get their dates, figures and
// search text recomputed from the sources they keep), then stmts are merged
// as usual. Statements that name no source item are taken as the item's.
// It is meant for an item whose text changed, such as when its full article
// was read.
func (s *Store) ReplaceItemStatements(ctx context.Context, itemID string, stmts []digest.Statement) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM items WHERE id = ?`, itemID).Scan(&n); err != nil {
			return fmt.Errorf("look up item: %w", err)
		}
		if n == 0 {
			return ErrNotFound
		}
		return s.replaceStatementsTx(ctx, tx, itemID, stmts)
	})
	if err != nil {
		return fmt.Errorf("store: replace statements of item %s: %w", itemID, err)
	}
	return nil
}

// replaceStatementsTx is ReplaceItemStatements inside a transaction that
// already holds the item: the item stops being a source of what it
// reported (statements left with no source are deleted, the others
// recomputed), then stmts are merged.
func (s *Store) replaceStatementsTx(ctx context.Context, tx *sql.Tx, itemID string, stmts []digest.Statement) error {
	affected, err := queryInt64s(ctx, tx, `SELECT statement_id FROM statement_sources WHERE item_id = ?`, itemID)
	if err != nil {
		return fmt.Errorf("list statements: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM statement_sources WHERE item_id = ?`, itemID); err != nil {
		return fmt.Errorf("unlink statements: %w", err)
	}
	for _, id := range affected {
		if err := s.recompute(ctx, tx, id); err != nil {
			return err
		}
	}
	m, err := s.newMerger(ctx, tx)
	if err != nil {
		return err
	}
	defer m.close()
	for _, st := range stmts {
		if !slices.ContainsFunc(st.Sources, func(src digest.Source) bool { return src.ItemID != "" }) {
			st.Sources = []digest.Source{{ItemID: itemID}}
		}
		if err := m.merge(ctx, st); err != nil {
			return err
		}
	}
	return m.flush(ctx)
}

// recompute derives a statement's dates, figures and search text from the
// sources it has, or deletes it when it has none left.
func (s *Store) recompute(ctx context.Context, tx *sql.Tx, id int64) error {
	var (
		pk   partyKind
		text string
	)
	if err := tx.QueryRowContext(ctx, `SELECT party, kind, text FROM statements WHERE id = ?`, id).Scan(&pk.party, &pk.kind, &text); err != nil {
		return fmt.Errorf("read statement %d: %w", id, err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT ss.figures, i.id, i.title, i.published FROM statement_sources ss
		JOIN items i ON i.id = ss.item_id WHERE ss.statement_id = ? ORDER BY i.published, i.id`, id)
	if err != nil {
		return fmt.Errorf("read sources of statement %d: %w", id, err)
	}
	defer rows.Close()
	row := statementRow{search: strings.ToLower(text), figures: []digest.Figure{}}
	sources := 0
	for rows.Next() {
		var (
			figuresJSON string
			it          sourceItem
		)
		if err := rows.Scan(&figuresJSON, &it.id, &it.title, &it.published); err != nil {
			return fmt.Errorf("read sources of statement %d: %w", id, err)
		}
		figures, err := decodeFigures(figuresJSON)
		if err != nil {
			return fmt.Errorf("statement %d source %s: %w", id, it.id, err)
		}
		if sources == 0 {
			row.firstSeen, row.lastSeen = it.published, it.published
		}
		sources++
		row.addSource(it)
		row.figures = unionFigures(row.figures, figures)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read sources of statement %d: %w", id, err)
	}
	if sources == 0 {
		s.keys.drop(pk)
		if _, err := tx.ExecContext(ctx, `DELETE FROM statements WHERE id = ?`, id); err != nil {
			return fmt.Errorf("delete statement %d: %w", id, err)
		}
		return nil
	}
	return row.save(ctx, tx, id)
}

// queryInt64s runs a query returning one integer column.
func queryInt64s(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
