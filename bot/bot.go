package bot

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Options configure a Bot. Zero fields take the defaults named on them.
type Options struct {
	// Token is the bot token (DISCORD_TOKEN), without "Bot ".
	Token string
	// APIBase sends REST calls and the gateway lookup elsewhere (a proxy,
	// a test server); empty is Discord.
	APIBase string
	// ApplicationID is the application whose commands are registered;
	// empty takes it from the gateway's READY.
	ApplicationID string
	// GuildIDs register the commands per guild (they appear at once);
	// empty registers them globally.
	GuildIDs []string
	// OwnerIDs may run admin commands anywhere.
	OwnerIDs []string
	// RateBurst commands per RateWindow per user (default 5 per 10s).
	RateBurst  int
	RateWindow time.Duration
	// DeferAfter is how long a handler may take before the router defers
	// its answer (default 2s; Discord allows 3s).
	DeferAfter time.Duration
	// HandlerTimeout bounds one command's work (default 60s).
	HandlerTimeout time.Duration
	Log            *slog.Logger // default slog.Default()
	// Prepare, when set, is called by Start with the new session before it
	// is opened: the place to wrap its HTTP transport (metrics) or attach
	// an interactions endpoint, before any request goes out. An error
	// stops Start.
	Prepare func(*discordgo.Session) error
}

// Bot answers slash commands on Discord.
type Bot struct {
	opts    Options
	deps    Deps
	log     *slog.Logger
	routes  map[string]route
	owners  map[string]bool
	limiter *limiter

	mu      sync.Mutex
	ctx     context.Context
	cancel  context.CancelFunc
	session *discordgo.Session
	appID   string
}

// New makes a bot; Start connects it.
func New(opts Options, deps Deps) *Bot {
	if opts.RateBurst <= 0 {
		opts.RateBurst = 5
	}
	if opts.RateWindow <= 0 {
		opts.RateWindow = 10 * time.Second
	}
	if opts.DeferAfter <= 0 {
		opts.DeferAfter = 2 * time.Second
	}
	if opts.HandlerTimeout <= 0 {
		opts.HandlerTimeout = time.Minute
	}
	b := &Bot{
		opts:    opts,
		deps:    deps,
		log:     logger(opts.Log),
		owners:  map[string]bool{},
		limiter: newLimiter(opts.RateBurst, opts.RateWindow),
		routes:  map[string]route{},
	}
	for _, id := range opts.OwnerIDs {
		b.owners[id] = true
	}
	for name, r := range b.readRoutes() {
		b.routes[name] = r
	}
	for name, r := range b.adminRoutes() {
		b.routes[name] = r
	}
	b.ctx, b.cancel = context.WithCancel(context.Background())
	return b
}

// context is the bot's lifetime: Close cancels it.
func (b *Bot) context() context.Context {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.ctx
}

// Start opens the gateway session and registers the commands in one bulk
// overwrite (per guild, or global). Commands then run until Close; ctx
// bounds the start only.
func (b *Bot) Start(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if b.deps.Analyzer == nil || b.deps.Statements == nil {
		return fmt.Errorf("bot: start: Analyzer and Statements are required")
	}
	s, err := NewSession(b.opts.Token, b.opts.APIBase)
	if err != nil {
		return err
	}
	if b.opts.Prepare != nil {
		if err := b.opts.Prepare(s); err != nil {
			return fmt.Errorf("bot: prepare session: %w", err)
		}
	}
	s.AddHandler(b.HandleInteraction)
	if err := s.Open(); err != nil {
		return fmt.Errorf("bot: open gateway: %w", err)
	}
	appID := b.opts.ApplicationID
	if appID == "" && s.State != nil && s.State.Application != nil {
		appID = s.State.Application.ID
	}
	if appID == "" {
		s.Close()
		return fmt.Errorf("bot: no application ID (set discord.application_id)")
	}
	if err := registerCommands(s, appID, b.opts.GuildIDs); err != nil {
		s.Close()
		return err
	}
	b.mu.Lock()
	b.session, b.appID = s, appID
	b.mu.Unlock()
	b.log.Info("discord connected", "application_id", appID, "guilds", len(b.opts.GuildIDs))
	return nil
}

// Session is the open session (nil before Start), for the parts that
// post through it: the digest poster, the webhook endpoint, readiness.
func (b *Bot) Session() *discordgo.Session {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.session
}

// Close cancels the commands in flight and closes the gateway session.
func (b *Bot) Close() error {
	b.mu.Lock()
	s := b.session
	b.session = nil
	b.cancel()
	b.mu.Unlock()
	if s == nil {
		return nil
	}
	if err := s.Close(); err != nil {
		return fmt.Errorf("bot: close session: %w", err)
	}
	return nil
}
