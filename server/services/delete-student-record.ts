import type { Transaction } from 'kysely';
import { AppError } from '../app-error';
import type { AuditRecorder } from '../audit/audit-recorder';
import { auditedTransaction } from '../audit/audited-transaction';
import type { Database } from '../db/database';
import type { DatabaseSchema } from '../db/schema';
import { requireStudent } from './require-record';

/**
 * Every table holding rows about one child in a `student_id` column, in an order that respects the foreign
 * keys (rows that point at plans go before the plans). Deleted explicitly rather than left to ON DELETE
 * CASCADE: record_history has no foreign key, and an explicit list is what the residual-data test checks.
 */
const CHILD_TABLES = [
  'progress_points',
  'phase_changes',
  'derived_deadlines',
  'letters',
  'guide_answers',
  'case_events',
  'meetings',
  'communications',
  'student_comments',
  'service_logs',
  'student_calendars',
  'invitations',
  'student_access',
  'record_history',
  'plans',
] as const satisfies readonly (keyof DatabaseSchema)[];

/**
 * Deletes a child's whole record at the family's request (IDEA 34 CFR 300.624; SOPIPA; the NDPA's
 * disposition clause): every row about the child in one transaction, the family too when no child is left,
 * and the audit entry of the deletion. The audit trail itself stays: it is the record of access, kept
 * append-only, and names the child only by id. Binder stores no files yet (PDFs are made on demand), so
 * there is nothing on disk to remove; when uploads arrive, they must be deleted here too.
 *
 * `confirmGivenName` must be the child's given name as written in the record: a second, deliberate step.
 */
export async function deleteStudentRecord(
  database: Database,
  studentId: string,
  confirmGivenName: string,
  audit: AuditRecorder,
): Promise<void> {
  await auditedTransaction(database, audit, async (trx) => {
    const student = await requireStudent(trx, studentId);
    if (confirmGivenName.trim() !== student.givenName.trim()) {
      throw AppError.invalidInput([
        { field: 'confirmGivenName', message: 'type the child’s given name exactly as it appears in the record' },
      ]);
    }
    await deleteChildRows(trx, studentId);
    await trx.deleteFrom('students').where('id', '=', studentId).execute();
    const sibling = await trx
      .selectFrom('students')
      .select('id')
      .where('family_id', '=', student.familyId)
      .executeTakeFirst();
    if (sibling === undefined) await trx.deleteFrom('families').where('id', '=', student.familyId).execute();
  });
}

async function deleteChildRows(trx: Transaction<DatabaseSchema>, studentId: string): Promise<void> {
  // Plan versions hang off plans, not the child: delete them through the child's plans first.
  const plans = trx.selectFrom('plans').select('id').where('student_id', '=', studentId);
  await trx.deleteFrom('plan_versions').where('plan_id', 'in', plans).execute();
  for (const table of CHILD_TABLES) {
    // Every table listed has a student_id column; the cast names one of them for the type checker.
    await trx
      .deleteFrom(table as 'letters')
      .where('student_id', '=', studentId)
      .execute();
  }
}
