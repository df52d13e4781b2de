import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { auditEntriesAfter, lastAuditSeq } from '../helpers/audit-entries';
import { addChild, share } from '../helpers/route-matrix';
import { createTestApp, inMemoryDataDir, type TestApp } from '../helpers/test-app';
import { signUp, type TestUser } from '../helpers/test-users';
import { multipartBody } from '../helpers/multipart';
import { childRecordTables, populateChild, type ChildIds } from '../helpers/nested-id-world';

// Cross-object ids (docs/decisions/0018): a route whose path, query or body carries an id besides `:id` must
// prove, in the same query, that the inner record belongs to the outer one. The access check proves only that
// the caller may see the outer record. Every such route is found in the app's OpenAPI document (and the routes
// Fastify registers, so a hidden one cannot slip by); one this test does not know how to fill fails it.
// Each is called with an outer id the caller may see and an inner id of another family's child, of a sibling
// the caller may not see, and — by an advocate since removed from that sibling — of ids it once saw: each
// answer must be the 404 an unknown id gets, byte for byte, with nothing of the other child in it and nothing
// written. All people and children are fictional.

/** Every route Fastify registers (the OpenAPI document omits hidden ones), seen by an onRoute hook. */
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

/** Where an inner id travels: `path.versionId`, `query.from`, `body.meetingId`. */
type Slot = `${'path' | 'query' | 'body'}.${string}`;

/** How to call a route with nested ids: which record `{id}` names, each inner id, and the rest of the request. */
interface NestedRoute {
  /** What `{id}` names (none: the route has no `{id}`). */
  readonly outer: 'plan' | 'student' | 'none';
  /** Each inner id and which of the caller's own records it names when it is not the one being probed. */
  readonly slots: Readonly<Record<Slot, (own: ChildIds) => string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: (own: ChildIds) => Record<string, unknown>;
  /** What the request answers with the caller's own ids (200 unless it creates or removes something). */
  readonly okStatus?: 201 | 204;
}

/** Query parameters that are not ids, whatever the route (a new one must be put here or in NESTED). */
const NOT_ID_QUERY: ReadonlySet<string> = new Set([
  'asOf',
  'before',
  'dryRun',
  'introduced',
  'jurisdiction',
  'kind',
  'labelSet',
  'language',
  'limit',
  'overdue',
  'page',
  'pageSize',
  'plan',
  'q',
  'school',
  'sort',
  'upcomingDays',
]);
/** Query parameters that are not ids on one route only (`from` and `to` are versions when comparing). */
const NOT_ID_QUERY_OF_ROUTE: ReadonlySet<string> = new Set([
  'GET /api/v1/plans/{id}/progress-report.pdf query.from',
  'GET /api/v1/plans/{id}/progress-report.pdf query.to',
  // An account id, but only a filter over this child's own trail (WHERE student_id = :id): another person's id
  // finds none of this child's entries, never anyone else's.
  'GET /api/v1/students/{id}/audit query.person',
  // The one-click unsubscribe token: an HMAC-signed account id that names no record of a child, and only ever
  // turns that account's own reminders off (a token for another account is refused with 404).
  'POST /api/v1/reminders/unsubscribe query.token',
  // A deadline's rule and the date of the event that started it: looked up only among this child's own
  // computed deadlines, never a stored record of anyone else.
  'GET /api/v1/students/{id}/deadline.ics query.rule',
  'GET /api/v1/students/{id}/deadline.ics query.trigger',
]);

/** Path parameters that are not ids of a record inside another: a calendar feed link's token is the key itself. */
const NOT_ID_PATH_OF_ROUTE: ReadonlySet<string> = new Set(['GET /api/v1/calendar-feeds/{token}/binder.ics path.token']);

const NEW_SIBLING = { givenName: 'Mateo', familyName: 'Lopez', birthDate: '2019-01-01', jurisdiction: 'CA' };

/**
 * Every route with an id besides `{id}`, as the OpenAPI document names it. Listed in the order the app
 * registers them, which is also the order the closing positive check may write in (content before finalize).
 */
