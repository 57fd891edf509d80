package article

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
)

func readPage(t testing.TB, name string) []byte {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return body
}

func TestExtract(t *testing.T) {
	u, _ := url.Parse("https://news.example/story")
	// A windows-1251 page that says so only in its meta tag.
	metaOnly, err := charmap.Windows1251.NewEncoder().String(`<html><head><meta charset="windows-1251"><title>Переговори</title></head>
<body><article><p>Делегації України та Росії провели в Стамбулі новий раунд переговорів і домовилися про обмін полоненими.</p>
<p>Українська сторона запропонувала зустріч президентів до кінця серпня, а російська — короткі перемир'я.</p></article></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, page, contentType string
		body                    []byte
		first, last, lang       string // first and last paragraphs, main language
		paywall                 string
	}{
		{
			name: "news page with furniture", page: "istanbul-may.html", contentType: "text/html; charset=utf-8",
			first: "Russian and Ukrainian delegations met face to face in Istanbul on Friday for the first time since 2022, and agreed to swap 1,000 prisoners of war each.",
			last:  "Both delegations agreed to set out, in writing, their own vision of a possible future ceasefire before the next meeting, Medinsky said. No date was fixed for that meeting.",
			lang:  "en",
		},
		{
			name: "page without an article element", page: "istanbul-june.html", contentType: "text/html",
			first: "Russia and Ukraine held a second round of direct talks in Istanbul on Monday, exchanging written memoranda on how the war could end and agreeing on a new humanitarian swap.",
			last:  "Ukraine proposed holding the next meeting before the end of June and repeated its call for talks between the two presidents.",
			lang:  "en",
		},
		{
			name: "windows-1251 in the header", page: "cp1251.html", contentType: "text/html; charset=windows-1251",
			first: "Делегації України та Росії в середу провели в Стамбулі третій раунд прямих переговорів, який тривав менше години.",
			last:  "Україна запропонувала провести зустріч Володимира Зеленського та Володимира Путіна до кінця серпня. Російська сторона запропонувала короткі перемир'я на 24–48 годин для евакуації поранених і загиблих.",
			lang:  "uk",
		},
		{
			name: "windows-1251 in the meta tag", body: []byte(metaOnly), contentType: "text/html",
			first: "Делегації України та Росії провели в Стамбулі новий раунд переговорів і домовилися про обмін полоненими.",
			last:  "Українська сторона запропонувала зустріч президентів до кінця серпня, а російська — короткі перемир'я.",
			lang:  "uk",
		},
		{
			name: "an article header outside the article keeps its standfirst",
			body: []byte(`<html><body><header class="site"><a href="/">Logo</a><nav>World</nav></header>
<header class="article-header"><h1>Talks resume</h1><p class="standfirst">Russia and Ukraine resumed direct talks in Istanbul on Monday after a pause of six weeks, officials said.</p></header>
<div class="body"><p>The delegations met for an hour and agreed to exchange more prisoners of war, according to both sides.</p>
<p>Ukraine again asked for an unconditional ceasefire, and Russia again refused to discuss one before a settlement.</p></div></body></html>`),
			contentType: "text/html",
			first:       "Russia and Ukraine resumed direct talks in Istanbul on Monday after a pause of six weeks, officials said.",
			last:        "Ukraine again asked for an unconditional ceasefire, and Russia again refused to discuss one before a settlement.",
			lang:        "en",
		},
		{
			name: "paywall", page: "paywall.html", contentType: "text/html",
			first:   "The 28-point draft drawn up by US envoys in November would require painful concessions from Ukraine.",
			last:    "Get unlimited access for 1 euro a month for the first three months. Cancel anytime.",
			lang:    "en",
			paywall: "isAccessibleForFree: false",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := tc.body
			if body == nil {
				body = readPage(t, tc.page)
			}
			ex, err := Extract(body, tc.contentType, u)
			if err != nil {
				t.Fatal(err)
			}
			paras := strings.Split(ex.Text, "\n\n")
			got := []string{paras[0], paras[len(paras)-1], ex.Language, ex.Paywall}
			want := []string{tc.first, tc.last, tc.lang, tc.paywall}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("first paragraph, last, language, paywall (-want +got):\n%s\ntext:\n%s", diff, ex.Text)
			}
		})
	}

	t.Run("no text", func(t *testing.T) {
		_, err := Extract([]byte("<html><body><nav><a href='/'>Home</a></nav></body></html>"), "text/html", u)
		if !errors.Is(err, ErrNoText) {
			t.Errorf("Extract(navigation only) = %v, want ErrNoText", err)
		}
	})
}

func TestDecodeUndeclared(t *testing.T) {
	russian := "Делегации России и Украины провели в Стамбуле новый раунд переговоров и договорились об обмене пленными, сообщил министр."
	koi8, err := charmap.KOI8R.NewEncoder().String("<html><body><article><p>" + russian + "</p></article></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	// UTF-8 whose first 1024 bytes are all ASCII markup.
	longHead := "<html><head>" + strings.Repeat("<!-- a long head of scripts and styles -->\n", 40) +
		"</head><body><article><p>" + russian + "</p></article></body></html>"
	tests := []struct {
		name string
		body []byte
		want string
	}{
		{"utf-8 after 1024 bytes of ASCII", []byte(longHead), russian},
		{"koi8-r", []byte(koi8), russian},
		{"windows-1251", readPage(t, "cp1251.html"), "Делегації України та Росії в середу провели в Стамбулі третій раунд прямих переговорів, який тривав менше години."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := Extract(tc.body, "text/html", nil)
			if err != nil {
				t.Fatal(err)
			}
			if first, _, _ := strings.Cut(ex.Text, "\n\n"); first != tc.want {
				t.Errorf("first paragraph = %q, want %q", first, tc.want)
			}
		})
	}
}

func TestPaywallMarkers(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"marker phrase", `<p>The draft asks a lot of Kyiv.</p><div class="wall">Subscribe   to continue reading.</div>`, "subscribe to continue reading"},
		{"curly apostrophe", `<p>You’ve reached your limit of free articles this month.</p>`, "you've reached your limit of free articles"},
		{"structured data", `<script type="application/ld+json">{"isAccessibleForFree": "False"}</script><p>Text.</p>`, "isAccessibleForFree: false"},
		{"a free page's newsletter box is no paywall", `<p>Talks resumed.</p><div>Subscribe to our newsletter.</div>`, ""},
		{"words in a script are not shown", `<script>var m = "subscribe to continue reading";</script><p>Talks resumed.</p>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex, _ := Extract([]byte("<html><body>"+tc.page+"</body></html>"), "text/html", nil)
			if ex.Paywall != tc.want {
				t.Errorf("Paywall = %q, want %q", ex.Paywall, tc.want)
			}
		})
	}
}

