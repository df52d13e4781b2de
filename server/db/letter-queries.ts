import type { Kysely, Selectable } from 'kysely';
import {
  letterContentSchema,
  sentLetterSchema,
  type LetterComposedFrom,
  type SavedLetter,
} from '../../core/schemas/letter-content';
import type { DatabaseSchema, LetterTable } from './schema';

function toSavedLetter(row: Selectable<LetterTable>): SavedLetter {
  return {
    id: row.id,
    studentId: row.student_id,
    letter: letterContentSchema.parse(JSON.parse(row.content)),
    eventId: row.event_id,
    createdAt: row.created_at,
  };
}

/**
 * Keeps a sent letter. `composedFrom` (the details it was written from, when the family sent what Binder
 * composed) is kept in the same JSON as the letter's words, beside them: the letter read back is only its words.
 */
export async function insertLetter(
  db: Kysely<DatabaseSchema>,
  saved: SavedLetter,
  composedFrom?: LetterComposedFrom,
): Promise<void> {
  await db
    .insertInto('letters')
    .values({
      id: saved.id,
      student_id: saved.studentId,
      kind: saved.letter.kind,
      date: saved.letter.date,
      content: JSON.stringify(composedFrom === undefined ? saved.letter : { ...saved.letter, composedFrom }),
      event_id: saved.eventId,
      created_at: saved.createdAt,
    })
    .execute();
}

export async function listLettersOfStudent(db: Kysely<DatabaseSchema>, studentId: string): Promise<SavedLetter[]> {
  const rows = await db
    .selectFrom('letters')
    .selectAll()
    .where('student_id', '=', studentId)
    .orderBy('date', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toSavedLetter);
}

export async function findLetter(db: Kysely<DatabaseSchema>, id: string): Promise<SavedLetter | null> {
  const row = await db.selectFrom('letters').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toSavedLetter(row);
}

const composedFromSchema = sentLetterSchema.shape.composedFrom;

/**
 * A letter of one child (null when the id is unknown or names another child's letter: the same answer), with
 * the details it was written from when they were kept.
 */
export async function findLetterOfStudent(
  db: Kysely<DatabaseSchema>,
  studentId: string,
  letterId: string,
): Promise<{ readonly saved: SavedLetter; readonly composedFrom: LetterComposedFrom | null } | null> {
  const row = await db
    .selectFrom('letters')
    .selectAll()
    .where('id', '=', letterId)
    .where('student_id', '=', studentId)
    .executeTakeFirst();
  if (row === undefined) return null;
  const stored = JSON.parse(row.content) as { composedFrom?: unknown };
  return { saved: toSavedLetter(row), composedFrom: composedFromSchema.parse(stored.composedFrom) ?? null };
}
