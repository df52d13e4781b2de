import { randomUUID } from 'node:crypto';
import { DEMO_FAMILY, type DemoStudent } from '../../core/demo/demo-family';
import { caseEventSchema } from '../../core/schemas/case-event';
import { iepContentSchema } from '../../core/schemas/iep';
import { plan504ContentSchema } from '../../core/schemas/plan-504';
import { schoolCalendarSchema } from '../../core/schemas/school-calendar';
import { studentInputSchema } from '../../core/schemas/student';
import type { PlanVersion } from '../../core/schemas/plan';
import { systemAudit } from '../audit/audit-recorder';
import type { Clock } from '../clock';
import { findUserIdByEmail, insertGrant } from '../db/access-queries';
import type { Database } from '../db/database';
import { saveCalendarOfStudent } from '../db/calendar-queries';
import { insertEvent } from '../db/event-queries';
import { findDemoFamilyId, insertFamilyRow } from '../db/family-queries';
import { insertPlan, insertVersion, setPlanSpan } from '../db/plan-queries';
import { insertStudent } from '../db/student-queries';
import { recordedWrite, type WriteContext, type WriteScope } from './recorded-write';

export interface LoadDemoResult {
  readonly familyId: string;
  /** False when the demo family was already there and nothing was written. */
  readonly created: boolean;
}

/**
 * Writes one demo child with the plan in effect (one final version), the case events and the school calendar,
 * validated like any input.
 */
async function insertDemoStudent(familyId: string, student: DemoStudent, scope: WriteScope): Promise<string> {
  const { trx, at } = scope;
  const studentId = randomUUID();
  // The demo data goes through the same validation as anything a person types.
  await insertStudent(trx, {
    ...studentInputSchema.parse({ ...student, homeLanguages: [...student.homeLanguages] }),
    id: studentId,
    familyId,
    at,
  });
  const planId = randomUUID();
  await insertPlan(trx, { id: planId, studentId, framework: student.plan.framework, at });
  await setPlanSpan(trx, planId, { effectiveFrom: student.plan.effectiveFrom, effectiveTo: null });
  const base = {
    id: randomUUID(),
    planId,
    number: 1,
    status: 'final' as const,
    reason: 'initial' as const,
    effectiveFrom: student.plan.effectiveFrom,
    meetingId: null,
    createdAt: at,
    updatedAt: at,
    finalizedAt: at,
  };
  const version: PlanVersion =
    student.plan.framework === 'iep'
      ? { ...base, framework: 'iep', content: iepContentSchema.parse(student.plan.content) }
      : { ...base, framework: '504', content: plan504ContentSchema.parse(student.plan.content) };
  await insertVersion(trx, version);
  for (const event of student.events) {
    await insertEvent(trx, { studentId, event: caseEventSchema.parse(event), source: null, at });
  }
  await saveCalendarOfStudent(trx, studentId, schoolCalendarSchema.parse(student.calendar), at);
  scope.eventsChanged(studentId);
  return studentId;
}

/**
 * Loads the fictional demo family (core/demo) for one person, who owns it. Loading it again changes
 * nothing, so the home page's button and `binder demo` are safe to use twice.
 */
export async function loadDemoFamily(
  options: WriteContext & { readonly ownerUserId: string },
): Promise<LoadDemoResult> {
  const { ownerUserId } = options;
  return recordedWrite(
    options,
    async (scope) => {
      const { trx, at } = scope;
      const existing = await findDemoFamilyId(trx, ownerUserId);
      if (existing !== null) return { familyId: existing, created: false };
      const familyId = randomUUID();
      await insertFamilyRow(trx, { id: familyId, name: DEMO_FAMILY.name, isDemo: true, createdAt: at });
      for (const student of DEMO_FAMILY.students) {
        const studentId = await insertDemoStudent(familyId, student, scope);
        await insertGrant(trx, { studentId, userId: ownerUserId, role: 'owner', grantedBy: null, at });
      }
      return { familyId, created: true };
    },
    (result) => ({ entityId: result.familyId }),
  );
}

/**
 * `binder demo --owner E`: loads the demo family for the account with e-mail `ownerEmail`, audited as the
 * command's own change; null when no account has that e-mail (nothing is written).
 */
export async function loadDemoFamilyOfOwner(
  database: Database,
  clock: Clock,
  ownerEmail: string,
): Promise<LoadDemoResult | null> {
  const ownerUserId = await findUserIdByEmail(database.db, ownerEmail);
  if (ownerUserId === null) return null;
  return loadDemoFamily({ database, clock, ownerUserId, audit: systemAudit(clock, 'student', 'CLI binder demo') });
}
