import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEntriesAfter, lastAuditSeq } from '../../test/helpers/audit-entries';
import {
  createWorld,
  GRANT_ROLES,
  injectAs,
  prepareCell,
  ROLES,
  routeTable,
  urlOf,
  methodOf,
  type ChildRecords,
  type ExpectedAccess,
  type Role,
  type RouteRow,
  type Which,
  type World,
} from '../../test/helpers/route-matrix';
import { createTestApp, inMemoryDataDir, type TestApp } from '../../test/helpers/test-app';

// The authorization matrix (docs/decisions/0008; ASVS v5.0.0 8.2.1–8.2.3): every API route, as the
// app registers it, must have a row in test/helpers/route-matrix.ts, and every row is called by every role
// (anonymous, an unrelated account, owner, co-parent, advocate, school staff, administrator) on the child the
// role has its grant on (`own`) and on another family's child (`other`).
// Allowed: not 401/403/404 (nor a 5xx), with one audit entry `allowed` or `failed` on audited routes.
// Denied: 404 exactly like a record that does not exist (401 when not signed in, 403 on admin-only routes),
// with one audit entry `denied` on audited routes.

/** Every route Fastify registers, seen by an onRoute hook added before any route (in Fastify's factory). */
const registered = vi.hoisted(() => [] as { method: string; url: string }[]);
vi.mock('fastify', async (importOriginal) => {
  const actual = await importOriginal<typeof import('fastify')>();
  const factory = ((options?: Parameters<typeof actual.default>[0]) => {
    const app = actual.default(options);
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) registered.push({ method: String(method), url: route.url });
    });
    return app;
  }) as typeof actual.default;
  return { ...actual, default: factory, fastify: factory };
});

const ROWS = routeTable();

let t: TestApp;
let world: World;
beforeAll(async () => {
  t = await createTestApp({ config: { dataDir: inMemoryDataDir() } });
  world = await createWorld(t);
}, 60_000);
afterAll(async () => {
  await t.close();
});

interface Expectation {
  readonly allowed: boolean;
  /** The status a denial answers. */
  readonly status?: number;
}

function expectationFor(access: ExpectedAccess, role: Role, which: Which): Expectation {
  switch (access.kind) {
    case 'public':
    case 'auth':
    case 'calendar-feed':
      return { allowed: true };
    case 'signed-in':
    case 'search':
    case 'new-student':
    case 'invitation':
      return role === 'anonymous' ? { allowed: false, status: 401 } : { allowed: true };
    case 'admin':
      if (role === 'anonymous') return { allowed: false, status: 401 };
      return role === 'admin' ? { allowed: true } : { allowed: false, status: 403 };
    case 'student':
      if (role === 'anonymous') return { allowed: false, status: 401 };
      return which === 'own' && (access.allow as readonly string[]).includes(role)
        ? { allowed: true }
        : { allowed: false, status: 404 };
  }
}

function isAudited(access: ExpectedAccess): boolean {
  return ['student', 'search', 'new-student', 'invitation', 'calendar-feed'].includes(access.kind);
}

/** The answer to the same request for records that do not exist: what a denied caller must get, byte for byte. */
async function notFoundBody(row: RouteRow): Promise<string> {
  const missing = Object.fromEntries(
    Object.keys(world.children.own).map((key) => [key, `no-such-${key}`]),
  ) as unknown as ChildRecords;
  const prepared = await prepareCell(world, { ...row, fresh: undefined }, 'own');
  const response = await injectAs(world, 'stranger', {
    method: methodOf(row),
    url: urlOf(row, missing),
    ...(row.body === undefined ? {} : { payload: row.body(prepared.records, world) }),
  });
  expect(response.statusCode, `${row.route} for a record that does not exist`).toBe(404);
  return response.body;
}

/** Whether a response mentions a child: its id, its given name as a JSON string, or its school. */
function mentions(body: string, child: ChildRecords): boolean {
  return body.includes(child.studentId) || body.includes(`"${child.givenName}"`) || body.includes(child.school);
}

/**
 * What a list of children must show the caller: the `own` child only to its grant holders, `other` never. A look
 * that answers no child (`answersChildren: false`) must name none.
 */
function searchProblems(role: Role, body: string, answersChildren: boolean): string[] {
  const problems: string[] = [];
  if (mentions(body, world.children.other)) problems.push(`${role}: lists another family's child`);
  if (!answersChildren) return mentions(body, world.children.own) ? [`${role}: names a child`] : problems;
  const related = (GRANT_ROLES as readonly string[]).includes(role);
  if (mentions(body, world.children.own) !== related) {
    problems.push(
      `${role}: ${related ? 'does not list the child they have a grant on' : 'lists a child they have no grant on'}`,
    );
  }
  return problems;
}

