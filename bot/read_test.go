package bot_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/internal/discordtest"
)

func TestRegisterCommands(t *testing.T) {
	var want []string
	for _, c := range bot.Commands() {
		want = append(want, c.Name)
	}
	tests := []struct {
		name   string
		guilds []string
		scopes []string
	}{
		{"per guild", []string{"700", "701"}, []string{"700", "701"}},
		{"global", nil, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, func(o *bot.Options) { o.GuildIDs = tt.guilds })
			ows := e.srv.Overwrites()
			var scopes []string
			for _, ow := range ows {
				scopes = append(scopes, ow.GuildID)
				var got []string
				for _, c := range ow.Commands {
					got = append(got, c.Name)
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("commands of scope %q (-want +got):\n%s", ow.GuildID, diff)
				}
			}
			if diff := cmp.Diff(tt.scopes, scopes); diff != "" {
				t.Errorf("overwrite scopes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCommandDefinitions(t *testing.T) {
	admin := map[string]bool{"feeds": true, "subscribe": true, "unsubscribe": true}
	for _, c := range bot.Commands() {
		t.Run(c.Name, func(t *testing.T) {
			isAdmin := c.DefaultMemberPermissions != nil && *c.DefaultMemberPermissions == discordgo.PermissionManageGuild &&
				c.Contexts != nil && len(*c.Contexts) == 1 && (*c.Contexts)[0] == discordgo.InteractionContextGuild
			if isAdmin != admin[c.Name] {
				t.Errorf("admin-only = %v, want %v", isAdmin, admin[c.Name])
			}
			var check func(opts []*discordgo.ApplicationCommandOption)
			check = func(opts []*discordgo.ApplicationCommandOption) {
				for _, o := range opts {
					if o.Name == "party" && !o.Autocomplete {
						t.Errorf("option party does not autocomplete")
					}
					check(o.Options)
				}
			}
			check(c.Options)
		})
	}
}

// seedTalks stores a few statements of the default pack's parties.
func seedTalks(t *testing.T, e *env) {
	t.Helper()
	seed(t, e.store, []digest.Statement{
		statement("russia", digest.Demand, "withdrawal of Ukrainian troops from Donetsk and Luhansk", 2),
		statement("ukraine", digest.Demand, "an unconditional ceasefire of 30 days", 1),
		statement("russia", digest.Proposal, "a memorandum on the terms of a future settlement", 1),
		statement("ukraine", digest.Rejection, "any recognition of occupied territory", 1),
		statement("russia", digest.Agreement, "an exchange of 1,000 prisoners", 3),
	})
}

func TestReadCommands(t *testing.T) {
	e := newEnv(t, nil)
	seedTalks(t, e)
	party := func(v string) *discordgo.ApplicationCommandInteractionDataOption { return discordtest.Opt("party", v) }
	tests := []struct {
		name     string
		command  string
		opts     []*discordgo.ApplicationCommandInteractionDataOption
		want     []string
		not      []string
		deferred bool
	}{
		{"demands by alias", "demands", []*discordgo.ApplicationCommandInteractionDataOption{party("Moscow")},
			[]string{"Demands: Russia", "Donetsk and Luhansk", "](<https://news.example/russia/"}, []string{"ceasefire"}, false},
		{"demands by id", "demands", []*discordgo.ApplicationCommandInteractionDataOption{party("ukraine")},
			[]string{"Demands: Ukraine", "unconditional ceasefire"}, []string{"Donetsk"}, false},
		{"agreements", "agreements", nil, []string{"Agreements (all parties)", "1,000 prisoners", "Sources:"}, nil, false},
		{"proposals", "proposals", nil, []string{"memorandum"}, nil, false},
		{"rejections by party", "rejections", []*discordgo.ApplicationCommandInteractionDataOption{party("kyiv")},
			[]string{"Rejections: Ukraine", "recognition of occupied territory"}, nil, false},
		{"rejections none", "rejections", []*discordgo.ApplicationCommandInteractionDataOption{party("turkey")},
			[]string{"No rejections recorded yet."}, nil, false},
		{"timeline", "timeline", nil, []string{"Timeline", "memorandum", "Donetsk", "ceasefire"}, nil, false},
		{"search", "search", []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("query", "prisoners exchange")},
			[]string{"Search: prisoners exchange", "1,000 prisoners"}, []string{"Donetsk"}, true},
		{"sources", "sources", nil, []string{"Sources", "Seed Wire", "items stored"}, nil, false},
		{"digest", "digest", []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("since", "2d")},
			[]string{"Digest:", "Donetsk", "memorandum", "Sources:"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := e.srv.Command(reader, tt.command, tt.opts...)
			cb := e.srv.Reply(t, in)
			if got := cb.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource; got != tt.deferred {
				t.Errorf("deferred = %v, want %v", got, tt.deferred)
			}
			msg := cb.Message
			if tt.deferred {
				edit := e.srv.WaitEdit(t, in.Token)
				msg = &edit
			}
			if msg == nil || msg.Ephemeral() {
				t.Fatalf("want a public message, got %+v", msg)
			}
			text := embedText(msg)
			if m := missing(text, tt.want...); len(m) > 0 {
				t.Errorf("reply lacks %q:\n%s", m, text)
			}
			for _, n := range tt.not {
				if strings.Contains(text, n) {
					t.Errorf("reply has %q:\n%s", n, text)
				}
			}
		})
	}
}

func TestBadArguments(t *testing.T) {
	e := newEnv(t, nil)
	tests := []struct {
		name    string
		command string
		opt     *discordgo.ApplicationCommandInteractionDataOption
		want    []string
	}{
		{"unknown party", "demands", discordtest.Opt("party", "atlantis"), []string{"atlantis", "Known parties", "`russia` (Russia)", "`ukraine`"}},
		{"bad since", "digest", discordtest.Opt("since", "yesterday"), []string{"yesterday", "24h"}},
		{"since too long", "digest", discordtest.Opt("since", "900d"), []string{"366d"}},
		{"empty search", "search", discordtest.Opt("query", "   "), []string{"words to look for"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cb := e.reply(t, reader, tt.command, tt.opt)
			if cb.Type != discordgo.InteractionResponseChannelMessageWithSource || !cb.Message.Ephemeral() {
				t.Fatalf("want an ephemeral reply, got type %d %+v", cb.Type, cb.Message)
			}
			if m := missing(cb.Message.Content, tt.want...); len(m) > 0 {
				t.Errorf("reply %q lacks %q", cb.Message.Content, m)
			}
		})
	}
}

func TestAutocomplete(t *testing.T) {
	e := newEnv(t, nil)
	tests := []struct {
		typed string
		first string // value of the first choice; "" for none
		all   bool   // every party offered
	}{
		{"mosc", "russia", false},
		{"Zelen", "ukraine", false},
		{"", "", true},
		{"qqqq", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			cb := e.srv.Reply(t, e.srv.Autocomplete(reader, "demands", discordtest.Focused("party", tt.typed)))
			if cb.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
				t.Fatalf("callback type %d", cb.Type)
			}
			switch {
			case tt.all:
				if len(cb.Choices) != len(digest.DefaultTopic().Parties) {
					t.Errorf("%d choices, want every party", len(cb.Choices))
				}
			case tt.first == "":
				if len(cb.Choices) != 0 {
					t.Errorf("choices %v, want none", cb.Choices)
				}
			case len(cb.Choices) == 0 || cb.Choices[0].Value != tt.first:
				t.Errorf("choices %+v, want %s first", cb.Choices, tt.first)
			}
		})
	}
}

