package digest

import "time"

// Item is one news entry, normalized: plain text, canonical URL, stable ID.
type Item struct {
	// ID is stable across polls: the entry's GUID, else its canonical link,
	// else a hash of title and date.
	ID string `json:"id"`
	// URL is the canonical link: tracking parameters removed, resolved
	// against the feed's address.
	URL   string `json:"url"`
	Title string `json:"title"`
	// Summary and Content are plain text: HTML stripped, entities decoded,
	// whitespace normalized.
	Summary string `json:"summary,omitempty"`
	Content string `json:"content,omitempty"`
	// Published is the entry's date; when the feed gave none (or one that
	// could not be parsed) it is the fetch time and DateEstimated is set.
	Published     time.Time `json:"published"`
	DateEstimated bool      `json:"date_estimated,omitempty"`
	Language      string    `json:"language,omitempty"`
	// Feed is the name of the feed the item came from; Feeds lists every
	// feed that carried the same canonical URL (Feed first).
	Feed  string   `json:"feed"`
	Feeds []string `json:"feeds,omitempty"`
	// FetchedAt is when parley first stored the item.
	FetchedAt time.Time `json:"fetched_at,omitempty"`

	Relevance

	// FullText tells whether the article page was read (see FullTextStatus).
	FullText FullTextStatus `json:"full_text,omitempty"`
	// FullTextReason says why the page was not used, when it was not.
	FullTextReason string `json:"full_text_reason,omitempty"`
}

// Text is everything known of the item to analyse: title, summary and
// content, without repeating a summary that the content already holds.
func (it Item) Text() string {
	parts := make([]string, 0, 3)
	if it.Title != "" {
		parts = append(parts, withoutKicker(it.Title))
	}
	if it.Summary != "" && !containsFold(it.Content, it.Summary) {
		parts = append(parts, it.Summary)
	}
	if it.Content != "" {
		parts = append(parts, it.Content)
	}
	return joinSentences(parts)
}

// FullTextStatus records what happened to an item's article page.
type FullTextStatus string

// Full text outcomes.
const (
	FullTextNone    FullTextStatus = ""        // not attempted (feed text used)
	FullTextRead    FullTextStatus = "read"    // page fetched and extracted
	FullTextFailed  FullTextStatus = "failed"  // fetch or extraction failed
	FullTextPaywall FullTextStatus = "paywall" // paywall or login wall
	FullTextRobots  FullTextStatus = "robots"  // refused by robots.txt
	FullTextSkipped FullTextStatus = "skipped" // feed text long enough, or full_text = "never"
	FullTextQueued  FullTextStatus = "queued"  // waiting for the page queue
)

// Relevance says whether an item is about the topic, and why.
type Relevance struct {
	Relevant bool    `json:"relevant"`
	Score    float64 `json:"score"`
	// Reason names the terms and parties that matched and where (title,
	// text), for people reading `parley items`.
	Reason string `json:"reason"`
}

// Kind is the kind of position a statement holds.
type Kind string

// Statement kinds.
const (
	Demand    Kind = "demand"
	Proposal  Kind = "proposal"
	Agreement Kind = "agreement"
	Rejection Kind = "rejection"
)

// Kinds lists the statement kinds in the order digests show them.
var Kinds = []Kind{Agreement, Demand, Proposal, Rejection}

// Figure is a number quoted in a statement, with its unit.
type Figure struct {
	Value float64 `json:"value"`
	// Unit is a plural noun in English: "prisoners", "bodies", "children",
	// "days", "points", "troops", "km", "percent".
	Unit string `json:"unit"`
	// Text is the figure as written ("1,000 prisoners", "2–3 day").
	Text string `json:"text"`
	// Max is set for ranges ("2–3 day truce": Value 2, Max 3).
	Max float64 `json:"max,omitempty"`
	// Of is set for parts ("10 of 400 children": Value 10, Of 400).
	Of float64 `json:"of,omitempty"`
}

// Source is one item that reported a statement.
type Source struct {
	ItemID    string    `json:"-"`
	Title     string    `json:"title"`
	URL       string    `json:"url"`
	Feed      string    `json:"feed"`
	Published time.Time `json:"published"`
}

// Statement is one position of one party, found in one or more items.
type Statement struct {
	// ID is assigned by the store; zero before it is stored.
	ID    int64  `json:"-"`
	Party string `json:"party"`
	Kind  Kind   `json:"kind"`
	// Text is the content of the position, short and self-contained:
	// "control of Donetsk, Luhansk, Kherson and Zaporizhzhia".
	Text    string   `json:"text"`
	Figures []Figure `json:"figures"`
	// FirstSeen and LastSeen are the earliest and latest publication times
	// of its sources.
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
	Sources   []Source  `json:"sources"`
}

// Query selects statements. Zero fields select everything.
type Query struct {
	Party string // party ID
	Kind  Kind
	// Since and Until bound LastSeen (Since inclusive, Until exclusive).
	Since, Until time.Time
	// Text, when set, keeps statements whose text or source titles contain
	// every word of it (case-insensitive).
	Text  string
	Limit int
}

// Feed is one followed feed, as configured or as edited by admins.
type Feed struct {
	Name     string `json:"name" toml:"name"`
	URL      string `json:"url" toml:"url"`
	Schedule string `json:"schedule,omitempty" toml:"schedule,omitempty"`
	Enabled  bool   `json:"enabled" toml:"enabled"`
	// FullText is "auto" (default), "always" or "never".
	FullText string `json:"full_text,omitempty" toml:"full_text,omitempty"`
}

// FeedState is what parley remembers of a feed between polls.
type FeedState struct {
	URL          string
	ETag         string
	LastModified string
	// LastStatus is "ok", "not_modified" or "error"; LastError the reason.
	LastStatus string
	LastError  string
	LastPoll   time.Time
	LastOK     time.Time
	// Failures counts consecutive failed polls; NextAttempt is the earliest
	// time the backoff allows the next one.
	Failures    int
	NextAttempt time.Time
	// Items counts items stored from this feed; LastNew those new in the
	// last poll.
	Items   int
	LastNew int
}
