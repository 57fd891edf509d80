package digest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseFigures(t *testing.T) {
	tests := []struct {
		in   string
		want []Figure
	}{
		{"swap 1,000 prisoners each side", []Figure{{Value: 1000, Unit: "prisoners", Text: "1,000 prisoners"}}},
		{"the return of 6,000 bodies", []Figure{{Value: 6000, Unit: "bodies", Text: "6,000 bodies"}}},
		{"10 of 400 children came home", []Figure{{Value: 10, Of: 400, Unit: "children", Text: "10 of 400 children"}}},
		{"a list of several hundred deported children", nil}, // no number to give
		{"ninety prisoners and seventeen children came home", []Figure{{Value: 90, Unit: "prisoners", Text: "ninety prisoners"}, {Value: 17, Unit: "children", Text: "seventeen children"}}},
		{"a front of some two thousand kilometres", []Figure{{Value: 2000, Unit: "km", Text: "two thousand kilometres"}}},
		{"only 10 out of the 339 children", []Figure{{Value: 10, Of: 339, Unit: "children", Text: "10 out of the 339 children"}}},
		{"a 2–3 day truce", []Figure{{Value: 2, Max: 3, Unit: "days", Text: "2–3 day"}}},
		{"a two- to three-day truce", []Figure{{Value: 2, Max: 3, Unit: "days", Text: "two- to three-day"}}},
		{"pauses of 24 to 48 hours", []Figure{{Value: 24, Max: 48, Unit: "hours", Text: "24 to 48 hours"}}},
		{"an unconditional 30-day ceasefire", []Figure{{Value: 30, Unit: "days", Text: "30-day"}}},
		{"the 28-point plan", []Figure{{Value: 28, Unit: "points", Text: "28-point"}}},
		{"the 1,000-for-1,000 prisoner swap", []Figure{{Value: 1000, Unit: "prisoners", Text: "1,000-for-1,000 prisoner"}}},
		{"a 157-for-157 swap of prisoners", []Figure{{Value: 157, Unit: "prisoners", Text: "157-for-157"}}},
		{"on a 6,000 for 6,000 basis of bodies", []Figure{{Value: 6000, Unit: "bodies", Text: "6,000 for 6,000"}}},
		{"146 prisoners: 146 for 146 later that month", []Figure{{Value: 146, Unit: "prisoners", Text: "146 prisoners"}, {Value: 146, Unit: "prisoners", Text: "146 for 146"}}},
		{"146 for 146 later that month", nil},
		{"a thousand Ukrainian prisoners", []Figure{{Value: 1000, Unit: "prisoners", Text: "a thousand Ukrainian prisoners"}}},
		{"three working groups", nil},
		{"three days of talks", []Figure{{Value: 3, Unit: "days", Text: "three days"}}},
		{"a fund of $100 billion", []Figure{{Value: 100e9, Unit: "dollars", Text: "$100 billion"}}},
		{"cap the army at 600,000 troops", []Figure{{Value: 600000, Unit: "troops", Text: "600,000 troops"}}},
		{"caps Ukraine's army at 600,000", []Figure{{Value: 600000, Unit: "troops", Text: "600,000"}}}, // an army's size, its unit unsaid
		{"a ceiling of 600,000 on its forces", []Figure{{Value: 600000, Unit: "troops", Text: "600,000"}}},
		{"pull its troops back to 1991 borders", nil}, // a year, no army's size
		{"the withdrawal of Russian troops to the borders of 1991", nil},
		{"advanced 2,000 metres, the army said", nil},
		{"soldiers aged between 18 and 25 years", []Figure{{Value: 18, Max: 25, Unit: "years", Text: "18 and 25 years"}}},
		{"talks on May 16 and 2 June 2025 in Istanbul", nil},
		{"the war that began in 2022", nil},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, parseFigures(tt.in)); diff != "" {
				t.Errorf("parseFigures(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// fuzzSeeds returns the texts under testdata/eval, to seed fuzz targets.
func fuzzSeeds(f *testing.F) []string {
	f.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "eval", "*.txt"))
	if err != nil || len(paths) == 0 {
		f.Fatalf("no fuzz seeds: %v", err)
	}
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, string(b))
	}
	return append(out, "", "<p>1,000 <b>prisoners</b></p>", "\x00\xff\xfe 12-for-12 -- 3–", "999999999999999999999 prisoners",
		"1e400 bodies", "- - -for- 0-for-0", "Переговоры в Стамбуле: 1000 пленных")
}

func FuzzFigures(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fig := range parseFigures(s) {
			if fig.Value <= 0 || fig.Value > 1e13 || fig.Value != fig.Value {
				t.Fatalf("absurd value %v in %q", fig.Value, s)
			}
			if fig.Unit == "" || fig.Text == "" {
				t.Fatalf("figure without unit or text: %+v", fig)
			}
			if fig.Max != 0 && fig.Max <= fig.Value {
				t.Fatalf("range %v–%v", fig.Value, fig.Max)
			}
		}
	})
}
