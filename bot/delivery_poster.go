package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// OutMessage is one channel message of a scheduled digest, as recorded in
// the outbox before posting.
type OutMessage struct {
	Content string                    `json:"content,omitempty"`
	Embeds  []*discordgo.MessageEmbed `json:"embeds,omitempty"`
}

// Poster posts scheduled messages to channels.
//
// Post sends msg to channelID and returns the new message's ID. Posting the
// same nonce to the same channel again must not create a second message (it
// returns the first one's ID when the destination can tell). An error is
// permanent (see IsPermanent: retrying cannot help) or transient.
type Poster interface {
	Post(ctx context.Context, channelID string, msg OutMessage, nonce string) (messageID string, err error)
}

// DiscordPoster posts through the Discord REST API.
type DiscordPoster struct {
	Session *discordgo.Session
}

// createMessage is the body of POST /channels/{id}/messages. discordgo's
// MessageSend has no nonce, so the poster sends its own: enforce_nonce makes
// Discord return the message already created with the same nonce (within a
// few minutes) instead of creating another. allowed_mentions always carries
// an empty parse list: a digest pings no one.
type createMessage struct {
	Content         string                            `json:"content,omitempty"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds,omitempty"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Nonce           string                            `json:"nonce,omitempty"`
	EnforceNonce    bool                              `json:"enforce_nonce,omitempty"`
}

// Post implements Poster. discordgo retries 429s (after retry_after) and
// 502s itself; other failures come back as errors for the outbox to retry.
func (p DiscordPoster) Post(ctx context.Context, channelID string, msg OutMessage, nonce string) (string, error) {
	endpoint := discordgo.EndpointChannelMessages(channelID)
	body := createMessage{
		Content:         msg.Content,
		Embeds:          msg.Embeds,
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
		Nonce:           nonce,
		EnforceNonce:    nonce != "",
	}
	resp, err := p.Session.RequestWithBucketID(http.MethodPost, endpoint, body, endpoint, discordgo.WithContext(ctx))
	if err != nil {
		return "", fmt.Errorf("bot: post to channel %s: %w", channelID, err)
	}
	var m discordgo.Message
	if err := discordgo.Unmarshal(resp, &m); err != nil {
		return "", fmt.Errorf("bot: post to channel %s: decode reply: %w", channelID, err)
	}
	return m.ID, nil
}

// IsPermanent tells whether a posting error cannot be cured by retrying:
// Discord refused the request itself (4xx other than 408 and 429: unknown
// channel, missing access, invalid payload).
func IsPermanent(err error) bool {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		c := re.Response.StatusCode
		return c >= 400 && c < 500 && c != http.StatusRequestTimeout && c != http.StatusTooManyRequests
	}
	return false
}

// WriterPoster prints messages as plain text, for `parley run` without a
// Discord token. The message ID it returns is the nonce.
type WriterPoster struct {
	mu sync.Mutex
	W  io.Writer
}

// Post implements Poster.
func (p *WriterPoster) Post(_ context.Context, channelID string, msg OutMessage, nonce string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, err := fmt.Fprintf(p.W, "── channel %s ──\n%s\n", channelID, MessageText(msg)); err != nil {
		return "", fmt.Errorf("bot: print digest for channel %s: %w", channelID, err)
	}
	return nonce, nil
}

// MessageText renders a message as plain text: content, then each embed's
// title, description, fields and footer.
func MessageText(msg OutMessage) string {
	var b strings.Builder
	line := func(s string) {
		if s != "" {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	line(msg.Content)
	for _, e := range msg.Embeds {
		if e == nil {
			continue
		}
		if e.Title != "" {
			line("# " + e.Title)
		}
		line(e.URL)
		line(e.Description)
		for _, f := range e.Fields {
			line("## " + f.Name)
			line(f.Value)
		}
		if e.Footer != nil {
			line(e.Footer.Text)
		}
	}
	return strings.TrimRight(b.String(), "\n")
}
