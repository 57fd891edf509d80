// Package digest is parley's domain: what a news item is, what a negotiation
// (a topic pack of parties and keywords) is, and what parley makes of items:
// relevance, attributed statements, merged positions and daily digests.
//
// Concepts, in the order data flows through them:
//
//   - An Item is one news entry, already fetched and normalized to plain text.
//   - A Topic is the negotiation being followed: its keywords in several
//     languages and its Parties, each with aliases (people, capitals,
//     institutions, spellings). Nothing about a particular negotiation is
//     written in Go; DefaultTopic returns the built-in pack.
//   - Relevance says whether an item is about the talks, with a score and a
//     human-readable reason.
//   - Relevance and extraction read an item's story: its boilerplate
//     (advertisement labels, related links, captions, credits, time stamps),
//     a wire's dateline and a title's slug are dropped first, and its
//     typography (quotation marks, dashes, numbered points, pictographs) is
//     read as the rules' one (boilerplate.go, sentences.go).
//   - A Statement is one position of one party (a demand, proposal,
//     agreement or rejection), short and self-contained, with the Figures it
//     quotes and the Sources that reported it. Statements reported by several
//     outlets are merged into one statement with several sources.
//   - A Digest is what is new in a period, grouped by kind and party, with
//     its sources, rendered neutrally to text, markdown or JSON.
//   - Feeds, their FeedState, Subscriptions of channels to the daily digest
//     and the Deliveries of the outbox are the records the other packages
//     share: the store keeps them, feeds and the bot act on them.
//
// The package imports nothing but the standard library (and golang.org/x/text):
// no feed parser, no SQL, no Discord. Every other package of parley depends on
// it; it depends on none of them.
package digest
