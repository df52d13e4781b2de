import { Kysely, type CompiledQuery } from 'kysely';
import { openPostgres, openSqlite } from '../server/db/dialect';
import { sqliteFileFor, type Database } from '../server/db/database';
import type { DatabaseSchema } from '../server/db/schema';
import { getCaseload, getDistrictCompliance } from '../server/services/school-team-services';
import { BENCH_DATA_DIR, BENCH_SCHEMA, benchDatabaseUrl, benchFlags } from './bench-database';
import { benchCaseManagerId } from './bench-case-manager';

// npm run bench:explain [-- --as-of 2026-11-28 --viewer all|partial]   (after npm run bench:seed)
// Prints the plan of every statement the district dashboard and the caseload page (overdue, by next due) send,
// as bench/dashboard.ts times them: EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL, EXPLAIN QUERY PLAN on SQLite.
// The statements are captured from the real services (Kysely's query log), so the plans are of the SQL they send.
// `--viewer partial` reads as the case manager with one grant fewer, so the access filter is in the plans.
const flags = benchFlags({
  'as-of': { type: 'string', default: '2026-11-28' },
  viewer: { type: 'string', default: 'all' },
});
const asOf = flags['as-of'] ?? '2026-11-28';
if (flags.viewer !== 'all' && flags.viewer !== 'partial') {
  process.stderr.write('bench:explain: --viewer: expected "all" or "partial"\n');
  process.exit(2);
}

const url = benchDatabaseUrl();
const opened = url === null ? openSqlite(sqliteFileFor({ dataDir: BENCH_DATA_DIR })) : openPostgres(url, BENCH_SCHEMA);
const captured: CompiledQuery[] = [];
let capturing = false;
const db = new Kysely<DatabaseSchema>({
  dialect: opened.dialect,
  log: (event) => {
    if (capturing && event.level === 'query') captured.push(event.query);
  },
});
const database: Database = {
  db,
  dialect: opened.name,
  sqliteFile: null,
  sqlite: opened.sqlite,
  close: () => db.destroy(),
};

class Rollback extends Error {}

const viewerUserId = await benchCaseManagerId(database);
// A partial caseload: take one grant away inside a transaction that is rolled back at the end.
await db
  .transaction()
  .execute(async (trx) => {
    const reader: Database = { ...database, db: trx };
    if (flags.viewer === 'partial') {
      await trx
        .deleteFrom('student_access')
        .where('user_id', '=', viewerUserId)
        .where('student_id', '=', (eb) =>
          eb.selectFrom('student_access').select('student_id').where('user_id', '=', viewerUserId).limit(1),
        )
        .execute();
    }
    const pages: [string, () => Promise<unknown>][] = [
      [
        'compliance dashboard',
        () => getDistrictCompliance(reader, { asOf, upcomingDays: 30, limit: 100, viewerUserId }),
      ],
      [
        'caseload page (overdue, by next due)',
        () =>
          getCaseload(reader, {
            asOf,
            isOverdueOnly: true,
            sort: 'next-due',
            page: 1,
            pageSize: 25,
            viewerUserId,
          }),
      ],
    ];
    for (const [title, read] of pages) {
      captured.length = 0;
      capturing = true;
      await read();
      capturing = false;
      const statements = [...captured];
      process.stdout.write(`\n=== ${title} on ${database.dialect}, as of ${asOf}, viewer ${flags.viewer}\n`);
      for (const statement of statements) {
        process.stdout.write(`\n--- ${statement.sql}\n    parameters: ${JSON.stringify(statement.parameters)}\n`);
        const explain = database.dialect === 'postgres' ? 'explain (analyze, buffers)' : 'explain query plan';
        const plan = await trx.executeQuery<Record<string, unknown>>({
          ...statement,
          sql: `${explain} ${statement.sql}`,
        });
        for (const row of plan.rows) {
          const line = database.dialect === 'postgres' ? String(row['QUERY PLAN']) : String(row.detail);
          process.stdout.write(`${line}\n`);
        }
      }
    }
    // Whatever was read, nothing stays changed.
    throw new Rollback();
  })
  .catch((error: unknown) => {
    if (!(error instanceof Rollback)) throw error;
  });
await database.close();
