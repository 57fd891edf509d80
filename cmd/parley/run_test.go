package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/internal/discordtest"
	"github.com/parley-bot/parley/store"
)

// syncBuffer is a bytes.Buffer safe for the daemon's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestRunPollsAndAnswersOnDiscord runs the daemon as `parley run` does,
// against a feed server and a loopback Discord: it registers the commands,
// polls on the feed's schedule, answers /demands from what it stored, and
// stops cleanly when its context ends.
func TestRunPollsAndAnswersOnDiscord(t *testing.T) {
	talks, err := os.ReadFile(fixture(t, "talks.xml"))
	if err != nil {
		t.Fatal(err)
	}
	feedSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(talks) }))
	defer feedSrv.Close()
	discord := discordtest.New(t)

	dir := chdirTemp(t)
	db := filepath.Join(dir, "run.db")
	cfg := "[store]\npath = \"" + db + "\"\n[poll]\nallow_private = true\n" +
		"[[feeds]]\nname = \"Wire\"\nurl = \"" + feedSrv.URL + "/talks.xml\"\nschedule = \"@every 1s\"\n" +
		"[discord]\napplication_id = \"" + discordtest.AppID + "\"\nguild_ids = [\"200000000000000001\"]\napi_base = \"" + discord.URL() + "\"\n"
	if err := os.WriteFile("parley.toml", []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DISCORD_TOKEN", "test-token")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() { done <- dispatch(ctx, []string{"run"}, &stdout, &stderr) }()

	overwrites := discord.WaitOverwrites(t, 1)
	if overwrites[0].GuildID != "200000000000000001" || len(overwrites[0].Commands) == 0 {
		t.Fatalf("commands registered %+v, want one bulk overwrite for the guild", overwrites[0])
	}

	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	waitFor(t, "the scheduled poll to store the feed's items", func() bool {
		total, _, err := st.CountItems(ctx)
		return err == nil && total == 2
	})

	member := discordtest.Member("300000000000000001", 0)
	cb := discord.Reply(t, discord.Command(member, "demands", discordtest.Opt("party", "moscow")))
	if cb.Type != discordgo.InteractionResponseChannelMessageWithSource && cb.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Fatalf("callback type %d", cb.Type)
	}
	var text string
	if cb.Message != nil {
		text = cb.Message.Text()
	}
	if cb.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource {
		waitFor(t, "the deferred answer", func() bool { m, ok := discord.Original(cb.Token); text = m.Text(); return ok })
	}
	if !strings.Contains(text, "Donetsk") || !strings.Contains(text, "test-wire.example") {
		t.Errorf("/demands party:moscow answered without Russia's demand and its source:\n%s", text)
	}

	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("run exited %d\n%s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("run did not stop after its context ended")
	}
	if !strings.Contains(stderr.String(), "shutting down") {
		t.Errorf("no shutdown log:\n%s", stderr.String())
	}
}

// freeAddr returns a loopback address that was free a moment ago.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// TestRunWithoutDiscordServesHealthAndMetrics runs the daemon with no
// token: it still polls, and its health, readiness and metrics endpoints
// report what happened.
func TestRunWithoutDiscordServesHealthAndMetrics(t *testing.T) {
	talks, err := os.ReadFile(fixture(t, "talks.xml"))
	if err != nil {
		t.Fatal(err)
	}
	feedSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(talks) }))
	defer feedSrv.Close()
	dir := chdirTemp(t)
	addr := freeAddr(t)
	cfg := "[store]\npath = \"" + filepath.Join(dir, "p.db") + "\"\n[poll]\nallow_private = true\n[http]\nlisten = \"" + addr + "\"\n" +
		"[[feeds]]\nname = \"Wire\"\nurl = \"" + feedSrv.URL + "/talks.xml\"\nschedule = \"@every 1h\"\n"
	if err := os.WriteFile("parley.toml", []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DISCORD_TOKEN", "")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() { done <- dispatch(ctx, []string{"run"}, &stdout, &stderr) }()

	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	waitFor(t, "the start-up poll to show in the metrics", func() bool {
		code, body := get("/metrics")
		return code == http.StatusOK && strings.Contains(body, `parley_polls_total{outcome="ok"} 1`)
	})
	code, body := get("/metrics")
	for _, want := range []string{"parley_items_stored_total 2", "parley_extraction_failures_total 0"} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics (%d) lacks %q:\n%s", code, want, body)
		}
	}
	if code, body := get("/healthz"); code != http.StatusOK {
		t.Errorf("/healthz = %d %s", code, body)
	}
	code, body = get("/readyz")
	var ready struct {
		Ready  bool                       `json:"ready"`
		Checks map[string]json.RawMessage `json:"checks"`
	}
	if err := json.Unmarshal([]byte(body), &ready); err != nil || code != http.StatusOK || !ready.Ready {
		t.Errorf("/readyz = %d %s, want ready", code, body)
	}
	if _, ok := ready.Checks["discord"]; ok {
		t.Errorf("/readyz checks Discord without a token: %s", body)
	}
	if _, ok := ready.Checks["store"]; !ok {
		t.Errorf("/readyz does not check the store: %s", body)
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("run exited %d\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "DISCORD_TOKEN is not set") {
		t.Errorf("no warning about running without Discord:\n%s", stderr.String())
	}
}
