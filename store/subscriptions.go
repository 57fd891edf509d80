package store

import (
	"context"
	"database/sql"
	"fmt"
	"github.com/parley-bot/parley/digest"
	"time"
)

// Subscription is a channel that gets the scheduled digest.
type Subscription = digest.Subscription

// subscriptionsSeeded is the meta key set once the config file's
// subscriptions have been stored; later starts leave admin edits alone.
const subscriptionsSeeded = "subscriptions_seeded"

// AddSubscription stores s, replacing the subscription of the same channel
// if there is one, and records who did it. A zero CreatedAt is set to now.
func (s *Store) AddSubscription(ctx context.Context, sub Subscription, actor string) error {
	if sub.ChannelID == "" || sub.Schedule == "" {
		return fmt.Errorf("store: add subscription: channel and schedule are required")
	}
	if sub.CreatedAt.IsZero() {
		sub.CreatedAt = time.Now()
	}
	if sub.CreatedBy == "" {
		sub.CreatedBy = actor
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := upsertSubscription(ctx, tx, sub); err != nil {
			return err
		}
		return auditSubscription(ctx, tx, actor, "subscribe", sub.ChannelID, sub.Schedule+" "+sub.Timezone)
	})
	if err != nil {
		return fmt.Errorf("store: add subscription %s: %w", sub.ChannelID, err)
	}
	return nil
}

// RemoveSubscription deletes the subscription of a channel and records who
// did it. It returns ErrNotFound when the channel has none. Deliveries not
// posted yet are given up (failed, "unsubscribed"); past ones are kept, so
// subscribing again never repeats a period.
func (s *Store) RemoveSubscription(ctx context.Context, channelID, actor string) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM subscriptions WHERE channel_id = ?`, channelID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return ErrNotFound
		}
		if _, err := tx.ExecContext(ctx, `UPDATE deliveries SET status = 'failed', last_error = 'unsubscribed', next_attempt = 0
			WHERE channel_id = ? AND status = 'pending'`, channelID); err != nil {
			return err
		}
		return auditSubscription(ctx, tx, actor, "unsubscribe", channelID, "")
	})
	if err != nil {
		return fmt.Errorf("store: remove subscription %s: %w", channelID, err)
	}
	return nil
}

// Subscriptions lists the subscriptions, by channel ID.
func (s *Store) Subscriptions(ctx context.Context) ([]Subscription, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT guild_id, channel_id, schedule, timezone, created_by, created_at
		FROM subscriptions ORDER BY channel_id`)
	if err != nil {
		return nil, fmt.Errorf("store: subscriptions: %w", err)
	}
	defer rows.Close()
	var subs []Subscription
	for rows.Next() {
		var (
			sub     Subscription
			created int64
		)
		if err := rows.Scan(&sub.GuildID, &sub.ChannelID, &sub.Schedule, &sub.Timezone, &sub.CreatedBy, &created); err != nil {
			return nil, fmt.Errorf("store: subscriptions: %w", err)
		}
		sub.CreatedAt = fromDBTime(created)
		subs = append(subs, sub)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: subscriptions: %w", err)
	}
	return subs, nil
}

// SeedSubscriptions stores the config file's subscriptions the first time
// it is called on a database, and does nothing later (admins' edits win).
// It reports whether it seeded.
func (s *Store) SeedSubscriptions(ctx context.Context, subs []Subscription) (bool, error) {
	seeded := false
	err := s.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM meta WHERE key = ?`, subscriptionsSeeded).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		now := time.Now()
		for _, sub := range subs {
			if sub.ChannelID == "" || sub.Schedule == "" {
				return fmt.Errorf("channel and schedule are required (channel %q)", sub.ChannelID)
			}
			if sub.CreatedAt.IsZero() {
				sub.CreatedAt = now
			}
			if sub.CreatedBy == "" {
				sub.CreatedBy = "config"
			}
			if err := upsertSubscription(ctx, tx, sub); err != nil {
				return err
			}
			if err := auditSubscription(ctx, tx, "config", "seed", sub.ChannelID, sub.Schedule+" "+sub.Timezone); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)`, subscriptionsSeeded, now.UTC().Format(time.RFC3339)); err != nil {
			return err
		}
		seeded = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("store: seed subscriptions: %w", err)
	}
	return seeded, nil
}

func upsertSubscription(ctx context.Context, tx *sql.Tx, sub Subscription) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO subscriptions (channel_id, guild_id, schedule, timezone, created_by, created_at)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, schedule = excluded.schedule,
			timezone = excluded.timezone, created_by = excluded.created_by, created_at = excluded.created_at`,
		sub.ChannelID, sub.GuildID, sub.Schedule, sub.Timezone, sub.CreatedBy, dbTime(sub.CreatedAt))
	return err
}

func auditSubscription(ctx context.Context, tx *sql.Tx, actor, action, channelID, detail string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO subscription_audit (at, actor, action, channel_id, detail) VALUES (?, ?, ?, ?, ?)`,
		dbTime(time.Now()), actor, action, channelID, detail)
	return err
}
