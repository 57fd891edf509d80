package wiring_test

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/internal/discordtest"
	"github.com/parley-bot/parley/internal/wiring"
	"github.com/parley-bot/parley/store"
)

const channel = "500"

var kyiv = mustZone("Europe/Kyiv")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// statementComposer renders the stored statements of a period, embedsPer
// to a message: it forces a digest of several messages with few statements
// (the real composer puts six statements on a page).
type statementComposer struct {
	store     *store.Store
	embedsPer int
}

func (c statementComposer) Compose(ctx context.Context, from, to time.Time, _ *time.Location) (bot.Composition, error) {
	stmts, err := c.store.Statements(ctx, digest.Query{Since: from, Until: to})
	if err != nil {
		return bot.Composition{}, err
	}
	raw, err := json.Marshal(stmts)
	if err != nil {
		return bot.Composition{}, err
	}
	comp := bot.Composition{Digest: raw, Empty: len(stmts) == 0}
	per := max(c.embedsPer, 1)
	for i, st := range stmts {
		if i%per == 0 {
			comp.Messages = append(comp.Messages, bot.OutMessage{})
		}
		m := &comp.Messages[len(comp.Messages)-1]
		m.Embeds = append(m.Embeds, &discordgo.MessageEmbed{Title: st.Party + " " + string(st.Kind), Description: st.Text})
	}
	return comp, nil
}

// clock is a settable time source.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Set(t time.Time) { c.mu.Lock(); c.now = t; c.mu.Unlock() }

// rig is the real parts of scheduled delivery: a store file, the loopback
// Discord, a discordgo session on it, and a deliverer per "process".
type rig struct {
	t       *testing.T
	path    string
	store   *store.Store
	discord *discordtest.Server
	session *discordgo.Session
	clock   *clock
	empty   string
}

func newRig(t *testing.T, start time.Time) *rig {
	t.Helper()
	discord := discordtest.New(t)
	session, err := bot.NewSession("test-token", discord.URL())
	if err != nil {
		t.Fatal(err)
	}
	r := &rig{t: t, path: filepath.Join(t.TempDir(), "parley.db"), discord: discord, session: session, clock: &clock{now: start}}
	r.open()
	t.Cleanup(func() { r.store.Close() })
	return r
}

func (r *rig) open() {
	r.t.Helper()
	s, err := store.Open(context.Background(), r.path)
	if err != nil {
		r.t.Fatal(err)
	}
	r.store = s
}

// restart closes the store and opens it again, as a new process would.
func (r *rig) restart() {
	r.t.Helper()
	r.store.Close()
	r.open()
}

// deliverer is a fresh Deliverer (a new process) on the rig's store.
func (r *rig) deliverer(outbox bot.Outbox, poster bot.Poster) *bot.Deliverer {
	if outbox == nil {
		outbox = wiring.Outbox{Store: r.store}
	}
	if poster == nil {
		poster = bot.DiscordPoster{Session: r.session}
	}
	return &bot.Deliverer{
		Outbox: outbox, Composer: bot.DigestComposer{Statements: r.store, Topic: digest.DefaultTopic()}, Poster: poster,
		Empty: r.empty, Backoff: time.Minute, Now: r.clock.Now,
		Log: slog.New(slog.NewTextHandler(testWriter{r.t}, nil)),
	}
}

// run runs one cycle of a fresh deliverer; errors of the outbox fail the test.
func (r *rig) run() {
	r.t.Helper()
	if err := r.deliverer(nil, nil).RunOnce(context.Background()); err != nil {
		r.t.Fatal(err)
	}
}

func (r *rig) subscribe(schedule string, since time.Time) {
	r.t.Helper()
	if err := r.store.AddSubscription(context.Background(), store.Subscription{ChannelID: channel, Schedule: schedule, CreatedAt: since}, "admin"); err != nil {
		r.t.Fatal(err)
	}
}

