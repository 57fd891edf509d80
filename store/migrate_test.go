package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestMigrateAppliesNewStepsInOrder(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", dsn(filepath.Join(t.TempDir(), "m.db"), false))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)

	step := func(sql string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(sql)} }
	v1 := fstest.MapFS{
		"migrations/0002_b.sql": step(`INSERT INTO log VALUES ('0002');`),
		"migrations/0001_a.sql": step(`CREATE TABLE log (v TEXT); INSERT INTO log VALUES ('0001');`),
	}
	v2 := fstest.MapFS{"migrations/0003_c.sql": step(`INSERT INTO log VALUES ('0003'); CREATE TABLE c (x);`)}
	broken := fstest.MapFS{"migrations/0004_d.sql": step(`CREATE TABLE d (x); INSERT INTO nowhere VALUES (1);`)}
	for name, f := range v1 {
		v2[name] = f
	}
	for name, f := range v2 {
		broken[name] = f
	}

	read := func(q string) []string {
		t.Helper()
		rows, err := db.QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				t.Fatal(err)
			}
			out = append(out, v)
		}
		return out
	}
	steps := []struct {
		name        string
		fsys        fstest.MapFS
		wantErr     bool
		wantLog     []string
		wantVersion []string
	}{
		{"first two, in name order", v1, false, []string{"0001", "0002"}, []string{"0001_a", "0002_b"}},
		{"again: nothing applied twice", v1, false, []string{"0001", "0002"}, []string{"0001_a", "0002_b"}},
		{"a new step only", v2, false, []string{"0001", "0002", "0003"}, []string{"0001_a", "0002_b", "0003_c"}},
		{"a failing step leaves nothing", broken, true, []string{"0001", "0002", "0003"}, []string{"0001_a", "0002_b", "0003_c"}},
	}
	for _, st := range steps {
		err := migrate(ctx, db, st.fsys)
		if (err != nil) != st.wantErr {
			t.Fatalf("%s: migrate error = %v, want error %t", st.name, err, st.wantErr)
		}
		if diff := cmp.Diff(st.wantLog, read(`SELECT v FROM log ORDER BY rowid`)); diff != "" {
			t.Errorf("%s: log (-want +got):\n%s", st.name, diff)
		}
		if diff := cmp.Diff(st.wantVersion, read(`SELECT version FROM schema_migrations ORDER BY version`)); diff != "" {
			t.Errorf("%s: versions (-want +got):\n%s", st.name, diff)
		}
	}
	if tables := read(`SELECT name FROM sqlite_master WHERE name = 'd'`); len(tables) != 0 {
		t.Errorf("table of the failed step exists: %v", tables)
	}
}
