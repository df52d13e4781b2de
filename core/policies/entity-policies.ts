import { EVERYONE, FAMILY, FAMILY_AND_ADVOCATE, type EntityPolicy } from './access-policy';

// Who may do what with each part of a child's record: pure data, read by the server's access check (every
// route names one policy and action) and by the web app's abilities. Deny by default: see access-policy.ts.

/** The child's own details (name, school, grade, contacts) and their change history. */
export const studentPolicy: EntityPolicy = {
  entity: 'student',
  allow: { read: EVERYONE, write: FAMILY },
};

/** IEPs and 504 plans with their versions, goals and services: school staff read the plan they deliver. */
export const planPolicy: EntityPolicy = {
  entity: 'plan',
  allow: { read: EVERYONE, write: FAMILY },
};

/** Progress-monitoring data per goal (points, phase changes, reports): school staff enter it. */
export const progressPolicy: EntityPolicy = {
  entity: 'progress',
  allow: { read: EVERYONE, 'enter-progress': EVERYONE },
};

/** Sessions of a plan's services as delivered (or missed): school staff log them, the family can too. */
export const serviceLogPolicy: EntityPolicy = {
  entity: 'service-log',
  allow: { read: EVERYONE, 'log-service': EVERYONE },
};

/** Meetings and who attended. */
export const meetingPolicy: EntityPolicy = {
  entity: 'meeting',
  allow: { read: FAMILY_AND_ADVOCATE, write: FAMILY },
};

/** The case's dated events and what the deadline engine makes of them (timeline, case file). */
export const caseEventPolicy: EntityPolicy = {
  entity: 'case-event',
  allow: { read: FAMILY_AND_ADVOCATE, write: FAMILY },
};

/**
 * The child's school calendar: part of the case the deadline engine reads (school-day deadlines), so it
 * follows the case events — the family and their advocate read it, the family changes it.
 */
export const schoolCalendarPolicy: EntityPolicy = {
  entity: 'school-calendar',
  allow: { read: FAMILY_AND_ADVOCATE, write: FAMILY },
};

/** The family's log of calls, e-mails and letters with the school. */
export const communicationPolicy: EntityPolicy = {
  entity: 'communication',
  allow: { read: FAMILY_AND_ADVOCATE, write: FAMILY },
};

/**
 * Documents the family keeps (the school's PDFs, reports, photos of letters) and the search over the record:
 * the family and their advocate read them; the family uploads, corrects and deletes them.
 */
export const documentPolicy: EntityPolicy = {
  entity: 'document',
  allow: { read: FAMILY_AND_ADVOCATE, write: FAMILY },
};

/**
 * The child's directory of the school's people (case manager, teacher, principal, …): everyone with a grant
 * reads it (it is how they reach each other), the family keeps it, and a school person corrects the entry
 * that is theirs (the one with their account's e-mail; the service checks that).
 */
export const schoolPeoplePolicy: EntityPolicy = {
  entity: 'school-people',
  allow: { read: EVERYONE, write: FAMILY, 'edit-own-entry': ['school-staff'] },
};

/** The family's answers to the IEP-or-504 guide. */
export const guidePolicy: EntityPolicy = {
  entity: 'guide-answers',
  allow: { read: FAMILY_AND_ADVOCATE, write: FAMILY },
};

/** Letters to the school: the advocate may draft and send them with the family. */
export const letterPolicy: EntityPolicy = {
  entity: 'letter',
  allow: { read: FAMILY_AND_ADVOCATE, 'write-letter': FAMILY_AND_ADVOCATE },
};

/** Comments on the record: the family and the advocate discuss the case. */
export const commentPolicy: EntityPolicy = {
  entity: 'comment',
  allow: { read: FAMILY_AND_ADVOCATE, comment: FAMILY_AND_ADVOCATE },
};

/** Who has access to the child's record, invitation links, and revoking access. */
export const sharingPolicy: EntityPolicy = {
  entity: 'sharing',
  allow: { read: FAMILY, share: FAMILY },
};

/** "Who looked at or changed my child's record": the family reads the child's audit trail. */
export const auditTrailPolicy: EntityPolicy = {
  entity: 'audit-trail',
  allow: { read: FAMILY },
};

/** The whole record at once: the family exports it; only the owner deletes it. */
export const wholeRecordPolicy: EntityPolicy = {
  entity: 'whole-record',
  allow: { export: FAMILY, delete: ['owner'] },
};

/** Every policy, for checks that must cover them all. */
export const ENTITY_POLICIES: readonly EntityPolicy[] = [
  studentPolicy,
  planPolicy,
  progressPolicy,
  serviceLogPolicy,
  meetingPolicy,
  caseEventPolicy,
  schoolCalendarPolicy,
  communicationPolicy,
  documentPolicy,
  schoolPeoplePolicy,
  guidePolicy,
  letterPolicy,
  commentPolicy,
  sharingPolicy,
  auditTrailPolicy,
  wholeRecordPolicy,
];
