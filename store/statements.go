package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/parley-bot/parley/digest"
)

// Statements returns the stored statements that q selects, the most
// recently reported first (by LastSeen), each with its figures and its
// sources (oldest first).
func (s *Store) Statements(ctx context.Context, q digest.Query) ([]digest.Statement, error) {
	var (
		where []string
		args  []any
	)
	if q.Party != "" {
		where = append(where, "party = ?")
		args = append(args, q.Party)
	}
	if q.Kind != "" {
		where = append(where, "kind = ?")
		args = append(args, string(q.Kind))
	}
	if !q.Since.IsZero() {
		where = append(where, "last_seen >= ?")
		args = append(args, dbTime(q.Since))
	}
	if !q.Until.IsZero() {
		where = append(where, "last_seen < ?")
		args = append(args, dbTime(q.Until))
	}
	// search holds the lower-cased text and source titles (Go's ToLower, so
	// Cyrillic and accented words match too; SQLite's lower() is ASCII only).
	for _, word := range strings.Fields(strings.ToLower(q.Text)) {
		where = append(where, "instr(search, ?) > 0")
		args = append(args, word)
	}
	query := `SELECT id, party, kind, text, figures, first_seen, last_seen FROM statements`
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY last_seen DESC, id DESC"
	if q.Limit > 0 {
		query += " LIMIT ?"
		args = append(args, q.Limit)
	}

	rows, err := s.rdb.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: statements: %w", err)
	}
	defer rows.Close()
	stmts := []digest.Statement{}
	for rows.Next() {
		var (
			st                  digest.Statement
			figures             string
			firstSeen, lastSeen int64
		)
		if err := rows.Scan(&st.ID, &st.Party, &st.Kind, &st.Text, &figures, &firstSeen, &lastSeen); err != nil {
			return nil, fmt.Errorf("store: statements: %w", err)
		}
		if st.Figures, err = decodeFigures(figures); err != nil {
			return nil, fmt.Errorf("store: statement %d: %w", st.ID, err)
		}
		st.FirstSeen, st.LastSeen = fromDBTime(firstSeen), fromDBTime(lastSeen)
		st.Sources = []digest.Source{}
		stmts = append(stmts, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: statements: %w", err)
	}
	if err := s.fillSources(ctx, stmts); err != nil {
		return nil, err
	}
	return stmts, nil
}

// fillSources sets the Sources of each statement, oldest first.
func (s *Store) fillSources(ctx context.Context, stmts []digest.Statement) error {
	if len(stmts) == 0 {
		return nil
	}
	ids := make([]int64, len(stmts))
	index := make(map[int64]int, len(stmts))
	for i, st := range stmts {
		ids[i] = st.ID
		index[st.ID] = i
	}
	rows, err := s.rdb.QueryContext(ctx, `SELECT ss.statement_id, i.id, i.title, i.url, i.feed, i.published
		FROM statement_sources ss JOIN items i ON i.id = ss.item_id
		WHERE ss.statement_id IN (SELECT value FROM json_each(?))
		ORDER BY i.published, i.id`, jsonArray(ids))
	if err != nil {
		return fmt.Errorf("store: statement sources: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id        int64
			src       digest.Source
			published int64
		)
		if err := rows.Scan(&id, &src.ItemID, &src.Title, &src.URL, &src.Feed, &published); err != nil {
			return fmt.Errorf("store: statement sources: %w", err)
		}
		src.Published = fromDBTime(published)
		i := index[id]
		stmts[i].Sources = append(stmts[i].Sources, src)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: statement sources: %w", err)
	}
	return nil
}

// CountStatements returns the number of stored statements.
func (s *Store) CountStatements(ctx context.Context) (int, error) {
	var n int
	if err := s.rdb.QueryRowContext(ctx, `SELECT count(*) FROM statements`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count statements: %w", err)
	}
	return n, nil
}
