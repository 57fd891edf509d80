package config

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/digest"
)

// The expectations are built from digest.DefaultTopic, whatever it holds,
// so the test follows the built-in pack as it grows.
func TestTopic(t *testing.T) {
	base := digest.DefaultTopic()
	if len(base.Parties) == 0 {
		t.Fatal("digest.DefaultTopic() has no parties")
	}
	first := base.Parties[0]

	tests := []struct {
		name  string
		topic TopicConfig
		want  func() digest.Topic
	}{
		{
			name:  "empty table keeps the built-in pack",
			topic: TopicConfig{},
			want:  digest.DefaultTopic,
		},
		{
			name: "keywords, exclude, cues and exchanges are appended without duplicates",
			topic: TopicConfig{
				// A built-in keyword in another case is a duplicate.
				Keywords:  []string{"  truce talks ", strings.ToUpper(firstOr(base.Keywords, "x")), "truce talks"},
				Exclude:   []string{"Board of Peace", ""},
				Cues:      []string{"pact*", strings.ToUpper(firstOr(base.Cues, "pact*"))},
				Exchanges: []string{"hostage"},
				MinScore:  3,
			},
			want: func() digest.Topic {
				w := digest.DefaultTopic()
				if len(base.Keywords) == 0 {
					w.Keywords = []string{"truce talks", "X"}
				} else {
					w.Keywords = appendNew(w.Keywords, "truce talks")
				}
				w.Exclude = appendNew(w.Exclude, "Board of Peace")
				w.Cues = appendNew(w.Cues, "pact*")
				w.Exchanges = appendNew(w.Exchanges, "hostage")
				w.MinScore = 3
				return w
			},
		},
		{
			name: "a known party is extended, a new one added",
			topic: TopicConfig{
				Name: "Other talks",
				Parties: []digest.Party{
					{ID: first.ID, Name: "Renamed", Aliases: []string{"Brand New Alias", strings.ToUpper(firstOr(first.Aliases, "brand new alias"))}},
					{ID: "vatican", Name: "Holy See", Aliases: []string{"Vatican"}},
				},
			},
			want: func() digest.Topic {
				w := digest.DefaultTopic()
				w.Name = "Other talks"
				w.Parties[0].Name = "Renamed"
				w.Parties[0].Aliases = appendNew(w.Parties[0].Aliases, "Brand New Alias")
				w.Parties = append(w.Parties, digest.Party{ID: "vatican", Name: "Holy See", Aliases: []string{"Vatican"}})
				return w
			},
		},
		{
			name: "a known party without a name keeps its name",
			topic: TopicConfig{Parties: []digest.Party{
				{ID: first.ID, Aliases: []string{"Brand New Alias"}},
			}},
			want: func() digest.Topic {
				w := digest.DefaultTopic()
				w.Parties[0].Aliases = appendNew(w.Parties[0].Aliases, "Brand New Alias")
				return w
			},
		},
		{
			name: "replace drops the built-in pack",
			topic: TopicConfig{
				Replace:  true,
				Name:     "Sudan talks",
				Keywords: []string{"Jeddah talks"},
				Parties: []digest.Party{
					{ID: "saf", Name: "Sudanese Armed Forces", Aliases: []string{"SAF"}},
					{ID: first.ID, Name: "Only the name"},
				},
			},
			want: func() digest.Topic {
				return digest.Topic{
					Name:     "Sudan talks",
					Keywords: []string{"Jeddah talks"},
					Parties: []digest.Party{
						{ID: "saf", Name: "Sudanese Armed Forces", Aliases: []string{"SAF"}},
						{ID: first.ID, Name: "Only the name"},
					},
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			c.TopicPack = tt.topic
			if diff := cmp.Diff(tt.want(), c.Topic()); diff != "" {
				t.Errorf("Topic() mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(base, digest.DefaultTopic()); diff != "" {
				t.Errorf("Topic() changed the built-in pack:\n%s", diff)
			}
		})
	}
}

func firstOr(list []string, fallback string) string {
	if len(list) == 0 {
		return fallback
	}
	return list[0]
}

// appendNew appends s unless list holds it (case-insensitively).
func appendNew(list []string, s string) []string {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}
