package digest

import (
	"strings"
	"testing"
)

func TestDefaultTopicResolvesAliases(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct{ name, want string }{
		{"moscow", "russia"},
		{"Kremlin", "russia"},
		{"Путин", "russia"},
		{"Медінський", ""}, // not an alias: resolution is literal
		{"Zelensky", "ukraine"},
		{"zelenskiy", "ukraine"},
		{"Київ", "ukraine"},
		{"Kiev", "ukraine"},
		{"Witkoff", "us"},
		{"White House", "us"},
		{"Erdoğan", "turkey"},
		{"erdogan", "turkey"},
		{"Türkiye", "turkey"},
		{"Brussels", "europe"},
		{"von der Leyen", "europe"},
		{"UAE", "uae"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := a.ResolveParty(tc.name)
			if tc.want == "" {
				if err == nil {
					t.Errorf("resolved to %q, want an error", p.ID)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.ID != tc.want {
				t.Errorf("party = %q, want %q", p.ID, tc.want)
			}
		})
	}
}

func TestDefaultTopicIsConsistent(t *testing.T) {
	topic := DefaultTopic()
	if topic.Parties[0].ID != "russia" || topic.Parties[1].ID != "ukraine" {
		t.Errorf("the two sides must come first, got %q, %q", topic.Parties[0].ID, topic.Parties[1].ID)
	}
	owner := map[string]string{}
	for _, p := range topic.Parties {
		for _, a := range append([]string{p.ID, p.Name}, p.Aliases...) {
			key := strings.ToLower(a)
			if strings.ContainsAny(a, "*") {
				t.Errorf("party %s: alias %q has a wildcard; aliases are literal", p.ID, a)
			}
			if prev, ok := owner[key]; ok && prev != p.ID {
				t.Errorf("alias %q belongs to %s and %s", a, prev, p.ID)
			}
			owner[key] = p.ID
		}
	}
	role := map[string]string{}
	for _, list := range []struct {
		name  string
		terms []string
	}{{"keyword", topic.Keywords}, {"cue", topic.Cues}, {"exclusion", topic.Exclude}} {
		for _, k := range list.terms {
			key := strings.ToLower(k)
			if prev, ok := role[key]; ok && prev != list.name {
				t.Errorf("term %q is both a %s and a %s", k, prev, list.name)
			}
			role[key] = list.name
		}
	}
	for _, list := range [][]string{topic.Keywords, topic.Cues, topic.Exclude} {
		seen := map[string]bool{}
		for _, k := range list {
			if len(scan(k, len(k), true).words) == 0 {
				t.Errorf("term %q has no words", k)
			}
			if seen[strings.ToLower(k)] {
				t.Errorf("term %q listed twice", k)
			}
			seen[strings.ToLower(k)] = true
		}
	}
}
