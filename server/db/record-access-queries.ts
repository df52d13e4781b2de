import { sql, type Kysely } from 'kysely';
import type { AccessRole } from '../../core/schemas/access-role';
import type { DatabaseSchema } from './schema';

/** The kinds of record a route's `:id` can name; every one of them belongs to exactly one child. */
export const RECORD_TABLES = {
  student: 'students',
  plan: 'plans',
  meeting: 'meetings',
  'case-event': 'case_events',
  communication: 'communications',
  letter: 'letters',
  'progress-point': 'progress_points',
  'phase-change': 'phase_changes',
  comment: 'student_comments',
  'service-log': 'service_logs',
  'access-grant': 'student_access',
  invitation: 'invitations',
} as const satisfies Record<string, keyof DatabaseSchema>;
export type RecordKind = keyof typeof RECORD_TABLES;

/**
 * The child a record belongs to and that child's grant for `userId` (null without one), in one query; a
 * deleted progress point, phase change or case event is found through its history. Null when there is no such record.
 */
export async function findRecordChildAndGrant(
  db: Kysely<DatabaseSchema>,
  kind: RecordKind,
  id: string,
  userId: string | null,
): Promise<{ studentId: string; role: AccessRole | null } | null> {
  // Every table but students has a student_id column; the cast names one of them for the type checker.
  const table = RECORD_TABLES[kind] as 'plans';
  const childColumn = kind === 'student' ? 'r.id' : 'r.student_id';
  const row = await db
    .selectFrom(`${table} as r`)
    .leftJoin('student_access as a', (join) =>
      join.onRef('a.student_id', '=', sql.ref(childColumn)).on('a.user_id', '=', userId ?? ''),
    )
    .select([sql<string>`${sql.ref(childColumn)}`.as('studentId'), 'a.role'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (row !== undefined) return { studentId: row.studentId, role: row.role };
  if (kind !== 'progress-point' && kind !== 'phase-change' && kind !== 'case-event') return null;
  const history = await db
    .selectFrom('record_history as h')
    .leftJoin('student_access as a', (join) =>
      join.onRef('a.student_id', '=', 'h.student_id').on('a.user_id', '=', userId ?? ''),
    )
    .select(['h.student_id as studentId', 'a.role'])
    .where('h.entity', '=', kind)
    .where('h.entity_id', '=', id)
    .executeTakeFirst();
  return history === undefined ? null : { studentId: history.studentId, role: history.role };
}