describe('the authorization matrix covers every API route', () => {
  it('has one row per registered route (method and path), and no row for a route that does not exist', () => {
    const api = registered.filter((r) => r.url.startsWith('/api/'));
    const routes = new Set(api.filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`));
    const rows = ROWS.map((row) => row.route);
    expect(routes.size).toBeGreaterThan(80);
    expect(new Set(rows).size, 'a route is listed twice').toBe(rows.length);
    const missing = [...routes].filter((route) => !rows.includes(route)).sort();
    const extra = rows.filter((route) => !routes.has(route)).sort();
    expect({ missingFromTheMatrix: missing, notARoute: extra }).toEqual({ missingFromTheMatrix: [], notARoute: [] });
    // Fastify answers HEAD with the GET route's handler and hooks: each HEAD route has its GET row.
    for (const head of api.filter((r) => r.method === 'HEAD'))
      expect(routes.has(`GET ${head.url}`), head.url).toBe(true);
  });
});

describe.each(ROWS.map((row) => [row.route, row] as const))('%s', (_route, row) => {
  it('allows exactly the roles in the matrix, on their own child only', async () => {
    const problems: string[] = [];
    const audited = isAudited(row.access);
    const children: Which[] = row.access.kind === 'student' ? ['own', 'other'] : ['own'];
    let deniedBody: string | null = null;
    for (const which of children) {
      for (const role of ROLES) {
        const cell = `${role} on ${which}`;
        const expected = expectationFor(row.access, role, which);
        const { send } = await prepareCell(world, row, which, role);
        const seq = await lastAuditSeq(t.database.db);
        const response = await send(role);
        const entries = await auditEntriesAfter(t.database.db, seq);
        const status = response.statusCode;

        if (expected.allowed) {
          if ([401, 403, 404].includes(status) || status >= 500) {
            problems.push(`${cell}: expected to be allowed, got ${String(status)} ${response.body.slice(0, 120)}`);
          }
        } else if (status !== expected.status) {
          problems.push(`${cell}: expected ${String(expected.status)}, got ${String(status)}`);
        } else if (status === 404) {
          deniedBody ??= await notFoundBody(row);
          if (response.body !== deniedBody)
            problems.push(`${cell}: a denial that differs from "not found": ${response.body}`);
        }

        const outcomes = entries.map((e) => e.outcome);
        if (!audited) {
          if (entries.length > 0) problems.push(`${cell}: unexpected audit entries ${outcomes.join(', ')}`);
        } else if (entries.length !== 1) {
          problems.push(`${cell}: expected one audit entry, found ${String(entries.length)}`);
        } else if (expected.allowed ? outcomes[0] === 'denied' : outcomes[0] !== 'denied') {
          problems.push(`${cell}: audit outcome ${String(outcomes[0])}`);
        }

        if (row.access.kind === 'search' && expected.allowed)
          problems.push(...searchProblems(role, response.body, row.access.answersChildren !== false));
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('rules the table cannot express', () => {
  it('adds a sibling only to a family the caller is a parent in; another family answers like no family', async () => {
    const { own, other } = world.children;
    const sibling = (familyId: string) => ({
      givenName: 'Lucia',
      familyName: 'Sibling',
      birthDate: '2019-01-01',
      jurisdiction: 'CA',
      familyId,
    });
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('students')
            .where('given_name', '=', 'Lucia')
            .select(({ fn }) => fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const statuses: Record<string, number[]> = {};
    for (const role of ROLES) {
      const answers: number[] = [];
      for (const familyId of [own.familyId, other.familyId, 'no-such-family']) {
        answers.push(
          (await injectAs(world, role, { method: 'POST', url: '/api/v1/students', payload: sibling(familyId) }))
            .statusCode,
        );
      }
      statuses[role] = answers;
    }
    expect(statuses).toEqual({
      anonymous: [401, 401, 401],
      stranger: [404, 404, 404],
      owner: [201, 404, 404],
      'co-parent': [201, 404, 404],
      advocate: [404, 404, 404],
      'school-staff': [404, 404, 404],
      admin: [404, 404, 404],
    });
    expect(await count()).toBe(2);
  });

  it('never removes the owner’s access (409), and the owner keeps it', async () => {
    const { studentId } = world.children.own;
    const access = (
      await world.users.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/access` })
    ).json<{
      people: { grantId: string; role: string }[];
    }>();
    const ownerGrant = access.people.find((p) => p.role === 'owner')?.grantId ?? '';
    for (const role of ['owner', 'co-parent'] as const) {
      const response = await injectAs(world, role, { method: 'DELETE', url: `/api/v1/access/${ownerGrant}` });
      expect(response.statusCode, role).toBe(409);
    }
    expect((await world.users.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}` })).statusCode).toBe(
      200,
    );
  });

  it('answers HEAD like GET: the same access rule', async () => {
    const url = `/api/v1/students/${world.children.own.studentId}`;
    expect((await world.users.owner.inject({ method: 'HEAD', url })).statusCode).toBe(200);
    expect((await world.users.stranger.inject({ method: 'HEAD', url })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'HEAD', url })).statusCode).toBe(401);
  });
});
