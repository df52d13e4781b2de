import autocannon from 'autocannon';
import { createServer, type Server } from 'node:http';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { systemClock } from '../server/clock';
import { BENCH_CASE_MANAGER, benchConfig } from './bench-case-manager';
import { buildApp } from '../server/http/build-app';
import { BENCH_SCHEMA, benchDatabaseUrl, benchFlags, openBenchDatabase, writeResult } from './bench-database';
import { startSameWorkFloor } from './same-work-floor';

// npm run bench:http [-- --seconds 20 --connections 50]   (after npm run bench:seed)
// Binder's GET /api/v1/students/:id under load, next to two floors in the same process and run: the bare floor
// (the same data read with one hand-written SQL query and serialized by a bare node:http handler) and the
// same-work floor (bench/same-work-floor.ts: Binder's required work — session, grant, record, chained audit
// entry committed before the answer — hand-written on node:http and the bare driver). All three rotate over
// 1,000 students of the seeded district. Goals (issue #20): on SQLite ≥ 0.5 of the bare floor and ≥ 0.8 of the
// same-work floor, p99 under 25 ms; on PostgreSQL ≥ 0.4 of the bare floor, p99 under 50 ms.
// `--phases binder` runs Binder's phase alone and writes no result file: for comparing two versions of the code in
// interleaved runs (docs/performance.md), where the floors would only double each run's length.
const flags = benchFlags({
  seconds: { type: 'string', default: '20' },
  connections: { type: 'string', default: '50' },
  phases: { type: 'string', default: 'all' },
});
const duration = Number(flags.seconds);
const connections = Number(flags.connections);
const isBinderOnly = flags.phases === 'binder';
if (!isBinderOnly && flags.phases !== 'all') {
  process.stderr.write(`--phases: expected all or binder, got ${JSON.stringify(flags.phases)}\n`);
  process.exit(2);
}
const asOf = '2026-11-28';
const database = openBenchDatabase();
const ids = (await database.db.selectFrom('students').select('id').orderBy('id').limit(1000).execute()).map(
  (r) => r.id,
);
if (ids.length === 0) throw new Error('no students: run npm run bench:seed first');

const app = await buildApp({
  config: benchConfig(null),
  database,
  // The real clock: sessions are made and checked against it (a fixed clock would expire them).
  clock: systemClock,
});
await app.listen({ host: '127.0.0.1', port: 0 });
// Binder's requests come from the signed-in case manager: each one looks up the session, checks the grant
// and appends an audit entry (the record of access the law asks for), none of which the floor does.
const signIn = await app.inject({
  method: 'POST',
  url: '/api/auth/sign-in/email',
  headers: { origin: 'http://localhost' },
  payload: { email: BENCH_CASE_MANAGER.email, password: BENCH_CASE_MANAGER.password },
});
const sessionCookie = ([signIn.headers['set-cookie']].flat()[0] ?? '').split(';')[0] ?? '';
if (signIn.statusCode !== 200 || sessionCookie === '') throw new Error('the case manager could not sign in');

// The floor: one query joining the student with the plan in effect, no validation, no framework.
const floorQuery = (id: string) =>
  sql<
    Record<string, unknown>
  >`select s.id, s.family_id as "familyId", s.given_name as "givenName", s.family_name as "familyName",
    s.birth_date as "birthDate", s.jurisdiction, s.school, s.district, s.grade, s.home_languages as "homeLanguages",
    s.contacts, s.created_at as "createdAt", s.updated_at as "updatedAt",
    (select p.framework from plans p where p.student_id = s.id and p.effective_from <= ${asOf}
      and (p.effective_to is null or p.effective_to > ${asOf}) order by case when p.framework = 'iep' then 0 else 1 end limit 1) as "planInEffect"
    from students s where s.id = ${id}`.execute(database.db);
