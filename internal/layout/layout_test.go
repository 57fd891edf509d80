package layout

import (
	"encoding/json"
	"io"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/parley-bot/parley"

// pkg is the part of `go list -json` this test reads.
type pkg struct {
	ImportPath string
	Deps       []string
	Standard   bool
}

// listDeps returns the non-test dependencies of every package of the module.
func listDeps(t *testing.T) map[string]pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-deps=false", "-json=ImportPath,Deps,Standard", module+"/...")
	cmd.Dir = "../.."
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string]pkg{}
	dec := json.NewDecoder(out)
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		pkgs[p.ImportPath] = p
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("go list: %v", err)
	}
	return pkgs
}

// isStd reports whether an import path is in the standard library (no dot
// in its first element).
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

func TestDigestImportsOnlyStandardLibrary(t *testing.T) {
	pkgs := listDeps(t)
	d, ok := pkgs[module+"/digest"]
	if !ok {
		t.Fatal("package digest not found")
	}
	for _, dep := range d.Deps {
		if isStd(dep) || strings.HasPrefix(dep, "golang.org/x/text/") || dep == "golang.org/x/text" {
			continue
		}
		t.Errorf("digest depends on %s: the domain may import only the standard library and golang.org/x/text", dep)
	}
}

func TestFeedsStoreBotAreIndependent(t *testing.T) {
	pkgs := listDeps(t)
	side := []string{"feeds", "store", "bot"}
	for _, a := range side {
		p, ok := pkgs[module+"/"+a]
		if !ok {
			t.Fatalf("package %s not found", a)
		}
		for _, b := range side {
			if a == b {
				continue
			}
			for _, dep := range p.Deps {
				if dep == module+"/"+b || strings.HasPrefix(dep, module+"/"+b+"/") {
					t.Errorf("%s depends on %s: they must talk through interfaces wired in cmd/parley", a, b)
				}
			}
		}
	}
}

func TestOnlyTheBinaryImportsEverything(t *testing.T) {
	pkgs := listDeps(t)
	for path, p := range pkgs {
		if strings.HasPrefix(path, module+"/cmd/") || strings.HasPrefix(path, module+"/internal/") {
			continue
		}
		for _, dep := range p.Deps {
			if strings.HasPrefix(dep, module+"/cmd/") {
				t.Errorf("%s depends on %s", path, dep)
			}
		}
	}
}
