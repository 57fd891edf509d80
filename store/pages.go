package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/parley-bot/parley/digest"
)

// PageJob is a relevant item whose article page is to be read.
type PageJob struct {
	// Item is the stored item, with its feed text (and Feeds).
	Item digest.Item
	// Always is set when a feed that carried the item has full_text =
	// "always"; otherwise the page is read because the feed text is short.
	Always bool
	// ETag and LastModified are the validators of the page's last full
	// answer, when it was read before.
	ETag, LastModified string
	// Attempts counts the earlier tries that were deferred.
	Attempts int
}

// Page is the outcome of reading an item's page.
type Page struct {
	ItemID string
	// Status is digest.FullTextRead, or the reason the feed text stays:
	// FullTextPaywall, FullTextRobots, FullTextFailed or FullTextSkipped.
	Status digest.FullTextStatus
	// Reason says why the page was not used ("paywall marker: subscribe to
	// continue reading"); for a read page it may say how it was read.
	Reason string
	// URL is the page's final URL, after redirects.
	URL string
	// Text is the article's plain text (paragraphs separated by blank
	// lines); only for FullTextRead.
	Text string
	// ETag and LastModified are the page's validators, for a re-read.
	ETag, LastModified string
	// Statements are those found in the full text; only for FullTextRead,
	// where they replace the item's statements. Statements that name no
	// source item are taken as the item's.
	Statements []digest.Statement
}

// The feed modes of an item, from the feeds that carried it (feeds not in
// the feeds table, such as ingested files, count as "auto"): "never" wins,
// then "always". feedChars is the length of the longer feed text.
const (
	neverFeed = `EXISTS (SELECT 1 FROM item_feeds f JOIN feeds fd ON fd.name = f.feed
		WHERE f.item_id = items.id AND lower(fd.full_text) = 'never')`
	alwaysFeed = `EXISTS (SELECT 1 FROM item_feeds f JOIN feeds fd ON fd.name = f.feed
		WHERE f.item_id = items.id AND lower(fd.full_text) = 'always')`
	feedChars = `max(length(items.summary), length(items.content))`
)

// PageQuery selects the items whose page is to be read.
type PageQuery struct {
	// MinChars is the teaser threshold of "auto" feeds, in characters.
	MinChars int
	// Since, when set, keeps the items stored (fetched) at or after it:
	// the reader does not go back through an old archive.
	Since time.Time
	// Limit caps the items returned (0: no limit).
	Limit int
}

// PendingPages returns the relevant items whose page is to be read, newest
// first: not attempted yet (full text status "", or "queued" by a process
// that stopped before reading it), not deferred past now, stored since
// q.Since, and carried by a feed whose full_text is "always", or "auto"
// with a feed text shorter than q.MinChars characters. Items of a "never"
// feed and irrelevant items are never returned.
func (s *Store) PendingPages(ctx context.Context, q PageQuery) ([]PageJob, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	// "+published" keeps the planner on the (relevant, full_text) index:
	// pending items are few, relevant ones may be many.
	rows, err := s.rdb.QueryContext(ctx, `SELECT `+itemColumns+`, page_etag, page_last_modified, page_attempts, `+alwaysFeed+`
		FROM items
		WHERE relevant = 1 AND full_text IN ('', 'queued') AND page_next_attempt <= ? AND fetched_at >= ?
			AND (`+feedChars+` < ? OR `+alwaysFeed+`) AND NOT `+neverFeed+`
		ORDER BY +published DESC, id LIMIT ?`, dbTime(time.Now()), dbTime(q.Since), q.MinChars, limit)
	if err != nil {
		return nil, fmt.Errorf("store: pending pages: %w", err)
	}
	defer rows.Close()
	jobs := []PageJob{}
	for rows.Next() {
		var job PageJob
		it, err := scanItem(scanFunc(func(dest ...any) error {
			return rows.Scan(append(dest, &job.ETag, &job.LastModified, &job.Attempts, &job.Always)...)
		}))
		if err != nil {
			return nil, fmt.Errorf("store: pending pages: %w", err)
		}
		job.Item = it
		jobs = append(jobs, job)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: pending pages: %w", err)
	}
	items := make([]digest.Item, len(jobs))
	for i, j := range jobs {
		items[i] = j.Item
	}
	if err := s.fillFeeds(ctx, items); err != nil {
		return nil, err
	}
	for i := range jobs {
		jobs[i].Item.Feeds = items[i].Feeds
	}
	return jobs, nil
}

// scanFunc adapts a function to the Scan method scanItem reads with.
type scanFunc func(dest ...any) error

func (f scanFunc) Scan(dest ...any) error { return f(dest...) }

