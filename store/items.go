package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/parley-bot/parley/digest"
)

// ItemFilter selects stored items. Zero fields select everything.
type ItemFilter struct {
	Relevant bool      // only items marked relevant
	Since    time.Time // only items published at or after Since
	Limit    int       // at most Limit items (0: no limit)
	IDs      []string  // only these items
}

// itemColumns is the column list scanItem reads, in order.
const itemColumns = `id, url, title, summary, content, published, date_estimated, language, feed,
	fetched_at, relevant, score, reason, full_text, full_text_reason`

// scanItem reads one row of itemColumns.
func scanItem(row interface{ Scan(...any) error }) (digest.Item, error) {
	var (
		it                   digest.Item
		published, fetchedAt int64
		fullText             string
	)
	err := row.Scan(&it.ID, &it.URL, &it.Title, &it.Summary, &it.Content, &published, &it.DateEstimated,
		&it.Language, &it.Feed, &fetchedAt, &it.Relevant, &it.Score, &it.Reason, &fullText, &it.FullTextReason)
	it.Published = fromDBTime(published)
	it.FetchedAt = fromDBTime(fetchedAt)
	it.FullText = digest.FullTextStatus(fullText)
	return it, err
}

// jsonArray encodes values as a JSON array, for `IN (SELECT value FROM
// json_each(?))`: any number of values in one parameter.
func jsonArray[T string | int64](values []T) string {
	if values == nil {
		values = []T{}
	}
	b, _ := json.Marshal(values) // strings and integers always encode
	return string(b)
}

// SeenItems tells which of the given item IDs and canonical URLs are
// already stored. The map's keys are the IDs and URLs that matched.
func (s *Store) SeenItems(ctx context.Context, ids, urls []string) (map[string]bool, error) {
	seen := map[string]bool{}
	queries := []struct {
		what, sql string
		values    []string
	}{
		{"ids", `SELECT id FROM items WHERE id IN (SELECT value FROM json_each(?))`, ids},
		{"urls", `SELECT url FROM items WHERE url <> '' AND url IN (SELECT value FROM json_each(?))`, urls},
	}
	for _, q := range queries {
		if len(q.values) == 0 {
			continue
		}
		rows, err := s.rdb.QueryContext(ctx, q.sql, jsonArray(q.values))
		if err != nil {
			return nil, fmt.Errorf("store: seen %s: %w", q.what, err)
		}
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: seen %s: %w", q.what, err)
			}
			seen[v] = true
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("store: seen %s: %w", q.what, err)
		}
	}
	return seen, nil
}

// Items returns the stored items that f selects, newest published first,
// each with every feed that carried it.
func (s *Store) Items(ctx context.Context, f ItemFilter) ([]digest.Item, error) {
	var (
		where []string
		args  []any
	)
	if f.Relevant {
		where = append(where, "relevant = 1")
	}
	if !f.Since.IsZero() {
		where = append(where, "published >= ?")
		args = append(args, dbTime(f.Since))
	}
	if f.IDs != nil {
		where = append(where, "id IN (SELECT value FROM json_each(?))")
		args = append(args, jsonArray(f.IDs))
	}
	q := "SELECT " + itemColumns + " FROM items"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY published DESC, id"
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	rows, err := s.rdb.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: items: %w", err)
	}
	defer rows.Close()
	items := []digest.Item{}
	for rows.Next() {
		it, err := scanItem(rows)
		if err != nil {
			return nil, fmt.Errorf("store: items: %w", err)
		}
		items = append(items, it)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: items: %w", err)
	}
	if err := s.fillFeeds(ctx, items); err != nil {
		return nil, err
	}
	return items, nil
}

