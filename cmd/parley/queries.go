package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/store"
)

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// itemJSON is one line of `parley items --json`.
type itemJSON struct {
	ID             string    `json:"id"`
	Title          string    `json:"title"`
	URL            string    `json:"url"`
	Feed           string    `json:"feed"`
	Feeds          []string  `json:"feeds,omitempty"`
	Published      time.Time `json:"published"`
	DateEstimated  bool      `json:"date_estimated,omitempty"`
	Relevant       bool      `json:"relevant"`
	Score          float64   `json:"score"`
	Reason         string    `json:"reason"`
	FullText       string    `json:"full_text,omitempty"`
	FullTextReason string    `json:"full_text_reason,omitempty"`
}

func itemsCommand(fs *flag.FlagSet) func(context.Context, *env, []string) error {
	relevant := fs.Bool("relevant", false, "only items about the talks")
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 0, "at most `N` items (0: all)")
	return func(ctx context.Context, e *env, _ []string) error {
		a, err := e.open(ctx)
		if err != nil {
			return err
		}
		defer a.Close()
		items, err := a.store.Items(ctx, store.ItemFilter{Relevant: *relevant, Limit: *limit})
		if err != nil {
			return err
		}
		if *asJSON {
			out := struct {
				Items []itemJSON `json:"items"`
			}{Items: make([]itemJSON, 0, len(items))}
			for _, it := range items {
				out.Items = append(out.Items, itemJSON{
					ID: it.ID, Title: it.Title, URL: it.URL, Feed: it.Feed, Feeds: it.Feeds,
					Published: it.Published, DateEstimated: it.DateEstimated,
					Relevant: it.Relevant, Score: it.Score, Reason: it.Reason,
					FullText: string(it.FullText), FullTextReason: it.FullTextReason,
				})
			}
			return writeJSON(e.stdout, out)
		}
		return writeItemsTable(e.stdout, items)
	}
}

func writeItemsTable(w io.Writer, items []digest.Item) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "PUBLISHED\tREL\tSCORE\tFEED\tTITLE\tREASON")
	for _, it := range items {
		rel := "-"
		if it.Relevant {
			rel = "yes"
		}
		pub := it.Published.UTC().Format("2006-01-02 15:04")
		if it.DateEstimated {
			pub += "~"
		}
		reason := it.Reason
		if it.FullText != digest.FullTextNone {
			reason += " [full text: " + string(it.FullText)
			if it.FullTextReason != "" {
				reason += ", " + it.FullTextReason
			}
			reason += "]"
		}
		fmt.Fprintf(tw, "%s\t%s\t%.1f\t%s\t%s\t%s\n", pub, rel, it.Score, it.Feed, clip(it.Title, 70), reason)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d items\n", len(items))
	return nil
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// statementsJSON is the JSON of every statement query.
type statementsJSON struct {
	Party      string             `json:"party,omitempty"`
	Kind       digest.Kind        `json:"kind,omitempty"`
	Query      string             `json:"query,omitempty"`
	Statements []digest.Statement `json:"statements"`
}

// statementQuery is one CLI twin of a read-only slash command.
type statementQuery struct {
	kind       digest.Kind
	title      string
	chronology bool // timeline: oldest first
	search     bool
}

func (q statementQuery) command(fs *flag.FlagSet) func(context.Context, *env, []string) error {
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 0, "at most `N` statements (0: all)")
	since := fs.String("since", "", "only statements seen in the last `DURATION` (e.g. 24h, 7d)")
	return func(ctx context.Context, e *env, args []string) error {
		var from time.Time
		if *since != "" {
			d, err := parseSince(*since)
			if err != nil {
				return usageError{err.Error()}
			}
			from = time.Now().Add(-d)
		}
		a, err := e.open(ctx)
		if err != nil {
			return err
		}
		defer a.Close()
		dq := digest.Query{Kind: q.kind, Since: from, Limit: *limit}
		out := statementsJSON{Kind: q.kind}
		title := q.title
		switch {
		case q.search:
			dq.Text = joinArgs(args)
			out.Query = dq.Text
			title = fmt.Sprintf("Statements matching %q", dq.Text)
		case len(args) == 1:
			p, err := a.analyzer.ResolveParty(args[0])
			if err != nil {
				return usageError{err.Error()}
			}
			dq.Party, out.Party = p.ID, p.ID
			title = fmt.Sprintf("%s: %s", title, p.Name)
		}
		stmts, err := a.store.Statements(ctx, dq)
		if err != nil {
			return err
		}
		if q.chronology {
			for i, j := 0, len(stmts)-1; i < j; i, j = i+1, j-1 {
				stmts[i], stmts[j] = stmts[j], stmts[i]
			}
		}
		if stmts == nil {
			stmts = []digest.Statement{}
		}
		out.Statements = stmts
		if *asJSON {
			return writeJSON(e.stdout, out)
		}
		return digest.WriteStatementsText(e.stdout, title, stmts)
	}
}

// parseSince reads a duration, also in days ("7d").
func parseSince(s string) (time.Duration, error) {
	var days int
	if _, err := fmt.Sscanf(s, "%dd", &days); err == nil && fmt.Sprintf("%dd", days) == s {
		if days <= 0 {
			return 0, fmt.Errorf("--since %s: must be positive", s)
		}
		return time.Duration(days) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("--since %q: want a positive duration such as 24h, 90m or 7d", s)
	}
	return d, nil
}

func digestCommand(fs *flag.FlagSet) func(context.Context, *env, []string) error {
	since := fs.String("since", "24h", "the period: the last `DURATION` (e.g. 24h, 7d)")
	asJSON := fs.Bool("json", false, "print JSON")
	markdown := fs.Bool("markdown", false, "print markdown")
	return func(ctx context.Context, e *env, _ []string) error {
		d, err := parseSince(*since)
		if err != nil {
			return usageError{err.Error()}
		}
		a, err := e.open(ctx)
		if err != nil {
			return err
		}
		defer a.Close()
		dg, err := buildDigest(ctx, a, digest.PeriodEnding(time.Now(), d))
		if err != nil {
			return err
		}
		return writeDigest(e.stdout, dg, *asJSON, *markdown)
	}
}

// buildDigest reads the statements seen in the period and builds its digest.
func buildDigest(ctx context.Context, a *app, p digest.Period) (digest.Digest, error) {
	stmts, err := a.store.Statements(ctx, digest.Query{Since: p.From, Until: p.To})
	if err != nil {
		return digest.Digest{}, err
	}
	return digest.Build(a.analyzer.Topic(), p, stmts), nil
}

func writeDigest(w io.Writer, d digest.Digest, asJSON, markdown bool) error {
	switch {
	case asJSON:
		return writeJSON(w, d)
	case markdown:
		return d.WriteMarkdown(w)
	default:
		return d.WriteText(w)
	}
}
