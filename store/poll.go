package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/parley-bot/parley/digest"
)

// feedStateColumns is the column list scanFeedState reads, in order.
const feedStateColumns = `url, etag, last_modified, last_status, last_error, last_poll, last_ok,
	failures, next_attempt, items, last_new`

func scanFeedState(row interface{ Scan(...any) error }) (digest.FeedState, error) {
	var (
		st                        digest.FeedState
		lastPoll, lastOK, nextAtt int64
	)
	err := row.Scan(&st.URL, &st.ETag, &st.LastModified, &st.LastStatus, &st.LastError, &lastPoll, &lastOK,
		&st.Failures, &nextAtt, &st.Items, &st.LastNew)
	st.LastPoll = fromDBTime(lastPoll)
	st.LastOK = fromDBTime(lastOK)
	st.NextAttempt = fromDBTime(nextAtt)
	return st, err
}

// FeedState returns what is remembered of the feed at url: the zero state
// (with URL set) for a feed never polled.
func (s *Store) FeedState(ctx context.Context, url string) (digest.FeedState, error) {
	st, err := scanFeedState(s.rdb.QueryRowContext(ctx, "SELECT "+feedStateColumns+" FROM feed_state WHERE url = ?", url))
	if errors.Is(err, sql.ErrNoRows) {
		return digest.FeedState{URL: url}, nil
	}
	if err != nil {
		return digest.FeedState{}, fmt.Errorf("store: feed state %s: %w", url, err)
	}
	return st, nil
}

// FeedStates returns the state of every feed ever polled, by URL.
func (s *Store) FeedStates(ctx context.Context) ([]digest.FeedState, error) {
	rows, err := s.rdb.QueryContext(ctx, "SELECT "+feedStateColumns+" FROM feed_state ORDER BY url")
	if err != nil {
		return nil, fmt.Errorf("store: feed states: %w", err)
	}
	defer rows.Close()
	states := []digest.FeedState{}
	for rows.Next() {
		st, err := scanFeedState(rows)
		if err != nil {
			return nil, fmt.Errorf("store: feed states: %w", err)
		}
		states = append(states, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: feed states: %w", err)
	}
	return states, nil
}

// LastSuccessfulPoll returns the latest time any feed was polled without
// error (zero when none was).
func (s *Store) LastSuccessfulPoll(ctx context.Context) (time.Time, error) {
	var last int64
	if err := s.rdb.QueryRowContext(ctx, `SELECT coalesce(max(last_ok), 0) FROM feed_state`).Scan(&last); err != nil {
		return time.Time{}, fmt.Errorf("store: last successful poll: %w", err)
	}
	return fromDBTime(last), nil
}

// SavePoll stores the outcome of one poll of feed in one transaction: its
// new state, its items and the statements found in them. An item whose ID
// or canonical URL is already stored is not stored again; it only gains this
// feed. Each statement names its item in Sources[].ItemID (an item of this
// batch or one already stored) and is merged with the stored statement of
// the same party and kind that states the same position, if any.
//
// state.Items and state.LastNew are computed here: the number of items this
// feed carried in all and the number newly stored by this poll, which is
// also returned. On any error nothing is saved and the previous state stays.
func (s *Store) SavePoll(ctx context.Context, feed digest.Feed, state digest.FeedState, items []digest.Item, stmts []digest.Statement) (newItems int, err error) {
	if state.URL == "" {
		state.URL = feed.URL
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		newItems = 0
		now := time.Now()
		w, err := newItemWriter(ctx, tx)
		if err != nil {
			return err
		}
		defer w.close()
		// Items of the batch already stored under another ID (same URL)
		// are known to the statements by their batch ID.
		storedAs := map[string]string{}
		for _, it := range items {
			id, isNew, err := w.save(ctx, it, feed.Name, now)
			if err != nil {
				return err
			}
			if isNew {
				newItems++
			}
			if id != it.ID {
				storedAs[it.ID] = id
			}
		}
		m, err := s.newMerger(ctx, tx)
		if err != nil {
			return err
		}
		defer m.close()
		for _, st := range stmts {
			st.Sources = slices.Clone(st.Sources)
			for i, src := range st.Sources {
				if id, ok := storedAs[src.ItemID]; ok {
					st.Sources[i].ItemID = id
				}
			}
			if err := m.merge(ctx, st); err != nil {
				return err
			}
		}
		if err := m.flush(ctx); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM item_feeds WHERE feed = ?`, feed.Name).Scan(&state.Items); err != nil {
			return fmt.Errorf("store: count items of %s: %w", feed.Name, err)
		}
		state.LastNew = newItems
		return saveFeedState(ctx, tx, feed.Name, state)
	})
	if err != nil {
		return 0, fmt.Errorf("store: save poll of %s: %w", feed.Name, err)
	}
	return newItems, nil
}

// saveFeedState inserts or replaces one feed's state.
func saveFeedState(ctx context.Context, tx *sql.Tx, name string, st digest.FeedState) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO feed_state (name, `+feedStateColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET name = excluded.name, etag = excluded.etag,
			last_modified = excluded.last_modified, last_status = excluded.last_status,
			last_error = excluded.last_error, last_poll = excluded.last_poll, last_ok = excluded.last_ok,
			failures = excluded.failures, next_attempt = excluded.next_attempt, items = excluded.items,
			last_new = excluded.last_new`,
		name, st.URL, st.ETag, st.LastModified, st.LastStatus, st.LastError, dbTime(st.LastPoll), dbTime(st.LastOK),
		st.Failures, dbTime(st.NextAttempt), st.Items, st.LastNew)
	if err != nil {
		return fmt.Errorf("store: save feed state %s: %w", st.URL, err)
	}
	return nil
}
