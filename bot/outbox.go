package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"github.com/parley-bot/parley/digest"
	"strconv"
	"time"
)

// Subscription and Delivery are the domain's: the store keeps them, the
// bot acts on them.
type (
	Subscription = digest.Subscription
	Delivery     = digest.Delivery
)

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
