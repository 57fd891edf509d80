// Package bot puts parley on Discord: a discordgo session (NewSession, with
// api_base rewriting for proxies and the loopback test server), the slash
// commands as data (Commands), one router that answers every interaction,
// embeds that respect Discord's limits, and scheduled digests posted
// through an outbox (Deliverer).
//
// Commands. /digest, /demands, /agreements, /proposals, /rejections,
// /timeline, /search and /sources are for everyone; /feeds, /subscribe and
// /unsubscribe are for admins. They are registered in one bulk overwrite at
// Start, per guild when guild IDs are configured, else globally.
//
// Router. HandleInteraction receives every interaction (from the gateway,
// or from the signed webhook endpoint). It finds the route of the command
// or subcommand ("feeds add"), applies the per-user rate limit, re-checks
// admin permission from the member's permissions (Manage Server or
// Administrator) or the owner list, and runs the handler. Handlers return
// (Reply, error); one place turns errors into replies: a userError's text
// is shown to the caller, ephemeral; any other error is logged and the
// caller gets a short apology. Discord wants an answer within 3 seconds:
// slow handlers Defer first, and the router defers for any handler still
// running after Options.DeferAfter; the answer then edits the deferred
// response.
//
// Pages. Long answers are paged: a page is one embed of at most six
// statement blocks, each with its source links, well within every limit
// (content 2000, title 256, description 4096, total 6000 characters).
// Previous/next buttons carry the query and the page in their custom_id
// ("pg|2|demands|russia"); a click re-runs the query and updates the
// message in place. Cut text always ends with "… (truncated)".
//
// Safety. Feed text is escaped for Discord markdown, and every message
// carries allowed_mentions with an empty parse list, so "@everyone" in a
// headline pings no one.
//
// The bot reaches the rest of parley through the small interfaces of
// deps.go; it imports neither the store nor the feeds package.
package bot
