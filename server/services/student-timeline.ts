import { computeTimeline } from '../../core/timeline/compute-timeline';
import type { CaseFile } from '../../core/schemas/case-file';
import type { TimelineResult } from '../../core/timeline/timeline-result';
import type { Database } from '../db/database';
import { listEventsOfStudent } from '../db/event-queries';
import { requireStudent } from './require-record';

/** A child's stored record as a case file (spec/case-file.md), the deadline engine's input. */
export async function studentCaseFile(database: Database, studentId: string): Promise<CaseFile> {
  const student = await requireStudent(database.db, studentId);
  const events = await listEventsOfStudent(database.db, studentId);
  return {
    jurisdiction: student.jurisdiction,
    ...(student.birthDate === null ? {} : { student: { birthDate: student.birthDate } }),
    events: events.map((stored) => stored.event),
  };
}

/** Every deadline and finding for a child as of a day, computed by core/timeline from the stored events. */
export async function studentTimeline(database: Database, studentId: string, asOf: string): Promise<TimelineResult> {
  return computeTimeline(await studentCaseFile(database, studentId), asOf);
}
