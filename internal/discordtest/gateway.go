package discordtest

import (
	"encoding/json"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// HeartbeatInterval is the interval HELLO asks clients to heartbeat at.
const HeartbeatInterval = 41250 * time.Millisecond

// gatewayConn is one client connection to the gateway.
type gatewayConn struct {
	ws  *websocket.Conn
	wmu sync.Mutex
}

func (c *gatewayConn) send(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.ws.WriteJSON(v)
}

// frame is a gateway payload.
type frame struct {
	Op   int             `json:"op"`
	Data json.RawMessage `json:"d"`
	Seq  int64           `json:"s,omitempty"`
	Type string          `json:"t,omitempty"`
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gatewayConn{ws: ws}
	s.mu.Lock()
	s.conns[c] = false
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.conns, c)
		s.notify()
		s.mu.Unlock()
		ws.Close()
	}()
	hello, _ := json.Marshal(map[string]int64{"heartbeat_interval": HeartbeatInterval.Milliseconds()})
	if c.send(frame{Op: 10, Data: hello}) != nil {
		return
	}
	for {
		var f frame
		if err := ws.ReadJSON(&f); err != nil {
			return
		}
		if s.handleFrame(c, f) != nil {
			return
		}
	}
}

// handleFrame answers one client payload.
func (s *Server) handleFrame(c *gatewayConn, f frame) error {
	switch f.Op {
	case 1: // heartbeat
		return c.send(frame{Op: 11})
	case 2: // identify
		// The presence part of discordgo's Identify does not decode back
		// (its activity time is zero): read the fields that matter.
		var in struct {
			Token      string                       `json:"token"`
			Intents    discordgo.Intent             `json:"intents"`
			Compress   bool                         `json:"compress"`
			Shard      *[2]int                      `json:"shard"`
			Properties discordgo.IdentifyProperties `json:"properties"`
		}
		if err := json.Unmarshal(f.Data, &in); err != nil {
			return err
		}
		id := discordgo.Identify{Token: in.Token, Intents: in.Intents, Compress: in.Compress, Shard: in.Shard, Properties: in.Properties}
		s.mu.Lock()
		s.identifies = append(s.identifies, id)
		sessionID := s.newID()
		s.sessionSeqs[sessionID] = true
		s.mu.Unlock()
		ready := map[string]any{
			"v": 9, "session_id": sessionID, "user": botUser(),
			"application":        map[string]any{"id": AppID, "flags": 0},
			"guilds":             []map[string]any{{"id": GuildID, "unavailable": true}},
			"resume_gateway_url": s.GatewayURL(),
		}
		return s.sendDispatch(c, "READY", ready, true)
	case 6: // resume
		var res struct {
			SessionID string `json:"session_id"`
		}
		if err := json.Unmarshal(f.Data, &res); err != nil {
			return err
		}
		s.mu.Lock()
		known := s.sessionSeqs[res.SessionID]
		if known {
			s.resumes++
		}
		s.mu.Unlock()
		if !known {
			return c.send(frame{Op: 9, Data: json.RawMessage("false")})
		}
		return s.sendDispatch(c, "RESUMED", map[string]any{}, true)
	}
	return nil
}

// sendDispatch sends one dispatch (op 0) to a connection; ready marks the
// connection as able to receive events.
func (s *Server) sendDispatch(c *gatewayConn, event string, payload any, ready bool) error {
	data, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	if err := c.send(frame{Op: 0, Type: event, Seq: seq, Data: data}); err != nil {
		return err
	}
	if ready {
		s.mu.Lock()
		if _, open := s.conns[c]; open {
			s.conns[c] = true
		}
		s.notify()
		s.mu.Unlock()
	}
	return nil
}

// WaitReady waits until a client has identified (or resumed) on the gateway.
func (s *Server) WaitReady(tb testing.TB) {
	tb.Helper()
	s.waitLocked(tb, "a gateway session", func() bool {
		for _, ready := range s.conns {
			if ready {
				return true
			}
		}
		return false
	})
}

// Dispatch sends an event to every ready gateway session, waiting for one
// if none is connected yet.
func (s *Server) Dispatch(tb testing.TB, event string, payload any) {
	tb.Helper()
	s.WaitReady(tb)
	s.mu.Lock()
	var conns []*gatewayConn
	for c, ready := range s.conns {
		if ready {
			conns = append(conns, c)
		}
	}
	s.mu.Unlock()
	for _, c := range conns {
		if err := s.sendDispatch(c, event, payload, false); err != nil {
			tb.Fatalf("discordtest: dispatch %s: %v", event, err)
		}
	}
}

// Disconnect closes every gateway connection, as Discord does now and
// then; clients reconnect and resume.
func (s *Server) Disconnect() { s.closeConns() }

func (s *Server) closeConns() {
	s.mu.Lock()
	conns := make([]*gatewayConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.ws.Close()
	}
}
