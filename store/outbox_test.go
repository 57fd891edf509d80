package store_test

import (
	"context"
	"errors"
	"github.com/parley-bot/parley/digest"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/parley-bot/parley/store"
)

// openOutboxStore opens a fresh store in the test's temporary directory and
// returns it with its path, for tests that reopen it.
func openOutboxStore(t *testing.T) (*store.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "parley.db")
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

var (
	day0 = time.Date(2025, 6, 1, 6, 0, 0, 0, time.UTC)
	day1 = day0.Add(24 * time.Hour)
	day2 = day1.Add(24 * time.Hour)
)

func TestEnqueueDeliveryIsIdempotent(t *testing.T) {
	ctx := context.Background()
	s, path := openOutboxStore(t)
	first := store.Delivery{ChannelID: "c1", From: day0, To: day1, Nonce: "n1",
		Digest: []byte(`{"headline":"a"}`), Payload: []byte(`[{"content":"a"}]`), CreatedAt: day1}
	got, created, err := s.EnqueueDelivery(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	if !created || got.ID == 0 || got.Status != digest.DeliveryPending || !got.NextAttempt.Equal(day1) {
		t.Fatalf("first enqueue = %+v, created %v; want a new pending row due at %v", got, created, day1)
	}

	// The same period again, with other content, after a reopen: the
	// stored row comes back unchanged.
	s.Close()
	s2, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	again := first
	again.Nonce, again.Payload = "n2", []byte(`[{"content":"b"}]`)
	got2, created2, err := s2.EnqueueDelivery(ctx, again)
	if err != nil {
		t.Fatal(err)
	}
	if created2 {
		t.Error("second enqueue of the same period reported created")
	}
	if diff := cmp.Diff(got, got2); diff != "" {
		t.Errorf("second enqueue returned another row (-first +second):\n%s", diff)
	}

	// Another period, or another channel, is another row.
	for _, d := range []store.Delivery{
		{ChannelID: "c1", From: day1, To: day2, Nonce: "n3"},
		{ChannelID: "c2", From: day0, To: day1, Nonce: "n4"},
	} {
		if _, created, err := s2.EnqueueDelivery(ctx, d); err != nil || !created {
			t.Errorf("enqueue %s %v: created %v, err %v; want created", d.ChannelID, d.To, created, err)
		}
	}
}

func TestEnqueueDeliveryRejects(t *testing.T) {
	s, _ := openOutboxStore(t)
	tests := []struct {
		name string
		d    store.Delivery
	}{
		{"no channel", store.Delivery{From: day0, To: day1, Nonce: "n"}},
		{"no nonce", store.Delivery{ChannelID: "c", From: day0, To: day1}},
		{"no period", store.Delivery{ChannelID: "c", Nonce: "n"}},
		{"sent status", store.Delivery{ChannelID: "c", From: day0, To: day1, Nonce: "n", Status: digest.DeliverySent}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, err := s.EnqueueDelivery(context.Background(), tt.d); err == nil {
				t.Error("EnqueueDelivery accepted it")
			}
		})
	}
}

