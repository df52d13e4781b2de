import type { Insertable, Kysely } from 'kysely';
import type { Deadline } from '../../core/timeline/timeline-result';
import { deadlineRows } from './deadline-queries';
import type { DatabaseSchema, DeadlineComputationTable, DerivedDeadlineTable } from './schema';

type Db = Kysely<DatabaseSchema>;

/** One child's freshly computed deadlines, to be stored. */
export interface DeadlineWrite {
  readonly student: { readonly id: string; readonly school: string | null };
  readonly deadlines: readonly Deadline[];
}

/** What a write changed: children whose rows were rewritten, and children whose rows already matched. */
export interface DeadlineWriteCount {
  readonly rewritten: number;
  readonly unchanged: number;
}

/** Children per statement: keeps every `in (…)` list and multi-row insert well under both databases' limits. */
const STUDENTS_PER_STATEMENT = 500;
const ROWS_PER_INSERT = 500;

/** The columns a stored deadline is compared on: everything but its id. */
type StoredContent = Pick<
  DerivedDeadlineTable,
  | 'student_id'
  | 'school'
  | 'kind'
  | 'rule'
  | 'due'
  | 'trigger_type'
  | 'trigger_date'
  | 'completed_on'
  | 'citation'
  | 'is_window'
>;

function sameContent(stored: StoredContent, school: string | null, fresh: Deadline): boolean {
  return (
    stored.school === school &&
    stored.kind === fresh.kind &&
    stored.rule === fresh.rule &&
    stored.due === fresh.due &&
    stored.trigger_type === fresh.trigger.type &&
    stored.trigger_date === fresh.trigger.date &&
    stored.completed_on === fresh.completedOn &&
    stored.citation === fresh.citation &&
    stored.is_window === (fresh.isWindow ? 1 : 0)
  );
}

/** True when a child's stored rows (in id order) say what `deadlineRows` would write, in the same order. */
function isUnchanged(stored: readonly StoredContent[], school: string | null, fresh: readonly Deadline[]): boolean {
  if (stored.length !== fresh.length) return false;
  for (let index = 0; index < fresh.length; index++) {
    const row = stored[index];
    const next = fresh[index];
    if (row === undefined || next === undefined || !sameContent(row, school, next)) return false;
  }
  return true;
}

async function storedRowsOf(db: Db, studentIds: readonly string[]): Promise<Map<string, StoredContent[]>> {
  const rows = await db
    .selectFrom('derived_deadlines')
    .select([
      'student_id',
      'school',
      'kind',
      'rule',
      'due',
      'trigger_type',
      'trigger_date',
      'completed_on',
      'citation',
      'is_window',
    ])
    .where('student_id', 'in', studentIds)
    .orderBy('student_id')
    .orderBy('id')
    .execute();
  const byStudent = new Map<string, StoredContent[]>();
  for (const row of rows) {
    const list = byStudent.get(row.student_id);
    if (list === undefined) byStudent.set(row.student_id, [row]);
    else list.push(row);
  }
  return byStudent;
}

/** The day each of these children's deadlines were last computed, for those that have one. */
async function computedDaysOf(db: Db, studentIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('deadline_computations')
    .select(['student_id', 'computed_on'])
    .where('student_id', 'in', studentIds)
    .execute();
  return new Map(rows.map((row) => [row.student_id, row.computed_on]));
}

/**
 * Stores children's freshly computed deadlines, writing only what changed (docs/decisions/0026): a child whose
 * stored rows already say the same, in the same order, keeps them; a child with any difference has its rows
 * replaced whole, so the order of its rows (lists break ties by id) is the engine's, exactly as a full rewrite
 * leaves it. Either way the child's one `deadline_computations` row says `computedOn` afterwards, written only
 * where it said another day or was missing (docs/decisions/0058): when only the day moves, that is one small row
 * per child and no deadline row. Statements are batched by {@link STUDENTS_PER_STATEMENT} children. Call inside
 * the write's transaction.
 */
export async function writeStudentDeadlines(
  db: Db,
  writes: readonly DeadlineWrite[],
  computedOn: string,
): Promise<DeadlineWriteCount> {
  let rewritten = 0;
  let unchanged = 0;
  for (let start = 0; start < writes.length; start += STUDENTS_PER_STATEMENT) {
    const batch = writes.slice(start, start + STUDENTS_PER_STATEMENT);
    const ids = batch.map((write) => write.student.id);
    const stored = await storedRowsOf(db, ids);
    const days = await computedDaysOf(db, ids);
    const changed: string[] = [];
    const inserts: Insertable<DerivedDeadlineTable>[] = [];
    const computations: Insertable<DeadlineComputationTable>[] = [];
    for (const { student, deadlines } of batch) {
      if (days.get(student.id) !== computedOn) computations.push({ student_id: student.id, computed_on: computedOn });
      if (isUnchanged(stored.get(student.id) ?? [], student.school, deadlines)) {
        unchanged++;
        continue;
      }
      changed.push(student.id);
      for (const row of deadlineRows(student, deadlines)) inserts.push(row);
      rewritten++;
    }
    if (changed.length > 0) await db.deleteFrom('derived_deadlines').where('student_id', 'in', changed).execute();
    for (let first = 0; first < inserts.length; first += ROWS_PER_INSERT)
      await db
        .insertInto('derived_deadlines')
        .values(inserts.slice(first, first + ROWS_PER_INSERT))
        .execute();
    // An upsert, not an update: a child computed for the first time has no row yet, and two refreshes running at
    // once (several servers) may both find it missing.
    if (computations.length > 0)
      await db
        .insertInto('deadline_computations')
        .values(computations)
        .onConflict((conflict) =>
          conflict.column('student_id').doUpdateSet({ computed_on: (eb) => eb.ref('excluded.computed_on') }),
        )
        .execute();
  }
  return { rewritten, unchanged };
}
