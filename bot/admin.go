package bot

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/digest"
)

// msgUnavailable answers commands whose part was not wired in.
const msgUnavailable = "This command is not available on this bot."

// feedListing lists the feeds with their health; admin adds schedules.
func (b *Bot) feedListing(ctx context.Context, admin bool) (listing, error) {
	if b.deps.FeedStore == nil {
		return listing{}, userErrorf(msgUnavailable)
	}
	fs, err := b.deps.FeedStore.Feeds(ctx)
	if err != nil {
		return listing{}, fmt.Errorf("bot: feeds: %w", err)
	}
	states, err := b.deps.FeedStore.FeedStates(ctx)
	if err != nil {
		return listing{}, fmt.Errorf("bot: feed states: %w", err)
	}
	byURL := make(map[string]digest.FeedState, len(states))
	for _, st := range states {
		byURL[st.URL] = st
	}
	sort.Slice(fs, func(i, j int) bool { return strings.ToLower(fs[i].Name) < strings.ToLower(fs[j].Name) })
	l := listing{title: "Sources", empty: "No feeds are followed yet."}
	if admin {
		l.title = "Feeds"
	}
	active := 0
	for _, f := range fs {
		if f.Enabled {
			active++
		}
		l.blocks = append(l.blocks, feedBlock(f, byURL[f.URL], admin))
	}
	l.head = fmt.Sprintf("%d feeds, %d active.", len(fs), active)
	pages, err := b.deps.FeedStore.PageStats(ctx)
	if err != nil {
		return listing{}, fmt.Errorf("bot: page stats: %w", err)
	}
	if line := pagesLine(pages); line != "" {
		l.head += "\n" + line
	}
	return l, nil
}

// pagesLine summarizes the article pages read for relevant items whose
// feed carries only a teaser; empty when none was attempted.
func pagesLine(st map[digest.FullTextStatus]int) string {
	var parts []string
	for _, s := range []struct {
		status digest.FullTextStatus
		label  string
	}{
		{digest.FullTextRead, "read"},
		{digest.FullTextPaywall, "behind a paywall"},
		{digest.FullTextRobots, "refused by robots.txt"},
		{digest.FullTextFailed, "failed"},
		{digest.FullTextQueued, "queued"},
	} {
		if n := st[s.status]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s.label))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Article pages: " + strings.Join(parts, ", ") + "."
}

// feedBlock is one feed and its health.
func feedBlock(f digest.Feed, st digest.FeedState, admin bool) string {
	state := "active"
	if !f.Enabled {
		state = "paused"
	}
	var b strings.Builder
	b.WriteString("**" + escapedCut(f.Name, 100) + "** — " + state + " · " + link(f.URL, f.URL))
	if admin {
		sched := f.Schedule
		if sched == "" {
			sched = "default"
		}
		b.WriteString("\nSchedule: `" + strings.ReplaceAll(cut(sched, 80), "`", "'") + "`")
	}
	switch {
	case st.LastPoll.IsZero():
		b.WriteString("\nNot polled yet.")
	case st.LastStatus == "error":
		fmt.Fprintf(&b, "\nLast poll %s failed (%d in a row): %s", stamp(st.LastPoll, "R"), st.Failures, escapedCut(st.LastError, 200))
		if !st.LastOK.IsZero() {
			b.WriteString(" · last success " + stamp(st.LastOK, "R"))
		}
	default:
		fmt.Fprintf(&b, "\nLast poll %s: ok, %d new", stamp(st.LastPoll, "R"), st.LastNew)
	}
	fmt.Fprintf(&b, " · %d items stored", st.Items)
	return cut(b.String(), blockMax)
}

