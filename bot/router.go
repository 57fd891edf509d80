package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Reply is what a handler answers: a message, ephemeral (seen by the
// caller only) or not.
type Reply struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
	Ephemeral  bool
}

// noMentions is sent with every message: nothing in it pings anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

func (r Reply) flags() discordgo.MessageFlags {
	if r.Ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// data is the reply as an interaction response's data.
func (r Reply) data() *discordgo.InteractionResponseData {
	comps := r.Components
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	return &discordgo.InteractionResponseData{
		Content: cut(r.Content, maxContent), Embeds: r.Embeds, Components: comps,
		AllowedMentions: noMentions(), Flags: r.flags(),
	}
}

// edit is the reply as an edit of the original response.
func (r Reply) edit() *discordgo.WebhookEdit {
	content := cut(r.Content, maxContent)
	embeds := r.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	comps := r.Components
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &comps, AllowedMentions: noMentions()}
}

// userError is an error whose text is meant for the person who ran the
// command: a bad argument, a refusal, an explanation.
type userError struct{ msg string }

func (e *userError) Error() string { return e.msg }

// userErrorf makes a userError.
func userErrorf(format string, args ...any) error {
	return &userError{msg: fmt.Sprintf(format, args...)}
}

// Replies for the router's own refusals.
const (
	msgFailed      = "Sorry, something went wrong on my side. The details are in the bot's log; please try again later."
	msgRateLimited = "You are sending commands faster than I can keep up with. Please wait a few seconds and try again."
	msgNotAdmin    = "This command is for server admins (Manage Server permission) and the bot's owners."
	msgUnknown     = "I don't know this command; the bot may have been updated. Please try again in a minute."
)

// route is how one command (or subcommand: "feeds add") is handled.
type route struct {
	// admin commands are refused to members without Manage Server or
	// Administrator, unless they are owners.
	admin bool
	// ephemeral routes answer (and defer) so that only the caller sees.
	ephemeral bool
	run       func(ctx context.Context, c *call) (Reply, error)
}

// call is one interaction being answered. Its methods are safe for the
// handler and the router's deferral timer to use at once.
type call struct {
	b    *Bot
	s    *discordgo.Session
	in   *discordgo.Interaction
	name string
	opts map[string]*discordgo.ApplicationCommandInteractionDataOption
	user string

	mu        sync.Mutex
	deferred  bool
	ephemeral bool // of the deferral
}

// str is a string option's value, trimmed; "" when absent.
func (c *call) str(name string) string {
	if o, ok := c.opts[name]; ok {
		if s, ok := o.Value.(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// Defer acknowledges the interaction now (Discord's 3 seconds) when the
// answer will take time; the answer then edits the original response. It
// does nothing when already deferred.
func (c *call) Defer(ephemeral bool) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.deferLocked(ephemeral)
}

func (c *call) deferLocked(ephemeral bool) error {
	if c.deferred {
		return nil
	}
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	if c.in.Type == discordgo.InteractionMessageComponent {
		resp.Type = discordgo.InteractionResponseDeferredMessageUpdate
	} else if ephemeral {
		resp.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()}
	}
	if err := c.s.InteractionRespond(c.in, resp); err != nil {
		return fmt.Errorf("bot: defer %s: %w", c.name, err)
	}
	c.deferred, c.ephemeral = true, ephemeral
	return nil
}

// send answers with r: a new response, an update of the clicked message,
// or an edit of the deferred one. An ephemeral reply to a public deferral
// (an error found late) replaces the placeholder with an ephemeral
// follow-up.
func (c *call) send(r Reply) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	component := c.in.Type == discordgo.InteractionMessageComponent
	switch {
	case !c.deferred && component && !r.Ephemeral:
		return c.s.InteractionRespond(c.in, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: r.data()})
	case !c.deferred:
		return c.s.InteractionRespond(c.in, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: r.data()})
	case r.Ephemeral && !c.ephemeral:
		if !component {
			if err := c.s.InteractionResponseDelete(c.in); err != nil {
				return err
			}
		}
		d := r.data()
		_, err := c.s.FollowupMessageCreate(c.in, true, &discordgo.WebhookParams{
			Content: d.Content, Embeds: d.Embeds, AllowedMentions: d.AllowedMentions, Flags: d.Flags,
		})
		return err
	default:
		_, err := c.s.InteractionResponseEdit(c.in, r.edit())
		return err
	}
}

// commandName is "feeds add" for a subcommand, else the command's name,
// with the options of the innermost level.
func commandName(d discordgo.ApplicationCommandInteractionData) (string, []*discordgo.ApplicationCommandInteractionDataOption) {
	name, opts := d.Name, d.Options
	for len(opts) == 1 && (opts[0].Type == discordgo.ApplicationCommandOptionSubCommand || opts[0].Type == discordgo.ApplicationCommandOptionSubCommandGroup) {
		name += " " + opts[0].Name
		opts = opts[0].Options
	}
	return name, opts
}

