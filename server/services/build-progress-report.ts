import { progressReport, type ProgressReport } from '../../core/progress/progress-report';
import type { ProgressReportQuery } from '../../core/schemas/progress-data';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { listPhaseChangesOfPlan, listPointsOfPlan } from '../db/progress-queries';
import { requireGoalVersion, requirePlan, toProgressPoint } from './require-plan-goal';
import { requireStudent } from './require-record';

/**
 * Loads what a progress report needs (the student, the plan version in effect on the last day of the period,
 * every goal's scores and phase changes) and lets core/progress write it. The period ends today unless `to`
 * is given; every status is judged as of that day.
 */
export async function buildProgressReport(
  database: Database,
  clock: Clock,
  planId: string,
  query: ProgressReportQuery,
): Promise<ProgressReport> {
  const to = query.to ?? clock.today();
  if (query.from !== undefined && query.from > to) {
    throw AppError.invalidInput([
      { field: 'from', message: `expected a date on or before ${to}, the end of the period` },
    ]);
  }
  const plan = await requirePlan(database.db, planId);
  const version = requireGoalVersion(plan, to, query.versionId);
  const student = await requireStudent(database.db, plan.studentId);
  const points = await listPointsOfPlan(database.db, planId);
  const phaseChanges = await listPhaseChangesOfPlan(database.db, planId);
  return progressReport({
    student,
    plan: { versionNumber: version.number, effectiveFrom: version.status === 'final' ? version.effectiveFrom : null },
    period: { from: query.from ?? null, to },
    language: query.language,
    labelSet: query.labelSet,
    goals: version.content.goals.map((goal) => ({
      goal,
      points: points.filter((p) => p.goalId === goal.id).map(toProgressPoint),
      phaseChanges: phaseChanges.filter((c) => c.goalId === goal.id),
    })),
  });
}
