package config

import (
	"time"

	"github.com/parley-bot/parley/digest"
)

// Version is parley's version as it appears in the default User-Agent. The
// build sets it (-ldflags "-X github.com/parley-bot/parley/config.Version=v1.2.3").
var Version = "dev"

// Config is parley's whole configuration. The TOML keys are the snake_case
// names in the field tags; config.example.toml documents each of them.
type Config struct {
	Store    StoreConfig    `toml:"store"`
	Poll     PollConfig     `toml:"poll"`
	Feeds    []digest.Feed  `toml:"feeds"`
	FullText FullTextConfig `toml:"full_text"`
	// TopicPack is the [topic] table as written; Topic returns the pack it
	// makes together with the built-in one.
	TopicPack     TopicConfig    `toml:"topic"`
	Discord       DiscordConfig  `toml:"discord"`
	Digest        DigestConfig   `toml:"digest"`
	Subscriptions []Subscription `toml:"subscriptions"`
	HTTP          HTTPConfig     `toml:"http"`
	Log           LogConfig      `toml:"log"`

	// src is the file the config was loaded from, for problem locations;
	// nil for a config built in code.
	src *source
}

// StoreConfig is the [store] table.
type StoreConfig struct {
	// Path is the SQLite database file.
	Path string `toml:"path"`
}

// PollConfig is the [poll] table: how feeds (and article pages) are fetched.
type PollConfig struct {
	// Timeout bounds one whole request, body included.
	Timeout time.Duration `toml:"timeout"`
	// MaxBodyBytes caps a response body; a larger one is a failure.
	MaxBodyBytes int64  `toml:"max_body_bytes"`
	UserAgent    string `toml:"user_agent"`
	// Concurrency is the number of feeds fetched at once; PerHost the
	// number of requests in flight to one host.
	Concurrency int `toml:"concurrency"`
	PerHost     int `toml:"per_host"`
	// AllowPrivate lets parley fetch loopback, private, link-local and
	// metadata addresses (tests, intranets). Off by default.
	AllowPrivate bool `toml:"allow_private"`
	// DefaultSchedule is the cron spec of a feed that sets none.
	DefaultSchedule string `toml:"default_schedule"`
	MaxRedirects    int    `toml:"max_redirects"`
	// BackoffMax caps the delay between attempts on a failing feed.
	BackoffMax time.Duration `toml:"backoff_max"`
}

// Full-text modes of a feed (digest.Feed.FullText).
const (
	FullTextAuto   = "auto"   // read the page when the feed text is a teaser
	FullTextAlways = "always" // read the page of every relevant item
	FullTextNever  = "never"  // use the feed text only
)

// FullTextConfig is the [full_text] table: reading article pages.
type FullTextConfig struct {
	// Enabled turns page reading on for the whole bot.
	Enabled bool `toml:"enabled"`
	// MinChars is the teaser threshold: in "auto" mode, a relevant item
	// whose feed text is shorter gets its page read.
	MinChars int `toml:"min_chars"`
	// Concurrency is the number of pages fetched at once.
	Concurrency int `toml:"concurrency"`
	// Delay is the pause between two page requests to the same host.
	Delay time.Duration `toml:"delay"`
}

// TopicConfig is the [topic] table: changes to the built-in topic pack.
type TopicConfig struct {
	Name     string   `toml:"name"`
	Keywords []string `toml:"keywords"`
	Exclude  []string `toml:"exclude"`
	Cues     []string `toml:"cues"`
	// Exchanges are stems of keywords naming exchanges of prisoners or
	// bodies, which count only when an item names both sides.
	Exchanges []string `toml:"exchanges"`
	MinScore  float64  `toml:"min_score"`
	// Replace drops the built-in pack: the table is then the whole pack.
	Replace bool           `toml:"replace"`
	Parties []digest.Party `toml:"party"`
}

