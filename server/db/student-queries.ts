import type { Insertable, Kysely, Selectable } from 'kysely';
import { contactSchema, type Student, type StudentInput } from '../../core/schemas/student';
import { z } from 'zod';
import type { DatabaseSchema, StudentTable } from './schema';

const stringList = z.array(z.string());
const contactList = z.array(contactSchema);

/** A student row as the domain sees it (without the plan in effect, which needs the plans). */
export type StudentRow = Omit<Student, 'planInEffect'>;

export function toStudent(row: Selectable<StudentTable>): StudentRow {
  return {
    id: row.id,
    familyId: row.family_id,
    givenName: row.given_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    jurisdiction: row.jurisdiction,
    school: row.school,
    district: row.district,
    grade: row.grade,
    homeLanguages: stringList.parse(JSON.parse(row.home_languages)),
    contacts: contactList.parse(JSON.parse(row.contacts)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findStudent(db: Kysely<DatabaseSchema>, id: string): Promise<StudentRow | null> {
  const row = await db.selectFrom('students').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toStudent(row);
}

type EditableFields = Pick<
  StudentRow,
  | 'givenName'
  | 'familyName'
  | 'birthDate'
  | 'jurisdiction'
  | 'school'
  | 'district'
  | 'grade'
  | 'homeLanguages'
  | 'contacts'
>;

/** The columns a person can edit, as stored: languages and contacts as JSON. */
function editableColumns(student: EditableFields) {
  return {
    given_name: student.givenName,
    family_name: student.familyName,
    birth_date: student.birthDate,
    jurisdiction: student.jurisdiction,
    school: student.school,
    district: student.district,
    grade: student.grade,
    home_languages: JSON.stringify(student.homeLanguages),
    contacts: JSON.stringify(student.contacts),
  };
}

/** The stored row of a new child. */
export function studentRow(
  student: StudentInput & { id: string; familyId: string; at: string },
): Insertable<StudentTable> {
  return {
    id: student.id,
    family_id: student.familyId,
    ...editableColumns(student),
    created_at: student.at,
    updated_at: student.at,
  };
}

export async function insertStudent(
  db: Kysely<DatabaseSchema>,
  student: StudentInput & { id: string; familyId: string; at: string },
): Promise<void> {
  await db.insertInto('students').values(studentRow(student)).execute();
}

export async function updateStudent(db: Kysely<DatabaseSchema>, student: StudentRow): Promise<void> {
  await db
    .updateTable('students')
    .set({ ...editableColumns(student), updated_at: student.updatedAt })
    .where('id', '=', student.id)
    .execute();
}
