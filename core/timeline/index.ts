/**
 * The public API of the deadline engine, for the CLI (`binder timeline`), the HTTP API
 * (`POST /api/v1/timeline`) and the web app. Everything here is pure and runs in the browser too.
 */
export { computeTimeline } from './compute-timeline';
export { parseCaseFile, caseFileSchema, EVENT_TYPES, TEAM_ROLES } from '../schemas/case-file';
export type { CaseEvent, CaseFile, EventType, ParseCaseFileResult, TeamRole } from '../schemas/case-file';
export {
  DEADLINE_STATUSES,
  FINDING_CODES,
  SEVERITIES,
  convention as conventionSchema,
  deadlineSchema,
  findingSchema,
  reminderSchema,
  timelineResultSchema,
} from './timeline-result';
export type {
  Convention,
  Deadline,
  DeadlineStatus,
  Finding,
  FindingCode,
  Reminder,
  Severity,
  TimelineResult,
} from './timeline-result';
export { CONVENTIONS } from './conventions';
export type { ConventionId } from './conventions';
export { UNANSWERED_REQUEST_DAYS } from './findings/find-event-findings';
export {
  allCitations,
  allCitationRecords,
  allDeadlineRules,
  allReminderRules,
  findRule,
  hasCitation,
  jurisdictionFacts,
  rulesForJurisdiction,
} from '../law';
