package wiring

import (
	"context"
	"time"

	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/store"
)

// Outbox adapts a *store.Store to bot.Outbox (and to the subscription
// edits of /subscribe and /unsubscribe).
type Outbox struct {
	Store *store.Store
}

var _ bot.Outbox = Outbox{}

// Subscriptions implements bot.Outbox.
func (o Outbox) Subscriptions(ctx context.Context) ([]bot.Subscription, error) {
	subs, err := o.Store.Subscriptions(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]bot.Subscription, len(subs))
	for i, s := range subs {
		out[i] = bot.Subscription(s)
	}
	return out, nil
}

// AddSubscription stores a subscription on behalf of actor.
func (o Outbox) AddSubscription(ctx context.Context, s bot.Subscription, actor string) error {
	return o.Store.AddSubscription(ctx, store.Subscription(s), actor)
}

// RemoveSubscription deletes a channel's subscription on behalf of actor;
// the error wraps store.ErrNotFound when there is none.
func (o Outbox) RemoveSubscription(ctx context.Context, channelID, actor string) error {
	return o.Store.RemoveSubscription(ctx, channelID, actor)
}

// LatestDelivery implements bot.Outbox.
func (o Outbox) LatestDelivery(ctx context.Context, channelID string) (bot.Delivery, bool, error) {
	ds, err := o.Store.Deliveries(ctx, channelID, 1)
	if err != nil || len(ds) == 0 {
		return bot.Delivery{}, false, err
	}
	return bot.Delivery(ds[0]), true, nil
}

// EnqueueDelivery implements bot.Outbox.
func (o Outbox) EnqueueDelivery(ctx context.Context, d bot.Delivery) (bot.Delivery, bool, error) {
	got, created, err := o.Store.EnqueueDelivery(ctx, store.Delivery(d))
	return bot.Delivery(got), created, err
}

// DueDeliveries implements bot.Outbox.
func (o Outbox) DueDeliveries(ctx context.Context, now time.Time) ([]bot.Delivery, error) {
	ds, err := o.Store.DueDeliveries(ctx, now)
	if err != nil {
		return nil, err
	}
	out := make([]bot.Delivery, len(ds))
	for i, d := range ds {
		out[i] = bot.Delivery(d)
	}
	return out, nil
}

// BeginAttempt implements bot.Outbox.
func (o Outbox) BeginAttempt(ctx context.Context, id int64) error {
	return o.Store.BeginAttempt(ctx, id)
}

// SaveProgress implements bot.Outbox.
func (o Outbox) SaveProgress(ctx context.Context, id int64, messageIDs []string) error {
	return o.Store.SaveProgress(ctx, id, messageIDs)
}

// MarkDelivered implements bot.Outbox.
func (o Outbox) MarkDelivered(ctx context.Context, id int64, messageIDs []string) error {
	return o.Store.MarkDelivered(ctx, id, messageIDs)
}

// MarkFailed implements bot.Outbox.
func (o Outbox) MarkFailed(ctx context.Context, id int64, lastError string, nextAttempt time.Time) error {
	return o.Store.MarkFailed(ctx, id, lastError, nextAttempt)
}
