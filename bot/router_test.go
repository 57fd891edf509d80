package bot_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/internal/discordtest"
)

// TestEveryonePingsNoOne stores feed text with mentions and markdown and
// checks that no answer could ping: allowed_mentions with an empty parse
// list on every payload (the loopback fails the test at cleanup
// otherwise), and the text escaped.
func TestEveryonePingsNoOne(t *testing.T) {
	e := newEnv(t, nil)
	st := statement("russia", digest.Demand, "@everyone look: **all** of <@&123> and @here must `see` this", 1)
	st.Sources[0].Title = "@everyone breaking: [click](https://evil.example)"
	seed(t, e.store, []digest.Statement{st})

	for _, cmd := range []string{"timeline", "demands"} {
		t.Run(cmd, func(t *testing.T) {
			var opts []*discordgo.ApplicationCommandInteractionDataOption
			if cmd == "demands" {
				opts = append(opts, discordtest.Opt("party", "russia"))
			}
			cb := e.reply(t, reader, cmd, opts...)
			if !cb.Message.PingsNoOne() {
				t.Errorf("allowed_mentions = %+v", cb.Message.AllowedMentions)
			}
			if !strings.Contains(string(cb.Raw), `"allowed_mentions":{"parse":[]`) {
				t.Errorf("callback JSON lacks an empty parse list: %s", cb.Raw)
			}
			text := embedText(cb.Message)
			for _, bad := range []string{"@everyone", "@here", "<@&123>", "**all**", "[click](https://evil"} {
				if strings.Contains(text, bad) {
					t.Errorf("answer shows %q unescaped:\n%s", bad, text)
				}
			}
		})
	}
	if leaks := e.srv.MentionLeaks(); len(leaks) != 0 {
		t.Errorf("payloads that could ping: %v", leaks)
	}
}

func TestRateLimited(t *testing.T) {
	e := newEnv(t, func(o *bot.Options) { o.RateBurst, o.RateWindow = 2, time.Hour })
	for i, want := range []bool{true, true, false} {
		cb := e.reply(t, reader, "agreements")
		limited := strings.Contains(cb.Message.Content, "faster than I can keep up")
		if limited == want {
			t.Errorf("command %d: rate limited = %v, want %v", i+1, limited, !want)
		}
		if limited && !cb.Message.Ephemeral() {
			t.Errorf("rate-limit reply is public")
		}
	}
	if cb := e.reply(t, admin, "agreements"); strings.Contains(cb.Message.Content, "faster") {
		t.Errorf("another user was limited too")
	}
	// Autocomplete is not a command: it is never limited.
	if cb := e.srv.Reply(t, e.srv.Autocomplete(reader, "demands", discordtest.Focused("party", "kyiv"))); len(cb.Choices) == 0 {
		t.Errorf("autocomplete limited: %+v", cb)
	}
}

// gatedStatements holds every query until released, so that a handler is
// still running when the router's deferral timer fires.
type gatedStatements struct {
	next    bot.Statements
	release chan struct{}
	fail    error
}

func (g gatedStatements) Statements(ctx context.Context, q digest.Query) ([]digest.Statement, error) {
	select {
	case <-g.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if g.fail != nil {
		return nil, g.fail
	}
	return g.next.Statements(ctx, q)
}

func TestSlowHandlerDeferred(t *testing.T) {
	release := make(chan struct{})
	var gate *gatedStatements
	e := newEnv(t, func(o *bot.Options) { o.DeferAfter = 20 * time.Millisecond }, func(d *bot.Deps) {
		gate = &gatedStatements{next: d.Statements, release: release}
		d.Statements = gate
	})
	seed(t, e.store, []digest.Statement{statement("ukraine", digest.Proposal, "a summit of the leaders", 1)})

	in := e.srv.Command(reader, "proposals")
	cb := e.srv.Reply(t, in)
	if cb.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Fatalf("slow handler answered with type %d, want a deferral (5)", cb.Type)
	}
	close(release)
	edit := e.srv.WaitEdit(t, in.Token)
	if !strings.Contains(embedText(&edit), "summit of the leaders") {
		t.Errorf("edit: %s", embedText(&edit))
	}

	// A failure after a public deferral: the placeholder goes, the error
	// is shown to the caller only, and the details stay in the log.
	gate.fail = errors.New("disk on fire")
	in = e.srv.Command(reader, "digest")
	e.srv.Interact(t, in)
	e.srv.WaitFor(t, "an ephemeral follow-up", func() bool { return len(e.srv.Followups(in.Token)) == 1 })
	f := e.srv.Followups(in.Token)[0]
	if !f.Ephemeral() || !strings.Contains(f.Content, "went wrong on my side") || strings.Contains(f.Content, "disk") {
		t.Errorf("follow-up %q (ephemeral %v)", f.Content, f.Ephemeral())
	}
	if _, ok := e.srv.Original(in.Token); ok {
		t.Errorf("deferred placeholder left in the channel")
	}
}

func TestUnknownCommand(t *testing.T) {
	e := newEnv(t, nil)
	cb := e.reply(t, reader, "weather")
	if !cb.Message.Ephemeral() || !strings.Contains(cb.Message.Content, "don't know this command") {
		t.Errorf("reply %q", cb.Message.Content)
	}
}
