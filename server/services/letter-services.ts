import { randomUUID } from 'node:crypto';
import { impliedEventOf } from '../../core/letters/compose-letter';
import { composeLetterTranslation } from '../../core/letters/compose-letter';
import { jurisdictionFacts } from '../../core/law/jurisdiction-facts';
import type { Language } from '../../core/progress/format-words';
import type {
  EditedLetter,
  LetterComposedFrom,
  LetterTranslationAnswer,
  SavedLetter,
  SentLetter,
} from '../../core/schemas/letter-content';
import type { Database } from '../db/database';
import { insertCommunication } from '../db/communication-queries';
import { findSameEvent, insertEvent } from '../db/event-queries';
import { AppError } from '../app-error';
import { findLetter, findLetterOfStudent, insertLetter, listLettersOfStudent } from '../db/letter-queries';
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
 * A child's sent letter composed again in a reading language, only for reading (docs/decisions/0045): made
 * from the details the letter was written from, so it says what Binder wrote (not the family's later edits).
 * 404 when the letter is not this child's (the same answer as an unknown id); 400 naming `language` for the
 * letter's own language; 409 for a letter kept without the details it was written from.
 */
export async function getLetterTranslation(
  database: Database,
  studentId: string,
  letterId: string,
  language: Language,
): Promise<LetterTranslationAnswer> {
  const { saved, composedFrom } = found(await findLetterOfStudent(database.db, studentId, letterId), 'letter');
  const translationOf = saved.letter.language;
  if (language === translationOf) {
    throw AppError.invalidInput([
      { field: 'language', message: `the letter itself is in ${translationOf}: choose another language to read it in` },
    ]);
  }
  if (composedFrom === null) {
    throw new AppError('conflict', 'this letter was kept without the details it was written from', {
      issues: [{ field: 'letterId', message: 'no translation can be composed for this letter' }],
    });
  }
  const { impliedEvent: _impliedEvent, ...translation } = composeLetterTranslation(
    composedFrom.input,
    jurisdictionFacts(composedFrom.jurisdiction),
    language,
  );
  return { ...translation, translationOf };
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
  const { receivedOn, composedFrom, ...letter } = options.letter;
  if (receivedOn !== undefined && receivedOn < letter.date) {
    throw AppError.invalidInput([{ field: 'receivedOn', message: 'the school cannot receive it before it was sent' }]);
  }
  if (composedFrom !== undefined) checkComposedFrom(letter, composedFrom);
  return recordedWrite(options, async ({ trx, at, changed }) => {
    await requireStudent(trx, studentId);
    const implied = impliedEventOf({ kind: letter.kind, date: receivedOn ?? letter.date });
    const existing = implied === null ? null : await findSameEvent(trx, studentId, implied);
    if (existing !== null) {
      const message = `this case already has ${existing.event.type} on ${existing.event.date} (event ${existing.id}); correct that event instead`;
      throw new AppError('conflict', message, { issues: [{ field: 'receivedOn', message: `event ${existing.id}` }] });
    }
    const saved = await insertSentLetter(trx, studentId, letter, at, receivedOn, composedFrom);
    await changed({ entity: 'letter', entityId: saved.id, studentId, action: 'create', data: saved });
    return saved;
  });
}

/** The details a letter was written from must be of the same kind of letter, in the same language. */
function checkComposedFrom(letter: EditedLetter, composedFrom: LetterComposedFrom): void {
  const issues = [
    ...(composedFrom.input.kind === letter.kind
      ? []
      : [{ field: 'composedFrom.input.kind', message: `the letter is a ${letter.kind}` }]),
    ...(composedFrom.input.language === letter.language
      ? []
      : [{ field: 'composedFrom.input.language', message: `the letter is in ${letter.language}` }]),
  ];
  if (issues.length > 0) throw AppError.invalidInput(issues);
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
  composedFrom?: LetterComposedFrom,
): Promise<SavedLetter> {
  const id = randomUUID();
  const implied = impliedEventOf({ kind: letter.kind, date: receivedOn });
  const event =
    implied === null ? null : await insertEvent(trx, { studentId, event: implied, source: `letter:${id}`, at });
  const saved: SavedLetter = { id, studentId, letter, eventId: event?.id ?? null, createdAt: at };
  await insertLetter(trx, saved, composedFrom);
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
