package config

import (
	"strings"

	"github.com/parley-bot/parley/digest"
)

// Topic returns the topic pack parley follows. It starts from
// digest.DefaultTopic (nothing, when topic.replace is set) and applies the
// [topic] table: a name or min_score given replaces the built-in one,
// keywords, exclude terms and cues are appended (without duplicates, compared
// case-insensitively), and each [[topic.party]] either extends the party
// with the same id (a given name replaces its name, aliases are appended)
// or adds a new party.
func (c *Config) Topic() digest.Topic {
	tc := c.TopicPack
	var t digest.Topic
	if !tc.Replace {
		t = digest.DefaultTopic()
	}
	if tc.Name != "" {
		t.Name = tc.Name
	}
	if tc.MinScore != 0 {
		t.MinScore = tc.MinScore
	}
	t.Keywords = appendUnique(t.Keywords, tc.Keywords...)
	t.Exclude = appendUnique(t.Exclude, tc.Exclude...)
	t.Cues = appendUnique(t.Cues, tc.Cues...)
	t.Exchanges = appendUnique(t.Exchanges, tc.Exchanges...)
	parties := append(make([]digest.Party, 0, len(t.Parties)+len(tc.Parties)), t.Parties...)
	for _, p := range tc.Parties {
		i := partyIndex(parties, p.ID)
		if i < 0 {
			p.Aliases = appendUnique(nil, p.Aliases...)
			parties = append(parties, p)
			continue
		}
		if p.Name != "" {
			parties[i].Name = p.Name
		}
		parties[i].Aliases = appendUnique(parties[i].Aliases, p.Aliases...)
	}
	t.Parties = parties
	return t
}

// partyIndex is the index of the party with the given id, or -1.
func partyIndex(parties []digest.Party, id string) int {
	for i, p := range parties {
		if p.ID == id {
			return i
		}
	}
	return -1
}

// appendUnique returns a new slice: list, then the terms not already in it
// (compared trimmed and case-insensitively), without blanks or duplicates.
// Without terms it returns list unchanged.
func appendUnique(list []string, terms ...string) []string {
	if len(terms) == 0 {
		return list
	}
	out := make([]string, 0, len(list)+len(terms))
	seen := make(map[string]bool, cap(out))
	for _, s := range append(list[:len(list):len(list)], terms...) {
		s = strings.TrimSpace(s)
		k := strings.ToLower(s)
		if s == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}