// userID is who made the interaction, in a guild or in DMs.
func userID(in *discordgo.Interaction) string {
	if in.Member != nil && in.Member.User != nil {
		return in.Member.User.ID
	}
	if in.User != nil {
		return in.User.ID
	}
	return ""
}

// isAdmin re-checks, on our side, what default_member_permissions only
// suggests to Discord's client: Manage Server or Administrator in the
// guild, or a configured owner.
func (b *Bot) isAdmin(in *discordgo.Interaction) bool {
	if b.owners[userID(in)] {
		return true
	}
	if in.Member == nil || in.GuildID == "" {
		return false
	}
	return in.Member.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0
}

// HandleInteraction answers one interaction: the gateway's
// INTERACTION_CREATE handler, and the webhook endpoint's handler.
func (b *Bot) HandleInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	in := ic.Interaction
	switch in.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		b.autocomplete(s, in)
		return
	case discordgo.InteractionApplicationCommand, discordgo.InteractionMessageComponent:
	default:
		return
	}
	c := &call{b: b, s: s, in: in, user: userID(in), opts: map[string]*discordgo.ApplicationCommandInteractionDataOption{}}
	var rt route
	var ok bool
	if in.Type == discordgo.InteractionMessageComponent {
		c.name = "page"
		rt, ok = route{run: b.turnPage}, true
	} else {
		var opts []*discordgo.ApplicationCommandInteractionDataOption
		c.name, opts = commandName(in.ApplicationCommandData())
		for _, o := range opts {
			c.opts[o.Name] = o
		}
		rt, ok = b.routes[c.name]
	}
	log := b.log.With("command", c.name, "user_id", c.user, "guild_id", in.GuildID, "interaction_id", in.ID)

	var (
		reply   Reply
		err     error
		outcome = "ok"
	)
	switch {
	case !ok:
		reply, outcome = Reply{Content: msgUnknown, Ephemeral: true}, "unknown"
	case !b.limiter.allow(c.user, time.Now()):
		reply, outcome = Reply{Content: msgRateLimited, Ephemeral: true}, "rate_limited"
	case rt.admin && !b.isAdmin(in):
		reply, outcome = Reply{Content: msgNotAdmin, Ephemeral: true}, "refused"
		log.Info("admin command refused")
	default:
		reply, err = b.run(c, rt)
	}
	if err != nil {
		var ue *userError
		if errors.As(err, &ue) {
			reply, outcome = Reply{Content: ue.msg, Ephemeral: true}, "user_error"
		} else {
			reply, outcome = Reply{Content: msgFailed, Ephemeral: true}, "error"
			log.Error("command failed", "error", err)
		}
	}
	if err := c.send(reply); err != nil {
		outcome = "error"
		log.Error("answer interaction", "error", err)
	}
	if b.deps.Observer != nil {
		b.deps.Observer.ObserveInteraction(c.name, outcome)
	}
}

// run calls the handler, deferring for it if it has not answered within
// DeferAfter (so that Discord's 3 seconds are always met).
func (b *Bot) run(c *call, rt route) (Reply, error) {
	ctx, cancel := context.WithTimeout(b.context(), b.opts.HandlerTimeout)
	defer cancel()
	timer := time.AfterFunc(b.opts.DeferAfter, func() {
		if err := c.Defer(rt.ephemeral); err != nil {
			b.log.Error("defer interaction", "command", c.name, "error", err)
		}
	})
	r, err := rt.run(ctx, c)
	timer.Stop()
	if rt.ephemeral {
		r.Ephemeral = true
	}
	return r, err
}

// autocomplete answers the option being typed with up to 25 choices.
func (b *Bot) autocomplete(s *discordgo.Session, in *discordgo.Interaction) {
	name, opts := commandName(in.ApplicationCommandData())
	var focused *discordgo.ApplicationCommandInteractionDataOption
	for _, o := range opts {
		if o.Focused {
			focused = o
		}
	}
	var choices []*discordgo.ApplicationCommandOptionChoice
	if focused != nil {
		typed, _ := focused.Value.(string)
		ctx, cancel := context.WithTimeout(b.context(), 2*time.Second)
		defer cancel()
		switch {
		case focused.Name == "party":
			choices = b.partyChoices(typed)
		case focused.Name == "name" && strings.HasPrefix(name, "feeds ") && b.isAdmin(in):
			choices = b.feedChoices(ctx, typed)
		}
	}
	if choices == nil {
		choices = []*discordgo.ApplicationCommandOptionChoice{}
	}
	err := s.InteractionRespond(in, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
	outcome := "ok"
	if err != nil {
		outcome = "error"
		b.log.Error("answer autocomplete", "command", name, "error", err)
	}
	if b.deps.Observer != nil {
		b.deps.Observer.ObserveInteraction(name+" autocomplete", outcome)
	}
}

// logger returns l, or slog.Default() when nil.
func logger(l *slog.Logger) *slog.Logger {
	if l == nil {
		return slog.Default()
	}
	return l
}
