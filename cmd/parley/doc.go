// Command parley follows a negotiation through the news: it polls feeds,
// extracts who demands, proposes, agrees to and rejects what, and posts
// daily digests to Discord. Run "parley --help" for the commands.
//
// This package only parses the command line and wires the other packages
// together; it holds no logic of its own beyond that:
//
//   - cli.go: global flags before or after the command, subcommands, exit
//     statuses (0 ok, 2 usage or config, 1 other failure);
//   - app.go: the config, the compiled topic pack, the store and the logger
//     that most commands share;
//   - poll.go, queries.go, feedscmd.go: the one-shot commands (poll --once,
//     ingest, items, digest and the CLI twins of the slash commands);
//   - run.go: the daemon: feed scheduler, article reader, Discord bot,
//     digest deliverer, health and metrics, and an orderly shutdown;
//   - demo.go: the main job on sample feeds embedded in the binary and
//     served from loopback.
package main
