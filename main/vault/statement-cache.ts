import type { SqliteDatabase, SqliteStatement } from 'kysely';
import type { RawDb } from './native';

/** Distinct SQL texts kept prepared; lists of varying length (`in (?, ?, ...)`) make many. */
const MAX_STATEMENTS = 500;

/**
 * The vault connection as Kysely's SQLite dialect sees it, with prepared statements reused.
 * Kysely prepares every query anew; preparing costs more than running a small query, and a
 * score save runs about twenty (measured: a fifth of a save's time went to `prepare`).
 * Streaming (`iterate`) gets a fresh statement, since a statement being iterated is busy.
 */
export function withStatementCache(raw: RawDb): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => raw.close(),
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      if (hit) {
        // Map order is insertion order: re-insert to keep the most used at the end.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = raw.prepare(sql);
      // After a failed COMMIT (disk full, I/O error) SQLite has already rolled back; Kysely's
      // own ROLLBACK would then fail with "no transaction is active" and hide the real cause.
      if (/^\s*rollback\s*$/i.test(sql)) {
        const rollback: SqliteStatement = {
          reader: false,
          all: (params) => (raw.inTransaction ? stmt.all(params) : []),
          run: (params) => (raw.inTransaction ? stmt.run(params) : { changes: 0, lastInsertRowid: 0 }),
          iterate: (params) => stmt.iterate(params),
        };
        cache.set(sql, rollback);
        return rollback;
      }
      const wrapped: SqliteStatement = {
        reader: stmt.reader,
        // As Kysely's own driver does: the parameter array is bound as anonymous parameters.
        all: (params) => stmt.all(params),
        run: (params) => stmt.run(params),
        iterate: (params) => raw.prepare(sql).iterate(params),
      };
      cache.set(sql, wrapped);
      if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
      return wrapped;
    },
  };
}
