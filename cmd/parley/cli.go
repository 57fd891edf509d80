package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageError is bad usage: an unknown command or flag, a missing argument.
// It exits with status 2 and is followed by a hint to use --help.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// globals are the flags every subcommand accepts, before or after it.
type globals struct {
	config string
	db     string
}

func (g *globals) register(fs *flag.FlagSet) {
	fs.StringVar(&g.config, "config", g.config, "read the TOML config `FILE` (default ./parley.toml if it exists, else built-in defaults)")
	fs.StringVar(&g.db, "db", g.db, "use the SQLite store at `PATH` (overrides [store] path)")
}

// command is one subcommand: its flags, its positional arguments and what
// it does.
type command struct {
	name    string
	args    string // positional arguments, for the usage line
	summary string
	// minArgs and maxArgs bound the positional arguments (maxArgs < 0: any).
	minArgs, maxArgs int
	// flags registers the command's own flags on fs and returns the action.
	flags func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error
}

// env is what a command runs with: the parsed globals and the outputs.
type env struct {
	globals
	stdout, stderr io.Writer
}

// parseArgs splits the command line into the command, its flags (applied
// to fs) and its positional arguments. Flags may come before or after the
// subcommand and after positional arguments; "--" ends flag parsing.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// dispatch runs the command line args and returns the process exit status.
func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	e := &env{stdout: stdout, stderr: stderr}
	top := flag.NewFlagSet("parley", flag.ContinueOnError)
	top.SetOutput(io.Discard)
	e.globals.register(top)
	help := top.Bool("help", false, "show help")
	top.BoolVar(help, "h", false, "show help")
	if err := top.Parse(args); err != nil {
		fmt.Fprintf(stderr, "parley: %v\n\n", err)
		writeUsage(stderr)
		return exitUsage
	}
	rest := top.Args()
	if *help || len(rest) == 0 || rest[0] == "help" {
		if len(rest) > 1 && rest[0] == "help" {
			return dispatch(ctx, []string{rest[1], "--help"}, stdout, stderr)
		}
		writeUsage(stdout)
		if len(rest) == 0 && !*help {
			return exitUsage
		}
		return exitOK
	}
	cmd, ok := commands[rest[0]]
	if !ok {
		fmt.Fprintf(stderr, "parley: unknown command %q\n\n", rest[0])
		writeUsage(stderr)
		return exitUsage
	}
	fs := flag.NewFlagSet("parley "+cmd.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	e.globals.register(fs)
	action := cmd.flags(fs)
	fs.Usage = func() { writeCommandUsage(fs.Output(), cmd, fs) }
	pos, err := parseFlags(fs, rest[1:])
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(stdout)
		fs.Usage()
		return exitOK
	}
	if err != nil {
		return exitUsage // the flag package has printed the error and usage
	}
	if len(pos) < cmd.minArgs || (cmd.maxArgs >= 0 && len(pos) > cmd.maxArgs) {
		fmt.Fprintf(stderr, "parley %s: wrong number of arguments\n", cmd.name)
		writeCommandUsage(stderr, cmd, fs)
		return exitUsage
	}
	err = action(ctx, e, pos)
	switch {
	case err == nil:
		return exitOK
	case isUsage(err):
		fmt.Fprintf(stderr, "parley %s: %v\n(see parley %s --help)\n", cmd.name, err, cmd.name)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "parley %s: %v\n", cmd.name, err)
		return exitFailure
	}
}

func writeUsage(w io.Writer) {
	fmt.Fprint(w, `parley follows a negotiation through the news and posts structured digests to Discord.

Usage: parley [--config FILE] [--db PATH] COMMAND [ARGS] [FLAGS]

Commands:
`)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, commands[n].summary)
	}
	fmt.Fprint(w, `
Global flags (before or after the command):
  --config FILE   TOML config (default ./parley.toml if it exists, else built-in defaults)
  --db PATH       SQLite store (overrides [store] path)

Run "parley COMMAND --help" for a command's flags.
Exit status: 0 success, 2 bad usage or invalid config, 1 other failure.
`)
}

func writeCommandUsage(w io.Writer, cmd command, fs *flag.FlagSet) {
	line := "parley " + cmd.name
	if cmd.args != "" {
		line += " " + cmd.args
	}
	fmt.Fprintf(w, "Usage: %s [FLAGS]\n\n%s\n\nFlags:\n", line, cmd.summary)
	out := fs.Output()
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(out)
}

// joinArgs joins positional words, for commands whose argument is free text.
func joinArgs(args []string) string { return strings.TrimSpace(strings.Join(args, " ")) }
