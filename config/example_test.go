package config

import (
	"os"
	"reflect"
	"regexp"
	"testing"
)

const examplePath = "../config.example.toml"

func TestExampleLoads(t *testing.T) {
	t.Setenv(TokenEnv, "")
	c, err := Load(examplePath)
	if err != nil {
		t.Fatalf("config.example.toml does not load:\n%v", err)
	}
	if n := len(c.FeedList()); n != 3 {
		t.Errorf("config.example.toml has %d feeds, want 3", n)
	}
	for _, f := range c.FeedList() {
		if !f.Enabled {
			t.Errorf("example feed %q is disabled", f.Name)
		}
	}
	if n := len(c.Subscriptions); n != 0 {
		t.Errorf("config.example.toml has %d active subscriptions, want 0 (commented out)", n)
	}
	if c.Poll.AllowPrivate {
		t.Error("config.example.toml allows private addresses")
	}
}

// commentedKey matches a commented-out header or key: "# [[feeds]]",
// "# enabled = false".
var commentedKey = regexp.MustCompile(`(?m)^# ?(\[\[?[a-z_.]+\]\]?\s*$|[a-z_]+ = )`)

// Every key of Config must appear in the example, set or commented out,
// in its table, so that a new key cannot go undocumented.
func TestExampleDocumentsEveryKey(t *testing.T) {
	data, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	uncommented := commentedKey.ReplaceAllString(string(data), "$1")
	documented := indexKeyLines(uncommented).plain
	keys := keyPaths(reflect.TypeOf(Config{}), "")
	if len(keys) < 40 {
		t.Fatalf("keyPaths found only %d keys: %v", len(keys), keys)
	}
	for _, k := range keys {
		if len(documented[k.path]) == 0 {
			t.Errorf("config.example.toml does not document %s", k.path)
		}
	}
}
