import { RECORD_EXPORT_FORMAT } from '../../core/schemas/whole-record';
import type { AccessList } from '../../core/schemas/sharing';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import {
  auditRows,
  CHILD_TABLES,
  childRows,
  deadlinesComputedOn,
  planRows,
  studentAndFamilyRows,
  type ChildTableKey,
  type ExportRow,
} from '../db/export-queries';
import { accessListOf } from './sharing-services';

/**
 * A child's whole record as one JSON document (`binder-record/1`): what parents may inspect under FERPA
 * 34 CFR 99.10 and IDEA 300.613, including who had access and the record of access (the audit trail).
 * Every column of every row about the child is there, camelCase, with stored JSON parsed; the day the stored
 * deadlines were last computed, one row per child (docs/decisions/0058), is `deadlinesComputedOn`.
 */
export type RecordExport = {
  readonly exportedAt: string;
  readonly format: typeof RECORD_EXPORT_FORMAT;
  readonly student: ExportRow;
  readonly family: ExportRow;
  readonly plans: ExportRow[];
  readonly deadlinesComputedOn: string | null;
  readonly access: AccessList;
  readonly auditTrail: ExportRow[];
} & Record<ChildTableKey, ExportRow[]>;

/**
 * Reads the record in one transaction, so the export is one consistent snapshot even while others write
 * (SQLite gives a read transaction its snapshot; PostgreSQL needs REPEATABLE READ, which SQLite ignores).
 */
export async function exportRecord(database: Database, clock: Clock, studentId: string): Promise<RecordExport> {
  const exportedAt = clock.now().toISOString();
  return database.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const owner = await studentAndFamilyRows(trx, studentId);
      if (owner === null) throw AppError.notFound('student');
      const tables = {} as Record<ChildTableKey, ExportRow[]>;
      for (const key of Object.keys(CHILD_TABLES) as ChildTableKey[])
        tables[key] = await childRows(trx, key, studentId);
      return {
        exportedAt,
        format: RECORD_EXPORT_FORMAT,
        student: owner.student,
        family: owner.family,
        plans: await planRows(trx, studentId),
        ...tables,
        deadlinesComputedOn: await deadlinesComputedOn(trx, studentId),
        access: await accessListOf(trx, exportedAt, studentId),
        auditTrail: await auditRows(trx, studentId),
      };
    });
}
