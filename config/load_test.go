package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/parley-bot/parley/digest"
)

// writeConfig writes content to parley.toml in a new directory.
func writeConfig(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "parley.toml")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// problemLines loads path and returns the lines of its error message.
func problemLines(t *testing.T, path string) []string {
	t.Helper()
	c, err := Load(path)
	if err == nil {
		t.Fatalf("Load(%s) = %+v, want an error", path, c)
	}
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("Load(%s) error %T %v, want a *ValidationError", path, err, err)
	}
	return strings.Split(err.Error(), "\n")
}

func TestLoadFull(t *testing.T) {
	t.Setenv(TokenEnv, "")
	c, err := Load("testdata/full.toml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Store: StoreConfig{Path: "/var/lib/parley/parley.db"},
		Poll: PollConfig{
			Timeout: 5 * time.Second, MaxBodyBytes: 1 << 20, UserAgent: "parley-test",
			Concurrency: 3, PerHost: 1, AllowPrivate: true, DefaultSchedule: "@hourly",
			MaxRedirects: 2, BackoffMax: time.Hour,
		},
		Feeds: []digest.Feed{
			{Name: "One", URL: "https://one.example/rss", Schedule: "@hourly", Enabled: true, FullText: "auto"},
			{Name: "Two", URL: "https://two.example/atom", Schedule: "CRON_TZ=Europe/Kyiv 0 */2 * * *", Enabled: false, FullText: "always"},
		},
		FullText: FullTextConfig{Enabled: false, MinChars: 300, Concurrency: 4, Delay: 250 * time.Millisecond},
		TopicPack: TopicConfig{
			Name: "Talks", Keywords: []string{"truce", "Ceasefire"}, Exclude: []string{"Board of Peace"}, MinScore: 2.5,
			Parties: []digest.Party{
				{ID: "russia", Name: "Russian Federation", Aliases: []string{"RF"}},
				{ID: "vatican", Name: "Holy See", Aliases: []string{"Vatican", "Pope Leo"}},
			},
		},
		Discord: DiscordConfig{
			ApplicationID: "111111111111111111", GuildIDs: []string{"222222222222222222"},
			APIBase: "http://127.0.0.1:9999", OwnerIDs: []string{"333333333333333333", "444444444444444444"},
			InteractionsListen: "127.0.0.1:8081",
			PublicKey:          "e7a1d25c5a4c8bfc2f09e2fd7cfc1ef4e4cc2d7e1f0b6fe3d5b1c0f7a2e9d4b8",
		},
		Digest: DigestConfig{Empty: "skip", Period: 12 * time.Hour, MaxTextChars: 5000},
		Subscriptions: []Subscription{
			{ChannelID: "555555555555555555", Schedule: "CRON_TZ=Europe/Kyiv 0 9 * * *"},
			{ChannelID: "666666666666666666", Schedule: "0 9 * * *", Timezone: "America/New_York"},
		},
		HTTP: HTTPConfig{Listen: "127.0.0.1:9090"},
		Log:  LogConfig{Level: "debug", Format: "json"},
	}
	if diff := cmp.Diff(want, c, cmp.AllowUnexported(Config{}), cmp.FilterPath(func(p cmp.Path) bool {
		return p.Last().String() == ".src"
	}, cmp.Ignore())); diff != "" {
		t.Errorf("Load mismatch (-want +got):\n%s", diff)
	}
	if got := c.Subscriptions[1].Spec(); got != "CRON_TZ=America/New_York 0 9 * * *" {
		t.Errorf("Subscriptions[1].Spec() = %q", got)
	}
}

