package config

import "testing"

func BenchmarkLoadExample(b *testing.B) {
	b.Setenv(TokenEnv, "")
	for b.Loop() {
		if _, err := Load(examplePath); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseSchedule(b *testing.B) {
	for b.Loop() {
		if _, err := ParseSchedule("CRON_TZ=Europe/Kyiv 0 9 * * *"); err != nil {
			b.Fatal(err)
		}
	}
}
