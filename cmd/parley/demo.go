package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/parley-bot/parley/config"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/store"
)

// demoFiles are the sample feeds and article pages written by the parley
// team, served by the demo from loopback: RSS 2.0, Atom, JSON Feed, and a
// teaser-only feed whose stories are on article pages (one of them behind
// a paywall). "{{base}}" in a file stands for the server's address.
//
//go:embed demo
var demoFiles embed.FS

// demoFeed is one sample feed as the demo's config lists it.
type demoFeed struct {
	file, name, fullText string
}

// demoFeeds are the sample feeds. Only the teaser feed has its article
// pages read: the others carry their stories in full.
var demoFeeds = []demoFeed{
	{"blacksea.xml", "Black Sea Brief", "auto"},
	{"bosporus.xml", "Bosporus Ledger", "never"},
	{"dnipro.json", "Dnipro Dispatch", "never"},
	{"steppe.atom", "Steppe Courier", "never"},
}

func demoCommand(fs *flag.FlagSet) func(context.Context, *env, []string) error {
	return func(ctx context.Context, e *env, _ []string) error {
		srv, base, err := serveDemoFeeds()
		if err != nil {
			return err
		}
		defer srv.Close()

		cfg, err := e.loadConfig()
		if err != nil {
			return err
		}
		cfg.Poll.AllowPrivate = true // the sample feeds are on loopback
		cfg.Feeds = nil
		cfg.FullText.Enabled = true
		cfg.FullText.Delay = 0
		for _, f := range demoFeeds {
			cfg.Feeds = append(cfg.Feeds, digest.Feed{Name: f.name, URL: base + "/" + f.file, Enabled: true, FullText: f.fullText})
		}
		if e.db == "" {
			dir, err := os.MkdirTemp("", "parley-demo-")
			if err != nil {
				return fmt.Errorf("demo: %w", err)
			}
			defer os.RemoveAll(dir)
			cfg.Store.Path = filepath.Join(dir, "parley.db")
		}
		a, err := e.openWith(ctx, cfg)
		if err != nil {
			return err
		}
		defer a.Close()
		return runDemo(ctx, a, cfg, e.stdout)
	}
}

func runDemo(ctx context.Context, a *app, cfg *config.Config, w io.Writer) error {
	fmt.Fprintf(w, "parley demo: %d sample feeds served on loopback, store %s\n\n", len(cfg.Feeds), cfg.Store.Path)
	fl, err := a.feeds(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "== First poll")
	if err := pollOnce(ctx, a, fl, false, w); err != nil {
		return err
	}
	fmt.Fprintln(w, "\n== Second poll (conditional GET: nothing changed, nothing parsed)")
	if err := pollOnce(ctx, a, fl, true, w); err != nil {
		return err
	}
	items, err := a.store.Items(ctx, store.ItemFilter{})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\n== Stored items")
	if err := writeItemsTable(w, items); err != nil {
		return err
	}
	if len(items) == 0 {
		return errors.New("demo: no items were stored")
	}
	// The samples are dated; the digest covers them all, up to now.
	from := items[len(items)-1].Published
	for _, it := range items {
		if it.Published.Before(from) {
			from = it.Published
		}
	}
	dg, err := buildDigest(ctx, a, digest.Period{From: from, To: time.Now()})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\n== Digest of the sample period")
	return dg.WriteText(w)
}

// serveDemoFeeds serves the embedded sample feeds and pages on a loopback
// port, with validators so that a second poll gets 304 Not Modified.
func serveDemoFeeds() (*http.Server, string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", fmt.Errorf("demo: listen on loopback: %w", err)
	}
	base := "http://" + ln.Addr().String()
	types := map[string]string{
		".xml": "application/rss+xml", ".atom": "application/atom+xml", ".json": "application/feed+json",
		".html": "text/html", ".txt": "text/plain",
	}
	srv := &http.Server{ReadHeaderTimeout: 5 * time.Second, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		body, err := demoFiles.ReadFile("demo/" + name)
		if err != nil || strings.HasPrefix(name, "pages/") {
			body, err = demoFiles.ReadFile("demo/pages/" + name)
		}
		if err != nil || r.Method != http.MethodGet {
			http.NotFound(w, r)
			return
		}
		body = bytes.ReplaceAll(body, []byte("{{base}}"), []byte(base))
		sum := sha256.Sum256(body)
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", types[path.Ext(name)]+"; charset=utf-8")
		w.Write(body)
	})}
	go srv.Serve(ln)
	return srv, base, nil
}
