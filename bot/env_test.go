package bot_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/feeds"
	"github.com/parley-bot/parley/internal/discordtest"
	"github.com/parley-bot/parley/internal/wiring"
	"github.com/parley-bot/parley/store"
)

// Members of the loopback guild.
var (
	reader = discordtest.Member("300000000000000001", 0)
	admin  = discordtest.Member("300000000000000002", discordgo.PermissionManageGuild)
	owner  = discordtest.Member("300000000000000003", 0)
)

// env is a bot on the loopback Discord with a real store, a real feed
// fetcher and a real (unstarted) poll scheduler.
type env struct {
	srv   *discordtest.Server
	store *store.Store
	path  string
	sched *feeds.Scheduler
	bot   *bot.Bot
	opts  bot.Options
	deps  bot.Deps
	// changeDeps, when set, edits the deps before the bot starts.
	changeDeps func(*bot.Deps)
}

// testAnalyzer compiles the built-in topic pack.
func testAnalyzer(t testing.TB) *digest.Analyzer {
	t.Helper()
	a, err := digest.NewAnalyzer(digest.DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// feedTester fetches and parses a feed once, as cmd/parley wires it.
func feedTester(f *feeds.Fetcher) bot.FeedTester {
	return bot.FeedTesterFunc(func(ctx context.Context, url string) ([]digest.Item, error) {
		resp, err := f.Fetch(ctx, url, feeds.Validators{})
		if err != nil {
			return nil, err
		}
		return feeds.Parse(resp.Body, resp.URL, "test", time.Now())
	})
}

// newEnv starts a bot with its defaults changed by change and changeDeps.
func newEnv(t testing.TB, change func(*bot.Options), changeDeps ...func(*bot.Deps)) *env {
	t.Helper()
	return newEnvAt(t, filepath.Join(t.TempDir(), "parley.db"), change, changeDeps...)
}

// newEnvAt is newEnv on the database at path.
func newEnvAt(t testing.TB, path string, change func(*bot.Options), changeDeps ...func(*bot.Deps)) *env {
	t.Helper()
	e := &env{srv: discordtest.New(t), path: path}
	for _, c := range changeDeps {
		e.changeDeps = c
	}
	e.opts = bot.Options{
		Token: "test-token", APIBase: e.srv.URL(), GuildIDs: []string{discordtest.GuildID},
		OwnerIDs: []string{owner.User.ID}, RateBurst: 1000, RateWindow: time.Second,
		Log: slog.New(slog.DiscardHandler),
	}
	if change != nil {
		change(&e.opts)
	}
	e.open(t)
	return e
}

// open opens the store and starts the bot; close undoes it.
func (e *env) open(t testing.TB) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, e.path)
	if err != nil {
		t.Fatal(err)
	}
	a := testAnalyzer(t)
	fetcher := feeds.NewFetcher(feeds.Options{AllowPrivate: true, Timeout: 5 * time.Second})
	e.store = st
	e.sched = feeds.NewScheduler(feeds.NewPoller(fetcher, st, a, nil), nil)
	fs, err := st.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.sched.Set(fs); err != nil {
		t.Fatal(err)
	}
	e.deps = bot.Deps{
		Analyzer: a, Statements: st, FeedStore: st, FeedTester: feedTester(fetcher), Scheduler: e.sched,
		Subscriptions: wiring.Outbox{Store: st}, NotFound: store.ErrNotFound, Exists: store.ErrExists,
	}
	if e.changeDeps != nil {
		e.changeDeps(&e.deps)
	}
	e.bot = bot.New(e.opts, e.deps)
	if err := e.bot.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.close(t) })
}

func (e *env) close(t testing.TB) {
	t.Helper()
	if e.bot != nil {
		if err := e.bot.Close(); err != nil {
			t.Error(err)
		}
		e.bot = nil
	}
	if e.store != nil {
		if err := e.store.Close(); err != nil {
			t.Error(err)
		}
		e.store = nil
	}
}

// reply runs a command as member m and returns its callback; a deferred
// one is followed to its edit, returned as the callback's message.
func (e *env) reply(t testing.TB, m *discordgo.Member, name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) discordtest.Callback {
	t.Helper()
	in := e.srv.Command(m, name, opts...)
	cb := e.srv.Reply(t, in)
	if cb.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource {
		edit := e.srv.WaitEdit(t, in.Token)
		cb.Message = &edit
	}
	return cb
}

// feedServer serves the files of testdata by name.
func feedServer(t testing.TB) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.FileServer(http.Dir("testdata")))
	t.Cleanup(srv.Close)
	return srv
}

// seed stores statements, each with its own source items, through the
// store's poll path.
func seed(t testing.TB, st *store.Store, stmts []digest.Statement) {
	t.Helper()
	feed := digest.Feed{Name: "Seed Wire", URL: "https://seed.example/rss", Enabled: true}
	var items []digest.Item
	for i := range stmts {
		for j := range stmts[i].Sources {
			src := &stmts[i].Sources[j]
			if src.ItemID == "" {
				src.ItemID = fmt.Sprintf("seed-%d-%d", i, j)
			}
			if src.Feed == "" {
				src.Feed = feed.Name
			}
			items = append(items, digest.Item{ID: src.ItemID, URL: src.URL, Title: src.Title, Published: src.Published,
				Feed: feed.Name, Relevance: digest.Relevance{Relevant: true, Score: 2}})
		}
	}
	if err := st.AddFeed(context.Background(), feed, "test"); err != nil && !errors.Is(err, store.ErrExists) {
		t.Fatal(err)
	}
	if _, err := st.SavePoll(context.Background(), feed, digest.FeedState{LastStatus: "ok", LastPoll: time.Now()}, items, stmts); err != nil {
		t.Fatal(err)
	}
}

// day is a publication time in the test's past.
var day = time.Now().UTC().Add(-12 * time.Hour).Truncate(time.Second)

// statement is a statement with n sources.
func statement(party string, kind digest.Kind, text string, n int) digest.Statement {
	st := digest.Statement{Party: party, Kind: kind, Text: text, FirstSeen: day, LastSeen: day}
	for i := range n {
		st.Sources = append(st.Sources, digest.Source{
			Title:     fmt.Sprintf("Report %d on %s", i+1, text[:min(len(text), 30)]),
			URL:       fmt.Sprintf("https://news.example/%s/%d/%d", party, len(text), i),
			Published: day,
		})
	}
	return st
}

// embedText is everything a reader sees in a message.
func embedText(m *discordtest.Message) string {
	if m == nil {
		return ""
	}
	return m.Text()
}

// contains reports the substrings of want missing from got.
func missing(got string, want ...string) []string {
	var out []string
	for _, w := range want {
		if !strings.Contains(got, w) {
			out = append(out, w)
		}
	}
	return out
}
