import { randomUUID } from 'node:crypto';
import { planInEffect } from '../../core/case/plan-in-effect';
import type { Student, StudentInput, StudentPatch } from '../../core/schemas/student';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { insertFamilyRow } from '../db/family-queries';
import { insertGrant, isFamilyParent } from '../db/access-queries';
import { listPlanSpansOfStudent } from '../db/plan-queries';
import { findStudentWithPlanSpans, insertStudent, updateStudent, type StudentRow } from '../db/student-queries';
import { requireStudent } from './require-record';
import { recordedWrite, type WriteContext } from './recorded-write';

async function withPlanInEffect(db: Database['db'], row: StudentRow, today: string): Promise<Student> {
  const plans = await listPlanSpansOfStudent(db, row.id);
  return { ...row, planInEffect: planInEffect(plans, today) };
}

/**
 * Adds a child, in a new family unless one of the caller's families is named, makes the caller the child's
 * owner, and records the first history entry and the audit entry, all in one transaction.
 */
export async function createStudent(
  options: WriteContext & {
    readonly input: StudentInput & { familyId?: string | undefined };
    readonly ownerUserId: string;
  },
): Promise<Student> {
  const { input, ownerUserId } = options;
  return recordedWrite(
    options,
    async ({ trx, at, changed }) => {
      let familyId = input.familyId;
      if (familyId === undefined) {
        familyId = randomUUID();
        await insertFamilyRow(trx, { id: familyId, name: `${input.familyName} family`, isDemo: false, createdAt: at });
      } else if (!(await isFamilyParent(trx, familyId, ownerUserId))) {
        // Someone else's family, or none: the same answer either way.
        throw AppError.notFound('family');
      }
      const id = randomUUID();
      await insertStudent(trx, { ...input, id, familyId, at });
      await insertGrant(trx, { studentId: id, userId: ownerUserId, role: 'owner', grantedBy: null, at });
      const row = await requireStudent(trx, id);
      await changed({ entity: 'student', entityId: id, studentId: id, action: 'create', data: row });
      return { ...row, planInEffect: null, accessRole: 'owner' as const };
    },
    (student) => ({ studentId: student.id }),
  );
}

export async function getStudent(database: Database, clock: Clock, studentId: string): Promise<Student> {
  const found = await findStudentWithPlanSpans(database.db, studentId);
  if (found === null) throw AppError.notFound('student');
  return { ...found.student, planInEffect: planInEffect(found.plans, clock.today()) };
}

/** Changes some of a child's details; the previous state stays in the history. */
export async function patchStudent(
  options: WriteContext & { readonly studentId: string; readonly patch: StudentPatch },
): Promise<Student> {
  const { studentId, patch } = options;
  return recordedWrite(options, async ({ trx, at, today, changed }) => {
    const current = await requireStudent(trx, studentId);
    const next: StudentRow = { ...current, ...patch, updatedAt: at };
    await updateStudent(trx, next);
    await changed({ entity: 'student', entityId: studentId, studentId, action: 'update', data: next });
    return withPlanInEffect(trx, next, today);
  });
}
