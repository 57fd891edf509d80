package feeds

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

// Validators are the cache validators of a feed's last full answer, sent
// back so an unchanged feed answers 304.
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a successful fetch: a 2xx with its body, or a 304.
type Response struct {
	// URL is the final URL, after redirects.
	URL    string
	Status int
	Header http.Header
	// Body is the decompressed body; nil when NotModified.
	Body []byte
	// NotModified is set for a 304: the feed is unchanged since the
	// validators sent, and no body was read.
	NotModified bool
	// Validators are those to send next time: the answer's own, or for a
	// 304 without them, the ones sent.
	Validators Validators
}

// drainBytes is the largest unread body drained for connection reuse.
const drainBytes = 4 << 10

// Fetcher performs bounded, polite HTTP GETs. It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client
	limit  *limiter
}

// NewFetcher returns a Fetcher with its own HTTP client. Zero option fields
// take their defaults.
func NewFetcher(opts Options) *Fetcher {
	opts = opts.withDefaults()
	tr := &http.Transport{
		// No proxy: the private-address guard must see the real target.
		Proxy:               nil,
		DialContext:         newDialer(opts.AllowPrivate).DialContext,
		ForceAttemptHTTP2:   true,
		MaxIdleConns:        100,
		MaxIdleConnsPerHost: opts.PerHost,
		IdleConnTimeout:     90 * time.Second,
		TLSHandshakeTimeout: 10 * time.Second,
	}
	f := &Fetcher{opts: opts, limit: newLimiter(opts.Concurrency, opts.PerHost)}
	f.client = &http.Client{Transport: tr, CheckRedirect: f.checkRedirect}
	return f
}

// Options returns the options in effect, defaults filled in.
func (f *Fetcher) Options() Options { return f.opts }

// checkRedirect follows http(s) redirects up to MaxRedirects and names a
// loop as such.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
	}
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return fmt.Errorf("redirect loop: %s redirects back to itself after %d hops", req.URL, len(via))
		}
	}
	if len(via) > f.opts.MaxRedirects {
		return fmt.Errorf("stopped after %d redirects", f.opts.MaxRedirects)
	}
	return nil
}

// Fetch GETs rawURL, sending v as conditional-request validators. It
// returns a Response for a 2xx or a 304, and an error otherwise: a
// *StatusError for other HTTP answers (carrying Retry-After for 429 and
// 503), an error wrapping ErrTooLarge for a body over the cap,
// ErrPrivateAddress for a refused address, or the network error. The
// timeout covers the request and the whole body; waiting for a
// concurrency slot does not count towards it.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("feeds: fetch %q: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("feeds: fetch %s: unsupported scheme %q", rawURL, u.Scheme)
	}
	release, err := f.limit.acquire(ctx, u.Hostname())
	if err != nil {
		return nil, fmt.Errorf("feeds: fetch %s: waiting for a slot: %w", rawURL, err)
	}
	defer release()

	resp, err := f.get(ctx, u, v)
	if err != nil {
		return nil, fmt.Errorf("feeds: fetch %s: %w", rawURL, err)
	}
	return resp, nil
}

// get does the request within the timeout.
func (f *Fetcher) get(ctx context.Context, u *url.URL, v Validators) (*Response, error) {
	ctx, cancel := context.WithTimeoutCause(ctx, f.opts.Timeout,
		fmt.Errorf("timeout after %s", f.opts.Timeout))
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}

	resp, err := f.client.Do(req)
	if err != nil {
		return nil, explain(ctx, err)
	}
	defer func() {
		// A short unread body (an error page) is drained so the
		// connection can be reused.
		if resp.ContentLength >= 0 && resp.ContentLength <= drainBytes {
			io.Copy(io.Discard, resp.Body)
		}
		resp.Body.Close()
	}()

	out := &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, Header: resp.Header}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		out.Validators = Validators{
			ETag:         cmp.Or(resp.Header.Get("ETag"), v.ETag),
			LastModified: cmp.Or(resp.Header.Get("Last-Modified"), v.LastModified),
		}
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, statusError(out.URL, resp, time.Now())
	}

	body, err := readCapped(resp.Body, resp.ContentLength, f.opts.MaxBodyBytes)
	if err != nil {
		return nil, explain(ctx, err)
	}
	out.Body = body
	out.Validators = Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	return out, nil
}

// explain replaces a bare deadline error with the timeout's cause.
func explain(ctx context.Context, err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.DeadlineExceeded) {
			return cause
		}
	}
	return err
}

// readCapped reads a body of at most max bytes, failing as soon as it
// grows past the cap. A body that is itself gzip data (a .gz file, or
// gzip served without Content-Encoding) is decompressed under the same cap.
func readCapped(r io.Reader, declared, max int64) ([]byte, error) {
	if declared > max {
		return nil, fmt.Errorf("body of %d bytes is over the %d-byte cap: %w", declared, max, ErrTooLarge)
	}
	body, err := readUpTo(r, max)
	if err != nil {
		return nil, err
	}
	if len(body) >= 2 && body[0] == 0x1f && body[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("gunzip body: %w", err)
		}
		if body, err = readUpTo(zr, max); err != nil {
			return nil, fmt.Errorf("gunzip: %w", err)
		}
	}
	return body, nil
}

// readUpTo reads r to the end, or fails with ErrTooLarge once more than max
// bytes have come.
func readUpTo(r io.Reader, max int64) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("body over the %d-byte cap: %w", max, ErrTooLarge)
	}
	return body, nil
}