// report stores one item and its statement, published at t.
func (r *rig) report(t time.Time, text string) {
	r.t.Helper()
	id := "item-" + t.Format(time.RFC3339Nano)
	feed := digest.Feed{Name: "Wire", URL: "http://feeds.test/wire.xml", Enabled: true}
	it := digest.Item{ID: id, URL: "http://feeds.test/" + id, Title: text, Published: t, Feed: feed.Name, FetchedAt: t}
	st := digest.Statement{Party: "russia", Kind: digest.Demand, Text: text, FirstSeen: t, LastSeen: t,
		Sources: []digest.Source{{ItemID: id, Title: text, URL: it.URL, Feed: feed.Name, Published: t}}}
	if _, err := r.store.SavePoll(context.Background(), feed, digest.FeedState{LastStatus: "ok", LastOK: t}, []digest.Item{it}, []digest.Statement{st}); err != nil {
		r.t.Fatal(err)
	}
}

func (r *rig) messages() []discordtest.Message { return r.discord.Messages(channel) }

func (r *rig) deliveries() []store.Delivery {
	r.t.Helper()
	ds, err := r.store.Deliveries(context.Background(), channel, 0)
	if err != nil {
		r.t.Fatal(err)
	}
	return ds
}

// wantOneMessagePerPeriod checks that the channel got exactly n messages,
// each pinging no one, and that no two carry the same nonce.
func (r *rig) wantMessages(n int) {
	r.t.Helper()
	msgs := r.messages()
	if len(msgs) != n {
		var texts []string
		for _, m := range msgs {
			texts = append(texts, m.Text())
		}
		r.t.Fatalf("channel has %d messages, want %d:\n%s", len(msgs), n, strings.Join(texts, "\n---\n"))
	}
	seen := map[string]bool{}
	for _, m := range msgs {
		if !m.PingsNoOne() {
			r.t.Errorf("message %s allows mentions: %s", m.ID, m.Raw)
		}
		if m.Nonce == "" || !m.EnforceNonce || seen[m.Nonce] {
			r.t.Errorf("message %s: nonce %q enforce %v (repeated: %v)", m.ID, m.Nonce, m.EnforceNonce, seen[m.Nonce])
		}
		seen[m.Nonce] = true
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// The scheduled time of these tests: 09:00 in Kyiv, every day.
const daily = "CRON_TZ=Europe/Kyiv 0 9 * * *"

var (
	june1 = time.Date(2025, 6, 1, 9, 0, 0, 0, kyiv)
	june2 = june1.AddDate(0, 0, 1)
	june3 = june2.AddDate(0, 0, 1)
)

func TestDeliveryOncePerPeriodAcrossRestarts(t *testing.T) {
	r := newRig(t, june2.Add(30*time.Second))
	r.subscribe(daily, june1.Add(-time.Hour))
	r.report(june1.Add(3*time.Hour), "Moscow demands recognition of annexed regions")
	r.report(june1.Add(-time.Hour), "an older demand, outside the period")

	r.run()
	r.wantMessages(1)
	if got := r.messages()[0].Text(); !strings.Contains(got, "recognition of annexed regions") || strings.Contains(got, "older demand") {
		t.Errorf("digest of 1–2 June:\n%s", got)
	}

	steps := []struct {
		name string
		do   func()
	}{
		{"same process, same minute", func() {}},
		{"an hour later", func() { r.clock.Set(june2.Add(time.Hour)) }},
		{"after a restart", r.restart},
		{"after a restart, a minute before the next period", func() { r.restart(); r.clock.Set(june3.Add(-time.Minute)) }},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.do()
			r.run()
			r.wantMessages(1)
		})
	}
	t.Run("the next period", func(t *testing.T) {
		r.clock.Set(june3)
		r.report(june2.Add(time.Hour), "Kyiv demands a full ceasefire")
		r.run()
		r.run()
		r.wantMessages(2)
		ds := r.deliveries()
		var got []string
		for _, d := range ds {
			got = append(got, d.Status+" "+d.To.In(kyiv).Format("2 Jan 15:04"))
		}
		if diff := cmp.Diff([]string{"sent 3 Jun 09:00", "sent 2 Jun 09:00"}, got); diff != "" {
			t.Errorf("deliveries (-want +got):\n%s", diff)
		}
	})
}

