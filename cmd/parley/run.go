package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/article"
	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/feeds"
	"github.com/parley-bot/parley/internal/wiring"
	"github.com/parley-bot/parley/metrics"
	"github.com/parley-bot/parley/store"
)

// shutdownGrace bounds how long running polls and servers get to finish
// after SIGINT or SIGTERM before they are cancelled.
const shutdownGrace = 20 * time.Second

func runCommand(fs *flag.FlagSet) func(context.Context, *env, []string) error {
	return func(ctx context.Context, e *env, _ []string) error {
		m := metrics.New()
		a, err := e.open(ctx, digest.WithFailureHook(m.ObserveExtractionFailure))
		if err != nil {
			return err
		}
		defer a.Close()
		d, err := newDaemon(ctx, a, e, m)
		if err != nil {
			return err
		}
		return d.run(ctx)
	}
}

// daemon is `parley run`: the scheduler, the bot, the deliverer and the
// HTTP servers, over one store.
type daemon struct {
	*app
	metrics  *metrics.Metrics
	fetcher  *feeds.Fetcher
	poller   *feeds.Poller
	sched    *feeds.Scheduler
	reader   *article.Reader
	bot      *bot.Bot // nil without a token
	deliver  *bot.Deliverer
	webhook  lateHandler // the interactions endpoint, once the session exists
	servers  []*http.Server
	listener []net.Listener
}

func newDaemon(ctx context.Context, a *app, e *env, m *metrics.Metrics) (*daemon, error) {
	d := &daemon{app: a, metrics: m}
	fl, err := a.feeds(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := a.store.SeedSubscriptions(ctx, a.subscriptions()); err != nil {
		return nil, err
	}
	d.fetcher = a.newFetcher()
	d.reader = a.newReader()
	d.poller = feeds.NewPoller(d.fetcher, observedStore{a.store, d.metrics, d.reader}, a.analyzer, a.log)
	d.sched = feeds.NewScheduler(d.poller, a.log)
	if err := d.sched.Set(fl); err != nil {
		return nil, fmt.Errorf("schedule feeds: %w", err)
	}

	outbox := wiring.Outbox{Store: a.store}
	dc := a.cfg.Discord
	if dc.Token != "" {
		d.bot = bot.New(bot.Options{
			Token: dc.Token, APIBase: dc.APIBase, ApplicationID: dc.ApplicationID,
			GuildIDs: dc.GuildIDs, OwnerIDs: dc.OwnerIDs, Log: a.log,
			Prepare: d.prepareSession,
		}, bot.Deps{
			Analyzer:      a.analyzer,
			Statements:    a.store,
			FeedStore:     a.store,
			FeedTester:    feedTester{d.fetcher},
			Scheduler:     d.sched,
			Subscriptions: outbox,
			Observer:      d.metrics,
			NotFound:      store.ErrNotFound,
			Exists:        store.ErrExists,
		})
	} else {
		a.log.Warn("DISCORD_TOKEN is not set: running without Discord; scheduled digests are printed to standard output")
	}
	d.deliver = &bot.Deliverer{
		Outbox:   outbox,
		Composer: bot.DigestComposer{Statements: a.store, Topic: a.analyzer.Topic(), Render: bot.TextMessages},
		Poster:   &bot.WriterPoster{W: e.stdout},
		Period:   a.cfg.Digest.Period,
		Empty:    a.cfg.Digest.Empty,
		Log:      a.log,
		Observer: d.metrics,
	}
	if err := d.listen(len(fl) > 0); err != nil {
		return nil, err
	}
	return d, nil
}

// listen opens the health/metrics and interactions listeners, so a taken
// port fails at start rather than later. Readiness checks the age of the
// last successful poll only when there are feeds to poll.
func (d *daemon) listen(hasFeeds bool) error {
	if addr := d.cfg.HTTP.Listen; addr != "" {
		r := bot.Readiness{Store: d.store}
		if hasFeeds { // with no feeds, no poll can be recent
			r.LastPoll = d.store.LastSuccessfulPoll
		}
		if d.bot != nil {
			r.Discord = func() bool { return bot.SessionConnected(d.bot.Session()) }
		}
		if err := d.serve(addr, bot.Ops(r, d.metrics.Handler())); err != nil {
			return err
		}
	}
	if addr := d.cfg.Discord.InteractionsListen; addr != "" {
		if d.bot == nil {
			return configError{errors.New("discord.interactions_listen needs DISCORD_TOKEN: follow-ups and edits go over REST")}
		}
		if err := d.serve(addr, &d.webhook); err != nil {
			return err
		}
	}
	return nil
}

func (d *daemon) serve(addr string, h http.Handler) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	d.servers = append(d.servers, &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second})
	d.listener = append(d.listener, ln)
	return nil
}

