package feeds_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/feeds"
)

// waitFor fails the test if nothing arrives on ch within a generous
// deadline (a guard against hanging, not a timing assertion).
func waitFor(t *testing.T, ch <-chan string, what string) string {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(20 * time.Second):
		t.Fatalf("gave up waiting for %s", what)
		return ""
	}
}

func TestScheduler(t *testing.T) {
	hits := make(chan string, 100)
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case hits <- r.URL.Path:
		default:
		}
		if r.URL.Path == "/hang.xml" {
			<-r.Context().Done()
			return
		}
		conditional(w, r, `"e"`, rssDoc("S", "https://s.example.org"+r.URL.Path))
	})
	st := openStore(t)
	p := feeds.NewPoller(loopbackFetcher(feeds.Options{Timeout: time.Minute, DefaultSchedule: "@every 1s"}), st, nil, nil)
	s := feeds.NewScheduler(p, nil)

	names := func() []string {
		var out []string
		for _, j := range s.Jobs() {
			out = append(out, j.Feed.Name+" "+j.Schedule)
		}
		return out
	}

	t.Run("invalid specs change nothing", func(t *testing.T) {
		err := s.Set([]digest.Feed{
			{Name: "Good", URL: srv.URL + "/good.xml", Enabled: true},
			{Name: "NoSpace", URL: srv.URL + "/x.xml", Schedule: "CRON_TZ=Europe/Kyiv", Enabled: true},
			{Name: "Minute61", URL: srv.URL + "/y.xml", Schedule: "61 * * * *", Enabled: true},
		})
		if err == nil || !strings.Contains(err.Error(), `"NoSpace"`) || !strings.Contains(err.Error(), `"Minute61"`) {
			t.Fatalf("Set = %v, want an error naming both bad feeds", err)
		}
		if got := names(); len(got) != 0 {
			t.Errorf("jobs after a refused Set: %v", got)
		}
	})

	a := digest.Feed{Name: "A", URL: srv.URL + "/a.xml", Enabled: true}
	b := digest.Feed{Name: "B", URL: srv.URL + "/b.xml", Enabled: true, Schedule: "@every 1s"}
	off := digest.Feed{Name: "Off", URL: srv.URL + "/off.xml", Enabled: false}
	if err := s.Set([]digest.Feed{a, off}); err != nil {
		t.Fatal(err)
	}
	s.Start()
	if got := waitFor(t, hits, "A's first scheduled poll"); got != "/a.xml" {
		t.Errorf("first poll went to %s, want /a.xml", got)
	}

	t.Run("edits take effect without restart", func(t *testing.T) {
		if err := s.Set([]digest.Feed{b}); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"B @every 1s"}, names()); diff != "" {
			t.Errorf("jobs (-want +got):\n%s", diff)
		}
		for range 50 {
			if waitFor(t, hits, "B's poll") == "/b.xml" {
				return
			}
		}
		t.Error("B was never polled")
	})

	t.Run("stop cancels a hanging poll when its context ends", func(t *testing.T) {
		if err := s.Set([]digest.Feed{{Name: "Hang", URL: srv.URL + "/hang.xml", Enabled: true}}); err != nil {
			t.Fatal(err)
		}
		for waitFor(t, hits, "the hanging poll") != "/hang.xml" {
		}
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		stopped := make(chan error, 1)
		go func() { stopped <- s.Stop(ctx) }()
		select {
		case err := <-stopped:
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("Stop = %v, want the deadline error", err)
			}
		case <-time.After(20 * time.Second):
			t.Fatal("Stop did not return after its context ended")
		}
	})
}

func TestSchedulerPollNow(t *testing.T) {
	hits := make(chan string, 10)
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		hits <- r.URL.Path
		conditional(w, r, `"e"`, rssDoc("S", "https://s.example.org"+r.URL.Path))
	})
	p := feeds.NewPoller(loopbackFetcher(feeds.Options{}), openStore(t), nil, nil)
	s := feeds.NewScheduler(p, nil)
	// Hourly: no scheduled poll comes during the test, only PollNow's.
	if err := s.Set([]digest.Feed{
		{Name: "A", URL: srv.URL + "/a.xml", Enabled: true, Schedule: "@every 1h"},
		{Name: "B", URL: srv.URL + "/b.xml", Enabled: true, Schedule: "@every 1h"},
	}); err != nil {
		t.Fatal(err)
	}
	s.Start()
	defer s.Stop(context.Background())
	s.PollNow()
	got := []string{waitFor(t, hits, "a poll"), waitFor(t, hits, "another poll")}
	if !(got[0] == "/a.xml" && got[1] == "/b.xml") && !(got[0] == "/b.xml" && got[1] == "/a.xml") {
		t.Errorf("PollNow polled %v, want each feed once", got)
	}
	select {
	case extra := <-hits:
		t.Errorf("unexpected extra poll of %s", extra)
	default:
	}
}
