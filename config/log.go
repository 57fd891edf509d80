package config

import (
	"io"
	"log/slog"
)

// Handler returns the slog handler the [log] table asks for, writing to w.
// It expects a validated config; an unknown level logs at info.
func (l LogConfig) Handler(w io.Writer) slog.Handler {
	var level slog.Level
	if err := level.UnmarshalText([]byte(l.Level)); err != nil {
		level = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: level}
	if l.Format == "json" {
		return slog.NewJSONHandler(w, opts)
	}
	return slog.NewTextHandler(w, opts)
}
