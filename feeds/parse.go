package feeds

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/parley-bot/parley/digest"
)

// ParseOptions describe where a feed document came from.
type ParseOptions struct {
	// FeedURL is the feed's address: relative links resolve against it
	// (through the feed's own link), and non-URL GUIDs are scoped by it.
	FeedURL string
	// FeedName is recorded as each item's Feed.
	FeedName string
	// FetchedAt stands in for missing or unbelievable dates.
	FetchedAt time.Time
	// ContentType is the HTTP Content-Type header, whose charset is used
	// for documents that are neither UTF-8 nor declare an encoding.
	ContentType string
}

// Parse reads a feed document (RSS 0.9x/1.0/2.0, Atom or JSON Feed) into
// normalized items; see ParseWith.
func Parse(body []byte, feedURL, feedName string, fetchedAt time.Time) ([]digest.Item, error) {
	return ParseWith(body, ParseOptions{FeedURL: feedURL, FeedName: feedName, FetchedAt: fetchedAt})
}

// ParseWith reads a feed document into normalized items, in document
// order, one per ID. The document may be in any encoding that a byte
// order mark, its XML declaration or the Content-Type names, or in UTF-8,
// windows-1251, KOI8 or windows-1252 undeclared. An empty feed is no
// error; a document that is not a feed, or is cut short, is.
func ParseWith(body []byte, o ParseOptions) ([]digest.Item, error) {
	doc, err := toUTF8(body, o.ContentType)
	if err != nil {
		return nil, fmt.Errorf("feeds: parse %s: %w", o.FeedURL, err)
	}
	if len(bytes.TrimSpace(doc)) == 0 {
		return nil, fmt.Errorf("feeds: parse %s: empty document", o.FeedURL)
	}
	fp := gofeed.NewParser()
	// parley keeps no images: skip gofeed's HTML parse of every item in
	// search of one.
	fp.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	feed, err := fp.Parse(bytes.NewReader(doc))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return nil, fmt.Errorf("feeds: parse %s: not an RSS, Atom or JSON feed", o.FeedURL)
	}
	if err != nil {
		return nil, fmt.Errorf("feeds: parse %s: %w", o.FeedURL, err)
	}

	ctx := newFeedContext(feed, o)
	items := make([]digest.Item, 0, len(feed.Items))
	seen := make(map[string]bool, len(feed.Items))
	for _, fi := range feed.Items {
		if fi == nil {
			continue
		}
		it := ctx.item(fi)
		if seen[it.ID] {
			continue
		}
		seen[it.ID] = true
		items = append(items, it)
	}
	return items, nil
}

// feedContext is what every item of one feed shares.
type feedContext struct {
	ParseOptions
	base     *url.URL // the feed's site link, else its own URL
	language string
}

func newFeedContext(feed *gofeed.Feed, o ParseOptions) feedContext {
	c := feedContext{ParseOptions: o, language: normalizeLanguage(feed.Language)}
	feedURL, err := url.Parse(o.FeedURL)
	if err != nil {
		feedURL = nil
	}
	c.base = feedURL
	if feed.Link != "" {
		if site := CanonicalURL(feed.Link, feedURL); site != "" {
			c.base, _ = url.Parse(site)
		}
	}
	return c
}

// item normalizes one entry.
func (c feedContext) item(fi *gofeed.Item) digest.Item {
	it := digest.Item{
		Feed:      c.FeedName,
		FetchedAt: c.FetchedAt,
		Title:     singleLine(repairMojibake(HTMLToText(fi.Title))),
		Summary:   repairMojibake(HTMLToText(fi.Description)),
		Content:   repairMojibake(HTMLToText(fi.Content)),
		Language:  c.language,
	}
	if fi.DublinCoreExt != nil && len(fi.DublinCoreExt.Language) > 0 {
		if lang := normalizeLanguage(fi.DublinCoreExt.Language[0]); lang != "" {
			it.Language = lang
		}
	}
	it.URL = c.link(fi)
	it.Published, it.DateEstimated = c.published(fi)
	it.ID = c.id(fi, it)
	if it.Title == "" {
		it.Title = headline(it.Summary + "\n\n" + it.Content)
	}
	return it
}

// link is the entry's canonical link: its link, else its first other
// link, else a GUID that is itself a web address.
func (c feedContext) link(fi *gofeed.Item) string {
	candidates := append([]string{fi.Link}, fi.Links...)
	for _, l := range candidates {
		if u := CanonicalURL(l, c.base); u != "" {
			return u
		}
	}
	if g := strings.TrimSpace(fi.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return CanonicalURL(g, nil)
	}
	return ""
}

// maxFuture is how far ahead of the fetch a date may be before it is taken
// for a mistake (wrong zone, wrong year).
const maxFuture = 48 * time.Hour

// published is the entry's date, else its update date, else the fetch
// time (estimated). A date gofeed could not read is tried once more with
// foreign month names; a date before 1990 or well after the fetch is not
// believed.
func (c feedContext) published(fi *gofeed.Item) (time.Time, bool) {
	for _, d := range []struct {
		parsed *time.Time
		raw    string
	}{{fi.PublishedParsed, fi.Published}, {fi.UpdatedParsed, fi.Updated}} {
		t := d.parsed
		if t == nil {
			if lt, ok := parseLooseDate(d.raw); ok {
				t = &lt
			}
		}
		if t != nil && t.Year() >= 1990 && (c.FetchedAt.IsZero() || t.Before(c.FetchedAt.Add(maxFuture))) {
			return t.UTC(), false
		}
	}
	return c.FetchedAt.UTC(), true
}

// id is the entry's stable identity, prefixed by its kind so kinds never
// collide: "guid:" for a GUID (scoped by the feed URL unless it is a URL,
// URN or tag URI, which are global), else "url:" for the canonical link,
// else "hash:" of title and date.
func (c feedContext) id(fi *gofeed.Item, it digest.Item) string {
	if g := strings.TrimSpace(fi.GUID); g != "" {
		if globalGUID(g) {
			return "guid:" + g
		}
		return "guid:" + c.FeedURL + "#" + g
	}
	if it.URL != "" {
		return "url:" + it.URL
	}
	date := fi.Published
	if date == "" {
		date = fi.Updated
	}
	return "hash:" + hashHex(it.Title+"\n"+strings.TrimSpace(date))
}
