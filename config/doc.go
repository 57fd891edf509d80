// Package config reads parley's TOML configuration.
//
// A Config starts from Default (every setting has a working default, there
// are no feeds and no subscriptions) and Load overlays one TOML file on it.
// The file is strict: a key parley does not know is an error, not a silent
// no-op, because a misspelt key ("alow_private") would otherwise leave a
// default in force without anyone noticing. Problems are reported all at
// once, each as "file:line: key: message", where key is the path of the
// setting with array indices counted from zero ("feeds[2].schedule").
//
// Secrets never come from the file: the Discord bot token is read from the
// DISCORD_TOKEN environment variable, and a token key in the file is
// refused with a message saying so.
//
// Which file is read follows one rule (see Resolve): the --config flag if
// given, else ./parley.toml if it exists, else the built-in defaults.
//
// Schedules are five-field cron specs (or descriptors such as "@hourly"),
// optionally prefixed by "CRON_TZ=Area/City ". ParseSchedule is the one
// place that turns such a spec into a cron.Schedule; it checks the time
// zone prefix before handing the spec to robfig/cron, whose parser panics
// on a prefix without a following space, so admin-supplied specs can go
// through it safely.
//
// The topic pack (which negotiation parley follows) is built in; the
// [topic] table extends it or, with replace = true, replaces it. Topic
// returns the resulting digest.Topic.
package config
