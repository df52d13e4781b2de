import Sqlite from 'better-sqlite3';
import {
  CompiledQuery,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Dialect,
  type PostgresPool,
  type PostgresPoolClient,
  type SqliteDialectConfig,
} from 'kysely';
import pg from 'pg';
import { postgresStatementName } from './prepared-statement';
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
  /** The PostgreSQL pool, for the hot path's statements outside a transaction (postgres-pool.ts); null on SQLite. */
  readonly postgresPool: pg.Pool | null;
}

/** Opens the embedded SQLite file (created with its folder on first use) with WAL, full sync and foreign keys. */
export function openSqlite(file: string): OpenedDialect {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new Sqlite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return {
    name: 'sqlite',
    dialect: immediateSqliteDialect({ database: withStatementCache(database) }),
    sqlite: database,
    postgresPool: null,
  };
}

/**
 * Kysely's SQLite dialect with one difference: transactions begin `immediate`, taking the write lock at their
 * start. The server's connection is not the file's only writer (the audit commit thread has its own,
 * server/audit/audit-commit-thread.ts); a transaction that read first and then found that another connection had
 * written since could not write at all (SQLITE_BUSY_SNAPSHOT), where one that holds the lock from its start
 * only waits for the other's commit (`busy_timeout`).
 */
function immediateSqliteDialect(config: SqliteDialectConfig): Dialect {
  const kyselys = new SqliteDialect(config);
  return {
    createAdapter: () => kyselys.createAdapter(),
    createDriver: () => new ImmediateSqliteDriver(config),
    createQueryCompiler: () => kyselys.createQueryCompiler(),
    createIntrospector: (db) => kyselys.createIntrospector(db),
  };
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
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
  return {
    name: 'postgres',
    dialect: new PostgresDialect({ pool: withNamedStatements(pool) }),
    sqlite: null,
    postgresPool: pool,
  };
}

/**
 * The pool as Kysely sees it, with one difference: the hot path's statements (prepared-statement.ts) run as
 * named prepared statements, which each connection parses and plans once; every other text runs as before.
 */
function withNamedStatements(pool: pg.Pool): PostgresPool {
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    // Kysely calls query(text, values) only (it streams no cursors here), so the cursor overload is not wrapped.
    query: ((text: string, values: unknown[]) => {
      const name = postgresStatementName(text);
      return name === undefined ? client.query(text, values) : client.query({ name, text, values });
    }) as unknown as PostgresPoolClient['query'],
    release: (destroy?: boolean) => {
      client.release(destroy);
    },
  });
  return {
    connect: async () => {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (wrapped === undefined) {
        wrapped = wrap(client);
        clients.set(client, wrapped);
      }
      return wrapped;
    },
    end: () => pool.end(),
  };
}
