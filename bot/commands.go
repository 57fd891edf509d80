package bot

import (
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// Limits on option values, so that a page's custom_id (which carries the
// query) stays within Discord's 100 characters.
const (
	maxSearchLen = 60
	maxNameLen   = 64
	maxURLLen    = 500
)

// adminPermissions is what admin commands require by default; the router
// checks the member's permissions again.
var adminPermissions int64 = discordgo.PermissionManageGuild

// Commands is every slash command parley registers, as data.
func Commands() []*discordgo.ApplicationCommand {
	admin := func(c *discordgo.ApplicationCommand) *discordgo.ApplicationCommand {
		c.DefaultMemberPermissions = &adminPermissions
		c.Contexts = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild} // servers only, never DMs
		return c
	}
	party := func(required bool) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionString, Name: "party", Required: required, Autocomplete: true,
			Description: "A party of the talks, or any of its names (moscow, kyiv, white house)",
		}
	}
	feedName := func(desc string) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionString, Name: "name", Description: desc,
			Required: true, Autocomplete: true, MaxLength: maxNameLen,
		}
	}
	str := func(name, desc string, required bool, maxLen int) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionString, Name: name, Description: desc, Required: required, MaxLength: maxLen,
		}
	}
	sub := func(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name, Description: desc, Options: opts}
	}
	channel := &discordgo.ApplicationCommandOption{
		Type: discordgo.ApplicationCommandOptionChannel, Name: "channel", Required: true,
		Description:  "The text channel",
		ChannelTypes: []discordgo.ChannelType{discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews},
	}
	return []*discordgo.ApplicationCommand{
		{Name: "digest", Description: "What is new in the talks",
			Options: []*discordgo.ApplicationCommandOption{str("since", "How far back: 24h, 3d, 1w (default 24h)", false, 16)}},
		{Name: "demands", Description: "What a party demands", Options: []*discordgo.ApplicationCommandOption{party(true)}},
		{Name: "agreements", Description: "What the parties agreed to"},
		{Name: "proposals", Description: "What was proposed, by everyone or by one party",
			Options: []*discordgo.ApplicationCommandOption{party(false)}},
		{Name: "rejections", Description: "What was rejected, by everyone or by one party",
			Options: []*discordgo.ApplicationCommandOption{party(false)}},
		{Name: "timeline", Description: "The positions of every party, newest first"},
		{Name: "search", Description: "Statements whose text or sources contain every word",
			Options: []*discordgo.ApplicationCommandOption{str("query", "Words to look for", true, maxSearchLen)}},
		{Name: "sources", Description: "The feeds parley follows and their health"},
		admin(&discordgo.ApplicationCommand{Name: "feeds", Description: "Edit the feeds parley follows (admins)",
			Options: []*discordgo.ApplicationCommandOption{
				sub("add", "Follow a feed",
					str("url", "The feed's address (RSS, Atom, RDF or JSON Feed)", true, maxURLLen),
					str("name", "A short name for the feed", true, maxNameLen),
					str("schedule", "When to poll, as cron: */15 * * * * (default: the configured one)", false, 100),
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "full_text",
						Description: "Read the article pages", Choices: []*discordgo.ApplicationCommandOptionChoice{
							{Name: "auto: when the feed has only teasers", Value: "auto"},
							{Name: "always", Value: "always"}, {Name: "never", Value: "never"}}}),
				sub("remove", "Stop following a feed", feedName("The feed to remove")),
				sub("list", "List the feeds with their schedule and state"),
				sub("pause", "Stop polling a feed for now", feedName("The feed to pause")),
				sub("resume", "Poll a paused feed again", feedName("The feed to resume")),
				sub("test", "Fetch and parse a feed once, storing nothing",
					str("url", "The feed's address", true, maxURLLen)),
			}}),
		admin(&discordgo.ApplicationCommand{Name: "subscribe", Description: "Post the daily digest in a channel (admins)",
			Options: []*discordgo.ApplicationCommandOption{channel,
				str("time", "Time of day, HH:MM (default 09:00)", false, 5),
				str("timezone", "IANA time zone, such as Europe/Kyiv (default UTC)", false, 64)}}),
		admin(&discordgo.ApplicationCommand{Name: "unsubscribe", Description: "Stop posting the digest in a channel (admins)",
			Options: []*discordgo.ApplicationCommandOption{channel}}),
	}
}

// registerCommands replaces the application's commands in one bulk
// overwrite per guild, or globally when guildIDs is empty.
func registerCommands(s *discordgo.Session, appID string, guildIDs []string) error {
	cmds := Commands()
	scopes := guildIDs
	if len(scopes) == 0 {
		scopes = []string{""}
	}
	for _, g := range scopes {
		if _, err := s.ApplicationCommandBulkOverwrite(appID, g, cmds); err != nil {
			where := "global"
			if g != "" {
				where = "guild " + g
			}
			return fmt.Errorf("bot: register commands (%s): %w", where, err)
		}
	}
	return nil
}
