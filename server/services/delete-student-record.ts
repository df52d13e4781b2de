import { AppError } from '../app-error';
import { documentHashesOfStudent, unusedHashes } from '../db/document-queries';
import { deleteStudentAndRows } from '../db/record-deletion-queries';
import type { BlobStore } from '../storage/blob-store';
import { recordedWrite, type WriteContext } from './recorded-write';
import { requireStudent } from './require-record';

/**
 * Deletes a child's whole record at the family's request (IDEA 34 CFR 300.624; SOPIPA; the NDPA's
 * disposition clause): every row about the child in one transaction, the family too when no child is left,
 * and the audit entry of the deletion. The audit trail itself stays: it is the record of access, kept
 * append-only, and names the child only by id. Once the rows are gone, the uploaded documents' bytes go too,
 * unless another child's document keeps the very same file.
 *
 * `confirmGivenName` must be the child's given name as written in the record: a second, deliberate step.
 */
export async function deleteStudentRecord(
  options: WriteContext & { readonly store: BlobStore; readonly studentId: string; readonly confirmGivenName: string },
): Promise<void> {
  const { store, studentId, confirmGivenName } = options;
  const hashes = await recordedWrite(options, async ({ trx }) => {
    const student = await requireStudent(trx, studentId);
    if (confirmGivenName.trim() !== student.givenName.trim()) {
      throw AppError.invalidInput([
        { field: 'confirmGivenName', message: 'type the child’s given name exactly as it appears in the record' },
      ]);
    }
    const used = await documentHashesOfStudent(trx, student.id);
    await deleteStudentAndRows(trx, student);
    return used;
  });
  for (const sha256 of await unusedHashes(options.database.db, hashes)) await store.delete(sha256);
}
