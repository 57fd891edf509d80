package feeds_test

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/feeds"
)

var update = flag.Bool("update", false, "rewrite the generated fixtures in testdata/")

var fetchedAt = time.Date(2025, 6, 10, 12, 0, 0, 0, time.UTC)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// hashID is the ID of an entry with neither GUID nor link, as the package
// documents it.
func hashID(title, date string) string {
	sum := sha256.Sum256([]byte(title + "\n" + date))
	return "hash:" + hex.EncodeToString(sum[:16])
}

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

func TestParse(t *testing.T) {
	tests := []struct {
		fixture, feedURL, name string
		want                   []digest.Item
	}{
		{
			fixture: "rss2_news.xml", feedURL: "https://news.example.org/world/rss.xml", name: "Harbour Gazette",
			want: []digest.Item{
				{
					ID:        "guid:https://news.example.org/world/rss.xml#gazette-1001",
					URL:       "https://news.example.org/world/2025/06/02/istanbul-round-two?id=42",
					Title:     "Delegations meet in Istanbul for a second round of talks",
					Summary:   "Both sides exchanged written memoranda.\n\nA prisoner exchange of 1,000 for 1,000 was agreed & will start soon.",
					Content:   "What was agreed\n\nThe talks lasted just over an hour.\n\n- An exchange of prisoners\n\n- A return of 6,000 bodies",
					Published: utc("2025-06-02T15:00:00Z"),
					Language:  "en-gb",
				},
				{
					ID:        "url:https://news.example.org/world/2025/06/03/ceasefire-review.html?page=2",
					URL:       "https://news.example.org/world/2025/06/03/ceasefire-review.html?page=2",
					Title:     `Ceasefire proposal "under review", officials say`,
					Summary:   "Officials said the thirty-day proposal’s terms were under review.\n\nA reply is expected next week.",
					Published: utc("2025-06-03T09:30:00Z"),
					Language:  "fr",
				},
				{
					ID:            hashID("Undated note from the newsroom", ""),
					Title:         "Undated note from the newsroom",
					Summary:       "This entry has neither a date nor a link.",
					Published:     fetchedAt,
					DateEstimated: true,
					Language:      "en-gb",
				},
				{
					ID:            "url:https://news.example.org/world/odd-date",
					URL:           "https://news.example.org/world/odd-date",
					Title:         "A date that cannot be read",
					Published:     fetchedAt,
					DateEstimated: true,
					Language:      "en-gb",
				},
			},
		},
		{
			fixture: "atom_relative.atom", feedURL: "https://kyiv.example.net/feed.atom", name: "Kyiv Courier",
			want: []digest.Item{
				{
					ID:        "guid:tag:kyiv.example.net,2025:entry-7",
					URL:       "https://kyiv.example.net/news/2025/06/04/talks-continue",
					Title:     "Переговори продовжаться наступного тижня",
					Summary:   "Сторони домовилися зустрітися знову.",
					Published: utc("2025-06-04T06:45:00Z"),
					Language:  "uk",
				},
				{
					ID:        "guid:tag:kyiv.example.net,2025:entry-8",
					URL:       "https://kyiv.example.net/archive/2025/only-updated",
					Title:     "Only an update date",
					Content:   "First paragraph.\n\nSecond paragraph — with an entity.",
					Published: utc("2025-06-05T08:00:00Z"),
					Language:  "uk",
				},
			},
		},
		{
			fixture: "jsonfeed.json", feedURL: "https://wire.example.com/feed.json", name: "Bridge Wire",
			want: []digest.Item{
				{
					ID:        "guid:https://wire.example.com/feed.json#wire-2025-0601",
					URL:       "https://wire.example.com/2025/06/01/memo",
					Title:     "Memorandum drafts exchanged",
					Summary:   "Drafts were exchanged.",
					Content:   "Each side handed over a draft memorandum.",
					Published: utc("2025-06-01T12:00:00Z"),
					Language:  "en",
				},
				{
					ID:        "guid:https://wire.example.com/feed.json#wire-2025-0602",
					URL:       "https://wire.example.com/2025/06/02/plain",
					Title:     "No title here, only plain text.",
					Content:   "No title here, only plain text.\n\nIt has two paragraphs.",
					Published: utc("2025-06-02T08:00:00Z"),
					Language:  "en",
				},
			},
		},
		{fixture: "rss_empty.xml", feedURL: "https://quiet.example.org/rss", name: "Quiet", want: []digest.Item{}},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			got, err := feeds.Parse(readFixture(t, tt.fixture), tt.feedURL, tt.name, fetchedAt)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			for i := range tt.want {
				tt.want[i].Feed = tt.name
				tt.want[i].FetchedAt = fetchedAt
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("items differ (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		fixture, wantErr string
	}{
		{"rss_truncated.xml", "feeds: parse"},
		{"rss_malformed.xml", "feeds: parse"},
		{"not_a_feed.html", "not an RSS, Atom or JSON feed"},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			items, err := feeds.Parse(readFixture(t, tt.fixture), "https://bad.example.org/feed", "Bad", fetchedAt)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("Parse = %d items, error %v; want an error containing %q", len(items), err, tt.wantErr)
			}
			if items != nil {
				t.Errorf("Parse returned %d items with its error", len(items))
			}
		})
	}
	t.Run("empty body", func(t *testing.T) {
		if _, err := feeds.Parse([]byte(" \n"), "https://bad.example.org/feed", "Bad", fetchedAt); err == nil {
			t.Fatal("Parse of an empty body: no error")
		}
	})
}