const NESTED: Readonly<Record<string, NestedRoute>> = {
  'POST /api/v1/students': {
    outer: 'none',
    slots: { 'body.familyId': (own) => own.familyId },
    body: () => NEW_SIBLING,
    okStatus: 201,
  },
  'PUT /api/v1/plans/{id}/versions/{versionId}/content': {
    outer: 'plan',
    slots: { 'path.versionId': (own) => own.draftVersionId },
    body: (own) => ({ content: { goals: [own.goal] } }),
  },
  'POST /api/v1/plans/{id}/versions/{versionId}/finalize': {
    outer: 'plan',
    slots: { 'path.versionId': (own) => own.draftVersionId, 'body.meetingId': (own) => own.meetingId },
    body: () => ({ effectiveFrom: '2026-09-01' }),
  },
  'GET /api/v1/plans/{id}/compare': {
    outer: 'plan',
    slots: { 'query.from': (own) => own.finalVersionId, 'query.to': (own) => own.draftVersionId },
  },
  'GET /api/v1/plans/{id}/versions/{versionId}/history': {
    outer: 'plan',
    slots: { 'path.versionId': (own) => own.finalVersionId },
  },
  'DELETE /api/v1/students/{id}/events/{eventId}': {
    outer: 'student',
    slots: { 'path.eventId': (own) => own.spareEventId },
    okStatus: 204,
  },
  'GET /api/v1/plans/{id}/goals/{goalId}/progress': {
    outer: 'plan',
    slots: { 'path.goalId': (own) => own.goal.id, 'query.versionId': (own) => own.finalVersionId },
    query: { asOf: '2026-03-01' },
  },
  'GET /api/v1/plans/{id}/goals/{goalId}/points': {
    outer: 'plan',
    slots: { 'path.goalId': (own) => own.goal.id },
  },
  'POST /api/v1/plans/{id}/goals/{goalId}/points': {
    outer: 'plan',
    slots: { 'path.goalId': (own) => own.goal.id },
    body: () => ({ date: '2026-02-02', value: 25 }),
    okStatus: 201,
  },
  'POST /api/v1/plans/{id}/goals/{goalId}/points/import': {
    outer: 'plan',
    slots: { 'path.goalId': (own) => own.goal.id },
    // Not a dry run: the import that writes is the one that must not write into another child's goal.
    query: { dryRun: 'false' },
    body: () => ({ csv: 'date,value\n2026-02-03,26\n' }),
    okStatus: 201,
  },
  'GET /api/v1/plans/{id}/goals/{goalId}/phase-changes': {
    outer: 'plan',
    slots: { 'path.goalId': (own) => own.goal.id },
  },
  'POST /api/v1/plans/{id}/goals/{goalId}/phase-changes': {
    outer: 'plan',
    slots: { 'path.goalId': (own) => own.goal.id },
    body: () => ({ date: '2026-02-04', label: 'Repeated reading' }),
    okStatus: 201,
  },
  'GET /api/v1/students/{id}/letters/{letterId}/translation': {
    outer: 'student',
    slots: { 'path.letterId': (own) => own.letterId },
    query: { language: 'zh-Hans' },
  },
  'GET /api/v1/students/{id}/letters/{letterId}/translation.pdf': {
    outer: 'student',
    slots: { 'path.letterId': (own) => own.letterId },
    query: { language: 'ar' },
  },
  'GET /api/v1/plans/{id}/progress-report.pdf': {
    outer: 'plan',
    slots: { 'query.versionId': (own) => own.finalVersionId },
    query: { from: '2026-01-01', to: '2026-03-01' },
  },
};

