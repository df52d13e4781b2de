import type { Migration } from 'kysely';
import * as createCaseTables from './20261128070000-create-case-tables';
import * as createPlanVersionsMeetingsLog from './20261128080000-create-plan-versions-meetings-log';
import * as createLettersGuideAnswers from './20261128090000-create-letters-guide-answers';
import * as createProgressData from './20261128100000-create-progress-data';
import * as createDerivedDeadlines from './20261128110000-create-derived-deadlines';
import * as indexDerivedDeadlinesBySchool from './20261128120000-index-derived-deadlines-by-school';
import * as backfillDeadlineSchools from './20261128130000-backfill-deadline-schools';
import * as createAccountsSharingAudit from './20261128140000-create-accounts-sharing-audit';
import * as createStudentCalendars from './20261128150000-create-student-calendars';
import * as addAuditEntryCount from './20261206030000-add-audit-entry-count';
import * as addStudentGradeStarts from './20261206210000-add-student-grade-starts';
import * as indexOpenDeadlinesByDue from './20261206230000-index-open-deadlines-by-due';
import * as addServiceLogReasons from './20261207010000-add-service-log-reasons';
import * as addMeetingStatus from './20261207020000-add-meeting-status';
import * as createSchoolPeople from './20261207030000-create-school-people';
import * as createCalendarFeeds from './20261207040000-create-calendar-feeds';
import * as createMailAndReminders from './20261207050000-create-mail-and-reminders';
import * as addUserReadingLanguage from './20261208010000-add-user-reading-language';
import * as widenCalendarFeedLanguages from './20261208030000-widen-calendar-feed-languages';
import * as createDocuments from './20261207060000-create-documents';
import * as indexOpenDeadlinesBySchool from './20261208040000-index-open-deadlines-by-school';
import * as createDeadlineComputations from './20261208050000-create-deadline-computations';

/**
 * Every migration, in order. Listed by hand (not read from the folder) so the same list works under tsx,
 * in bundles and in tests. Add a new file as `<yyyymmddhhmmss>-<verb-noun>.ts` and list it here (CONTRIBUTING.md).
 */
export const migrations: Record<string, Migration> = {
  '20261128070000-create-case-tables': createCaseTables,
  '20261128080000-create-plan-versions-meetings-log': createPlanVersionsMeetingsLog,
  '20261128090000-create-letters-guide-answers': createLettersGuideAnswers,
  '20261128100000-create-progress-data': createProgressData,
  '20261128110000-create-derived-deadlines': createDerivedDeadlines,
  '20261128120000-index-derived-deadlines-by-school': indexDerivedDeadlinesBySchool,
  '20261128130000-backfill-deadline-schools': backfillDeadlineSchools,
  '20261128140000-create-accounts-sharing-audit': createAccountsSharingAudit,
  '20261128150000-create-student-calendars': createStudentCalendars,
  '20261206030000-add-audit-entry-count': addAuditEntryCount,
  '20261206210000-add-student-grade-starts': addStudentGradeStarts,
  '20261206230000-index-open-deadlines-by-due': indexOpenDeadlinesByDue,
  '20261207010000-add-service-log-reasons': addServiceLogReasons,
  '20261207020000-add-meeting-status': addMeetingStatus,
  '20261207030000-create-school-people': createSchoolPeople,
  '20261207040000-create-calendar-feeds': createCalendarFeeds,
  '20261207050000-create-mail-and-reminders': createMailAndReminders,
  '20261207060000-create-documents': createDocuments,
  '20261208010000-add-user-reading-language': addUserReadingLanguage,
  '20261208030000-widen-calendar-feed-languages': widenCalendarFeedLanguages,
  '20261208040000-index-open-deadlines-by-school': indexOpenDeadlinesBySchool,
  '20261208050000-create-deadline-computations': createDeadlineComputations,
};
