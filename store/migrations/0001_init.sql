-- 0001: items, feed state, statements, admin-managed feeds.
-- Times are INTEGER microseconds since the Unix epoch (UTC); 0 means unknown.

CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

-- One row per news item, whatever the number of feeds that carried it.
CREATE TABLE items (
	id               TEXT PRIMARY KEY,
	url              TEXT NOT NULL DEFAULT '',
	title            TEXT NOT NULL DEFAULT '',
	published        INTEGER NOT NULL,
	date_estimated   INTEGER NOT NULL DEFAULT 0,
	language         TEXT NOT NULL DEFAULT '',
	feed             TEXT NOT NULL DEFAULT '', -- the first feed that carried it
	fetched_at       INTEGER NOT NULL,
	relevant         INTEGER NOT NULL DEFAULT 0,
	score            REAL NOT NULL DEFAULT 0,
	reason           TEXT NOT NULL DEFAULT '',
	full_text        TEXT NOT NULL DEFAULT '',
	full_text_reason TEXT NOT NULL DEFAULT '',
	-- The long texts come last: reading the columns above (statement
	-- sources, listings) then never walks their overflow pages.
	summary          TEXT NOT NULL DEFAULT '',
	content          TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX items_url ON items (url) WHERE url <> '';
CREATE INDEX items_published ON items (published);
CREATE INDEX items_relevant_published ON items (relevant, published);

-- Every feed that carried an item, in the order they did (rowid).
CREATE TABLE item_feeds (
	item_id  TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
	feed     TEXT NOT NULL,
	added_at INTEGER NOT NULL,
	PRIMARY KEY (item_id, feed)
);
CREATE INDEX item_feeds_feed ON item_feeds (feed);

-- What the poller remembers of a feed between polls, keyed by feed URL.
CREATE TABLE feed_state (
	url           TEXT PRIMARY KEY,
	name          TEXT NOT NULL DEFAULT '',
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_status   TEXT NOT NULL DEFAULT '',
	last_error    TEXT NOT NULL DEFAULT '',
	last_poll     INTEGER NOT NULL DEFAULT 0,
	last_ok       INTEGER NOT NULL DEFAULT 0,
	failures      INTEGER NOT NULL DEFAULT 0,
	next_attempt  INTEGER NOT NULL DEFAULT 0,
	items         INTEGER NOT NULL DEFAULT 0,
	last_new      INTEGER NOT NULL DEFAULT 0
);

-- One position of one party, merged across outlets.
-- merge_key is digest.MergeKey(text); search is the lower-cased text and
-- source titles, for word queries.
CREATE TABLE statements (
	id         INTEGER PRIMARY KEY,
	party      TEXT NOT NULL,
	kind       TEXT NOT NULL,
	text       TEXT NOT NULL,
	merge_key  TEXT NOT NULL,
	figures    TEXT NOT NULL DEFAULT '[]',
	first_seen INTEGER NOT NULL,
	last_seen  INTEGER NOT NULL,
	search     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX statements_party_kind_seen ON statements (party, kind, last_seen);
CREATE INDEX statements_party_seen ON statements (party, last_seen);
CREATE INDEX statements_seen ON statements (last_seen);

-- The items that reported a statement, with the figures each one quoted.
CREATE TABLE statement_sources (
	statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
	item_id      TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
	figures      TEXT NOT NULL DEFAULT '[]',
	PRIMARY KEY (statement_id, item_id)
) WITHOUT ROWID;
CREATE INDEX statement_sources_item ON statement_sources (item_id);

-- Feeds followed, seeded once from the config file, then edited by admins.
CREATE TABLE feeds (
	name       TEXT PRIMARY KEY COLLATE NOCASE,
	url        TEXT NOT NULL UNIQUE,
	schedule   TEXT NOT NULL DEFAULT '',
	enabled    INTEGER NOT NULL DEFAULT 1,
	full_text  TEXT NOT NULL DEFAULT '',
	added_by   TEXT NOT NULL DEFAULT '',
	added_at   INTEGER NOT NULL,
	updated_at INTEGER NOT NULL
);

-- Who changed which feed, and when.
CREATE TABLE feed_audit (
	id     INTEGER PRIMARY KEY,
	at     INTEGER NOT NULL,
	actor  TEXT NOT NULL,
	action TEXT NOT NULL,
	feed   TEXT NOT NULL,
	detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX feed_audit_at ON feed_audit (at);
