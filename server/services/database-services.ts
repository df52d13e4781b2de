import { existsSync } from 'node:fs';
import type { AuditChainReport } from '../audit/verify-audit-chain';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import type { Config } from '../config';
import { openDatabase, pingDatabase, sqliteFileFor, type Database } from '../db/database';
import type { DialectName } from '../db/dialect';
import { migrateToLatest, pendingMigrationCount, type MigrationReport } from '../db/migrate';

/** What `openDatabase` reads of the configuration. */
type DatabaseConfig = Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'databaseSchema'>>;

/**
 * Opens the configured database, brings it up to date, runs `work` on it and closes it, whatever happens: for
 * the commands that run one use case and exit.
 */
export async function withMigratedDatabase<T>(
  config: DatabaseConfig,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const database = openDatabase(config);
  try {
    await migrateToLatest(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Brings the configured database up to date (`binder migrate`); answers what was done and on which dialect. */
export async function migrateDatabase(
  config: DatabaseConfig,
): Promise<MigrationReport & { readonly dialect: DialectName }> {
  const database = openDatabase(config);
  try {
    return { ...(await migrateToLatest(database)), dialect: database.dialect };
  } finally {
    await database.close();
  }
}

/** The outcome of checking the stored audit trail, or why there was no trail to check. */
export type StoredAuditChainCheck =
  | { readonly kind: 'no-database'; readonly sqliteFile: string }
  | { readonly kind: 'not-migrated' }
  | { readonly kind: 'checked'; readonly report: AuditChainReport };

/**
 * Walks the configured database's audit chain (`binder audit verify`). A SQLite file that is not there is not
 * opened (that would create an empty one), and a database that is behind its migrations is not read.
 */
export async function verifyStoredAuditChain(config: DatabaseConfig): Promise<StoredAuditChainCheck> {
  if (config.databaseUrl === null && !existsSync(sqliteFileFor(config))) {
    return { kind: 'no-database', sqliteFile: sqliteFileFor(config) };
  }
  const database = openDatabase(config);
  try {
    if ((await pendingMigrationCount(database)) > 0) return { kind: 'not-migrated' };
    return { kind: 'checked', report: await verifyAuditChain(database.db) };
  } finally {
    await database.close();
  }
}

/** A real round trip to the database (the health check fails when the database does); answers its dialect. */
export async function databaseHealth(database: Database): Promise<DialectName> {
  await pingDatabase(database);
  return database.dialect;
}
