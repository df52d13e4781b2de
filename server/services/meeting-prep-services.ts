import { compare504Plans, compareIeps, type PlanChange } from '../../core/case/compare-plans';
import { meetingPrepSheet, type MeetingPrepSheet, type PrepLanguage } from '../../core/case/meeting-prep-sheet';
import { suggestedQuestions, type GoalNotOnTrack, type SuggestedQuestion } from '../../core/case/meeting-questions';
import { analyzeProgress } from '../../core/progress/analyze-progress';
import { goalProgressInput } from '../../core/progress/goal-progress-input';
import type { Plan, PlanVersion } from '../../core/schemas/plan';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { findMeeting } from '../db/meeting-queries';
import { listPlansOfStudent } from '../db/plan-queries';
import { listPhaseChangesOfGoal, listPointsOfGoal } from '../db/progress-queries';
import { studentNextSteps } from './next-steps-service';
import { toProgressPoint } from './require-plan-goal';
import { found, requireStudent } from './require-record';

/** A plan's final versions, oldest first. */
function finalVersions(plan: Plan): PlanVersion[] {
  return plan.versions.filter((v) => v.status === 'final').sort((a, b) => a.number - b.number);
}

/** Services cut or removed between the last two final versions of each plan. */
function cutServices(plans: readonly Plan[]): PlanChange[] {
  return plans.flatMap((plan) => {
    const finals = finalVersions(plan);
    const before = finals.at(-2);
    const after = finals.at(-1);
    if (before === undefined || after === undefined) return [];
    const changes =
      before.framework === 'iep' && after.framework === 'iep'
        ? compareIeps(before.content, after.content)
        : before.framework === '504' && after.framework === '504'
          ? compare504Plans(before.content, after.content)
          : [];
    return changes.filter(
      (change) => change.section === 'services' && (change.effect === 'reduced' || change.effect === 'removed'),
    );
  });
}

/** The goals of each IEP's latest final version that the progress analysis finds not on track as of `asOf`. */
async function goalsNotOnTrack(db: Database['db'], plans: readonly Plan[], asOf: string): Promise<GoalNotOnTrack[]> {
  const goals: GoalNotOnTrack[] = [];
  for (const plan of plans) {
    const latest = finalVersions(plan).at(-1);
    if (latest?.framework !== 'iep') continue;
    for (const goal of latest.content.goals) {
      const key = { planId: plan.id, goalId: goal.id };
      const points = await listPointsOfGoal(db, key);
      if (points.length === 0) continue;
      const phaseChanges = await listPhaseChangesOfGoal(db, key);
      const built = goalProgressInput(goal, {
        points: points.map(toProgressPoint),
        phaseChanges: phaseChanges.map((c) => c.date),
        introduced: true,
      });
      if (!built.ok) continue;
      if (analyzeProgress(built.input, asOf).status === 'not-on-track') {
        goals.push({ id: goal.id, area: goal.area, statement: goal.statement });
      }
    }
  }
  return goals;
}

/**
 * Questions the case suggests for a meeting (core/case/meeting-questions.ts): overdue items and findings of
 * the child's timeline as of today, goals not on track, services cut in the latest plan version.
 */
export async function suggestMeetingQuestions(
  database: Database,
  clock: Clock,
  meetingId: string,
): Promise<SuggestedQuestion[]> {
  const meeting = found(await findMeeting(database.db, meetingId), 'meeting');
  const today = clock.today();
  const { steps, timeline } = await studentNextSteps(database, meeting.studentId, today);
  const plans = await listPlansOfStudent(database.db, meeting.studentId);
  return suggestedQuestions({
    steps,
    findings: timeline.findings,
    goalsNotOnTrack: await goalsNotOnTrack(database.db, plans, today),
    cutServices: cutServices(plans),
  });
}

/** The parent's one-page preparation sheet for a meeting, in English or Spanish. */
export async function meetingPrep(
  database: Database,
  meetingId: string,
  language: PrepLanguage,
): Promise<MeetingPrepSheet> {
  const meeting = found(await findMeeting(database.db, meetingId), 'meeting');
  const student = await requireStudent(database.db, meeting.studentId);
  return meetingPrepSheet(meeting, student.givenName, language);
}
