package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// DefaultFile is the config file read when no --config flag is given, if it
// exists in the working directory.
const DefaultFile = "parley.toml"

// TokenEnv is the environment variable that holds the Discord bot token.
const TokenEnv = "DISCORD_TOKEN"

// Resolve picks the config file: explicit (the --config flag) when given,
// even if it does not exist (Load then fails); else DefaultFile when it
// exists; else none, and found is false: run on Default.
func Resolve(explicit string) (path string, found bool) {
	if explicit != "" {
		return explicit, true
	}
	if st, err := os.Stat(DefaultFile); err == nil && !st.IsDir() {
		return DefaultFile, true
	}
	return "", false
}

// Open is what the binary does at start: Resolve the file and Load it, or
// use Default (with the environment read and validated) when there is
// none.
func Open(explicit string) (*Config, error) {
	path, found := Resolve(explicit)
	if found {
		return Load(path)
	}
	c := Default()
	c.readEnv()
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// Load reads the TOML file at path over the defaults, reads secrets from
// the environment, and validates the result.
//
// A file that cannot be read is an error wrapping the fs error. Anything
// wrong with its content, from a syntax error to an unknown key to an
// invalid value, is a *ValidationError listing every problem found, each
// with the file and line.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return parse(filepath.Base(path), data)
}

// parse is Load on the file's name (for messages) and content.
func parse(file string, data []byte) (*Config, error) {
	c := Default()
	md, err := toml.Decode(string(data), c)
	if err != nil {
		return nil, &ValidationError{File: file, Problems: []Problem{decodeProblem(err)}}
	}
	c.src = &source{file: file, lines: indexKeyLines(string(data))}
	var problems []Problem
	problems = append(problems, c.unknownKeys(md)...)
	problems = append(problems, c.integerDurations(md)...)
	if err := c.defaultEnabled(data); err != nil {
		return nil, &ValidationError{File: file, Problems: []Problem{decodeProblem(err)}}
	}
	c.applyDefaults()
	c.readEnv()
	problems = append(problems, c.problems()...)
	if len(problems) > 0 {
		sortProblems(problems)
		return nil, &ValidationError{File: file, Problems: problems}
	}
	return c, nil
}

// decodeProblem turns an error of the TOML library into a problem, with
// the line and key it names.
func decodeProblem(err error) Problem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return Problem{Key: pe.LastKey, Line: pe.Position.Line, Msg: pe.Message}
	}
	// Type mismatches come as plain errors with the line and key in the
	// text.
	m := decodeErrorRE.FindStringSubmatch(err.Error())
	if m == nil {
		return Problem{Msg: err.Error()}
	}
	line, _ := strconv.Atoi(m[1])
	key, uerr := strconv.Unquote(m[2])
	if uerr != nil {
		key = m[2]
	}
	return Problem{Key: key, Line: line, Msg: m[3]}
}

var decodeErrorRE = regexp.MustCompile(`(?s)^toml: (?:line (\d+) )?\(last key ("(?:[^"\\]|\\.)*")\): (.*)$`)

// unknownKeys reports the keys of the file that no field takes, at each
// place they are written. Of an unknown table, only the table is reported.
func (c *Config) unknownKeys(md toml.MetaData) []Problem {
	var problems []Problem
	var reported []string
	for _, k := range md.Undecoded() {
		key := k.String()
		if slices.ContainsFunc(reported, func(r string) bool { return key == r || strings.HasPrefix(key, r+".") }) {
			continue
		}
		reported = append(reported, key)
		msg := "unknown key"
		if key == "discord.token" {
			msg = "secrets are not read from the file: set the " + TokenEnv + " environment variable"
		}
		paths := c.src.lines.plain[key]
		if len(paths) == 0 {
			paths = []string{key}
		}
		for _, p := range paths {
			problems = append(problems, c.problem(p, "%s", msg))
		}
	}
	return problems
}

// integerDurations reports durations written as bare integers, which the
// TOML library would read as nanoseconds.
func (c *Config) integerDurations(md toml.MetaData) []Problem {
	var problems []Problem
	for _, key := range keyPaths(reflect.TypeOf(Config{}), "") {
		if key.typ != reflect.TypeOf(time.Duration(0)) {
			continue
		}
		if md.Type(strings.Split(key.path, ".")...) == "Integer" {
			problems = append(problems, c.problem(key.path, `write a duration as a string with a unit, such as "20s" or "6h"`))
		}
	}
	return problems
}

// defaultEnabled sets Enabled on each feed whose entry has no enabled key:
// a feed is on unless it says otherwise. The TOML library cannot tell a
// missing boolean in an array of tables from false, so the document is
// read once more as plain data.
func (c *Config) defaultEnabled(data []byte) error {
	var raw struct {
		Feeds []map[string]any `toml:"feeds"`
	}
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return err
	}
	for i := range min(len(raw.Feeds), len(c.Feeds)) {
		if _, set := raw.Feeds[i]["enabled"]; !set {
			c.Feeds[i].Enabled = true
		}
	}
	return nil
}

// applyDefaults fills the per-entry defaults of feeds and subscriptions.
func (c *Config) applyDefaults() {
	for i, f := range c.Feeds {
		c.Feeds[i] = c.feedWithDefaults(f)
	}
	for i := range c.Subscriptions {
		if c.Subscriptions[i].Schedule == "" {
			c.Subscriptions[i].Schedule = DefaultSubscriptionSchedule
		}
	}
}

// readEnv reads secrets from the environment.
func (c *Config) readEnv() {
	c.Discord.Token = strings.TrimSpace(os.Getenv(TokenEnv))
}

// keyPath is one TOML key of Config: its dotted path (without array
// indices) and the Go type of its value.
type keyPath struct {
	path string
	typ  reflect.Type
}

// keyPaths lists the keys of a struct type from its toml tags, descending
// into tables and arrays of tables.
func keyPaths(t reflect.Type, prefix string) []keyPath {
	var out []keyPath
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		path := join(prefix, name)
		ft := f.Type
		if ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct && ft != reflect.TypeOf(time.Time{}) {
			out = append(out, keyPaths(ft, path)...)
			continue
		}
		out = append(out, keyPath{path: path, typ: f.Type})
	}
	return out
}
