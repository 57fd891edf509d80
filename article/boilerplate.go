package article

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boilerplateTags never hold the story: site navigation, sidebars, page
// footers, forms (login, search, newsletter), dialogs and widgets.
var boilerplateTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true, atom.Button: true,
	atom.Dialog: true, atom.Noscript: true, atom.Iframe: true, atom.Svg: true, atom.Select: true,
	atom.Input: true, atom.Textarea: true, atom.Label: true, atom.Template: true, atom.Menu: true,
}

// boilerplateRoles are ARIA roles of page furniture.
var boilerplateRoles = map[string]bool{
	"navigation": true, "banner": true, "complementary": true, "contentinfo": true, "dialog": true,
	"alertdialog": true, "search": true, "menu": true, "menubar": true, "toolbar": true,
}

// boilerplateName matches class and id values of page furniture, as whole
// words of a hyphenated or underscored name ("cookie-banner",
// "article_share", "font-size-controls", "related-stories").
var boilerplateName = regexp.MustCompile(`(?i)(^|[\s_-])(cookies?|consent|gdpr|modal|overlay|popup|pop-up|login|log-in|signin|sign-in|signup|sign-up|register|registration|subscribe|subscription|newsletter|paywall|share|sharing|social|fontsize|font|text-size|textsize|related|recommended|recommendations|more-stories|readmore|read-more|trending|popular|most-read|mostread|breadcrumbs?|comments?|promo|advert|advertisement|ads?|sidebar|widget|toolbar|tags|footer|masthead|menu|nav|navbar|navigation)($|[\s_-])`)

// hiddenStyle matches inline styles that hide an element.
var hiddenStyle = regexp.MustCompile(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)

// stripBoilerplate removes page furniture from the body of doc: the
// elements of boilerplateTags, hidden elements, site headers (outside the
// article, without an h1), and elements whose role, class or id names furniture. An
// element named as furniture by role, class or id is kept when it holds
// the article (an <article> or <main> inside it, or most of the page's
// text): a body class such as "has-modal" must not take the story with it.
func stripBoilerplate(doc *html.Node) {
	body := findElement(doc, atom.Body)
	if body == nil {
		return
	}
	lengths := map[*html.Node]int{}
	textLength(body, lengths)
	total := lengths[body]

	var drop []*html.Node
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if isBoilerplate(c, inArticle, lengths[c], total) {
				drop = append(drop, c)
				continue
			}
			walk(c, inArticle || c.DataAtom == atom.Article || c.DataAtom == atom.Main)
		}
	}
	walk(body, false)
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
}

// isBoilerplate tells whether element n is page furniture; length is the
// text it holds and total that of the page.
func isBoilerplate(n *html.Node, inArticle bool, length, total int) bool {
	switch {
	case boilerplateTags[n.DataAtom]:
		return true
	case n.DataAtom == atom.Header && !inArticle && findElement(n, atom.H1) == nil:
		return true // a site header; an article's own header holds its h1
	case hasAttr(n, "hidden"), attr(n, "aria-hidden") == "true", hiddenStyle.MatchString(attr(n, "style")):
		return true
	}
	named := boilerplateRoles[strings.ToLower(attr(n, "role"))] || attr(n, "aria-modal") == "true" ||
		boilerplateName.MatchString(attr(n, "class")) || boilerplateName.MatchString(attr(n, "id"))
	if !named {
		return false
	}
	holdsArticle := n.DataAtom == atom.Article || n.DataAtom == atom.Main ||
		findElement(n, atom.Article) != nil || findElement(n, atom.Main) != nil || 2*length > total
	return !holdsArticle
}

// textLength records the length of the text under every element of n and
// returns n's.
func textLength(n *html.Node, lengths map[*html.Node]int) int {
	if n.Type == html.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	sum := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sum += textLength(c, lengths)
	}
	if n.Type == html.ElementNode {
		lengths[n] = sum
	}
	return sum
}

// findElement returns the first element a below n (n included), or nil.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if found := findElement(c, a); found != nil {
			return found
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
