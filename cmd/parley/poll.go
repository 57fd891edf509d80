package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/parley-bot/parley/article"
	"github.com/parley-bot/parley/config"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/feeds"
)

// newFetcher builds the fetcher the [poll] table asks for.
func (a *app) newFetcher() *feeds.Fetcher {
	p := a.cfg.Poll
	return feeds.NewFetcher(feeds.Options{
		Timeout:         p.Timeout,
		MaxBodyBytes:    p.MaxBodyBytes,
		UserAgent:       p.UserAgent,
		MaxRedirects:    p.MaxRedirects,
		AllowPrivate:    p.AllowPrivate,
		PerHost:         p.PerHost,
		Concurrency:     p.Concurrency,
		BackoffMax:      p.BackoffMax,
		DefaultSchedule: p.DefaultSchedule,
		ParseSchedule:   config.ParseSchedule,
	})
}

// newReader builds the article page reader the [full_text] table asks for,
// on a fetcher of its own so that page fetches never take the slots feed
// polls need.
func (a *app) newReader() *article.Reader {
	ft := a.cfg.FullText
	return article.New(a.newFetcher(), a.store, a.analyzer, article.Options{
		Enabled:     ft.Enabled,
		MinChars:    ft.MinChars,
		Concurrency: ft.Concurrency,
		Delay:       ft.Delay,
		Logger:      a.log,
	})
}

// newPoller builds a poller storing into the app's store.
func (a *app) newPoller() *feeds.Poller {
	return feeds.NewPoller(a.newFetcher(), a.store, a.analyzer, a.log)
}

// feeds stores the config's feeds the first time the store is used,
// then returns the stored feed set, which admins may have edited since.
func (a *app) feeds(ctx context.Context) ([]digest.Feed, error) {
	if _, err := a.store.SeedFeeds(ctx, a.cfg.FeedList()); err != nil {
		return nil, err
	}
	return a.store.Feeds(ctx)
}

func pollCommand(fs *flag.FlagSet) func(context.Context, *env, []string) error {
	once := fs.Bool("once", false, "poll every enabled feed once, then exit (required)")
	force := fs.Bool("force", false, "poll feeds that are backing off after failures too")
	return func(ctx context.Context, e *env, _ []string) error {
		if !*once {
			return usagef("poll needs --once (parley run polls on schedule)")
		}
		a, err := e.open(ctx)
		if err != nil {
			return err
		}
		defer a.Close()
		fl, err := a.feeds(ctx)
		if err != nil {
			return err
		}
		return pollOnce(ctx, a, fl, *force, e.stdout)
	}
}

// pollOnce polls the enabled feeds once and prints the results table.
func pollOnce(ctx context.Context, a *app, fl []digest.Feed, force bool, w io.Writer) error {
	enabled := fl[:0:0]
	for _, f := range fl {
		if f.Enabled {
			enabled = append(enabled, f)
		}
	}
	if len(enabled) == 0 {
		fmt.Fprintln(w, "no enabled feeds: add [[feeds]] to the config (see config.example.toml)")
		return nil
	}
	p := a.newPoller()
	start := time.Now()
	rs := p.PollAll(ctx, enabled, force)
	if err := feeds.WriteResults(w, rs); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d feeds in %s\n", len(rs), time.Since(start).Round(time.Millisecond))
	if !a.cfg.FullText.Enabled {
		return ctx.Err()
	}
	start = time.Now()
	stats, err := a.newReader().Drain(ctx)
	if err != nil {
		return fmt.Errorf("article pages: %w", err)
	}
	fmt.Fprintf(w, "article pages: %s in %s\n", stats, time.Since(start).Round(time.Millisecond))
	return ctx.Err()
}

func ingestCommand(fs *flag.FlagSet) func(context.Context, *env, []string) error {
	return func(ctx context.Context, e *env, files []string) error {
		a, err := e.open(ctx)
		if err != nil {
			return err
		}
		defer a.Close()
		p := a.newPoller()
		var rs []feeds.Result
		var failed int
		for _, f := range files {
			r, err := p.Ingest(ctx, f)
			if err != nil {
				failed++
			}
			rs = append(rs, r)
		}
		feeds.WriteResults(e.stdout, rs)
		if failed > 0 {
			return fmt.Errorf("%d of %d files failed", failed, len(files))
		}
		return nil
	}
}
