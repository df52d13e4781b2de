import { isNotFound } from './api-error';
import { useComments } from './comments';
import { useSession } from './session';
import { useAccessList } from './sharing';
import type { AccessRole } from './sharing-schemas';

export interface MyRole {
  /** The signed-in person's role for the child; null while it is being found out, or when it could not be. */
  readonly role: AccessRole | null;
  readonly isPending: boolean;
}

/**
 * The signed-in person's role for a child, found from what the server lets them read: the family reads the
 * sharing list (and finds themselves in it); otherwise the advocate reads the comments; school staff read
 * neither. The answers are the ones the Sharing and Comments sections use, so nothing is asked twice.
 */
export function useMyRole(studentId: string): MyRole {
  const session = useSession();
  const access = useAccessList(studentId);
  const isOutsider = access.isError && isNotFound(access.error);
  const comments = useComments(studentId, isOutsider);
  const userId = session.data?.user?.id;
  if (access.data !== undefined) {
    const me = access.data.people.find((person) => person.userId === userId);
    return { role: me?.role ?? 'co-parent', isPending: false };
  }
  if (access.isPending) return { role: null, isPending: true };
  if (!isOutsider) return { role: null, isPending: false };
  if (comments.data !== undefined) return { role: 'advocate', isPending: false };
  if (comments.isPending) return { role: null, isPending: true };
  return { role: isNotFound(comments.error) ? 'school-staff' : null, isPending: false };
}