func TestDeliveryCatchUpAfterDowntime(t *testing.T) {
	tests := []struct {
		name      string
		createdAt time.Time
		now       time.Time
		wantTo    []time.Time
	}{
		{"down at the scheduled time, up two hours later", june1.Add(-time.Hour), june2.Add(2 * time.Hour), []time.Time{june2}},
		{"down for days: only the latest period", june1.AddDate(0, 0, -10), june3.Add(5 * time.Hour), []time.Time{june3}},
		{"subscribed after the scheduled time: wait for the next", june2.Add(time.Hour), june2.Add(2 * time.Hour), nil},
		{"before the first scheduled time", june2.Add(-2 * time.Hour), june2.Add(-time.Hour), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t, tt.now)
			r.subscribe(daily, tt.createdAt)
			r.report(tt.now.Add(-3*time.Hour), "Moscow demands guarantees")
			r.run()
			var got []time.Time
			for _, d := range r.deliveries() {
				got = append(got, d.To)
			}
			if diff := cmp.Diff(tt.wantTo, got, cmpTime); diff != "" {
				t.Errorf("delivered periods (-want +got):\n%s", diff)
			}
			r.wantMessages(len(tt.wantTo))
		})
	}
}

var cmpTime = cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })

func TestDeliveryRetriesDiscordFailures(t *testing.T) {
	tests := []struct {
		name  string
		fault func(d *discordtest.Server)
		// cycles is the number of retry cycles (each a backoff later)
		// before the post goes through.
		cycles int
	}{
		{"429, retried by discordgo", func(d *discordtest.Server) {
			d.FailNext("POST", "/channels/"+channel+"/messages", 429, 1, 10*time.Millisecond)
		}, 0},
		{"502, retried by discordgo", func(d *discordtest.Server) {
			d.FailNext("POST", "/channels/"+channel+"/messages", 502, 1, 0)
		}, 0},
		{"500 twice, retried by the outbox", func(d *discordtest.Server) {
			d.FailNext("POST", "/channels/"+channel+"/messages", 500, 2, 0)
		}, 2},
		{"503, retried by the outbox", func(d *discordtest.Server) {
			d.FailNext("POST", "/channels/"+channel+"/messages", 503, 1, 0)
		}, 1},
		{"posted, then the answer lost to a 500", func(d *discordtest.Server) {
			d.FailNextAfterApply("POST", "/channels/"+channel+"/messages", 500, 1)
		}, 1},
		{"posted, then the answer lost to a 504, twice", func(d *discordtest.Server) {
			d.FailNextAfterApply("POST", "/channels/"+channel+"/messages", 504, 2)
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t, june2.Add(time.Second))
			r.subscribe(daily, june1.Add(-time.Hour))
			r.report(june1.Add(time.Hour), "Moscow demands neutrality")
			tt.fault(r.discord)
			r.run()
			for i := 0; i < tt.cycles; i++ {
				ds := r.deliveries()
				if len(ds) != 1 || ds[0].Status != digest.DeliveryPending || ds[0].LastError == "" {
					t.Fatalf("after failure %d: deliveries %+v, want one pending with an error", i+1, ds)
				}
				r.run() // not due yet: nothing happens
				r.clock.Set(ds[0].NextAttempt)
				r.restart()
				r.run()
			}
			r.wantMessages(1)
			ds := r.deliveries()
			if len(ds) != 1 || ds[0].Status != digest.DeliverySent {
				t.Fatalf("deliveries %+v, want one sent", ds)
			}
			if diff := cmp.Diff([]string{r.messages()[0].ID}, ds[0].MessageIDs); diff != "" {
				t.Errorf("recorded message IDs (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.cycles+1, ds[0].Attempts); diff != "" {
				t.Errorf("attempts (-want +got):\n%s", diff)
			}
		})
	}
}

// crashingOutbox is the store as seen by a process that dies right after a
// successful post: the post's outcome is never recorded.
type crashingOutbox struct {
	wiring.Outbox
	crashed bool
}

var errCrash = errors.New("process died")

func (o *crashingOutbox) SaveProgress(context.Context, int64, []string) error {
	o.crashed = true
	return errCrash
}

