import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresTestUrl } from '../helpers/postgres-schema';
import { createWorld, idOf, routeTable, type ChildRecords, type IdKind, type World } from '../helpers/route-matrix';
import { createTestApp, inMemoryDataDir, type TestApp } from '../helpers/test-app';
import { TEST_ORIGIN, TEST_PASSWORD } from '../helpers/test-users';
import { badRequests, type FuzzRequest, type ValidRequest } from './fuzz-inputs';
import { openApiOperations } from './openapi-operations';
import { responseProblems } from './response-leaks';

// Bad input never reaches a 500 (ASVS v5.0.0 16.5.1: generic errors, no stack or SQL): for every operation of the
// app's OpenAPI document, and the account endpoints it hides, fast-check makes bad bodies, path parameters and query
// strings — wrong types, missing and extra fields, 900 KB and 1.1 MB strings, 100,000 levels of nesting, NUL, lone
// surrogates, right-to-left text and emoji, ±1e308, impossible dates, `__proto__` keys, lists for objects — each one
// change away from a valid request, sent by the owner of a fictional child whose real ids fill the path, so a request
// gets as far as validation and the services. Every answer must be below 500, hold no stack trace, SQL error or file
// path, and a 400 must name the field. Runs on SQLite and again on PostgreSQL (docs/decisions/0014). The seed is
// printed; BINDER_FUZZ_SEED=<seed> replays a run, BINDER_FUZZ_RUNS sets requests per operation.

const SEED = Number(process.env.BINDER_FUZZ_SEED ?? 20261206);
const RUNS = Number(process.env.BINDER_FUZZ_RUNS ?? 10);
const DATABASE = postgresTestUrl() === null ? 'SQLite' : 'PostgreSQL';

let t: TestApp;
let world: World;
beforeAll(async () => {
  t = await createTestApp({ config: { dataDir: inMemoryDataDir() } });
  world = await createWorld(t);
}, 120_000);
afterAll(async () => {
  await t.close();
});

/** What a route's `:id` names when the matrix has no row for it, from the path's first segment. */
function idFor(pattern: string, records: ChildRecords, kind: IdKind | undefined): string {
  if (kind !== undefined) return idOf(records, kind);
  const segment = pattern.split('/')[3] ?? '';
  const bySegment: Record<string, string> = {
    plans: records.planId,
    meetings: records.meetingId,
    events: records.eventId,
    communications: records.communicationId,
    'school-people': records.schoolPersonId,
    letters: records.letterId,
    'progress-points': records.pointId,
    'phase-changes': records.phaseChangeId,
    invitations: records.invitationId,
    comments: records.commentId,
    'service-logs': records.serviceLogId,
  };
  return bySegment[segment] ?? records.studentId;
}

/** The valid request of every operation, in an order that keeps the child's record for as long as possible. */
async function validRequests(): Promise<ValidRequest[]> {
  const rows = routeTable();
  const records = world.children.own;
  const requests = (await openApiOperations(t.app)).map((op): ValidRequest => {
    const row = rows.find((r) => r.route === `${op.method} ${op.pattern}`);
    const params: Record<string, string> = {};
    for (const name of op.pathParams) {
      if (name === 'versionId') params[name] = records.versionId;
      else if (name === 'goalId') params[name] = records.goalId;
      else if (name === 'eventId') params[name] = records.eventId;
      else if (name === 'token') params[name] = records.feedToken;
      else params[name] = idFor(op.pattern, records, row?.id);
    }
    const query = row?.query === undefined ? '' : typeof row.query === 'string' ? row.query : row.query(records);
    return {
      method: op.method,
      pattern: op.pattern,
      params,
      query,
      queryParams: op.queryParams,
      body: row?.body?.(records, world) ?? (op.hasBody ? {} : undefined),
      hasBody: op.hasBody,
    };
  });
  // Deletions last, the child's own deletion at the very end: a bad request may still be a valid one.
  const rank = (r: ValidRequest): number => (r.method !== 'DELETE' ? 0 : r.pattern === '/api/v1/students/:id' ? 2 : 1);
  return requests.sort((a, b) => rank(a) - rank(b));
}

/** The account endpoints (hidden from the OpenAPI document), called by nobody signed in. */
const ACCOUNT_REQUESTS: readonly ValidRequest[] = [
  {
    method: 'POST',
    pattern: '/api/auth/sign-in/email',
    params: {},
    query: '',
    queryParams: [],
    body: { email: 'pat.spare@example.org', password: TEST_PASSWORD },
    hasBody: true,
  },
  {
    method: 'POST',
    pattern: '/api/auth/sign-up/email',
    params: {},
    query: '',
    queryParams: [],
    body: { name: 'Rosa Fuzz', email: 'rosa.fuzz@example.org', password: TEST_PASSWORD },
    hasBody: true,
  },
  {
    method: 'POST',
    pattern: '/api/auth/change-password',
    params: {},
    query: '',
    queryParams: [],
    body: { currentPassword: TEST_PASSWORD, newPassword: 'amber-willow-meadow-77' },
    hasBody: true,
  },
];

function send(request: FuzzRequest, signedIn: boolean) {
  const options = {
    method: request.method as 'GET',
    url: request.url,
    ...(request.payload === undefined ? {} : { payload: request.payload }),
    ...(request.contentType === undefined ? {} : { headers: { 'content-type': request.contentType } }),
  };
  if (signedIn) return world.users.owner.inject(options);
  return t.app.inject({ ...options, headers: { origin: TEST_ORIGIN, ...options.headers } });
}

describe(`fuzzing every route with bad input (${DATABASE})`, () => {
  it('never answers 5xx, never leaks a stack, SQL or a path, and every 400 names its field', async () => {
    const operations: { valid: ValidRequest; signedIn: boolean }[] = [
      ...(await validRequests()).map((valid) => ({ valid, signedIn: true })),
      ...ACCOUNT_REQUESTS.map((valid) => ({ valid, signedIn: false })),
    ];
    const byStatus = new Map<number, number>();
    const failures: string[] = [];
    let sent = 0;
    for (const [index, { valid, signedIn }] of operations.entries()) {
      // One seed per operation, so a failure replays without running the others first.
      const requests = fc.sample(badRequests(valid), { seed: SEED + index, numRuns: RUNS });
      for (const request of requests) {
        const response = await send(request, signedIn);
        sent += 1;
        byStatus.set(response.statusCode, (byStatus.get(response.statusCode) ?? 0) + 1);
        for (const problem of responseProblems(response)) {
          failures.push(
            `${valid.method} ${valid.pattern} [seed ${String(SEED + index)}] ${request.what}: ${problem} — ${response.body.slice(0, 160)}`,
          );
        }
      }
    }
    const statuses = [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${String(status)}: ${String(count)}`)
      .join(', ');
    const fiveHundreds = [...byStatus.entries()].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0);
    console.log(
      `fuzz (${DATABASE}): seed ${String(SEED)}, ${String(sent)} requests over ${String(operations.length)} operations; ` +
        `by status ${statuses}; 5xx: ${String(fiveHundreds)}`,
    );
    expect(failures.slice(0, 30)).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(operations.length * RUNS);
  }, 600_000);
});