func TestLoginRedirect(t *testing.T) {
	tests := []struct {
		requested, final string
		want             bool
	}{
		{"https://x.example/story", "https://x.example/account/login?next=/story", true},
		{"https://x.example/story", "https://x.example/signin", true},
		{"https://x.example/story", "https://auth.x.example/subscribe/offer", true},
		{"https://x.example/story", "https://x.example/story", false},
		{"https://x.example/story", "https://x.example/2025/story-about-login-rules", false},
		{"https://x.example/story", "https://www.x.example/story", false},
	}
	for _, tc := range tests {
		if got := loginRedirect(tc.requested, tc.final); got != tc.want {
			t.Errorf("loginRedirect(%q, %q) = %v, want %v", tc.requested, tc.final, got, tc.want)
		}
	}
}

func TestCleanParagraphs(t *testing.T) {
	in := []string{
		"Talks in Istanbul",
		"By Mara Lindqvist",
		"16 May 2025, 19:40",
		"Share",
		"The delegations agreed to exchange 1,000 prisoners each, the Turkish foreign minister said after the meeting.",
		"We use cookies to measure our audience. Accept all or manage your settings.",
		"Зеленський провів зустріч із командувачами щодо ситуації на фронті та постачання зброї",
		"Der Kanzler sagte, dass die Gespräche in der nächsten Woche fortgesetzt werden und dass es noch keine Einigung gibt.",
		"Moscow said it was ready to continue the contacts, and Kyiv said it would not give up its land.",
		"© 2025 Harbour Ledger Media. All rights reserved.",
		"Copyright 2025 Northgate Wire Ltd.",
		"Read more",
		"“We are ready,” he said.",
	}
	want := []string{
		"The delegations agreed to exchange 1,000 prisoners each, the Turkish foreign minister said after the meeting.",
		"Moscow said it was ready to continue the contacts, and Kyiv said it would not give up its land.",
		"“We are ready,” he said.",
	}
	got, lang := cleanParagraphs(in, "Talks in Istanbul")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cleanParagraphs (-want +got):\n%s", diff)
	}
	if lang != "en" {
		t.Errorf("main language = %q, want en", lang)
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		text, lang string
	}{
		{"The delegations met in Istanbul and agreed to exchange prisoners of war.", "en"},
		{"Die Delegationen trafen sich in Istanbul und vereinbarten einen Austausch von Gefangenen, sagte der Minister.", "de"},
		{"Les délégations se sont réunies à Istanbul et ont convenu d'un échange de prisonniers, selon le ministre.", "fr"},
		{"Делегації зустрілися в Стамбулі та домовилися про обмін полоненими, як повідомив міністр.", "uk"},
		{"Делегации встретились в Стамбуле и договорились об обмене пленными, как сообщил министр.", "ru"},
		{"Istanbul", ""}, // too short to tell
	}
	for _, tc := range tests {
		if got := detect(tc.text).lang; got != tc.lang {
			t.Errorf("detect(%q) = %q, want %q", tc.text, got, tc.lang)
		}
	}
}