// adminRoutes are the commands for admins; every answer is ephemeral.
func (b *Bot) adminRoutes() map[string]route {
	admin := func(run func(ctx context.Context, c *call) (Reply, error)) route {
		return route{admin: true, ephemeral: true, run: run}
	}
	return map[string]route{
		"feeds add":    admin(b.feedsAdd),
		"feeds remove": admin(b.feedsRemove),
		"feeds pause":  admin(func(ctx context.Context, c *call) (Reply, error) { return b.feedsEnable(ctx, c, false) }),
		"feeds resume": admin(func(ctx context.Context, c *call) (Reply, error) { return b.feedsEnable(ctx, c, true) }),
		"feeds list": admin(func(ctx context.Context, _ *call) (Reply, error) {
			return b.show(ctx, view{cmd: "feeds"})
		}),
		"feeds test":  admin(b.feedsTest),
		"subscribe":   admin(b.subscribe),
		"unsubscribe": admin(b.unsubscribe),
	}
}

// actor names the user in the audit log: "discord:ID (name)".
func actor(in *discordgo.Interaction) string {
	u := in.User
	if in.Member != nil && in.Member.User != nil {
		u = in.Member.User
	}
	if u == nil {
		return "discord:unknown"
	}
	return "discord:" + u.ID + " (" + u.Username + ")"
}

// checkFeedURL refuses what cannot be a feed address before anything is
// fetched.
func checkFeedURL(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || runes(raw) > maxURLLen {
		return "", userErrorf("%q is not a feed address: give an http:// or https:// URL, such as `https://example.org/rss.xml`.", cut(raw, 80))
	}
	return u.String(), nil
}

// testFeed fetches and parses a feed once; a failure is explained to the
// admin.
func (b *Bot) testFeed(ctx context.Context, rawURL string) ([]digest.Item, error) {
	items, err := b.deps.FeedTester.TestFeed(ctx, rawURL)
	if err != nil {
		b.log.Info("feed test failed", "url", rawURL, "error", err)
		return nil, userErrorf("I couldn't use %s as a feed: %s. Nothing was changed.", rawURL, cut(err.Error(), 300))
	}
	return items, nil
}

func (b *Bot) feedsTest(ctx context.Context, c *call) (Reply, error) {
	if b.deps.FeedTester == nil {
		return Reply{}, userErrorf(msgUnavailable)
	}
	u, err := checkFeedURL(c.str("url"))
	if err != nil {
		return Reply{}, err
	}
	if err := c.Defer(true); err != nil {
		return Reply{}, err
	}
	items, err := b.testFeed(ctx, u)
	if err != nil {
		return Reply{}, err
	}
	relevant := 0
	e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: embedColor,
		Title: cut("Feed test: "+u, maxTitle)}
	var desc strings.Builder
	for i, it := range items {
		if b.deps.Analyzer.Score(it).Relevant {
			relevant++
		}
		if i < 10 {
			desc.WriteString("• " + link(it.Title, it.URL) + " — " + stamp(it.Published, "d") + "\n")
		}
	}
	if len(items) > 10 {
		fmt.Fprintf(&desc, "… and %d more.\n", len(items)-10)
	}
	e.Description = cut(fmt.Sprintf("Found %d items, %d about %s. Nothing was stored.\n\n", len(items), relevant,
		b.deps.Analyzer.Topic().Name)+desc.String(), maxDescription)
	return Reply{Embeds: []*discordgo.MessageEmbed{e}}, nil
}

