package bot

import (
	"context"

	"github.com/parley-bot/parley/digest"
)

// Statements answers the read commands. *store.Store implements it.
//
// Statements returns the statements q selects, most recently reported
// first, each with its sources; an error only on I/O failure.
type Statements interface {
	Statements(ctx context.Context, q digest.Query) ([]digest.Statement, error)
}

// FeedStore is the feed set as admins edit it. *store.Store implements it.
//
//   - Feeds: every feed, enabled or paused.
//   - FeedStates: the poll state of every feed ever polled, by URL.
//   - AddFeed: stores a new feed; an error wrapping Deps.Exists when the
//     name or URL is taken.
//   - RemoveFeed, SetFeedEnabled: change a feed by name; an error wrapping
//     Deps.NotFound when there is none.
//   - PageStats: relevant items by what happened to their article page
//     (read, paywall, robots, failed, queued), for /sources.
//
// actor names who made the change (a Discord user), for the audit log.
type FeedStore interface {
	Feeds(ctx context.Context) ([]digest.Feed, error)
	FeedStates(ctx context.Context) ([]digest.FeedState, error)
	AddFeed(ctx context.Context, f digest.Feed, actor string) error
	RemoveFeed(ctx context.Context, name, actor string) error
	SetFeedEnabled(ctx context.Context, name string, enabled bool, actor string) error
	PageStats(ctx context.Context) (map[digest.FullTextStatus]int, error)
}

// FeedTester fetches and parses a feed once, storing nothing, for
// /feeds test and before /feeds add. It returns the feed's items, or an
// error that says why the URL is not a usable feed (unreachable, private
// address, HTTP status, too large, not a feed); the error's text is shown
// to the admin.
type FeedTester interface {
	TestFeed(ctx context.Context, url string) ([]digest.Item, error)
}

// FeedTesterFunc adapts a function to FeedTester.
type FeedTesterFunc func(ctx context.Context, url string) ([]digest.Item, error)

// TestFeed implements FeedTester.
func (f FeedTesterFunc) TestFeed(ctx context.Context, url string) ([]digest.Item, error) {
	return f(ctx, url)
}

// FeedScheduler applies the feed set to the running poller, so that edits
// take effect without a restart. *feeds.Scheduler implements it.
//
// Set replaces the scheduled feeds (paused ones are not polled); an error
// means the set was refused (a schedule that does not parse) and the
// previous one is kept.
type FeedScheduler interface {
	Set(feeds []digest.Feed) error
}

// SubscriptionEditor stores the channels that get the daily digest, for
// /subscribe and /unsubscribe. internal/wiring.Outbox implements it.
//
//   - AddSubscription: stores or replaces the channel's subscription.
//   - RemoveSubscription: an error wrapping Deps.NotFound when the channel
//     has none.
type SubscriptionEditor interface {
	AddSubscription(ctx context.Context, s Subscription, actor string) error
	RemoveSubscription(ctx context.Context, channelID, actor string) error
}

// InteractionObserver counts interactions by command and outcome ("ok",
// "user_error", "error", "rate_limited", "refused").
type InteractionObserver interface {
	ObserveInteraction(command, outcome string)
}

// Deps are the parts the bot talks to. Analyzer and Statements are
// required; a nil FeedStore, FeedTester, Scheduler or Subscriptions turns
// the commands that need it into a short "not available" reply.
type Deps struct {
	// Analyzer gives the topic pack: party names and aliases.
	Analyzer      *digest.Analyzer
	Statements    Statements
	FeedStore     FeedStore
	FeedTester    FeedTester
	Scheduler     FeedScheduler
	Subscriptions SubscriptionEditor
	Observer      InteractionObserver

	// NotFound and Exists are the store's sentinel errors (store.ErrNotFound,
	// store.ErrExists): the bot tells "no such feed" and "already there"
	// from failures with errors.Is, without importing the store.
	NotFound, Exists error
}
