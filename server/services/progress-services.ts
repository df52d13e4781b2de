import type {
  PhaseChangeInput,
  PhaseChangeRecord,
  ProgressPointInput,
  ProgressPointRecord,
} from '../../core/schemas/progress-data';
import { AppError } from '../app-error';
import type { Database } from '../db/database';
import {
  deletePhaseChange,
  deletePoint,
  findPhaseChange,
  findPhaseChangeOnDate,
  findPoint,
  findPointOnDate,
  insertPhaseChange,
  insertPoint,
  listPhaseChangesOfGoal,
  listPointsOfGoal,
  updatePoint,
  type GoalKey,
} from '../db/progress-queries';
import { sortableId } from '../db/sortable-id';
import { recordedWrite, type WriteContext } from './recorded-write';
import { requirePlanGoal } from './require-plan-goal';
import { found } from './require-record';

type Trx = Database['db'];

/** A goal has one score per day: a second one is refused, naming the one to correct instead. */
async function refuseSecondScore(trx: Trx, key: GoalKey, date: string, exceptId: string | null): Promise<void> {
  const existing = await findPointOnDate(trx, key, date);
  if (existing !== null && existing.id !== exceptId) {
    throw new AppError(
      'conflict',
      `a score (${String(existing.value)}) is already recorded for this goal on ${date}; correct that score (id ${existing.id}) instead`,
      { issues: [{ field: 'date', message: `a score is already recorded on ${date}` }] },
    );
  }
}

function optionalText(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** A goal's scores in date order; 404 for an unknown plan or goal. */
export async function listGoalPoints(
  database: Database,
  planId: string,
  goalId: string,
): Promise<ProgressPointRecord[]> {
  await requirePlanGoal(database.db, planId, goalId);
  return listPointsOfGoal(database.db, { planId, goalId });
}

/** Records one score for a goal, with its history row. */
export async function addProgressPoint(
  options: WriteContext & { readonly planId: string; readonly goalId: string; readonly input: ProgressPointInput },
): Promise<ProgressPointRecord> {
  const { planId, goalId, input } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const plan = await requirePlanGoal(trx, planId, goalId);
    await refuseSecondScore(trx, { planId, goalId }, input.date, null);
    const point: ProgressPointRecord = {
      id: sortableId(),
      studentId: plan.studentId,
      planId,
      goalId,
      date: input.date,
      value: input.value,
      note: optionalText(input.note),
      measuredBy: optionalText(input.measuredBy),
      createdAt: at,
      updatedAt: at,
    };
    await insertPoint(trx, point);
    await changed({
      entity: 'progress-point',
      entityId: point.id,
      studentId: plan.studentId,
      action: 'create',
      data: point,
    });
    return point;
  });
}

/** Corrects a score (its date, value, note, who measured it); the history keeps what it was. */
export async function correctProgressPoint(
  options: WriteContext & { readonly pointId: string; readonly input: ProgressPointInput },
): Promise<ProgressPointRecord> {
  const { pointId, input } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const current = found(await findPoint(trx, pointId), 'progress point');
    await refuseSecondScore(trx, current, input.date, current.id);
    const next: ProgressPointRecord = {
      ...current,
      date: input.date,
      value: input.value,
      note: optionalText(input.note),
      measuredBy: optionalText(input.measuredBy),
      updatedAt: at,
    };
    await updatePoint(trx, next);
    await changed({
      entity: 'progress-point',
      entityId: pointId,
      studentId: current.studentId,
      action: 'update',
      data: next,
    });
    return next;
  });
}

/** Removes a score entered by mistake; its history (every state, then the deletion) stays. */
export async function deleteProgressPoint(options: WriteContext & { readonly pointId: string }): Promise<void> {
  const { pointId } = options;
  await recordedWrite(options, async ({ trx, changed }) => {
    const current = found(await findPoint(trx, pointId), 'progress point');
    await deletePoint(trx, pointId);
    await changed({
      entity: 'progress-point',
      entityId: pointId,
      studentId: current.studentId,
      action: 'delete',
      data: current,
    });
  });
}

/** A goal's phase changes in date order. */
export async function listGoalPhaseChanges(
  database: Database,
  planId: string,
  goalId: string,
): Promise<PhaseChangeRecord[]> {
  await requirePlanGoal(database.db, planId, goalId);
  return listPhaseChangesOfGoal(database.db, { planId, goalId });
}

/** Records that instruction changed for a goal on a date; later scores make the new trend. One per day. */
export async function addPhaseChange(
  options: WriteContext & { readonly planId: string; readonly goalId: string; readonly input: PhaseChangeInput },
): Promise<PhaseChangeRecord> {
  const { planId, goalId, input } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const plan = await requirePlanGoal(trx, planId, goalId);
    const existing = await findPhaseChangeOnDate(trx, { planId, goalId }, input.date);
    if (existing !== null) {
      throw new AppError('conflict', `a change in instruction is already recorded for this goal on ${input.date}`, {
        issues: [{ field: 'date', message: `a change in instruction is already recorded on ${input.date}` }],
      });
    }
    const change: PhaseChangeRecord = {
      id: sortableId(),
      studentId: plan.studentId,
      planId,
      goalId,
      date: input.date,
      label: input.label,
      createdAt: at,
    };
    await insertPhaseChange(trx, change);
    await changed({
      entity: 'phase-change',
      entityId: change.id,
      studentId: plan.studentId,
      action: 'create',
      data: change,
    });
    return change;
  });
}

/** Removes a phase change recorded by mistake; the history keeps it. */
export async function removePhaseChange(options: WriteContext & { readonly id: string }): Promise<void> {
  const { id } = options;
  await recordedWrite(options, async ({ trx, changed }) => {
    const current = found(await findPhaseChange(trx, id), 'phase change');
    await deletePhaseChange(trx, id);
    await changed({
      entity: 'phase-change',
      entityId: id,
      studentId: current.studentId,
      action: 'delete',
      data: current,
    });
  });
}
