package discordtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// apiPrefix is where discordgo's endpoints live once the base is rewritten.
const apiPrefix = "/api/v9"

// reply is a REST answer before it is written, so that faults can replace it.
type reply struct {
	status int
	body   any
	header http.Header
}

// apiError is Discord's JSON error body.
type apiError struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

func errReply(status, code int, msg string) reply {
	return reply{status: status, body: apiError{Message: msg, Code: code}}
}

func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 8<<20))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	path, ok := strings.CutPrefix(r.URL.Path, apiPrefix)
	var rep reply
	switch {
	case !ok:
		rep = errReply(http.StatusNotFound, 0, "404: Not Found")
	case !strings.HasPrefix(r.Header.Get("Authorization"), "Bot "):
		rep = errReply(http.StatusUnauthorized, 0, "401: Unauthorized")
	default:
		if f := s.takeFault(r.Method, path, false); f != nil {
			rep = f.reply()
			break
		}
		rep = s.route(r.Method, path, r.URL.Query().Get("wait") == "true", body)
		if f := s.takeFault(r.Method, path, true); f != nil {
			rep = f.reply()
		}
	}
	s.mu.Lock()
	s.requests = append(s.requests, Request{Method: r.Method, Path: path, Body: json.RawMessage(body), Status: rep.status, At: time.Now()})
	s.notify()
	s.mu.Unlock()
	writeReply(w, rep)
}

