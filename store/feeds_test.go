package store

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/digest"
)

func TestFeedsAdmin(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	config := []digest.Feed{
		{Name: "Alpha", URL: "https://alpha.example/rss", Enabled: true},
		{Name: "Beta", URL: "https://beta.example/atom", Schedule: "*/30 * * * *", Enabled: true, FullText: "always"},
	}
	if seeded, err := s.SeedFeeds(ctx, config); err != nil || !seeded {
		t.Fatalf("first SeedFeeds = %t, %v; want true", seeded, err)
	}

	gamma := digest.Feed{Name: "Gamma", URL: "https://gamma.example/feed", Schedule: "CRON_TZ=Europe/Kyiv 0 * * * *", Enabled: true}
	errAny := errors.New("any error")
	steps := []struct {
		name string
		do   func() error
		want error // nil: success; errAny: any error
	}{
		{"add", func() error { return s.AddFeed(ctx, gamma, "admin#1") }, nil},
		{"add same name, other case", func() error {
			return s.AddFeed(ctx, digest.Feed{Name: "gamma", URL: "https://other.example/"}, "admin#2")
		}, ErrExists},
		{"add same url", func() error {
			return s.AddFeed(ctx, digest.Feed{Name: "Delta", URL: gamma.URL}, "admin#2")
		}, ErrExists},
		{"add without url", func() error { return s.AddFeed(ctx, digest.Feed{Name: "Empty"}, "admin#2") }, errAny},
		{"pause", func() error { return s.SetFeedEnabled(ctx, "alpha", false, "admin#2") }, nil},
		{"pause unknown", func() error { return s.SetFeedEnabled(ctx, "nope", false, "admin#2") }, ErrNotFound},
		{"remove", func() error { return s.RemoveFeed(ctx, "Beta", "admin#1") }, nil},
		{"remove again", func() error { return s.RemoveFeed(ctx, "Beta", "admin#1") }, ErrNotFound},
	}
	for _, st := range steps {
		err := st.do()
		switch {
		case st.want == nil && err != nil:
			t.Errorf("%s: %v", st.name, err)
		case st.want == errAny && err == nil:
			t.Errorf("%s: succeeded, want an error", st.name)
		case st.want != nil && st.want != errAny && !errors.Is(err, st.want):
			t.Errorf("%s: error %v, want one wrapping %v", st.name, err, st.want)
		}
	}

	wantFeeds := []digest.Feed{
		{Name: "Alpha", URL: "https://alpha.example/rss", Enabled: false},
		gamma,
	}
	wantAudit := []AuditEntry{
		{Actor: "admin#1", Action: "remove", Feed: "Beta", Detail: "url=https://beta.example/atom"},
		{Actor: "admin#2", Action: "pause", Feed: "Alpha"},
		{Actor: "admin#1", Action: "add", Feed: "Gamma", Detail: `url=https://gamma.example/feed schedule="CRON_TZ=Europe/Kyiv 0 * * * *" enabled=true`},
		{Actor: "config", Action: "seed", Feed: "Beta", Detail: `url=https://beta.example/atom schedule="*/30 * * * *" enabled=true full_text=always`},
		{Actor: "config", Action: "seed", Feed: "Alpha", Detail: `url=https://alpha.example/rss schedule="" enabled=true`},
	}
	check := func(t *testing.T, s *Store) {
		t.Helper()
		feeds, err := s.Feeds(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(wantFeeds, feeds); diff != "" {
			t.Errorf("Feeds (-want +got):\n%s", diff)
		}
		entries, err := s.FeedAudit(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range entries {
			if e.At.IsZero() {
				t.Errorf("audit entry %d has no time", i)
			}
			entries[i].At = wantAudit[0].At
		}
		if diff := cmp.Diff(wantAudit, entries); diff != "" {
			t.Errorf("FeedAudit (-want +got):\n%s", diff)
		}
		latest, err := s.FeedAudit(ctx, 2)
		if err != nil || len(latest) != 2 || latest[0].Action != "remove" {
			t.Errorf("FeedAudit(2) = %+v, %v; want the 2 latest, remove first", latest, err)
		}
	}
	check(t, s)

	// After a restart the edits are kept, and seeding again changes nothing:
	// the removed feed does not come back.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if seeded, err := s2.SeedFeeds(ctx, config); err != nil || seeded {
		t.Fatalf("second SeedFeeds = %t, %v; want false", seeded, err)
	}
	check(t, s2)
}

func TestSeedFeedsDuplicateFailsWhole(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	_, err := s.SeedFeeds(ctx, []digest.Feed{
		{Name: "One", URL: "https://one.example/"},
		{Name: "Two", URL: "https://one.example/"},
	})
	if !errors.Is(err, ErrExists) {
		t.Fatalf("SeedFeeds = %v, want ErrExists", err)
	}
	feeds, err := s.Feeds(ctx)
	if err != nil || len(feeds) != 0 {
		t.Errorf("Feeds after failed seed = %v, %v; want none", feeds, err)
	}
	// Seeding was not recorded, so a corrected config seeds.
	if seeded, err := s.SeedFeeds(ctx, []digest.Feed{{Name: "One", URL: "https://one.example/"}}); err != nil || !seeded {
		t.Errorf("SeedFeeds after failure = %t, %v; want true", seeded, err)
	}
}