func TestLoadEnabledDefault(t *testing.T) {
	tests := []struct {
		name    string
		entries string
		want    []bool
	}{
		{"omitted", "[[feeds]]\nname = \"a\"\nurl = \"https://a.example/\"\n", []bool{true}},
		{"false", "[[feeds]]\nname = \"a\"\nurl = \"https://a.example/\"\nenabled = false\n", []bool{false}},
		{"true", "[[feeds]]\nname = \"a\"\nurl = \"https://a.example/\"\nenabled = true\n", []bool{true}},
		{"mixed", "[[feeds]]\nname = \"a\"\nurl = \"https://a.example/\"\nenabled = false\n" +
			"[[feeds]]\nname = \"b\"\nurl = \"https://b.example/\"\n" +
			"[[feeds]]\nname = \"c\"\nurl = \"https://c.example/\"\nenabled = false\n", []bool{false, true, false}},
		{"inline tables", `feeds = [{name = "a", url = "https://a.example/"}, {name = "b", url = "https://b.example/", enabled = false}]`, []bool{true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(writeConfig(t, tt.entries))
			if err != nil {
				t.Fatal(err)
			}
			var got []bool
			for _, f := range c.FeedList() {
				got = append(got, f.Enabled)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("enabled mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name    string
		content string // written to parley.toml; empty: file
		file    string
		want    []string
	}{
		{
			name: "unknown keys name file, line and key",
			file: "testdata/unknown.toml",
			want: []string{
				"unknown.toml:2: poll.alow_private: unknown key",
				"unknown.toml:11: feeds[1].shedule: unknown key",
				"unknown.toml:14: discord.token: secrets are not read from the file: set the DISCORD_TOKEN environment variable",
				"unknown.toml:16: extras: unknown key",
			},
		},
		{
			name: "syntax error names the line",
			file: "testdata/syntax.toml",
			want: []string{`syntax.toml:7: feeds.enabled: expected value but found "tru" instead`},
		},
		{
			name: "every problem at once",
			file: "testdata/problems.toml",
			want: []string{
				`problems.toml:3: poll.timeout: must be a positive duration, such as "20s"`,
				`problems.toml:4: poll.concurrency: must be at least 1, not 0`,
				`problems.toml:8: feeds[0].url: "ftp://a.example/feed" is not an absolute http or https URL`,
				`problems.toml:11: feeds[1].name: "a" is already the name of feeds[0]`,
				`problems.toml:13: feeds[1].schedule: unknown time zone "Europe/Kyiv0"`,
				`problems.toml:14: feeds[1].full_text: "sometimes" is not one of auto, always, never`,
				`problems.toml:17: discord.interactions_listen: requires discord.public_key to verify the requests`,
				`problems.toml:18: discord.owner_ids[0]: "me" is not a Discord ID (a number such as "123456789012345678")`,
				`problems.toml:21: subscriptions[0].channel_id: "general" is not a Discord ID (a number such as "123456789012345678")`,
				`problems.toml:22: subscriptions[0].timezone: unknown time zone "Mars/Olympus": use an IANA name such as "Europe/Kyiv"`,
				`problems.toml:25: log.level: "verbose" is not one of debug, info, warn, error`,
			},
		},
		{
			name:    "integer duration",
			content: "[poll]\n\ntimeout = 20\n",
			want:    []string{`parley.toml:3: poll.timeout: write a duration as a string with a unit, such as "20s" or "6h"`},
		},
		{
			name:    "bad duration string",
			content: "[digest]\nperiod = \"1 day\"\n",
			want:    []string{`parley.toml:2: digest.period: invalid duration: "1 day"`},
		},
		{
			name:    "wrong type",
			content: "[poll]\nconcurrency = \"many\"\n",
			want:    []string{`parley.toml:2: poll.concurrency: incompatible types: TOML value has type string; destination has type integer`},
		},
		{
			name:    "CRON_TZ without a space is an error, not a panic",
			content: "[[feeds]]\nname = \"a\"\nurl = \"https://a.example/\"\nschedule = \"CRON_TZ=UTC\"\n",
			want:    []string{`parley.toml:4: feeds[0].schedule: CRON_TZ= must be followed by a zone, a space and the schedule (CRON_TZ=Europe/Kyiv 0 9 * * *)`},
		},
		{
			name:    "TZ prefix with a tab",
			content: "[poll]\ndefault_schedule = \"TZ=UTC\t*/5 * * * *\"\n",
			want:    []string{`parley.toml:2: poll.default_schedule: TZ= must be followed by a zone, a space and the schedule (TZ=Europe/Kyiv 0 9 * * *)`},
		},
		{
			name:    "bad CRON_TZ zone",
			content: "[[subscriptions]]\nchannel_id = \"1\"\nschedule = \"CRON_TZ=Europe/Atlantis 0 9 * * *\"\n",
			want:    []string{`parley.toml:3: subscriptions[0].schedule: unknown time zone "Europe/Atlantis"`},
		},
		{
			name:    "bad timezone key",
			content: "[[subscriptions]]\nchannel_id = \"1\"\ntimezone = \"Local\"\n",
			want:    []string{`parley.toml:3: subscriptions[0].timezone: unknown time zone "Local": use an IANA name such as "Europe/Kyiv"`},
		},
		{
			name:    "interval schedule for a digest",
			content: "[[subscriptions]]\nchannel_id = \"1\"\nschedule = \"@every 6h\"\n",
			want:    []string{`parley.toml:3: subscriptions[0].schedule: @every is not allowed for digests: give fixed times, such as "0 9 * * *"`},
		},
		{
			name:    "timezone and CRON_TZ together",
			content: "[[subscriptions]]\nchannel_id = \"1\"\nschedule = \"CRON_TZ=UTC 0 9 * * *\"\ntimezone = \"Europe/Kyiv\"\n",
			want:    []string{`parley.toml:4: subscriptions[0].timezone: the schedule has its own CRON_TZ= prefix: set one or the other`},
		},
		{
			name:    "missing keys point at their table",
			content: "[store]\npath = \"x.db\"\n\n[[feeds]]\nschedule = \"61 * * * *\"\n",
			want: []string{
				`parley.toml:4: feeds[0].name: is required`,
				`parley.toml:4: feeds[0].url: is required`,
				`parley.toml:5: feeds[0].schedule: invalid schedule "61 * * * *": end of range (61) above maximum (59): 61`,
			},
		},
		{
			name:    "duplicate urls and subscriptions",
			content: "[[feeds]]\nname = \"a\"\nurl = \"https://a.example/\"\n[[feeds]]\nname = \"b\"\nurl = \"https://a.example/\"\n[[subscriptions]]\nchannel_id = \"7\"\n[[subscriptions]]\nchannel_id = \"7\"\n",
			want: []string{
				`parley.toml:6: feeds[1].url: feeds[0] has the same url`,
				`parley.toml:10: subscriptions[1].channel_id: channel already subscribed in subscriptions[0]`,
			},
		},
		{
			name: "topic parties",
			content: "[topic]\nmin_score = -1\n" +
				"[[topic.party]]\nid = \"Russia\"\n" +
				"[[topic.party]]\nname = \"Nobody\"\n" +
				"[[topic.party]]\nid = \"un\"\naliases = [\"UN\"]\n" +
				"[[topic.party]]\nid = \"un\"\nname = \"United Nations\"\n",
			want: []string{
				`parley.toml:2: topic.min_score: must not be negative`,
				`parley.toml:4: topic.party[0].id: "Russia": use a lower-case id without spaces, such as "russia"`,
				`parley.toml:5: topic.party[1].id: is required`,
				`parley.toml:7: topic.party[2].name: is required for a party not in the built-in pack`,
				`parley.toml:11: topic.party[3].id: "un" is already the id of topic.party[2]`,
			},
		},
		{
			name:    "replace without parties",
			content: "[topic]\nreplace = true\n",
			want:    []string{`parley.toml:1: topic.party: topic.replace drops the built-in parties: define at least one [[topic.party]]`},
		},
		{
			name:    "discord ids and key",
			content: "[discord]\napplication_id = \"12a\"\nguild_ids = [\"1\", \"-2\"]\npublic_key = \"abcd\"\napi_base = \"discord.com/api\"\n",
			want: []string{
				`parley.toml:2: discord.application_id: "12a" is not a Discord ID (a number such as "123456789012345678")`,
				`parley.toml:3: discord.guild_ids[1]: "-2" is not a Discord ID (a number such as "123456789012345678")`,
				`parley.toml:4: discord.public_key: must be the application's Ed25519 public key: 64 hex digits`,
				`parley.toml:5: discord.api_base: "discord.com/api" is not an absolute http or https URL`,
			},
		},
		{
			name:    "quoted and dotted keys",
			content: "poll.\"user_agent\" = \"\"\n[\"log\"]\n'format' = \"xml\"\n",
			want: []string{
				`parley.toml:1: poll.user_agent: must not be empty`,
				`parley.toml:3: log.format: "xml" is not one of text, json`,
			},
		},
		{
			name:    "unknown key after a multi-line value",
			content: "[topic]\nkeywords = [\n  \"a\",\n  \"\"\"b\n[x]\n\"\"\",\n]\nkeyword = []\n",
			want:    []string{`parley.toml:8: topic.keyword: unknown key`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(TokenEnv, "")
			path := tt.file
			if path == "" {
				path = writeConfig(t, tt.content)
			}
			if diff := cmp.Diff(tt.want, problemLines(t, path)); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.toml"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("Load(missing) = %v, want an error wrapping fs.ErrNotExist", err)
	}
	var ve *ValidationError
	if errors.As(err, &ve) {
		t.Errorf("Load(missing) is a *ValidationError, want a read error")
	}
}

func TestToken(t *testing.T) {
	t.Run("from the environment", func(t *testing.T) {
		t.Setenv(TokenEnv, " secret-token\n")
		c, err := Load(writeConfig(t, "[discord]\napplication_id = \"1\"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if c.Discord.Token != "secret-token" {
			t.Errorf("Discord.Token = %q, want %q", c.Discord.Token, "secret-token")
		}
	})
	t.Run("from the environment without a file", func(t *testing.T) {
		t.Setenv(TokenEnv, "other-token")
		t.Chdir(t.TempDir())
		c, err := Open("")
		if err != nil {
			t.Fatal(err)
		}
		if c.Discord.Token != "other-token" {
			t.Errorf("Discord.Token = %q, want %q", c.Discord.Token, "other-token")
		}
	})
	t.Run("the file cannot set it", func(t *testing.T) {
		t.Setenv(TokenEnv, "")
		got := problemLines(t, writeConfig(t, "[discord]\ntoken = \"x\"\n"))
		want := []string{"parley.toml:2: discord.token: secrets are not read from the file: set the DISCORD_TOKEN environment variable"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("error mismatch (-want +got):\n%s", diff)
		}
	})
}

func TestResolve(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	tests := []struct {
		name      string
		explicit  string
		create    bool // create ./parley.toml first
		wantPath  string
		wantFound bool
	}{
		{"nothing", "", false, "", false},
		{"explicit, even missing", "other.toml", false, "other.toml", true},
		{"parley.toml in the working directory", "", true, "parley.toml", true},
		{"explicit wins", "other.toml", true, "other.toml", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.Remove(filepath.Join(dir, DefaultFile))
			if tt.create {
				if err := os.WriteFile(filepath.Join(dir, DefaultFile), nil, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			path, found := Resolve(tt.explicit)
			if path != tt.wantPath || found != tt.wantFound {
				t.Errorf("Resolve(%q) = %q, %v; want %q, %v", tt.explicit, path, found, tt.wantPath, tt.wantFound)
			}
		})
	}
}

func TestOpen(t *testing.T) {
	t.Setenv(TokenEnv, "")
	dir := t.TempDir()
	t.Chdir(dir)
	c, err := Open("")
	if err != nil {
		t.Fatalf("Open without a file: %v", err)
	}
	if diff := cmp.Diff(Default(), c, cmp.AllowUnexported(Config{})); diff != "" {
		t.Errorf("Open without a file is not Default (-want +got):\n%s", diff)
	}
	if err := os.WriteFile(DefaultFile, []byte("[store]\npath = \"found.db\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err = Open("")
	if err != nil {
		t.Fatal(err)
	}
	if c.Store.Path != "found.db" {
		t.Errorf("Open read store.path %q, want found.db from ./parley.toml", c.Store.Path)
	}
	if _, err := Open("missing.toml"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open(missing.toml) = %v, want a not-exist error", err)
	}
}
