package wiring_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/internal/discordtest"
	"github.com/parley-bot/parley/metrics"
	"github.com/parley-bot/parley/store"
)

// readyBody is the part of the /readyz report the tests look at.
type readyBody struct {
	Ready  bool `json:"ready"`
	Checks map[string]struct {
		OK          bool       `json:"ok"`
		Error       string     `json:"error"`
		LastSuccess *time.Time `json:"last_success"`
		AgeSeconds  *float64   `json:"age_seconds"`
	} `json:"checks"`
}

func get(t *testing.T, url string) (int, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, body
}

func TestOpsEndpoints(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	feed := digest.Feed{Name: "Wire", URL: "http://feeds.test/wire.xml", Enabled: true}
	if _, err := st.SavePoll(ctx, feed, digest.FeedState{LastStatus: "ok", LastPoll: now.Add(-10 * time.Minute), LastOK: now.Add(-10 * time.Minute)}, nil, nil); err != nil {
		t.Fatal(err)
	}
	closed, err := store.Open(ctx, filepath.Join(t.TempDir(), "closed.db"))
	if err != nil {
		t.Fatal(err)
	}
	closed.Close()

	discord := discordtest.New(t)
	session, err := bot.NewSession("test-token", discord.URL())
	if err != nil {
		t.Fatal(err)
	}
	m := metrics.New()
	session.Client.Transport = m.Transport(session.Client.Transport)
	sessionReady := func() bool { return bot.SessionConnected(session) }
	if sessionReady() || bot.SessionConnected(nil) {
		t.Error("session ready before it was opened")
	}
	if err := session.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { session.Close() })
	// Handlers run on their own goroutines: wait for ours to have run.
	for deadline := time.Now().Add(10 * time.Second); !sessionReady(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("session never ready")
		}
	}
	offline, err := bot.NewSession("test-token", discord.URL())
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name       string
		r          bot.Readiness
		wantStatus int
		wantChecks map[string]bool
		wantError  string
	}{
		{"all good", bot.Readiness{Store: st, Discord: sessionReady, LastPoll: st.LastSuccessfulPoll, Now: func() time.Time { return now }},
			http.StatusOK, map[string]bool{"store": true, "discord": true, "poll": true}, ""},
		{"no Discord token, no feeds", bot.Readiness{Store: st},
			http.StatusOK, map[string]bool{"store": true}, ""},
		{"store closed", bot.Readiness{Store: closed},
			http.StatusServiceUnavailable, map[string]bool{"store": false}, "closed"},
		{"session not connected", bot.Readiness{Store: st, Discord: func() bool { return bot.SessionConnected(offline) }},
			http.StatusServiceUnavailable, map[string]bool{"store": true, "discord": false}, "not connected"},
		{"last poll too old", bot.Readiness{Store: st, LastPoll: st.LastSuccessfulPoll, MaxPollAge: 5 * time.Minute,
			Started: now.Add(-time.Hour), Now: func() time.Time { return now }},
			http.StatusServiceUnavailable, map[string]bool{"store": true, "poll": false}, "too old"},
		{"old poll, but just started", bot.Readiness{Store: st, LastPoll: st.LastSuccessfulPoll, MaxPollAge: 5 * time.Minute,
			Started: now.Add(-time.Minute), Now: func() time.Time { return now }},
			http.StatusOK, map[string]bool{"store": true, "poll": true}, ""},
		{"never polled, started long ago", bot.Readiness{Store: st, LastPoll: closedPoll, Started: now.Add(-2 * time.Hour), Now: func() time.Time { return now }},
			http.StatusServiceUnavailable, map[string]bool{"store": true, "poll": false}, "no successful poll"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(bot.Ops(tt.r, m.Handler()))
			defer srv.Close()
			if status, body := get(t, srv.URL+"/healthz"); status != http.StatusOK || !strings.Contains(string(body), `"ok"`) {
				t.Errorf("/healthz: %d %s", status, body)
			}
			status, body := get(t, srv.URL+"/readyz")
			if status != tt.wantStatus {
				t.Errorf("/readyz status %d, want %d: %s", status, tt.wantStatus, body)
			}
			var rep readyBody
			if err := json.Unmarshal(body, &rep); err != nil {
				t.Fatalf("/readyz body %s: %v", body, err)
			}
			got := map[string]bool{}
			for name, c := range rep.Checks {
				got[name] = c.OK
			}
			if diff := cmp.Diff(tt.wantChecks, got); diff != "" {
				t.Errorf("checks (-want +got):\n%s", diff)
			}
			if rep.Ready != (tt.wantStatus == http.StatusOK) {
				t.Errorf("ready = %v with status %d", rep.Ready, status)
			}
			if tt.wantError != "" && !strings.Contains(string(body), tt.wantError) {
				t.Errorf("/readyz body %s does not say %q", body, tt.wantError)
			}
			if p, ok := rep.Checks["poll"]; ok && p.LastSuccess != nil {
				if p.AgeSeconds == nil || *p.AgeSeconds != 600 {
					t.Errorf("poll age %v, want 600 seconds", p.AgeSeconds)
				}
			}
		})
	}

	t.Run("metrics", func(t *testing.T) {
		m.ObserveDelivery("sent")
		srv := httptest.NewServer(bot.Ops(bot.Readiness{Store: st}, m.Handler()))
		defer srv.Close()
		status, body := get(t, srv.URL+"/metrics")
		if status != http.StatusOK {
			t.Fatalf("/metrics: %d", status)
		}
		for _, want := range []string{
			`parley_deliveries_total{outcome="sent"} 1`,
			// The session's gateway lookup went through the timed transport.
			`parley_discord_request_duration_seconds_count{code="200",method="GET"}`,
		} {
			if !strings.Contains(string(body), want) {
				t.Errorf("/metrics lacks %q", want)
			}
		}
	})
}

// closedPoll is a LastPoll of a process that never polled successfully.
func closedPoll(context.Context) (time.Time, error) { return time.Time{}, nil }
