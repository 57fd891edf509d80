package bot

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// discordHost is the host of every REST endpoint discordgo knows.
const discordHost = "discord.com"

// NewSession makes a discordgo session for a bot token. With apiBase set
// (a REST proxy or a test server), every request discordgo would send to
// https://discord.com goes to apiBase instead, the gateway lookup
// included, so the gateway URL also comes from there. apiBase is a base
// URL such as "http://127.0.0.1:8080" or "https://proxy/discord"; one
// that ends in an API version path ("/api/v10") replaces discordgo's own.
//
// The session identifies with the guilds intent only: slash commands need
// no privileged intent.
func NewSession(token, apiBase string) (*discordgo.Session, error) {
	if strings.TrimSpace(token) == "" {
		return nil, fmt.Errorf("bot: no Discord token")
	}
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("bot: new session: %w", err)
	}
	s.Identify.Intents = discordgo.IntentsGuilds
	// The session gets its own client, never nil Transport, so that
	// callers may wrap it (metrics).
	s.Client = &http.Client{Timeout: 20 * time.Second, Transport: http.DefaultTransport}
	if apiBase != "" {
		rt, err := newRebaser(apiBase, http.DefaultTransport)
		if err != nil {
			return nil, err
		}
		s.Client.Transport = rt
	}
	return s, nil
}

// apiVersionPath matches a base path that names an API version.
var apiVersionPath = regexp.MustCompile(`/api/v[0-9]+$`)

// rebaser is an http.RoundTripper that sends requests for discord.com to
// another base URL.
type rebaser struct {
	base *url.URL
	// replaceAPI is set when base's path names an API version: it then
	// replaces "/api/vN" instead of prefixing the path.
	replaceAPI bool
	next       http.RoundTripper
}

func newRebaser(apiBase string, next http.RoundTripper) (*rebaser, error) {
	u, err := url.Parse(strings.TrimRight(apiBase, "/"))
	if err != nil {
		return nil, fmt.Errorf("bot: api_base %q: %w", apiBase, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("bot: api_base %q: want an http or https URL with a host", apiBase)
	}
	return &rebaser{base: u, replaceAPI: apiVersionPath.MatchString(u.Path), next: next}, nil
}

// RoundTrip rewrites scheme, host and path of requests to discord.com;
// other requests (the CDN) pass unchanged.
func (r *rebaser) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host != discordHost {
		return r.next.RoundTrip(req)
	}
	out := req.Clone(req.Context())
	u := *req.URL
	u.Scheme, u.Host = r.base.Scheme, r.base.Host
	path := req.URL.Path
	if rest, ok := strings.CutPrefix(path, "/api/v"+discordgo.APIVersion); ok && r.replaceAPI {
		path = rest
	}
	u.Path = r.base.Path + path
	u.RawPath = ""
	out.URL = &u
	out.Host = ""
	return r.next.RoundTrip(out)
}
