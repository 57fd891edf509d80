package discordtest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
)

// call sends one REST request as a bot would and returns status and body.
func call(t *testing.T, s *Server, method, path, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, s.URL()+apiPrefix+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bot x")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

const quiet = `"allowed_mentions":{"parse":[]}`

func TestChannelMessageNonce(t *testing.T) {
	s := New(t)
	send := func(nonce string, enforce bool) string {
		body := `{"content":"hi","nonce":"` + nonce + `","enforce_nonce":` + map[bool]string{true: "true", false: "false"}[enforce] + `,` + quiet + `}`
		code, resp := call(t, s, "POST", "/channels/9/messages", body)
		if code != 200 {
			t.Fatalf("status %d: %s", code, resp)
		}
		var m struct{ ID string }
		json.Unmarshal([]byte(resp), &m)
		return m.ID
	}
	a := send("n1", true)
	if b := send("n1", true); b != a {
		t.Errorf("same nonce, enforced: new message %s, want %s", b, a)
	}
	if c := send("n1", false); c == a {
		t.Errorf("same nonce, not enforced: got the old message")
	}
	if d := send("n2", true); d == a {
		t.Errorf("other nonce: got the old message")
	}
	if got := len(s.Messages("9")); got != 3 {
		t.Errorf("%d messages stored, want 3", got)
	}
}

func TestFaults(t *testing.T) {
	s := New(t)
	s.FailNext("POST", "/channels/", http.StatusTooManyRequests, 1, 0)
	s.FailNextAfterApply("POST", "/channels/", http.StatusInternalServerError, 1)
	msg := `{"content":"x",` + quiet + `}`
	code, body := call(t, s, "POST", "/channels/1/messages", msg)
	var rl struct {
		RetryAfter *float64 `json:"retry_after"`
	}
	if json.Unmarshal([]byte(body), &rl); code != 429 || rl.RetryAfter == nil {
		t.Errorf("first: %d %s, want 429 with retry_after", code, body)
	}
	if n := len(s.Messages("1")); n != 0 {
		t.Errorf("429 applied the request: %d messages", n)
	}
	if code, _ := call(t, s, "POST", "/channels/1/messages", msg); code != 500 {
		t.Errorf("second: %d, want 500", code)
	}
	if n := len(s.Messages("1")); n != 1 {
		t.Errorf("apply-then-fail: %d messages, want 1", n)
	}
	if code, _ := call(t, s, "POST", "/channels/1/messages", msg); code != 200 {
		t.Errorf("third: %d, want 200", code)
	}
}

func TestCheckMessage(t *testing.T) {
	long := func(n int) string { return strings.Repeat("a", n) }
	field := func(v string) *discordgo.MessageEmbedField { return &discordgo.MessageEmbedField{Name: "n", Value: v} }
	tests := []struct {
		name string
		m    Message
		ok   bool
	}{
		{"plain", Message{Content: "hi"}, true},
		{"empty", Message{}, false},
		{"content 2000", Message{Content: long(2000)}, true},
		{"content 2001", Message{Content: long(2001)}, false},
		{"title 257", Message{Embeds: []*discordgo.MessageEmbed{{Title: long(257)}}}, false},
		{"description 4096", Message{Embeds: []*discordgo.MessageEmbed{{Description: long(4096)}}}, true},
		{"field 1025", Message{Embeds: []*discordgo.MessageEmbed{{Fields: []*discordgo.MessageEmbedField{field(long(1025))}}}}, false},
		{"empty field", Message{Embeds: []*discordgo.MessageEmbed{{Fields: []*discordgo.MessageEmbedField{field("")}}}}, false},
		{"total 6001", Message{Embeds: []*discordgo.MessageEmbed{{Description: long(4000)}, {Description: long(2001)}}}, false},
		{"11 embeds", Message{Embeds: make11()}, false},
		{"duplicate custom_id", Message{Content: "x", Components: []discordgo.MessageComponent{&discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			&discordgo.Button{Label: "a", CustomID: "p"}, &discordgo.Button{Label: "b", CustomID: "p"}}}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := CheckMessage(tt.m); (err == nil) != tt.ok {
				t.Errorf("CheckMessage: %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

func make11() []*discordgo.MessageEmbed {
	out := make([]*discordgo.MessageEmbed, 11)
	for i := range out {
		out[i] = &discordgo.MessageEmbed{Title: "t"}
	}
	return out
}

func TestCallbackOnce(t *testing.T) {
	s := New(t)
	in := s.Command(Member("1", 0), "digest")
	s.mu.Lock()
	s.pending[in.ID] = in
	s.mu.Unlock()
	path := "/interactions/" + in.ID + "/" + in.Token + "/callback"
	body := `{"type":4,"data":{"content":"@everyone hi",` + quiet + `}}`
	if code, resp := call(t, s, "POST", "/interactions/1/bad/callback", body); code != 404 {
		t.Errorf("unknown interaction: %d %s", code, resp)
	}
	if code, resp := call(t, s, "POST", path, body); code != 204 {
		t.Fatalf("callback: %d %s", code, resp)
	}
	if code, _ := call(t, s, "POST", path, body); code != 400 {
		t.Errorf("second callback: %d, want 400", code)
	}
	code, _ := call(t, s, "PATCH", "/webhooks/"+AppID+"/"+in.Token+"/messages/@original", `{"content":"edited",`+quiet+`}`)
	if code != 200 {
		t.Errorf("edit: %d", code)
	}
	got, _ := s.Original(in.Token)
	if diff := cmp.Diff("edited", got.Content); diff != "" || !got.PingsNoOne() {
		t.Errorf("original after edit (-want +got):\n%s (pings no one: %v)", diff, got.PingsNoOne())
	}
	if leaks := s.MentionLeaks(); len(leaks) != 0 {
		t.Errorf("leaks: %v", leaks)
	}
}

func TestMentionLeakRecorded(t *testing.T) {
	s := New(t)
	s.AllowMentionLeaks()
	call(t, s, "POST", "/channels/1/messages", `{"content":"@everyone"}`)
	call(t, s, "POST", "/channels/1/messages", `{"content":"x","allowed_mentions":{"parse":["everyone"]}}`)
	if n := len(s.MentionLeaks()); n != 2 {
		t.Errorf("%d leaks recorded, want 2", n)
	}
}

func TestUnhandledAndAuth(t *testing.T) {
	s := New(t)
	if code, _ := call(t, s, "GET", "/guilds/1/emojis", ""); code != 404 {
		t.Errorf("unknown route: %d", code)
	}
	if n := len(s.Unhandled()); n != 1 {
		t.Errorf("%d unhandled, want 1", n)
	}
	resp, err := http.Post(s.URL()+apiPrefix+"/channels/1/messages", "application/json", bytes.NewReader([]byte(`{}`)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("no token: %d, want 401", resp.StatusCode)
	}
}
