package bot

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/digest"
)

// view is a read answer that can be paged: the command and its one
// argument, enough to build the same listing again when a button is
// pressed. It travels in the buttons' custom_id: "pg|page|cmd|arg".
type view struct {
	cmd string
	arg string
}

func (v view) id(page int) string { return "pg|" + strconv.Itoa(page) + "|" + v.cmd + "|" + v.arg }

// parseView reads a page button's custom_id.
func parseView(id string) (view, int, error) {
	parts := strings.SplitN(id, "|", 4)
	if len(parts) != 4 || parts[0] != "pg" {
		return view{}, 0, fmt.Errorf("bot: not a page button: %q", id)
	}
	page, err := strconv.Atoi(parts[1])
	if err != nil {
		return view{}, 0, fmt.Errorf("bot: page button %q: %w", id, err)
	}
	return view{cmd: parts[2], arg: parts[3]}, page, nil
}

// kindViews are the read commands that list one kind of statement.
var kindViews = map[string]struct {
	kind  digest.Kind
	title string
}{
	"demands":    {digest.Demand, "Demands"},
	"proposals":  {digest.Proposal, "Proposals"},
	"agreements": {digest.Agreement, "Agreements"},
	"rejections": {digest.Rejection, "Rejections"},
}

// pageReply is page i of a listing, with previous/next buttons when there
// is more than one page.
func pageReply(l listing, v view, i int) Reply {
	n := l.pages()
	i = min(max(i, 0), n-1)
	r := Reply{Embeds: []*discordgo.MessageEmbed{l.page(i)}}
	if n > 1 {
		r.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "◀ Previous", Style: discordgo.SecondaryButton, CustomID: v.id(max(i-1, 0)), Disabled: i == 0},
			discordgo.Button{Label: "Next ▶", Style: discordgo.SecondaryButton, CustomID: v.id(min(i+1, n-1)), Disabled: i == n-1},
		}}}
	}
	return r
}

// listing builds the answer of a view.
func (b *Bot) listing(ctx context.Context, v view) (listing, error) {
	if kv, ok := kindViews[v.cmd]; ok {
		title := kv.title + " (all parties)"
		if v.arg != "" {
			title = kv.title + ": " + b.partyName(v.arg)
		}
		stmts, err := b.statements(ctx, digest.Query{Party: v.arg, Kind: kv.kind})
		if err != nil {
			return listing{}, err
		}
		return statementListing(title, stmts, b.partyName, "No "+strings.ToLower(kv.title)+" recorded yet."), nil
	}
	switch v.cmd {
	case "timeline":
		stmts, err := b.statements(ctx, digest.Query{})
		if err != nil {
			return listing{}, err
		}
		return statementListing("Timeline: "+b.deps.Analyzer.Topic().Name, stmts, b.partyName, "No statements recorded yet."), nil
	case "search":
		stmts, err := b.statements(ctx, digest.Query{Text: v.arg})
		if err != nil {
			return listing{}, err
		}
		return statementListing("Search: "+v.arg, stmts, b.partyName, "No statement contains every word of your search."), nil
	case "digest":
		from, to, err := parsePeriod(v.arg)
		if err != nil {
			return listing{}, err
		}
		stmts, err := b.deps.Statements.Statements(ctx, digest.Query{Since: from, Until: to, Limit: maxDigestStatements})
		if err != nil {
			return listing{}, err
		}
		return digestListing(digest.Build(b.deps.Analyzer.Topic(), digest.Period{From: from, To: to}, stmts)), nil
	case "sources", "feeds":
		return b.feedListing(ctx, v.cmd == "feeds")
	}
	return listing{}, fmt.Errorf("bot: unknown view %q", v.cmd)
}

// maxDigestStatements bounds the statements a /digest reads.
const maxDigestStatements = 2000

func (b *Bot) statements(ctx context.Context, q digest.Query) ([]digest.Statement, error) {
	q.Limit = maxStatements
	stmts, err := b.deps.Statements.Statements(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("bot: statements: %w", err)
	}
	return stmts, nil
}

// partyName is a party's display name, or its ID when the pack has none.
func (b *Bot) partyName(id string) string {
	for _, p := range b.deps.Analyzer.Topic().Parties {
		if p.ID == id && p.Name != "" {
			return p.Name
		}
	}
	return id
}

// resolveParty turns what the user typed into a party ID; an unknown name
// is a user error listing the known ones.
func (b *Bot) resolveParty(name string) (string, error) {
	p, err := b.deps.Analyzer.ResolveParty(name)
	if err == nil {
		return p.ID, nil
	}
	var known []string
	for _, p := range b.deps.Analyzer.Topic().Parties {
		known = append(known, "`"+p.ID+"` ("+p.Name+")")
	}
	return "", userErrorf("I don't know the party %q. Known parties: %s. Other names work too, such as a capital or a leader's name.",
		cut(name, 40), strings.Join(known, ", "))
}

