import { sql } from 'kysely';
import { getCaseload, getDistrictCompliance } from '../server/services/school-team-services';
import { benchFlags, openBenchDatabase, summarize, writeResult } from './bench-database';
import { benchCaseManagerId } from './bench-case-manager';

// npm run bench:dashboard [-- --runs 200 --as-of 2026-11-28]   (after npm run bench:seed)
// Times the district compliance dashboard (every overdue and upcoming deadline, Indicator 11 and transition
// measures by school) and a caseload page over the seeded district. The baseline, in the same run, is the
// floor of any such page: one indexed count of overdue deadlines.
const flags = benchFlags({
  runs: { type: 'string', default: '200' },
  'as-of': { type: 'string', default: '2026-11-28' },
});
const runs = Number(flags.runs);
const asOf = flags['as-of'] ?? '2026-11-28';
const database = openBenchDatabase();

async function time(work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i += 1) await work(); // warm-up: caches, statement preparation
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples;
}

// As the district's case manager sees them: only children with a grant (every one, in the seeded district).
const viewerUserId = await benchCaseManagerId(database);
const students = await sql<{ n: number | string }>`select count(*) as n from students`.execute(database.db);
const dashboard = summarize(
  await time(() => getDistrictCompliance(database, { asOf, upcomingDays: 30, limit: 100, viewerUserId })),
);
const caseload = summarize(
  await time(() =>
    getCaseload(database, {
      asOf,
      isOverdueOnly: true,
      sort: 'next-due',
      page: 1,
      pageSize: 25,
      viewerUserId,
    }),
  ),
);
const baseline = summarize(
  await time(() =>
    database.db
      .selectFrom('derived_deadlines')
      .select(({ fn }) => fn.countAll().as('n'))
      .where('completed_on', 'is', null)
      .where('due', '<', asOf)
      .executeTakeFirstOrThrow(),
  ),
);
await database.close();

const f = (ms: number) => `${ms.toFixed(1)} ms`;
process.stdout.write(
  [
    `District dashboard on ${database.dialect}, ${String(students.rows[0]?.n)} students, ${String(runs)} runs each:`,
    `  compliance dashboard: median ${f(dashboard.median)}, p95 ${f(dashboard.p95)} (goal: p95 under 100 ms, on SQLite and on PostgreSQL)`,
    `  caseload page (overdue, by next due): median ${f(caseload.median)}, p95 ${f(caseload.p95)}`,
    `  baseline (one indexed count of overdue deadlines): median ${f(baseline.median)}, p95 ${f(baseline.p95)}`,
    `  dashboard / baseline (median): ${(dashboard.median / baseline.median).toFixed(1)}×`,
    `  results: ${writeResult('dashboard', database.dialect, { students: Number(students.rows[0]?.n), runs, asOf, dashboard, caseload, baseline })}`,
    '',
  ].join('\n'),
);
