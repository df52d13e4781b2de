import type { AccessRole } from '../../core/schemas/access-role';
import { useStudent } from './students';

export interface MyRole {
  /** The signed-in person's role for the child; null while the record loads, or when it could not be read. */
  readonly role: AccessRole | null;
  readonly isPending: boolean;
}

/**
 * The signed-in person's role for a child, as the server states it with the child's details
 * (`accessRole` of `GET /api/v1/students/:id`). Nothing else is asked: every request about a child is
 * audited, and probing other sections to guess the role would fill the family's activity log.
 */
export function useMyRole(studentId: string): MyRole {
  const student = useStudent(studentId);
  return { role: student.data?.accessRole ?? null, isPending: student.isPending };
}
