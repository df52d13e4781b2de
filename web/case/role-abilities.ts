import type { AccessRole } from '../../core/schemas/access-role';

/**
 * What a role may do with one child's record, as the screens need it: they hide what a role cannot use
 * instead of offering a form the server would refuse. The server decides (server/policies/, deny by
 * default); this mirrors those rules and must change with them.
 */
export interface Abilities {
  /** Change the child's details, plans, meetings, timeline events and the communication log. */
  readonly canEditRecord: boolean;
  /** Read the meetings, timeline, communication log, guide answers and letters. */
  readonly canSeeCase: boolean;
  /** Read and write comments. */
  readonly canComment: boolean;
  /** Draft and send letters to the school. */
  readonly canWriteLetters: boolean;
  /** Enter progress data and log service sessions. */
  readonly canEnterData: boolean;
  /** See and change who has access, and read the audit trail. */
  readonly canManageSharing: boolean;
  /** Download the whole record. */
  readonly canExport: boolean;
  /** Delete the child's record. */
  readonly canDelete: boolean;
}

const FAMILY: readonly AccessRole[] = ['owner', 'co-parent'];
const FAMILY_AND_ADVOCATE: readonly AccessRole[] = ['owner', 'co-parent', 'advocate'];

export function abilitiesOf(role: AccessRole | null): Abilities {
  const is = (roles: readonly AccessRole[]) => role !== null && roles.includes(role);
  return {
    canEditRecord: is(FAMILY),
    canSeeCase: is(FAMILY_AND_ADVOCATE),
    canComment: is(FAMILY_AND_ADVOCATE),
    canWriteLetters: is(FAMILY_AND_ADVOCATE),
    canEnterData: role !== null,
    canManageSharing: is(FAMILY),
    canExport: is(FAMILY),
    canDelete: role === 'owner',
  };
}
