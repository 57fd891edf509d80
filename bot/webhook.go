package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Webhook limits.
const (
	// MaxInteractionBody caps the body of a signed interaction request.
	MaxInteractionBody = 64 << 10
	// MaxTimestampSkew is how far a request's signed timestamp may be from
	// now, either way, before it is refused as stale (a replay).
	MaxTimestampSkew = 5 * time.Minute
	// webhookAnswerTimeout bounds the wait for the handler's initial
	// response: Discord gives up after 3 seconds.
	webhookAnswerTimeout = 2800 * time.Millisecond
)

// InteractionHandler is what answers interactions: the bot core's router,
// the same function that the gateway's INTERACTION_CREATE events reach. It
// answers through the session (InteractionRespond, then edits and
// follow-ups), as over the gateway.
type InteractionHandler interface {
	HandleInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate)
}

// InteractionHandlerFunc adapts a function to InteractionHandler.
type InteractionHandlerFunc func(s *discordgo.Session, ic *discordgo.InteractionCreate)

// HandleInteraction implements InteractionHandler.
func (f InteractionHandlerFunc) HandleInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	f(s, ic)
}

// Webhook is Discord's signed-webhook mode of receiving interactions (the
// application's "Interactions Endpoint URL"), as an http.Handler:
//
//   - a request that is not a POST gets 405;
//   - a body over MaxInteractionBody gets 413;
//   - a missing or invalid Ed25519 signature, or a signed timestamp more
//     than MaxTimestampSkew from now, gets 401;
//   - a PING gets a PONG;
//   - any other interaction goes to the handler, whose initial response
//     (its InteractionRespond call, intercepted on the session's HTTP
//     client) becomes the HTTP answer; edits and follow-ups go over REST. A
//     handler that does not respond within Discord's 3 seconds gets 503.
type Webhook struct {
	key     ed25519.PublicKey
	session *discordgo.Session
	handler InteractionHandler
	capture *callbackCapture
	now     func() time.Time
	log     *slog.Logger
	// answerTimeout bounds the wait for the handler's initial response.
	answerTimeout time.Duration
}

// NewWebhook makes the endpoint for the application's public key (hex, as
// the developer portal shows it). It installs an interceptor on the
// session's HTTP client, so give it a session of its own, not yet in use: a
// REST-only one from NewSession (never opened) serves, since the router
// answers through the session it is handed.
func NewWebhook(publicKeyHex string, session *discordgo.Session, handler InteractionHandler, log *slog.Logger) (*Webhook, error) {
	key, err := hex.DecodeString(strings.TrimSpace(publicKeyHex))
	if err != nil || len(key) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("bot: interactions public key: want %d bytes in hex", ed25519.PublicKeySize)
	}
	if session == nil || handler == nil {
		return nil, errors.New("bot: interactions webhook: need a session and a handler")
	}
	if session.Client == nil {
		session.Client = &http.Client{}
	}
	capture := &callbackCapture{next: session.Client.Transport, waiting: map[string]chan []byte{}}
	if capture.next == nil {
		capture.next = http.DefaultTransport
	}
	session.Client.Transport = capture
	if log == nil {
		log = slog.Default()
	}
	return &Webhook{key: key, session: session, handler: handler, capture: capture, now: time.Now, log: log,
		answerTimeout: webhookAnswerTimeout}, nil
}

// ServeHTTP implements http.Handler.
func (wh *Webhook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxInteractionBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if !discordgo.VerifyInteraction(r, wh.key) {
		wh.log.Warn("interaction refused", "reason", "bad signature", "remote_addr", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	if !wh.fresh(r.Header.Get("X-Signature-Timestamp")) {
		wh.log.Warn("interaction refused", "reason", "stale timestamp", "remote_addr", r.RemoteAddr)
		http.Error(w, "stale request timestamp", http.StatusUnauthorized)
		return
	}
	var in discordgo.Interaction
	if err := json.Unmarshal(body, &in); err != nil {
		http.Error(w, "invalid interaction", http.StatusBadRequest)
		return
	}
	if in.Type == discordgo.InteractionPing {
		writeJSON(w, http.StatusOK, discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	answer, ok := wh.dispatch(r.Context(), &in)
	if !ok {
		wh.log.Error("interaction not answered in time", "interaction_id", in.ID, "type", in.Type.String())
		http.Error(w, "no answer in time", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	w.Write(answer)
}

// fresh tells whether a signed timestamp (Unix seconds) is within
// MaxTimestampSkew of now.
func (wh *Webhook) fresh(ts string) bool {
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	skew := wh.now().Sub(time.Unix(sec, 0))
	return math.Abs(float64(skew)) <= float64(MaxTimestampSkew)
}

// dispatch runs the handler and waits for its initial response.
func (wh *Webhook) dispatch(ctx context.Context, in *discordgo.Interaction) ([]byte, bool) {
	ch := wh.capture.expect(in.ID)
	defer wh.capture.forget(in.ID)
	go wh.handler.HandleInteraction(wh.session, &discordgo.InteractionCreate{Interaction: in})
	timer := time.NewTimer(wh.answerTimeout)
	defer timer.Stop()
	select {
	case answer := <-ch:
		return answer, true
	case <-timer.C:
	case <-ctx.Done():
	}
	return nil, false
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// callbackCapture is an http.RoundTripper that takes the JSON interaction
// responses (POST .../interactions/{id}/{token}/callback) of the
// interactions a webhook request is waiting for, answers them 204 as
// Discord would, and hands their body to the waiting request. Everything
// else goes to next.
type callbackCapture struct {
	next    http.RoundTripper
	mu      sync.Mutex
	waiting map[string]chan []byte // interaction ID -> its webhook request
}

func (c *callbackCapture) expect(id string) chan []byte {
	ch := make(chan []byte, 1)
	c.mu.Lock()
	c.waiting[id] = ch
	c.mu.Unlock()
	return ch
}

func (c *callbackCapture) forget(id string) {
	c.mu.Lock()
	delete(c.waiting, id)
	c.mu.Unlock()
}

// RoundTrip implements http.RoundTripper.
func (c *callbackCapture) RoundTrip(req *http.Request) (*http.Response, error) {
	id, ok := callbackInteractionID(req)
	if !ok {
		return c.next.RoundTrip(req)
	}
	c.mu.Lock()
	ch, waiting := c.waiting[id]
	delete(c.waiting, id)
	c.mu.Unlock()
	if !waiting {
		return c.next.RoundTrip(req)
	}
	var body []byte
	if req.Body != nil {
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("bot: read interaction response: %w", err)
		}
		body = b
	}
	ch <- body
	return &http.Response{
		Status: "204 No Content", StatusCode: http.StatusNoContent,
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: http.Header{}, Body: http.NoBody, Request: req,
	}, nil
}

// callbackInteractionID returns the interaction ID of a JSON interaction
// response request.
func callbackInteractionID(req *http.Request) (string, bool) {
	if req.Method != http.MethodPost || !strings.HasPrefix(req.Header.Get("Content-Type"), "application/json") {
		return "", false
	}
	parts := strings.Split(strings.Trim(req.URL.Path, "/"), "/")
	n := len(parts)
	if n < 4 || parts[n-1] != "callback" || parts[n-4] != "interactions" {
		return "", false
	}
	return parts[n-3], true
}
