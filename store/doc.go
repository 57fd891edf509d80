// Package store keeps parley's state in one SQLite file (modernc.org/sqlite,
// pure Go: CGO_ENABLED=0 builds work): items, what is known of each feed,
// the statements found in items, the feeds admins follow, and (in files of
// their own) digest subscriptions and the delivery outbox.
//
// # Connections and transactions
//
// Open sets WAL mode, a 5 s busy timeout, foreign keys and
// synchronous=NORMAL on every connection through the DSN. Reads go through a
// small pool of query-only connections, which WAL lets run beside a write.
// Writes go through a single connection, one transaction at a time, taken
// with BEGIN IMMEDIATE: concurrent polls queue in Go instead of failing with
// SQLITE_BUSY. Every change is one transaction (Store.write): a poll is
// saved whole or not at all.
//
// # Migrations
//
// The schema lives in migrations/NNNN_name.sql, embedded in the binary and
// applied in file name order at Open, each in its own transaction and
// recorded in schema_migrations. A released file is never edited: a change
// is a new file with the next number.
//
// # Items and feeds
//
// An item is stored once (items, keyed by its stable ID; its canonical URL,
// when it has one, is unique too). Every feed that carried it is listed in
// item_feeds, first feed first, so the same article from two outlets' feeds
// is one item with two feeds. feed_state holds, per feed URL, what polling
// needs next time: validators for conditional GET, last status and error,
// consecutive failures and the backoff's next attempt, item counts.
//
// The feeds table is the set of followed feeds. The config file seeds it the
// first time only (a meta row remembers it did), so feeds that admins
// removed stay removed; every change is logged in feed_audit with who made
// it.
//
// # Statements and merging
//
// A statement is one position of one party (party, kind, text, figures),
// with the items that reported it (statement_sources) and the first and last
// publication times of those items. Saving a statement merges it with the
// stored statement of the same party and kind whose merge key
// (digest.MergeKey of the text) digest.SameStatement accepts: the new item
// becomes one more source, the dates widen and the figures are united.
// Otherwise it is a new statement. Merge keys are cached in memory per
// (party, kind) so a save compares against thousands of statements without
// reading them; the cache is dropped when a transaction fails or another
// process has written the file. Statements are never deleted by polling: a
// position no longer reported keeps its dates. Only ReplaceItemStatements,
// when an item's text changes, removes that item's sources and deletes the
// statements left with none.
//
// Statements answers the CLI and the bot alike: filters on party, kind and
// last-seen period use the (party, kind, last_seen) index; word queries look
// in a lower-cased copy of the text and source titles kept on each row.
//
// Times are stored as UTC microseconds since the Unix epoch, 0 for none, and
// come back in UTC.
package store
