package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/parley-bot/parley/digest"
	"time"
)

// Delivery is one digest period for one channel in the outbox.
type Delivery = digest.Delivery

const deliveryColumns = `id, channel_id, period_from, period_to, status, attempts, last_error, next_attempt,
	nonce, message_ids, digest, payload, created_at, sent_at`

func scanDelivery(row interface{ Scan(...any) error }) (Delivery, error) {
	var (
		d                             Delivery
		from, to, next, created, sent int64
		ids, dig, payload             string
	)
	if err := row.Scan(&d.ID, &d.ChannelID, &from, &to, &d.Status, &d.Attempts, &d.LastError, &next,
		&d.Nonce, &ids, &dig, &payload, &created, &sent); err != nil {
		return Delivery{}, err
	}
	if err := json.Unmarshal([]byte(ids), &d.MessageIDs); err != nil {
		return Delivery{}, fmt.Errorf("message ids of delivery %d: %w", d.ID, err)
	}
	d.From, d.To = fromDBTime(from), fromDBTime(to)
	d.NextAttempt, d.CreatedAt, d.SentAt = fromDBTime(next), fromDBTime(created), fromDBTime(sent)
	if dig != "" {
		d.Digest = []byte(dig)
	}
	if payload != "" {
		d.Payload = []byte(payload)
	}
	return d, nil
}

// EnqueueDelivery records a delivery before anything is posted. It is
// idempotent on (channel, period): when the channel already has that period,
// it returns the stored row, unchanged, and created=false. A zero CreatedAt
// is set to now, a zero NextAttempt to CreatedAt (due at once); Status may be
// pending (the default) or skipped (recorded as done, nothing to post).
func (s *Store) EnqueueDelivery(ctx context.Context, d Delivery) (Delivery, bool, error) {
	if d.ChannelID == "" || d.Nonce == "" || d.From.IsZero() || d.To.IsZero() {
		return Delivery{}, false, fmt.Errorf("store: enqueue delivery: channel, nonce and period are required")
	}
	switch d.Status {
	case "":
		d.Status = digest.DeliveryPending
	case digest.DeliveryPending, digest.DeliverySkipped:
	default:
		return Delivery{}, false, fmt.Errorf("store: enqueue delivery: status %q: want pending or skipped", d.Status)
	}
	if d.CreatedAt.IsZero() {
		d.CreatedAt = time.Now()
	}
	if d.NextAttempt.IsZero() {
		d.NextAttempt = d.CreatedAt
	}
	sent := time.Time{}
	if d.Status == digest.DeliverySkipped {
		sent = d.CreatedAt
	}
	var (
		got     Delivery
		created bool
	)
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO deliveries (channel_id, period_from, period_to, status, next_attempt,
			nonce, message_ids, digest, payload, created_at, sent_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (channel_id, period_from, period_to) DO NOTHING`,
			d.ChannelID, dbTime(d.From), dbTime(d.To), d.Status, dbTime(d.NextAttempt),
			d.Nonce, jsonArray(d.MessageIDs), string(d.Digest), string(d.Payload), dbTime(d.CreatedAt), dbTime(sent))
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		created = n == 1
		got, err = scanDelivery(tx.QueryRowContext(ctx, `SELECT `+deliveryColumns+` FROM deliveries
			WHERE channel_id = ? AND period_from = ? AND period_to = ?`, d.ChannelID, dbTime(d.From), dbTime(d.To)))
		return err
	})
	if err != nil {
		return Delivery{}, false, fmt.Errorf("store: enqueue delivery %s %s: %w", d.ChannelID, d.To.UTC().Format(time.RFC3339), err)
	}
	return got, created, nil
}

// DueDeliveries lists the pending deliveries whose next attempt is at or
// before now, the most overdue first.
func (s *Store) DueDeliveries(ctx context.Context, now time.Time) ([]Delivery, error) {
	return s.queryDeliveries(ctx, "due deliveries", `SELECT `+deliveryColumns+` FROM deliveries
		WHERE status = ? AND next_attempt <= ? ORDER BY next_attempt, id`, digest.DeliveryPending, dbTime(now))
}

// Deliveries lists a channel's deliveries, the latest period first, at most
// limit of them (0: all).
func (s *Store) Deliveries(ctx context.Context, channelID string, limit int) ([]Delivery, error) {
	if limit <= 0 {
		limit = -1
	}
	return s.queryDeliveries(ctx, "deliveries of "+channelID, `SELECT `+deliveryColumns+` FROM deliveries
		WHERE channel_id = ? ORDER BY period_to DESC, id DESC LIMIT ?`, channelID, limit)
}

// Delivery returns one delivery by ID, or ErrNotFound.
func (s *Store) Delivery(ctx context.Context, id int64) (Delivery, error) {
	d, err := scanDelivery(s.rdb.QueryRowContext(ctx, `SELECT `+deliveryColumns+` FROM deliveries WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return Delivery{}, fmt.Errorf("store: delivery %d: %w", id, err)
	}
	return d, nil
}

func (s *Store) queryDeliveries(ctx context.Context, what, query string, args ...any) ([]Delivery, error) {
	rows, err := s.rdb.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	defer rows.Close()
	var out []Delivery
	for rows.Next() {
		d, err := scanDelivery(rows)
		if err != nil {
			return nil, fmt.Errorf("store: %s: %w", what, err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	return out, nil
}

// BeginAttempt counts a posting attempt before it starts, so that a crash
// halfway leaves a trace (Attempts > 0 on a pending delivery).
func (s *Store) BeginAttempt(ctx context.Context, id int64) error {
	return s.updateDelivery(ctx, "begin attempt", id, `UPDATE deliveries SET attempts = attempts + 1
		WHERE id = ? AND status = 'pending'`)
}

// SaveProgress records the messages posted so far, so that a retry resumes
// after them.
func (s *Store) SaveProgress(ctx context.Context, id int64, messageIDs []string) error {
	return s.updateDelivery(ctx, "save progress", id, `UPDATE deliveries SET message_ids = ?
		WHERE id = ? AND status = 'pending'`, jsonArray(messageIDs))
}

// MarkDelivered records that every message of the delivery was posted.
func (s *Store) MarkDelivered(ctx context.Context, id int64, messageIDs []string) error {
	return s.updateDelivery(ctx, "mark delivered", id, `UPDATE deliveries SET status = 'sent', message_ids = ?,
		last_error = '', sent_at = ? WHERE id = ? AND status = 'pending'`, jsonArray(messageIDs), dbTime(time.Now()))
}

// MarkFailed records a failed attempt. With a non-zero nextAttempt the
// delivery stays pending and is due again then; with a zero one it is given
// up (status failed).
func (s *Store) MarkFailed(ctx context.Context, id int64, lastError string, nextAttempt time.Time) error {
	status := digest.DeliveryPending
	if nextAttempt.IsZero() {
		status = digest.DeliveryFailed
	}
	return s.updateDelivery(ctx, "mark failed", id, `UPDATE deliveries SET status = ?, last_error = ?, next_attempt = ?
		WHERE id = ? AND status = 'pending'`, status, lastError, dbTime(nextAttempt))
}

// updateDelivery runs an UPDATE whose last parameter is the delivery ID
// (args hold the others). It fails with ErrNotFound when no pending delivery
// has that ID.
func (s *Store) updateDelivery(ctx context.Context, what string, id int64, query string, args ...any) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, query, append(args, id)...)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: %s %d: %w", what, id, err)
	}
	return nil
}