const floor: Server = createServer((request, response) => {
  const id = (request.url ?? '').split('/').pop() ?? '';
  floorQuery(id).then(
    ({ rows }) => {
      const row = rows[0];
      if (row === undefined) {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.stringify({
        ...row,
        homeLanguages: JSON.parse(String(row.homeLanguages)) as unknown,
        contacts: JSON.parse(String(row.contacts)) as unknown,
      });
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    },
    () => response.writeHead(500).end(),
  );
});
await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', resolve));
const config = benchConfig(null);
const sameWork = await startSameWorkFloor({
  sqliteFile: database.sqliteFile,
  postgresUrl: benchDatabaseUrl(),
  schema: BENCH_SCHEMA,
  secret: config.authSecret ?? '',
  today: systemClock.today(),
});

function portOf(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

async function load(
  port: number,
  pathFor: (id: string) => string,
  headers: Record<string, string> = {},
): Promise<{
  rps: number;
  p99: number;
  median: number;
  errors: number;
  loopDelayP99: number;
  loopDelayMax: number;
  loopBusy: number;
  cpuMicrosPerRequest: number;
}> {
  // How long the servers' event loop went without a turn during the phase: a synchronous call that blocks every
  // request (a slow statement, a checkpoint in a commit) shows here.
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  // How busy the event loop was (1: never idle; below 1, every request in flight was waiting, e.g. for a commit),
  // and the process's CPU time per answer (all threads, autocannon's thread included): the work per request,
  // which a shared machine's waits do not inflate as they do the throughput.
  const loopBefore = performance.eventLoopUtilization();
  const cpuBefore = process.cpuUsage();
  const result = await autocannon({
    url: `http://127.0.0.1:${String(port)}`,
    connections,
    duration,
    headers,
    // The load generator on a thread of its own, not on the servers' event loop: there its work on each request
    // and answer was added to every answer's latency and taken from the servers' time (docs/decisions/0065).
    // Each connection asks for the 1,000 students in turn (a list of requests crosses to the thread; a function
    // picking the next student would not).
    workers: 1,
    requests: ids.map((id) => ({ method: 'GET', path: pathFor(id) })),
  });
  loopDelay.disable();
  const cpu = process.cpuUsage(cpuBefore);
  const answered = result.requests.total;
  return {
    loopBusy: performance.eventLoopUtilization(loopBefore).utilization,
    cpuMicrosPerRequest: answered === 0 ? 0 : (cpu.user + cpu.system) / answered,
    loopDelayP99: loopDelay.percentile(99) / 1e6,
    loopDelayMax: loopDelay.max / 1e6,
    rps: result.requests.average,
    p99: result.latency.p99,
    median: result.latency.p50,
    errors: result.errors + result.non2xx,
  };
}

// Every server first answers for each of the 1,000 students once, unmeasured: otherwise the phase that runs first
// (Binder's) reads the district's pages from disk and compiles its code while the later phases find both warm.
async function warmUp(port: number, pathFor: (id: string) => string, headers: Record<string, string> = {}) {
  for (let start = 0; start < ids.length; start += connections) {
    await Promise.all(
      ids.slice(start, start + connections).map(async (id) => {
        const response = await fetch(`http://127.0.0.1:${String(port)}${pathFor(id)}`, { headers });
        await response.arrayBuffer();
      }),
    );
  }
}
await warmUp(portOf(app.server), (id) => `/api/v1/students/${id}`, { cookie: sessionCookie });
if (!isBinderOnly) {
  await warmUp(portOf(sameWork.server), (id) => `/students/${id}`, { cookie: sessionCookie });
  await warmUp(portOf(floor), (id) => `/students/${id}`);
}

const binder = await load(portOf(app.server), (id) => `/api/v1/students/${id}`, { cookie: sessionCookie });
const floors = isBinderOnly
  ? null
  : {
      same: await load(portOf(sameWork.server), (id) => `/students/${id}`, { cookie: sessionCookie }),
      bare: await load(portOf(floor), (id) => `/students/${id}`),
    };
await app.close();
await sameWork.close();
floor.close();
await database.close();

function loopDelayText(phase: {
  loopDelayP99: number;
  loopDelayMax: number;
  loopBusy: number;
  cpuMicrosPerRequest: number;
}): string {
  return [
    `event-loop delay p99 ${phase.loopDelayP99.toFixed(0)} ms, max ${phase.loopDelayMax.toFixed(0)} ms`,
    `loop busy ${(100 * phase.loopBusy).toFixed(0)} %`,
    `CPU ${phase.cpuMicrosPerRequest.toFixed(0)} µs a request`,
  ].join(', ');
}

const heading = `GET a student's details under load on ${database.dialect} (${String(connections)} connections, ${String(duration)} s each):`;
const binderLine = `  Binder: ${binder.rps.toFixed(0)} req/s, median ${String(binder.median)} ms, p99 ${String(binder.p99)} ms, errors ${String(binder.errors)}; ${loopDelayText(binder)}`;
if (floors === null) {
  process.stdout.write(`${heading}\n${binderLine} (Binder's phase alone: no floors, no result file)\n`);
  process.exit(0);
}
const { same, bare } = floors;
process.stdout.write(
  [
    heading,
    binderLine,
    `  same-work floor (session, grant, record, audit entry by hand, bare node:http): ${same.rps.toFixed(0)} req/s, median ${String(same.median)} ms, p99 ${String(same.p99)} ms, errors ${String(same.errors)}; ${loopDelayText(same)}`,
    `  floor (one SQL query, bare node:http): ${bare.rps.toFixed(0)} req/s, median ${String(bare.median)} ms, p99 ${String(bare.p99)} ms; ${loopDelayText(bare)}`,
    `  Binder / floor throughput: ${(binder.rps / bare.rps).toFixed(2)}; Binder / same-work floor: ${(binder.rps / same.rps).toFixed(2)}`,
    `  goals: SQLite ≥ 0.5 of the floor, ≥ 0.8 of the same-work floor, p99 < 25 ms; PostgreSQL ≥ 0.4 of the floor, p99 < 50 ms`,
    `  results: ${writeResult('http-overview', database.dialect, { connections, seconds: duration, binder, sameWorkFloor: same, floor: bare })}`,
    '',
  ].join('\n'),
);
