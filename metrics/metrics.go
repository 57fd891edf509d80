package metrics

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics is parley's set of collectors. Its methods are safe for
// concurrent use and do nothing on a nil receiver.
type Metrics struct {
	// Registry holds every collector below, plus the Go runtime and process
	// collectors.
	Registry *prometheus.Registry

	Polls              *prometheus.CounterVec
	Items              prometheus.Counter
	Statements         prometheus.Counter
	ExtractionFailures prometheus.Counter
	Interactions       *prometheus.CounterVec
	Deliveries         *prometheus.CounterVec
	LastPollOK         prometheus.Gauge
	DiscordLatency     *prometheus.HistogramVec
}

// New creates the collectors and registers them on a fresh Registry.
func New() *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		Polls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "parley_polls_total",
			Help: "Feed polls by outcome (ok, not_modified, error).",
		}, []string{"outcome"}),
		Items: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "parley_items_stored_total",
			Help: "News items stored for the first time.",
		}),
		Statements: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "parley_statements_stored_total",
			Help: "Statements stored (new or merged into an existing one).",
		}),
		ExtractionFailures: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "parley_extraction_failures_total",
			Help: "Items whose statement extraction failed and yielded no statements.",
		}),
		Interactions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "parley_interactions_total",
			Help: "Discord interactions by command and outcome (ok, error, refused, rate_limited).",
		}, []string{"command", "outcome"}),
		Deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "parley_deliveries_total",
			Help: "Scheduled digest deliveries by outcome (sent, skipped, retry, failed).",
		}, []string{"outcome"}),
		LastPollOK: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "parley_last_poll_success_timestamp_seconds",
			Help: "Unix time of the last successful feed poll.",
		}),
		DiscordLatency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "parley_discord_request_duration_seconds",
			Help:    "Latency of Discord REST requests by method and status code.",
			Buckets: []float64{.025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"method", "code"}),
	}
	m.Registry.MustRegister(
		m.Polls, m.Items, m.Statements, m.ExtractionFailures, m.Interactions, m.Deliveries,
		m.LastPollOK, m.DiscordLatency,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// Handler serves the registry in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry})
}

// ObservePoll counts one feed poll; outcome is "ok", "not_modified" or
// "error". A successful poll ("ok" or "not_modified") also sets the time of
// the last successful poll.
func (m *Metrics) ObservePoll(outcome string, at time.Time) {
	if m == nil {
		return
	}
	m.Polls.WithLabelValues(outcome).Inc()
	if outcome != "error" {
		m.LastPollOK.Set(float64(at.UnixNano()) / 1e9)
	}
}

// ObserveStored counts items and statements newly stored.
func (m *Metrics) ObserveStored(items, statements int) {
	if m == nil {
		return
	}
	m.Items.Add(float64(items))
	m.Statements.Add(float64(statements))
}

// ObserveExtractionFailure counts one item whose statement extraction
// failed; give it to the analyzer with digest.WithFailureHook.
func (m *Metrics) ObserveExtractionFailure() {
	if m == nil {
		return
	}
	m.ExtractionFailures.Inc()
}

// ObserveInteraction counts one interaction; command is the slash command
// name (or the component's prefix) and outcome "ok", "error", "refused" or
// "rate_limited".
func (m *Metrics) ObserveInteraction(command, outcome string) {
	if m == nil {
		return
	}
	m.Interactions.WithLabelValues(command, outcome).Inc()
}

// ObserveDelivery counts one scheduled digest delivery attempt by outcome:
// "sent", "skipped" (empty period, configured to post nothing), "retry"
// (failed, will be retried) or "failed" (given up).
func (m *Metrics) ObserveDelivery(outcome string) {
	if m == nil {
		return
	}
	m.Deliveries.WithLabelValues(outcome).Inc()
}

// Transport wraps next (http.DefaultTransport when nil) so that every
// request through it is timed into DiscordLatency. Give it to the Discord
// session's http.Client. Failed requests are recorded with code "error".
func (m *Metrics) Transport(next http.RoundTripper) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	if m == nil {
		return next
	}
	return roundTripper{next: next, hist: m.DiscordLatency}
}

type roundTripper struct {
	next http.RoundTripper
	hist *prometheus.HistogramVec
}

func (rt roundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	start := time.Now()
	resp, err := rt.next.RoundTrip(req)
	code := "error"
	if err == nil {
		code = strconv.Itoa(resp.StatusCode)
	}
	rt.hist.WithLabelValues(req.Method, code).Observe(time.Since(start).Seconds())
	return resp, err
}
