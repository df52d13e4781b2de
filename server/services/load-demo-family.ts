import { randomUUID } from 'node:crypto';
import { demoFamily, type DemoLanguage, type DemoStudent } from '../../core/demo/demo-family';
import { caseEventSchema } from '../../core/schemas/case-event';
import { communicationInputSchema } from '../../core/schemas/communication';
import { letterContentSchema } from '../../core/schemas/letter-content';
import { meetingInputSchema } from '../../core/schemas/meeting';
import { progressPointSchema } from '../../core/schemas/progress';
import { serviceLogInputSchema } from '../../core/schemas/service-log';
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
import { insertCommunication } from '../db/communication-queries';
import { insertEvent } from '../db/event-queries';
import { insertMeeting } from '../db/meeting-queries';
import { insertPoint } from '../db/progress-queries';
import { findDemoFamilyId, insertFamilyRow } from '../db/family-queries';
import { insertPlan, insertVersion, setPlanSpan } from '../db/plan-queries';
import { insertServiceLogEntries } from '../db/service-log-queries';
import { insertStudent } from '../db/student-queries';
import { insertSentLetter } from './letter-services';
import { recordedWrite, type WriteContext, type WriteScope } from './recorded-write';

export interface LoadDemoResult {
  readonly familyId: string;
  /** False when the demo family was already there and nothing was written. */
  readonly created: boolean;
}

/**
 * Writes one demo child: the plan's final versions (oldest first, the last in effect), the case events, the school
 * calendar, meetings, messages, sent letters and progress scores, all validated like any input.
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
  for (const [index, demoVersion] of student.plan.versions.entries()) {
    const base = {
      id: randomUUID(),
      planId,
      number: index + 1,
      status: 'final' as const,
      reason: demoVersion.reason,
      effectiveFrom: demoVersion.effectiveFrom,
      meetingId: null,
      createdAt: at,
      updatedAt: at,
      finalizedAt: at,
    };
    const version: PlanVersion =
      student.plan.framework === 'iep'
        ? { ...base, framework: 'iep', content: iepContentSchema.parse(demoVersion.content) }
        : { ...base, framework: '504', content: plan504ContentSchema.parse(demoVersion.content) };
    await insertVersion(trx, version);
  }
  for (const event of student.events) {
    await insertEvent(trx, { studentId, event: caseEventSchema.parse(event), source: null, at });
  }
  await saveCalendarOfStudent(trx, studentId, schoolCalendarSchema.parse(student.calendar), at);
  const stamps = { studentId, createdAt: at, updatedAt: at };
  for (const meeting of student.meetings) {
    await insertMeeting(trx, { ...meetingInputSchema.parse(meeting), id: randomUUID(), ...stamps });
  }
  for (const entry of student.communications) {
    await insertCommunication(trx, { ...communicationInputSchema.parse(entry), id: randomUUID(), ...stamps });
  }
  for (const letter of student.letters) {
    await insertSentLetter(trx, studentId, letterContentSchema.parse(letter), at);
  }
  for (const goal of student.progress) {
    for (const point of goal.points) {
      const { date, value, note } = progressPointSchema.parse(point);
      await insertPoint(trx, {
        id: randomUUID(),
        planId,
        goalId: goal.goalId,
        date,
        value,
        note: note ?? null,
        measuredBy: null,
        ...stamps,
      });
    }
  }
  await insertServiceLogEntries(
    trx,
    (student.serviceLog ?? []).map((session) => {
      const input = serviceLogInputSchema.parse(session);
      return {
        id: randomUUID(),
        student_id: studentId,
        service: input.service,
        date: input.date,
        minutes: input.minutes,
        status: input.status,
        reason: input.reason ?? null,
        make_up: input.makeUp === true ? 1 : 0,
        note: null,
        entered_by_user_id: null,
        entered_by_name: 'Riverbend ISD provider (demo)',
        created_at: at,
      };
    }),
  );
  scope.eventsChanged(studentId);
  return studentId;
}

/**
 * Loads the fictional demo family (core/demo) for one person, who owns it, with its dates placed around the
 * server's today and its words in `language`. Loading it again changes nothing, so the home page's button and
 * `binder demo` are safe to use twice.
 */
export async function loadDemoFamily(
  options: WriteContext & { readonly ownerUserId: string; readonly language?: DemoLanguage },
): Promise<LoadDemoResult> {
  const { ownerUserId, clock } = options;
  const family = demoFamily(clock.today(), options.language ?? 'en');
  return recordedWrite(
    options,
    async (scope) => {
      const { trx, at } = scope;
      const existing = await findDemoFamilyId(trx, ownerUserId);
      if (existing !== null) return { familyId: existing, created: false };
      const familyId = randomUUID();
      await insertFamilyRow(trx, { id: familyId, name: family.name, isDemo: true, createdAt: at });
      for (const student of family.students) {
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
  language: DemoLanguage = 'en',
): Promise<LoadDemoResult | null> {
  const ownerUserId = await findUserIdByEmail(database.db, ownerEmail);
  if (ownerUserId === null) return null;
  return loadDemoFamily({
    database,
    clock,
    ownerUserId,
    language,
    audit: systemAudit(clock, 'student', 'CLI binder demo'),
  });
}
