package discordtest

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's message limits, in characters.
const (
	MaxContent          = 2000
	MaxEmbeds           = 10
	MaxEmbedTitle       = 256
	MaxEmbedDescription = 4096
	MaxEmbedFields      = 25
	MaxFieldName        = 256
	MaxFieldValue       = 1024
	MaxFooter           = 2048
	MaxAuthorName       = 256
	MaxEmbedsTotal      = 6000
	MaxActionRows       = 5
	MaxRowButtons       = 5
	MaxCustomID         = 100
	MaxButtonLabel      = 80
)

// CheckMessage reports every way a message payload breaks Discord's
// limits, as Discord does with a 400 Invalid Form Body.
func CheckMessage(m Message) error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if m.Content == "" && len(m.Embeds) == 0 && len(m.Components) == 0 {
		bad("empty message")
	}
	if n := utf8.RuneCountInString(m.Content); n > MaxContent {
		bad("content: %d characters, more than %d", n, MaxContent)
	}
	if len(m.Embeds) > MaxEmbeds {
		bad("%d embeds, more than %d", len(m.Embeds), MaxEmbeds)
	}
	total := 0
	for i, e := range m.Embeds {
		count := func(field, s string, max int) {
			n := utf8.RuneCountInString(s)
			total += n
			if n > max {
				bad("embeds[%d].%s: %d characters, more than %d", i, field, n, max)
			}
		}
		count("title", e.Title, MaxEmbedTitle)
		count("description", e.Description, MaxEmbedDescription)
		if e.Footer != nil {
			count("footer.text", e.Footer.Text, MaxFooter)
		}
		if e.Author != nil {
			count("author.name", e.Author.Name, MaxAuthorName)
		}
		if len(e.Fields) > MaxEmbedFields {
			bad("embeds[%d]: %d fields, more than %d", i, len(e.Fields), MaxEmbedFields)
		}
		for j, f := range e.Fields {
			if f.Name == "" || f.Value == "" {
				bad("embeds[%d].fields[%d]: empty name or value", i, j)
			}
			count(fmt.Sprintf("fields[%d].name", j), f.Name, MaxFieldName)
			count(fmt.Sprintf("fields[%d].value", j), f.Value, MaxFieldValue)
		}
		if e.Title == "" && e.Description == "" && len(e.Fields) == 0 && e.Footer == nil && e.Author == nil {
			bad("embeds[%d]: empty embed", i)
		}
	}
	if total > MaxEmbedsTotal {
		bad("embeds: %d characters in total, more than %d", total, MaxEmbedsTotal)
	}
	if len(m.Components) > MaxActionRows {
		bad("%d component rows, more than %d", len(m.Components), MaxActionRows)
	}
	ids := map[string]bool{}
	for i, c := range m.Components {
		row, ok := c.(*discordgo.ActionsRow)
		if !ok {
			bad("components[%d]: top-level component is not an action row", i)
			continue
		}
		if n := len(row.Components); n == 0 || n > MaxRowButtons {
			bad("components[%d]: %d components, want 1-%d", i, n, MaxRowButtons)
		}
		for j, inner := range row.Components {
			btn, ok := inner.(*discordgo.Button)
			if !ok {
				continue
			}
			if utf8.RuneCountInString(btn.Label) > MaxButtonLabel {
				bad("components[%d][%d]: label longer than %d", i, j, MaxButtonLabel)
			}
			if btn.Style == discordgo.LinkButton {
				if btn.URL == "" || btn.CustomID != "" {
					bad("components[%d][%d]: a link button needs a url and no custom_id", i, j)
				}
				continue
			}
			if n := len(btn.CustomID); n == 0 || n > MaxCustomID {
				bad("components[%d][%d]: custom_id of %d characters, want 1-%d", i, j, n, MaxCustomID)
			}
			if ids[btn.CustomID] {
				bad("components[%d][%d]: custom_id %q used twice", i, j, btn.CustomID)
			}
			ids[btn.CustomID] = true
		}
	}
	return errors.Join(errs...)
}
