import type { Kysely, Selectable } from 'kysely';
import { schoolPersonInputSchema, type SchoolPerson } from '../../core/schemas/school-people';
import type { DatabaseSchema, SchoolPersonTable } from './schema';

const detailsSchema = schoolPersonInputSchema.omit({ role: true });

function toSchoolPerson(row: Selectable<SchoolPersonTable>): SchoolPerson {
  return {
    id: row.id,
    studentId: row.student_id,
    role: schoolPersonInputSchema.shape.role.parse(row.role),
    ...detailsSchema.parse(JSON.parse(row.details)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function detailsOf(person: SchoolPerson): string {
  const { id: _id, studentId: _s, role: _r, createdAt: _c, updatedAt: _u, ...details } = person;
  return JSON.stringify(details);
}

/** A child's school people, in the order of the roles' list then by name. */
export async function listSchoolPeopleOfStudent(
  db: Kysely<DatabaseSchema>,
  studentId: string,
): Promise<SchoolPerson[]> {
  const rows = await db
    .selectFrom('school_people')
    .selectAll()
    .where('student_id', '=', studentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toSchoolPerson);
}

export async function findSchoolPerson(db: Kysely<DatabaseSchema>, id: string): Promise<SchoolPerson | null> {
  const row = await db.selectFrom('school_people').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toSchoolPerson(row);
}

export async function insertSchoolPerson(db: Kysely<DatabaseSchema>, person: SchoolPerson): Promise<void> {
  await db
    .insertInto('school_people')
    .values({
      id: person.id,
      student_id: person.studentId,
      role: person.role,
      details: detailsOf(person),
      created_at: person.createdAt,
      updated_at: person.updatedAt,
    })
    .execute();
}

export async function updateSchoolPerson(db: Kysely<DatabaseSchema>, person: SchoolPerson): Promise<void> {
  await db
    .updateTable('school_people')
    .set({ role: person.role, details: detailsOf(person), updated_at: person.updatedAt })
    .where('id', '=', person.id)
    .execute();
}

export async function deleteSchoolPerson(db: Kysely<DatabaseSchema>, id: string): Promise<void> {
  await db.deleteFrom('school_people').where('id', '=', id).execute();
}
