package feeds

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parley-bot/parley/digest"
)

// Ingest reads a local feed file (RSS, Atom, RDF or JSON Feed, gzipped or
// not) through the same parse → analyze → store path as a poll. The feed
// is named after the file's base name, with a file:// URL; the body cap
// applies.
func (p *Poller) Ingest(ctx context.Context, path string) (Result, error) {
	start := p.now()
	abs, err := filepath.Abs(path)
	if err != nil {
		return Result{}, fmt.Errorf("feeds: ingest %s: %w", path, err)
	}
	feed := digest.Feed{Name: filepath.Base(abs), URL: "file://" + filepath.ToSlash(abs), Enabled: true}
	res := Result{Feed: feed, Outcome: OutcomeError}
	finish := func(err error) (Result, error) {
		res.Err, res.Duration = err, p.now().Sub(start)
		p.logResult(res)
		return res, err
	}

	f, err := os.Open(abs)
	if err != nil {
		return finish(fmt.Errorf("feeds: ingest %s: %w", path, err))
	}
	defer f.Close()
	body, err := readCapped(f, -1, p.fetcher.opts.MaxBodyBytes)
	if err != nil {
		return finish(fmt.Errorf("feeds: ingest %s: %w", path, err))
	}
	p.parses.Add(1)
	items, err := ParseWith(body, ParseOptions{FeedURL: feed.URL, FeedName: feed.Name, FetchedAt: start})
	if err != nil {
		return finish(err)
	}
	state, err := p.store.FeedState(ctx, feed.URL)
	if err != nil {
		return finish(fmt.Errorf("feeds: ingest %s: %w", path, err))
	}
	state.LastPoll = start
	state = succeeded(state, "ok", Validators{}, start)
	if res.NewItems, err = p.save(ctx, feed, state, items); err != nil {
		return finish(err)
	}
	res.Outcome = OutcomeNew
	return finish(nil)
}
