package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// parley runs the command line in-process and returns its exit status and
// outputs. It never reads ./parley.toml: tests run with an empty working
// directory unless they pass --config.
func parley(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = dispatch(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func chdirTemp(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	return dir
}

func fixture(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUsageAndExitStatus(t *testing.T) {
	feed := fixture(t, "talks.xml")
	chdirTemp(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // substring expected on stdout
		stderr string // substring expected on stderr
	}{
		{"no command", nil, exitUsage, "Commands:", ""},
		{"help", []string{"--help"}, exitOK, "Commands:", ""},
		{"unknown command", []string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`},
		{"unknown flag", []string{"items", "--frob"}, exitUsage, "", "flag provided but not defined: -frob"},
		{"missing argument", []string{"demands"}, exitUsage, "", "wrong number of arguments"},
		{"too many arguments", []string{"agreements", "russia"}, exitUsage, "", "wrong number of arguments"},
		{"poll without --once", []string{"--db", "x.db", "poll"}, exitUsage, "", "poll needs --once"},
		{"bad --since", []string{"--db", "x.db", "digest", "--since", "yesterday"}, exitUsage, "", "want a positive duration"},
		{"unknown party", []string{"--db", "x.db", "demands", "atlantis"}, exitUsage, "", "known parties are"},
		{"missing config file", []string{"--config", "nope.toml", "items"}, exitUsage, "", "nope.toml"},
		{"missing feed file", []string{"--db", "x.db", "ingest", "nope.xml"}, exitFailure, "", "1 of 1 files failed"},
		{"ingest ok", []string{"ingest", feed, "--db", "y.db"}, exitOK, "new", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := parley(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit status %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errOut)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, out)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, errOut)
			}
		})
	}
}

func TestHelpOnEveryCommand(t *testing.T) {
	chdirTemp(t)
	for name, cmd := range commands {
		t.Run(name, func(t *testing.T) {
			code, out, _ := parley(t, name, "--help")
			if code != exitOK {
				t.Fatalf("exit status %d", code)
			}
			for _, want := range []string{"Usage: parley " + name, cmd.summary, "-config", "-db"} {
				if !strings.Contains(out, want) {
					t.Errorf("help lacks %q:\n%s", want, out)
				}
			}
		})
	}
}

func TestInvalidConfigNamesFileLineAndKey(t *testing.T) {
	dir := chdirTemp(t)
	cfg := filepath.Join(dir, "bad.toml")
	body := "[store]\npath = \"p.db\"\n\n[[feeds]]\nname = \"A\"\nurl = \"not a url\"\n\n[poll]\nalow_private = true\n"
	if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := parley(t, "--config", cfg, "items")
	if code != exitUsage {
		t.Fatalf("exit status %d, want %d; stderr: %s", code, exitUsage, errOut)
	}
	for _, want := range []string{"bad.toml:6: feeds[0].url", "bad.toml:9: poll.alow_private"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

// statementsOut is the JSON contract of the statement queries.
type statementsOut struct {
	Party      string `json:"party"`
	Kind       string `json:"kind"`
	Statements []struct {
		Party   string `json:"party"`
		Kind    string `json:"kind"`
		Text    string `json:"text"`
		Figures []struct {
			Value float64 `json:"value"`
			Unit  string  `json:"unit"`
			Text  string  `json:"text"`
		} `json:"figures"`
		FirstSeen string `json:"first_seen"`
		LastSeen  string `json:"last_seen"`
		Sources   []struct {
			Title     string `json:"title"`
			URL       string `json:"url"`
			Feed      string `json:"feed"`
			Published string `json:"published"`
		} `json:"sources"`
	} `json:"statements"`
}

func TestIngestThenQueryThroughAliasesAndFlagsAnywhere(t *testing.T) {
	feed := fixture(t, "talks.xml")
	chdirTemp(t)
	if code, out, errOut := parley(t, "--db", "t.db", "ingest", feed); code != exitOK {
		t.Fatalf("ingest: %d\n%s\n%s", code, out, errOut)
	}
	var first string
	for _, args := range [][]string{
		{"--db", "t.db", "demands", "russia", "--json"},
		{"demands", "Kremlin", "--json", "--db", "t.db"},
		{"demands", "--json", "MOSCOW", "--db=t.db"},
	} {
		code, out, errOut := parley(t, args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		var got statementsOut
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v: bad JSON: %v\n%s", args, err, out)
		}
		if got.Party != "russia" || got.Kind != "demand" {
			t.Errorf("%v: party %q kind %q, want russia demand", args, got.Party, got.Kind)
		}
		if len(got.Statements) == 0 {
			t.Fatalf("%v: no demands of Russia in %s", args, out)
		}
		s := got.Statements[0]
		if s.Party != "russia" || s.Kind != "demand" || !strings.Contains(strings.ToLower(s.Text), "donetsk") {
			t.Errorf("%v: first statement %+v", args, s)
		}
		if len(s.Sources) != 1 || s.Sources[0].URL != "https://test-wire.example/2025/07/23/istanbul-third-round" || s.FirstSeen != "2025-07-23T19:00:00Z" {
			t.Errorf("%v: sources %+v first_seen %s (tracking parameters must be gone)", args, s.Sources, s.FirstSeen)
		}
		if first == "" {
			first = out
		} else if out != first {
			t.Errorf("%v: answer differs from the first spelling:\n%s\nvs\n%s", args, out, first)
		}
	}

	code, out, _ := parley(t, "--db", "t.db", "agreements", "--json")
	if code != exitOK || !strings.Contains(out, `"unit": "prisoners"`) || !strings.Contains(out, "1,200") {
		t.Errorf("agreements: exit %d, want the 1,200 prisoners figure:\n%s", code, out)
	}

	code, out, _ = parley(t, "--db", "t.db", "items", "--json")
	var items struct {
		Items []map[string]any `json:"items"`
	}
	if code != exitOK || json.Unmarshal([]byte(out), &items) != nil || len(items.Items) != 2 {
		t.Fatalf("items: exit %d:\n%s", code, out)
	}
	for _, key := range []string{"id", "title", "url", "feed", "published", "relevant", "score", "reason"} {
		if _, ok := items.Items[0][key]; !ok {
			t.Errorf("items[0] lacks key %q: %v", key, items.Items[0])
		}
	}
	if items.Items[0]["relevant"] != true || items.Items[1]["relevant"] != false {
		t.Errorf("newest first: want the talks item relevant and the weather not: %v", items.Items)
	}
}

// TestTimelineSearchFiltersAndDigestFromTheStore runs the other CLI twins
// over a real SQLite store filled by a real ingest: the timeline, a
// search, the kind queries with and without a party (by alias), and the
// digest as JSON.
func TestTimelineSearchFiltersAndDigestFromTheStore(t *testing.T) {
	feed := fixture(t, "talks.xml")
	chdirTemp(t)
	if code, out, errOut := parley(t, "--db", "t.db", "ingest", feed); code != exitOK {
		t.Fatalf("ingest: %d\n%s\n%s", code, out, errOut)
	}
	query := func(args ...string) statementsOut {
		t.Helper()
		code, out, errOut := parley(t, append([]string{"--db", "t.db"}, args...)...)
		var got statementsOut
		if code != exitOK || json.Unmarshal([]byte(out), &got) != nil {
			t.Fatalf("%v: exit %d: %s\n%s", args, code, errOut, out)
		}
		return got
	}
	timeline := query("timeline", "--json")
	kinds := map[string]bool{}
	for _, s := range timeline.Statements {
		kinds[s.Kind] = true
	}
	if !kinds["demand"] || !kinds["agreement"] || !kinds["rejection"] {
		t.Errorf("timeline kinds %v, want demands, agreements and rejections", kinds)
	}
	found := query("search", "Donetsk", "--json")
	if len(found.Statements) == 0 {
		t.Fatal("search Donetsk: no statement")
	}
	for _, s := range found.Statements {
		if !strings.Contains(strings.ToLower(s.Text), "donetsk") {
			t.Errorf("search Donetsk returned %q", s.Text)
		}
	}
	if r := query("rejections", "Kyiv", "--json"); r.Party != "ukraine" || len(r.Statements) == 0 || r.Statements[0].Party != "ukraine" {
		t.Errorf("rejections Kyiv: %+v, want Ukraine's rejections", r)
	}
	if r := query("rejections", "russia", "--json"); len(r.Statements) != 0 {
		t.Errorf("rejections russia: %+v, want none in this feed", r.Statements)
	}
	if p := query("proposals", "--json"); p.Kind != "proposal" {
		t.Errorf("proposals: kind %q", p.Kind)
	}

	code, out, errOut := parley(t, "--db", "t.db", "digest", "--since", "100000h", "--json")
	var digest struct {
		Headline string `json:"headline"`
		Sections []struct {
			Kind  string `json:"kind"`
			Party string `json:"party"`
		} `json:"sections"`
		Sources []struct {
			URL string `json:"url"`
		} `json:"sources"`
	}
	if code != exitOK || json.Unmarshal([]byte(out), &digest) != nil {
		t.Fatalf("digest: exit %d: %s\n%s", code, errOut, out)
	}
	if !strings.Contains(digest.Headline, "1,200") || len(digest.Sections) == 0 || len(digest.Sources) == 0 {
		t.Errorf("digest: headline %q, %d sections, %d sources", digest.Headline, len(digest.Sections), len(digest.Sources))
	}
}

func TestPollOnceReportsEachFeed(t *testing.T) {
	talks, err := os.ReadFile(fixture(t, "talks.xml"))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/good.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(talks)
	})
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<rss><channel><item><title>cut off"))
	})
	mux.HandleFunc("/gone.xml", http.NotFound)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	dir := chdirTemp(t)
	cfg := "[store]\npath = \"" + filepath.Join(dir, "p.db") + "\"\n[poll]\nallow_private = true\n" +
		"[[feeds]]\nname = \"Good\"\nurl = \"" + srv.URL + "/good.xml\"\n" +
		"[[feeds]]\nname = \"Broken\"\nurl = \"" + srv.URL + "/broken.xml\"\n" +
		"[[feeds]]\nname = \"Gone\"\nurl = \"" + srv.URL + "/gone.xml\"\n"
	if err := os.WriteFile("parley.toml", []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := parley(t, "poll", "--once")
	if code != exitOK {
		t.Fatalf("poll: exit %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{"Good", "2 new", "Broken", "error", "Gone", "404"} {
		if !strings.Contains(out, want) {
			t.Errorf("first poll output lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = parley(t, "poll", "--once")
	if !strings.Contains(out, "not modified") {
		t.Errorf("second poll should be a 304 for the good feed:\n%s", out)
	}
}

func TestDemoPrintsTheDigest(t *testing.T) {
	chdirTemp(t)
	code, out, errOut := parley(t, "demo")
	if code != exitOK {
		t.Fatalf("demo: exit %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{"== First poll", "4 feeds", "not modified", "article pages: 1 read", "1 paywalled",
		"[full text: read", "[full text: paywall", "== Stored items", "== Digest", "Demands", "Agreements", "200 prisoners"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
}

func TestFeedsExportRoundTrips(t *testing.T) {
	dir := chdirTemp(t)
	cfg := "[store]\npath = \"" + filepath.Join(dir, "p.db") + "\"\n[[feeds]]\nname = \"World\"\nurl = \"https://news.example/world.xml\"\nschedule = \"CRON_TZ=Europe/Kyiv 0 * * * *\"\n"
	if err := os.WriteFile("parley.toml", []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := parley(t, "feeds", "export")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"[[feeds]]", `name = "World"`, `url = "https://news.example/world.xml"`, `schedule = "CRON_TZ=Europe/Kyiv 0 * * * *"`, "enabled = true"} {
		if !strings.Contains(out, want) {
			t.Errorf("export lacks %q:\n%s", want, out)
		}
	}
	// The export is itself a valid config.
	if err := os.WriteFile("exported.toml", []byte(out), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := parley(t, "--config", "exported.toml", "--db", "q.db", "feeds", "export"); code != exitOK {
		t.Errorf("exported TOML does not load: %s", errOut)
	}
}
