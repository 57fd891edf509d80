package main

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"time"

	"github.com/parley-bot/parley/config"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/store"
)

// demoFeeds are sample feeds written by the parley team, served by the demo
// from loopback. One is RSS 2.0, one Atom, one JSON Feed.
//
//go:embed demo/*
var demoFeeds embed.FS

// demoNames names the sample feeds as the demo's config lists them.
var demoNames = map[string]string{
	"bosporus.xml": "Bosporus Ledger",
	"steppe.atom":  "Steppe Courier",
	"dnipro.json":  "Dnipro Dispatch",
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
		for _, file := range sortedKeys(demoNames) {
			cfg.Feeds = append(cfg.Feeds, digest.Feed{Name: demoNames[file], URL: base + "/" + file, Enabled: true})
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

// serveDemoFeeds serves the embedded sample feeds on a loopback port, with
// validators so that a second poll gets 304 Not Modified.
func serveDemoFeeds() (*http.Server, string, error) {
	sub, err := fs.Sub(demoFeeds, "demo")
	if err != nil {
		return nil, "", err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", fmt.Errorf("demo: listen on loopback: %w", err)
	}
	types := map[string]string{".xml": "application/rss+xml", ".atom": "application/atom+xml", ".json": "application/feed+json"}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{file}", func(w http.ResponseWriter, r *http.Request) {
		name := r.PathValue("file")
		body, err := fs.ReadFile(sub, name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		sum := sha256.Sum256(body)
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", types[path.Ext(name)]+"; charset=utf-8")
		w.Write(body)
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	return srv, "http://" + ln.Addr().String(), nil
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
