import { sql, type Kysely } from 'kysely';
import type { AccessRole } from '../../core/schemas/access-role';
import type { DatabaseSchema } from '../db/schema';

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

/** Whose record it is, and what the caller may be to that child. */
export interface RecordAccess {
  /** The child the record belongs to; null when there is no such record. */
  readonly studentId: string | null;
  /** The caller's grant for that child; null without one (or when signed out). */
  readonly role: AccessRole | null;
}

/**
 * The child a record belongs to and the caller's role for that child, in one query: it runs before every
 * request that touches a child's record, so it is one indexed lookup joined to the grant, not two. A deleted
 * progress point or phase change still has its history (GET …/:id/history shows the deletion), so its child
 * is found there.
 */
export async function accessToRecord(
  db: Kysely<DatabaseSchema>,
  kind: RecordKind,
  id: string,
  userId: string | null,
): Promise<RecordAccess> {
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
  if (row !== undefined) return { studentId: row.studentId, role: userId === null ? null : row.role };
  if (kind !== 'progress-point' && kind !== 'phase-change') return { studentId: null, role: null };
  const history = await db
    .selectFrom('record_history as h')
    .leftJoin('student_access as a', (join) =>
      join.onRef('a.student_id', '=', 'h.student_id').on('a.user_id', '=', userId ?? ''),
    )
    .select(['h.student_id as studentId', 'a.role'])
    .where('h.entity', '=', kind)
    .where('h.entity_id', '=', id)
    .executeTakeFirst();
  if (history === undefined) return { studentId: null, role: null };
  return { studentId: history.studentId, role: userId === null ? null : history.role };
}
