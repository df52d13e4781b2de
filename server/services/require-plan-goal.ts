import { finalVersionOn } from '../../core/case/final-version-on';
import type { IepGoal } from '../../core/schemas/iep';
import type { Plan, PlanVersion } from '../../core/schemas/plan';
import type { ProgressPoint } from '../../core/schemas/progress';
import type { ProgressPointRecord } from '../../core/schemas/progress-data';
import { AppError } from '../app-error';
import type { Database } from '../db/database';
import { findPlan } from '../db/plan-queries';
import { found } from './require-record';

type IepVersion = Extract<PlanVersion, { framework: 'iep' }>;

/** The plan, or 404. */
export async function requirePlan(db: Database['db'], planId: string): Promise<Plan> {
  return found(await findPlan(db, planId), 'plan');
}

/**
 * The IEP plan that has a goal with this id in any of its versions, or 404. Data may be kept for a goal a later
 * version removed (it is still that goal's history) and for a goal only a draft has yet (baseline probes are
 * often taken while the IEP is being written).
 */
export async function requirePlanGoal(db: Database['db'], planId: string, goalId: string): Promise<Plan> {
  const plan = await requirePlan(db, planId);
  if (plan.framework !== 'iep') throw new AppError('not-found', 'goal not found: a 504 plan has no goals');
  const isKnown = plan.versions.some((v) => v.framework === 'iep' && v.content.goals.some((g) => g.id === goalId));
  if (!isKnown) throw AppError.notFound('goal');
  return plan;
}

/**
 * The IEP version goals are read from: the one asked for, else the final version in effect on `day`
 * (docs/decisions/0005-progress-data.md). 409 when the plan has no final version and none was named.
 */
export function requireGoalVersion(plan: Plan, day: string, versionId: string | undefined): IepVersion {
  if (plan.framework !== 'iep') throw new AppError('conflict', 'a 504 plan has no goals to report progress on');
  const version =
    versionId === undefined
      ? finalVersionOn(plan.versions, day)
      : found(plan.versions.find((v) => v.id === versionId) ?? null, 'plan version');
  if (version === null) {
    throw new AppError('conflict', 'this plan has no final version yet; pass versionId to read the goals of a draft');
  }
  if (version.framework !== 'iep') throw new AppError('conflict', 'this version is not an IEP');
  return version;
}

/** The goal with this id in a version, or 404 naming the version. */
export function requireGoalIn(version: IepVersion, goalId: string): IepGoal {
  const goal = version.content.goals.find((g) => g.id === goalId);
  if (goal === undefined) {
    throw new AppError('not-found', `goal not found in version ${String(version.number)} of this plan`);
  }
  return goal;
}

/** A stored score as the analysis reads it. */
export function toProgressPoint(record: ProgressPointRecord): ProgressPoint {
  return {
    date: record.date,
    value: record.value,
    ...(record.note === null ? {} : { note: record.note }),
    ...(record.measuredBy === null ? {} : { measuredBy: record.measuredBy }),
  };
}