// DiscordConfig is the [discord] table.
type DiscordConfig struct {
	ApplicationID string `toml:"application_id"`
	// GuildIDs, when set, register the commands per guild (instant);
	// empty registers them globally.
	GuildIDs []string `toml:"guild_ids"`
	// APIBase sends REST calls (and the gateway lookup) to another base
	// URL, such as a proxy or a test server; empty means Discord itself.
	APIBase string `toml:"api_base"`
	// OwnerIDs are users allowed to run admin commands anywhere.
	OwnerIDs []string `toml:"owner_ids"`
	// InteractionsListen is the address of the signed-webhook endpoint;
	// empty turns it off. It requires PublicKey.
	InteractionsListen string `toml:"interactions_listen"`
	// PublicKey is the application's Ed25519 public key, in hex.
	PublicKey string `toml:"public_key"`
	// Token is the bot token. It comes from the DISCORD_TOKEN environment
	// variable only; the file cannot set it.
	Token string `toml:"-"`
}

// What a digest period with nothing new posts (DigestConfig.Empty).
const (
	EmptyLine = "line" // a short "no new developments" line
	EmptySkip = "skip" // nothing
)

// DigestConfig is the [digest] table.
type DigestConfig struct {
	Empty string `toml:"empty"`
	// Period is the span a scheduled digest covers, ending at its time.
	Period time.Duration `toml:"period"`
	// MaxTextChars caps the text analysed per item.
	MaxTextChars int `toml:"max_text_chars"`
}

// Subscription is one [[subscriptions]] entry: a channel that gets the
// digest on a schedule.
type Subscription struct {
	ChannelID string `toml:"channel_id"`
	// Schedule is a cron spec, "CRON_TZ=Area/City " prefix allowed.
	Schedule string `toml:"schedule"`
	// Timezone is an IANA zone name the schedule runs in, as an
	// alternative to the CRON_TZ prefix.
	Timezone string `toml:"timezone"`
}

// HTTPConfig is the [http] table: health and metrics endpoints.
type HTTPConfig struct {
	// Listen is the address of /healthz, /readyz and /metrics; empty
	// turns them off.
	Listen string `toml:"listen"`
}

// LogConfig is the [log] table.
type LogConfig struct {
	Level  string `toml:"level"`  // debug, info, warn or error
	Format string `toml:"format"` // text or json
}

// Default is the configuration parley runs on without a file: every
// setting at its default, no feeds and no subscriptions.
func Default() *Config {
	return &Config{
		Store: StoreConfig{Path: "parley.db"},
		Poll: PollConfig{
			Timeout:         20 * time.Second,
			MaxBodyBytes:    10 << 20,
			UserAgent:       "parley/" + Version + " (+https://github.com/parley-bot/parley; news digest bot)",
			Concurrency:     8,
			PerHost:         2,
			DefaultSchedule: "*/15 * * * *",
			MaxRedirects:    5,
			BackoffMax:      6 * time.Hour,
		},
		FullText: FullTextConfig{
			Enabled:     true,
			MinChars:    600,
			Concurrency: 2,
			Delay:       time.Second,
		},
		Digest: DigestConfig{
			Empty:        EmptyLine,
			Period:       24 * time.Hour,
			MaxTextChars: 20000,
		},
		Log: LogConfig{Level: "info", Format: "text"},
	}
}

// DefaultSubscriptionSchedule is the schedule of a subscription that sets
// none: every day at 09:00.
const DefaultSubscriptionSchedule = "0 9 * * *"

// FeedList returns the configured feeds with defaults filled in: the
// schedule from poll.default_schedule and full_text "auto".
func (c *Config) FeedList() []digest.Feed {
	out := make([]digest.Feed, len(c.Feeds))
	for i, f := range c.Feeds {
		out[i] = c.feedWithDefaults(f)
	}
	return out
}

func (c *Config) feedWithDefaults(f digest.Feed) digest.Feed {
	if f.Schedule == "" {
		f.Schedule = c.Poll.DefaultSchedule
	}
	if f.FullText == "" {
		f.FullText = FullTextAuto
	}
	return f
}

// Spec is the subscription's schedule as one cron spec: the schedule
// (DefaultSubscriptionSchedule when empty), with a CRON_TZ prefix for
// Timezone unless the schedule has its own.
func (s Subscription) Spec() string {
	spec := s.Schedule
	if spec == "" {
		spec = DefaultSubscriptionSchedule
	}
	if s.Timezone != "" && !hasZonePrefix(spec) {
		spec = "CRON_TZ=" + s.Timezone + " " + spec
	}
	return spec
}
