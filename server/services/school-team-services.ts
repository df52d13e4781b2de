import { addDays } from '../../core/calendar/add-days';
import { toEpochDay } from '../../core/calendar/epoch-day';
import { COMPLIANCE_MEASURES, complianceRate, type Outcomes } from '../../core/compliance/compliance-measures';
import { statusOf } from '../../core/timeline/deadlines-for-rule';
import { holdsSchoolStaffGrant } from '../db/access-queries';
import type { Database } from '../db/database';
import { viewerFor } from '../db/visible-students';
import { caseloadPage, schoolsOfVisibleStudents, type CaseloadQuery } from '../db/caseload-queries';
import type { CaseloadPageView, DistrictComplianceView, SchoolList } from '../../core/schemas/school-team';
import { countOpenBySchool } from '../db/open-deadline-count-queries';
import {
  countOutcomesBySchool,
  countUnansweredBySchool,
  listDeadlines,
  type StoredDeadline,
} from '../db/deadline-queries';

/** Whether the person is school staff for at least one child: the session says so, and the app offers the caseload. */
export async function isSchoolStaff(database: Database, userId: string): Promise<boolean> {
  return holdsSchoolStaffGrant(database.db, userId);
}

/** A case manager's caseload, one page at a time, from the stored deadlines. */
export async function getCaseload(
  database: Database,
  query: Omit<CaseloadQuery, 'viewerUserId'> & { viewerUserId: string },
): Promise<CaseloadPageView> {
  const viewer = await viewerFor(database.db, query.viewerUserId);
  const { rows, total } = await caseloadPage(database.db, { ...query, viewerUserId: viewer });
  return { asOf: query.asOf, total, page: query.page, pageSize: query.pageSize, students: rows };
}

/** The schools of the children this person can see, with counts (the caseload's school filter). */
export async function getSchools(database: Database, viewerUserId: string): Promise<SchoolList> {
  return { schools: await schoolsOfVisibleStudents(database.db, await viewerFor(database.db, viewerUserId)) };
}

type DeadlineItem = DistrictComplianceView['overdue']['items'][number];
type SchoolCompliance = DistrictComplianceView['schools'][number];

function withStatus(rows: readonly StoredDeadline[], asOf: string): DeadlineItem[] {
  const today = toEpochDay(asOf);
  return rows.map((row) => ({
    ...row,
    status: statusOf(
      row.due === null ? null : toEpochDay(row.due),
      row.completedOn === null ? null : toEpochDay(row.completedOn),
      today,
    ),
  }));
}

type SchoolOutcomes = Required<Outcomes> & { readonly school: string | null };

function sumOutcomes(items: readonly SchoolOutcomes[]): Required<Outcomes> {
  return items.reduce(
    (a, b) => ({
      met: a.met + b.met,
      late: a.late + b.late,
      overdue: a.overdue + b.overdue,
      unanswered: a.unanswered + b.unanswered,
    }),
    { met: 0, late: 0, overdue: 0, unanswered: 0 },
  );
}

/** One measure's outcomes by school: its deadlines, and the requests unanswered past their answer clock. */
async function measureOutcomesBySchool(
  database: Database,
  measure: (typeof COMPLIANCE_MEASURES)[number],
  asOf: string,
  viewerUserId: Awaited<ReturnType<typeof viewerFor>>,
): Promise<SchoolOutcomes[]> {
  const [outcomes, unanswered] = await Promise.all([
    countOutcomesBySchool(database.db, measure.deadlineKind, asOf, viewerUserId),
    countUnansweredBySchool(database.db, measure.unansweredKinds, asOf, viewerUserId),
  ]);
  const schools = [...new Set([...outcomes.map((row) => row.school), ...unanswered.map((row) => row.school)])];
  return schools.map((school) => {
    const row = outcomes.find((r) => r.school === school) ?? { met: 0, late: 0, overdue: 0 };
    return {
      school,
      met: row.met,
      late: row.late,
      overdue: row.overdue,
      unanswered: unanswered.find((r) => r.school === school)?.unanswered ?? 0,
    };
  });
}

/**
 * Every overdue and upcoming deadline across the district (the first `limit` of each), and per school the
 * open counts and the compliance measures (core/compliance). Reads stored deadlines only: two lists that stop
 * at `limit` and three grouped counts whatever the district's size; the lists' totals are the counts' sums.
 */
export async function getDistrictCompliance(
  database: Database,
  options: { asOf: string; upcomingDays: number; limit: number; viewerUserId: string },
): Promise<DistrictComplianceView> {
  const { asOf, upcomingDays, limit } = options;
  const viewerUserId = await viewerFor(database.db, options.viewerUserId);
  const until = addDays(asOf, upcomingDays);
  const [overdue, upcoming, open, ...outcomes] = await Promise.all([
    listDeadlines(database.db, { state: 'overdue', asOf }, { limit, viewerUserId }),
    listDeadlines(database.db, { state: 'upcoming', asOf, until }, { limit, viewerUserId }),
    countOpenBySchool(database.db, asOf, until, viewerUserId),
    ...COMPLIANCE_MEASURES.map((measure) => measureOutcomesBySchool(database, measure, asOf, viewerUserId)),
  ]);
  const schoolNames = [
    ...new Set([...open.map((row) => row.school), ...outcomes.flat().map((row) => row.school)]),
  ].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
  const measureRows = (school: string | null) =>
    COMPLIANCE_MEASURES.map((measure, index) => {
      const row = outcomes[index]?.find((r) => r.school === school);
      const counts = {
        met: row?.met ?? 0,
        late: row?.late ?? 0,
        overdue: row?.overdue ?? 0,
        unanswered: row?.unanswered ?? 0,
      };
      return { id: measure.id, ...counts, rate: complianceRate(counts) };
    });
  const schools: SchoolCompliance[] = schoolNames.map((school) => {
    const counts = open.find((row) => row.school === school);
    return { school, overdue: counts?.overdue ?? 0, upcoming: counts?.upcoming ?? 0, measures: measureRows(school) };
  });
  const district: SchoolCompliance = {
    school: null,
    overdue: schools.reduce((sum, s) => sum + s.overdue, 0),
    upcoming: schools.reduce((sum, s) => sum + s.upcoming, 0),
    measures: COMPLIANCE_MEASURES.map((measure, index) => {
      const counts = sumOutcomes(outcomes[index] ?? []);
      return { id: measure.id, ...counts, rate: complianceRate(counts) };
    }),
  };
  return {
    asOf,
    upcomingDays,
    overdue: { total: district.overdue, items: withStatus(overdue, asOf) },
    upcoming: { total: district.upcoming, items: withStatus(upcoming, asOf) },
    measures: COMPLIANCE_MEASURES.map((measure) => ({ ...measure, unansweredKinds: [...measure.unansweredKinds] })),
    district,
    schools,
  };
}
