import Sqlite from 'better-sqlite3';
import { PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import pg from 'pg';
import { withStatementCache } from './statement-cache';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Every difference between SQLite and PostgreSQL lives here (docs/architecture.md, Storage). Queries and migrations are
 * written once with Kysely's builders and run unchanged on both.
 */
export type DialectName = 'sqlite' | 'postgres';

export interface OpenedDialect {
  readonly name: DialectName;
  readonly dialect: Dialect;
  /** The SQLite connection, for backups; null on PostgreSQL. */
  readonly sqlite: Sqlite.Database | null;
}

/** Opens the embedded SQLite file (created with its folder on first use) with WAL, full sync and foreign keys. */
export function openSqlite(file: string): OpenedDialect {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new Sqlite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return { name: 'sqlite', dialect: new SqliteDialect({ database: withStatementCache(database) }), sqlite: database };
}

/**
 * Connects to PostgreSQL with a small pool; `DATABASE_URL` decides where, `DATABASE_SCHEMA` (optional) which
 * schema every connection uses, so several deployments or test runs can share one database.
 */
export function openPostgres(connectionString: string, schema: string | null = null): OpenedDialect {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    ...(schema === null ? {} : { options: `-c search_path=${schema}` }),
  });
  return { name: 'postgres', dialect: new PostgresDialect({ pool }), sqlite: null };
}
