package config

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestIndexKeyLines(t *testing.T) {
	doc := `# comment = not a key
top = 1
[poll]
timeout = "1s" # trailing [comment]
a.b = 2

[[feeds]]
name = "x"
[[feeds]]
  name = 'y'
  tags = [
    "one", # [[feeds]]
    """two
name = "not a key"
""",
  ]
  note = '''
[[feeds]]'''
[[feeds.sub]]
k = 1
[[feeds]]
[[feeds.sub]]
k = 2
[[feeds.sub]]
k = 3
["quoted.table"]
"dotted.key" = 1
inline = { x = 1, y = [1, 2] }
after = true
`
	want := map[string]int{
		"top":                     2,
		"poll":                    3,
		"poll.timeout":            4,
		"poll.a.b":                5,
		"feeds[0]":                7,
		"feeds[0].name":           8,
		"feeds[1]":                9,
		"feeds[1].name":           10,
		"feeds[1].tags":           11,
		"feeds[1].note":           17,
		"feeds[1].sub[0]":         19,
		"feeds[1].sub[0].k":       20,
		"feeds[2]":                21,
		"feeds[2].sub[0]":         22,
		"feeds[2].sub[0].k":       23,
		"feeds[2].sub[1]":         24,
		"feeds[2].sub[1].k":       25,
		"quoted.table":            26,
		"quoted.table.dotted.key": 27,
		"quoted.table.inline":     28,
		"quoted.table.after":      29,
	}
	got := indexKeyLines(doc)
	if diff := cmp.Diff(want, got.at); diff != "" {
		t.Errorf("lines mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"feeds[0].name", "feeds[1].name"}, got.plain["feeds.name"]); diff != "" {
		t.Errorf("plain[feeds.name] mismatch (-want +got):\n%s", diff)
	}
	lookups := []struct {
		path string
		want int
	}{
		{"feeds[2].url", 21},          // missing key: its table
		{"feeds[1].tags[3]", 11},      // array element: its key
		{"quoted.table.inline.x", 28}, // inside an inline table
		{"store.path", 0},             // nothing known
		{"feeds[9].name", 0},
	}
	for _, l := range lookups {
		if got := got.line(l.path); got != l.want {
			t.Errorf("line(%q) = %d, want %d", l.path, got, l.want)
		}
	}
}
