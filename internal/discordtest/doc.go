// Package discordtest is a loopback Discord for tests: an httptest server that
// speaks enough of Discord's REST API (under /api/v9) and of its gateway
// websocket for the real discordgo client to connect, register commands,
// receive interactions and answer them, and post channel messages.
//
// The server records what the bot sent (command overwrites, interaction
// callbacks, edits of original responses, follow-ups, channel messages) and
// lets a test wait for each of them with a deadline (the Wait* methods). It
// checks what Discord checks: an interaction is answered once and only if it
// exists; message payloads must respect Discord's size limits (see
// CheckMessage), or the request gets 400 like on Discord; a channel message
// with the same nonce and enforce_nonce set within NonceWindow returns the
// message already created.
//
// Every message payload is also checked for allowed_mentions with an empty
// parse list: a payload without it is recorded as a mention leak, and the
// test fails at cleanup unless the test called AllowMentionLeaks.
//
// Faults are injected with FailNext (the response is an error and nothing is
// applied, as when Discord rejects a request: 429 with retry_after, or 5xx)
// and FailNextAfterApply (the request is applied, then the response is lost
// to an error, as when a gateway times out after the write).
//
// The gateway sends HELLO, answers IDENTIFY with READY and RESUME with
// RESUMED, acknowledges heartbeats, and pushes dispatches such as
// INTERACTION_CREATE with Dispatch or Interact.
package discordtest
