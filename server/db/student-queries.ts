import type { Insertable, Kysely, Selectable } from 'kysely';
import { gradeStartSchema } from '../../core/schemas/grade-start';
import { contactSchema, type Student, type StudentInput } from '../../core/schemas/student';
import { z } from 'zod';
import type { DatabaseSchema, StudentTable } from './schema';
import type { PlanSpan } from '../../core/case/plan-in-effect';
import { preparedStatement } from './prepared-statement';

const stringList = z.array(z.string());
const contactList = z.array(contactSchema);
const gradeStartList = z.array(gradeStartSchema);

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
    gradeStarts: gradeStartList.parse(JSON.parse(row.grade_starts)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findStudent(db: Kysely<DatabaseSchema>, id: string): Promise<StudentRow | null> {
  const row = await db.selectFrom('students').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toStudent(row);
}

/** A student's columns with one of its plans' spans (null when it has no plan), as one row per plan. */
type StudentWithPlanColumns = Selectable<StudentTable> & {
  readonly plan_framework: 'iep' | '504' | null;
  readonly plan_effective_from: string | null;
  readonly plan_effective_to: string | null;
};

const studentWithPlanSpans = preparedStatement<StudentWithPlanColumns>(
  'student_with_plan_spans',
  `select s.id, s.family_id, s.given_name, s.family_name, s.birth_date, s.jurisdiction, s.school, s.district,
    s.grade, s.home_languages, s.contacts, s.grade_starts, s.created_at, s.updated_at,
    p.framework as plan_framework, p.effective_from as plan_effective_from, p.effective_to as plan_effective_to
    from students s left join plans p on p.student_id = s.id where s.id = ?`,
);

/**
 * A student and the spans of its plans in one statement (the request hot path: decision 0027), or null when
 * there is no such student.
 */
export async function findStudentWithPlanSpans(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<{ student: StudentRow; plans: PlanSpan[] } | null> {
  const rows = await studentWithPlanSpans.run(db, [id]);
  const first = rows[0];
  if (first === undefined) return null;
  const plans: PlanSpan[] = [];
  for (const row of rows) {
    if (row.plan_framework !== null) {
      plans.push({
        framework: row.plan_framework,
        effectiveFrom: row.plan_effective_from,
        effectiveTo: row.plan_effective_to,
      });
    }
  }
  return { student: toStudent(first), plans };
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
  | 'gradeStarts'
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
    grade_starts: JSON.stringify(student.gradeStarts),
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