// partyChoices are the parties matching what is typed, by ID, name or
// alias: those it starts first, then those it appears in.
func (b *Bot) partyChoices(typed string) []*discordgo.ApplicationCommandOptionChoice {
	typed = strings.ToLower(strings.TrimSpace(typed))
	type match struct {
		p      digest.Party
		via    string
		prefix bool
	}
	var matches []match
	for _, p := range b.deps.Analyzer.Topic().Parties {
		best := match{p: p}
		found := typed == ""
		for _, n := range append([]string{p.ID, p.Name}, p.Aliases...) {
			ln := strings.ToLower(n)
			switch {
			case strings.HasPrefix(ln, typed) && (!found || !best.prefix):
				best, found = match{p: p, via: n, prefix: true}, true
			case !found && strings.Contains(ln, typed):
				best, found = match{p: p, via: n}, true
			}
		}
		if found {
			matches = append(matches, best)
		}
	}
	sort.SliceStable(matches, func(i, j int) bool { return matches[i].prefix && !matches[j].prefix })
	var out []*discordgo.ApplicationCommandOptionChoice
	for _, m := range matches[:min(len(matches), 25)] {
		name := m.p.Name
		if m.via != "" && !strings.EqualFold(m.via, m.p.Name) && !strings.EqualFold(m.via, m.p.ID) {
			name += " (" + m.via + ")"
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: cut(name, 100), Value: m.p.ID})
	}
	return out
}

// parseSince reads /digest's since: 24h, 90m, 3d, 1w (default 24h, at
// most a year).
func parseSince(s string) (time.Duration, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return 24 * time.Hour, nil
	}
	var d time.Duration
	var err error
	if n, unit := strings.TrimRight(s, "dw"), strings.TrimLeft(s, "0123456789"); (unit == "d" || unit == "w") && n != "" {
		var v int
		v, err = strconv.Atoi(n)
		d = time.Duration(v) * 24 * time.Hour
		if unit == "w" {
			d *= 7
		}
	} else {
		d, err = time.ParseDuration(s)
	}
	if err != nil || d < time.Minute || d > 366*24*time.Hour {
		return 0, userErrorf("I couldn't read %q as a period. Use a duration between 1m and 366d, such as `24h`, `3d` or `1w`.", cut(s, 20))
	}
	return d, nil
}

// period arguments are "from-to" in Unix seconds.
func formatPeriod(from, to time.Time) string {
	return strconv.FormatInt(from.Unix(), 10) + "-" + strconv.FormatInt(to.Unix(), 10)
}

func parsePeriod(s string) (time.Time, time.Time, error) {
	a, z, ok := strings.Cut(s, "-")
	from, err1 := strconv.ParseInt(a, 10, 64)
	to, err2 := strconv.ParseInt(z, 10, 64)
	if !ok || err1 != nil || err2 != nil {
		return time.Time{}, time.Time{}, fmt.Errorf("bot: bad period %q", s)
	}
	return time.Unix(from, 0).UTC(), time.Unix(to, 0).UTC(), nil
}

// show answers a read command with the first page of its view.
func (b *Bot) show(ctx context.Context, v view) (Reply, error) {
	l, err := b.listing(ctx, v)
	if err != nil {
		return Reply{}, err
	}
	return pageReply(l, v, 0), nil
}

// readRoutes are the commands for everyone.
func (b *Bot) readRoutes() map[string]route {
	kind := func(cmd string) route {
		return route{run: func(ctx context.Context, c *call) (Reply, error) {
			party := ""
			if typed := c.str("party"); typed != "" {
				var err error
				if party, err = b.resolveParty(typed); err != nil {
					return Reply{}, err
				}
			}
			return b.show(ctx, view{cmd: cmd, arg: party})
		}}
	}
	return map[string]route{
		"demands":    kind("demands"),
		"proposals":  kind("proposals"),
		"rejections": kind("rejections"),
		"agreements": kind("agreements"),
		"timeline": {run: func(ctx context.Context, _ *call) (Reply, error) {
			return b.show(ctx, view{cmd: "timeline"})
		}},
		"sources": {run: func(ctx context.Context, _ *call) (Reply, error) {
			return b.show(ctx, view{cmd: "sources"})
		}},
		"search": {run: func(ctx context.Context, c *call) (Reply, error) {
			q := strings.Join(strings.Fields(strings.ReplaceAll(c.str("query"), "|", " ")), " ")
			if q == "" || runes(q) > maxSearchLen {
				return Reply{}, userErrorf("Give one to %d characters of words to look for, such as `prisoner exchange`.", maxSearchLen)
			}
			if err := c.Defer(false); err != nil {
				return Reply{}, err
			}
			return b.show(ctx, view{cmd: "search", arg: q})
		}},
		"digest": {run: func(ctx context.Context, c *call) (Reply, error) {
			d, err := parseSince(c.str("since"))
			if err != nil {
				return Reply{}, err
			}
			if err := c.Defer(false); err != nil {
				return Reply{}, err
			}
			to := time.Now().UTC().Truncate(time.Minute)
			return b.show(ctx, view{cmd: "digest", arg: formatPeriod(to.Add(-d), to)})
		}},
	}
}

// turnPage answers a page button: the same view, another page, in place.
func (b *Bot) turnPage(ctx context.Context, c *call) (Reply, error) {
	v, page, err := parseView(c.in.MessageComponentData().CustomID)
	if err != nil {
		return Reply{}, err
	}
	if v.cmd == "feeds" && !b.isAdmin(c.in) {
		return Reply{}, userErrorf(msgNotAdmin)
	}
	l, err := b.listing(ctx, v)
	if err != nil {
		return Reply{}, err
	}
	return pageReply(l, v, page), nil
}