func (b *Bot) feedsAdd(ctx context.Context, c *call) (Reply, error) {
	if b.deps.FeedStore == nil || b.deps.FeedTester == nil {
		return Reply{}, userErrorf(msgUnavailable)
	}
	u, err := checkFeedURL(c.str("url"))
	if err != nil {
		return Reply{}, err
	}
	name := strings.Join(strings.Fields(c.str("name")), " ")
	if name == "" || runes(name) > maxNameLen {
		return Reply{}, userErrorf("Give the feed a name of 1 to %d characters.", maxNameLen)
	}
	f := digest.Feed{Name: name, URL: u, Schedule: c.str("schedule"), Enabled: true, FullText: c.str("full_text")}
	current, err := b.deps.FeedStore.Feeds(ctx)
	if err != nil {
		return Reply{}, fmt.Errorf("bot: feeds: %w", err)
	}
	for _, g := range current {
		if strings.EqualFold(g.Name, name) || g.URL == u {
			return Reply{}, userErrorf("A feed named %q or with this address is already followed. Nothing was changed.", g.Name)
		}
	}
	if err := c.Defer(true); err != nil {
		return Reply{}, err
	}
	items, err := b.testFeed(ctx, u)
	if err != nil {
		return Reply{}, err
	}
	// The poller is the judge of schedules: it takes the new set, or
	// refuses it and keeps the old one.
	if b.deps.Scheduler != nil {
		if err := b.deps.Scheduler.Set(append(current, f)); err != nil {
			return Reply{}, userErrorf("The schedule %q is not one I can use (%v). Use five cron fields, such as `*/15 * * * *` (every 15 minutes) or `0 * * * *` (hourly). Nothing was changed.",
				cut(f.Schedule, 60), err)
		}
	}
	who := actor(c.in)
	if err := b.deps.FeedStore.AddFeed(ctx, f, who); err != nil {
		if b.deps.Scheduler != nil {
			if rerr := b.deps.Scheduler.Set(current); rerr != nil {
				b.log.Error("restore feed schedule", "error", rerr)
			}
		}
		if b.deps.Exists != nil && errors.Is(err, b.deps.Exists) {
			return Reply{}, userErrorf("A feed named %q or with this address is already followed. Nothing was changed.", name)
		}
		return Reply{}, err
	}
	b.log.Info("feed added", "feed", name, "url", u, "actor", who)
	return Reply{Content: fmt.Sprintf("Now following **%s** (%d items in the feed right now). It is polled %s.",
		digest.EscapeMarkdown(name), len(items), scheduleText(f.Schedule))}, nil
}

func scheduleText(s string) string {
	if s == "" {
		return "on the default schedule"
	}
	return "on `" + strings.ReplaceAll(s, "`", "'") + "`"
}

// applyFeeds hands the stored feed set to the poller.
func (b *Bot) applyFeeds(ctx context.Context) error {
	if b.deps.Scheduler == nil {
		return nil
	}
	fs, err := b.deps.FeedStore.Feeds(ctx)
	if err != nil {
		return fmt.Errorf("bot: feeds: %w", err)
	}
	if err := b.deps.Scheduler.Set(fs); err != nil {
		return fmt.Errorf("bot: apply feeds: %w", err)
	}
	return nil
}

// feedNotFound is the answer for a name no feed has.
func (b *Bot) feedNotFound(err error, name string) error {
	if b.deps.NotFound != nil && errors.Is(err, b.deps.NotFound) {
		return userErrorf("No feed is named %q. `/feeds list` shows the feeds.", cut(name, maxNameLen))
	}
	return err
}

func (b *Bot) feedsRemove(ctx context.Context, c *call) (Reply, error) {
	if b.deps.FeedStore == nil {
		return Reply{}, userErrorf(msgUnavailable)
	}
	name, who := c.str("name"), actor(c.in)
	if err := b.deps.FeedStore.RemoveFeed(ctx, name, who); err != nil {
		return Reply{}, b.feedNotFound(err, name)
	}
	if err := b.applyFeeds(ctx); err != nil {
		return Reply{}, err
	}
	b.log.Info("feed removed", "feed", name, "actor", who)
	return Reply{Content: fmt.Sprintf("No longer following **%s**. Its stored items and statements stay.", digest.EscapeMarkdown(name))}, nil
}

