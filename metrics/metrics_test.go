package metrics_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/metrics"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestObserve(t *testing.T) {
	m := metrics.New()
	at := time.Date(2025, 6, 2, 18, 0, 0, 0, time.UTC)
	m.ObservePoll("ok", at)
	m.ObservePoll("error", at.Add(time.Hour))
	m.ObservePoll("not_modified", at.Add(2*time.Hour))
	m.ObserveStored(3, 5)
	m.ObserveInteraction("demands", "ok")
	m.ObserveInteraction("demands", "ok")
	m.ObserveInteraction("feeds", "refused")
	m.ObserveDelivery("sent")
	m.ObserveDelivery("retry")

	tests := []struct {
		name string
		got  float64
		want float64
	}{
		{"polls ok", testutil.ToFloat64(m.Polls.WithLabelValues("ok")), 1},
		{"polls error", testutil.ToFloat64(m.Polls.WithLabelValues("error")), 1},
		{"last poll ok is the not_modified one", testutil.ToFloat64(m.LastPollOK), float64(at.Add(2 * time.Hour).Unix())},
		{"items", testutil.ToFloat64(m.Items), 3},
		{"statements", testutil.ToFloat64(m.Statements), 5},
		{"demands ok", testutil.ToFloat64(m.Interactions.WithLabelValues("demands", "ok")), 2},
		{"feeds refused", testutil.ToFloat64(m.Interactions.WithLabelValues("feeds", "refused")), 1},
		{"deliveries sent", testutil.ToFloat64(m.Deliveries.WithLabelValues("sent")), 1},
		{"deliveries retry", testutil.ToFloat64(m.Deliveries.WithLabelValues("retry")), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestNilMetricsRecordNothing(t *testing.T) {
	var m *metrics.Metrics
	m.ObservePoll("ok", time.Now())
	m.ObserveStored(1, 1)
	m.ObserveInteraction("x", "ok")
	m.ObserveDelivery("sent")
	m.ObserveExtractionFailure()
	if rt := m.Transport(nil); rt != http.DefaultTransport {
		t.Errorf("nil Metrics.Transport(nil) = %T, want http.DefaultTransport", rt)
	}
}

func TestTransportAndHandler(t *testing.T) {
	m := metrics.New()
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		io.WriteString(w, "{}")
	}))
	defer api.Close()
	client := &http.Client{Transport: m.Transport(api.Client().Transport)}
	for _, p := range []string{"/ok", "/ok", "/missing"} {
		resp, err := client.Get(api.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	m.ObserveDelivery("sent")
	m.ObserveExtractionFailure()

	srv := httptest.NewServer(m.Handler())
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	for _, want := range []string{
		`parley_discord_request_duration_seconds_count{code="200",method="GET"} 2`,
		`parley_discord_request_duration_seconds_count{code="404",method="GET"} 1`,
		`parley_deliveries_total{outcome="sent"} 1`,
		`parley_extraction_failures_total 1`,
		`go_goroutines`,
	} {
		t.Run(want, func(t *testing.T) {
			if !strings.Contains(string(body), want) {
				t.Errorf("metrics output lacks %q", want)
			}
		})
	}
}