// legacyFixtures are feeds in legacy encodings, written here in UTF-8 and
// encoded into testdata/ by `go test -run TestLegacyEncodings -update`.
var legacyFixtures = []struct {
	file     string
	enc      encoding.Encoding
	prolog   string // XML declaration, or "" for none
	before   string // bytes before the document (whitespace, a comment)
	title    string
	summary  string
	language string
}{
	{
		file: "rss_windows1251.xml", enc: charmap.Windows1251,
		prolog: `<?xml version="1.0" encoding="windows-1251"?>`,
		title:  "Переговоры в Стамбуле: стороны обсудили обмен пленными",
		summary: "Делегации договорились о новой встрече через две недели. " +
			"Обмен начнётся в ближайшие дни.",
		language: "ru",
	},
	{
		file: "rss_windows1251_nodecl.xml", enc: charmap.Windows1251,
		title: "Україна запропонувала негайне припинення вогню",
		summary: "Київ наполягає на перемир'ї щонайменше на тридцять днів. " +
			"Ґрунтовна відповідь очікується до кінця тижня.",
		language: "uk",
	},
	{
		file: "rss_koi8r.xml", enc: charmap.KOI8R,
		prolog:   `<?xml version="1.0" encoding="KOI8-R"?>`,
		title:    "Кремль ответил на предложение о перемирии",
		summary:  "Ответ Москвы ожидается в течение недели, сообщили в пресс-службе.",
		language: "ru",
	},
	{
		file: "rss_koi8r_nodecl.xml", enc: charmap.KOI8R,
		before:   "<!-- no encoding is declared anywhere in this file -->\n",
		title:    "Стороны обменялись проектами меморандумов",
		summary:  "Следующий раунд переговоров пройдёт в Женеве, заявили дипломаты.",
		language: "ru",
	},
	{
		file: "rss_iso8859-1.xml", enc: charmap.ISO8859_1,
		prolog:   `<?xml version="1.0" encoding="ISO-8859-1"?>`,
		title:    "Les négociateurs se réunissent à Genève",
		summary:  "Un cessez-le-feu de trente jours a été proposé ; la réponse est attendue après l'été.",
		language: "fr",
	},
	{
		file: "rss_latin1_nodecl.xml", enc: charmap.ISO8859_1,
		before:   "\r\n  \n",
		title:    "Échange de prisonniers : première étape franchie",
		summary:  "Mille détenus de chaque côté seront libérés, a précisé le médiateur.",
		language: "fr",
	},
	{
		file: "rss_utf8_bom.xml", enc: encoding.Nop,
		before:   "\uFEFF\n\n",
		prolog:   `<?xml version="1.0" encoding="utf-8"?>`,
		title:    "Zelenskyy et Erdoğan : une rencontre à Ankara",
		summary:  "Rencontre prévue jeudi ; Київ confirme.",
		language: "fr",
	},
	{
		file: "rss_utf16le.xml", enc: unicode.UTF16(unicode.LittleEndian, unicode.UseBOM),
		prolog:   `<?xml version="1.0" encoding="UTF-16"?>`,
		title:    "Переговори в Женеві: Genève accueille les délégations",
		summary:  "Документ у UTF-16 з позначкою порядку байтів.",
		language: "uk",
	},
}

func legacyDocument(prolog, before, title, summary, language string) string {
	return before + prolog + "\n" + `<rss version="2.0"><channel>
<title>Legacy test feed</title><link>https://legacy.example.org/</link>
<description>A feed written for parley's tests.</description><language>` + language + `</language>
<item><title>` + title + `</title><link>https://legacy.example.org/item/1</link>
<description>` + summary + `</description><pubDate>Wed, 04 Jun 2025 10:00:00 GMT</pubDate></item>
</channel></rss>
`
}

func TestLegacyEncodings(t *testing.T) {
	for _, fx := range legacyFixtures {
		t.Run(fx.file, func(t *testing.T) {
			path := filepath.Join("testdata", fx.file)
			if *update {
				doc := legacyDocument(fx.prolog, fx.before, fx.title, fx.summary, fx.language)
				b, err := fx.enc.NewEncoder().Bytes([]byte(doc))
				if err != nil {
					t.Fatalf("encode: %v", err)
				}
				if err := os.WriteFile(path, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			items, err := feeds.Parse(readFixture(t, fx.file), "https://legacy.example.org/rss", "Legacy", fetchedAt)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(items) != 1 {
				t.Fatalf("got %d items, want 1", len(items))
			}
			got := []string{items[0].Title, items[0].Summary, items[0].Language}
			want := []string{fx.title, fx.summary, fx.language}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("title, summary, language differ (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseContentTypeCharset(t *testing.T) {
	const title = "Мирные переговоры возобновятся"
	doc := legacyDocument("", "", title, "Коротко.", "ru")
	b, err := charmap.ISO8859_5.NewEncoder().Bytes([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	items, err := feeds.ParseWith(b, feeds.ParseOptions{
		FeedURL: "https://legacy.example.org/rss", FeedName: "Legacy", FetchedAt: fetchedAt,
		ContentType: "application/rss+xml; charset=ISO-8859-5",
	})
	if err != nil {
		t.Fatalf("ParseWith: %v", err)
	}
	if len(items) != 1 || items[0].Title != title {
		t.Fatalf("got %+v, want one item titled %q", items, title)
	}
}
