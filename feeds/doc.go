// Package feeds brings news into parley: it fetches feeds over HTTP, parses
// them into digest.Items and polls them on a schedule.
//
// Concepts, in the order a poll goes through them:
//
//   - A Fetcher performs one polite, bounded HTTP GET. It sends the stored
//     Validators (ETag, Last-Modified) so an unchanged feed costs a 304 and
//     no parsing; it enforces a timeout, a body cap while reading (a larger
//     body is an error containing "too large", never a partial body), a
//     redirect limit, gzip, an honest User-Agent, a global and a per-host
//     concurrency limit, and a private-address guard checked on every
//     resolved IP at dial time (so a public name that resolves, or
//     redirects, to 127.0.0.1, 10.0.0.0/8 or 169.254.169.254 is refused).
//     429 and 503 answers carry their Retry-After time in a *StatusError.
//   - Parse turns a feed document (RSS 0.9x/1.0/2.0, Atom, JSON Feed, in
//     UTF-8 or a legacy encoding, declared or not) into normalized items:
//     stable IDs, canonical URLs without tracking parameters, plain text
//     instead of HTML (paragraphs kept, a table's cells apart by " | ", a
//     list's items with their bullets, a <br> or plain-text newline that
//     only wraps a sentence read as a space, captions and invisible
//     formatting marks dropped), a publication date (estimated and marked
//     when the feed gives none).
//     Parsing never touches the network.
//   - A Poller runs fetch → parse → analyze → store for one feed, and
//     remembers each feed's state (validators, failures, next attempt).
//     A failing feed backs off exponentially with jitter; Retry-After wins
//     when it asks for longer. Only items the store has not seen are
//     analyzed. PollAll polls many feeds at once without letting a slow or
//     broken one delay the others; Ingest sends a local file down the same
//     path.
//   - A Scheduler runs each enabled feed's poll on its cron schedule and
//     takes edited feed lists without a restart.
//
// The package depends on digest, gofeed and cron only; it declares the Store
// and Analyzer interfaces it needs, and cmd/parley wires concrete types in.
package feeds
