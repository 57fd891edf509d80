package wiring_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/internal/wiring"
	"github.com/parley-bot/parley/store"
)

// BenchmarkDeliveryIdleCycle is the cost of one Run tick when every
// subscription already has its period: what parley pays every 15 seconds.
func BenchmarkDeliveryIdleCycle(b *testing.B) {
	for _, n := range []int{10, 1000} {
		b.Run(fmt.Sprintf("subscriptions=%d", n), func(b *testing.B) {
			ctx := context.Background()
			st, err := store.Open(ctx, filepath.Join(b.TempDir(), "parley.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			for i := range n {
				sub := store.Subscription{ChannelID: fmt.Sprint(1000 + i), Schedule: daily, CreatedAt: june1.Add(-time.Hour)}
				if err := st.AddSubscription(ctx, sub, "bench"); err != nil {
					b.Fatal(err)
				}
			}
			d := &bot.Deliverer{
				Outbox:   wiring.Outbox{Store: st},
				Composer: bot.DigestComposer{Statements: st, Topic: digest.DefaultTopic()},
				Poster:   &bot.WriterPoster{W: io.Discard},
				Now:      func() time.Time { return june2.Add(time.Minute) },
				Empty:    bot.EmptySkip,
				Log:      slog.New(slog.DiscardHandler),
			}
			if err := d.RunOnce(ctx); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for b.Loop() {
				if err := d.RunOnce(ctx); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
