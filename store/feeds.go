package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/parley-bot/parley/digest"
)

// feedsSeeded is the meta key recording that the config file's feeds were
// stored once; later starts leave the feed set to admins.
const feedsSeeded = "feeds_seeded"

// seedActor is the actor recorded for feeds that came from the config file.
const seedActor = "config"

// AuditEntry is one change to the feed set: who did what to which feed.
type AuditEntry struct {
	At     time.Time `json:"at"`
	Actor  string    `json:"actor"`
	Action string    `json:"action"` // seed, add, remove, pause, resume
	Feed   string    `json:"feed"`
	Detail string    `json:"detail,omitempty"`
}

// SeedFeeds stores feeds, the config file's, the first time it is called on
// a database, and does nothing later, so that feeds an admin removed do not
// come back at the next start. It reports whether it seeded. Two feeds with
// the same name (case-insensitive) or URL fail it with ErrExists.
func (s *Store) SeedFeeds(ctx context.Context, feeds []digest.Feed) (seeded bool, err error) {
	err = s.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM meta WHERE key = ?`, feedsSeeded).Scan(&n); err != nil {
			return fmt.Errorf("read meta: %w", err)
		}
		if n > 0 {
			return nil
		}
		now := time.Now()
		for _, f := range feeds {
			if err := insertFeed(ctx, tx, f, seedActor, "seed", now); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)`, feedsSeeded, now.UTC().Format(time.RFC3339)); err != nil {
			return fmt.Errorf("write meta: %w", err)
		}
		seeded = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("store: seed feeds: %w", err)
	}
	return seeded, nil
}

// Feeds returns the feeds followed, by name.
func (s *Store) Feeds(ctx context.Context) ([]digest.Feed, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT name, url, schedule, enabled, full_text FROM feeds ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("store: feeds: %w", err)
	}
	defer rows.Close()
	feeds := []digest.Feed{}
	for rows.Next() {
		var f digest.Feed
		if err := rows.Scan(&f.Name, &f.URL, &f.Schedule, &f.Enabled, &f.FullText); err != nil {
			return nil, fmt.Errorf("store: feeds: %w", err)
		}
		feeds = append(feeds, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: feeds: %w", err)
	}
	return feeds, nil
}

// AddFeed stores a new feed on behalf of actor. A feed with the same name
// (case-insensitive) or URL fails it with an error wrapping ErrExists.
func (s *Store) AddFeed(ctx context.Context, f digest.Feed, actor string) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		return insertFeed(ctx, tx, f, actor, "add", time.Now())
	})
	if err != nil {
		return fmt.Errorf("store: add feed: %w", err)
	}
	return nil
}

// insertFeed stores f and records the action in the audit log.
func insertFeed(ctx context.Context, tx *sql.Tx, f digest.Feed, actor, action string, now time.Time) error {
	if f.Name == "" || f.URL == "" {
		return fmt.Errorf("feed %q (%s): name and URL are required", f.Name, f.URL)
	}
	var existing, existingURL string
	err := tx.QueryRowContext(ctx, `SELECT name, url FROM feeds WHERE name = ? OR url = ? LIMIT 1`, f.Name, f.URL).Scan(&existing, &existingURL)
	switch {
	case err == nil && existingURL == f.URL:
		return fmt.Errorf("feed %q: URL %s is followed as %q: %w", f.Name, f.URL, existing, ErrExists)
	case err == nil:
		return fmt.Errorf("feed %q: name taken by %q (%s): %w", f.Name, existing, existingURL, ErrExists)
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("feed %q: %w", f.Name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO feeds (name, url, schedule, enabled, full_text, added_by, added_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		f.Name, f.URL, f.Schedule, dbBool(f.Enabled), f.FullText, actor, dbTime(now), dbTime(now)); err != nil {
		return fmt.Errorf("insert feed %q: %w", f.Name, err)
	}
	detail := fmt.Sprintf("url=%s schedule=%q enabled=%t", f.URL, f.Schedule, f.Enabled)
	if f.FullText != "" {
		detail += " full_text=" + f.FullText
	}
	return audit(ctx, tx, now, actor, action, f.Name, detail)
}

// RemoveFeed stops following the named feed (case-insensitive) on behalf
// of actor, or returns an error wrapping ErrNotFound. Its items and
// statements stay.
func (s *Store) RemoveFeed(ctx context.Context, name, actor string) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		var stored, url string
		err := tx.QueryRowContext(ctx, `DELETE FROM feeds WHERE name = ? RETURNING name, url`, name).Scan(&stored, &url)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		return audit(ctx, tx, time.Now(), actor, "remove", stored, "url="+url)
	})
	if err != nil {
		return fmt.Errorf("store: remove feed %q: %w", name, err)
	}
	return nil
}

// SetFeedEnabled pauses (false) or resumes (true) the named feed on behalf
// of actor, or returns an error wrapping ErrNotFound.
func (s *Store) SetFeedEnabled(ctx context.Context, name string, enabled bool, actor string) error {
	action := "pause"
	if enabled {
		action = "resume"
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		now := time.Now()
		var stored string
		err := tx.QueryRowContext(ctx, `UPDATE feeds SET enabled = ?, updated_at = ? WHERE name = ? RETURNING name`,
			dbBool(enabled), dbTime(now), name).Scan(&stored)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		return audit(ctx, tx, now, actor, action, stored, "")
	})
	if err != nil {
		return fmt.Errorf("store: %s feed %q: %w", action, name, err)
	}
	return nil
}

// audit records one change to the feed set.
func audit(ctx context.Context, tx *sql.Tx, at time.Time, actor, action, feed, detail string) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO feed_audit (at, actor, action, feed, detail) VALUES (?, ?, ?, ?, ?)`,
		dbTime(at), actor, action, feed, detail); err != nil {
		return fmt.Errorf("audit %s %q: %w", action, feed, err)
	}
	return nil
}

// FeedAudit returns the latest changes to the feed set, newest first; at
// most limit of them (0: all).
func (s *Store) FeedAudit(ctx context.Context, limit int) ([]AuditEntry, error) {
	q := `SELECT at, actor, action, feed, detail FROM feed_audit ORDER BY at DESC, id DESC`
	var args []any
	if limit > 0 {
		q += " LIMIT ?"
		args = append(args, limit)
	}
	rows, err := s.rdb.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: feed audit: %w", err)
	}
	defer rows.Close()
	entries := []AuditEntry{}
	for rows.Next() {
		var (
			e  AuditEntry
			at int64
		)
		if err := rows.Scan(&at, &e.Actor, &e.Action, &e.Feed, &e.Detail); err != nil {
			return nil, fmt.Errorf("store: feed audit: %w", err)
		}
		e.At = fromDBTime(at)
		entries = append(entries, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: feed audit: %w", err)
	}
	return entries, nil
}
