package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/parley-bot/parley/digest"
)

// DigestComposer is the Composer of scheduled digests: the stored
// statements reported in the period, built into a digest.Digest for the
// topic, rendered by DigestMessages (the /digest command's pages).
type DigestComposer struct {
	Statements Statements
	Topic      digest.Topic
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
	return Composition{Digest: raw, Empty: d.Quiet, Messages: DigestMessages(d)}, nil
}
