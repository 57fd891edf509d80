package main

import (
	"context"
	"flag"
)

func runCommand(fs *flag.FlagSet) func(context.Context, *env, []string) error {
	return func(ctx context.Context, e *env, _ []string) error {
		return usagef("run: not wired yet")
	}
}
