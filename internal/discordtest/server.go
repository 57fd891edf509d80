package discordtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// IDs the server uses for itself.
const (
	AppID     = "100000000000000001"
	BotUserID = "100000000000000002"
	GuildID   = "100000000000000003"
	ChannelID = "100000000000000004"
)

// DefaultTimeout bounds every Wait* call unless Server.Timeout is set.
const DefaultTimeout = 10 * time.Second

// Server is a loopback Discord. Create it with New; it closes itself when
// the test ends.
type Server struct {
	// Timeout bounds the Wait* helpers (DefaultTimeout when zero).
	Timeout time.Duration
	// NonceWindow is how long a channel message nonce is remembered
	// (Discord: a few minutes). Default 5 minutes.
	NonceWindow time.Duration

	http *httptest.Server
	tb   testing.TB

	mu       sync.Mutex
	changed  chan struct{} // closed and replaced on every recorded change
	nextID   int64
	seq      int64
	requests []Request
	faults   []*fault

	commands    map[string][]*discordgo.ApplicationCommand // scope ("" global, else guild ID) -> commands
	overwrites  []Overwrite
	pending     map[string]*discordgo.Interaction // interaction ID -> not yet answered
	dispatched  map[string]time.Time              // interaction ID -> when Interact sent it
	answered    map[string]bool
	tokens      map[string]string // token of an answered interaction -> its channel
	callbacks   []Callback
	originals   map[string]*Message // interaction token -> original response
	edits       []Edit
	followups   map[string][]Message // interaction token -> follow-ups
	messages    map[string][]Message // channel ID -> messages
	nonces      map[string]nonceEntry
	leaks       []string
	allowLeaks  bool
	identifies  []discordgo.Identify
	resumes     int
	conns       map[*gatewayConn]bool
	sessionSeqs map[string]bool // known session IDs
}

// Request is one HTTP request the server received.
type Request struct {
	Method string
	// Path is the request path without the /api/v9 prefix.
	Path   string
	Body   json.RawMessage
	Status int
	At     time.Time
}

// Overwrite is one bulk overwrite of application commands.
type Overwrite struct {
	// GuildID is empty for global commands.
	GuildID  string
	Commands []*discordgo.ApplicationCommand
	Raw      json.RawMessage
}

// Callback is one interaction response (POST /interactions/{id}/{token}/callback).
type Callback struct {
	InteractionID string
	Token         string
	Type          discordgo.InteractionResponseType
	// Message holds the data of message responses (types 4, 5, 7); nil
	// when the callback had no data.
	Message *Message
	// Choices holds the data of an autocomplete result (type 8).
	Choices []*discordgo.ApplicationCommandOptionChoice
	Raw     json.RawMessage
	// Latency is the time from Interact's dispatch to this callback.
	Latency time.Duration
}

// Edit is one edit of an interaction's original response.
type Edit struct {
	Token   string
	Message Message
}

// Message is a message payload as the bot sent it: a channel message, an
// interaction response, an edit or a follow-up.
type Message struct {
	ID         string
	ChannelID  string
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
	Flags      discordgo.MessageFlags
	// AllowedMentions is nil when the payload had none.
	AllowedMentions *discordgo.MessageAllowedMentions
	Nonce           string
	EnforceNonce    bool
	Raw             json.RawMessage
}

// PingsNoOne tells whether the payload's allowed_mentions is present with
// an empty parse list and no user or role allowed.
func (m Message) PingsNoOne() bool {
	am := m.AllowedMentions
	return am != nil && am.Parse != nil && len(am.Parse) == 0 && len(am.Users) == 0 && len(am.Roles) == 0 && !am.RepliedUser
}

// Ephemeral tells whether the payload has the ephemeral flag.
func (m Message) Ephemeral() bool { return m.Flags&discordgo.MessageFlagsEphemeral != 0 }

