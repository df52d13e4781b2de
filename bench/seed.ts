import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import pg from 'pg';
import { isJurisdictionCode } from '../core/law/jurisdiction-names';
import { migrateToLatest } from '../server/db/migrate';
import {
  BENCH_DATA_DIR,
  BENCH_SCHEMA,
  benchDatabaseUrl,
  benchFlags,
  databaseSize,
  openBenchDatabase,
  writeResult,
} from './bench-database';
import { seedDistrict } from './seed-district';
import { BENCH_CASE_MANAGER, benchConfig, seedCaseManager } from './bench-case-manager';

// npm run bench:seed -- --students 50000 [--seed 20261128] [--state US] [--today 2026-11-28]
// Creates the fictional district the other district benchmarks read: a fresh SQLite file under bench/data,
// or a fresh schema `bench_district` in the PostgreSQL DATABASE_URL names.
const flags = benchFlags({
  students: { type: 'string', default: '50000' },
  seed: { type: 'string', default: '20261128' },
  state: { type: 'string', default: 'US' },
  today: { type: 'string', default: '2026-11-28' },
});
const students = Number(flags.students);
if (!Number.isInteger(students) || students < 1) {
  process.stderr.write('bench:seed: --students: expected a whole number of 1 or more\n');
  process.exit(2);
}

const state = (flags.state ?? 'US').toUpperCase();
if (!isJurisdictionCode(state)) {
  process.stderr.write('bench:seed: --state: expected "US" or a two-letter state code\n');
  process.exit(2);
}

const url = benchDatabaseUrl();
if (url === null) rmSync(BENCH_DATA_DIR, { recursive: true, force: true });
else {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${BENCH_SCHEMA} CASCADE; CREATE SCHEMA ${BENCH_SCHEMA}`);
  await client.end();
}
const database = openBenchDatabase();
await migrateToLatest(database);
const started = performance.now();
const counts = await seedDistrict(database, {
  students,
  seed: Number(flags.seed),
  jurisdiction: state,
  today: flags.today ?? '2026-11-28',
  onProgress: (done) => {
    if (done % 10_000 === 0 || done === students) process.stdout.write(`  ${String(done)} students written\n`);
  },
});
await seedCaseManager(database, benchConfig(url), `${flags.today ?? '2026-11-28'}T08:00:00.000Z`);
// Planner statistics, as a deployment gets from `pragma optimize` / autovacuum.
await sql`analyze`.execute(database.db);
if (database.dialect === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(database.db);
const seconds = (performance.now() - started) / 1000;
const bytes = await databaseSize(database);
await database.close();

process.stdout.write(
  [
    `Seeded a fictional district on ${database.dialect} in ${seconds.toFixed(1)} s (seed ${String(flags.seed)}):`,
    `  ${String(counts.students)} students (${String(counts.ieps)} IEPs, ${String(counts.plans504)} 504 plans), ${String(counts.events)} events,`,
    `  ${String(counts.goals)} goals with ${String(counts.progressPoints)} progress points, ${String(counts.deadlines)} stored deadlines`,
    `  one case manager (${BENCH_CASE_MANAGER.email}) with school-staff access to every student`,
    `  database size: ${(bytes / 1024 / 1024).toFixed(1)} MiB`,
    `  results: ${writeResult('seed', database.dialect, { seed: Number(flags.seed), seconds, bytes, ...counts })}`,
    '',
  ].join('\n'),
);
