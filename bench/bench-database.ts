import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase, sqliteFileFor, type Database } from '../server/db/database';

/**
 * Where a benchmark's district lives: `bench/data/binder.sqlite`, or, when DATABASE_URL is set, schema
 * `bench_district` (or the one BENCH_SCHEMA names, so several people can share one PostgreSQL database).
 */
export const BENCH_DATA_DIR = 'bench/data';
export const BENCH_SCHEMA = benchSchema(process.env.BENCH_SCHEMA);

function benchSchema(name: string | undefined): string {
  if (name === undefined || name === '') return 'bench_district';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    process.stderr.write('bench: BENCH_SCHEMA: expected a lower-case SQL name (letters, digits, underscores)\n');
    process.exit(2);
  }
  return name;
}

export function benchDatabaseUrl(): string | null {
  const url = process.env.DATABASE_URL;
  return url === undefined || url === '' ? null : url;
}

/** Opens the benchmark database (SQLite by default, PostgreSQL with DATABASE_URL). */
export function openBenchDatabase(): Database {
  return openDatabase({ databaseUrl: benchDatabaseUrl(), databaseSchema: BENCH_SCHEMA, dataDir: BENCH_DATA_DIR });
}

/** Bytes the benchmark database takes on disk. */
export async function databaseSize(database: Database): Promise<number> {
  if (database.dialect === 'sqlite') {
    const file = sqliteFileFor({ dataDir: BENCH_DATA_DIR });
    const wal = (() => {
      try {
        return statSync(`${file}-wal`).size;
      } catch {
        return 0;
      }
    })();
    return statSync(file).size + wal;
  }
  const row = await sql<{
    bytes: string;
  }>`select coalesce(sum(pg_total_relation_size(c.oid)), 0) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = ${BENCH_SCHEMA} and c.relkind = 'r'`.execute(
    database.db,
  );
  return Number(row.rows[0]?.bytes ?? 0);
}

/** The numbers of a series of timings, in milliseconds. */
export function summarize(samples: readonly number[]): { median: number; p95: number; min: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

/** Writes a benchmark's figures to bench/results/<name>-<dialect>.json with the machine and date. */
export function writeResult(name: string, dialect: string, figures: Record<string, unknown>): string {
  mkdirSync('bench/results', { recursive: true });
  const file = join('bench/results', `${name}-${dialect}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ name, dialect, date: new Date().toISOString(), node: process.version, ...figures }, null, 2)}\n`,
  );
  return file;
}

/** `--name value` flags of a bench command, strict. */
export function benchFlags(options: Record<string, { type: 'string'; default: string }>): Record<string, string> {
  const { values } = parseArgs({ args: process.argv.slice(2), options, strict: true, allowPositionals: false });
  return values;
}
