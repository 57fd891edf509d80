// Package wiring adapts parley's packages to each other where their
// interfaces differ: feeds, store and bot never import each other, each
// declares the small interface it needs in the domain's types (package
// digest), and the adapters here (used by cmd/parley and by tests that run
// the real parts together) fill the few gaps, such as the bot asking for a
// channel's latest delivery where the store lists them.
package wiring
