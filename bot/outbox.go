package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"
)

// Subscription is a channel that gets the scheduled digest. It mirrors the
// store's row; cmd/parley adapts one to the other (bot does not import
// store).
type Subscription struct {
	GuildID   string
	ChannelID string
	// Schedule is a cron spec: five fields or a descriptor such as @daily,
	// with an optional CRON_TZ=Area/City prefix.
	Schedule string
	// Timezone, when set, is the IANA zone the schedule and the period are
	// read in (it overrides a CRON_TZ prefix).
	Timezone  string
	CreatedBy string
	// CreatedAt is when the subscription was stored: periods scheduled
	// before it are not delivered.
	CreatedAt time.Time
}

// Delivery statuses, as the outbox stores them.
const (
	DeliveryPending = "pending"
	DeliverySent    = "sent"
	DeliverySkipped = "skipped"
	DeliveryFailed  = "failed"
)

// Delivery is one digest period for one channel in the outbox.
type Delivery struct {
	ID        int64
	ChannelID string
	// From and To bound the period (From inclusive, To exclusive); To is the
	// scheduled time.
	From, To    time.Time
	Status      string
	Attempts    int
	LastError   string
	NextAttempt time.Time
	// Nonce is the delivery's base nonce; message i is posted with
	// MessageNonce(Nonce, i).
	Nonce      string
	MessageIDs []string
	// Digest is the digest as JSON; Payload the []OutMessage rendered from
	// it, as JSON. Both are recorded before the first post.
	Digest    []byte
	Payload   []byte
	CreatedAt time.Time
	SentAt    time.Time
}

// Outbox is the store side of scheduled delivery. Every method's outcome:
//
//   - Subscriptions: every subscription, or an error.
//   - LatestDelivery: the channel's delivery with the latest period, found
//     false when it has none.
//   - EnqueueDelivery: the stored row for (channel, From, To), created or
//     found; created tells which. Status may be pending or skipped.
//   - DueDeliveries: pending deliveries with NextAttempt at or before now.
//   - BeginAttempt, SaveProgress, MarkDelivered, MarkFailed: change a
//     pending delivery; an error when it is not pending (or on I/O
//     failure). MarkFailed with a zero next attempt gives the delivery up.
type Outbox interface {
	Subscriptions(ctx context.Context) ([]Subscription, error)
	LatestDelivery(ctx context.Context, channelID string) (d Delivery, found bool, err error)
	EnqueueDelivery(ctx context.Context, d Delivery) (Delivery, bool, error)
	DueDeliveries(ctx context.Context, now time.Time) ([]Delivery, error)
	BeginAttempt(ctx context.Context, id int64) error
	SaveProgress(ctx context.Context, id int64, messageIDs []string) error
	MarkDelivered(ctx context.Context, id int64, messageIDs []string) error
	MarkFailed(ctx context.Context, id int64, lastError string, nextAttempt time.Time) error
}

// DeliveryNonce is the base nonce of a channel's period: the same inputs
// always give the same 20 characters.
func DeliveryNonce(channelID string, from, to time.Time) string {
	h := sha256.Sum256([]byte(channelID + "|" + from.UTC().Format(time.RFC3339Nano) + "|" + to.UTC().Format(time.RFC3339Nano)))
	return hex.EncodeToString(h[:10])
}

// MessageNonce is the nonce of the i-th message of a delivery. It stays
// within Discord's 25-character limit for up to 1,000 messages.
func MessageNonce(base string, i int) string {
	return base + "-" + strconv.Itoa(i)
}