func writeReply(w http.ResponseWriter, rep reply) {
	for k, v := range rep.header {
		w.Header()[k] = v
	}
	if rep.status == http.StatusNoContent {
		w.WriteHeader(rep.status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(rep.status)
	json.NewEncoder(w).Encode(rep.body)
}

// route answers one REST request; it applies its effects.
func (s *Server) route(method, path string, wait bool, body []byte) reply {
	seg := strings.Split(strings.Trim(path, "/"), "/")
	at := func(i int) string {
		if i < len(seg) {
			return seg[i]
		}
		return ""
	}
	switch {
	case method == http.MethodGet && path == "/gateway":
		return reply{status: http.StatusOK, body: map[string]string{"url": s.GatewayURL()}}
	case method == http.MethodGet && path == "/gateway/bot":
		return reply{status: http.StatusOK, body: map[string]any{
			"url": s.GatewayURL(), "shards": 1,
			"session_start_limit": map[string]int{"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1},
		}}
	case method == http.MethodGet && path == "/users/@me":
		return reply{status: http.StatusOK, body: botUser()}
	case at(0) == "applications" && at(1) == AppID && (len(seg) == 3 && at(2) == "commands" || len(seg) == 5 && at(2) == "guilds" && at(4) == "commands"):
		guild := ""
		if len(seg) == 5 {
			guild = at(3)
		}
		switch method {
		case http.MethodPut:
			return s.overwriteCommands(guild, body)
		case http.MethodGet:
			return reply{status: http.StatusOK, body: s.Commands(guild)}
		}
	case method == http.MethodPost && len(seg) == 4 && at(0) == "interactions" && at(3) == "callback":
		return s.callback(at(1), at(2), body)
	case at(0) == "webhooks" && at(1) == AppID && len(seg) == 3 && method == http.MethodPost:
		return s.followup(at(2), wait, body)
	case at(0) == "webhooks" && at(1) == AppID && len(seg) == 5 && at(3) == "messages":
		return s.webhookMessage(method, at(2), at(4), body)
	case method == http.MethodPost && len(seg) == 3 && at(0) == "channels" && at(2) == "messages":
		return s.createMessage(at(1), body)
	}
	return errReply(http.StatusNotFound, 0, "404: Not Found")
}

func botUser() *discordgo.User {
	return &discordgo.User{ID: BotUserID, Username: "parley-test", Bot: true}
}

func (s *Server) overwriteCommands(guild string, body []byte) reply {
	var cmds []*discordgo.ApplicationCommand
	if err := json.Unmarshal(body, &cmds); err != nil {
		return errReply(http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
	}
	if err := checkCommands(cmds); err != nil {
		return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range cmds {
		c.ID = s.newID()
		c.ApplicationID = AppID
		c.GuildID = guild
		c.Version = s.newID()
	}
	s.commands[guild] = cmds
	s.overwrites = append(s.overwrites, Overwrite{GuildID: guild, Commands: cmds, Raw: json.RawMessage(body)})
	s.notify()
	return reply{status: http.StatusOK, body: cmds}
}

// checkCommands applies Discord's rules on command definitions that a bot
// can get wrong: names, descriptions, option counts and order.
func checkCommands(cmds []*discordgo.ApplicationCommand) error {
	if len(cmds) > 100 {
		return fmt.Errorf("%d commands, more than 100", len(cmds))
	}
	seen := map[string]bool{}
	for _, c := range cmds {
		if seen[c.Name] {
			return fmt.Errorf("command %q named twice", c.Name)
		}
		seen[c.Name] = true
		if err := checkOptionNames(c.Name, c.Description, c.Options); err != nil {
			return err
		}
	}
	return nil
}

func checkOptionNames(name, desc string, opts []*discordgo.ApplicationCommandOption) error {
	if name == "" || len(name) > 32 || strings.ToLower(name) != name || strings.ContainsAny(name, " ") {
		return fmt.Errorf("name %q: 1-32 lower-case characters without spaces", name)
	}
	if n := len([]rune(desc)); n == 0 || n > 100 {
		return fmt.Errorf("%s: description of %d characters, want 1-100", name, n)
	}
	if len(opts) > 25 {
		return fmt.Errorf("%s: %d options, more than 25", name, len(opts))
	}
	optional := false
	for _, o := range opts {
		if o.Required && optional {
			return fmt.Errorf("%s: required option %q after an optional one", name, o.Name)
		}
		optional = optional || !o.Required
		if o.Autocomplete && len(o.Choices) > 0 {
			return fmt.Errorf("%s: option %q has both autocomplete and choices", name, o.Name)
		}
		if err := checkOptionNames(o.Name, o.Description, o.Options); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

func (s *Server) callback(id, token string, body []byte) reply {
	var raw struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data json.RawMessage                   `json:"data"`
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		return errReply(http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
	}
	cb := Callback{InteractionID: id, Token: token, Type: raw.Type, Raw: json.RawMessage(body)}
	hasData := len(raw.Data) > 0 && string(raw.Data) != "null"
	switch raw.Type {
	case discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseUpdateMessage,
		discordgo.InteractionResponseDeferredChannelMessageWithSource:
		if hasData {
			m, err := decodeMessage(raw.Data)
			if err != nil {
				return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
			}
			cb.Message = &m
		}
		if raw.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
			if cb.Message == nil {
				return errReply(http.StatusBadRequest, 50006, "Cannot send an empty message")
			}
			if err := CheckMessage(*cb.Message); err != nil {
				return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
			}
		}
	case discordgo.InteractionApplicationCommandAutocompleteResult:
		var d struct {
			Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
		}
		if hasData {
			if err := json.Unmarshal(raw.Data, &d); err != nil {
				return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
			}
		}
		if len(d.Choices) > 25 {
			return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: more than 25 choices")
		}
		for _, c := range d.Choices {
			if n := len([]rune(c.Name)); n == 0 || n > 100 {
				return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: choice name of 1-100 characters")
			}
		}
		cb.Choices = d.Choices
	case discordgo.InteractionResponseDeferredMessageUpdate, discordgo.InteractionResponseModal:
	default:
		return errReply(http.StatusBadRequest, 50035, fmt.Sprintf("Invalid Form Body: unknown response type %d", raw.Type))
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	in, ok := s.pending[id]
	switch {
	case s.answered[id]:
		return errReply(http.StatusBadRequest, 40060, "Interaction has already been acknowledged.")
	case !ok || in.Token != token:
		return errReply(http.StatusNotFound, 10062, "Unknown interaction")
	}
	delete(s.pending, id)
	s.answered[id] = true
	s.tokens[token] = in.ChannelID
	cb.Latency = time.Since(s.dispatched[id])
	switch cb.Type {
	case discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseUpdateMessage:
		s.checkMentions("callback "+id, *cb.Message)
		m := *cb.Message
		m.ID, m.ChannelID = s.newID(), in.ChannelID
		if cb.Type == discordgo.InteractionResponseUpdateMessage && in.Message != nil {
			m.ID = in.Message.ID
		}
		s.originals[token] = &m
	case discordgo.InteractionResponseDeferredChannelMessageWithSource:
		m := Message{ID: s.newID(), ChannelID: in.ChannelID, Flags: discordgo.MessageFlagsLoading}
		if cb.Message != nil {
			m.Flags |= cb.Message.Flags
		}
		s.originals[token] = &m
	}
	s.callbacks = append(s.callbacks, cb)
	s.notify()
	return reply{status: http.StatusNoContent, body: nil}
}

// checkMentions records a payload that could ping someone. Callers hold s.mu.
func (s *Server) checkMentions(where string, m Message) {
	if !m.PingsNoOne() {
		raw := string(m.Raw)
		if len(raw) > 300 {
			raw = raw[:300] + "…"
		}
		s.leaks = append(s.leaks, where+": "+raw)
	}
}

func (s *Server) webhookMessage(method, token, msgID string, body []byte) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	target := s.originals[token]
	if msgID != "@original" {
		target = nil
		for i := range s.followups[token] {
			if s.followups[token][i].ID == msgID {
				target = &s.followups[token][i]
			}
		}
	}
	if target == nil {
		return errReply(http.StatusNotFound, 10008, "Unknown Message")
	}
	switch method {
	case http.MethodGet:
		return reply{status: http.StatusOK, body: wire(*target)}
	case http.MethodDelete:
		if msgID == "@original" {
			delete(s.originals, token)
		}
		s.notify()
		return reply{status: http.StatusNoContent, body: nil}
	case http.MethodPatch:
		edit, err := decodeMessage(body)
		if err != nil {
			return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
		}
		merged, err := merge(*target, edit, body)
		if err != nil {
			return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
		}
		if err := CheckMessage(merged); err != nil {
			return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
		}
		s.checkMentions("edit of "+msgID, edit)
		*target = merged
		s.edits = append(s.edits, Edit{Token: token, Message: merged})
		s.notify()
		return reply{status: http.StatusOK, body: wire(merged)}
	}
	return errReply(http.StatusMethodNotAllowed, 0, "405: Method Not Allowed")
}

// merge applies an edit: the fields present in the edit's JSON replace the
// message's; the loading flag goes.
func merge(m, edit Message, body []byte) (Message, error) {
	var present map[string]json.RawMessage
	if err := json.Unmarshal(body, &present); err != nil {
		return m, err
	}
	if _, ok := present["content"]; ok {
		m.Content = edit.Content
	}
	if _, ok := present["embeds"]; ok {
		m.Embeds = edit.Embeds
	}
	if _, ok := present["components"]; ok {
		m.Components = edit.Components
	}
	if _, ok := present["allowed_mentions"]; ok {
		m.AllowedMentions = edit.AllowedMentions
	}
	m.Flags &^= discordgo.MessageFlagsLoading
	m.Raw = edit.Raw
	return m, nil
}

func (s *Server) followup(token string, wait bool, body []byte) reply {
	m, err := decodeMessage(body)
	if err != nil {
		return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
	}
	if err := CheckMessage(m); err != nil {
		return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	channel, ok := s.tokens[token]
	if !ok {
		return errReply(http.StatusNotFound, 10015, "Unknown Webhook")
	}
	s.checkMentions("follow-up", m)
	m.ID = s.newID()
	m.ChannelID = channel
	s.followups[token] = append(s.followups[token], m)
	s.notify()
	if !wait {
		return reply{status: http.StatusNoContent, body: nil}
	}
	return reply{status: http.StatusOK, body: wire(m)}
}

func (s *Server) createMessage(channelID string, body []byte) reply {
	m, err := decodeMessage(body)
	if err != nil {
		return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
	}
	if err := CheckMessage(m); err != nil {
		return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: "+err.Error())
	}
	if len(m.Nonce) > 25 {
		return errReply(http.StatusBadRequest, 50035, "Invalid Form Body: nonce longer than 25 characters")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	window := s.NonceWindow
	if window <= 0 {
		window = 5 * time.Minute
	}
	key := channelID + "/" + m.Nonce
	if e, ok := s.nonces[key]; ok && m.EnforceNonce && m.Nonce != "" && time.Since(e.at) < window {
		return reply{status: http.StatusOK, body: wire(e.msg)}
	}
	s.checkMentions("message in "+channelID, m)
	m.ID, m.ChannelID = s.newID(), channelID
	s.messages[channelID] = append(s.messages[channelID], m)
	if m.Nonce != "" {
		s.nonces[key] = nonceEntry{msg: m, at: time.Now()}
	}
	s.notify()
	return reply{status: http.StatusOK, body: wire(m)}
}

// decodeMessage reads a message payload the way Discord does.
func decodeMessage(raw []byte) (Message, error) {
	var dm discordgo.Message
	if err := json.Unmarshal(raw, &dm); err != nil {
		return Message{}, err
	}
	var extra struct {
		AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
		Nonce           json.RawMessage                   `json:"nonce"`
		EnforceNonce    bool                              `json:"enforce_nonce"`
	}
	if err := json.Unmarshal(raw, &extra); err != nil {
		return Message{}, err
	}
	nonce := strings.Trim(string(extra.Nonce), `"`)
	if nonce == "null" {
		nonce = ""
	}
	return Message{
		Content: dm.Content, Embeds: dm.Embeds, Components: dm.Components, Flags: dm.Flags,
		AllowedMentions: extra.AllowedMentions, Nonce: nonce, EnforceNonce: extra.EnforceNonce,
		Raw: json.RawMessage(raw),
	}, nil
}

// wireMessage is a message as Discord returns it.
type wireMessage struct {
	ID         string                       `json:"id"`
	Type       int                          `json:"type"`
	ChannelID  string                       `json:"channel_id"`
	Author     *discordgo.User              `json:"author"`
	Content    string                       `json:"content"`
	Timestamp  time.Time                    `json:"timestamp"`
	Embeds     []*discordgo.MessageEmbed    `json:"embeds"`
	Components []discordgo.MessageComponent `json:"components"`
	Flags      discordgo.MessageFlags       `json:"flags"`
	Nonce      string                       `json:"nonce,omitempty"`
}

func wire(m Message) wireMessage {
	embeds, comps := m.Embeds, m.Components
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	return wireMessage{ID: m.ID, ChannelID: m.ChannelID, Author: botUser(), Content: m.Content,
		Timestamp: time.Now().UTC(), Embeds: embeds, Components: comps, Flags: m.Flags, Nonce: m.Nonce}
}
