import type { Kysely } from 'kysely';
import type { AuditTrailEntry } from '../../core/schemas/audit-trail';
import type { DatabaseSchema } from './schema';

type Db = Kysely<DatabaseSchema>;

/**
 * Up to `limit` of a child's audit entries numbered below `before` (all when null), newest first, with the
 * actor's current name (null when the account was deleted; the e-mail recorded at the time stays).
 */
export async function listAuditEntriesOfStudent(
  db: Db,
  studentId: string,
  page: { before: number | null; limit: number },
): Promise<AuditTrailEntry[]> {
  let query = db
    .selectFrom('audit_entries as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .select([
      'a.seq',
      'a.at',
      'u.name',
      'a.actor_email',
      'a.actor_role',
      'a.entity',
      'a.action',
      'a.route',
      'a.outcome',
    ])
    .where('a.student_id', '=', studentId);
  if (page.before !== null) query = query.where('a.seq', '<', page.before);
  const rows = await query.orderBy('a.seq', 'desc').limit(page.limit).execute();
  return rows.map((row) => ({
    // bigint: PostgreSQL hands it back as a string.
    seq: Number(row.seq),
    at: row.at,
    actorName: row.name,
    actorEmail: row.actor_email,
    actorRole: row.actor_role,
    entity: row.entity,
    action: row.action,
    route: row.route,
    outcome: row.outcome,
  }));
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
