// Package article reads the whole story when a feed carries only a teaser:
// it fetches the article pages of relevant items, extracts their main text
// and has the statements rebuilt from it, the item staying their source.
//
// # The queue
//
// The queue lives in the store, so it needs no hook in the poller and
// survives restarts: an item is pending when it is relevant, its page was
// not attempted, and a feed that carried it says full_text = "always", or
// "auto" (the default, and what ingested files count as) with a feed text
// shorter than Options.MinChars. Items of a "never" feed, and "auto" items
// with enough feed text, are marked skipped; irrelevant items are never
// fetched. A Reader takes pending items, marks them queued and reads them
// on a bounded queue of its own: one worker per host (so a slow site holds
// up only itself), at most Options.Concurrency pages at once. Run does this
// continuously (every Options.Interval, and at once after Kick); Drain
// does it once, for `parley poll --once`.
//
// # Fetching politely
//
// Pages are fetched with a feeds.Fetcher, under the same rules as feeds:
// timeout, body cap, private-address guard, per-host concurrency,
// conditional GET (validators are kept for a re-read), Retry-After and an
// honest User-Agent. Requests to one host are Options.Delay apart, or its
// robots.txt Crawl-delay when longer. robots.txt is fetched once per site
// and cached (Options.RobotsTTL); its groups for parley's product token,
// else for "*", apply, the longest matching Allow or Disallow pattern
// deciding (RFC 9309). A 4xx robots.txt allows everything; a 5xx, a 429 or
// a network error disallows for now: the page is retried later.
//
// # Extraction
//
// Extract decodes the page with the charset of its Content-Type header or
// its meta tag (golang.org/x/net/html/charset), an undeclared page as UTF-8
// when it is, else by a guess from its bytes; it removes page furniture
// (navigation, sidebars, login forms and overlays, cookie banners, share
// and font-size widgets, "related" lists, hidden elements), lets
// codeberg.org/readeck/go-readability pick the main text, and cleans the
// paragraphs it keeps: boilerplate lines (copyright, cookies, widget
// labels), short labels such as bylines, and paragraphs in another script
// or language than the article's main one (sidebars of headlines from
// another edition) never reach the statements.
//
// # Outcomes
//
// Each item ends with a full text status (digest.FullTextStatus) and a
// reason, shown by `parley items`:
//
//   - read: the page text replaced the item's content (the feed's is kept
//     aside in the store) and its statements were rebuilt from it;
//   - paywall: a paywall or login wall (a marker such as "subscribe to
//     continue reading", schema.org isAccessibleForFree=false, a redirect
//     to a login page, a 401 or 402, or a page text no longer than the
//     teaser);
//   - robots: robots.txt refuses the page (or stayed unreachable);
//   - failed: the fetch or extraction failed for good (404, a body over
//     the cap, not HTML, no article text, or transient failures that
//     outlasted Options.MaxAttempts);
//   - skipped: the page is not to be read.
//
// Transient failures (timeouts, network errors, 5xx, 429) put the item
// back for a later try, with a doubling delay or the Retry-After time.
// Whatever happens, a failed page loses nothing: the item keeps its feed
// text and the statements found in it.
package article
