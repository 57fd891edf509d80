package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Sentinel errors, matched with errors.Is.
var (
	// ErrNotFound: the item, feed or row named does not exist.
	ErrNotFound = errors.New("not found")
	// ErrExists: a feed with the same name or URL is already stored.
	ErrExists = errors.New("already exists")
)

// readConns is the size of the read pool. WAL lets readers run beside the
// single writer without blocking it.
const readConns = 4

// Store is parley's SQLite database. It is safe for concurrent use: reads go
// through a pool of read-only connections, writes through one connection,
// one transaction at a time.
type Store struct {
	rdb *sql.DB // read-only pool
	wdb *sql.DB // the single writer connection

	// writeSem serializes write transactions in Go (a context-aware mutex),
	// so writers queue instead of meeting SQLITE_BUSY, and so the merge key
	// cache below is only touched by one transaction at a time.
	writeSem chan struct{}
	keys     *mergeCache
}

// Open opens (creating if needed) the database file at path, sets WAL mode,
// a busy timeout, foreign keys and synchronous=NORMAL, and applies the
// embedded migrations that are not applied yet.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" || strings.Contains(path, "?") || strings.HasPrefix(path, ":memory:") || strings.HasPrefix(path, "file:") {
		return nil, fmt.Errorf("store: open %q: need a plain file path without '?'", path)
	}
	wdb, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	wdb.SetMaxOpenConns(1)
	wdb.SetMaxIdleConns(1)
	wdb.SetConnMaxLifetime(0)
	wdb.SetConnMaxIdleTime(0)
	if err := migrate(ctx, wdb, migrations); err != nil {
		wdb.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	rdb, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		wdb.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	rdb.SetMaxOpenConns(readConns)
	rdb.SetMaxIdleConns(readConns)
	s := &Store{rdb: rdb, wdb: wdb, writeSem: make(chan struct{}, 1), keys: newMergeCache()}
	if err := s.Ping(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return s, nil
}

// dsn builds the modernc.org/sqlite data source name. The busy timeout comes
// first so that switching to WAL waits for other processes too. Writers take
// the write lock at BEGIN (IMMEDIATE), never halfway through a transaction.
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Set("_txlock", "immediate")
	}
	return path + "?" + q.Encode()
}

// Close closes both connection pools.
func (s *Store) Close() error {
	return errors.Join(s.rdb.Close(), s.wdb.Close())
}

// Ping tells whether the database answers a query (for readiness checks).
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.rdb.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return fmt.Errorf("store: ping: %w", err)
	}
	return nil
}

// write runs fn in a write transaction and commits it, or rolls it back when
// fn or the commit fails. Write transactions run one at a time. Every method
// that changes the database goes through it.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	select {
	case s.writeSem <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("store: wait for writer: %w", ctx.Err())
	}
	defer func() { <-s.writeSem }()

	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	err = s.keys.sync(ctx, tx)
	if err == nil {
		err = fn(tx)
	}
	if err == nil {
		err = tx.Commit()
		if err != nil {
			err = fmt.Errorf("store: commit: %w", err)
		}
	}
	if err != nil {
		_ = tx.Rollback()
		// The cache may hold keys of rows that were rolled back.
		s.keys.reset()
		return err
	}
	return nil
}

// dbTime converts a time to the stored form: UTC microseconds since the
// Unix epoch, 0 for the zero time.
func dbTime(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMicro()
}

// fromDBTime is the inverse of dbTime; times come back in UTC.
func fromDBTime(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.UnixMicro(v).UTC()
}

// dbBool converts a bool to SQLite's 0/1.
func dbBool(b bool) int {
	if b {
		return 1
	}
	return 0
}
