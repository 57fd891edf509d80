package config

import (
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/parley-bot/parley/digest"
)

// Problem is one thing wrong with a configuration.
type Problem struct {
	// Key is the setting's path, with array indices counted from zero
	// ("feeds[2].schedule"); empty when the problem is not about one key.
	Key string
	// Line is the line of the file the key is written on (or, when the key
	// is missing, the line of its table); 0 when unknown.
	Line int
	Msg  string
}

// ValidationError lists every problem found in a configuration.
type ValidationError struct {
	// File is the name of the file the config came from; empty for a
	// config built in code.
	File     string
	Problems []Problem
}

// Error lists the problems, one per line, as "file:line: key: message".
func (e *ValidationError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		switch {
		case e.File != "" && p.Line > 0:
			fmt.Fprintf(&b, "%s:%d: ", e.File, p.Line)
		case e.File != "":
			fmt.Fprintf(&b, "%s: ", e.File)
		}
		if p.Key != "" {
			b.WriteString(p.Key + ": ")
		}
		b.WriteString(p.Msg)
	}
	return b.String()
}

// Validate checks the whole configuration and returns a *ValidationError
// listing every problem (in file order when loaded from a file), or nil.
func (c *Config) Validate() error {
	if ps := c.problems(); len(ps) > 0 {
		sortProblems(ps)
		file := ""
		if c.src != nil {
			file = c.src.file
		}
		return &ValidationError{File: file, Problems: ps}
	}
	return nil
}

// problem makes a problem about key, located in the file when known.
func (c *Config) problem(key, format string, args ...any) Problem {
	p := Problem{Key: key, Msg: fmt.Sprintf(format, args...)}
	if c.src != nil {
		p.Line = c.src.lines.line(key)
	}
	return p
}

// checker collects the problems of one configuration.
type checker struct {
	c        *Config
	problems []Problem
}

func (k *checker) add(key, format string, args ...any) {
	k.problems = append(k.problems, k.c.problem(key, format, args...))
}

func (c *Config) problems() []Problem {
	k := &checker{c: c}
	k.store()
	k.poll()
	k.feeds()
	k.fullText()
	k.topic()
	k.discord()
	k.digest()
	k.subscriptions()
	k.listen("http.listen", c.HTTP.Listen)
	k.oneOf("log.level", c.Log.Level, "debug", "info", "warn", "error")
	k.oneOf("log.format", c.Log.Format, "text", "json")
	return k.problems
}

// sortProblems orders problems by line, those without a line last,
// keeping the order of problems on the same line.
func sortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		switch {
		case a.Line == b.Line:
			return 0
		case a.Line == 0:
			return 1
		case b.Line == 0:
			return -1
		}
		return a.Line - b.Line
	})
}

func (k *checker) store() {
	if strings.TrimSpace(k.c.Store.Path) == "" {
		k.add("store.path", "must not be empty")
	}
}

func (k *checker) poll() {
	p := k.c.Poll
	k.positive("poll.timeout", p.Timeout)
	k.positive("poll.backoff_max", p.BackoffMax)
	k.atLeast("poll.max_body_bytes", p.MaxBodyBytes, 1)
	k.atLeast("poll.concurrency", int64(p.Concurrency), 1)
	k.atLeast("poll.per_host", int64(p.PerHost), 1)
	k.atLeast("poll.max_redirects", int64(p.MaxRedirects), 0)
	if strings.TrimSpace(p.UserAgent) == "" {
		k.add("poll.user_agent", "must not be empty")
	}
	k.schedule("poll.default_schedule", p.DefaultSchedule)
}

func (k *checker) feeds() {
	names := map[string]int{}
	urls := map[string]int{}
	for i, f := range k.c.Feeds {
		key := fmt.Sprintf("feeds[%d]", i)
		name := strings.ToLower(strings.TrimSpace(f.Name))
		switch j, dup := names[name]; {
		case name == "":
			k.add(key+".name", "is required")
		case dup:
			k.add(key+".name", "%q is already the name of feeds[%d]", f.Name, j)
		default:
			names[name] = i
		}
		if k.httpURL(key+".url", f.URL) {
			if j, dup := urls[f.URL]; dup {
				k.add(key+".url", "feeds[%d] has the same url", j)
			} else {
				urls[f.URL] = i
			}
		}
		// An empty schedule takes poll.default_schedule, checked there.
		if f.Schedule != "" {
			k.schedule(key+".schedule", f.Schedule)
		}
		if f.FullText != "" {
			k.oneOf(key+".full_text", f.FullText, FullTextAuto, FullTextAlways, FullTextNever)
		}
	}
}

func (k *checker) fullText() {
	ft := k.c.FullText
	k.atLeast("full_text.min_chars", int64(ft.MinChars), 0)
	k.atLeast("full_text.concurrency", int64(ft.Concurrency), 1)
	if ft.Delay < 0 {
		k.add("full_text.delay", "must not be negative")
	}
}

