package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/parley-bot/parley/digest"
)

// Composer turns a digest period into what to post.
//
// Compose builds the digest of [from, to) and renders it to messages within
// Discord's limits; loc is the subscription's zone, for the dates it shows.
// A period with nothing new sets Empty (Messages are then ignored). An error
// means nothing could be built (the store failed): the period is tried again
// on the next cycle.
type Composer interface {
	Compose(ctx context.Context, from, to time.Time, loc *time.Location) (Composition, error)
}

// Composition is a rendered digest.
type Composition struct {
	// Digest is the digest as JSON, kept in the outbox with the messages.
	Digest   []byte
	Empty    bool
	Messages []OutMessage
}

// DeliveryObserver counts delivery outcomes: "sent", "skipped", "retry" and
// "failed" (*metrics.Metrics implements it).
type DeliveryObserver interface {
	ObserveDelivery(outcome string)
}

// What an empty period posts (Deliverer.Empty).
const (
	EmptyLine = "line" // a short "no new developments" line
	EmptySkip = "skip" // nothing
)

// Deliverer posts each subscription's digest once per scheduled period,
// through the outbox:
//
//  1. Schedule: for every subscription whose latest scheduled time has
//     passed (since it was created) and whose channel has no delivery for
//     that period yet, build and render the digest and record it in the
//     outbox. A bot that was down at the scheduled time catches up once,
//     with the latest period only.
//  2. Flush: post every due delivery, message by message, each with a nonce
//     derived from the delivery (so a repeated post is dropped by Discord),
//     recording progress as it goes; a failure is retried with exponential
//     backoff, a permanent one (or too many) gives the delivery up.
//
// The outbox's unique (channel, period) key is what keeps a channel from
// getting a period twice, across restarts too. Zero fields take the
// defaults named on them. A Deliverer is used by one goroutine (Run).
type Deliverer struct {
	Outbox   Outbox
	Composer Composer
	Poster   Poster

	// Period is the span a digest covers, ending at its scheduled time
	// (default 24h).
	Period time.Duration
	// Empty is EmptyLine (default) or EmptySkip.
	Empty string
	// Tick is how often Run looks for due work (default 15s).
	Tick time.Duration
	// Backoff is the delay before the first retry (default 30s); it doubles
	// at each failure, up to MaxBackoff (default 1h).
	Backoff, MaxBackoff time.Duration
	// MaxAttempts is the number of attempts before giving up (default 10).
	MaxAttempts int

	Now      func() time.Time // default time.Now
	Log      *slog.Logger     // default slog.Default()
	Observer DeliveryObserver // optional

	wakeOnce sync.Once
	wake     chan struct{}

	// Caches of Run's goroutine: parsed schedules by spec and zone, and the
	// end of the latest period recorded per channel (the outbox stays the
	// authority: a miss only costs a query).
	schedules map[[2]string]DigestSchedule
	recorded  map[string]time.Time
}

func (d *Deliverer) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

func (d *Deliverer) log() *slog.Logger {
	if d.Log != nil {
		return d.Log
	}
	return slog.Default()
}

func (d *Deliverer) observe(outcome string) {
	if d.Observer != nil {
		d.Observer.ObserveDelivery(outcome)
	}
}