func TestDeliveryLifecycle(t *testing.T) {
	ctx := context.Background()
	s, _ := openOutboxStore(t)
	d, _, err := s.EnqueueDelivery(ctx, store.Delivery{ChannelID: "c1", From: day0, To: day1, Nonce: "n", CreatedAt: day1})
	if err != nil {
		t.Fatal(err)
	}
	skipped, _, err := s.EnqueueDelivery(ctx, store.Delivery{ChannelID: "c2", From: day0, To: day1, Nonce: "m",
		Status: digest.DeliverySkipped, CreatedAt: day1})
	if err != nil {
		t.Fatal(err)
	}
	if skipped.Status != digest.DeliverySkipped || !skipped.SentAt.Equal(day1) {
		t.Errorf("skipped delivery = %+v, want status skipped, sent at %v", skipped, day1)
	}

	due := func(now time.Time) []int64 {
		t.Helper()
		ds, err := s.DueDeliveries(ctx, now)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, d := range ds {
			ids = append(ids, d.ID)
		}
		return ids
	}
	steps := []struct {
		name    string
		do      func() error
		now     time.Time
		wantDue []int64
		check   func(store.Delivery) string
	}{
		{"not due before its time", func() error { return nil }, day1.Add(-time.Second), nil, nil},
		{"due at its time, skipped one never", func() error { return nil }, day1, []int64{d.ID}, nil},
		{"attempt counted", func() error { return s.BeginAttempt(ctx, d.ID) }, day1, []int64{d.ID},
			func(got store.Delivery) string { return cmp.Diff(1, got.Attempts) }},
		{"progress saved", func() error { return s.SaveProgress(ctx, d.ID, []string{"m1"}) }, day1, []int64{d.ID},
			func(got store.Delivery) string { return cmp.Diff([]string{"m1"}, got.MessageIDs) }},
		{"failure postpones", func() error { return s.MarkFailed(ctx, d.ID, "HTTP 500", day1.Add(time.Minute)) },
			day1.Add(30 * time.Second), nil,
			func(got store.Delivery) string {
				return cmp.Diff([]string{digest.DeliveryPending, "HTTP 500"}, []string{got.Status, got.LastError})
			}},
		{"due again after backoff", func() error { return nil }, day1.Add(time.Minute), []int64{d.ID}, nil},
		{"delivered", func() error { return s.MarkDelivered(ctx, d.ID, []string{"m1", "m2"}) }, day2, nil,
			func(got store.Delivery) string {
				return cmp.Diff([]any{digest.DeliverySent, []string{"m1", "m2"}, "", false},
					[]any{got.Status, got.MessageIDs, got.LastError, got.SentAt.IsZero()})
			}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			if err := st.do(); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(st.wantDue, due(st.now)); diff != "" {
				t.Errorf("due at %v (-want +got):\n%s", st.now, diff)
			}
			if st.check != nil {
				got, err := s.Delivery(ctx, d.ID)
				if err != nil {
					t.Fatal(err)
				}
				if diff := st.check(got); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			}
		})
	}

	t.Run("a sent delivery is never changed again", func(t *testing.T) {
		for name, err := range map[string]error{
			"begin":     s.BeginAttempt(ctx, d.ID),
			"progress":  s.SaveProgress(ctx, d.ID, nil),
			"delivered": s.MarkDelivered(ctx, d.ID, nil),
			"failed":    s.MarkFailed(ctx, d.ID, "x", day2),
		} {
			if !errors.Is(err, store.ErrNotFound) {
				t.Errorf("%s on a sent delivery: err %v, want ErrNotFound", name, err)
			}
		}
	})
	t.Run("giving up", func(t *testing.T) {
		g, _, err := s.EnqueueDelivery(ctx, store.Delivery{ChannelID: "c3", From: day0, To: day1, Nonce: "g", CreatedAt: day1})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.MarkFailed(ctx, g.ID, "403 Missing Access", time.Time{}); err != nil {
			t.Fatal(err)
		}
		got, err := s.Delivery(ctx, g.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != digest.DeliveryFailed {
			t.Errorf("status %q, want failed", got.Status)
		}
		if ids := due(day2.Add(365 * 24 * time.Hour)); len(ids) != 0 {
			t.Errorf("due deliveries %v, want none", ids)
		}
	})
	t.Run("listed latest period first", func(t *testing.T) {
		if _, _, err := s.EnqueueDelivery(ctx, store.Delivery{ChannelID: "c1", From: day1, To: day2, Nonce: "n2"}); err != nil {
			t.Fatal(err)
		}
		ds, err := s.Deliveries(ctx, "c1", 0)
		if err != nil {
			t.Fatal(err)
		}
		var ends []time.Time
		for _, d := range ds {
			ends = append(ends, d.To)
		}
		if diff := cmp.Diff([]time.Time{day2, day1}, ends); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	if _, err := s.Delivery(ctx, 9999); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Delivery(9999): err %v, want ErrNotFound", err)
	}
}

func TestSubscriptions(t *testing.T) {
	ctx := context.Background()
	s, path := openOutboxStore(t)
	seed := []store.Subscription{
		{ChannelID: "100", Schedule: "CRON_TZ=Europe/Kyiv 0 9 * * *", CreatedAt: day0},
		{ChannelID: "200", GuildID: "g", Schedule: "0 18 * * *", Timezone: "America/New_York", CreatedAt: day0},
	}
	seeded, err := s.SeedSubscriptions(ctx, seed)
	if err != nil || !seeded {
		t.Fatalf("first seed: seeded %v, err %v", seeded, err)
	}
	pending, _, err := s.EnqueueDelivery(ctx, store.Delivery{ChannelID: "100", From: day0, To: day1, Nonce: "p"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveSubscription(ctx, "100", "admin#1"); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Delivery(ctx, pending.ID); err != nil || got.Status != digest.DeliveryFailed || got.LastError != "unsubscribed" {
		t.Errorf("pending delivery after unsubscribe: %+v, %v; want failed, unsubscribed", got, err)
	}
	if err := s.AddSubscription(ctx, store.Subscription{ChannelID: "300", Schedule: "30 7 * * 1-5", CreatedAt: day1}, "admin#2"); err != nil {
		t.Fatal(err)
	}
	// Replacing a channel's subscription keeps one row.
	if err := s.AddSubscription(ctx, store.Subscription{ChannelID: "300", Schedule: "0 8 * * *", CreatedAt: day2}, "admin#2"); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveSubscription(ctx, "999", "admin#1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("remove unknown channel: err %v, want ErrNotFound", err)
	}
	if err := s.AddSubscription(ctx, store.Subscription{ChannelID: "400"}, "admin#2"); err == nil {
		t.Error("a subscription without a schedule was accepted")
	}

	// After a restart, a second seed changes nothing: admins' edits stay.
	s.Close()
	s2, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	seeded, err = s2.SeedSubscriptions(ctx, seed)
	if err != nil || seeded {
		t.Fatalf("second seed: seeded %v, err %v; want no seeding", seeded, err)
	}
	got, err := s2.Subscriptions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []store.Subscription{
		{ChannelID: "200", GuildID: "g", Schedule: "0 18 * * *", Timezone: "America/New_York", CreatedBy: "config", CreatedAt: day0},
		{ChannelID: "300", Schedule: "0 8 * * *", CreatedBy: "admin#2", CreatedAt: day2},
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateApproxTime(0)); diff != "" {
		t.Errorf("subscriptions after restart (-want +got):\n%s", diff)
	}
}
