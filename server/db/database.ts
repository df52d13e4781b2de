import { Kysely, sql } from 'kysely';
import { join } from 'node:path';
import type { Config } from '../config';
import { openPostgres, openSqlite, type DialectName } from './dialect';
import type { DatabaseSchema } from './schema';
import type Sqlite from 'better-sqlite3';
import { attachCommittedReader } from './committed-reader';
import { attachPostgresPool } from './postgres-pool';
import { checkpointOffTheEventLoop, type WalCheckpointer } from './wal-checkpointer';

/** An open database: the Kysely handle plus what the rest of the server needs to know about it. */
export interface Database {
  readonly db: Kysely<DatabaseSchema>;
  readonly dialect: DialectName;
  /** Where the SQLite file is, or null on PostgreSQL. */
  readonly sqliteFile: string | null;
  readonly sqlite: Sqlite.Database | null;
  close(): Promise<void>;
}

/** The SQLite file used when no `DATABASE_URL` is set. */
export function sqliteFileFor(config: Pick<Config, 'dataDir'>): string {
  return join(config.dataDir, 'binder.sqlite');
}

/** Opens the database the configuration names: PostgreSQL when `DATABASE_URL` is set, else the SQLite file. */
export function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'databaseSchema'>>,
): Database {
  const sqliteFile = config.databaseUrl === null ? sqliteFileFor(config) : null;
  const opened =
    sqliteFile === null
      ? openPostgres(config.databaseUrl ?? '', config.databaseSchema ?? null)
      : openSqlite(sqliteFile);
  const db = new Kysely<DatabaseSchema>({ dialect: opened.dialect });
  // A SQLite file (not in memory) can be opened by a second connection: a worker thread's for the WAL checkpoints,
  // so they run outside a request's commit (0050), and one of its own for the hot path's reads (0056).
  const file = opened.sqlite !== null && sqliteFile !== null && sqliteFile !== ':memory:' ? sqliteFile : null;
  const checkpointer: Promise<WalCheckpointer> | null =
    file === null || opened.sqlite === null ? null : checkpointOffTheEventLoop(opened.sqlite, file);
  const reader = file === null ? null : attachCommittedReader(db, file);
  // On PostgreSQL the hot path's statements outside a transaction go straight to the pool (postgres-pool.ts).
  if (opened.postgresPool !== null) attachPostgresPool(db, opened.postgresPool);
  return {
    db,
    dialect: opened.name,
    sqliteFile,
    sqlite: opened.sqlite,
    close: async () => {
      if (checkpointer !== null) await (await checkpointer).close();
      await reader?.close();
      await db.destroy();
    },
  };
}

/** One round trip to the database (`select 1`): throws when it is not reachable. */
export async function pingDatabase(database: Database): Promise<void> {
  await sql`select 1`.execute(database.db);
}
