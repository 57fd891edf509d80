package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/parley-bot/parley/digest"
)

// DigestComposer is the Composer of scheduled digests: the stored
// statements reported in the period, built into a digest.Digest for the
// topic, then rendered.
type DigestComposer struct {
	Statements Statements
	Topic      digest.Topic
	// Render turns the digest into messages: DigestMessages (the /digest
	// command's pages, the default) for Discord, TextMessages for the
	// standard output.
	Render func(digest.Digest) []OutMessage
}

// TextMessages renders a digest as one plain-text message (digest.WriteText),
// for WriterPoster: no embeds, no Discord markup, no length limit.
func TextMessages(d digest.Digest) []OutMessage {
	var b strings.Builder
	if err := d.WriteText(&b); err != nil {
		// A strings.Builder never fails; a renderer error is a bug.
		panic(fmt.Sprintf("bot: render digest as text: %v", err))
	}
	return []OutMessage{{Content: strings.TrimRight(b.String(), "\n")}}
}

// Compose implements Composer. The period is shown in loc; a digest with
// nothing new (Quiet) is Empty.
func (c DigestComposer) Compose(ctx context.Context, from, to time.Time, loc *time.Location) (Composition, error) {
	stmts, err := c.Statements.Statements(ctx, digest.Query{Since: from, Until: to})
	if err != nil {
		return Composition{}, fmt.Errorf("statements: %w", err)
	}
	d := digest.Build(c.Topic, digest.Period{From: from.In(loc), To: to.In(loc)}, stmts)
	raw, err := json.Marshal(d)
	if err != nil {
		return Composition{}, fmt.Errorf("encode digest: %w", err)
	}
	render := c.Render
	if render == nil {
		render = DigestMessages
	}
	return Composition{Digest: raw, Empty: d.Quiet, Messages: render(d)}, nil
}