// run starts everything, waits for ctx to end, then shuts down in order:
// no new polls or posts, running polls finish (or are cancelled after the
// grace period), servers drain, the store closes (deferred by the caller).
func (d *daemon) run(ctx context.Context) error {
	var wg sync.WaitGroup
	for i, srv := range d.servers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d.log.Info("http listening", "addr", d.listener[i].Addr().String())
			if err := srv.Serve(d.listener[i]); err != nil && !errors.Is(err, http.ErrServerClosed) {
				d.log.Error("http server", "err", err)
			}
		}()
	}
	if d.bot != nil {
		if err := d.startDiscord(ctx); err != nil {
			d.shutdownServers()
			wg.Wait()
			return err
		}
	}
	d.sched.Start()
	d.sched.PollNow() // catch up at start instead of waiting a whole period
	d.log.Info("parley running", "feeds", len(d.sched.Jobs()), "store", d.cfg.Store.Path, "discord", d.bot != nil)

	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := d.deliver.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			d.log.Error("deliverer stopped", "err", err)
		}
	}()
	go func() {
		defer wg.Done()
		if err := d.reader.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			d.log.Error("article reader stopped", "err", err)
		}
	}()

	<-ctx.Done()
	d.log.Info("shutting down")
	stopCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := d.sched.Stop(stopCtx); err != nil {
		d.log.Warn("polls cancelled at shutdown", "err", err)
	}
	if d.bot != nil {
		if err := d.bot.Close(); err != nil {
			d.log.Warn("discord close", "err", err)
		}
	}
	d.shutdownServers()
	wg.Wait()
	return nil
}

// startDiscord opens the gateway session, registers the commands, and
// points the deliverer at the session. It runs before the deliverer starts.
func (d *daemon) startDiscord(ctx context.Context) error {
	if err := d.bot.Start(ctx); err != nil {
		return fmt.Errorf("discord: %w", err)
	}
	d.deliver.Poster = bot.DiscordPoster{Session: d.bot.Session()}
	d.deliver.Composer = bot.DigestComposer{Statements: d.store, Topic: d.analyzer.Topic(), Render: bot.DigestMessages}
	return nil
}

// prepareSession runs before the session sends anything: it times every
// Discord request for the metrics and attaches the interactions endpoint.
func (d *daemon) prepareSession(s *discordgo.Session) error {
	s.Client.Transport = d.metrics.Transport(s.Client.Transport)
	if d.cfg.Discord.InteractionsListen == "" {
		return nil
	}
	wh, err := bot.NewWebhook(d.cfg.Discord.PublicKey, s, d.bot, d.log)
	if err != nil {
		return configError{err}
	}
	d.webhook.set(wh)
	return nil
}

// lateHandler is an http.Handler set after its server starts listening; it
// answers 503 until then.
type lateHandler struct {
	mu sync.RWMutex
	h  http.Handler
}

func (l *lateHandler) set(h http.Handler) {
	l.mu.Lock()
	l.h = h
	l.mu.Unlock()
}

func (l *lateHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	l.mu.RLock()
	h := l.h
	l.mu.RUnlock()
	if h == nil {
		http.Error(w, "starting", http.StatusServiceUnavailable)
		return
	}
	h.ServeHTTP(w, r)
}

func (d *daemon) shutdownServers() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, srv := range d.servers {
		srv.Shutdown(ctx)
	}
}

// subscriptions converts the config's subscriptions for seeding the store.
func (a *app) subscriptions() []store.Subscription {
	out := make([]store.Subscription, 0, len(a.cfg.Subscriptions))
	for _, s := range a.cfg.Subscriptions {
		out = append(out, store.Subscription{ChannelID: s.ChannelID, Schedule: s.Schedule, Timezone: s.Timezone, CreatedBy: "config"})
	}
	return out
}

// feedTester fetches and parses a feed once without storing it, for
// /feeds test and /feeds add.
type feedTester struct{ f *feeds.Fetcher }

func (t feedTester) TestFeed(ctx context.Context, url string) ([]digest.Item, error) {
	resp, err := t.f.Fetch(ctx, url, feeds.Validators{})
	if err != nil {
		return nil, errors.New(feeds.Reason(err))
	}
	items, err := feeds.ParseWith(resp.Body, feeds.ParseOptions{
		FeedURL: resp.URL, FetchedAt: time.Now(), ContentType: resp.Header.Get("Content-Type"),
	})
	if err != nil {
		return nil, fmt.Errorf("not a feed: %w", err)
	}
	return items, nil
}

// observedStore counts polls and what they stored into the metrics, and
// wakes the article reader when a poll brought new items.
type observedStore struct {
	*store.Store
	m      *metrics.Metrics
	reader *article.Reader
}

func (s observedStore) SavePoll(ctx context.Context, feed digest.Feed, state digest.FeedState, items []digest.Item, stmts []digest.Statement) (int, error) {
	n, err := s.Store.SavePoll(ctx, feed, state, items, stmts)
	if err == nil {
		s.m.ObservePoll(state.LastStatus, state.LastPoll)
		s.m.ObserveStored(n, len(stmts))
		if n > 0 {
			s.reader.Kick()
		}
	}
	return n, err
}
