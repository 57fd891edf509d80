package article

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"time"
	"unicode/utf8"

	"github.com/parley-bot/parley/digest"
	"github.com/parley-bot/parley/feeds"
	"github.com/parley-bot/parley/store"
)

// maxPause is the longest a worker waits for a host that asked to be left
// alone (Retry-After); a longer pause defers the page instead.
const maxPause = 30 * time.Second

// outcome is what reading one page came to: a Page to save, or a
// transient failure to retry after a while.
type outcome struct {
	page store.Page
	// transient is set for a failure worth another try: not before
	// retryAt (when set), and recorded as giveUp once tries run out.
	transient bool
	retryAt   time.Time
	giveUp    digest.FullTextStatus
}

func final(status digest.FullTextStatus, format string, args ...any) outcome {
	return outcome{page: store.Page{Status: status, Reason: fmt.Sprintf(format, args...)}}
}

func transient(giveUp digest.FullTextStatus, retryAt time.Time, format string, args ...any) outcome {
	return outcome{transient: true, retryAt: retryAt, giveUp: giveUp,
		page: store.Page{Reason: fmt.Sprintf(format, args...)}}
}

// process reads one job's page and records the outcome. A job cut short by
// ctx records nothing: the item stays "queued" for the next run.
func (r *Reader) process(ctx context.Context, job store.PageJob) {
	start := time.Now()
	out := r.read(ctx, job)
	if ctx.Err() != nil {
		return
	}
	it := job.Item
	out.page.ItemID = it.ID
	log := r.log.With("item_id", it.ID, "url", it.URL, "duration_ms", time.Since(start).Milliseconds())

	if out.transient && job.Attempts+1 < r.o.MaxAttempts {
		until := time.Now().Add(r.o.RetryBase << job.Attempts)
		if out.retryAt.After(until) {
			until = out.retryAt
		}
		if err := r.store.DeferPage(ctx, it.ID, out.page.Reason, until); err != nil {
			log.Error("article: defer page", "err", err)
			return
		}
		r.count.deferred.Add(1)
		log.Info("article: page deferred", "reason", out.page.Reason, "until", until)
		return
	}
	if out.transient {
		out.page.Status = out.giveUp
		out.page.Reason = fmt.Sprintf("%s (after %d tries)", out.page.Reason, job.Attempts+1)
	}
	if err := r.store.SavePage(ctx, out.page); err != nil {
		log.Error("article: save page", "err", err)
		return
	}
	switch out.page.Status {
	case digest.FullTextRead:
		r.count.read.Add(1)
	case digest.FullTextRobots:
		r.count.robots.Add(1)
	case digest.FullTextPaywall:
		r.count.paywall.Add(1)
	default:
		r.count.failed.Add(1)
	}
	log.Info("article: page", "status", out.page.Status, "reason", out.page.Reason, "statements", len(out.page.Statements))
}

