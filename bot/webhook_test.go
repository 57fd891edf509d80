package bot

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/internal/discordtest"
)

// webhookFixture is a signed-webhook endpoint on loopback, with the key
// pair Discord would sign with and the loopback Discord behind its session.
type webhookFixture struct {
	discord *discordtest.Server
	srv     *httptest.Server
	priv    ed25519.PrivateKey
}

func newWebhookFixture(t *testing.T, h InteractionHandler) *webhookFixture {
	return newWebhookFixtureTimeout(t, h, webhookAnswerTimeout)
}

func newWebhookFixtureTimeout(t *testing.T, h InteractionHandler, answerTimeout time.Duration) *webhookFixture {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	discord := discordtest.New(t)
	session, err := NewSession("test-token", discord.URL())
	if err != nil {
		t.Fatal(err)
	}
	wh, err := NewWebhook(hex.EncodeToString(pub), session, h, nil)
	if err != nil {
		t.Fatal(err)
	}
	wh.answerTimeout = answerTimeout
	srv := httptest.NewServer(wh)
	t.Cleanup(srv.Close)
	return &webhookFixture{discord: discord, srv: srv, priv: priv}
}

// post sends body signed with key at the given time.
func (f *webhookFixture) post(t *testing.T, key ed25519.PrivateKey, at time.Time, body []byte) (int, []byte) {
	t.Helper()
	return discordtest.PostSigned(t, f.srv.URL, key, at, body)
}

// answerHello answers every command with an embed naming the command.
func answerHello(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Embeds:          []*discordgo.MessageEmbed{{Title: "hello from /" + ic.ApplicationCommandData().Name}},
			AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
		},
	})
}

func TestWebhookVerification(t *testing.T) {
	f := newWebhookFixture(t, InteractionHandlerFunc(answerHello))
	_, otherKey, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	ping := []byte(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`)
	now := time.Now()
	tests := []struct {
		name       string
		key        ed25519.PrivateKey
		at         time.Time
		body       []byte
		wantStatus int
		wantBody   string
	}{
		{"ping", f.priv, now, ping, http.StatusOK, `{"type":1}`},
		{"ping signed 4 minutes ago", f.priv, now.Add(-4 * time.Minute), ping, http.StatusOK, `{"type":1}`},
		{"signed by another key", otherKey, now, ping, http.StatusUnauthorized, ""},
		{"stale timestamp", f.priv, now.Add(-6 * time.Minute), ping, http.StatusUnauthorized, ""},
		{"timestamp from the future", f.priv, now.Add(6 * time.Minute), ping, http.StatusUnauthorized, ""},
		{"oversize body", f.priv, now, append(ping, bytes.Repeat([]byte(" "), MaxInteractionBody)...), http.StatusRequestEntityTooLarge, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := f.post(t, tt.key, tt.at, tt.body)
			if status != tt.wantStatus {
				t.Fatalf("status %d, want %d (body %s)", status, tt.wantStatus, body)
			}
			if tt.wantBody != "" {
				if diff := cmp.Diff(tt.wantBody, strings.TrimSpace(string(body))); diff != "" {
					t.Errorf("body (-want +got):\n%s", diff)
				}
			}
		})
	}

	t.Run("tampered body", func(t *testing.T) {
		ts := strconv.FormatInt(now.Unix(), 10)
		req, _ := http.NewRequest(http.MethodPost, f.srv.URL, bytes.NewReader(bytes.Replace(ping, []byte(`"t"`), []byte(`"u"`), 1)))
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(f.priv, append([]byte(ts), ping...))))
		assertStatus(t, req, http.StatusUnauthorized)
	})
	t.Run("no signature", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodPost, f.srv.URL, bytes.NewReader(ping))
		req.Header.Set("X-Signature-Timestamp", strconv.FormatInt(now.Unix(), 10))
		assertStatus(t, req, http.StatusUnauthorized)
	})
	t.Run("GET", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodGet, f.srv.URL, nil)
		assertStatus(t, req, http.StatusMethodNotAllowed)
	})
}

func assertStatus(t *testing.T, req *http.Request, want int) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != want {
		t.Errorf("status %d, want %d", resp.StatusCode, want)
	}
}

func TestWebhookCommand(t *testing.T) {
	f := newWebhookFixture(t, InteractionHandlerFunc(answerHello))
	in := f.discord.Command(discordtest.Member("42", 0), "sources")
	body, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	status, got := f.post(t, f.priv, time.Now(), body)
	if status != http.StatusOK {
		t.Fatalf("status %d (body %s)", status, got)
	}
	var resp discordgo.InteractionResponse
	if err := json.Unmarshal(got, &resp); err != nil {
		t.Fatalf("answer %s: %v", got, err)
	}
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data == nil || len(resp.Data.Embeds) != 1 {
		t.Fatalf("answer %s: want one embed in a channel message response", got)
	}
	if diff := cmp.Diff("hello from /sources", resp.Data.Embeds[0].Title); diff != "" {
		t.Errorf("embed title (-want +got):\n%s", diff)
	}
	if !strings.Contains(string(got), `"allowed_mentions":{"parse":[]`) {
		t.Errorf("answer %s lacks an empty allowed_mentions parse list", got)
	}
	// The answer went back over HTTP, not as a REST callback.
	for _, r := range f.discord.Requests() {
		if strings.HasSuffix(r.Path, "/callback") {
			t.Errorf("callback also sent over REST: %s %s", r.Method, r.Path)
		}
	}
}

func TestWebhookUnansweredInteraction(t *testing.T) {
	f := newWebhookFixtureTimeout(t, InteractionHandlerFunc(func(*discordgo.Session, *discordgo.InteractionCreate) {}), 50*time.Millisecond)
	body, err := json.Marshal(f.discord.Command(discordtest.Member("42", 0), "sources"))
	if err != nil {
		t.Fatal(err)
	}
	if status, got := f.post(t, f.priv, time.Now(), body); status != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503 (body %s)", status, got)
	}
}

func TestNewWebhookRejectsBadKey(t *testing.T) {
	s, err := NewSession("t", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"", "zz", hex.EncodeToString(make([]byte, 31))} {
		if _, err := NewWebhook(key, s, InteractionHandlerFunc(answerHello), nil); err == nil {
			t.Errorf("NewWebhook(%q): no error", key)
		}
	}
}
