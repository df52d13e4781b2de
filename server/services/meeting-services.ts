import { randomUUID } from 'node:crypto';
import { meetingEvent } from '../../core/case/meeting-event';
import type { Meeting, MeetingInput } from '../../core/schemas/meeting';
import type { Database } from '../db/database';
import { deleteEventFromSource, hasEventFromSource, insertEvent, replaceEventFromSource } from '../db/event-queries';
import { findMeeting, insertMeeting, listMeetingsOfStudent, updateMeeting } from '../db/meeting-queries';
import { found, requireStudent } from './require-record';
import { recordedWrite, type WriteContext } from './recorded-write';

export async function listMeetings(database: Database, studentId: string): Promise<Meeting[]> {
  await requireStudent(database.db, studentId);
  return listMeetingsOfStudent(database.db, studentId);
}

export async function getMeeting(database: Database, meetingId: string): Promise<Meeting> {
  return found(await findMeeting(database.db, meetingId), 'meeting');
}

/** Records a meeting and, for an IEP meeting, the `iep-meeting-held` event it implies, in one transaction. */
export async function recordMeeting(
  options: WriteContext & { readonly studentId: string; readonly input: MeetingInput },
): Promise<Meeting> {
  const { studentId, input } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    await requireStudent(trx, studentId);
    const meeting: Meeting = { ...input, id: randomUUID(), studentId, createdAt: at, updatedAt: at };
    await insertMeeting(trx, meeting);
    const event = meetingEvent(meeting);
    if (event !== null) await insertEvent(trx, { studentId, event, source: `meeting:${meeting.id}`, at });
    await changed({ entity: 'meeting', entityId: meeting.id, studentId, action: 'create', data: meeting });
    return meeting;
  });
}

/** Corrects a meeting record; the event it implied follows (created, changed or removed). */
export async function reviseMeeting(
  options: WriteContext & { readonly meetingId: string; readonly input: MeetingInput },
): Promise<Meeting> {
  const { meetingId, input } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const current = found(await findMeeting(trx, meetingId), 'meeting');
    const meeting: Meeting = { ...current, ...input, updatedAt: at };
    await updateMeeting(trx, meeting);
    const source = `meeting:${meetingId}`;
    const event = meetingEvent(meeting);
    const existing = await hasEventFromSource(trx, source);
    if (event === null) await deleteEventFromSource(trx, source);
    else if (!existing) await insertEvent(trx, { studentId: meeting.studentId, event, source, at });
    else await replaceEventFromSource(trx, source, event);
    await changed({
      entity: 'meeting',
      entityId: meetingId,
      studentId: meeting.studentId,
      action: 'update',
      data: meeting,
    });
    return meeting;
  });
}