// Text is the content, every embed's title, description, fields and
// footer, and every button label, joined by newlines: what a reader sees.
func (m Message) Text() string {
	var b strings.Builder
	b.WriteString(m.Content)
	for _, e := range m.Embeds {
		b.WriteString("\n" + e.Title + "\n" + e.Description)
		for _, f := range e.Fields {
			b.WriteString("\n" + f.Name + "\n" + f.Value)
		}
		if e.Footer != nil {
			b.WriteString("\n" + e.Footer.Text)
		}
	}
	for _, c := range m.Components {
		if row, ok := c.(*discordgo.ActionsRow); ok {
			for _, inner := range row.Components {
				if btn, ok := inner.(*discordgo.Button); ok {
					b.WriteString("\n" + btn.Label)
				}
			}
		}
	}
	return b.String()
}

// Buttons lists the message's buttons, row by row.
func (m Message) Buttons() []*discordgo.Button {
	var out []*discordgo.Button
	for _, c := range m.Components {
		if row, ok := c.(*discordgo.ActionsRow); ok {
			for _, inner := range row.Components {
				if btn, ok := inner.(*discordgo.Button); ok {
					out = append(out, btn)
				}
			}
		}
	}
	return out
}

type nonceEntry struct {
	msg Message
	at  time.Time
}

// New starts a loopback Discord that closes when the test ends. At cleanup
// it reports, as test errors, message payloads sent without an empty
// allowed_mentions parse list.
func New(tb testing.TB) *Server {
	tb.Helper()
	s := &Server{
		tb:          tb,
		changed:     make(chan struct{}),
		nextID:      200000000000000000,
		commands:    map[string][]*discordgo.ApplicationCommand{},
		pending:     map[string]*discordgo.Interaction{},
		dispatched:  map[string]time.Time{},
		answered:    map[string]bool{},
		tokens:      map[string]string{},
		originals:   map[string]*Message{},
		followups:   map[string][]Message{},
		messages:    map[string][]Message{},
		nonces:      map[string]nonceEntry{},
		conns:       map[*gatewayConn]bool{},
		sessionSeqs: map[string]bool{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", s.serveREST)
	mux.HandleFunc("/gateway", s.serveGateway)
	mux.HandleFunc("/gateway/", s.serveGateway)
	s.http = httptest.NewServer(mux)
	tb.Cleanup(func() {
		s.closeConns()
		s.http.Close()
		s.mu.Lock()
		leaks, allow := s.leaks, s.allowLeaks
		s.mu.Unlock()
		if !allow {
			for _, l := range leaks {
				tb.Errorf("discordtest: message payload without an empty allowed_mentions parse list: %s", l)
			}
		}
	})
	return s
}

// URL is the server's base URL, to use as discord.api_base: REST calls to
// https://discord.com/api/v9/x go to URL+"/api/v9/x".
func (s *Server) URL() string { return s.http.URL }

// GatewayURL is the websocket URL GET /gateway returns.
func (s *Server) GatewayURL() string {
	return "ws" + strings.TrimPrefix(s.http.URL, "http") + "/gateway"
}

// AllowMentionLeaks turns off the cleanup check on allowed_mentions, for a
// test that sends such payloads on purpose.
func (s *Server) AllowMentionLeaks() {
	s.mu.Lock()
	s.allowLeaks = true
	s.mu.Unlock()
}

// MentionLeaks lists the payloads sent without an empty parse list.
func (s *Server) MentionLeaks() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.leaks...)
}

// newID returns a fresh snowflake-like ID. Callers hold s.mu.
func (s *Server) newID() string {
	s.nextID++
	return strconv.FormatInt(s.nextID, 10)
}

// NewID returns a fresh snowflake-like ID, for interactions and messages
// a test makes up.
func (s *Server) NewID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newID()
}

// notify wakes every waiter. Callers hold s.mu.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func (s *Server) timeout() time.Duration {
	if s.Timeout > 0 {
		return s.Timeout
	}
	return DefaultTimeout
}

// WaitFor waits until cond returns true, calling it again after every
// change the server records; it fails the test after the timeout. cond may
// call the server's accessors. what names the awaited thing in the failure.
func (s *Server) WaitFor(tb testing.TB, what string, cond func() bool) {
	tb.Helper()
	s.wait(tb, what, false, cond)
}

