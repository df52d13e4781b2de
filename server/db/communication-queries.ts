import type { Kysely, Selectable } from 'kysely';
import { communicationInputSchema, type Communication } from '../../core/schemas/communication';
import type { CommunicationTable, DatabaseSchema } from './schema';

const detailsSchema = communicationInputSchema.omit({ date: true });

function toCommunication(row: Selectable<CommunicationTable>): Communication {
  return {
    id: row.id,
    studentId: row.student_id,
    date: row.date,
    ...detailsSchema.parse(JSON.parse(row.details)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function detailsOf(entry: Communication): string {
  const { id: _id, studentId: _s, date: _d, createdAt: _c, updatedAt: _u, ...details } = entry;
  return JSON.stringify(details);
}

export async function listCommunicationsOfStudent(
  db: Kysely<DatabaseSchema>,
  studentId: string,
): Promise<Communication[]> {
  const rows = await db
    .selectFrom('communications')
    .selectAll()
    .where('student_id', '=', studentId)
    .orderBy('date', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toCommunication);
}

export async function findCommunication(db: Kysely<DatabaseSchema>, id: string): Promise<Communication | null> {
  const row = await db.selectFrom('communications').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toCommunication(row);
}

export async function insertCommunication(db: Kysely<DatabaseSchema>, entry: Communication): Promise<void> {
  await db
    .insertInto('communications')
    .values({
      id: entry.id,
      student_id: entry.studentId,
      date: entry.date,
      details: detailsOf(entry),
      created_at: entry.createdAt,
      updated_at: entry.updatedAt,
    })
    .execute();
}

export async function updateCommunication(db: Kysely<DatabaseSchema>, entry: Communication): Promise<void> {
  await db
    .updateTable('communications')
    .set({ date: entry.date, details: detailsOf(entry), updated_at: entry.updatedAt })
    .where('id', '=', entry.id)
    .execute();
}