interface OpenApiOperation {
  readonly parameters?: readonly { readonly in: string; readonly name: string }[];
  readonly requestBody?: { readonly content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}

/** A body field that names a record: `familyId`, `meetingId`, … (nested objects are the caller's own content). */
const isIdName = (name: string): boolean => name === 'id' || name.endsWith('Id');

/**
 * The inner id slots of each operation in the document: path parameters other than `{id}`, body fields named
 * like ids, and query parameters not known to be something else (a new query parameter must be classified,
 * here or in NESTED, before this test passes).
 */
function innerSlotsOf(route: string, operation: OpenApiOperation): Slot[] {
  const slots: Slot[] = [];
  for (const parameter of operation.parameters ?? []) {
    const pathSlot: Slot = `path.${parameter.name}`;
    if (parameter.in === 'path' && parameter.name !== 'id' && !NOT_ID_PATH_OF_ROUTE.has(`${route} ${pathSlot}`))
      slots.push(pathSlot);
    if (parameter.in !== 'query') continue;
    const slot: Slot = `query.${parameter.name}`;
    if (NOT_ID_QUERY.has(parameter.name) || NOT_ID_QUERY_OF_ROUTE.has(`${route} ${slot}`)) continue;
    slots.push(slot);
  }
  const properties = operation.requestBody?.content?.['application/json']?.schema?.properties ?? {};
  for (const name of Object.keys(properties)) if (isIdName(name)) slots.push(`body.${name}`);
  return slots.sort();
}

let t: TestApp;
let openApi: { paths: Record<string, Record<string, OpenApiOperation>> };
let people: { owner: TestUser; coParent: TestUser; advocate: TestUser; removedAdvocate: TestUser; other: TestUser };
/** Ana and Luis: siblings of the Lopez family. Zora: the Zamora family's child. */
let ana: ChildIds;
let luis: ChildIds;
let zora: ChildIds;

beforeAll(async () => {
  t = await createTestApp({ config: { dataDir: inMemoryDataDir() } });
  const person = (name: string, email: string) => signUp(t.app, { name, email });
  people = {
    owner: await person('Carmen Lopez', 'carmen.lopez@example.org'),
    coParent: await person('Diego Lopez', 'diego.lopez@example.org'),
    advocate: await person('Ruth Adeyemi', 'ruth.adeyemi@example.org'),
    removedAdvocate: await person('Omar Haddad', 'omar.haddad@example.org'),
    other: await person('Beatriz Zamora', 'beatriz.zamora@example.org'),
  };
  const anaChild = await addChild(people.owner, 'Ana', 'Lopez', 'Harbor View Elementary (fictional)');
  const luisChild = await siblingOf(people.owner, anaChild.familyId, 'Luis');
  const zoraChild = await addChild(people.other, 'Zora', 'Zamora', 'Cedar Ridge Middle (fictional)');
  ana = await populateChild(people.owner, anaChild, 'Ana');
  luis = await populateChild(people.owner, luisChild, 'Luis');
  zora = await populateChild(people.other, zoraChild, 'Zora');
  // Invited for Ana only: Luis is a sibling they may not see.
  await share(people.owner, ana.studentId, people.coParent, 'co-parent');
  await share(people.owner, ana.studentId, people.advocate, 'advocate');
  // Omar was the advocate of both; he read Luis's plan (so knows its ids), then lost his access to Luis.
  await share(people.owner, ana.studentId, people.removedAdvocate, 'advocate');
  await share(people.owner, luis.studentId, people.removedAdvocate, 'advocate');
  const seen = await people.removedAdvocate.inject({ method: 'GET', url: `/api/v1/plans/${luis.planId}` });
  expect(seen.statusCode).toBe(200);
  await removeAccess(people.owner, luis.studentId, people.removedAdvocate.id);
  openApi = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  // The documents' words are extracted in the background: done before any test compares tables.
  await t.app.documentTextsIdle();
}, 120_000);
afterAll(async () => {
  await t.close();
});

async function siblingOf(owner: TestUser, familyId: string, givenName: string) {
  const answer = await owner.inject({
    method: 'POST',
    url: '/api/v1/students',
    payload: { ...NEW_SIBLING, givenName, familyId, school: 'Harbor View Elementary (fictional)' },
  });
  expect(answer.statusCode).toBe(201);
  return { id: answer.json<{ id: string }>().id, familyId };
}

async function removeAccess(owner: TestUser, studentId: string, userId: string): Promise<void> {
  const list = await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/access` });
  const grant = list.json<{ people: { grantId: string; userId: string }[] }>().people.find((p) => p.userId === userId);
  if (grant === undefined) throw new Error('setup: no grant to remove');
  const removed = await owner.inject({ method: 'DELETE', url: `/api/v1/access/${grant.grantId}` });
  expect(removed.statusCode).toBe(204);
}

/** The document's operations as `METHOD /path`. */
function documentedRoutes(): Map<string, OpenApiOperation> {
  const routes = new Map<string, OpenApiOperation>();
  for (const [path, operations] of Object.entries(openApi.paths)) {
    for (const [method, operation] of Object.entries(operations))
      routes.set(`${method.toUpperCase()} ${path}`, operation);
  }
  return routes;
}

/** An id nobody has: the answer every other inner id must get. */
const UNKNOWN = 'a6d7c1f0-0000-4000-8000-00000000dead';

/** Sends `route` with the caller's own ids except the inner ids in `inner`. */
function send(
  caller: TestUser,
  route: string,
  outer: ChildIds,
  own: ChildIds,
  inner: Partial<Record<Slot, string>>,
): Promise<LightMyRequestResponse> {
  const spec = NESTED[route];
  if (spec === undefined) throw new Error(`${route}: not in NESTED`);
  const values: Record<string, string> = {};
  for (const [slot, fill] of Object.entries(spec.slots)) values[slot] = inner[slot as Slot] ?? fill(own);
  const [method = 'GET', pattern = ''] = route.split(' ');
  const path = pattern
    .replace('{id}', spec.outer === 'student' ? outer.studentId : outer.planId)
    .replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(values[`path.${name}`] ?? ''));
  const query = new URLSearchParams({ ...spec.query });
  const body: Record<string, unknown> = spec.body?.(own) ?? {};
  for (const [slot, value] of Object.entries(values)) {
    if (slot.startsWith('query.')) query.set(slot.slice('query.'.length), value);
    if (slot.startsWith('body.')) body[slot.slice('body.'.length)] = value;
  }
  const search = query.toString();
  return caller.inject({
    method: method,
    url: search === '' ? path : `${path}?${search}`,
    ...(method === 'GET' ? {} : { payload: body }),
  });
}

/** Each probe: who calls, whose record the route's `{id}` names, and whose ids go in the inner slot. */
interface Probe {
  readonly name: string;
  readonly caller: () => TestUser;
  readonly outer: () => ChildIds;
  readonly inner: () => ChildIds;
}
const PROBES: readonly Probe[] = [
  { name: "the owner, another family's ids", caller: () => people.owner, outer: () => ana, inner: () => zora },
  { name: "a co-parent, another family's ids", caller: () => people.coParent, outer: () => ana, inner: () => zora },
  { name: "an advocate, another family's ids", caller: () => people.advocate, outer: () => ana, inner: () => zora },
  {
    name: "a co-parent of Ana only, her sibling's ids",
    caller: () => people.coParent,
    outer: () => ana,
    inner: () => luis,
  },
  {
    name: "an advocate of Ana only, her sibling's ids",
    caller: () => people.advocate,
    outer: () => ana,
    inner: () => luis,
  },
  {
    name: 'an advocate removed from the sibling, ids it once saw',
    caller: () => people.removedAdvocate,
    outer: () => ana,
    inner: () => luis,
  },
];

/** The start of an answer, enough to read a failure by. */
const short = (body: string): string => (body.length > 160 ? `${body.slice(0, 160)}…` : body);

/** What of a child must never appear in an answer to someone who may not see that child. */
function secretsOf(child: ChildIds): string[] {
  return [child.givenName, child.goal.statement, child.goal.id, child.meetingId, child.finalVersionId];
}

describe('routes with nested ids', () => {
  it('are every route the app registers with an id besides :id, and each is one this test knows how to fill', () => {
    const documented = documentedRoutes();
    const nested = [...documented].filter(([route, operation]) => innerSlotsOf(route, operation).length > 0);
    const problems: string[] = [];
    for (const [route, operation] of nested) {
      const spec = NESTED[route];
      if (spec === undefined) {
        problems.push(`${route}: ids ${innerSlotsOf(route, operation).join(', ')} — add it to NESTED`);
        continue;
      }
      const known = Object.keys(spec.slots).sort();
      if (known.join() !== innerSlotsOf(route, operation).join()) {
        problems.push(
          `${route}: the document has ${innerSlotsOf(route, operation).join(', ')}; NESTED fills ${known.join(', ')}`,
        );
      }
    }
    for (const route of Object.keys(NESTED)) {
      if (!documented.has(route)) problems.push(`${route}: in NESTED but not in the OpenAPI document`);
    }
    // A route hidden from the document (or registered under another name) with a second path parameter.
    for (const { method, url } of registered) {
      if (method === 'HEAD' || !url.startsWith('/api/v1/')) continue;
      const params = [...url.matchAll(/:(\w+)/g)].map((m) => m[1]).filter((name) => name !== 'id');
      const route = `${method} ${url.replace(/:(\w+)/g, '{$1}')}`;
      if (params.length > 0 && !documented.has(route)) problems.push(`${route}: registered, not documented`);
    }
    expect(problems).toEqual([]);
    expect(nested.length).toBeGreaterThanOrEqual(Object.keys(NESTED).length);
  });

  it("answer another family's, a hidden sibling's and a revoked grant's inner ids exactly like an unknown id, writing nothing", async () => {
    const before = await childRecordTables(t.database);
    const failures: string[] = [];
    let probes = 0;
    const sharedWithOuter: string[] = [];
    for (const route of Object.keys(NESTED)) {
      const spec = NESTED[route];
      if (spec === undefined) continue;
      for (const [name, fill] of Object.entries(spec.slots)) {
        const slot = name as Slot;
        for (const probe of PROBES) {
          const caller = probe.caller();
          const outer = probe.outer();
          const foreign = probe.inner();
          const where = `${route} ${slot} — ${probe.name}`;
          const foreignId = fill(foreign);
          if (foreignId === fill(outer)) {
            // Siblings share their family: its id is no other child's record (the matrix tests who may add to it).
            sharedWithOuter.push(where);
            continue;
          }
          const unknown = await send(caller, route, outer, outer, { [slot]: UNKNOWN });
          const seq = await lastAuditSeq(t.database.db);
          const answer = await send(caller, route, outer, outer, { [slot]: foreignId });
          probes += 1;
          if (answer.statusCode !== 404) failures.push(`${where}: ${String(answer.statusCode)} ${short(answer.body)}`);
          if (answer.body !== unknown.body)
            failures.push(`${where}: ${short(answer.body)} ≠ unknown id's ${short(unknown.body)}`);
          const leaked = secretsOf(foreign).filter((secret) => answer.body.includes(secret));
          if (leaked.length > 0) failures.push(`${where}: leaked ${leaked.join(', ')}`);
          if (caller === people.owner) {
            // The owner passes the access check, so the 404 is the inner id's own: audited `failed`, not `denied`.
            const outcomes = (await auditEntriesAfter(t.database.db, seq)).map((entry) => entry.outcome);
            if (outcomes.join() !== 'failed') failures.push(`${where}: audited ${outcomes.join() || 'nothing'}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sharedWithOuter).toEqual(
      PROBES.filter((probe) => probe.inner() === luis).map(
        (probe) => `POST /api/v1/students body.familyId — ${probe.name}`,
      ),
    );
    const slots = Object.values(NESTED).reduce((sum, spec) => sum + Object.keys(spec.slots).length, 0);
    expect(probes).toBe(slots * PROBES.length - sharedWithOuter.length);
    expect(await childRecordTables(t.database)).toEqual(before);
  });

  it('answer the removed advocate with the sibling’s own ids exactly like unknown ones', async () => {
    const failures: string[] = [];
    for (const route of Object.keys(NESTED)) {
      const spec = NESTED[route];
      if (spec === undefined || spec.outer === 'none') continue;
      const unknownIds: Partial<Record<Slot, string>> = {};
      for (const slot of Object.keys(spec.slots)) unknownIds[slot as Slot] = UNKNOWN;
      const unknownPlan = { ...luis, planId: UNKNOWN, studentId: UNKNOWN };
      const unknown = await send(people.removedAdvocate, route, unknownPlan, luis, unknownIds);
      const answer = await send(people.removedAdvocate, route, luis, luis, {});
      if (answer.statusCode !== 404 || answer.body !== unknown.body) {
        failures.push(`${route}: ${String(answer.statusCode)} ${short(answer.body)} (unknown: ${short(unknown.body)})`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answer the owner with her own ids (so each 404 above came from the one foreign id)', async () => {
    const statuses: Record<string, number> = {};
    const expected: Record<string, number> = {};
    for (const [route, spec] of Object.entries(NESTED)) {
      statuses[route] = (await send(people.owner, route, ana, ana, {})).statusCode;
      expected[route] = spec.okStatus ?? 200;
    }
    expect(statuses).toEqual(expected);
  });
});

describe('finalize', () => {
  it('refuses a meeting that is not a meeting of the plan’s child with 404 naming meetingId, and writes nothing', async () => {
    const before = await childRecordTables(t.database);
    const plan = await people.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${ana.studentId}/plans`,
      payload: { framework: '504' },
    });
    expect(plan.statusCode).toBe(201);
    const { id: planId, versions } = plan.json<{ id: string; versions: { id: string }[] }>();
    const url = `/api/v1/plans/${planId}/versions/${versions[0]?.id ?? ''}/finalize`;
    const afterDraft = await childRecordTables(t.database);
    const answer = await people.owner.inject({
      method: 'POST',
      url,
      payload: { effectiveFrom: '2026-09-01', meetingId: luis.meetingId },
    });
    expect(answer.statusCode).toBe(404);
    expect(answer.json()).toEqual({
      error: {
        code: 'not-found',
        message: 'meeting not found',
        issues: [{ field: 'meetingId', message: 'not a meeting of this child' }],
      },
    });
    expect(await childRecordTables(t.database)).toEqual(afterDraft);
    expect(afterDraft).not.toEqual(before);
    const own = await people.owner.inject({
      method: 'POST',
      url,
      payload: { effectiveFrom: '2026-09-01', meetingId: ana.meetingId },
    });
    expect(own.statusCode).toBe(200);
    expect(own.json<{ versions: { meetingId: string | null }[] }>().versions[0]?.meetingId).toBe(ana.meetingId);
  });
});

