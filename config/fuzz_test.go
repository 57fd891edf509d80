package config

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad feeds arbitrary bytes to Load: it must never panic, and its
// result must be consistent (a config it returns validates; an error it
// returns lists problems with messages).
func FuzzLoad(f *testing.F) {
	seeds, err := filepath.Glob("testdata/*.toml")
	if err != nil || len(seeds) == 0 {
		f.Fatalf("no seeds in testdata: %v", err)
	}
	for _, p := range append(seeds, examplePath) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "fuzz.toml")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		c, err := Load(path)
		if err == nil {
			if verr := c.Validate(); verr != nil {
				t.Fatalf("Load accepted a config that Validate refuses: %v", verr)
			}
			_ = c.Topic()
			return
		}
		var ve *ValidationError
		if !errors.As(err, &ve) {
			t.Fatalf("Load error %T is not a *ValidationError: %v", err, err)
		}
		if len(ve.Problems) == 0 {
			t.Fatal("ValidationError without problems")
		}
		for _, p := range ve.Problems {
			if p.Msg == "" || p.Line < 0 {
				t.Fatalf("bad problem %+v", p)
			}
		}
	})
}

// FuzzParseSchedule checks that no spec makes ParseSchedule panic, and
// that an accepted spec yields a schedule.
func FuzzParseSchedule(f *testing.F) {
	file, err := os.Open("testdata/schedules.txt")
	if err != nil {
		f.Fatal(err)
	}
	defer file.Close()
	for s := bufio.NewScanner(file); s.Scan(); {
		f.Add(s.Text())
	}
	f.Fuzz(func(t *testing.T, spec string) {
		sched, err := ParseSchedule(spec)
		if err == nil && sched == nil {
			t.Fatalf("ParseSchedule(%q) returned neither a schedule nor an error", spec)
		}
	})
}
