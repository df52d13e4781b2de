import { Migrator, sql } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Database } from './database';
import { migrations as allMigrations } from './migrations/index';
import type { Migration } from 'kysely';

export interface MigrationReport {
  /** Names of the migrations applied by this run, in order. */
  readonly applied: readonly string[];
  /** The SQLite backup taken before migrating an existing database, if any. */
  readonly backupFile: string | null;
}

/**
 * Brings the database up to date. On SQLite, an existing database with pending migrations is first
 * copied to `backups/` beside it (docs/architecture.md, Storage), so a failed migration never costs a family its records.
 */
export async function migrateToLatest(
  database: Database,
  options: { now?: () => Date; migrations?: Record<string, Migration> } = {},
): Promise<MigrationReport> {
  const migrations = options.migrations ?? allMigrations;
  const now = options.now ?? (() => new Date());
  const migrator = await migratorFor(database, migrations);
  const known = await migrator.getMigrations();
  const pending = known.filter((m) => m.executedAt === undefined);
  if (pending.length === 0) return { applied: [], backupFile: null };

  let backupFile: string | null = null;
  const hasApplied = known.some((m) => m.executedAt !== undefined);
  if (hasApplied && database.sqlite !== null && database.sqliteFile !== null) {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    backupFile = join(dirname(database.sqliteFile), 'backups', `binder-before-migration-${stamp}.sqlite`);
    mkdirSync(dirname(backupFile), { recursive: true });
    await database.sqlite.backup(backupFile);
  }

  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : 'unknown error'}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName), backupFile };
}

async function migratorFor(database: Database, migrations: Record<string, Migration>): Promise<Migrator> {
  // On PostgreSQL Kysely looks for its migration table in every schema unless told which one: name the schema
  // in use (DATABASE_SCHEMA, else the default), or a fresh schema in a database whose other schema is migrated
  // (several deployments or test runs sharing one database) is taken for migrated and fails.
  const schema =
    database.dialect === 'postgres'
      ? (await sql<{ name: string | null }>`select current_schema() as name`.execute(database.db)).rows[0]?.name
      : null;
  return new Migrator({
    db: database.db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    ...(typeof schema === 'string' ? { migrationTableSchema: schema } : {}),
  });
}

/** How many migrations the database still lacks (all of them when it was never migrated); changes nothing. */
export async function pendingMigrationCount(database: Database): Promise<number> {
  const known = await (await migratorFor(database, allMigrations)).getMigrations();
  return known.filter((m) => m.executedAt === undefined).length;
}
