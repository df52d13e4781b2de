import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from './schema';

type Db = Kysely<DatabaseSchema>;

/** A row as an export shows it: camelCase keys, JSON text parsed. */
export type ExportRow = Record<string, unknown>;

/** The tables that hold one child's rows in a `student_id` column, with how to order them and their JSON columns. */
export const CHILD_TABLES = {
  events: { table: 'case_events', orderBy: 'date', json: ['details'] },
  meetings: { table: 'meetings', orderBy: 'date', json: ['details'] },
  communications: { table: 'communications', orderBy: 'date', json: ['details'] },
  documents: { table: 'documents', orderBy: 'date', json: ['links'] },
  schoolPeople: { table: 'school_people', orderBy: 'created_at', json: ['details'] },
  letters: { table: 'letters', orderBy: 'date', json: ['content'] },
  guideAnswers: { table: 'guide_answers', orderBy: 'created_at', json: ['answers'] },
  progressPoints: { table: 'progress_points', orderBy: 'date', json: [] },
  phaseChanges: { table: 'phase_changes', orderBy: 'date', json: [] },
  deadlines: { table: 'derived_deadlines', orderBy: 'trigger_date', json: [] },
  comments: { table: 'student_comments', orderBy: 'created_at', json: [] },
  serviceLogs: { table: 'service_logs', orderBy: 'date', json: [] },
  calendar: { table: 'student_calendars', orderBy: 'updated_at', json: ['calendar'] },
  history: { table: 'record_history', orderBy: 'id', json: ['data'] },
} as const satisfies Record<string, { table: keyof DatabaseSchema; orderBy: string; json: readonly string[] }>;
export type ChildTableKey = keyof typeof CHILD_TABLES;

function camelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/**
 * Maps a row for the export. JSON text is parsed so the export reads as one JSON document; text that does not
 * parse (it never should) is kept as it is rather than failing the whole export.
 */
export function exportRow(row: object, jsonColumns: readonly string[] = []): ExportRow {
  const out: ExportRow = {};
  for (const [column, value] of Object.entries(row)) {
    let mapped: unknown = value;
    if (jsonColumns.includes(column) && typeof value === 'string') {
      try {
        mapped = JSON.parse(value);
      } catch {
        mapped = value;
      }
    }
    out[camelCase(column)] = mapped instanceof Date ? mapped.toISOString() : mapped;
  }
  return out;
}

/** Every row of one child-owned table for the child, oldest first, mapped for the export. */
export async function childRows(db: Db, key: ChildTableKey, studentId: string): Promise<ExportRow[]> {
  const { table, orderBy, json } = CHILD_TABLES[key];
  // Every table listed has a student_id column; the cast names one of them for the type checker.
  const rows = await db
    .selectFrom(table as 'letters')
    .selectAll()
    .where('student_id', '=', studentId)
    .orderBy(sql.ref(orderBy))
    .orderBy('id')
    .execute();
  return rows.map((row) => exportRow(row, json));
}

/**
 * The day the child's stored deadlines were last computed (docs/decisions/0058), or null before the first time:
 * one row per child, kept apart from the deadlines so a nightly refresh that changes nothing else writes little.
 */
export async function deadlinesComputedOn(db: Db, studentId: string): Promise<string | null> {
  const row = await db
    .selectFrom('deadline_computations')
    .select('computed_on')
    .where('student_id', '=', studentId)
    .executeTakeFirst();
  return row?.computed_on ?? null;
}

/** The child's row and the family's. */
export async function studentAndFamilyRows(
  db: Db,
  studentId: string,
): Promise<{ student: ExportRow; family: ExportRow } | null> {
  const student = await db.selectFrom('students').selectAll().where('id', '=', studentId).executeTakeFirst();
  if (student === undefined) return null;
  const family = await db
    .selectFrom('families')
    .selectAll()
    .where('id', '=', student.family_id)
    .executeTakeFirstOrThrow();
  return {
    student: exportRow(student, ['home_languages', 'contacts', 'grade_starts']),
    family: exportRow({ ...family, is_demo: family.is_demo === 1 }),
  };
}

/** The child's plans, oldest first, each with every version in order. */
export async function planRows(db: Db, studentId: string): Promise<ExportRow[]> {
  const plans = await db
    .selectFrom('plans')
    .selectAll()
    .where('student_id', '=', studentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (plans.length === 0) return [];
  const versions = await db
    .selectFrom('plan_versions')
    .selectAll()
    .where(
      'plan_id',
      'in',
      plans.map((p) => p.id),
    )
    .orderBy('number')
    .execute();
  return plans.map((plan) => ({
    ...exportRow(plan),
    versions: versions.filter((v) => v.plan_id === plan.id).map((v) => exportRow(v, ['content'])),
  }));
}

/** The child's audit trail, oldest first, hashes included so a reader can check the chain links. */
export async function auditRows(db: Db, studentId: string): Promise<ExportRow[]> {
  const rows = await db
    .selectFrom('audit_entries')
    .selectAll()
    .where('student_id', '=', studentId)
    .orderBy('seq')
    .execute();
  // bigint: PostgreSQL hands it back as a string.
  return rows.map((row) => exportRow({ ...row, seq: Number(row.seq) }));
}
