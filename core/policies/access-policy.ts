import type { AccessRole } from '../schemas/access-role';

// How a person is related to one child's record (core/schemas/access-role.ts). A family owns its children
// (owner, set when the child is added); the owner invites the others. Nothing else grants access:
// administrators and unrelated accounts have none (deny by default; docs/decisions/0008-sharing-and-policies.md).
// The server enforces these rules on every route; the web app derives what its screens offer from the same
// data (web/case/role-abilities.ts; docs/decisions/0021-policies-in-core.md).

/** What someone may try to do with part of a child's record. */
export const STUDENT_ACTIONS = [
  'read',
  'write',
  'comment',
  'write-letter',
  /** A school person changing their own entry in the child's directory of the school's people. */
  'edit-own-entry',
  'enter-progress',
  'log-service',
  'share',
  'export',
  'delete',
] as const;
export type StudentAction = (typeof STUDENT_ACTIONS)[number];

/** The parts of a child's record that have a policy, by the name the audit trail shows. */
export const ENTITY_NAMES = [
  'student',
  'plan',
  'progress',
  'service-log',
  'meeting',
  'case-event',
  'school-calendar',
  'communication',
  'school-people',
  'guide-answers',
  'letter',
  'comment',
  'sharing',
  'audit-trail',
  'whole-record',
  'document',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

/** One entity's rules: for each action, the roles allowed. An action not listed is denied to everyone. */
export interface EntityPolicy {
  /** The entity's name as the audit trail shows it. */
  readonly entity: EntityName;
  readonly allow: Partial<Readonly<Record<StudentAction, readonly AccessRole[]>>>;
}

/** Deny by default: allowed only when the policy lists the action and the caller's role under it. */
export function isAllowed(policy: EntityPolicy, action: StudentAction, role: AccessRole | null): boolean {
  if (role === null) return false;
  return policy.allow[action]?.includes(role) ?? false;
}

/** Everyone related to the child: the family, the advocate and school staff. */
export const EVERYONE: readonly AccessRole[] = ['owner', 'co-parent', 'advocate', 'school-staff'];
/** The family and the advocate they chose. */
export const FAMILY_AND_ADVOCATE: readonly AccessRole[] = ['owner', 'co-parent', 'advocate'];
/** The family: the owner and a co-parent have the same full access, except that only the owner deletes. */
export const FAMILY: readonly AccessRole[] = ['owner', 'co-parent'];
