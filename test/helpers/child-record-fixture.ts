import { randomUUID } from 'node:crypto';
import { demoFamily } from '../../core/demo/demo-family';
import { iepContentSchema } from '../../core/schemas/iep';
import type { EditedLetter } from '../../core/schemas/letter-content';
import { TEST_CLOCK } from './test-app';
import type { Database } from '../../server/db/database';
import type { StudentAccessTable } from '../../server/db/schema';
import { refreshStudentDeadlines } from '../../server/services/student-timeline';

/**
 * Builders for the sharing, export and deletion tests: a child owned by a test user, and a record with a row
 * in every table about a child. Written straight to the database (the tests are about what reads, exports
 * and deletes these rows, not about the routes that write them). Fictional people and places only.
 */

type Role = StudentAccessTable['role'];
const AT = TEST_CLOCK.now().toISOString();

/** Adds a child in a new family (or `familyId`'s) and makes `ownerId` its owner. */
export async function addOwnedChild(
  database: Database,
  ownerId: string,
  child: { givenName?: string; familyName?: string; familyId?: string; homeLanguages?: string[] } = {},
): Promise<{ studentId: string; familyId: string }> {
  const db = database.db;
  const familyName = child.familyName ?? 'Okafor';
  const familyId = child.familyId ?? randomUUID();
  if (child.familyId === undefined) {
    await db
      .insertInto('families')
      .values({ id: familyId, name: `${familyName} family`, created_at: AT })
      .execute();
  }
  const studentId = randomUUID();
  await db
    .insertInto('students')
    .values({
      id: studentId,
      family_id: familyId,
      given_name: child.givenName ?? 'Amara',
      family_name: familyName,
      birth_date: '2015-04-09',
      jurisdiction: 'TX',
      school: 'Cedar Hollow Elementary (fictional)',
      district: 'Brookfield ISD (fictional)',
      grade: '5',
      home_languages: JSON.stringify(child.homeLanguages ?? ['en']),
      contacts: JSON.stringify([
        {
          name: 'Ngozi Okafor',
          relationship: 'mother',
          email: 'ngozi@example.org',
          phone: '',
          preferredLanguage: 'en',
        },
      ]),
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await grantAccess(database, studentId, ownerId, 'owner');
  return { studentId, familyId };
}

/** Gives a user a role for a child directly (the invitation flow has its own tests). Answers the grant's id. */
export async function grantAccess(database: Database, studentId: string, userId: string, role: Role): Promise<string> {
  const id = randomUUID();
  await database.db
    .insertInto('student_access')
    .values({ id, student_id: studentId, user_id: userId, role, granted_by: null, created_at: AT })
    .execute();
  return id;
}

/** A records request as the family edited and sent it. */
export function sampleLetter(date: string): EditedLetter {
  return {
    kind: 'records-request',
    language: 'en',
    date,
    dateLine: 'November 2, 2026',
    senderLines: ['Ngozi Okafor', '12 Alder Lane (fictional)', 'ngozi@example.org'],
    recipientLines: ['Principal', 'Cedar Hollow Elementary (fictional)'],
    subject: 'Request for my child’s education records',
    salutation: 'Dear Principal,',
    paragraphs: [{ text: 'I am writing to ask for a copy of all of Amara’s education records.', citations: [] }],
    closing: 'Sincerely,',
    signatureLines: ['Ngozi Okafor'],
  };
}

/** The ids of what `fillRecord` wrote. */
export interface FilledRecord {
  readonly planId: string;
  readonly goalId: string;
  readonly letterIds: readonly string[];
}

/**
 * Writes a row about the child in every child table: an IEP (the demo's, which has goals) with a final and a
 * draft version, events (and so derived deadlines), a meeting, a communication, two letters of the same kind
 * and day, guide answers, progress points, a phase change, a comment, a service-log entry, a school calendar, history
 * rows, an invitation and a calendar feed link.
 */
export async function fillRecord(database: Database, studentId: string, createdBy: string): Promise<FilledRecord> {
  const db = database.db;
  // The demo's IEP as of the plan's date below, so the fixture stays the same whatever today is.
  const demo = demoFamily('2025-11-19').students.find((s) => s.plan.framework === 'iep');
  const inEffect = demo?.plan.versions.at(-1);
  if (inEffect === undefined) throw new Error('the demo family has no IEP');
  const content = iepContentSchema.parse(inEffect.content);
  const goalId = content.goals[0]?.id ?? 'missing-goal';
  const planId = randomUUID();
  await db
    .insertInto('plans')
    .values({
      id: planId,
      student_id: studentId,
      framework: 'iep',
      effective_from: '2025-11-19',
      effective_to: null,
      created_at: AT,
    })
    .execute();
  for (const [number, status] of [
    [1, 'final'],
    [2, 'draft'],
  ] as const) {
    await db
      .insertInto('plan_versions')
      .values({
        id: randomUUID(),
        plan_id: planId,
        number,
        status,
        reason: number === 1 ? 'initial' : 'annual-review',
        content: JSON.stringify(content),
        effective_from: status === 'final' ? '2025-11-19' : null,
        meeting_id: null,
        created_at: AT,
        updated_at: AT,
        finalized_at: status === 'final' ? AT : null,
      })
      .execute();
  }
  await db
    .insertInto('case_events')
    .values([
      {
        id: randomUUID(),
        student_id: studentId,
        type: 'iep-meeting-held',
        date: '2025-11-18',
        details: JSON.stringify({ purpose: 'annual', transition: false }),
        source: null,
        created_at: AT,
      },
      {
        id: randomUUID(),
        student_id: studentId,
        type: 'records-requested',
        date: '2026-11-02',
        details: '{}',
        source: null,
        created_at: AT,
      },
    ])
    .execute();
  await db
    .insertInto('student_calendars')
    .values({
      id: randomUUID(),
      student_id: studentId,
      calendar: JSON.stringify({ terms: [{ start: '2026-08-17', end: '2027-05-28' }], closed: ['2026-11-26'] }),
      updated_at: AT,
    })
    .execute();
  await refreshStudentDeadlines(db, studentId, TEST_CLOCK.today());
  await db
    .insertInto('meetings')
    .values({
      id: randomUUID(),
      student_id: studentId,
      date: '2026-10-01',
      framework: 'iep',
      purpose: 'annual-review',
      details: JSON.stringify({ attendees: [{ name: 'Ngozi Okafor', role: 'parent' }], notes: 'Reviewed goals.' }),
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await db
    .insertInto('communications')
    .values({
      id: randomUUID(),
      student_id: studentId,
      date: '2026-10-03',
      details: JSON.stringify({ channel: 'email', direction: 'to-school', subject: 'Follow-up' }),
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  const letterIds = [randomUUID(), randomUUID()];
  for (const id of letterIds) {
    const letter = sampleLetter('2026-11-02');
    await db
      .insertInto('letters')
      .values({
        id,
        student_id: studentId,
        kind: letter.kind,
        date: letter.date,
        content: JSON.stringify(letter),
        event_id: null,
        created_at: AT,
      })
      .execute();
  }
  await db
    .insertInto('guide_answers')
    .values({
      id: randomUUID(),
      student_id: studentId,
      answers: JSON.stringify({ concernAreas: ['reading'] }),
      created_at: AT,
    })
    .execute();
  for (const [date, value] of [
    ['2026-09-08', 70],
    ['2026-09-15', 74],
    ['2026-09-22', 79],
  ] as const) {
    await db
      .insertInto('progress_points')
      .values({
        id: randomUUID(),
        student_id: studentId,
        plan_id: planId,
        goal_id: goalId,
        date,
        value,
        note: null,
        measured_by: 'Ms. Patel',
        created_at: AT,
        updated_at: AT,
      })
      .execute();
  }
  await db
    .insertInto('phase_changes')
    .values({
      id: randomUUID(),
      student_id: studentId,
      plan_id: planId,
      goal_id: goalId,
      date: '2026-09-14',
      label: 'Added repeated reading',
      created_at: AT,
    })
    .execute();
  await db
    .insertInto('student_comments')
    .values({
      id: randomUUID(),
      student_id: studentId,
      author_user_id: createdBy,
      author_name: 'Ngozi Okafor',
      body: 'Ask about the reading group.',
      created_at: AT,
    })
    .execute();
  await db
    .insertInto('service_logs')
    .values({
      id: randomUUID(),
      student_id: studentId,
      service: 'Speech-language therapy',
      date: '2026-11-03',
      minutes: 30,
      status: 'delivered',
      note: null,
      entered_by_user_id: createdBy,
      entered_by_name: 'Ngozi Okafor',
      created_at: AT,
    })
    .execute();
  await db
    .insertInto('record_history')
    .values({
      id: randomUUID(),
      entity: 'student',
      entity_id: studentId,
      student_id: studentId,
      action: 'create',
      data: JSON.stringify({ id: studentId }),
      at: AT,
    })
    .execute();
  await db
    .insertInto('invitations')
    .values({
      id: randomUUID(),
      student_id: studentId,
      role: 'advocate',
      token_hash: randomUUID().replace(/-/g, ''),
      note: 'For the advocate',
      created_by: createdBy,
      created_at: AT,
      expires_at: '2026-12-05T15:00:00.000Z',
      accepted_by: null,
      accepted_at: null,
      revoked_at: null,
    })
    .execute();
  await db
    .insertInto('calendar_feeds')
    .values({
      id: randomUUID(),
      user_id: createdBy,
      student_id: studentId,
      token_hash: randomUUID().replace(/-/g, ''),
      language: 'en',
      created_at: AT,
      revoked_at: null,
    })
    .execute();
  return { planId, goalId, letterIds };
}
