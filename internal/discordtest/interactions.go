package discordtest

import (
	"fmt"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Member is a guild member with the given permission bits
// (discordgo.PermissionManageGuild, discordgo.PermissionAdministrator, 0).
func Member(userID string, perms int64) *discordgo.Member {
	return &discordgo.Member{
		GuildID:     GuildID,
		User:        &discordgo.User{ID: userID, Username: "user" + userID},
		Permissions: perms,
	}
}

// Opt is a command option with a value; its type follows the Go type of
// value (string, int, bool, float64, or a *discordgo.Channel for a channel).
func Opt(name string, value any) *discordgo.ApplicationCommandInteractionDataOption {
	o := &discordgo.ApplicationCommandInteractionDataOption{Name: name, Value: value}
	switch v := value.(type) {
	case string:
		o.Type = discordgo.ApplicationCommandOptionString
	case int:
		o.Type, o.Value = discordgo.ApplicationCommandOptionInteger, float64(v)
	case bool:
		o.Type = discordgo.ApplicationCommandOptionBoolean
	case float64:
		o.Type = discordgo.ApplicationCommandOptionNumber
	case *discordgo.Channel:
		o.Type, o.Value = discordgo.ApplicationCommandOptionChannel, v.ID
	default:
		panic(fmt.Sprintf("discordtest: option %s: unsupported value %T", name, value))
	}
	return o
}

// Focused is the string option being typed in an autocomplete interaction.
func Focused(name, value string) *discordgo.ApplicationCommandInteractionDataOption {
	o := Opt(name, value)
	o.Focused = true
	return o
}

// Sub is a subcommand with its options.
func Sub(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts}
}

// newInteraction fills the fields every interaction has.
func (s *Server) newInteraction(typ discordgo.InteractionType, m *discordgo.Member, data discordgo.InteractionData) *discordgo.Interaction {
	s.mu.Lock()
	defer s.mu.Unlock()
	return &discordgo.Interaction{
		ID: s.newID(), AppID: AppID, Type: typ, Data: data,
		GuildID: GuildID, ChannelID: ChannelID, Member: m,
		Token: "token-" + s.newID(), Version: 1, Locale: discordgo.EnglishUS,
	}
}

// Command is a slash command interaction by member m.
func (s *Server) Command(m *discordgo.Member, name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return s.newInteraction(discordgo.InteractionApplicationCommand, m, discordgo.ApplicationCommandInteractionData{
		ID: s.NewID(), Name: name, CommandType: discordgo.ChatApplicationCommand, Options: opts,
	})
}

// Autocomplete is an autocomplete interaction: opts hold one Focused option.
func (s *Server) Autocomplete(m *discordgo.Member, name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return s.newInteraction(discordgo.InteractionApplicationCommandAutocomplete, m, discordgo.ApplicationCommandInteractionData{
		ID: s.NewID(), Name: name, CommandType: discordgo.ChatApplicationCommand, Options: opts,
	})
}

// Click is a button press on a message the bot sent.
func (s *Server) Click(m *discordgo.Member, msg Message, customID string) *discordgo.Interaction {
	in := s.newInteraction(discordgo.InteractionMessageComponent, m, discordgo.MessageComponentInteractionData{
		CustomID: customID, ComponentType: discordgo.ButtonComponent,
	})
	in.Message = &discordgo.Message{ID: msg.ID, ChannelID: ChannelID, Content: msg.Content, Embeds: msg.Embeds,
		Author: botUser(), Flags: msg.Flags}
	return in
}

// Interact sends an interaction as an INTERACTION_CREATE dispatch. The
// server then accepts exactly one callback for it.
func (s *Server) Interact(tb testing.TB, in *discordgo.Interaction) {
	tb.Helper()
	s.mu.Lock()
	s.pending[in.ID] = in
	s.dispatched[in.ID] = time.Now()
	s.mu.Unlock()
	s.Dispatch(tb, "INTERACTION_CREATE", in)
}

// Reply sends an interaction and waits for its callback: the common case.
func (s *Server) Reply(tb testing.TB, in *discordgo.Interaction) Callback {
	tb.Helper()
	s.Interact(tb, in)
	return s.WaitCallback(tb, in.ID)
}
