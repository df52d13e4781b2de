import type { LightMyRequestResponse } from 'fastify';
import { buildLetterInput } from '../../core/letters/letter-input-builder';
import type { Database } from '../../server/db/database';
import type { DatabaseSchema } from '../../server/db/schema';
import { multipartBody } from './multipart';
import type { TestUser } from './test-users';

// Children for test/security/nested-ids.test.ts, made through the API by their owner: each with an IEP
// (a final version decided at a meeting, then a draft amendment), a goal whose id and words are the child's
// own, a score, a change in instruction, two events and a communication. All people are fictional.

/** An IEP goal of one child: its id and statement name the child, so a leak is recognisable. */
export interface ChildGoal {
  readonly id: string;
  readonly statement: string;
  readonly [field: string]: unknown;
}

/** The ids of one child's records. */
export interface ChildIds {
  readonly studentId: string;
  readonly familyId: string;
  readonly givenName: string;
  readonly planId: string;
  /** Version 1: final, in effect from 2026-01-05, decided at `meetingId`. */
  readonly finalVersionId: string;
  /** Version 2: a draft (an annual review). */
  readonly draftVersionId: string;
  readonly goal: ChildGoal;
  readonly meetingId: string;
  readonly pointId: string;
  readonly phaseChangeId: string;
  readonly eventId: string;
  /** A second event, entered twice by mistake: the one the owner's own delete removes. */
  readonly spareEventId: string;
  readonly communicationId: string;
  readonly documentId: string;
  /** An entry of the child's directory of the school's people. */
  readonly schoolPersonId: string;
  /** A sent letter (a meeting request, which starts no clock), kept with the details it was written from. */
  readonly letterId: string;
}

function goalOf(givenName: string): ChildGoal {
  return {
    id: `goal-${givenName.toLowerCase()}-reading`,
    area: 'Reading fluency',
    statement: `By 25 May 2026, given a 3rd-grade passage, ${givenName} will read 60 words correct per minute.`,
    direction: 'increase',
    unit: 'words correct per minute',
    baseline: { value: 20, date: '2026-01-05' },
    target: { value: 60, date: '2026-05-25' },
    measurementMethod: 'Weekly one-minute oral reading fluency probes',
  };
}

async function created<T>(response: Promise<LightMyRequestResponse>, what: string): Promise<T> {
  const answer = await response;
  if (answer.statusCode >= 300) throw new Error(`setup: ${what} answered ${String(answer.statusCode)} ${answer.body}`);
  return answer.json<T>();
}

