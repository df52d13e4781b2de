import { planReviewEvents } from '../../core/case/plan-review-events';
import { servicesNotDeliveredFindings } from '../../core/ledger/services-not-delivered';
import type { ServicesLedger } from '../../core/schemas/service-ledger';
import { computeTimeline } from '../../core/timeline/compute-timeline';
import type { CaseFile } from '../../core/schemas/case-file';
import type { TimelineResult } from '../../core/timeline/timeline-result';
import type { Database } from '../db/database';
import { writeStudentDeadlines } from '../db/deadline-write-queries';
import { findCalendarOfStudent } from '../db/calendar-queries';
import { listEventsOfStudent } from '../db/event-queries';
import { listPlansOfStudent } from '../db/plan-queries';
import type { StudentRow } from '../db/student-queries';
import { requireStudent } from './require-record';
import { ledgerOfStudent } from './service-log-services';

type Db = Database['db'];

/**
 * A child's stored record as a case file (docs/case-file-contract.md) — events, school calendar, and each final
 * 504 plan version's next review date — the deadline engine's input.
 */
export async function studentCaseFile(db: Db, studentId: string): Promise<CaseFile> {
  return caseFileOf(db, await requireStudent(db, studentId));
}

async function caseFileOf(db: Db, student: StudentRow): Promise<CaseFile> {
  const events = await listEventsOfStudent(db, student.id);
  const { calendar } = await findCalendarOfStudent(db, student.id);
  const plans = await listPlansOfStudent(db, student.id);
  return {
    jurisdiction: student.jurisdiction,
    ...studentFacts(student),
    ...(calendar === null ? {} : { calendar }),
    events: [...events.map((stored) => stored.event), ...planReviewEvents(plans)],
  };
}

/** What the case file says about the child: the birth date and the dated grades, when known. */
function studentFacts(student: StudentRow): Pick<CaseFile, 'student'> {
  const facts = {
    ...(student.birthDate === null ? {} : { birthDate: student.birthDate }),
    ...(student.gradeStarts.length === 0 ? {} : { gradeStarts: student.gradeStarts }),
  };
  return Object.keys(facts).length === 0 ? {} : { student: facts };
}

/**
 * Every deadline and finding for a child as of a day, computed by core/timeline from the stored events, with the
 * services ledger's finding services-not-delivered (core/ledger) added to the findings.
 */
export async function studentTimeline(database: Database, studentId: string, asOf: string): Promise<TimelineResult> {
  const timeline = computeTimeline(await studentCaseFile(database.db, studentId), asOf);
  return withServiceFindings(timeline, await ledgerOfStudent(database.db, studentId, asOf));
}

/** The timeline with the findings the services ledger makes (services-not-delivered) after its own. */
export function withServiceFindings(timeline: TimelineResult, ledger: ServicesLedger): TimelineResult {
  const findings = servicesNotDeliveredFindings(ledger);
  return findings.length === 0 ? timeline : { ...timeline, findings: [...timeline.findings, ...findings] };
}

/**
 * Recomputes one child's deadlines and stores them for caseloads and the district dashboard. Called in the
 * same transaction as every write that changes the child's events, so the stored rows never lag the record.
 */
export async function refreshStudentDeadlines(db: Db, studentId: string, today: string): Promise<void> {
  const student = await requireStudent(db, studentId);
  const result = computeTimeline(await caseFileOf(db, student), today);
  await writeStudentDeadlines(db, [{ student, deadlines: result.deadlines }], today);
}
