package digest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// checkGolden compares got with testdata/golden/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", name, diff)
	}
}

func TestRenderDigestGolden(t *testing.T) {
	digests := map[string]Digest{
		"digest": Build(DefaultTopic(), samplePeriod, sampleStatements()),
		"quiet":  Build(DefaultTopic(), samplePeriod, sampleStatements()[:1]),
	}
	renderers := map[string]func(Digest, *bytes.Buffer) error{
		"txt":  func(d Digest, b *bytes.Buffer) error { return d.WriteText(b) },
		"md":   func(d Digest, b *bytes.Buffer) error { return d.WriteMarkdown(b) },
		"json": func(d Digest, b *bytes.Buffer) error { return d.WriteJSON(b) },
	}
	for name, d := range digests {
		for ext, render := range renderers {
			t.Run(name+"."+ext, func(t *testing.T) {
				var b bytes.Buffer
				if err := render(d, &b); err != nil {
					t.Fatal(err)
				}
				checkGolden(t, name+"."+ext, b.Bytes())
			})
		}
	}
}

func TestDigestJSONKeys(t *testing.T) {
	var b bytes.Buffer
	if err := Build(DefaultTopic(), samplePeriod, sampleStatements()).WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Topic  *string `json:"topic"`
		Period *struct {
			From *string `json:"from"`
			To   *string `json:"to"`
		} `json:"period"`
		Headline *string `json:"headline"`
		Sections []struct {
			Kind       *string           `json:"kind"`
			Party      *string           `json:"party"`
			PartyName  *string           `json:"party_name"`
			Statements []json.RawMessage `json:"statements"`
		} `json:"sections"`
		Sources []map[string]any `json:"sources"`
		Quiet   *bool            `json:"quiet"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Topic == nil || got.Period == nil || got.Period.From == nil || got.Period.To == nil ||
		got.Headline == nil || got.Quiet == nil || len(got.Sections) == 0 || len(got.Sources) == 0 {
		t.Fatalf("missing keys in %s", b.String())
	}
	s := got.Sections[0]
	if s.Kind == nil || s.Party == nil || s.PartyName == nil || len(s.Statements) == 0 {
		t.Errorf("section lacks kind, party, party_name or statements: %+v", s)
	}
	for _, key := range []string{"title", "url", "feed", "published"} {
		if _, ok := got.Sources[0][key]; !ok {
			t.Errorf("source lacks %q: %v", key, got.Sources[0])
		}
	}
}

func TestWriteStatementsTextGolden(t *testing.T) {
	for _, tc := range []struct {
		name  string
		title string
		stmts []Statement
	}{
		{"statements.txt", "Demands of Russia", sampleStatements()[:5]},
		{"statements_empty.txt", "Rejections of Turkey", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteStatementsText(&b, tc.title, tc.stmts); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tc.name, b.Bytes())
		})
	}
}

func TestEscapeMarkdown(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text, 1,000 prisoners", "plain text, 1,000 prisoners"},
		{"*bold* _it_ ~~x~~ `code` ||spoiler||", `\*bold\* \_it\_ \~\~x\~\~ \` + "`code\\`" + ` \|\|spoiler\|\|`},
		{"> quote # head [a](b)", `\> quote # head \[a\](b)`},
		{"# head\n-# small\n  > quote", "\\# head\n\\-# small\n  \\> quote"},
		{`back\slash`, `back\\slash`},
		{"- not a list\n1. nor this\n+ nor this", "\\- not a list\n1\\. nor this\n\\+ nor this"},
		{"ping @everyone <@123>", "ping @\u200beveryone \\<@\u200b123>"},
		{"", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := EscapeMarkdown(tc.in); got != tc.want {
				t.Errorf("EscapeMarkdown(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestMarkdownLink(t *testing.T) {
	for _, tc := range []struct{ text, url, want string }{
		{"Title", "https://a.example/x", "[Title](<https://a.example/x>)"},
		{"A [b]", "https://a.example/x>(y)", `[A \[b\]](<https://a.example/x%3E%28y%29>)`},
		{"No link", "", "No link"},
		{"Bad scheme", "javascript:alert(1)", "Bad scheme"},
	} {
		if got := markdownLink(tc.text, tc.url); got != tc.want {
			t.Errorf("markdownLink(%q, %q) = %q, want %q", tc.text, tc.url, got, tc.want)
		}
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestRenderReportsWriteErrors(t *testing.T) {
	d := Build(DefaultTopic(), samplePeriod, sampleStatements())
	for name, err := range map[string]error{
		"text":       d.WriteText(failWriter{}),
		"markdown":   d.WriteMarkdown(failWriter{}),
		"json":       d.WriteJSON(failWriter{}),
		"statements": WriteStatementsText(failWriter{}, "x", sampleStatements()),
	} {
		if err == nil {
			t.Errorf("%s: no error from a failing writer", name)
		}
	}
}
