import { goalProgressInput } from '../../core/progress/goal-progress-input';
import { goalProgressView } from '../../core/progress/goal-progress-view';
import type { GoalProgress, GoalProgressQuery } from '../../core/schemas/progress-data';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { listPhaseChangesOfGoal, listPointsOfGoal } from '../db/progress-queries';
import { requireGoalIn, requireGoalVersion, requirePlanGoal, toProgressPoint } from './require-plan-goal';

/**
 * A goal's progress as of a date: the goal read from the final version in effect then (or the version asked
 * for), its stored scores and phase changes analysed by core/progress, the status in the chosen label set and
 * language, the graph and its text alternative. A goal without the numbers an analysis needs answers 409
 * naming what the IEP goal lacks (`baseline.value`, `target.date`, …).
 */
export async function getGoalProgress(
  database: Database,
  clock: Clock,
  planId: string,
  goalId: string,
  query: GoalProgressQuery,
): Promise<GoalProgress> {
  const asOf = query.asOf ?? clock.today();
  const plan = await requirePlanGoal(database.db, planId, goalId);
  const version = requireGoalVersion(plan, asOf, query.versionId);
  const goal = requireGoalIn(version, goalId);
  const key = { planId, goalId };
  const points = await listPointsOfGoal(database.db, key);
  const phaseChanges = await listPhaseChangesOfGoal(database.db, key);
  const built = goalProgressInput(goal, {
    points: points.map(toProgressPoint),
    phaseChanges: phaseChanges.map((c) => c.date),
    introduced: query.introduced === 'true',
  });
  if (!built.ok) throw new AppError('conflict', built.message, { issues: built.issues });
  const view = goalProgressView(built.input, {
    asOf,
    language: query.language,
    labelSet: query.labelSet,
    idPrefix: `goal-${goalId}`,
  });
  return {
    planId,
    versionId: version.id,
    versionNumber: version.number,
    goal,
    input: built.input,
    ...view,
    points,
    phaseChanges,
  };
}