// TestPaging lists more statements than a page holds, long ones with many
// sources, and walks every page with the buttons: every page within
// Discord's limits (the loopback refuses others), every statement shown
// once with a source link, cut text marked.
func TestPaging(t *testing.T) {
	e := newEnv(t, nil)
	var stmts []digest.Statement
	long := strings.Repeat("guarantees for the security of the Black Sea ports and the grain corridor ", 40)
	for i := range 40 {
		text := fmt.Sprintf("demand number %02d: %s", i, long[:100+i*60])
		st := statement("russia", digest.Demand, text, 1+i%12)
		st.FirstSeen = day.Add(-time.Duration(i) * time.Minute)
		st.LastSeen = st.FirstSeen
		stmts = append(stmts, st)
	}
	seed(t, e.store, stmts)

	in := e.srv.Command(reader, "demands", discordtest.Opt("party", "russia"))
	cb := e.srv.Reply(t, in)
	msg := *cb.Message
	seen := map[string]int{}
	for page := 1; ; page++ {
		if err := discordtest.CheckMessage(msg); err != nil {
			t.Fatalf("page %d: %v", page, err)
		}
		if len(msg.Embeds) != 1 {
			t.Fatalf("page %d: %d embeds", page, len(msg.Embeds))
		}
		desc := msg.Embeds[0].Description
		for i := range 40 {
			if strings.Contains(desc, fmt.Sprintf("demand number %02d:", i)) {
				seen[fmt.Sprint(i)]++
			}
		}
		for _, block := range strings.Split(desc, "\n\n") {
			if !strings.Contains(block, "](<https://news.example/russia/") {
				t.Errorf("page %d: a statement without a source link:\n%s", page, block)
			}
		}
		if !strings.Contains(desc, "(truncated)") {
			t.Errorf("page %d: long statements not marked as cut", page)
		}
		if footer := msg.Embeds[0].Footer; footer == nil || !strings.HasPrefix(footer.Text, fmt.Sprintf("Page %d of 7", page)) {
			t.Errorf("page %d: footer %+v", page, footer)
		}
		btns := msg.Buttons()
		if len(btns) != 2 {
			t.Fatalf("page %d: buttons %+v", page, btns)
		}
		if btns[0].Disabled != (page == 1) || btns[1].Disabled != (page == 7) {
			t.Errorf("page %d: previous disabled %v, next disabled %v", page, btns[0].Disabled, btns[1].Disabled)
		}
		if btns[1].Disabled {
			break
		}
		click := e.srv.Click(reader, msg, btns[1].CustomID)
		next := e.srv.Reply(t, click)
		if next.Type != discordgo.InteractionResponseUpdateMessage {
			t.Fatalf("page %d: click answered with type %d, want an update (7)", page, next.Type)
		}
		msg = *next.Message
	}
	if len(seen) != 40 {
		t.Errorf("%d of 40 statements shown across the pages", len(seen))
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("statement %s shown %d times", id, n)
		}
	}
}

func TestDigestMessagesWithinLimits(t *testing.T) {
	var stmts []digest.Statement
	for i := range 90 {
		party := digest.DefaultTopic().Parties[i%5].ID
		st := statement(party, digest.Kinds[i%4], fmt.Sprintf("position %d %s", i, strings.Repeat("ceasefire terms ", 50)), 1+i%9)
		stmts = append(stmts, st)
	}
	d := digest.Build(digest.DefaultTopic(), digest.PeriodEnding(day.Add(time.Hour), 48*time.Hour), stmts)
	msgs := bot.DigestMessages(d)
	if len(msgs) < 2 {
		t.Fatalf("%d messages for 90 statements, want several", len(msgs))
	}
	var all strings.Builder
	for i, m := range msgs {
		if err := discordtest.CheckMessage(discordtest.Message{Content: m.Content, Embeds: m.Embeds}); err != nil {
			t.Errorf("message %d: %v", i, err)
		}
		for _, e := range m.Embeds {
			all.WriteString(e.Description)
		}
	}
	for i := range 90 {
		if !strings.Contains(all.String(), fmt.Sprintf("position %d ", i)) {
			t.Errorf("statement %d missing from the digest messages", i)
		}
	}
}
