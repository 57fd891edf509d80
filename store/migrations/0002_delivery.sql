-- 0002: digest subscriptions and the delivery outbox.
-- Times are INTEGER microseconds since the Unix epoch (UTC); 0 means none.

-- A channel that gets the scheduled digest. schedule is a cron spec (five
-- fields, CRON_TZ= prefix allowed); timezone, when set, is the zone the
-- schedule and the digest period are read in.
CREATE TABLE subscriptions (
	channel_id TEXT PRIMARY KEY,
	guild_id   TEXT NOT NULL DEFAULT '',
	schedule   TEXT NOT NULL,
	timezone   TEXT NOT NULL DEFAULT '',
	created_by TEXT NOT NULL DEFAULT '',
	created_at INTEGER NOT NULL
);

-- Who subscribed or unsubscribed which channel, and when.
CREATE TABLE subscription_audit (
	id         INTEGER PRIMARY KEY,
	at         INTEGER NOT NULL,
	actor      TEXT NOT NULL,
	action     TEXT NOT NULL,
	channel_id TEXT NOT NULL,
	detail     TEXT NOT NULL DEFAULT ''
);

-- The outbox: one row per channel and digest period, written before anything
-- is posted. The unique key is what keeps a channel from getting a period
-- twice. nonce is sent with every message of the delivery (suffixed by the
-- part number) so that Discord drops a repeated post; message_ids grows as
-- parts are posted, so a retry resumes after the last posted part.
-- status: pending (to post at next_attempt), sent, skipped (empty period,
-- nothing to post), failed (given up).
CREATE TABLE deliveries (
	id           INTEGER PRIMARY KEY,
	channel_id   TEXT NOT NULL,
	period_from  INTEGER NOT NULL,
	period_to    INTEGER NOT NULL,
	status       TEXT NOT NULL DEFAULT 'pending'
		CHECK (status IN ('pending', 'sent', 'skipped', 'failed')),
	attempts     INTEGER NOT NULL DEFAULT 0,
	last_error   TEXT NOT NULL DEFAULT '',
	next_attempt INTEGER NOT NULL DEFAULT 0,
	nonce        TEXT NOT NULL,
	message_ids  TEXT NOT NULL DEFAULT '[]',
	digest       TEXT NOT NULL DEFAULT '', -- the digest, as JSON
	payload      TEXT NOT NULL DEFAULT '', -- the rendered messages, as JSON
	created_at   INTEGER NOT NULL,
	sent_at      INTEGER NOT NULL DEFAULT 0,
	UNIQUE (channel_id, period_from, period_to)
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt);
