package store

import (
	"context"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/digest"
)

// t0 is the reference time of the fixtures.
var t0 = time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC)

// openTest opens a store in a fresh directory and closes it after the test.
func openTest(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "parley.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s, path
}

// item builds a fixture item published h hours after t0.
func item(id, url, title string, h int) digest.Item {
	return digest.Item{ID: id, URL: url, Title: title, Summary: "summary of " + title, Published: t0.Add(time.Duration(h) * time.Hour)}
}

// stmt builds a fixture statement reported by itemID.
func stmt(party string, kind digest.Kind, text, itemID string, figures ...digest.Figure) digest.Statement {
	return digest.Statement{Party: party, Kind: kind, Text: text, Figures: figures, Sources: []digest.Source{{ItemID: itemID}}}
}

func feed(name string) digest.Feed {
	return digest.Feed{Name: name, URL: "https://" + strings.ToLower(name) + ".example/rss", Enabled: true}
}

// okState is the state of a successful poll of f at time at.
func okState(f digest.Feed, at time.Time) digest.FeedState {
	return digest.FeedState{URL: f.URL, ETag: `"v1"`, LastStatus: "ok", LastPoll: at, LastOK: at}
}

func savePoll(t testing.TB, s *Store, f digest.Feed, items []digest.Item, stmts []digest.Statement) int {
	t.Helper()
	n, err := s.SavePoll(context.Background(), f, okState(f, t0), items, stmts)
	if err != nil {
		t.Fatalf("SavePoll(%s): %v", f.Name, err)
	}
	return n
}

func TestOpenAppliesMigrationsOnce(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	savePoll(t, s, feed("A"), []digest.Item{item("a1", "https://a.example/1", "Talks resume", 0)}, nil)

	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, n := range names {
		want = append(want, strings.TrimSuffix(filepath.Base(n), ".sql"))
	}
	sort.Strings(want)
	if len(want) == 0 || want[0] != "0001_init" {
		t.Fatalf("embedded migrations = %v, want 0001_init first", want)
	}

	for reopen := range 2 {
		s2, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("reopen %d: %v", reopen, err)
		}
		var got []string
		rows, err := s2.rdb.QueryContext(ctx, `SELECT version FROM schema_migrations ORDER BY version`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				t.Fatal(err)
			}
			got = append(got, v)
		}
		rows.Close()
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("reopen %d: schema_migrations (-want +got):\n%s", reopen, diff)
		}
		if total, _, err := s2.CountItems(ctx); err != nil || total != 1 {
			t.Errorf("reopen %d: CountItems = %d, %v; want 1 (data kept)", reopen, total, err)
		}
		var mode string
		if err := s2.rdb.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode = %q, %v; want wal", mode, err)
		}
		var fk int
		if err := s2.wdb.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
			t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
		}
		if err := s2.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenRejectsNonFilePaths(t *testing.T) {
	for _, path := range []string{"", ":memory:", "file:x.db", "x.db?mode=ro"} {
		t.Run(path, func(t *testing.T) {
			if s, err := Open(context.Background(), path); err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded, want an error", path)
			}
		})
	}
}

func TestPing(t *testing.T) {
	s, _ := openTest(t)
	if err := s.Ping(context.Background()); err != nil {
		t.Fatalf("Ping: %v", err)
	}
	s.Close()
	if err := s.Ping(context.Background()); err == nil {
		t.Fatal("Ping after Close succeeded, want an error")
	}
}
