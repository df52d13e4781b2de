import type { Kysely } from 'kysely';
import type { AccessRole } from '../../core/schemas/access-role';
import { findRecordChildAndGrant, type RecordKind } from '../db/record-access-queries';
import type { DatabaseSchema } from '../db/schema';

export type { RecordKind } from '../db/record-access-queries';

/** Whose record it is, and what the caller may be to that child. */
export interface RecordAccess {
  /** The child the record belongs to; null when there is no such record. */
  readonly studentId: string | null;
  /** The caller's grant for that child; null without one (or when signed out). */
  readonly role: AccessRole | null;
}

/**
 * The child a record belongs to and the caller's role for that child, in one query: it runs before every
 * request that touches a child's record, so it is one indexed lookup joined to the grant, not two. A deleted
 * progress point, phase change or case event still has its history (GET …/:id/history shows the deletion), so its child
 * is found there.
 */
export async function accessToRecord(
  db: Kysely<DatabaseSchema>,
  kind: RecordKind,
  id: string,
  userId: string | null,
): Promise<RecordAccess> {
  const found = await findRecordChildAndGrant(db, kind, id, userId);
  if (found === null) return { studentId: null, role: null };
  return { studentId: found.studentId, role: userId === null ? null : found.role };
}