func (k *checker) topic() {
	tc := k.c.TopicPack
	if tc.MinScore < 0 {
		k.add("topic.min_score", "must not be negative")
	}
	base := map[string]bool{}
	if !tc.Replace {
		for _, p := range digest.DefaultTopic().Parties {
			base[p.ID] = true
		}
	} else if len(tc.Parties) == 0 {
		k.add("topic.party", "topic.replace drops the built-in parties: define at least one [[topic.party]]")
	}
	seen := map[string]int{}
	for i, p := range tc.Parties {
		key := fmt.Sprintf("topic.party[%d]", i)
		switch j, dup := seen[p.ID]; {
		case strings.TrimSpace(p.ID) == "":
			k.add(key+".id", "is required")
		case p.ID != strings.ToLower(p.ID) || strings.ContainsAny(p.ID, " \t"):
			k.add(key+".id", "%q: use a lower-case id without spaces, such as %q", p.ID, strings.ToLower(strings.Join(strings.Fields(p.ID), "_")))
		case dup:
			k.add(key+".id", "%q is already the id of topic.party[%d]", p.ID, j)
		default:
			seen[p.ID] = i
			if !base[p.ID] && strings.TrimSpace(p.Name) == "" {
				k.add(key+".name", "is required for a party not in the built-in pack")
			}
		}
	}
}

func (k *checker) discord() {
	d := k.c.Discord
	if d.ApplicationID != "" {
		k.snowflake("discord.application_id", d.ApplicationID)
	}
	for i, id := range d.GuildIDs {
		k.snowflake(fmt.Sprintf("discord.guild_ids[%d]", i), id)
	}
	for i, id := range d.OwnerIDs {
		k.snowflake(fmt.Sprintf("discord.owner_ids[%d]", i), id)
	}
	if d.APIBase != "" {
		k.httpURL("discord.api_base", d.APIBase)
	}
	if d.PublicKey != "" {
		if b, err := hex.DecodeString(d.PublicKey); err != nil || len(b) != 32 {
			k.add("discord.public_key", "must be the application's Ed25519 public key: 64 hex digits")
		}
	}
	if d.InteractionsListen != "" {
		k.listen("discord.interactions_listen", d.InteractionsListen)
		if d.PublicKey == "" {
			k.add("discord.interactions_listen", "requires discord.public_key to verify the requests")
		}
	}
}

func (k *checker) digest() {
	d := k.c.Digest
	k.oneOf("digest.empty", d.Empty, EmptyLine, EmptySkip)
	k.positive("digest.period", d.Period)
	k.atLeast("digest.max_text_chars", int64(d.MaxTextChars), 1)
}

func (k *checker) subscriptions() {
	channels := map[string]int{}
	for i, s := range k.c.Subscriptions {
		key := fmt.Sprintf("subscriptions[%d]", i)
		if k.snowflake(key+".channel_id", s.ChannelID) {
			if j, dup := channels[s.ChannelID]; dup {
				k.add(key+".channel_id", "channel already subscribed in subscriptions[%d]", j)
			} else {
				channels[s.ChannelID] = i
			}
		}
		tzOK := true
		if s.Timezone != "" {
			if _, err := time.LoadLocation(s.Timezone); err != nil || s.Timezone == "Local" {
				k.add(key+".timezone", "unknown time zone %q: use an IANA name such as \"Europe/Kyiv\"", s.Timezone)
				tzOK = false
			} else if hasZonePrefix(strings.TrimSpace(s.Schedule)) {
				k.add(key+".timezone", "the schedule has its own CRON_TZ= prefix: set one or the other")
				tzOK = false
			}
		}
		if strings.Contains(s.Schedule, "@every") {
			// A digest covers the period that ends at its scheduled time;
			// an interval has no fixed times to end periods at.
			k.add(key+".schedule", "@every is not allowed for digests: give fixed times, such as \"0 9 * * *\"")
		} else if tzOK {
			k.schedule(key+".schedule", s.Spec())
		} else {
			k.schedule(key+".schedule", Subscription{Schedule: s.Schedule}.Spec())
		}
	}
}

func (k *checker) schedule(key, spec string) {
	if _, err := ParseSchedule(spec); err != nil {
		k.add(key, "%v", err)
	}
}

func (k *checker) positive(key string, d time.Duration) {
	if d <= 0 {
		k.add(key, "must be a positive duration, such as \"20s\"")
	}
}

func (k *checker) atLeast(key string, n, lowest int64) {
	if n < lowest {
		k.add(key, "must be at least %d, not %d", lowest, n)
	}
}

func (k *checker) oneOf(key, v string, allowed ...string) {
	for _, a := range allowed {
		if v == a {
			return
		}
	}
	k.add(key, "%q is not one of %s", v, strings.Join(allowed, ", "))
}

// httpURL checks an absolute http(s) URL and tells whether it is one.
func (k *checker) httpURL(key, raw string) bool {
	if strings.TrimSpace(raw) == "" {
		k.add(key, "is required")
		return false
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		k.add(key, "%q is not an absolute http or https URL", raw)
		return false
	}
	return true
}

// snowflake checks a Discord ID and tells whether it is one.
func (k *checker) snowflake(key, id string) bool {
	if _, err := strconv.ParseUint(id, 10, 64); err != nil {
		k.add(key, "%q is not a Discord ID (a number such as \"123456789012345678\")", id)
		return false
	}
	return true
}

func (k *checker) listen(key, addr string) {
	if addr == "" {
		return
	}
	if _, port, err := net.SplitHostPort(addr); err != nil || port == "" {
		k.add(key, "%q is not a listen address such as \"127.0.0.1:9090\"", addr)
	}
}
