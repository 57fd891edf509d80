// Package metrics holds parley's Prometheus collectors and the registry they
// are served from.
//
// Concepts:
//
//   - Metrics is one set of collectors registered on its own Registry (not the
//     global default), so tests and several instances in one process never
//     collide. Serve it with Handler.
//   - Other packages do not import this one: feeds, store and bot each declare
//     the one-method interface they need (a PollObserver with ObservePoll, an
//     InteractionObserver with ObserveInteraction, ...) and cmd/parley passes a
//     *Metrics, which implements them all. A nil *Metrics is valid and records
//     nothing, so callers need no nil checks.
//   - Discord REST latency is measured at the HTTP transport: wrap the Discord
//     session's http.RoundTripper with Metrics.Transport.
//
// Series (all prefixed parley_):
//
//	polls_total{outcome}                      feed polls: ok, not_modified, error
//	items_stored_total                        new items stored
//	statements_stored_total                   statements stored or merged
//	extraction_failures_total                 items whose extraction failed
//	interactions_total{command,outcome}       slash commands and components
//	deliveries_total{outcome}                 digest posts: sent, skipped, retry, failed
//	last_poll_success_timestamp_seconds       time of the last successful poll
//	discord_request_duration_seconds{method,code}  Discord REST latency
package metrics
