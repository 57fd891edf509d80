package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/parley-bot/parley/config"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/store"
)

// configError is a config that cannot be read or is invalid: exit status 2.
type configError struct{ err error }

func (e configError) Error() string { return e.err.Error() }
func (e configError) Unwrap() error { return e.err }

func isUsage(err error) bool {
	var u usageError
	var c configError
	return errors.As(err, &u) || errors.As(err, &c)
}

// app is what most commands need: the config, the compiled topic pack, the
// store and a logger.
type app struct {
	cfg      *config.Config
	analyzer *digest.Analyzer
	store    *store.Store
	log      *slog.Logger
}

// loadConfig reads the config the globals point at and applies --db.
func (e *env) loadConfig() (*config.Config, error) {
	cfg, err := config.Open(e.config)
	if err != nil {
		return nil, configError{err}
	}
	if e.db != "" {
		cfg.Store.Path = e.db
	}
	return cfg, nil
}

// open loads the config, compiles the topic pack (with opts after the
// config's own options) and opens the store. The caller closes the app.
func (e *env) open(ctx context.Context, opts ...digest.Option) (*app, error) {
	cfg, err := e.loadConfig()
	if err != nil {
		return nil, err
	}
	return e.openWith(ctx, cfg, opts...)
}

func (e *env) openWith(ctx context.Context, cfg *config.Config, opts ...digest.Option) (*app, error) {
	opts = append([]digest.Option{digest.WithMaxText(cfg.Digest.MaxTextChars)}, opts...)
	an, err := digest.NewAnalyzer(cfg.Topic(), opts...)
	if err != nil {
		return nil, configError{fmt.Errorf("topic: %w", err)}
	}
	st, err := store.Open(ctx, cfg.Store.Path)
	if err != nil {
		return nil, err
	}
	return &app{cfg: cfg, analyzer: an, store: st, log: newLogger(cfg.Log, e.stderr)}, nil
}

func (a *app) Close() error { return a.store.Close() }

// newLogger builds the slog logger the [log] table asks for.
func newLogger(c config.LogConfig, w io.Writer) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.Level)); err != nil {
		level = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: level}
	if strings.EqualFold(c.Format, "json") {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