// waitLocked is WaitFor with cond called under s.mu.
func (s *Server) waitLocked(tb testing.TB, what string, cond func() bool) {
	tb.Helper()
	s.wait(tb, what, true, cond)
}

func (s *Server) wait(tb testing.TB, what string, locked bool, cond func() bool) {
	tb.Helper()
	deadline := time.NewTimer(s.timeout())
	defer deadline.Stop()
	for {
		s.mu.Lock()
		ch := s.changed
		ok := locked && cond()
		s.mu.Unlock()
		if !locked {
			ok = cond()
		}
		if ok {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			tb.Fatalf("discordtest: timed out after %v waiting for %s", s.timeout(), what)
			return
		}
	}
}

// Requests lists every HTTP request received, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Unhandled lists the requests answered 404 because the server does not
// know their route.
func (s *Server) Unhandled() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Request
	for _, r := range s.requests {
		if r.Status == http.StatusNotFound && !strings.HasPrefix(r.Path, "/interactions/") && !strings.HasPrefix(r.Path, "/webhooks/") {
			out = append(out, r)
		}
	}
	return out
}

// Commands returns the commands currently registered in a scope: "" for
// global commands, else a guild ID.
func (s *Server) Commands(guildID string) []*discordgo.ApplicationCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*discordgo.ApplicationCommand(nil), s.commands[guildID]...)
}

// Overwrites lists every bulk overwrite received, in order.
func (s *Server) Overwrites() []Overwrite {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Overwrite(nil), s.overwrites...)
}

// WaitOverwrites waits until n bulk overwrites have arrived and returns them.
func (s *Server) WaitOverwrites(tb testing.TB, n int) []Overwrite {
	tb.Helper()
	s.waitLocked(tb, fmt.Sprintf("%d command overwrites", n), func() bool { return len(s.overwrites) >= n })
	return s.Overwrites()
}

// Callbacks lists every accepted interaction callback, in order.
func (s *Server) Callbacks() []Callback {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Callback(nil), s.callbacks...)
}

// WaitCallback waits for the callback answering an interaction.
func (s *Server) WaitCallback(tb testing.TB, interactionID string) Callback {
	tb.Helper()
	var cb Callback
	s.waitLocked(tb, "callback of interaction "+interactionID, func() bool {
		for _, c := range s.callbacks {
			if c.InteractionID == interactionID {
				cb = c
				return true
			}
		}
		return false
	})
	return cb
}

// Original returns the interaction's original response as it stands.
func (s *Server) Original(token string) (Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.originals[token]
	if !ok {
		return Message{}, false
	}
	return *m, true
}

// Edits lists the edits of an interaction's original response, in order.
func (s *Server) Edits(token string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Message
	for _, e := range s.edits {
		if e.Token == token {
			out = append(out, e.Message)
		}
	}
	return out
}

// WaitEdit waits until the original response of the interaction with this
// token has been edited at least once, and returns the latest edit.
func (s *Server) WaitEdit(tb testing.TB, token string) Message {
	tb.Helper()
	var m Message
	s.waitLocked(tb, "an edit of the original response", func() bool {
		for _, e := range s.edits {
			if e.Token == token {
				m = e.Message
			}
		}
		return m.Raw != nil
	})
	return m
}

// Followups lists the follow-up messages of an interaction.
func (s *Server) Followups(token string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.followups[token]...)
}

// Messages lists the messages created in a channel, in order.
func (s *Server) Messages(channelID string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages[channelID]...)
}

// WaitMessages waits until a channel holds at least n messages and
// returns them.
func (s *Server) WaitMessages(tb testing.TB, channelID string, n int) []Message {
	tb.Helper()
	s.waitLocked(tb, fmt.Sprintf("%d messages in channel %s", n, channelID), func() bool {
		return len(s.messages[channelID]) >= n
	})
	return s.Messages(channelID)
}

// Identifies lists the IDENTIFY payloads received on the gateway.
func (s *Server) Identifies() []discordgo.Identify {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]discordgo.Identify(nil), s.identifies...)
}

// Resumes counts the RESUME payloads accepted on the gateway.
func (s *Server) Resumes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resumes
}
