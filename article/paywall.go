package article

import (
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// paywallMarkers are phrases that a paywall or login wall puts where the
// story should be, lower-cased, with straight apostrophes.
var paywallMarkers = []string{
	"subscribe to continue reading", "subscribe to keep reading", "subscribe to read",
	"subscribe now to continue", "continue reading with a subscription", "become a subscriber to continue",
	"this article is for subscribers", "this content is for subscribers", "exclusive to subscribers",
	"for subscribers only", "subscribers only", "already a subscriber", "already subscribed?",
	"log in to continue reading", "sign in to continue reading", "log in to keep reading",
	"sign in to keep reading", "log in to read", "sign in to read", "register to continue reading",
	"create a free account to continue", "you have reached your limit of free articles",
	"you've reached your limit of free articles", "you have reached your free article limit",
	"to read the full article", "to read the full story", "unlock this article",
}

// notFree matches schema.org's paywall flag in a page's JSON-LD.
var notFree = regexp.MustCompile(`(?i)"isAccessibleForFree"\s*:\s*(false|"false")`)

// paywallSign returns the paywall sign doc carries: its JSON-LD flag, or
// the first marker phrase in its visible text; "" when it carries none.
func paywallSign(doc *html.Node) string {
	var text strings.Builder
	sign := ""
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.ElementNode && n.DataAtom == atom.Script:
			if sign == "" && strings.EqualFold(attr(n, "type"), "application/ld+json") &&
				n.FirstChild != nil && notFree.MatchString(n.FirstChild.Data) {
				sign = "isAccessibleForFree: false"
			}
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Style:
			return
		case n.Type == html.TextNode:
			text.WriteString(n.Data)
			text.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if sign != "" {
		return sign
	}
	visible := normalizeForMatch(text.String())
	for _, m := range paywallMarkers {
		if strings.Contains(visible, m) {
			return m
		}
	}
	return ""
}

// normalizeForMatch lower-cases s, straightens apostrophes and collapses
// whitespace.
func normalizeForMatch(s string) string {
	s = strings.ToLower(strings.NewReplacer("’", "'", "‘", "'").Replace(s))
	return strings.Join(strings.Fields(s), " ")
}

// loginPath matches the path of a login, registration or subscription
// page.
var loginPath = regexp.MustCompile(`(?i)(^|/)(login|log-in|signin|sign-in|sign_in|auth|account|register|registration|subscribe|subscription|paywall)(/|$|\.|\?)`)

// loginRedirect tells whether a fetch of requested that ended at final was
// sent to a login or subscription page.
func loginRedirect(requested, final string) bool {
	if final == "" || final == requested {
		return false
	}
	u, err := url.Parse(final)
	if err != nil {
		return false
	}
	return loginPath.MatchString(u.Path)
}
