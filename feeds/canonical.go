package feeds

import (
	"net/url"
	"strings"
)

// trackingParams are query parameters that say how a reader arrived, not
// what they read. Matching ignores case.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "igshid": true, "twclid": true, "ttclid": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true,
	"ocid": true, "cmpid": true, "cmp": true, "icid": true, "ito": true, "xtor": true,
	"ref_src": true, "ref_url": true, "smid": true, "smtyp": true, "sr_share": true,
	"ns_mchannel": true, "ns_source": true, "ns_campaign": true, "ns_linkname": true, "ns_fee": true,
	"wt.mc_id": true, "mkt_tok": true, "oly_enc_id": true, "oly_anon_id": true,
	"vero_id": true, "s_cid": true, "__twitter_impression": true, "maca": true,
}

// trackingPrefixes start families of tracking parameters: Google's utm_*
// and AT Internet's at_* (at_medium, at_campaign, …).
var trackingPrefixes = []string{"utm_", "at_"}

// isTracking reports whether a query key is a tracking parameter.
func isTracking(key string) bool {
	key = strings.ToLower(key)
	if trackingParams[key] {
		return true
	}
	for _, p := range trackingPrefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// CanonicalURL resolves raw against base (which may be nil) and returns it
// in canonical form: scheme and host lower-cased, default port and
// fragment dropped, an empty path written "/", tracking parameters removed
// and the other parameters kept in their order. It returns "" for a link
// that is not absolute http(s) after resolution. CanonicalURL is
// idempotent.
func CanonicalURL(raw string, base *url.URL) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" {
		return ""
	}
	u.User = nil
	u.Host = strings.ToLower(u.Host)
	if port := u.Port(); (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		u.Host = u.Hostname()
		if u.Host == "" {
			return "" // "http://:80": a port and no host
		}
		if strings.Contains(u.Host, ":") {
			u.Host = "[" + u.Host + "]"
		}
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	}
	u.RawQuery = escapeQuery(stripTracking(u.RawQuery))
	u.ForceQuery = false
	out := u.String()
	// A host the parser let through but cannot read back (an unbracketed
	// IPv6 address, say) is no link anyone can follow.
	if v, err := url.Parse(out); err != nil || v.Host != u.Host {
		return ""
	}
	return out
}

// stripTracking removes tracking parameters from a raw query, keeping the
// others byte for byte and in order.
func stripTracking(rawQuery string) string {
	if rawQuery == "" {
		return ""
	}
	parts := strings.Split(rawQuery, "&")
	kept := parts[:0]
	for _, p := range parts {
		if p == "" {
			continue
		}
		key, _, _ := strings.Cut(p, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			key = k
		}
		if !isTracking(key) {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "&")
}

// escapeQuery percent-encodes the bytes a raw query may carry unescaped
// from a feed (spaces, non-ASCII, invalid UTF-8) so the URL is plain ASCII.
func escapeQuery(q string) string {
	if !strings.ContainsFunc(q, func(r rune) bool { return needsEscape(byte(min(r, 0x80))) }) {
		return q
	}
	const hex = "0123456789ABCDEF"
	b := make([]byte, 0, len(q)+16)
	for i := 0; i < len(q); i++ {
		if c := q[i]; needsEscape(c) {
			b = append(b, '%', hex[c>>4], hex[c&15])
		} else {
			b = append(b, c)
		}
	}
	return string(b)
}

// needsEscape reports whether a query byte must be percent-encoded.
func needsEscape(c byte) bool {
	return c <= ' ' || c >= 0x7f || strings.IndexByte("\"<>\\^`{|}", c) >= 0
}
