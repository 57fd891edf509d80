package digest

import "strings"

// MergeKey is the normalized form of a statement's text used to find the
// same position reported by other outlets. (Placeholder: the extraction
// work replaces this file.)
func MergeKey(text string) string { return strings.ToLower(strings.Join(strings.Fields(text), " ")) }

// SameStatement reports whether two statement texts, given as merge keys,
// state the same position closely enough to be merged.
func SameStatement(keyA, keyB string) bool { return keyA == keyB }