describe('a document’s links', () => {
  it('refuse a meeting or communication of another child exactly like an unknown id (404 naming the link), writing nothing', async () => {
    const before = await childRecordTables(t.database);
    const form = (links: unknown) =>
      multipartBody(
        { kind: 'iep', date: '2026-10-14', title: 'IEP', links: JSON.stringify(links) },
        { name: 'iep.txt', bytes: Buffer.from('IEP (fictional)\n') },
      );
    const upload = (caller: TestUser, links: unknown) =>
      caller.inject({ method: 'POST', url: `/api/v1/students/${ana.studentId}/documents`, ...form(links) });
    const revise = (caller: TestUser, links: unknown) =>
      caller.inject({
        method: 'PUT',
        url: `/api/v1/documents/${ana.documentId}`,
        payload: { kind: 'iep', date: '2026-10-14', title: 'IEP', links },
      });
    for (const kind of ['meeting', 'communication'] as const) {
      const idOf = (child: ChildIds) => (kind === 'meeting' ? child.meetingId : child.communicationId);
      for (const write of [upload, revise]) {
        const unknown = await write(people.owner, [{ kind, id: UNKNOWN }]);
        expect(unknown.statusCode).toBe(404);
        expect(unknown.json()).toEqual({
          error: {
            code: 'not-found',
            message: `${kind} not found`,
            issues: [{ field: 'links[0].id', message: `not a ${kind} of this child` }],
          },
        });
        for (const foreign of [zora, luis]) {
          const answer = await write(people.coParent, [{ kind, id: idOf(foreign) }]);
          expect(answer.body).toBe(unknown.body);
        }
      }
    }
    expect(await childRecordTables(t.database)).toEqual(before);
    const own = await revise(people.owner, [{ kind: 'meeting', id: ana.meetingId }]);
    expect(own.statusCode).toBe(200);
  });
});