func orDefault[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

func (d *Deliverer) wakeChan() chan struct{} {
	d.wakeOnce.Do(func() { d.wake = make(chan struct{}, 1) })
	return d.wake
}

// Wake makes Run look for due work now (after a subscription changed)
// instead of at its next tick. It never blocks.
func (d *Deliverer) Wake() {
	select {
	case d.wakeChan() <- struct{}{}:
	default:
	}
}

// Run schedules and posts until ctx is done, first at once (the catch-up
// after a restart), then every Tick or Wake. Failures are logged, never
// fatal. It returns nil when ctx is done.
func (d *Deliverer) Run(ctx context.Context) error {
	tick := time.NewTicker(orDefault(d.Tick, 15*time.Second))
	defer tick.Stop()
	for {
		if err := d.RunOnce(ctx); err != nil && ctx.Err() == nil {
			d.log().Error("digest delivery", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		case <-d.wakeChan():
		}
	}
}

// RunOnce runs Schedule, then Flush, and returns their errors joined.
func (d *Deliverer) RunOnce(ctx context.Context) error {
	return errors.Join(d.Schedule(ctx), d.Flush(ctx))
}

// Schedule records in the outbox the period due for each subscription that
// has none recorded yet. It returns the errors of the subscriptions it could
// not schedule (the others are scheduled all the same).
func (d *Deliverer) Schedule(ctx context.Context) error {
	subs, err := d.Outbox.Subscriptions(ctx)
	if err != nil {
		return fmt.Errorf("bot: schedule digests: %w", err)
	}
	now := d.now()
	var errs []error
	for _, sub := range subs {
		if err := d.scheduleOne(ctx, sub, now); err != nil {
			errs = append(errs, fmt.Errorf("bot: schedule digest for channel %s: %w", sub.ChannelID, err))
		}
	}
	return errors.Join(errs...)
}

func (d *Deliverer) scheduleOne(ctx context.Context, sub Subscription, now time.Time) error {
	sched, err := d.schedule(sub)
	if err != nil {
		return err
	}
	to := sched.Last(now)
	if to.IsZero() || to.Before(sub.CreatedAt) {
		return nil // not due since the subscription began
	}
	if last, ok := d.recorded[sub.ChannelID]; ok && !last.Before(to) {
		return nil
	}
	latest, found, err := d.Outbox.LatestDelivery(ctx, sub.ChannelID)
	if err != nil {
		return err
	}
	if found && !latest.To.Before(to) {
		d.remember(sub.ChannelID, latest.To)
		return nil // already recorded
	}
	from := digest.PeriodEnding(to, orDefault(d.Period, 24*time.Hour)).From
	comp, err := d.Composer.Compose(ctx, from, to, sched.Location())
	if err != nil {
		return fmt.Errorf("compose %s: %w", to.Format(time.RFC3339), err)
	}
	del := Delivery{
		ChannelID: sub.ChannelID, From: from, To: to,
		Nonce:     DeliveryNonce(sub.ChannelID, from, to),
		Digest:    comp.Digest,
		CreatedAt: now,
		Status:    digest.DeliveryPending,
	}
	msgs := comp.Messages
	if comp.Empty {
		msgs = []OutMessage{{Content: NoNewDevelopments(from, to, sched.Location())}}
		if orDefault(d.Empty, EmptyLine) == EmptySkip {
			msgs, del.Status = nil, digest.DeliverySkipped
		}
	}
	if del.Payload, err = json.Marshal(msgs); err != nil {
		return fmt.Errorf("encode messages: %w", err)
	}
	stored, created, err := d.Outbox.EnqueueDelivery(ctx, del)
	if err != nil {
		return err
	}
	d.remember(sub.ChannelID, stored.To)
	if created {
		d.log().Info("digest scheduled", "channel_id", sub.ChannelID, "period_from", from, "period_to", to,
			"status", stored.Status, "messages", len(msgs), "delivery_id", stored.ID)
		if stored.Status == digest.DeliverySkipped {
			d.observe("skipped")
		}
	}
	return nil
}

// schedule parses a subscription's schedule, once per spec and zone.
func (d *Deliverer) schedule(sub Subscription) (DigestSchedule, error) {
	key := [2]string{sub.Schedule, sub.Timezone}
	if s, ok := d.schedules[key]; ok {
		return s, nil
	}
	s, err := ParseDigestSchedule(sub.Schedule, sub.Timezone)
	if err != nil {
		return DigestSchedule{}, err
	}
	if d.schedules == nil {
		d.schedules = map[[2]string]DigestSchedule{}
	}
	d.schedules[key] = s
	return s, nil
}

func (d *Deliverer) remember(channelID string, to time.Time) {
	if d.recorded == nil {
		d.recorded = map[string]time.Time{}
	}
	d.recorded[channelID] = to
}

// NoNewDevelopments is the line an empty period posts.
func NoNewDevelopments(from, to time.Time, loc *time.Location) string {
	const layout = "2 Jan 15:04"
	return fmt.Sprintf("No new developments from %s to %s (%s).",
		from.In(loc).Format(layout), to.In(loc).Format(layout), loc)
}

// Flush posts every due delivery. It returns the errors of the outbox (a
// failed post is not an error: it is recorded and retried).
func (d *Deliverer) Flush(ctx context.Context) error {
	due, err := d.Outbox.DueDeliveries(ctx, d.now())
	if err != nil {
		return fmt.Errorf("bot: due deliveries: %w", err)
	}
	var errs []error
	for _, del := range due {
		if ctx.Err() != nil {
			break
		}
		if err := d.deliver(ctx, del); err != nil {
			errs = append(errs, fmt.Errorf("bot: delivery %d to channel %s: %w", del.ID, del.ChannelID, err))
		}
	}
	return errors.Join(errs...)
}

// deliver posts the messages of del not posted yet, then marks it sent.
func (d *Deliverer) deliver(ctx context.Context, del Delivery) error {
	var msgs []OutMessage
	if err := json.Unmarshal(del.Payload, &msgs); err != nil {
		d.observe("failed")
		return d.Outbox.MarkFailed(ctx, del.ID, "undecodable payload: "+err.Error(), time.Time{})
	}
	if err := d.Outbox.BeginAttempt(ctx, del.ID); err != nil {
		return err
	}
	attempt := del.Attempts + 1
	ids := append([]string(nil), del.MessageIDs...)
	for i := len(ids); i < len(msgs); i++ {
		id, err := d.Poster.Post(ctx, del.ChannelID, msgs[i], MessageNonce(del.Nonce, i))
		if err != nil {
			return d.fail(ctx, del, attempt, err)
		}
		ids = append(ids, id)
		if i < len(msgs)-1 {
			if err := d.Outbox.SaveProgress(ctx, del.ID, ids); err != nil {
				return err
			}
		}
	}
	if err := d.Outbox.MarkDelivered(ctx, del.ID, ids); err != nil {
		return err
	}
	d.observe("sent")
	d.log().Info("digest posted", "channel_id", del.ChannelID, "period_to", del.To, "delivery_id", del.ID,
		"attempt", attempt, "message_ids", ids)
	return nil
}

// fail records a failed attempt: retried after a backoff, or given up when
// the error is permanent or the attempts are spent.
func (d *Deliverer) fail(ctx context.Context, del Delivery, attempt int, cause error) error {
	log := d.log().With("channel_id", del.ChannelID, "period_to", del.To, "delivery_id", del.ID, "attempt", attempt, "err", cause)
	if IsPermanent(cause) || attempt >= orDefault(d.MaxAttempts, 10) {
		d.observe("failed")
		log.Error("digest delivery given up")
		return d.Outbox.MarkFailed(ctx, del.ID, cause.Error(), time.Time{})
	}
	next := d.now().Add(d.backoff(attempt))
	d.observe("retry")
	log.Warn("digest delivery failed, will retry", "next_attempt", next)
	return d.Outbox.MarkFailed(ctx, del.ID, cause.Error(), next)
}

// backoff is the delay after the given failed attempt (1-based).
func (d *Deliverer) backoff(attempt int) time.Duration {
	wait, max := orDefault(d.Backoff, 30*time.Second), orDefault(d.MaxBackoff, time.Hour)
	for i := 1; i < attempt && wait < max; i++ {
		wait *= 2
	}
	return min(wait, max)
}
