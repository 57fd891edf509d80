-- 0003: article pages, read for relevant items whose feed carries only a
-- teaser. Times are INTEGER microseconds since the Unix epoch (UTC); 0 means
-- none.
--
-- When a page is read, items.content becomes the page's text and the feed's
-- own content moves to feed_content, so every reader of items analyses the
-- whole story. full_text and full_text_reason (0001) say what happened.

ALTER TABLE items ADD COLUMN page_url TEXT NOT NULL DEFAULT '';           -- final URL, after redirects
ALTER TABLE items ADD COLUMN page_etag TEXT NOT NULL DEFAULT '';          -- validators for a conditional re-read
ALTER TABLE items ADD COLUMN page_last_modified TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN page_fetched_at INTEGER NOT NULL DEFAULT 0;  -- last attempt
ALTER TABLE items ADD COLUMN page_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN page_next_attempt INTEGER NOT NULL DEFAULT 0; -- deferred until (Retry-After, transient errors)
ALTER TABLE items ADD COLUMN feed_content TEXT NOT NULL DEFAULT '';       -- the feed's content, once content is the page's

-- The page queue: relevant items by full text status ('' not attempted,
-- 'queued' taken by a process that may have stopped before reading it).
CREATE INDEX items_relevant_full_text ON items (relevant, full_text, published);