// read fetches and extracts one page: robots.txt, politeness, fetch,
// login redirects, extraction, paywall checks, statements.
func (r *Reader) read(ctx context.Context, job store.PageJob) outcome {
	it := job.Item
	u, err := url.Parse(it.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return final(digest.FullTextFailed, "no web page link")
	}
	host := hostOf(it.URL)

	rules, out, ok := r.robotsRules(ctx, u, host)
	if !ok {
		return out
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !rules.allowed(path) {
		return final(digest.FullTextRobots, "robots.txt disallows %s", path)
	}

	if err := r.polite.wait(ctx, host, maxPause); err != nil {
		return waitFailed(err)
	}
	select {
	case r.slots <- struct{}{}:
	case <-ctx.Done():
		return outcome{}
	}
	defer func() { <-r.slots }()

	resp, err := r.fetch.Fetch(ctx, it.URL, feeds.Validators{ETag: job.ETag, LastModified: job.LastModified})
	if err != nil {
		return r.fetchFailed(host, err)
	}
	if loginRedirect(it.URL, resp.URL) {
		return final(digest.FullTextPaywall, "redirected to a login page (%s)", redirectPath(resp.URL))
	}
	if resp.NotModified {
		return r.readText(job, resp, it.Content, "not modified since last read")
	}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != "" && mt != "text/html" && mt != "application/xhtml+xml" {
		return final(digest.FullTextFailed, "not an HTML page (%s)", mt)
	}
	pageURL, _ := url.Parse(resp.URL)
	ex, err := Extract(resp.Body, resp.Header.Get("Content-Type"), pageURL)
	if errors.Is(err, ErrNoText) {
		return paywallOr(ex, digest.FullTextFailed, "no article text found")
	}
	if err != nil {
		return final(digest.FullTextFailed, "%v", err)
	}

	textLen, feedLen := utf8.RuneCountInString(ex.Text), feedTextLen(it)
	switch {
	case ex.Paywall != "" && textLen < 3*r.o.MinChars:
		return final(digest.FullTextPaywall, "paywall: %s", ex.Paywall)
	case textLen <= feedLen && textLen < r.o.MinChars:
		return final(digest.FullTextPaywall, "page text (%d chars) no longer than the feed's (%d chars)", textLen, feedLen)
	}
	return r.readText(job, resp, ex.Text, fmt.Sprintf("%d chars", textLen))
}

// robotsRules returns the robots.txt rules for u, fetching them (politely)
// when they are not cached; when it returns false, out is the outcome.
func (r *Reader) robotsRules(ctx context.Context, u *url.URL, host string) (*robotsRules, outcome, bool) {
	e, ok := r.robots.cached(u)
	if !ok {
		if err := r.polite.wait(ctx, host, maxPause); err != nil {
			return nil, waitFailed(err), false
		}
		e.rules, e.err = r.robots.load(ctx, u)
	}
	switch {
	case ctx.Err() != nil:
		return nil, outcome{}, false
	case errors.Is(e.err, errRobotsUnreachable):
		return nil, transient(digest.FullTextRobots, time.Time{}, "%v", e.err), false
	case e.err != nil:
		return nil, final(digest.FullTextFailed, "robots.txt: %s", feeds.Reason(e.err)), false
	}
	r.polite.setCrawlDelay(host, e.rules.crawlDelay)
	return e.rules, outcome{}, true
}

// waitFailed is the outcome of a politeness wait that failed: a paused
// host defers the page; a cancelled one records nothing.
func waitFailed(err error) outcome {
	var paused *pausedError
	if errors.As(err, &paused) {
		return transient(digest.FullTextFailed, paused.until, "%v", err)
	}
	return outcome{}
}

// fetchFailed turns a fetch error into an outcome: 401 and 402 are login
// and payment walls; 429, 5xx, timeouts and network errors are transient
// (429 and 503 pause the host until their Retry-After); anything else (404,
// 410, 403, a body over the cap, a refused address) is final.
func (r *Reader) fetchFailed(host string, err error) outcome {
	reason := feeds.Reason(err)
	var st *feeds.StatusError
	switch {
	case errors.As(err, &st) && (st.Code == http.StatusUnauthorized || st.Code == http.StatusPaymentRequired):
		return final(digest.FullTextPaywall, "login or payment required (%s)", reason)
	case errors.As(err, &st) && (st.Code == http.StatusTooManyRequests || st.Code >= 500):
		if !st.RetryAfter.IsZero() {
			r.polite.pauseUntil(host, st.RetryAfter)
		}
		return transient(digest.FullTextFailed, st.RetryAfter, "%s", reason)
	case errors.As(err, &st), errors.Is(err, feeds.ErrTooLarge), errors.Is(err, feeds.ErrPrivateAddress):
		return final(digest.FullTextFailed, "%s", reason)
	}
	return transient(digest.FullTextFailed, time.Time{}, "%s", reason)
}

// readText is the outcome of a page read in full: its text, with the
// statements found in the item once its content is that text.
func (r *Reader) readText(job store.PageJob, resp *feeds.Response, text, reason string) outcome {
	it := job.Item
	it.Content = text
	return outcome{page: store.Page{
		Status: digest.FullTextRead, Reason: reason, URL: resp.URL, Text: text,
		ETag: resp.Validators.ETag, LastModified: resp.Validators.LastModified,
		Statements: r.an.Extract(it),
	}}
}

// paywallOr is a paywall outcome when the page carried a paywall sign,
// else status with reason.
func paywallOr(ex Extraction, status digest.FullTextStatus, reason string) outcome {
	if ex.Paywall != "" {
		return final(digest.FullTextPaywall, "paywall: %s", ex.Paywall)
	}
	return final(status, "%s", reason)
}

// feedTextLen is the length in characters of the longer of the item's
// feed texts.
func feedTextLen(it digest.Item) int {
	return max(utf8.RuneCountInString(it.Summary), utf8.RuneCountInString(it.Content))
}

// redirectPath is the path a login redirect went to, for the reason.
func redirectPath(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return u.Path
}