// fillFeeds sets each item's Feeds, in the order the feeds carried it.
func (s *Store) fillFeeds(ctx context.Context, items []digest.Item) error {
	if len(items) == 0 {
		return nil
	}
	ids := make([]string, len(items))
	index := make(map[string]int, len(items))
	for i, it := range items {
		ids[i] = it.ID
		index[it.ID] = i
	}
	rows, err := s.rdb.QueryContext(ctx, `SELECT item_id, feed FROM item_feeds
		WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`, jsonArray(ids))
	if err != nil {
		return fmt.Errorf("store: item feeds: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, feed string
		if err := rows.Scan(&id, &feed); err != nil {
			return fmt.Errorf("store: item feeds: %w", err)
		}
		i := index[id]
		items[i].Feeds = append(items[i].Feeds, feed)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: item feeds: %w", err)
	}
	return nil
}

// Item returns one stored item with its feeds, or an error wrapping
// ErrNotFound.
func (s *Store) Item(ctx context.Context, id string) (digest.Item, error) {
	it, err := scanItem(s.rdb.QueryRowContext(ctx, "SELECT "+itemColumns+" FROM items WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return digest.Item{}, fmt.Errorf("store: item %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return digest.Item{}, fmt.Errorf("store: item %s: %w", id, err)
	}
	items := []digest.Item{it}
	if err := s.fillFeeds(ctx, items); err != nil {
		return digest.Item{}, err
	}
	return items[0], nil
}

// CountItems returns the number of stored items and of relevant ones.
func (s *Store) CountItems(ctx context.Context) (total, relevant int, err error) {
	err = s.rdb.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(relevant), 0) FROM items`).Scan(&total, &relevant)
	if err != nil {
		return 0, 0, fmt.Errorf("store: count items: %w", err)
	}
	return total, relevant, nil
}

// UpdateRelevance replaces an item's relevance (after re-scoring), or
// returns an error wrapping ErrNotFound.
func (s *Store) UpdateRelevance(ctx context.Context, id string, r digest.Relevance) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE items SET relevant = ?, score = ?, reason = ? WHERE id = ?`,
			dbBool(r.Relevant), r.Score, r.Reason, id)
		if err != nil {
			return fmt.Errorf("store: update relevance %s: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("store: update relevance %s: %w", id, ErrNotFound)
		}
		return nil
	})
}

// itemWriter stores the items of one poll inside its transaction.
type itemWriter struct {
	byID, byURL, insert, add *sql.Stmt
}

func newItemWriter(ctx context.Context, tx *sql.Tx) (*itemWriter, error) {
	w := &itemWriter{}
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&w.byID, `SELECT id FROM items WHERE id = ?`},
		{&w.byURL, `SELECT id FROM items WHERE url = ? AND url <> ''`},
		{&w.insert, `INSERT INTO items (` + itemColumns + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.add, `INSERT INTO item_feeds (item_id, feed, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`},
	} {
		st, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("store: prepare %q: %w", p.sql, err)
		}
		*p.stmt = st
	}
	return w, nil
}

func (w *itemWriter) close() {
	for _, st := range []*sql.Stmt{w.byID, w.byURL, w.insert, w.add} {
		if st != nil {
			st.Close()
		}
	}
}

// existing returns the ID under which an item with this ID or canonical URL
// is stored, or "".
func (w *itemWriter) existing(ctx context.Context, it digest.Item) (string, error) {
	var id string
	err := w.byID.QueryRowContext(ctx, it.ID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) && it.URL != "" {
		err = w.byURL.QueryRowContext(ctx, it.URL).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: look up item %s: %w", it.ID, err)
	}
	return id, nil
}

// save stores it as carried by feed, unless an item with the same ID or URL
// is stored, which then only gains feed. It returns the stored item's ID and
// whether the item was new.
func (w *itemWriter) save(ctx context.Context, it digest.Item, feed string, now time.Time) (string, bool, error) {
	id, err := w.existing(ctx, it)
	if err != nil {
		return "", false, err
	}
	isNew := id == ""
	if isNew {
		id = it.ID
		fetched := it.FetchedAt
		if fetched.IsZero() {
			fetched = now
		}
		if _, err := w.insert.ExecContext(ctx, it.ID, it.URL, it.Title, it.Summary, it.Content, dbTime(it.Published),
			dbBool(it.DateEstimated), it.Language, feed, dbTime(fetched), dbBool(it.Relevant), it.Score, it.Reason,
			string(it.FullText), it.FullTextReason); err != nil {
			return "", false, fmt.Errorf("store: insert item %s: %w", it.ID, err)
		}
	}
	if _, err := w.add.ExecContext(ctx, id, feed, dbTime(now)); err != nil {
		return "", false, fmt.Errorf("store: add feed %s to item %s: %w", feed, id, err)
	}
	return id, isNew, nil
}
