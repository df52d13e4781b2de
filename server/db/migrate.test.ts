import Sqlite from 'better-sqlite3';
import type { Kysely, Migration } from 'kysely';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../test/helpers/test-app';
import { openDatabase } from './database';
import { migrateToLatest } from './migrate';
import { migrations } from './migrations/index';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the list of migrations', () => {
  it('names every migration file of server/db/migrations, in the order of their names', () => {
    const files = readdirSync(new URL('./migrations/', import.meta.url))
      .filter((name) => /^\d{14}-[a-z0-9-]+\.ts$/.test(name))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    expect(files).toContain('20261208050000-create-deadline-computations');
    expect(Object.keys(migrations)).toEqual(files);
  });
});

describe('migrateToLatest on SQLite', () => {
  it('creates the SQLite file and its folder on first use and applies every migration', async () => {
    const config = testConfig();
    dirs.push(config.dataDir);
    rmSync(config.dataDir, { recursive: true });
    const database = openDatabase(config);
    const report = await migrateToLatest(database);
    expect(report).toEqual({ applied: Object.keys(migrations), backupFile: null });
    expect(existsSync(`${config.dataDir}/binder.sqlite`)).toBe(true);
    const tables = await database.db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['families', 'students', 'plans', 'case_events']));
    await database.close();
  });

  it('turns on WAL, full sync and foreign keys', async () => {
    const config = testConfig();
    dirs.push(config.dataDir);
    const database = openDatabase(config);
    expect(database.sqlite?.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.sqlite?.pragma('synchronous', { simple: true })).toBe(2);
    expect(database.sqlite?.pragma('foreign_keys', { simple: true })).toBe(1);
    await database.close();
  });

  it('backs the file up before applying a migration to a database that already has data', async () => {
    const config = testConfig();
    dirs.push(config.dataDir);
    const database = openDatabase(config);
    // An older installation: one earlier migration applied, today's migrations still pending.
    const older: Record<string, Migration> = {
      '20000101000000-create-marker': {
        up: async (db: Kysely<unknown>) => {
          await db.schema.createTable('marker').addColumn('id', 'text').execute();
        },
      },
    };
    await migrateToLatest(database, { migrations: older });
    const report = await migrateToLatest(database, {
      migrations: { ...older, ...migrations },
      now: () => new Date('2026-11-28T10:00:00Z'),
    });
    expect(report.applied).toEqual(Object.keys(migrations));
    expect(report.backupFile).toMatch(/backups\/binder-before-migration-2026-11-28T10-00-00-000Z\.sqlite$/);
    const backup = new Sqlite(report.backupFile ?? '', { readonly: true });
    const tables = backup.prepare("select name from sqlite_master where type = 'table' order by name").all();
    backup.close();
    // The backup is the database as it was before: the marker table, none of today's tables.
    expect(tables).toContainEqual({ name: 'marker' });
    expect(tables).not.toContainEqual({ name: 'students' });
    await database.close();
  });
});
