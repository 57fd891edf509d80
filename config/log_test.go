package config

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
)

func TestLogHandler(t *testing.T) {
	tests := []struct {
		cfg       LogConfig
		debugOn   bool
		errorOnly bool
		json      bool
	}{
		{cfg: LogConfig{Level: "info", Format: "text"}},
		{cfg: LogConfig{Level: "debug", Format: "json"}, debugOn: true, json: true},
		{cfg: LogConfig{Level: "error", Format: "text"}, errorOnly: true},
		{cfg: LogConfig{Level: "warn", Format: "json"}, json: true},
	}
	for _, tt := range tests {
		t.Run(tt.cfg.Level+"/"+tt.cfg.Format, func(t *testing.T) {
			var buf bytes.Buffer
			h := tt.cfg.Handler(&buf)
			ctx := context.Background()
			if got := h.Enabled(ctx, slog.LevelDebug); got != tt.debugOn {
				t.Errorf("debug enabled = %v, want %v", got, tt.debugOn)
			}
			if got := h.Enabled(ctx, slog.LevelWarn); got == tt.errorOnly {
				t.Errorf("warn enabled = %v, want %v", got, !tt.errorOnly)
			}
			slog.New(h).Error("boom", "feed_name", "x")
			line := strings.TrimSpace(buf.String())
			var m map[string]any
			isJSON := json.Unmarshal([]byte(line), &m) == nil
			if isJSON != tt.json {
				t.Errorf("output %q: JSON = %v, want %v", line, isJSON, tt.json)
			}
			if !strings.Contains(line, "feed_name") {
				t.Errorf("output %q lacks the attribute", line)
			}
		})
	}
}
