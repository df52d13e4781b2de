import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema';

/**
 * Every table holding rows about one child in a `student_id` column, in an order that respects the foreign
 * keys (rows that point at plans go before the plans). Deleted explicitly rather than left to ON DELETE
 * CASCADE: record_history has no foreign key, and an explicit list is what the residual-data test checks.
 */
const CHILD_TABLES = [
  'progress_points',
  'phase_changes',
  'derived_deadlines',
  'deadline_computations',
  'letters',
  'guide_answers',
  'case_events',
  'meetings',
  'communications',
  'documents',
  'school_people',
  'student_comments',
  'service_logs',
  'student_calendars',
  'invitations',
  'calendar_feeds',
  'student_access',
  'record_history',
  'plans',
] as const satisfies readonly (keyof DatabaseSchema)[];

/**
 * Deletes every row about one child, then the child, then the family when no other child is left in it. Call
 * inside the transaction that also records the deletion's audit entry.
 */
export async function deleteStudentAndRows(
  db: Kysely<DatabaseSchema>,
  student: { id: string; familyId: string },
): Promise<void> {
  // Plan versions hang off plans, not the child: delete them through the child's plans first.
  const plans = db.selectFrom('plans').select('id').where('student_id', '=', student.id);
  await db.deleteFrom('plan_versions').where('plan_id', 'in', plans).execute();
  for (const table of CHILD_TABLES) {
    // Every table listed has a student_id column; the cast names one of them for the type checker.
    await db
      .deleteFrom(table as 'letters')
      .where('student_id', '=', student.id)
      .execute();
  }
  await db.deleteFrom('students').where('id', '=', student.id).execute();
  const sibling = await db
    .selectFrom('students')
    .select('id')
    .where('family_id', '=', student.familyId)
    .executeTakeFirst();
  if (sibling === undefined) await db.deleteFrom('families').where('id', '=', student.familyId).execute();
}
