import type { Kysely, Selectable } from 'kysely';
import { meetingInputSchema, type Meeting, type MeetingInput } from '../../core/schemas/meeting';
import type { DatabaseSchema, MeetingTable } from './schema';

const detailsSchema = meetingInputSchema.omit({ date: true, framework: true, purpose: true, status: true });

function toMeeting(row: Selectable<MeetingTable>): Meeting {
  const details = detailsSchema.parse(JSON.parse(row.details));
  return {
    id: row.id,
    studentId: row.student_id,
    date: row.date,
    framework: row.framework,
    purpose: row.purpose as Meeting['purpose'],
    status: row.status,
    ...details,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function detailsOf(input: MeetingInput): string {
  const { date: _date, framework: _framework, purpose: _purpose, status: _status, ...details } = input;
  return JSON.stringify(details);
}

export async function listMeetingsOfStudent(db: Kysely<DatabaseSchema>, studentId: string): Promise<Meeting[]> {
  const rows = await db
    .selectFrom('meetings')
    .selectAll()
    .where('student_id', '=', studentId)
    .orderBy('date', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toMeeting);
}

export async function findMeeting(db: Kysely<DatabaseSchema>, id: string): Promise<Meeting | null> {
  const row = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toMeeting(row);
}

/**
 * Whether a meeting is one of the meetings of the child a plan belongs to, in one query (the meeting joined to
 * the plan through the child): a plan version may only record a meeting of its own child.
 */
export async function isMeetingOfPlanChild(
  db: Kysely<DatabaseSchema>,
  meetingId: string,
  planId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('meetings as m')
    .innerJoin('plans as p', 'p.student_id', 'm.student_id')
    .select('m.id')
    .where('m.id', '=', meetingId)
    .where('p.id', '=', planId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertMeeting(db: Kysely<DatabaseSchema>, meeting: Meeting): Promise<void> {
  await db
    .insertInto('meetings')
    .values({
      id: meeting.id,
      student_id: meeting.studentId,
      date: meeting.date,
      framework: meeting.framework,
      purpose: meeting.purpose,
      status: meeting.status,
      details: detailsOf(meeting),
      created_at: meeting.createdAt,
      updated_at: meeting.updatedAt,
    })
    .execute();
}

export async function updateMeeting(db: Kysely<DatabaseSchema>, meeting: Meeting): Promise<void> {
  await db
    .updateTable('meetings')
    .set({
      date: meeting.date,
      framework: meeting.framework,
      purpose: meeting.purpose,
      status: meeting.status,
      details: detailsOf(meeting),
      updated_at: meeting.updatedAt,
    })
    .where('id', '=', meeting.id)
    .execute();
}
