import { planInEffect } from '../../core/case/plan-in-effect';
import { nextSteps } from '../../core/next-steps/next-steps';
import type { NextStepsResponse } from '../../core/schemas/next-steps';
import { computeTimeline } from '../../core/timeline/compute-timeline';
import type { Database } from '../db/database';
import { findLatestGuideAnswers } from '../db/guide-queries';
import { listPlanSpansOfStudent } from '../db/plan-queries';
import { ledgerOfStudent } from './service-log-services';
import { studentCaseFile, withServiceFindings } from './student-timeline';

/** A child's next steps as of a day: the deadline engine's answer turned into what to do (core/next-steps), with that answer. */
export async function studentNextSteps(
  database: Database,
  studentId: string,
  asOf: string,
): Promise<NextStepsResponse> {
  const caseFile = await studentCaseFile(database.db, studentId);
  const plans = await listPlanSpansOfStudent(database.db, studentId);
  // Only whether answers exist: the guide's result is not needed here.
  const guide = await findLatestGuideAnswers(database.db, studentId);
  const ledger = await ledgerOfStudent(database.db, studentId, asOf);
  const timeline = withServiceFindings(computeTimeline(caseFile, asOf), ledger);
  const steps = nextSteps({
    caseFile,
    timeline,
    planInEffect: planInEffect(plans, asOf),
    hasGuideAnswers: guide !== null,
    servicesOwed: ledger.services,
  });
  return { asOf, steps, timeline };
}
