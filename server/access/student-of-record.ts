import type { Kysely } from 'kysely';
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

/**
 * The child a record belongs to, or null when there is no such record. A deleted progress point or phase
 * change still has its history (GET …/:id/history shows the deletion), so its child is found there.
 */
export async function studentOfRecord(
  db: Kysely<DatabaseSchema>,
  kind: RecordKind,
  id: string,
): Promise<string | null> {
  if (kind === 'student') {
    const row = await db.selectFrom('students').select('id').where('id', '=', id).executeTakeFirst();
    return row?.id ?? null;
  }
  // Every table but students has a student_id column; the cast names one of them for the type checker.
  const table = RECORD_TABLES[kind] as 'plans';
  const row = await db.selectFrom(table).select('student_id').where('id', '=', id).executeTakeFirst();
  if (row !== undefined) return row.student_id;
  if (kind !== 'progress-point' && kind !== 'phase-change') return null;
  const history = await db
    .selectFrom('record_history')
    .select('student_id')
    .where('entity', '=', kind)
    .where('entity_id', '=', id)
    .executeTakeFirst();
  return history?.student_id ?? null;
}