func (o *crashingOutbox) MarkDelivered(context.Context, int64, []string) error {
	o.crashed = true
	return errCrash
}

func TestDeliveryAfterCrashAfterPosting(t *testing.T) {
	for _, parts := range []int{1, 3} {
		t.Run(map[int]string{1: "one message", 3: "three messages, crash after the first"}[parts], func(t *testing.T) {
			r := newRig(t, june2.Add(time.Second))
			r.subscribe(daily, june1.Add(-time.Hour))
			for i := 0; i < parts; i++ {
				r.report(june1.Add(time.Duration(i+1)*time.Hour), demandTexts[i])
			}
			crashing := &crashingOutbox{Outbox: wiring.Outbox{Store: r.store}}
			d := r.deliverer(crashing, nil)
			d.Composer = statementComposer{store: r.store, embedsPer: 1}
			if err := d.RunOnce(context.Background()); !errors.Is(err, errCrash) || !crashing.crashed {
				t.Fatalf("first process: err %v, want the crash", err)
			}
			r.wantMessages(1)

			// A new process, a minute later, on the same database.
			r.restart()
			r.clock.Set(june2.Add(time.Minute))
			d = r.deliverer(nil, nil)
			d.Composer = statementComposer{store: r.store, embedsPer: 1}
			if err := d.RunOnce(context.Background()); err != nil {
				t.Fatal(err)
			}
			r.wantMessages(parts)
			ds := r.deliveries()
			if len(ds) != 1 || ds[0].Status != digest.DeliverySent || len(ds[0].MessageIDs) != parts {
				t.Fatalf("deliveries %+v, want one sent with %d messages", ds, parts)
			}
			var ids []string
			for _, m := range r.messages() {
				ids = append(ids, m.ID)
			}
			if diff := cmp.Diff(ids, ds[0].MessageIDs); diff != "" {
				t.Errorf("recorded message IDs (-posted +recorded):\n%s", diff)
			}
		})
	}
}

// demandTexts are positions different enough not to be merged.
var demandTexts = []string{
	"Moscow demands recognition of four annexed regions",
	"The Kremlin wants Ukraine to renounce NATO membership for good",
	"Russia insists that Western sanctions be lifted before any truce",
}

// flakyPoster fails the n-th post (1-based) once, after posting the others
// through the real poster.
type flakyPoster struct {
	bot.Poster
	failAt, calls int
}

func (p *flakyPoster) Post(ctx context.Context, ch string, m bot.OutMessage, nonce string) (string, error) {
	p.calls++
	if p.calls == p.failAt {
		return "", errors.New("connection reset")
	}
	return p.Poster.Post(ctx, ch, m, nonce)
}

