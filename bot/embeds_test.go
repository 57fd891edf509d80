package bot

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/digest"
)

func TestCut(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		want  string
	}{
		{"fits", "short text", 20, "short text"},
		{"at a word", "the quick brown fox jumps over the lazy dog", 30, "the quick brown… (truncated)"},
		{"one long word", strings.Repeat("x", 40), 20, "xxxxxxx… (truncated)"},
		{"multibyte", strings.Repeat("переговоры ", 5), 25, "переговоры… (truncated)"},
		{"tiny limit", "abcdefghijklmnopqrstuvwxyz", 5, "… (tr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cut(tt.in, tt.limit)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("cut (-want +got):\n%s", diff)
			}
			if runes(got) > tt.limit {
				t.Errorf("%d characters, limit %d", runes(got), tt.limit)
			}
		})
	}
}

func TestParseSince(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 24 * time.Hour, true},
		{"36h", 36 * time.Hour, true},
		{"90m", 90 * time.Minute, true},
		{"3d", 72 * time.Hour, true},
		{"2W", 14 * 24 * time.Hour, true},
		{"yesterday", 0, false},
		{"10s", 0, false},
		{"400d", 0, false},
		{"d", 0, false},
		{"-3d", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseSince(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("parseSince(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
			}
		})
	}
}

// FuzzParseView: any custom_id is read without panicking, and a view's
// own custom_id reads back as the same view and page, within Discord's
// 100 characters for arguments the commands allow.
func FuzzParseView(f *testing.F) {
	f.Add("pg|2|demands|russia")
	f.Add("pg|0|search|prisoner exchange")
	f.Add("pg|x|digest|1-2")
	f.Add("pg|1|digest|1717000000-1717086400")
	f.Fuzz(func(t *testing.T, id string) {
		v, page, err := parseView(id)
		if err != nil {
			return
		}
		v2, page2, err := parseView(v.id(page))
		if err != nil || v2 != v || page2 != page {
			t.Errorf("round trip of %q: %+v %d %v", id, v2, page2, err)
		}
		if runes(v.arg) <= maxSearchLen && page < 1000 && page >= 0 && len(v.cmd) <= 10 && runes(v.id(page)) > 100 {
			t.Errorf("custom_id %q longer than 100 characters", v.id(page))
		}
	})
}

// FuzzStatementBlock: any statement text and source renders within the
// block budget (give or take the truncation mark), as valid UTF-8, with
// its first source linked and no mention left intact.
func FuzzStatementBlock(f *testing.F) {
	f.Add("@everyone demands **all** of `it`", "Title [x](y)", "https://a.example/1", 3)
	f.Add(strings.Repeat("ceasefire ", 300), strings.Repeat("t", 500), "https://b.example/"+strings.Repeat("p", 300), 40)
	f.Add("", "", "", 0)
	f.Fuzz(func(t *testing.T, text, title, url string, n int) {
		n = min(max(n, 0), 50)
		st := digest.Statement{Party: "russia", Kind: digest.Demand, Text: text, FirstSeen: time.Unix(1e9, 0), LastSeen: time.Unix(1e9, 0)}
		for range n {
			st.Sources = append(st.Sources, digest.Source{Title: title, URL: url})
		}
		block := statementBlock(st, func(id string) string { return id }, "")
		if !utf8.ValidString(block) && utf8.ValidString(text) && utf8.ValidString(title) && utf8.ValidString(url) {
			t.Errorf("invalid UTF-8: %q", block)
		}
		if n > 0 && !strings.Contains(block, "Sources: ") {
			t.Errorf("no sources in %q", block)
		}
		if strings.Contains(block, "@everyone") || strings.Contains(block, "@here") {
			t.Errorf("mention left in %q", block)
		}
		if runes(block) > blockMax+runes(url)+sourceTitleMax*2 {
			t.Errorf("block of %d characters", runes(block))
		}
	})
}
