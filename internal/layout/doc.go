// Package layout holds no code: its test keeps parley's package layout true
// to the design. digest imports only the standard library (and
// golang.org/x/text); feeds, store and bot never import each other; only
// cmd/parley (and test-only helpers) wires concrete types together.
package layout