func TestDeliveryResumesAfterLastPostedPart(t *testing.T) {
	r := newRig(t, june2.Add(time.Second))
	r.subscribe(daily, june1.Add(-time.Hour))
	for i := 0; i < 3; i++ {
		r.report(june1.Add(time.Duration(i+1)*time.Hour), demandTexts[i])
	}
	poster := &flakyPoster{Poster: bot.DiscordPoster{Session: r.session}, failAt: 2}
	d := r.deliverer(nil, poster)
	d.Composer = statementComposer{store: r.store, embedsPer: 1}
	if err := d.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	r.wantMessages(1)
	ds := r.deliveries()
	if len(ds) != 1 || len(ds[0].MessageIDs) != 1 || ds[0].Status != digest.DeliveryPending {
		t.Fatalf("after the failure: %+v, want one pending delivery with one message recorded", ds)
	}
	r.clock.Set(ds[0].NextAttempt)
	if err := d.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	r.wantMessages(3)
	var texts []string
	for _, m := range r.messages() {
		texts = append(texts, m.Embeds[0].Description)
	}
	// Newest statement first, as the store lists them.
	if diff := cmp.Diff([]string{demandTexts[2], demandTexts[1], demandTexts[0]}, texts); diff != "" {
		t.Errorf("posted parts (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(4, poster.calls); diff != "" {
		t.Errorf("posts attempted (-want +got):\n%s", diff)
	}
}

func TestDeliveryEmptyPeriod(t *testing.T) {
	tests := []struct {
		empty      string
		wantStatus string
		wantTexts  []string
	}{
		{bot.EmptyLine, digest.DeliverySent, []string{"No new developments from 1 Jun 09:00 to 2 Jun 09:00 (Europe/Kyiv)."}},
		{"", digest.DeliverySent, []string{"No new developments from 1 Jun 09:00 to 2 Jun 09:00 (Europe/Kyiv)."}},
		{bot.EmptySkip, digest.DeliverySkipped, nil},
	}
	for _, tt := range tests {
		t.Run("empty="+tt.empty, func(t *testing.T) {
			r := newRig(t, june2.Add(time.Second))
			r.empty = tt.empty
			r.subscribe(daily, june1.Add(-time.Hour))
			r.run()
			r.run()
			var texts []string
			for _, m := range r.messages() {
				texts = append(texts, m.Text())
			}
			if diff := cmp.Diff(tt.wantTexts, texts); diff != "" {
				t.Errorf("posted (-want +got):\n%s", diff)
			}
			r.wantMessages(len(tt.wantTexts))
			ds := r.deliveries()
			if len(ds) != 1 || ds[0].Status != tt.wantStatus {
				t.Errorf("deliveries %+v, want one %s", ds, tt.wantStatus)
			}
		})
	}
}

func TestDeliveryPingsNoOne(t *testing.T) {
	r := newRig(t, june2.Add(time.Second))
	r.subscribe(daily, june1.Add(-time.Hour))
	r.report(june1.Add(time.Hour), "@everyone Moscow demands <@&123456> and <@987654> step down @here")
	r.run()
	r.wantMessages(1)
	m := r.messages()[0]
	// The text is kept (escaped: "@\u200beveryone"), the ping is not.
	if !strings.Contains(m.Text(), "everyone Moscow demands") {
		t.Errorf("message lost the feed text: %s", m.Text())
	}
	if !m.PingsNoOne() || len(r.discord.MentionLeaks()) != 0 {
		t.Errorf("message allows mentions: %s (leaks %v)", m.Raw, r.discord.MentionLeaks())
	}
}

func TestDeliveryGivesUpOnPermanentError(t *testing.T) {
	r := newRig(t, june2.Add(time.Second))
	r.subscribe(daily, june1.Add(-time.Hour))
	r.discord.FailNext("POST", "/channels/"+channel+"/messages", 403, 1, 0)
	r.run()
	ds := r.deliveries()
	if len(ds) != 1 || ds[0].Status != digest.DeliveryFailed || !strings.Contains(ds[0].LastError, "403") {
		t.Fatalf("deliveries %+v, want one failed with the 403", ds)
	}
	r.clock.Set(june2.Add(time.Hour))
	r.run()
	r.wantMessages(0)
}

func TestDeliveryToStandardOutput(t *testing.T) {
	r := newRig(t, june2.Add(time.Second))
	r.subscribe(daily, june1.Add(-time.Hour))
	r.report(june1.Add(time.Hour), "Moscow demands *recognition* of four annexed regions")
	var out strings.Builder
	d := r.deliverer(nil, &bot.WriterPoster{W: &out})
	d.Composer = bot.DigestComposer{Statements: r.store, Topic: digest.DefaultTopic(), Render: bot.TextMessages}
	for i := 0; i < 2; i++ {
		if err := d.RunOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	got := out.String()
	for _, want := range []string{"── channel " + channel + " ──", "1 new demand from Russia", "- Moscow demands *recognition* of four annexed regions [1]"} {
		if strings.Count(got, want) != 1 {
			t.Errorf("standard output has %q %d times, want once:\n%s", want, strings.Count(got, want), got)
		}
	}
	for _, markup := range []string{"<t:", "\\*", "\u200b"} {
		if strings.Contains(got, markup) {
			t.Errorf("standard output has Discord markup %q:\n%s", markup, got)
		}
	}
	r.wantMessages(0)
	if ds := r.deliveries(); len(ds) != 1 || ds[0].Status != digest.DeliverySent {
		t.Errorf("deliveries %+v, want one sent", ds)
	}
}
