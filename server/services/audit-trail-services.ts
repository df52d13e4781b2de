import { groupActivity } from '../../core/audit/activity-lines';
import type { AdminUser, AuditTrailPage, AuditTrailQuery } from '../../core/schemas/audit-trail';
import type { Database } from '../db/database';
import { listAuditEntriesOfStudent, listPeopleOnTrail, listUsersWithAdminFlag } from '../db/audit-trail-queries';
import { requireStudent } from './require-record';

/**
 * One page of "who looked at or changed my child's record" (FERPA 34 CFR 99.32, IDEA 300.614), newest
 * first, of one person and one kind when asked: the entries as recorded and grouped into lines, and everyone
 * on the trail for the filter. One extra entry is read to know whether an older page exists. A page view whose
 * reads straddle two pages shows as two lines.
 */
export async function getAuditTrail(
  database: Database,
  studentId: string,
  query: AuditTrailQuery,
): Promise<AuditTrailPage> {
  await requireStudent(database.db, studentId);
  const rows = await listAuditEntriesOfStudent(
    database.db,
    studentId,
    { before: query.before ?? null, limit: query.limit + 1 },
    { person: query.person ?? null, kind: query.kind ?? null },
  );
  const entries = rows.slice(0, query.limit);
  const hasOlder = rows.length > query.limit;
  return {
    entries,
    lines: groupActivity(entries),
    people: await listPeopleOnTrail(database.db, studentId),
    nextBefore: hasOlder ? (entries.at(-1)?.seq ?? null) : null,
  };
}

/** Every account, for the administrator (no access to any child's record comes with it). */
export async function listUsers(database: Database): Promise<AdminUser[]> {
  const users = await listUsersWithAdminFlag(database.db);
  // better-auth stores a timestamp on PostgreSQL and ISO text on SQLite: answer ISO text either way.
  return users.map((user) => ({ ...user, createdAt: new Date(user.createdAt).toISOString() }));
}
