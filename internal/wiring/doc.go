// Package wiring adapts parley's packages to each other where their types
// differ: feeds, store and bot never import each other, each declares the
// small interface it needs with its own types, and the adapters here (used
// by cmd/parley and by tests that run the real parts together) convert.
package wiring