func (b *Bot) feedsEnable(ctx context.Context, c *call, enabled bool) (Reply, error) {
	if b.deps.FeedStore == nil {
		return Reply{}, userErrorf(msgUnavailable)
	}
	name, who := c.str("name"), actor(c.in)
	if err := b.deps.FeedStore.SetFeedEnabled(ctx, name, enabled, who); err != nil {
		return Reply{}, b.feedNotFound(err, name)
	}
	if err := b.applyFeeds(ctx); err != nil {
		return Reply{}, err
	}
	verb := "Paused"
	if enabled {
		verb = "Resumed"
	}
	b.log.Info("feed "+strings.ToLower(verb), "feed", name, "actor", who)
	return Reply{Content: fmt.Sprintf("%s **%s**.", verb, digest.EscapeMarkdown(name))}, nil
}

// channelOption is the channel an option names.
func (c *call) channel() (string, error) {
	o, ok := c.opts["channel"]
	id, _ := o.Value.(string)
	if !ok || id == "" {
		return "", userErrorf("Pick a text channel.")
	}
	return id, nil
}

func (b *Bot) subscribe(ctx context.Context, c *call) (Reply, error) {
	if b.deps.Subscriptions == nil {
		return Reply{}, userErrorf(msgUnavailable)
	}
	ch, err := c.channel()
	if err != nil {
		return Reply{}, err
	}
	at := c.str("time")
	if at == "" {
		at = "09:00"
	}
	t, err := time.Parse("15:04", at)
	if err != nil {
		return Reply{}, userErrorf("I couldn't read the time %q: use HH:MM on a 24-hour clock, such as `09:00` or `18:30`.", cut(at, 10))
	}
	tz := c.str("timezone")
	if tz == "" {
		tz = "UTC"
	}
	sched := fmt.Sprintf("%d %d * * *", t.Minute(), t.Hour())
	if _, err := ParseDigestSchedule(sched, tz); err != nil {
		return Reply{}, userErrorf("I don't know the time zone %q: use an IANA name such as `Europe/Kyiv`, `America/New_York` or `UTC`.", cut(tz, 40))
	}
	sub := Subscription{GuildID: c.in.GuildID, ChannelID: ch, Schedule: sched, Timezone: tz, CreatedBy: actor(c.in)}
	if err := b.deps.Subscriptions.AddSubscription(ctx, sub, actor(c.in)); err != nil {
		return Reply{}, err
	}
	b.log.Info("subscribed", "channel_id", ch, "schedule", sched, "timezone", tz, "actor", actor(c.in))
	return Reply{Content: fmt.Sprintf("<#%s> will get the digest every day at %s (%s).", ch, t.Format("15:04"), tz)}, nil
}

func (b *Bot) unsubscribe(ctx context.Context, c *call) (Reply, error) {
	if b.deps.Subscriptions == nil {
		return Reply{}, userErrorf(msgUnavailable)
	}
	ch, err := c.channel()
	if err != nil {
		return Reply{}, err
	}
	if err := b.deps.Subscriptions.RemoveSubscription(ctx, ch, actor(c.in)); err != nil {
		if b.deps.NotFound != nil && errors.Is(err, b.deps.NotFound) {
			return Reply{}, userErrorf("<#%s> has no digest subscription.", ch)
		}
		return Reply{}, err
	}
	b.log.Info("unsubscribed", "channel_id", ch, "actor", actor(c.in))
	return Reply{Content: fmt.Sprintf("<#%s> will no longer get the digest.", ch)}, nil
}

// feedChoices are the feed names containing what is typed.
func (b *Bot) feedChoices(ctx context.Context, typed string) []*discordgo.ApplicationCommandOptionChoice {
	if b.deps.FeedStore == nil {
		return nil
	}
	fs, err := b.deps.FeedStore.Feeds(ctx)
	if err != nil {
		b.log.Error("feed autocomplete", "error", err)
		return nil
	}
	typed = strings.ToLower(strings.TrimSpace(typed))
	var out []*discordgo.ApplicationCommandOptionChoice
	for _, f := range fs {
		if len(out) < 25 && strings.Contains(strings.ToLower(f.Name), typed) {
			out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: cut(f.Name, 100), Value: f.Name})
		}
	}
	return out
}
