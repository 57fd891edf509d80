package bot

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/internal/discordtest"
)

func TestRebaser(t *testing.T) {
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.URL.Path+"?"+r.URL.RawQuery)
	}))
	defer srv.Close()
	tests := []struct {
		name, base, url, want string
	}{
		{"host only", srv.URL, "https://discord.com/api/v9/gateway", "/api/v9/gateway?"},
		{"trailing slash", srv.URL + "/", "https://discord.com/api/v9/channels/1/messages", "/api/v9/channels/1/messages?"},
		{"path prefix", srv.URL + "/proxy", "https://discord.com/api/v9/users/@me", "/proxy/api/v9/users/@me?"},
		{"api version base", srv.URL + "/x/api/v10", "https://discord.com/api/v9/webhooks/1/t?wait=true", "/x/api/v10/webhooks/1/t?wait=true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got = nil
			rt, err := newRebaser(tt.base, http.DefaultTransport)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := (&http.Client{Transport: rt}).Get(tt.url)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
				t.Errorf("request path (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNewSessionErrors(t *testing.T) {
	for _, tt := range []struct{ name, token, base string }{
		{"no token", "", ""},
		{"relative base", "t", "/api"},
		{"ftp base", "t", "ftp://example.org"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := NewSession(tt.token, tt.base); err == nil {
				t.Errorf("NewSession(%q, %q): no error", tt.token, tt.base)
			}
		})
	}
}

// TestSessionLoopback opens a real discordgo session on the loopback
// Discord: gateway lookup through the rewritten base, HELLO, IDENTIFY with
// the guilds intent, READY, a REST call, a dispatch, and a resume.
func TestSessionLoopback(t *testing.T) {
	srv := discordtest.New(t)
	s, err := NewSession("test-token", srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	ready := make(chan *discordgo.Ready, 1)
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) { ready <- r })
	got := make(chan *discordgo.InteractionCreate, 1)
	s.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) { got <- i })
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	r := <-ready
	if r.User.ID != discordtest.BotUserID || r.Application.ID != discordtest.AppID {
		t.Errorf("READY user %s application %s", r.User.ID, r.Application.ID)
	}
	ids := srv.Identifies()
	if len(ids) != 1 || ids[0].Intents != discordgo.IntentsGuilds || ids[0].Token != "Bot test-token" {
		t.Errorf("identify: %+v", ids)
	}
	me, err := s.User("@me")
	if err != nil || me.ID != discordtest.BotUserID {
		t.Errorf("User(@me) = %v, %v", me, err)
	}
	in := srv.Command(discordtest.Member("1", 0), "sources")
	srv.Interact(t, in)
	if i := <-got; i.ID != in.ID || i.ApplicationCommandData().Name != "sources" {
		t.Errorf("interaction %s %q", i.ID, i.ApplicationCommandData().Name)
	}

	srv.Disconnect()
	srv.WaitFor(t, "a resume", func() bool { return srv.Resumes() > 0 })
	srv.Dispatch(t, "INTERACTION_CREATE", srv.Command(discordtest.Member("1", 0), "digest"))
	if i := <-got; i.ApplicationCommandData().Name != "digest" {
		t.Errorf("after resume: interaction %q", i.ApplicationCommandData().Name)
	}
	if u := srv.Unhandled(); len(u) != 0 {
		t.Errorf("unhandled requests: %+v", u)
	}
}
