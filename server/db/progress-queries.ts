import type { Insertable, Kysely, Selectable } from 'kysely';
import type { PhaseChangeRecord, ProgressPointRecord } from '../../core/schemas/progress-data';
import type { DatabaseSchema, PhaseChangeTable, ProgressPointTable } from './schema';

/** Which goal: the plan and the goal's stable id inside the plan's content. */
export interface GoalKey {
  readonly planId: string;
  readonly goalId: string;
}

function toPoint(row: Selectable<ProgressPointTable>): ProgressPointRecord {
  return {
    id: row.id,
    studentId: row.student_id,
    planId: row.plan_id,
    goalId: row.goal_id,
    date: row.date,
    value: row.value,
    note: row.note,
    measuredBy: row.measured_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toPhaseChange(row: Selectable<PhaseChangeTable>): PhaseChangeRecord {
  return {
    id: row.id,
    studentId: row.student_id,
    planId: row.plan_id,
    goalId: row.goal_id,
    date: row.date,
    label: row.label,
    createdAt: row.created_at,
  };
}

/** A goal's scores in date order. */
export async function listPointsOfGoal(db: Kysely<DatabaseSchema>, key: GoalKey): Promise<ProgressPointRecord[]> {
  const rows = await db
    .selectFrom('progress_points')
    .selectAll()
    .where('plan_id', '=', key.planId)
    .where('goal_id', '=', key.goalId)
    .orderBy('date')
    .orderBy('id')
    .execute();
  return rows.map(toPoint);
}

/** Every score of a plan's goals, in date order (one query for a whole report). */
export async function listPointsOfPlan(db: Kysely<DatabaseSchema>, planId: string): Promise<ProgressPointRecord[]> {
  const rows = await db
    .selectFrom('progress_points')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('date')
    .orderBy('id')
    .execute();
  return rows.map(toPoint);
}

export async function findPoint(db: Kysely<DatabaseSchema>, id: string): Promise<ProgressPointRecord | null> {
  const row = await db.selectFrom('progress_points').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toPoint(row);
}

/** The goal's score on a date, if any (a goal has at most one per day). */
export async function findPointOnDate(
  db: Kysely<DatabaseSchema>,
  key: GoalKey,
  date: string,
): Promise<ProgressPointRecord | null> {
  const row = await db
    .selectFrom('progress_points')
    .selectAll()
    .where('plan_id', '=', key.planId)
    .where('goal_id', '=', key.goalId)
    .where('date', '=', date)
    .executeTakeFirst();
  return row === undefined ? null : toPoint(row);
}

/** The stored row of a score. */
export function pointRow(point: ProgressPointRecord): Insertable<ProgressPointTable> {
  return {
    id: point.id,
    student_id: point.studentId,
    plan_id: point.planId,
    goal_id: point.goalId,
    date: point.date,
    value: point.value,
    note: point.note,
    measured_by: point.measuredBy,
    created_at: point.createdAt,
    updated_at: point.updatedAt,
  };
}

export async function insertPoint(db: Kysely<DatabaseSchema>, point: ProgressPointRecord): Promise<void> {
  await db.insertInto('progress_points').values(pointRow(point)).execute();
}

/** Writes a corrected score's date, value, note and who measured it. */
export async function updatePoint(db: Kysely<DatabaseSchema>, point: ProgressPointRecord): Promise<void> {
  await db
    .updateTable('progress_points')
    .set({
      date: point.date,
      value: point.value,
      note: point.note,
      measured_by: point.measuredBy,
      updated_at: point.updatedAt,
    })
    .where('id', '=', point.id)
    .execute();
}

export async function deletePoint(db: Kysely<DatabaseSchema>, id: string): Promise<void> {
  await db.deleteFrom('progress_points').where('id', '=', id).execute();
}

/** A goal's phase changes in date order. */
export async function listPhaseChangesOfGoal(db: Kysely<DatabaseSchema>, key: GoalKey): Promise<PhaseChangeRecord[]> {
  const rows = await db
    .selectFrom('phase_changes')
    .selectAll()
    .where('plan_id', '=', key.planId)
    .where('goal_id', '=', key.goalId)
    .orderBy('date')
    .orderBy('id')
    .execute();
  return rows.map(toPhaseChange);
}

/** Every phase change of a plan's goals, in date order. */
export async function listPhaseChangesOfPlan(db: Kysely<DatabaseSchema>, planId: string): Promise<PhaseChangeRecord[]> {
  const rows = await db
    .selectFrom('phase_changes')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('date')
    .orderBy('id')
    .execute();
  return rows.map(toPhaseChange);
}

export async function findPhaseChange(db: Kysely<DatabaseSchema>, id: string): Promise<PhaseChangeRecord | null> {
  const row = await db.selectFrom('phase_changes').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toPhaseChange(row);
}

export async function findPhaseChangeOnDate(
  db: Kysely<DatabaseSchema>,
  key: GoalKey,
  date: string,
): Promise<PhaseChangeRecord | null> {
  const row = await db
    .selectFrom('phase_changes')
    .selectAll()
    .where('plan_id', '=', key.planId)
    .where('goal_id', '=', key.goalId)
    .where('date', '=', date)
    .executeTakeFirst();
  return row === undefined ? null : toPhaseChange(row);
}

export async function insertPhaseChange(db: Kysely<DatabaseSchema>, change: PhaseChangeRecord): Promise<void> {
  await db
    .insertInto('phase_changes')
    .values({
      id: change.id,
      student_id: change.studentId,
      plan_id: change.planId,
      goal_id: change.goalId,
      date: change.date,
      label: change.label,
      created_at: change.createdAt,
    })
    .execute();
}

export async function deletePhaseChange(db: Kysely<DatabaseSchema>, id: string): Promise<void> {
  await db.deleteFrom('phase_changes').where('id', '=', id).execute();
}
