package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/parley-bot/parley/digest"
)

// partyKind names the group of statements a new statement may merge with.
type partyKind struct {
	party string
	kind  digest.Kind
}

// keyed is one stored statement's merge key.
type keyed struct {
	id  int64
	key string
}

// mergeCache keeps the merge keys of stored statements per (party, kind),
// loaded on first use, so merging a statement costs no query over all
// candidates. Only write transactions use it, one at a time (Store.write),
// so it needs no lock of its own.
//
// It is dropped when a transaction fails (it may hold rolled-back rows) and
// when another connection, such as a second parley process, has committed
// since our last write (PRAGMA data_version changed).
type mergeCache struct {
	groups      map[partyKind][]keyed
	dataVersion int64
}

func newMergeCache() *mergeCache {
	return &mergeCache{groups: map[partyKind][]keyed{}}
}

// reset forgets every group.
func (c *mergeCache) reset() {
	clear(c.groups)
}

// drop forgets one group; it is reloaded on next use.
func (c *mergeCache) drop(pk partyKind) {
	delete(c.groups, pk)
}

// sync drops the cache when someone else wrote to the database.
func (c *mergeCache) sync(ctx context.Context, tx *sql.Tx) error {
	var v int64
	if err := tx.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		return fmt.Errorf("store: data version: %w", err)
	}
	if v != c.dataVersion {
		c.reset()
		c.dataVersion = v
	}
	return nil
}

// group returns the statements of one (party, kind), oldest first.
func (c *mergeCache) group(ctx context.Context, tx *sql.Tx, pk partyKind) ([]keyed, error) {
	if g, ok := c.groups[pk]; ok {
		return g, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, merge_key FROM statements WHERE party = ? AND kind = ? ORDER BY id`,
		pk.party, string(pk.kind))
	if err != nil {
		return nil, fmt.Errorf("store: load merge keys %s/%s: %w", pk.party, pk.kind, err)
	}
	defer rows.Close()
	g := []keyed{}
	for rows.Next() {
		var k keyed
		if err := rows.Scan(&k.id, &k.key); err != nil {
			return nil, fmt.Errorf("store: load merge keys %s/%s: %w", pk.party, pk.kind, err)
		}
		g = append(g, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: load merge keys %s/%s: %w", pk.party, pk.kind, err)
	}
	c.groups[pk] = g
	return g, nil
}

// match returns the stored statement of the group that states the same
// position as key: an identical key first, else the newest similar one.
func (c *mergeCache) match(ctx context.Context, tx *sql.Tx, pk partyKind, key string) (id int64, ok bool, err error) {
	g, err := c.group(ctx, tx, pk)
	if err != nil {
		return 0, false, err
	}
	for i := len(g) - 1; i >= 0; i-- {
		if g[i].key == key {
			return g[i].id, true, nil
		}
	}
	for i := len(g) - 1; i >= 0; i-- {
		if digest.SameStatement(key, g[i].key) {
			return g[i].id, true, nil
		}
	}
	return 0, false, nil
}

// add records a newly inserted statement in its (loaded) group.
func (c *mergeCache) add(pk partyKind, k keyed) {
	if g, ok := c.groups[pk]; ok {
		c.groups[pk] = append(g, k)
	}
}
