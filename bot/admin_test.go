package bot_test

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/feeds"
	"github.com/parley-bot/parley/internal/discordtest"
	"github.com/parley-bot/parley/internal/wiring"
)

var opt = discordtest.Opt

func TestAdminRefusedToOthers(t *testing.T) {
	e := newEnv(t, nil)
	admins := []struct {
		name string
		m    *discordgo.Member
		ok   bool
	}{
		{"member", reader, false},
		{"manage server", admin, true},
		{"administrator", discordtest.Member("300000000000000009", discordgo.PermissionAdministrator), true},
		{"owner without permissions", owner, true},
	}
	for _, a := range admins {
		t.Run(a.name, func(t *testing.T) {
			cb := e.reply(t, a.m, "feeds", discordtest.Sub("list"))
			refused := strings.Contains(cb.Message.Content, "for server admins")
			if refused == a.ok {
				t.Errorf("refused = %v, want %v (%q)", refused, !a.ok, cb.Message.Content)
			}
			if !cb.Message.Ephemeral() {
				t.Errorf("admin answers must be ephemeral")
			}
		})
	}
	t.Run("subscribe by member", func(t *testing.T) {
		cb := e.reply(t, reader, "subscribe", opt("channel", &discordgo.Channel{ID: "555"}))
		if !strings.Contains(cb.Message.Content, "for server admins") || !cb.Message.Ephemeral() {
			t.Errorf("reply %q", cb.Message.Content)
		}
		subs, err := wiring.Outbox{Store: e.store}.Subscriptions(context.Background())
		if err != nil || len(subs) != 0 {
			t.Errorf("subscriptions after a refused /subscribe: %v, %v", subs, err)
		}
	})
}

