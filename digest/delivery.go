package digest

import "time"

// Subscription is a channel that gets the scheduled digest. Like Feed and
// FeedState, it is shared by the store (which keeps it) and the bot (which
// acts on it), so neither has to import the other.
type Subscription struct {
	GuildID   string
	ChannelID string
	// Schedule is a cron spec: five fields or a descriptor such as @daily,
	// with an optional CRON_TZ=Area/City prefix. The store does not parse
	// it: callers validate it first.
	Schedule string
	// Timezone, when set, is the IANA zone the schedule and the digest
	// period are read in (it overrides a CRON_TZ prefix).
	Timezone  string
	CreatedBy string
	// CreatedAt is when the subscription (or its last change) was stored:
	// periods scheduled before it are not delivered.
	CreatedAt time.Time
}

// Delivery statuses.
const (
	DeliveryPending = "pending" // to be posted at NextAttempt
	DeliverySent    = "sent"    // every message posted
	DeliverySkipped = "skipped" // empty period configured to post nothing
	DeliveryFailed  = "failed"  // given up
)

// Delivery is one digest period for one channel in the outbox. The pair
// (ChannelID, From, To) is unique: a channel never gets a period twice.
type Delivery struct {
	ID        int64
	ChannelID string
	// From and To bound the digest period (From inclusive, To exclusive);
	// To is the scheduled time.
	From, To time.Time
	Status   string
	// Attempts counts posting attempts started, including one that may
	// have been cut short by a crash.
	Attempts  int
	LastError string
	// NextAttempt is when a pending delivery is due.
	NextAttempt time.Time
	// Nonce identifies the delivery to Discord; each message's nonce is
	// derived from it.
	Nonce string
	// MessageIDs are the IDs of the messages posted so far, in order.
	MessageIDs []string
	// Digest and Payload are the digest as JSON and the messages rendered
	// from it, recorded before anything is posted so that every attempt
	// posts the same thing. The store keeps them as opaque bytes.
	Digest    []byte
	Payload   []byte
	CreatedAt time.Time
	SentAt    time.Time
}
