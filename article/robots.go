package article

import (
	"bufio"
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// robotsRules are the rules of robots.txt that apply to one user agent
// (RFC 9309): the groups naming its product token, else the "*" groups.
type robotsRules struct {
	rules []robotsRule
	// crawlDelay is the group's Crawl-delay, a common extension.
	crawlDelay time.Duration
}

// robotsRule is one Allow or Disallow line.
type robotsRule struct {
	allow   bool
	pattern string // as written, for its length (the most specific rule wins)
	re      *regexp.Regexp
}

// maxCrawlDelay caps a Crawl-delay, so a robots.txt cannot park a worker.
const maxCrawlDelay = time.Minute

// parseRobots reads a robots.txt body for the user agent whose product
// token is agent (such as "parley"). Unknown lines are ignored; a body
// that holds no group for the agent or "*" allows everything.
func parseRobots(body []byte, agent string) *robotsRules {
	agent = strings.ToLower(agent)
	type group struct {
		agents []string
		rules  []robotsRule
		delay  time.Duration
	}
	var (
		groups   []*group
		cur      *group
		lastRule bool // a rule line came since the last user-agent line
	)
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, value = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(value)
		switch key {
		case "user-agent":
			if cur == nil || lastRule {
				cur = &group{}
				groups = append(groups, cur)
				lastRule = false
			}
			token, _, _ := strings.Cut(strings.ToLower(value), "/")
			cur.agents = append(cur.agents, strings.TrimSpace(token))
		case "allow", "disallow":
			if cur == nil {
				continue
			}
			lastRule = true
			if value == "" {
				continue // "Disallow:" with no path allows everything
			}
			cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: value, re: compilePattern(value)})
		case "crawl-delay":
			if cur == nil {
				continue
			}
			lastRule = true
			if secs, err := strconv.ParseFloat(value, 64); err == nil && secs > 0 {
				cur.delay = min(time.Duration(secs*float64(time.Second)), maxCrawlDelay)
			}
		}
	}
	own, star := &robotsRules{}, &robotsRules{}
	var foundOwn bool
	for _, g := range groups {
		for _, a := range g.agents {
			target := star
			if a == agent {
				target, foundOwn = own, true
			} else if a != "*" {
				continue
			}
			target.rules = append(target.rules, g.rules...)
			target.crawlDelay = max(target.crawlDelay, g.delay)
			break
		}
	}
	if foundOwn {
		return own
	}
	return star
}

// compilePattern turns a robots.txt path pattern into a regular expression
// anchored at the start: "*" matches any run of characters, a final "$"
// the end of the path. Bytes outside ASCII are percent-encoded, as they
// are in the escaped paths the pattern is matched against.
func compilePattern(p string) *regexp.Regexp {
	p = percentEncodeNonASCII(p)
	end := strings.HasSuffix(p, "$")
	p = strings.TrimSuffix(p, "$")
	parts := strings.Split(p, "*")
	for i, part := range parts {
		parts[i] = regexp.QuoteMeta(part)
	}
	expr := "^" + strings.Join(parts, ".*")
	if end {
		expr += "$"
	}
	return regexp.MustCompile(expr)
}

// allowed tells whether path (with its query) may be fetched: the matching
// rule with the longest pattern decides, Allow winning a tie; no matching
// rule allows. /robots.txt itself is always allowed.
func (r *robotsRules) allowed(path string) bool {
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if !rule.re.MatchString(path) {
			continue
		}
		if n := len(rule.pattern); n > best || n == best && rule.allow {
			best, allow = n, rule.allow
		}
	}
	return allow
}

// percentEncodeNonASCII writes every byte of s outside ASCII as %XX.
func percentEncodeNonASCII(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}
