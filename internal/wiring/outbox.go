package wiring

import (
	"context"

	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/store"
)

// Outbox is a *store.Store as the bot's bot.Outbox (and its
// bot.SubscriptionEditor): the store already speaks the domain's
// Subscription and Delivery, so only LatestDelivery, which the store
// answers as a list, needs adapting.
type Outbox struct {
	*store.Store
}

var (
	_ bot.Outbox             = Outbox{}
	_ bot.SubscriptionEditor = Outbox{}
)

// LatestDelivery implements bot.Outbox: the channel's most recent
// delivery, if it has any.
func (o Outbox) LatestDelivery(ctx context.Context, channelID string) (digest.Delivery, bool, error) {
	ds, err := o.Deliveries(ctx, channelID, 1)
	if err != nil || len(ds) == 0 {
		return digest.Delivery{}, false, err
	}
	return ds[0], true, nil
}