/** Gives a child (already added by `owner`) one of each record a nested id can name. */
export async function populateChild(
  owner: TestUser,
  child: { id: string; familyId: string },
  givenName: string,
): Promise<ChildIds> {
  const post = (url: string, payload: Record<string, unknown>) => owner.inject({ method: 'POST', url, payload });
  const s = `/api/v1/students/${child.id}`;
  const goal = goalOf(givenName);
  const meeting = await created<{ id: string }>(
    post(`${s}/meetings`, {
      date: '2026-01-05',
      framework: 'iep',
      purpose: 'initial',
      attendees: [{ name: 'Parent', role: 'parent' }],
    }),
    'a meeting',
  );
  const plan = await created<{ id: string; versions: { id: string }[] }>(
    post(`${s}/plans`, { framework: 'iep', content: { goals: [goal] } }),
    'drafting a plan',
  );
  const finalVersionId = plan.versions[0]?.id ?? '';
  await created(
    post(`/api/v1/plans/${plan.id}/versions/${finalVersionId}/finalize`, {
      effectiveFrom: '2026-01-05',
      meetingId: meeting.id,
    }),
    'finalizing at the meeting',
  );
  const goalUrl = `/api/v1/plans/${plan.id}/goals/${goal.id}`;
  const point = await created<{ id: string }>(post(`${goalUrl}/points`, { date: '2026-01-12', value: 22 }), 'a score');
  const change = await created<{ id: string }>(
    post(`${goalUrl}/phase-changes`, { date: '2026-01-19', label: 'Small-group instruction' }),
    'a phase change',
  );
  const amended = await created<{ versions: { id: string; status: string }[] }>(
    post(`/api/v1/plans/${plan.id}/amend`, { reason: 'annual' }),
    'amending',
  );
  const event = await created<{ id: string }>(
    post(`${s}/events`, { type: 'evaluation-consent-received', date: '2026-08-31' }),
    'an event',
  );
  const spareEvent = await created<{ id: string }>(
    post(`${s}/events`, { type: 'evaluation-consent-received', date: '2026-08-31' }),
    'a second event',
  );
  const communication = await created<{ id: string }>(
    post(`${s}/communications`, {
      date: '2026-09-02',
      channel: 'email',
      direction: 'to-school',
      counterpart: 'Ms. Park, principal (fictional)',
      subject: `About ${givenName}`,
    }),
    'a communication',
  );
  const document = await created<{ id: string }>(
    owner.inject({
      method: 'POST',
      url: `${s}/documents`,
      ...multipartBody(
        { kind: 'iep', date: '2026-01-05', title: `${givenName}'s IEP` },
        { name: 'iep.txt', bytes: Buffer.from(`IEP of ${givenName} (fictional)\n`) },
      ),
    }),
    'a document',
  );
  const schoolPerson = await created<{ id: string }>(
    post(`${s}/school-people`, { role: 'teacher', name: `${givenName}'s teacher (fictional)` }),
    'a school person',
  );
  const composedFrom = {
    jurisdiction: 'CA',
    input: buildLetterInput('iep-meeting-request', {
      date: '2026-09-03',
      student: { ...buildLetterInput('iep-meeting-request').student, name: `${givenName} (fictional)` },
    }),
  };
  const {
    plainText: _plainText,
    impliedEvent: _impliedEvent,
    ...content
  } = await created<Record<string, unknown>>(post('/api/v1/letters/compose', composedFrom), 'composing a letter');
  const letter = await created<{ id: string }>(post(`${s}/letters`, { ...content, composedFrom }), 'a letter');
  return {
    studentId: child.id,
    familyId: child.familyId,
    givenName,
    planId: plan.id,
    finalVersionId,
    draftVersionId: amended.versions.find((v) => v.status === 'draft')?.id ?? '',
    goal,
    meetingId: meeting.id,
    pointId: point.id,
    phaseChangeId: change.id,
    eventId: event.id,
    spareEventId: spareEvent.id,
    communicationId: communication.id,
    documentId: document.id,
    schoolPersonId: schoolPerson.id,
    letterId: letter.id,
  };
}

/** The tables that hold children's records (not accounts, sessions or the audit trail, which a refusal adds to). */
const CHILD_RECORD_TABLES = [
  'families',
  'students',
  'student_access',
  'invitations',
  'plans',
  'plan_versions',
  'meetings',
  'case_events',
  'derived_deadlines',
  'deadline_computations',
  'communications',
  'documents',
  'school_people',
  'letters',
  'guide_answers',
  'progress_points',
  'phase_changes',
  'student_comments',
  'service_logs',
  'student_calendars',
  'calendar_feeds',
  'record_history',
] as const satisfies readonly (keyof DatabaseSchema)[];

/** Every row of every table about a child, in a stable order: equal before and after means nothing was written. */
export async function childRecordTables(database: Database): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of CHILD_RECORD_TABLES) {
    // Every one of these tables has an `id` primary key but deadline_computations, whose key is the child; the
    // cast names one of them for the type checker.
    tables[table] = await database.db
      .selectFrom(table as 'plans')
      .selectAll()
      .orderBy(table === 'deadline_computations' ? 'student_id' : 'id')
      .execute();
  }
  return tables;
}
