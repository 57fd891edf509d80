package main

import (
	"context"
	"flag"

	"github.com/BurntSushi/toml"
	"github.com/parley-bot/parley/digest"
)

func feedsCommand(fs *flag.FlagSet) func(context.Context, *env, []string) error {
	return func(ctx context.Context, e *env, args []string) error {
		if args[0] != "export" {
			return usagef("unknown feeds action %q: the only action is export", args[0])
		}
		a, err := e.open(ctx)
		if err != nil {
			return err
		}
		defer a.Close()
		fl, err := a.feeds(ctx)
		if err != nil {
			return err
		}
		e.stdout.Write([]byte("# The feed set parley follows, as edited by admins. Paste into parley.toml.\n"))
		return toml.NewEncoder(e.stdout).Encode(struct {
			Feeds []digest.Feed `toml:"feeds"`
		}{fl})
	}
}
