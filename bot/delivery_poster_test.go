package bot

import (
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
)

func TestMessageText(t *testing.T) {
	got := MessageText(OutMessage{Content: "Daily digest", Embeds: []*discordgo.MessageEmbed{{
		Title: "Demands", Description: "Russia: neutrality",
		Fields: []*discordgo.MessageEmbedField{{Name: "Sources", Value: "Wire"}},
		Footer: &discordgo.MessageEmbedFooter{Text: "1 of 2"},
	}}})
	want := "Daily digest\n# Demands\nRussia: neutrality\n## Sources\nWire\n1 of 2"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
