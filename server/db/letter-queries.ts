import type { Kysely, Selectable } from 'kysely';
import { letterContentSchema, type SavedLetter } from '../../core/schemas/letter-content';
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

export async function insertLetter(db: Kysely<DatabaseSchema>, saved: SavedLetter): Promise<void> {
  await db
    .insertInto('letters')
    .values({
      id: saved.id,
      student_id: saved.studentId,
      kind: saved.letter.kind,
      date: saved.letter.date,
      content: JSON.stringify(saved.letter),
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
