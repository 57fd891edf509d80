package wiring_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/internal/discordtest"
	"github.com/parley-bot/parley/metrics"
	"github.com/parley-bot/parley/store"
)

// TestWebhookRealCommand sends /demands party:moscow, signed, to the
// webhook endpoint in front of the real router and a real store, and reads
// the answer from the HTTP response.
func TestWebhookRealCommand(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	published := time.Now().Add(-time.Hour).UTC().Truncate(time.Second)
	feed := digest.Feed{Name: "Wire", URL: "http://feeds.test/wire.xml", Enabled: true}
	it := digest.Item{ID: "i1", URL: "http://feeds.test/i1", Title: "Talks in Istanbul", Published: published, Feed: feed.Name}
	stmt := digest.Statement{Party: "russia", Kind: digest.Demand, Text: "@everyone recognition of four annexed regions",
		FirstSeen: published, LastSeen: published,
		Sources: []digest.Source{{ItemID: "i1", Title: it.Title, URL: it.URL, Feed: feed.Name, Published: published}}}
	if _, err := st.SavePoll(ctx, feed, digest.FeedState{LastStatus: "ok", LastOK: published}, []digest.Item{it}, []digest.Statement{stmt}); err != nil {
		t.Fatal(err)
	}
	analyzer, err := digest.NewAnalyzer(digest.DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	m := metrics.New()
	router := bot.New(bot.Options{Token: "test-token"}, bot.Deps{Analyzer: analyzer, Statements: st, Observer: m})
	defer router.Close()

	discord := discordtest.New(t)
	session, err := bot.NewSession("test-token", discord.URL())
	if err != nil {
		t.Fatal(err)
	}
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	wh, err := bot.NewWebhook(hex.EncodeToString(pub), session, router, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(wh)
	defer srv.Close()

	body, err := json.Marshal(discord.Command(discordtest.Member("42", 0), "demands", discordtest.Opt("party", "moscow")))
	if err != nil {
		t.Fatal(err)
	}
	code, got := discordtest.PostSigned(t, srv.URL, priv, time.Now(), body)
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, got)
	}
	var answer discordgo.InteractionResponse
	if err := json.Unmarshal(got, &answer); err != nil {
		t.Fatalf("answer %s: %v", got, err)
	}
	if answer.Type != discordgo.InteractionResponseChannelMessageWithSource || answer.Data == nil || len(answer.Data.Embeds) == 0 {
		t.Fatalf("answer %s: want a message with embeds", got)
	}
	text := answer.Data.Embeds[0].Description
	if !strings.Contains(text, "recognition of four annexed regions") || !strings.Contains(text, "http://feeds.test/i1") {
		t.Errorf("answer lacks the statement or its source:\n%s", text)
	}
	if am := answer.Data.AllowedMentions; am == nil || am.Parse == nil || len(am.Parse) != 0 {
		t.Errorf("answer allows mentions: %s", got)
	}
	if n := len(discord.Requests()); n != 0 {
		t.Errorf("the answer also reached Discord's REST API (%d requests): %+v", n, discord.Requests())
	}
	// The handler counts the interaction after its answer has gone back
	// through the webhook, so the count may land a moment after the HTTP
	// response: wait for it, within a bound.
	want := `parley_interactions_total{command="demands",outcome="ok"} 1`
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(metricsText(t, m), want) {
		if time.Now().After(deadline) {
			t.Fatalf("interaction not counted:\n%s", metricsText(t, m))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func metricsText(t *testing.T, m *metrics.Metrics) string {
	t.Helper()
	srv := httptest.NewServer(m.Handler())
	defer srv.Close()
	_, body := get(t, srv.URL)
	return string(body)
}
