import { isAllowed, type EntityPolicy, type StudentAction } from '../../core/policies/access-policy';
import {
  auditTrailPolicy,
  caseEventPolicy,
  commentPolicy,
  communicationPolicy,
  documentPolicy,
  guidePolicy,
  letterPolicy,
  meetingPolicy,
  planPolicy,
  progressPolicy,
  schoolCalendarPolicy,
  schoolPeoplePolicy,
  serviceLogPolicy,
  sharingPolicy,
  studentPolicy,
  wholeRecordPolicy,
} from '../../core/policies/entity-policies';
import type { AccessRole } from '../../core/schemas/access-role';

/** One rule of a policy: the action on the entity it governs. */
export interface PolicyRule {
  readonly policy: EntityPolicy;
  readonly action: StudentAction;
}

/**
 * What a role may do with one child's record, as the screens need it: they hide what a role cannot use
 * instead of offering a form the server would refuse. Each ability names the policy rules (core/policies/)
 * behind the requests its screens make, and is derived from them, never restated: a role has the ability
 * when every rule it names allows the role. The rules an ability groups allow the same roles
 * (role-abilities.test.ts); a policy change that splits them needs a new ability.
 */
export const ABILITY_RULES = {
  /** Read the child's details, plans, goals, progress, service sessions and the school's people. */
  canSeeRecord: [
    { policy: studentPolicy, action: 'read' },
    { policy: planPolicy, action: 'read' },
    { policy: progressPolicy, action: 'read' },
    { policy: serviceLogPolicy, action: 'read' },
    { policy: schoolPeoplePolicy, action: 'read' },
  ],
  /** Change the child's details, plans, meetings, timeline events, school calendar, communication log, documents, the school's people and guide answers. */
  canEditRecord: [
    { policy: studentPolicy, action: 'write' },
    { policy: planPolicy, action: 'write' },
    { policy: meetingPolicy, action: 'write' },
    { policy: caseEventPolicy, action: 'write' },
    { policy: schoolCalendarPolicy, action: 'write' },
    { policy: communicationPolicy, action: 'write' },
    { policy: documentPolicy, action: 'write' },
    { policy: schoolPeoplePolicy, action: 'write' },
    { policy: guidePolicy, action: 'write' },
  ],
  /** Read the meetings, timeline, school calendar, communication log, documents, guide answers and letters. */
  canSeeCase: [
    { policy: meetingPolicy, action: 'read' },
    { policy: caseEventPolicy, action: 'read' },
    { policy: schoolCalendarPolicy, action: 'read' },
    { policy: communicationPolicy, action: 'read' },
    { policy: documentPolicy, action: 'read' },
    { policy: guidePolicy, action: 'read' },
    { policy: letterPolicy, action: 'read' },
  ],
  /** Read and write comments. */
  canComment: [
    { policy: commentPolicy, action: 'read' },
    { policy: commentPolicy, action: 'comment' },
  ],
  /** Draft and send letters to the school. */
  canWriteLetters: [{ policy: letterPolicy, action: 'write-letter' }],
  /** Correct one's own entry in the child's directory of the school's people (school staff). */
  canEditOwnSchoolEntry: [{ policy: schoolPeoplePolicy, action: 'edit-own-entry' }],
  /** Enter progress data and log service sessions. */
  canEnterData: [
    { policy: progressPolicy, action: 'enter-progress' },
    { policy: serviceLogPolicy, action: 'log-service' },
  ],
  /** See and change who has access, and read the audit trail. */
  canManageSharing: [
    { policy: sharingPolicy, action: 'read' },
    { policy: sharingPolicy, action: 'share' },
    { policy: auditTrailPolicy, action: 'read' },
  ],
  /** Download the whole record. */
  canExport: [{ policy: wholeRecordPolicy, action: 'export' }],
  /** Delete the child's record. */
  canDelete: [{ policy: wholeRecordPolicy, action: 'delete' }],
} as const satisfies Record<string, readonly PolicyRule[]>;

export type Ability = keyof typeof ABILITY_RULES;
export type Abilities = Readonly<Record<Ability, boolean>>;

/** The abilities of a role (none for no role: deny by default, like the server). */
export function abilitiesOf(role: AccessRole | null): Abilities {
  const entries = Object.entries(ABILITY_RULES).map(([ability, rules]) => [
    ability,
    rules.every((rule) => isAllowed(rule.policy, rule.action, role)),
  ]);
  return Object.fromEntries(entries) as Abilities;
}
