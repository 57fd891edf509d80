package config

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/digest"
)

func TestDefault(t *testing.T) {
	c := Default()
	want := &Config{
		Store: StoreConfig{Path: "parley.db"},
		Poll: PollConfig{
			Timeout:         20 * time.Second,
			MaxBodyBytes:    10 * 1024 * 1024,
			UserAgent:       "parley/" + Version + " (+https://github.com/parley-bot/parley; news digest bot)",
			Concurrency:     8,
			PerHost:         2,
			AllowPrivate:    false,
			DefaultSchedule: "*/15 * * * *",
			MaxRedirects:    5,
			BackoffMax:      6 * time.Hour,
		},
		FullText: FullTextConfig{Enabled: true, MinChars: 600, Concurrency: 2, Delay: time.Second},
		Digest:   DigestConfig{Empty: "line", Period: 24 * time.Hour, MaxTextChars: 20000},
		Log:      LogConfig{Level: "info", Format: "text"},
	}
	if diff := cmp.Diff(want, c, cmp.AllowUnexported(Config{})); diff != "" {
		t.Errorf("Default() mismatch (-want +got):\n%s", diff)
	}
	if err := c.Validate(); err != nil {
		t.Errorf("Default().Validate() = %v, want nil", err)
	}
	if got := c.FeedList(); len(got) != 0 {
		t.Errorf("Default().FeedList() = %v, want none", got)
	}
	if diff := cmp.Diff(digest.DefaultTopic(), c.Topic()); diff != "" {
		t.Errorf("Default().Topic() is not the built-in pack (-want +got):\n%s", diff)
	}
}

func TestFeedList(t *testing.T) {
	c := Default()
	c.Poll.DefaultSchedule = "@hourly"
	c.Feeds = []digest.Feed{
		{Name: "a", URL: "https://a.example/rss", Enabled: true},
		{Name: "b", URL: "https://b.example/rss", Schedule: "0 * * * *", FullText: "never"},
	}
	want := []digest.Feed{
		{Name: "a", URL: "https://a.example/rss", Schedule: "@hourly", Enabled: true, FullText: "auto"},
		{Name: "b", URL: "https://b.example/rss", Schedule: "0 * * * *", FullText: "never"},
	}
	if diff := cmp.Diff(want, c.FeedList()); diff != "" {
		t.Errorf("FeedList() mismatch (-want +got):\n%s", diff)
	}
	if c.Feeds[0].Schedule != "" {
		t.Errorf("FeedList() modified c.Feeds: %+v", c.Feeds[0])
	}
}

func TestSubscriptionSpec(t *testing.T) {
	tests := []struct {
		name string
		sub  Subscription
		want string
	}{
		{"default", Subscription{}, "0 9 * * *"},
		{"schedule", Subscription{Schedule: "30 7 * * 1-5"}, "30 7 * * 1-5"},
		{"timezone", Subscription{Timezone: "Europe/Kyiv"}, "CRON_TZ=Europe/Kyiv 0 9 * * *"},
		{"own prefix wins", Subscription{Schedule: "CRON_TZ=UTC 0 9 * * *", Timezone: "Europe/Kyiv"}, "CRON_TZ=UTC 0 9 * * *"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.sub.Spec(); got != tt.want {
				t.Errorf("Spec() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestValidateInCode(t *testing.T) {
	c := Default()
	c.Feeds = []digest.Feed{{Name: "a", URL: "https://a.example/", Schedule: "CRON_TZ=UTC"}}
	c.Digest.Empty = "silence"
	err := c.Validate()
	if err == nil {
		t.Fatal("Validate() = nil, want problems")
	}
	want := "feeds[0].schedule: CRON_TZ= must be followed by a zone, a space and the schedule (CRON_TZ=Europe/Kyiv 0 9 * * *)\n" +
		`digest.empty: "silence" is not one of line, skip`
	if diff := cmp.Diff(want, err.Error()); diff != "" {
		t.Errorf("Validate() error mismatch (-want +got):\n%s", diff)
	}
	ve := &ValidationError{File: "x.toml", Problems: []Problem{{Key: "k", Msg: "m"}, {Line: 3, Msg: "n"}}}
	if got, want := ve.Error(), "x.toml: k: m\nx.toml:3: n"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