// TestFeedEditsPersist adds, pauses, resumes and removes feeds as an
// admin: each edit reaches the poll scheduler at once, is stored with who
// made it, and is still there after a restart.
func TestFeedEditsPersist(t *testing.T) {
	e := newEnv(t, nil)
	fsrv := feedServer(t)
	steps := []struct {
		name string
		sub  *discordgo.ApplicationCommandInteractionDataOption
		want string
	}{
		{"add wire", discordtest.Sub("add", opt("url", fsrv.URL+"/talks.xml"), opt("name", "Loopback Wire"), opt("schedule", "*/5 * * * *")), "Now following **Loopback Wire** (2 items"},
		{"add second", discordtest.Sub("add", opt("url", fsrv.URL+"/talks.xml?copy=1"), opt("name", "Second Wire")), "Now following **Second Wire**"},
		{"add duplicate", discordtest.Sub("add", opt("url", fsrv.URL+"/talks.xml"), opt("name", "Loopback Wire")), "already followed"},
		{"pause", discordtest.Sub("pause", opt("name", "Loopback Wire")), "Paused"},
		{"remove", discordtest.Sub("remove", opt("name", "Second Wire")), "No longer following"},
		{"remove unknown", discordtest.Sub("remove", opt("name", "Nope")), `No feed is named "Nope"`},
	}
	for _, s := range steps {
		cb := e.reply(t, admin, "feeds", s.sub)
		if !strings.Contains(cb.Message.Content, s.want) || !cb.Message.Ephemeral() {
			t.Errorf("%s: reply %q (ephemeral %v), want %q", s.name, cb.Message.Content, cb.Message.Ephemeral(), s.want)
		}
	}
	want := []digest.Feed{{Name: "Loopback Wire", URL: fsrv.URL + "/talks.xml", Schedule: "*/5 * * * *", Enabled: false}}
	check := func(t *testing.T) {
		t.Helper()
		got, err := e.store.Feeds(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("stored feeds (-want +got):\n%s", diff)
		}
	}
	check(t)
	if jobs := e.sched.Jobs(); len(jobs) != 0 {
		t.Errorf("paused feed still scheduled: %+v", jobs)
	}

	e.close(t)
	e.open(t)
	check(t)
	audit, err := e.store.FeedAudit(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, a := range audit {
		if !strings.Contains(a.Actor, admin.User.ID) {
			t.Errorf("audit entry %+v does not name the admin", a)
		}
		actions = append(actions, a.Action+" "+a.Feed)
	}
	if len(actions) != 4 {
		t.Errorf("audit %v, want 4 edits", actions)
	}

	cb := e.reply(t, admin, "feeds", discordtest.Sub("resume", opt("name", "Loopback Wire")))
	if !strings.Contains(cb.Message.Content, "Resumed") {
		t.Errorf("resume: %q", cb.Message.Content)
	}
	jobs := e.sched.Jobs()
	if len(jobs) != 1 || jobs[0].Feed.Name != "Loopback Wire" || jobs[0].Schedule != "*/5 * * * *" {
		t.Errorf("scheduled after resume: %+v", jobs)
	}
	list := e.reply(t, admin, "feeds", discordtest.Sub("list"))
	if m := missing(embedText(list.Message), "Loopback Wire", "active", "*/5 * * * *"); len(m) > 0 {
		t.Errorf("/feeds list lacks %q:\n%s", m, embedText(list.Message))
	}
}

// TestFeedAddRefusals: what is not a usable feed changes nothing and gets
// an explanation.
func TestFeedAddRefusals(t *testing.T) {
	e := newEnv(t, nil)
	fsrv := feedServer(t)
	closed, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	deadURL := "http://" + closed.Addr().String() + "/rss"
	closed.Close()
	tests := []struct {
		name, url, schedule string
		want                []string
	}{
		{"not a URL", "feed please", "", []string{"not a feed address", "https://"}},
		{"ftp", "ftp://example.org/rss", "", []string{"not a feed address"}},
		{"bad schedule", fsrv.URL + "/talks.xml", "every day", []string{"schedule", "*/15 * * * *"}},
		{"time zone without space", fsrv.URL + "/talks.xml", "CRON_TZ=Europe/Kyiv", []string{"schedule"}},
		{"unreachable", deadURL, "", []string{"couldn't use", "Nothing was changed"}},
		{"not a feed", fsrv.URL + "/not_a_feed.html", "", []string{"couldn't use", "Nothing was changed"}},
		{"missing", fsrv.URL + "/nothing.xml", "", []string{"404"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := []*discordgo.ApplicationCommandInteractionDataOption{opt("url", tt.url), opt("name", "X")}
			if tt.schedule != "" {
				opts = append(opts, opt("schedule", tt.schedule))
			}
			cb := e.reply(t, admin, "feeds", discordtest.Sub("add", opts...))
			if m := missing(cb.Message.Content, tt.want...); len(m) > 0 || !cb.Message.Ephemeral() {
				t.Errorf("reply %q lacks %q (ephemeral %v)", cb.Message.Content, m, cb.Message.Ephemeral())
			}
		})
	}
	fs, err := e.store.Feeds(context.Background())
	if err != nil || len(fs) != 0 {
		t.Errorf("feeds after refusals: %v, %v", fs, err)
	}

}

// TestFeedPrivateAddressRefused: with the fetcher's guard on (the
// default), a loopback feed is refused and explained.
func TestFeedPrivateAddressRefused(t *testing.T) {
	fsrv := feedServer(t)
	e := newEnv(t, nil, func(d *bot.Deps) {
		d.FeedTester = feedTester(feeds.NewFetcher(feeds.Options{Timeout: 5 * time.Second}))
	})
	for _, sub := range []string{"test", "add"} {
		t.Run(sub, func(t *testing.T) {
			cb := e.reply(t, admin, "feeds", discordtest.Sub(sub, opt("url", fsrv.URL+"/talks.xml"), opt("name", "Local")))
			if m := missing(cb.Message.Content, "couldn't use", "private"); len(m) > 0 || !cb.Message.Ephemeral() {
				t.Errorf("reply %q lacks %q", cb.Message.Content, m)
			}
		})
	}
	fs, err := e.store.Feeds(context.Background())
	if err != nil || len(fs) != 0 {
		t.Errorf("feeds after refusals: %v, %v", fs, err)
	}
}

func TestFeedsTest(t *testing.T) {
	e := newEnv(t, nil)
	fsrv := feedServer(t)
	in := e.srv.Command(owner, "feeds", discordtest.Sub("test", opt("url", fsrv.URL+"/talks.xml")))
	cb := e.srv.Reply(t, in)
	if cb.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || cb.Message == nil || !cb.Message.Ephemeral() {
		t.Fatalf("want an ephemeral deferral first, got type %d %+v", cb.Type, cb.Message)
	}
	edit := e.srv.WaitEdit(t, in.Token)
	if m := missing(embedText(&edit), "Found 2 items", "Nothing was stored", "exchange 1,000 prisoners"); len(m) > 0 {
		t.Errorf("feed test lacks %q:\n%s", m, embedText(&edit))
	}
	fs, err := e.store.Feeds(context.Background())
	if err != nil || len(fs) != 0 {
		t.Errorf("feeds after a test: %v, %v", fs, err)
	}
}

func TestSubscribe(t *testing.T) {
	e := newEnv(t, nil)
	ch := &discordgo.Channel{ID: "555"}
	tests := []struct {
		name    string
		command string
		opts    []*discordgo.ApplicationCommandInteractionDataOption
		want    string
	}{
		{"subscribe", "subscribe", []*discordgo.ApplicationCommandInteractionDataOption{opt("channel", ch), opt("time", "18:30"), opt("timezone", "Europe/Kyiv")},
			"<#555> will get the digest every day at 18:30 (Europe/Kyiv)"},
		{"bad time", "subscribe", []*discordgo.ApplicationCommandInteractionDataOption{opt("channel", ch), opt("time", "25:99")}, "HH:MM"},
		{"bad zone", "subscribe", []*discordgo.ApplicationCommandInteractionDataOption{opt("channel", ch), opt("timezone", "Mars/Olympus")}, "Europe/Kyiv"},
		{"unsubscribe other", "unsubscribe", []*discordgo.ApplicationCommandInteractionDataOption{opt("channel", &discordgo.Channel{ID: "556"})}, "has no digest subscription"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cb := e.reply(t, admin, tt.command, tt.opts...)
			if !strings.Contains(cb.Message.Content, tt.want) || !cb.Message.Ephemeral() {
				t.Errorf("reply %q, want %q", cb.Message.Content, tt.want)
			}
		})
	}
	subs, err := wiring.Outbox{Store: e.store}.Subscriptions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 1 || subs[0].ChannelID != "555" || subs[0].Schedule != "30 18 * * *" || subs[0].Timezone != "Europe/Kyiv" {
		t.Errorf("subscriptions %+v", subs)
	}
	cb := e.reply(t, admin, "unsubscribe", opt("channel", ch))
	if !strings.Contains(cb.Message.Content, "no longer") {
		t.Errorf("unsubscribe: %q", cb.Message.Content)
	}
}