// SkipPages marks as skipped the relevant items not attempted yet whose page
// will not be read: carried by a "never" feed, or by "auto" feeds only with
// a feed text of at least minChars characters. It returns how many it
// marked.
func (s *Store) SkipPages(ctx context.Context, minChars int) (int, error) {
	var n int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE items SET full_text = 'skipped',
			full_text_reason = CASE WHEN `+neverFeed+` THEN 'feed full_text = never'
				ELSE 'feed text long enough (' || `+feedChars+` || ' chars)' END
			WHERE relevant = 1 AND full_text = ''
				AND (`+neverFeed+` OR (NOT `+alwaysFeed+` AND `+feedChars+` >= ?))`, minChars)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: skip pages: %w", err)
	}
	return int(n), nil
}

// QueuePages marks items as waiting for the page queue (full text status
// "queued"), unless their page was attempted meanwhile.
func (s *Store) QueuePages(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE items SET full_text = 'queued'
			WHERE id IN (SELECT value FROM json_each(?)) AND full_text IN ('', 'queued')`, jsonArray(ids))
		return err
	})
	if err != nil {
		return fmt.Errorf("store: queue pages: %w", err)
	}
	return nil
}

// DeferPage puts an item's page back in the queue, not before until (a
// Retry-After time, or a backoff after a transient error), and records
// reason and one more attempt. Its feed-text statements stay.
func (s *Store) DeferPage(ctx context.Context, itemID, reason string, until time.Time) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE items SET full_text = '', full_text_reason = ?,
			page_attempts = page_attempts + 1, page_next_attempt = ?, page_fetched_at = ? WHERE id = ?`,
			reason, dbTime(until), dbTime(time.Now()), itemID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: defer page of item %s: %w", itemID, err)
	}
	return nil
}

// SavePage records the outcome of reading an item's page, in one
// transaction. For FullTextRead, the item's content becomes p.Text (the
// feed's own content is kept aside in feed_content, so Items and Item
// return the whole story as Content and digest.Item.Text analyses it) and
// p.Statements replace the item's statements, as ReplaceItemStatements
// does. For any other status, the status and reason are recorded and the
// item keeps its feed text and its statements. It returns an error wrapping
// ErrNotFound for an unknown item.
func (s *Store) SavePage(ctx context.Context, p Page) error {
	switch p.Status {
	case digest.FullTextRead:
		if p.Text == "" {
			return fmt.Errorf("store: save page of item %s: a read page needs its text", p.ItemID)
		}
	case digest.FullTextPaywall, digest.FullTextRobots, digest.FullTextFailed, digest.FullTextSkipped:
	default:
		return fmt.Errorf("store: save page of item %s: status %q is not an outcome", p.ItemID, p.Status)
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		now := dbTime(time.Now())
		var res sql.Result
		var err error
		if p.Status == digest.FullTextRead {
			res, err = tx.ExecContext(ctx, `UPDATE items SET
				feed_content = CASE WHEN full_text = 'read' THEN feed_content ELSE content END,
				content = ?, full_text = 'read', full_text_reason = ?, page_url = ?, page_etag = ?,
				page_last_modified = ?, page_fetched_at = ?, page_attempts = page_attempts + 1, page_next_attempt = 0
				WHERE id = ?`, p.Text, p.Reason, p.URL, p.ETag, p.LastModified, now, p.ItemID)
		} else {
			res, err = tx.ExecContext(ctx, `UPDATE items SET full_text = ?, full_text_reason = ?, page_url = ?,
				page_fetched_at = ?, page_attempts = page_attempts + 1, page_next_attempt = 0 WHERE id = ?`,
				string(p.Status), p.Reason, p.URL, now, p.ItemID)
		}
		if err != nil {
			return fmt.Errorf("update item: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		if p.Status != digest.FullTextRead {
			return nil
		}
		return s.replaceStatementsTx(ctx, tx, p.ItemID, p.Statements)
	})
	if err != nil {
		return fmt.Errorf("store: save page of item %s: %w", p.ItemID, err)
	}
	return nil
}

// PageStats counts relevant items by full text status (read, paywall,
// robots, failed, skipped, queued); items never attempted are not counted.
func (s *Store) PageStats(ctx context.Context) (map[digest.FullTextStatus]int, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT full_text, count(*) FROM items
		WHERE relevant = 1 AND full_text <> '' GROUP BY full_text`)
	if err != nil {
		return nil, fmt.Errorf("store: page stats: %w", err)
	}
	defer rows.Close()
	stats := map[digest.FullTextStatus]int{}
	for rows.Next() {
		var (
			status string
			n      int
		)
		if err := rows.Scan(&status, &n); err != nil {
			return nil, fmt.Errorf("store: page stats: %w", err)
		}
		stats[digest.FullTextStatus(status)] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: page stats: %w", err)
	}
	return stats, nil
}
