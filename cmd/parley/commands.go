package main

import (
	"github.com/parley-bot/parley/digest"
)

// commands are parley's subcommands by name.
var commands = map[string]command{}

func init() {
	add := func(c command) { commands[c.name] = c }
	add(command{name: "run", summary: "the daemon: poll feeds on their schedules, post digests, answer slash commands", maxArgs: 0, flags: runCommand})
	add(command{name: "poll", summary: "poll every enabled feed (needs --once) and print what each gave", maxArgs: 0, flags: pollCommand})
	add(command{name: "ingest", args: "FILE...", summary: "read local feed files (RSS, Atom, RDF, JSON Feed) through the same path as polling", minArgs: 1, maxArgs: -1, flags: ingestCommand})
	add(command{name: "items", summary: "stored items, newest first, with their relevance score and reason", maxArgs: 0, flags: itemsCommand})
	add(command{name: "demo", summary: "run the main job on built-in sample feeds: no token, no internet", maxArgs: 0, flags: demoCommand})
	add(command{name: "digest", summary: "the digest of a period: what is new, per kind and party, with sources", maxArgs: 0, flags: digestCommand})
	add(command{name: "feeds", args: "export", summary: "print the current feed set (as edited by admins) as TOML", minArgs: 1, maxArgs: 1, flags: feedsCommand})
	for _, q := range []struct {
		name, args, summary string
		min, max            int
		q                   statementQuery
	}{
		{"demands", "PARTY", "what a party demands (any alias: moscow, Kremlin → russia)", 1, 1, statementQuery{kind: digest.Demand, title: "Demands"}},
		{"agreements", "", "what the parties agreed, with figures", 0, 0, statementQuery{kind: digest.Agreement, title: "Agreements"}},
		{"proposals", "[PARTY]", "proposals, of one party or all", 0, 1, statementQuery{kind: digest.Proposal, title: "Proposals"}},
		{"rejections", "[PARTY]", "rejections, of one party or all", 0, 1, statementQuery{kind: digest.Rejection, title: "Rejections"}},
		{"timeline", "", "every statement, oldest first", 0, 0, statementQuery{title: "Timeline", chronology: true}},
		{"search", "QUERY", "statements whose text or sources mention every word of QUERY", 1, -1, statementQuery{title: "Search", search: true}},
	} {
		add(command{name: q.name, args: q.args, summary: q.summary, minArgs: q.min, maxArgs: q.max, flags: q.q.command})
	}
}
