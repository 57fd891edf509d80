package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/digest"
)

// The benchmark database: the size issue 3 sets the query goal for.
const (
	benchItems      = 100_000
	benchStatements = 20_000
	benchFeeds      = 50
	// benchVersion names the cached file; bump it when the data changes.
	benchVersion = "v2"
)

var (
	benchOnce sync.Once
	benchPath string
	benchErr  error
)

// benchDB returns the path of a database holding benchItems items and
// benchStatements statements. It is built once, with bulk inserts in one
// transaction, and cached in the temporary directory across runs.
func benchDB(b *testing.B) string {
	b.Helper()
	benchOnce.Do(func() {
		benchPath = filepath.Join(os.TempDir(), fmt.Sprintf("parley-store-bench-%s-%d-%d.db", benchVersion, benchItems, benchStatements))
		if _, err := os.Stat(benchPath); err == nil {
			return
		}
		tmp := benchPath + ".building"
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(tmp + suffix)
		}
		start := time.Now()
		if benchErr = buildBenchDB(context.Background(), tmp); benchErr != nil {
			return
		}
		benchErr = os.Rename(tmp, benchPath)
		b.Logf("built %s in %v", benchPath, time.Since(start).Round(time.Millisecond))
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchPath
}

// benchWords make up varied texts and titles.
var benchWords = strings.Fields(`ceasefire truce prisoners exchange bodies children territory
	Donetsk Luhansk Kherson Zaporizhzhia Crimea NATO neutrality sanctions guarantees troops
	withdrawal memorandum summit Istanbul Geneva Riyadh delegation talks energy strikes
	infrastructure grain ports Black Sea elections army limits reparations assets nuclear plant
	monitoring observers corridor humanitarian recognition borders referendum security`)

func benchText(r *rand.Rand, n int) string {
	words := make([]string, n)
	for i := range words {
		words[i] = benchWords[r.IntN(len(benchWords))]
	}
	return strings.Join(words, " ")
}

func buildBenchDB(ctx context.Context, path string) error {
	s, err := Open(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	r := rand.New(rand.NewPCG(1, 2))
	parties := []string{"russia", "ukraine", "us", "turkey", "europe"}
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	return s.write(ctx, func(tx *sql.Tx) error {
		insItem, err := tx.PrepareContext(ctx, `INSERT INTO items (`+itemColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		insFeed, err := tx.PrepareContext(ctx, `INSERT INTO item_feeds (item_id, feed, added_at) VALUES (?, ?, ?)`)
		if err != nil {
			return err
		}
		type benchItem struct {
			id, title string
			published int64
		}
		items := make([]benchItem, benchItems)
		for i := range items {
			feed := fmt.Sprintf("Feed %02d", i%benchFeeds)
			published := base.Add(time.Duration(r.IntN(365*24*60)) * time.Minute)
			it := benchItem{id: fmt.Sprintf("item-%06d", i), title: benchText(r, 8), published: dbTime(published)}
			items[i] = it
			if _, err := insItem.ExecContext(ctx, it.id, "https://news.example/"+it.id, it.title, benchText(r, 30), benchText(r, 150),
				it.published, 0, "en", feed, it.published, dbBool(i%3 == 0), 1.5, "bench", "", ""); err != nil {
				return err
			}
			if _, err := insFeed.ExecContext(ctx, it.id, feed, it.published); err != nil {
				return err
			}
		}
		insStmt, err := tx.PrepareContext(ctx, `INSERT INTO statements (party, kind, text, merge_key, figures, first_seen, last_seen, search)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		insSrc, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO statement_sources (statement_id, item_id, figures) VALUES (?, ?, '[]')`)
		if err != nil {
			return err
		}
		figures, err := encodeFigures([]digest.Figure{{Value: 1000, Unit: "prisoners", Text: "1,000 prisoners"}})
		if err != nil {
			return err
		}
		for i := range benchStatements {
			text := fmt.Sprintf("%s %d", benchText(r, 6), i)
			srcs := make([]benchItem, 1+r.IntN(3))
			for j := range srcs {
				srcs[j] = items[r.IntN(len(items))]
			}
			row := statementRow{firstSeen: srcs[0].published, lastSeen: srcs[0].published, search: strings.ToLower(text)}
			for _, it := range srcs {
				row.addSource(sourceItem{id: it.id, title: it.title, published: it.published})
			}
			res, err := insStmt.ExecContext(ctx, parties[i%len(parties)], string(digest.Kinds[(i/len(parties))%len(digest.Kinds)]),
				text, digest.MergeKey(text), figures, row.firstSeen, row.lastSeen, row.search)
			if err != nil {
				return err
			}
			id, err := res.LastInsertId()
			if err != nil {
				return err
			}
			for _, it := range srcs {
				if _, err := insSrc.ExecContext(ctx, id, it.id); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// BenchmarkStatementsQuery measures the queries behind `parley demands
// russia` and `parley search` on 100,000 items and 20,000 statements.
// Goal (issue 3): under 50 ms each.
func BenchmarkStatementsQuery(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, benchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	queries := []struct {
		name string
		q    digest.Query
	}{
		{"party_kind", digest.Query{Party: "russia", Kind: digest.Demand, Limit: 25}},
		{"party_kind_since", digest.Query{Party: "russia", Kind: digest.Demand, Since: time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)}},
		{"text", digest.Query{Text: "prisoners exchange", Limit: 25}},
		{"text_rare", digest.Query{Text: "reparations nuclear corridor", Limit: 25}},
		{"party_text", digest.Query{Party: "ukraine", Text: "Crimea", Limit: 25}},
	}
	for _, bq := range queries {
		b.Run(bq.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				stmts, err := s.Statements(ctx, bq.q)
				if err != nil {
					b.Fatal(err)
				}
				n = len(stmts)
			}
			if n == 0 {
				b.Fatalf("%+v found nothing", bq.q)
			}
			b.ReportMetric(float64(n), "statements/op")
		})
	}
}

// BenchmarkSavePoll measures saving one poll (20 new items, 10 statements,
// half of them merging with stored ones) into a copy of the benchmark
// database: merging must stay cheap with 20,000 statements stored.
func BenchmarkSavePoll(b *testing.B) {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "copy.db")
	data, err := os.ReadFile(benchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		b.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	stored, err := s.Statements(ctx, digest.Query{Party: "russia", Kind: digest.Demand, Limit: 5})
	if err != nil || len(stored) < 5 {
		b.Fatalf("stored statements: %d, %v", len(stored), err)
	}
	f := digest.Feed{Name: "Bench", URL: "https://bench.example/rss"}
	r := rand.New(rand.NewPCG(3, 4))
	poll := 0
	for b.Loop() {
		poll++
		items := make([]digest.Item, 20)
		for i := range items {
			id := fmt.Sprintf("poll-%d-%d", poll, i)
			items[i] = digest.Item{ID: id, URL: "https://bench.example/" + id, Title: benchText(r, 8),
				Content: benchText(r, 150), Published: time.Now()}
		}
		stmts := make([]digest.Statement, 10)
		for i := range stmts {
			text := benchText(r, 6)
			if i < len(stored) {
				text = stored[i].Text
			}
			stmts[i] = digest.Statement{Party: "russia", Kind: digest.Demand, Text: text,
				Sources: []digest.Source{{ItemID: items[i].ID}}}
		}
		if _, err := s.SavePoll(ctx, f, digest.FeedState{URL: f.URL, LastStatus: "ok"}, items, stmts); err != nil {
			b.Fatal(err)
		}
	}
}