describe('a goal id copied from another family into one’s own plan', () => {
  it('names only the goal of one’s own plan: none of the other family’s scores or changes come back', async () => {
    await newDraftWithGoals(people.owner, ana.planId, [ana.goal, { ...ana.goal, id: zora.goal.id }]);
    const goalUrl = `/api/v1/plans/${ana.planId}/goals/${zora.goal.id}`;
    const zoraUrl = `/api/v1/plans/${zora.planId}/goals/${zora.goal.id}`;
    const zoraBefore = await people.other.inject({ method: 'GET', url: `${zoraUrl}/points` });
    expect(zoraBefore.json<{ points: unknown[] }>().points).toHaveLength(1);
    const points = await people.owner.inject({ method: 'GET', url: `${goalUrl}/points` });
    const changes = await people.owner.inject({ method: 'GET', url: `${goalUrl}/phase-changes` });
    expect(points.json()).toEqual({ points: [] });
    expect(changes.json()).toEqual({ phaseChanges: [] });
    const recorded = await people.owner.inject({
      method: 'POST',
      url: `${goalUrl}/points`,
      payload: { date: '2026-02-09', value: 33 },
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({ studentId: ana.studentId, planId: ana.planId, goalId: zora.goal.id });
    const zoraAfter = await people.other.inject({ method: 'GET', url: `${zoraUrl}/points` });
    expect(zoraAfter.json()).toEqual(zoraBefore.json());
  });
});

/** Saves `goals` in the plan's draft, amending first when its last version is final. */
async function newDraftWithGoals(owner: TestUser, planId: string, goals: unknown[]): Promise<void> {
  const plan = await owner.inject({ method: 'GET', url: `/api/v1/plans/${planId}` });
  let versions = plan.json<{ versions: { id: string; status: string }[] }>().versions;
  if (!versions.some((v) => v.status === 'draft')) {
    const amended = await owner.inject({ method: 'POST', url: `/api/v1/plans/${planId}/amend`, payload: {} });
    expect(amended.statusCode).toBe(201);
    versions = amended.json<{ versions: { id: string; status: string }[] }>().versions;
  }
  const draft = versions.find((v) => v.status === 'draft')?.id ?? '';
  const saved = await owner.inject({
    method: 'PUT',
    url: `/api/v1/plans/${planId}/versions/${draft}/content`,
    payload: { content: { goals } },
  });
  expect(saved.statusCode).toBe(200);
}

describe('a record’s history', () => {
  it('is read only for the kind of record its route names: an id of any other of the child’s records is unknown', async () => {
    // The caller's own records, by the path segment whose history route they belong to.
    const own: Record<string, string> = {
      students: ana.studentId,
      plans: ana.planId,
      versions: ana.finalVersionId,
      meetings: ana.meetingId,
      events: ana.eventId,
      communications: ana.communicationId,
      documents: ana.documentId,
      'school-people': ana.schoolPersonId,
      'progress-points': ana.pointId,
      'phase-changes': ana.phaseChangeId,
    };
    const routes = [...documentedRoutes().keys()].filter((route) =>
      /^GET \/api\/v1\/[\w-]+\/\{id\}\/history$/.test(route),
    );
    expect(routes.length).toBeGreaterThanOrEqual(6);
    const answered: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    for (const route of routes) {
      const pattern = route.slice('GET '.length);
      const call = (id: string) => people.owner.inject({ method: 'GET', url: pattern.replace('{id}', id) });
      const unknown = await call(UNKNOWN);
      expect(unknown.statusCode).toBe(404);
      answered[route] = [];
      for (const [kind, id] of Object.entries(own)) {
        if ((await call(id)).body !== unknown.body) answered[route].push(kind);
      }
      expected[route] = [pattern.split('/')[3] ?? ''];
    }
    expect(answered).toEqual(expected);
  });
});
