import type Sqlite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * Kysely's SQLite driver prepares every query anew; preparing costs as much as running the small indexed
 * queries a request makes (measured in bench/http-overview.ts: a tenth of the server's time). This keeps the
 * prepared statements of the most recent distinct SQL texts and hands them back. Kysely runs a statement to
 * completion synchronously (`all`/`run`), so one statement is never in use twice at once; the exception is
 * streaming (`iterate`), which Binder does not use.
 */
export function withStatementCache(database: Sqlite.Database, capacity = 1000): SqliteDatabase {
  const statements = new Map<string, Sqlite.Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql: string) => {
      const cached = statements.get(sql);
      if (cached !== undefined) {
        // Most recently used last, so the first key is the one to drop when full.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (statements.size >= capacity) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
