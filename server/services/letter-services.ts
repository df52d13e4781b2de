import { randomUUID } from 'node:crypto';
import { impliedEventOf } from '../../core/letters/compose-letter';
import type { EditedLetter, SavedLetter, SentLetter } from '../../core/schemas/letter-content';
import type { Database } from '../db/database';
import { insertCommunication } from '../db/communication-queries';
import { findSameEvent, insertEvent } from '../db/event-queries';
import { AppError } from '../app-error';
import { findLetter, insertLetter, listLettersOfStudent } from '../db/letter-queries';
import { recordedWrite, type WriteContext } from './recorded-write';
import { found, requireStudent } from './require-record';

export async function listLetters(database: Database, studentId: string): Promise<SavedLetter[]> {
  await requireStudent(database.db, studentId);
  return listLettersOfStudent(database.db, studentId);
}

export async function getLetter(database: Database, id: string): Promise<SavedLetter> {
  return found(await findLetter(database.db, id), 'letter');
}

/**
 * Keeps a letter the family is sending, in one transaction with what sending it means for the case: the
 * event it implies (an evaluation request starts the evaluation clock; a records request the 45-day
 * clock), dated the day the school received it (the day it was sent when not given), and an entry in the
 * communication log. The event comes from the letter's kind and that day, never from the client. A case
 * that already has that event (same type, same day) is not given a second one: 409 naming the event, to be
 * corrected instead (docs/decisions/0031).
 */
export async function sendLetter(
  options: WriteContext & { readonly studentId: string; readonly letter: SentLetter },
): Promise<SavedLetter> {
  const { studentId } = options;
  const { receivedOn, ...letter } = options.letter;
  if (receivedOn !== undefined && receivedOn < letter.date) {
    throw AppError.invalidInput([{ field: 'receivedOn', message: 'the school cannot receive it before it was sent' }]);
  }
  return recordedWrite(options, async ({ trx, at, changed }) => {
    await requireStudent(trx, studentId);
    const implied = impliedEventOf({ kind: letter.kind, date: receivedOn ?? letter.date });
    const existing = implied === null ? null : await findSameEvent(trx, studentId, implied);
    if (existing !== null) {
      const message = `this case already has ${existing.event.type} on ${existing.event.date} (event ${existing.id}); correct that event instead`;
      throw new AppError('conflict', message, { issues: [{ field: 'receivedOn', message: `event ${existing.id}` }] });
    }
    const saved = await insertSentLetter(trx, studentId, letter, at, receivedOn);
    await changed({ entity: 'letter', entityId: saved.id, studentId, action: 'create', data: saved });
    return saved;
  });
}

/**
 * Writes a sent letter with what sending it means (its implied event, dated the day the school received it,
 * and a communication entry dated the day it was sent), inside the caller's transaction; shared by sending a
 * letter and loading the demo family.
 */
export async function insertSentLetter(
  trx: Database['db'],
  studentId: string,
  letter: EditedLetter,
  at: string,
  receivedOn: string = letter.date,
): Promise<SavedLetter> {
  const id = randomUUID();
  const implied = impliedEventOf({ kind: letter.kind, date: receivedOn });
  const event =
    implied === null ? null : await insertEvent(trx, { studentId, event: implied, source: `letter:${id}`, at });
  const saved: SavedLetter = { id, studentId, letter, eventId: event?.id ?? null, createdAt: at };
  await insertLetter(trx, saved);
  await insertCommunication(trx, {
    id: randomUUID(),
    studentId,
    date: letter.date,
    channel: 'letter',
    direction: 'to-school',
    counterpart: letter.recipientLines.slice(0, 2).join(', '),
    subject: letter.subject,
    summary: letter.paragraphs.map((p) => p.text).join('\n\n'),
    createdAt: at,
    updatedAt: at,
  });
  return saved;
}
