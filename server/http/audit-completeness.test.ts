import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesAfter, lastAuditSeq, type AuditRow } from '../../test/helpers/audit-entries';
import {
  createWorld,
  GRANT_ROLES,
  idOf,
  methodOf,
  prepareCell,
  routeTable,
  type Role,
  type RouteRow,
  type Which,
  type World,
} from '../../test/helpers/route-matrix';
import { createTestApp, inMemoryDataDir, TEST_CLOCK, type TestApp } from '../../test/helpers/test-app';
import { verifyAuditChain } from '../audit/verify-audit-chain';

// The record of access (docs/decisions/0009; FERPA 34 CFR 99.32, IDEA 300.614; ASVS v5.0.0
// 16.3.2, 16.4.2–16.4.3): every request that touches a child's record or lists children, allowed or denied,
// leaves exactly one audit entry naming the actor, their role, the child, the action, the route and the outcome;
// the entries cannot be changed by the app, and a change made behind its back is found by the hash chain.

let t: TestApp;
let world: World;
beforeAll(async () => {
  t = await createTestApp({ config: { dataDir: inMemoryDataDir() } });
  world = await createWorld(t);
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** Every route that touches a child or lists children: the rows of the matrix whose calls are audited. */
const AUDITED = routeTable().filter((row) =>
  ['student', 'new-student', 'invitation', 'search', 'calendar-feed'].includes(row.access.kind),
);

interface Call {
  readonly role: Role;
  readonly which: Which;
  readonly allowed: boolean;
}

/** An allowed call, and denied calls: by an unrelated account, by a related role the policy leaves out, anonymous. */
function callsOf(row: RouteRow): Call[] {
  const access = row.access;
  if (access.kind === 'calendar-feed') {
    // The link is the key: anyone holding it is let in, in its maker's name (refusals: calendar-feed-api.test.ts).
    return [{ role: 'owner', which: 'own', allowed: true }];
  }
  if (access.kind !== 'student') {
    return [
      { role: 'owner', which: 'own', allowed: true },
      { role: 'anonymous', which: 'own', allowed: false },
    ];
  }
  const calls: Call[] = [
    { role: access.allow[0] ?? 'owner', which: 'own', allowed: true },
    { role: 'stranger', which: 'other', allowed: false },
    { role: 'co-parent', which: 'other', allowed: false },
    { role: 'anonymous', which: 'own', allowed: false },
  ];
  const leftOut = GRANT_ROLES.filter((role) => !access.allow.includes(role));
  if (leftOut[0] !== undefined) calls.push({ role: leftOut[0], which: 'own', allowed: false });
  return calls;
}

/** The audit role a caller has on the child of the call. */
function roleOnChild(role: Role, which: Which): string {
  if (role === 'anonymous') return 'anonymous';
  if (which === 'own' && (GRANT_ROLES as readonly string[]).includes(role)) return role;
  return 'none';
}

describe.each(AUDITED.map((row) => [row.route, row] as const))('%s', (_route, row) => {
  it('leaves exactly one audit entry per call, allowed or denied, with who, as what, which child and how it ended', async () => {
    for (const call of callsOf(row)) {
      const label = `${call.role} on ${call.which}`;
      const { records, send } = await prepareCell(world, row, call.which, call.role);
      const seq = await lastAuditSeq(t.database.db);
      const response = await send(call.role);
      const entries = await auditEntriesAfter(t.database.db, seq);
      expect(entries, `${label}: ${String(response.statusCode)} ${response.body.slice(0, 200)}`).toHaveLength(1);
      const entry = entries[0] as AuditRow;
      const user = call.role === 'anonymous' ? null : world.users[call.role];
      const access = row.access;

      let expected: Partial<AuditRow>;
      if (access.kind === 'student') {
        expected = {
          studentId: records.studentId,
          entity: access.entity,
          action: access.action,
          actorRole: roleOnChild(call.role, call.which),
        };
        // The entry names the sub-record in the URL (a write may name the record it made instead).
        if (!call.allowed || methodOf(row) === 'GET') {
          expected = {
            ...expected,
            entityId: row.id === undefined || row.id === 'student' ? null : idOf(records, row.id),
          };
        }
        // A read of one letter inside the child's path (its translation) names the letter once it is read.
        if (call.allowed && row.route.includes('/letters/:letterId/')) {
          expected = { ...expected, entityId: records.letterId };
        }
      } else if (access.kind === 'search') {
        expected = {
          studentId: null,
          entity: 'student',
          action: 'search',
          actorRole: call.role === 'anonymous' ? 'anonymous' : 'none',
        };
      } else if (access.kind === 'new-student') {
        // Adding or importing one child names it; the demo adds two and names none.
        const createdId = !call.allowed
          ? null
          : row.route === 'POST /api/v1/students'
            ? response.json<{ id: string }>().id
            : row.route === 'POST /api/v1/students/import'
              ? response.json<{ studentId: string }>().studentId
              : null;
        expected = {
          studentId: createdId,
          entity: 'student',
          action: 'write',
          actorRole: call.allowed ? 'owner' : 'anonymous',
        };
      } else if (access.kind === 'calendar-feed') {
        expected = {
          studentId: records.studentId,
          entity: 'case-event',
          action: 'read',
          actorRole: 'owner',
          entityId: records.feedId,
        };
      } else {
        expected = {
          // The child is named once the token shows which one; an anonymous caller is refused before that.
          studentId: call.allowed ? records.studentId : null,
          entity: 'sharing',
          action: access.kind === 'invitation' ? access.action : '',
          actorRole: call.allowed ? 'none' : 'anonymous',
          ...(call.allowed && row.route.endsWith('/accept') ? { entityId: records.invitationId } : {}),
        };
      }
      const outcome = call.allowed ? (response.statusCode < 400 ? 'allowed' : 'failed') : 'denied';
      expect(entry, label).toMatchObject({
        ...expected,
        route: row.route,
        outcome,
        actorUserId: user?.id ?? null,
        actorEmail: user?.email ?? null,
        at: TEST_CLOCK.now().toISOString(),
      });
      if (call.allowed) expect([401, 403, 404], label).not.toContain(response.statusCode);
      else expect(response.statusCode, label).toBe(call.role === 'anonymous' ? 401 : 404);
    }
  });
});

describe('the audit trail cannot be rewritten unnoticed', () => {
  it('lets the family read the child’s trail, which shows a denied stranger', async () => {
    const { studentId } = world.children.own;
    await world.users.stranger.inject({ method: 'GET', url: `/api/v1/students/${studentId}` });
    const trail = await world.users.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/audit` });
    expect(trail.statusCode).toBe(200);
    expect(trail.body).toContain('sam.whitfield@example.org');
    expect(trail.body).toContain('denied');
  });

  it('refuses UPDATE and DELETE of an entry from the app’s own connection', async () => {
    const db = t.database.db;
    const before = await verifyAuditChain(db);
    expect(before.problems).toEqual([]);
    expect(before.entries).toBe(await lastAuditSeq(db));
    await expect(
      db.updateTable('audit_entries').set({ outcome: 'allowed' }).where('seq', '=', 1).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_entries').where('seq', '=', 2).execute()).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(db)).toEqual(before);
  });

  it('finds a changed entry, a removed entry and a removed newest entry once the triggers are dropped', async () => {
    const db = t.database.db;
    // An attacker with access to the database file or a superuser drops the append-only triggers first.
    if (t.database.dialect === 'postgres') {
      await sql`drop trigger audit_entries_no_update on audit_entries`.execute(db);
    } else {
      await sql`drop trigger audit_entries_no_update`.execute(db);
      await sql`drop trigger audit_entries_no_delete`.execute(db);
    }
    const newest = await lastAuditSeq(db);
    expect(newest).toBeGreaterThan(100);
    const changed = 40;
    const removed = 75;

    // Hide that the stranger was refused: the entry now says the access was allowed.
    await db
      .updateTable('audit_entries')
      .set({ outcome: 'allowed', actor_email: 'someone.else@example.org' })
      .where('seq', '=', changed)
      .execute();
    expect((await verifyAuditChain(db)).problems).toEqual([`entry ${String(changed)} was changed`]);

    await db.deleteFrom('audit_entries').where('seq', '=', removed).execute();
    await db.deleteFrom('audit_entries').where('seq', '=', newest).execute();
    const report = await verifyAuditChain(db);
    expect(report.problems).toEqual([
      `entry ${String(changed)} was changed`,
      `entry ${String(removed)} is missing`,
      `entry ${String(newest)} (the newest) is missing`,
    ]);
    expect(report.entries).toBe(newest - 2);

    // The administrator's check says the same.
    const verify = await world.users.admin.inject({ method: 'GET', url: '/api/v1/admin/audit/verify' });
    expect(verify.statusCode).toBe(200);
    expect(verify.json<{ problems: string[] }>().problems).toEqual(report.problems);
  });
});
