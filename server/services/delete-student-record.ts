import { AppError } from '../app-error';
import { deleteStudentAndRows } from '../db/record-deletion-queries';
import { recordedWrite, type WriteContext } from './recorded-write';
import { requireStudent } from './require-record';

/**
 * Deletes a child's whole record at the family's request (IDEA 34 CFR 300.624; SOPIPA; the NDPA's
 * disposition clause): every row about the child in one transaction, the family too when no child is left,
 * and the audit entry of the deletion. The audit trail itself stays: it is the record of access, kept
 * append-only, and names the child only by id. Binder stores no files yet (PDFs are made on demand), so
 * there is nothing on disk to remove; when uploads arrive, they must be deleted here too.
 *
 * `confirmGivenName` must be the child's given name as written in the record: a second, deliberate step.
 */
export async function deleteStudentRecord(
  options: WriteContext & { readonly studentId: string; readonly confirmGivenName: string },
): Promise<void> {
  const { studentId, confirmGivenName } = options;
  await recordedWrite(options, async ({ trx }) => {
    const student = await requireStudent(trx, studentId);
    if (confirmGivenName.trim() !== student.givenName.trim()) {
      throw AppError.invalidInput([
        { field: 'confirmGivenName', message: 'type the child’s given name exactly as it appears in the record' },
      ]);
    }
    await deleteStudentAndRows(trx, student);
  });
}
