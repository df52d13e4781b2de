import type { Kysely } from 'kysely';
import { VIEW_ACTIONS } from '../../core/audit/activity-lines';
import {
  BINDER_ITSELF,
  NOT_SIGNED_IN,
  type ActivityKind,
  type ActivityPerson,
  type AuditTrailEntry,
} from '../../core/schemas/audit-trail';
import type { DatabaseSchema } from './schema';

type Db = Kysely<DatabaseSchema>;

/** Which entries of a child's trail to list: one person's, one kind's (viewed / changed / refused). */
export interface AuditTrailFilter {
  readonly person: string | null;
  readonly kind: ActivityKind | null;
}

/**
 * Up to `limit` of a child's audit entries numbered below `before` (all when null), newest first, with the
 * actor's current name (null when the account was deleted; the e-mail recorded at the time stays). The kinds
 * are those of core/audit/activity-lines.ts (activityKindOf), said in SQL.
 */
export async function listAuditEntriesOfStudent(
  db: Db,
  studentId: string,
  page: { before: number | null; limit: number },
  filter: AuditTrailFilter = { person: null, kind: null },
): Promise<AuditTrailEntry[]> {
  let query = db
    .selectFrom('audit_entries as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .select([
      'a.seq',
      'a.at',
      'a.actor_user_id',
      'u.name',
      'a.actor_email',
      'a.actor_role',
      'a.entity',
      'a.action',
      'a.route',
      'a.outcome',
      'a.count',
    ])
    .where('a.student_id', '=', studentId);
  if (page.before !== null) query = query.where('a.seq', '<', page.before);
  if (filter.person === NOT_SIGNED_IN || filter.person === BINDER_ITSELF) {
    query = query.where('a.actor_user_id', 'is', null).where('a.actor_role', '=', filter.person);
  } else if (filter.person !== null) {
    query = query.where('a.actor_user_id', '=', filter.person);
  }
  if (filter.kind === 'refused') query = query.where('a.outcome', '=', 'denied');
  else if (filter.kind === 'viewed')
    query = query.where('a.outcome', '<>', 'denied').where('a.action', 'in', VIEW_ACTIONS);
  else if (filter.kind === 'changed') {
    query = query.where('a.outcome', '<>', 'denied').where('a.action', 'not in', VIEW_ACTIONS);
  }
  const rows = await query.orderBy('a.seq', 'desc').limit(page.limit).execute();
  return rows.map((row) => ({
    // bigint: PostgreSQL hands it back as a string.
    seq: Number(row.seq),
    at: row.at,
    actorUserId: row.actor_user_id,
    actorName: row.name,
    actorEmail: row.actor_email,
    actorRole: row.actor_role,
    entity: row.entity,
    action: row.action,
    route: row.route,
    outcome: row.outcome,
    count: row.count,
  }));
}

/**
 * Everyone on a child's trail, for the activity log's person filter: each account by its current name (or
 * the e-mail recorded last), then `anonymous` and `system` when they appear.
 */
export async function listPeopleOnTrail(db: Db, studentId: string): Promise<ActivityPerson[]> {
  const rows = await db
    .selectFrom('audit_entries as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .select(({ fn }) => ['a.actor_user_id', 'a.actor_role', 'u.name', fn.max('a.actor_email').as('email')])
    .where('a.student_id', '=', studentId)
    .groupBy(['a.actor_user_id', 'a.actor_role', 'u.name'])
    .execute();
  const people = new Map<string, ActivityPerson>();
  for (const row of rows) {
    if (row.actor_user_id !== null) {
      people.set(row.actor_user_id, { id: row.actor_user_id, name: row.name, email: row.email });
    } else if (row.actor_role === NOT_SIGNED_IN || row.actor_role === BINDER_ITSELF) {
      people.set(row.actor_role, { id: row.actor_role, name: null, email: null });
    }
  }
  const order = (person: ActivityPerson) => (person.id === NOT_SIGNED_IN ? 1 : person.id === BINDER_ITSELF ? 2 : 0);
  return [...people.values()].sort(
    (a, b) =>
      order(a) - order(b) ||
      (a.name ?? a.email ?? '').localeCompare(b.name ?? b.email ?? '') ||
      a.id.localeCompare(b.id),
  );
}

/** Every account, oldest first, with whether it administers the deployment. */
export async function listUsersWithAdminFlag(
  db: Db,
): Promise<{ id: string; name: string; email: string; createdAt: Date | string; isAdmin: boolean }[]> {
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('administrators as a', 'a.user_id', 'u.id')
    .select(['u.id', 'u.name', 'u.email', 'u.created_at', 'a.user_id as admin_id'])
    .orderBy('u.created_at')
    .orderBy('u.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    createdAt: row.created_at,
    isAdmin: row.admin_id !== null,
  }));
}
