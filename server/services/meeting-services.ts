import { randomUUID } from 'node:crypto';
import { meetingEvent, scheduledEvent } from '../../core/case/meeting-event';
import { meetingNoticeCheck } from '../../core/case/meeting-notice';
import type { CaseEventInput } from '../../core/schemas/case-event';
import type { Meeting, MeetingAnswer, MeetingInput } from '../../core/schemas/meeting';
import { AppError } from '../app-error';
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

/**
 * A meeting dated after today cannot have been held (400 naming `date`), and a scheduled meeting gets the
 * day it is scheduled as its notice day when none is given.
 */
function checkedInput(input: MeetingInput, today: string): MeetingInput {
  if (input.status === 'held' && input.date > today) {
    throw AppError.invalidInput([
      { field: 'date', message: `a meeting dated after today (${today}) cannot be held: save it as scheduled` },
    ]);
  }
  if (input.noticeDate !== null && input.noticeDate > input.date) {
    throw AppError.invalidInput([{ field: 'noticeDate', message: 'must not be after the meeting date' }]);
  }
  if (input.status === 'scheduled' && input.noticeDate === null) return { ...input, noticeDate: today };
  return input;
}

/** Keeps the event `source` implies in step with the meeting: created, changed or removed. */
async function syncEvent(
  trx: Database['db'],
  studentId: string,
  source: string,
  event: CaseEventInput | null,
  at: string,
): Promise<void> {
  const existing = await hasEventFromSource(trx, source);
  if (event === null) {
    if (existing) await deleteEventFromSource(trx, source);
  } else if (!existing) await insertEvent(trx, { studentId, event, source, at });
  else await replaceEventFromSource(trx, source, event);
}

/** The events a meeting implies: `iep-meeting-held` (source `meeting:<id>`) and `meeting-scheduled` (`meeting:<id>:scheduled`). */
async function syncEvents(trx: Database['db'], meeting: Meeting, at: string): Promise<void> {
  await syncEvent(trx, meeting.studentId, `meeting:${meeting.id}`, meetingEvent(meeting), at);
  await syncEvent(trx, meeting.studentId, `meeting:${meeting.id}:scheduled`, scheduledEvent(meeting), at);
}

/**
 * Records a meeting — scheduled, held or cancelled — and the events it implies, in one transaction; the
 * answer says what the notice rule makes of a scheduled IEP meeting (34 CFR 300.322, state notice days).
 */
export async function recordMeeting(
  options: WriteContext & { readonly studentId: string; readonly input: MeetingInput },
): Promise<MeetingAnswer> {
  const { studentId } = options;
  const today = options.clock.today();
  const input = checkedInput(options.input, today);
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const student = await requireStudent(trx, studentId);
    const meeting: Meeting = { ...input, id: randomUUID(), studentId, createdAt: at, updatedAt: at };
    await insertMeeting(trx, meeting);
    await syncEvents(trx, meeting, at);
    await changed({ entity: 'meeting', entityId: meeting.id, studentId, action: 'create', data: meeting });
    return { ...meeting, notice: meetingNoticeCheck(meeting, student.jurisdiction, today) };
  });
}

/**
 * Corrects a meeting or moves it along its life (held, cancelled, moved to a new date); the events it
 * implies follow (created, changed or removed).
 */
export async function reviseMeeting(
  options: WriteContext & { readonly meetingId: string; readonly input: MeetingInput },
): Promise<MeetingAnswer> {
  const { meetingId } = options;
  const today = options.clock.today();
  const input = checkedInput(options.input, today);
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const current = found(await findMeeting(trx, meetingId), 'meeting');
    const student = await requireStudent(trx, current.studentId);
    const meeting: Meeting = { ...current, ...input, updatedAt: at };
    await updateMeeting(trx, meeting);
    await syncEvents(trx, meeting, at);
    await changed({
      entity: 'meeting',
      entityId: meetingId,
      studentId: meeting.studentId,
      action: 'update',
      data: meeting,
    });
    return { ...meeting, notice: meetingNoticeCheck(meeting, student.jurisdiction, today) };
  });
}
