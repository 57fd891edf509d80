package bot_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/parley-bot/parley/bot"
	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/internal/discordtest"
	"github.com/parley-bot/parley/store"
)

// The benchmark database: 100,000 items (issue 4), one statement per five.
const (
	benchItems   = 100_000
	benchPerStmt = 5
	benchBatch   = 2_000
	// benchVersion names the cached file; bump it when the data changes.
	benchVersion = "v1"
)

var (
	benchOnce sync.Once
	benchPath string
	benchErr  error
)

// benchDB returns the path of the benchmark database, built once through
// the store's poll path and cached in the temporary directory across runs.
func benchDB(b *testing.B) string {
	b.Helper()
	benchOnce.Do(func() {
		benchPath = filepath.Join(os.TempDir(), fmt.Sprintf("parley-bot-bench-%s-%d.db", benchVersion, benchItems))
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
		for _, suffix := range []string{"", "-wal", "-shm"} {
			if err := os.Rename(tmp+suffix, benchPath+suffix); err != nil && suffix == "" {
				benchErr = err
			}
		}
		b.Logf("built %s in %v", benchPath, time.Since(start).Round(time.Millisecond))
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchPath
}

var benchWords = strings.Fields(`ceasefire truce prisoners exchange bodies children territory
	Donetsk Luhansk Kherson Zaporizhzhia Crimea neutrality sanctions guarantees troops withdrawal
	memorandum summit Istanbul delegation talks energy strikes grain ports elections observers`)

func benchText(r *rand.Rand, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = benchWords[r.IntN(len(benchWords))]
	}
	return strings.Join(w, " ")
}

func buildBenchDB(ctx context.Context, path string) error {
	st, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	r := rand.New(rand.NewPCG(4, 2))
	parties := []string{"russia", "ukraine", "us", "turkey", "europe"}
	base := time.Now().UTC().Add(-365 * 24 * time.Hour)
	for batch := 0; batch < benchItems/benchBatch; batch++ {
		feed := digest.Feed{Name: fmt.Sprintf("Feed %02d", batch%50), URL: fmt.Sprintf("https://feed%02d.example/rss", batch%50), Enabled: true}
		items := make([]digest.Item, benchBatch)
		var stmts []digest.Statement
		for i := range items {
			n := batch*benchBatch + i
			pub := base.Add(time.Duration(r.IntN(365*24*60)) * time.Minute)
			items[i] = digest.Item{ID: fmt.Sprintf("item-%06d", n), URL: fmt.Sprintf("https://news.example/%06d", n),
				Title: benchText(r, 8), Summary: benchText(r, 30), Published: pub, Feed: feed.Name,
				Relevance: digest.Relevance{Relevant: n%3 == 0, Score: 1.5}}
			if n%benchPerStmt == 0 {
				stmts = append(stmts, digest.Statement{
					Party: parties[r.IntN(len(parties))], Kind: digest.Kinds[r.IntN(len(digest.Kinds))],
					Text: fmt.Sprintf("%s %d", benchText(r, 7), n), FirstSeen: pub, LastSeen: pub,
					Sources: []digest.Source{{ItemID: items[i].ID, Title: items[i].Title, URL: items[i].URL, Feed: feed.Name, Published: pub}},
				})
			}
		}
		if _, err := st.SavePoll(ctx, feed, digest.FeedState{LastStatus: "ok", LastPoll: time.Now()}, items, stmts); err != nil {
			return err
		}
	}
	return nil
}

// BenchmarkSlashCommand measures, on a database of 100,000 items, the time
// from the gateway's INTERACTION_CREATE dispatch to the interaction's
// callback arriving at the loopback Discord, through the real discordgo
// client, router, store query and embed rendering. It reports p50 and p99,
// and how many answers the router had to defer (over 2 s).
func BenchmarkSlashCommand(b *testing.B) {
	path := benchDB(b)
	e := newEnvAt(b, path, func(o *bot.Options) { o.RateBurst = 1 << 30 })
	cases := []struct {
		name string
		in   func() *discordgo.Interaction
	}{
		{"demands", func() *discordgo.Interaction {
			return e.srv.Command(reader, "demands", discordtest.Opt("party", "moscow"))
		}},
		{"timeline", func() *discordgo.Interaction { return e.srv.Command(reader, "timeline") }},
		{"autocomplete", func() *discordgo.Interaction {
			return e.srv.Autocomplete(reader, "demands", discordtest.Focused("party", "kre"))
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			deferred := 0
			for b.Loop() {
				cb := e.srv.Reply(b, c.in())
				if cb.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource {
					// The router deferred a slow answer (a loaded
					// machine): the callback is still what Discord waits for.
					deferred++
				}
				lat = append(lat, cb.Latency)
			}
			slices.Sort(lat)
			pct := func(p float64) float64 {
				return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
			}
			b.ReportMetric(pct(0.50), "p50_ms")
			b.ReportMetric(pct(0.99), "p99_ms")
			b.ReportMetric(float64(deferred), "deferred")
		})
	}
}
