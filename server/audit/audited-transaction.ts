import type { Transaction } from 'kysely';
import type { Database } from '../db/database';
import type { DatabaseSchema } from '../db/schema';
import type { AuditDetails, AuditRecorder } from './audit-recorder';

/**
 * Runs a change to a child's record and its audit entry in one transaction: both commit or neither does.
 * `details` names what only the change knows (the id it created).
 */
export function auditedTransaction<T>(
  database: Database,
  audit: AuditRecorder,
  work: (trx: Transaction<DatabaseSchema>) => Promise<T>,
  details: (result: T) => AuditDetails = () => ({}),
): Promise<T> {
  return database.db.transaction().execute(async (trx) => {
    const result = await work(trx);
    await audit.record(trx, details(result));
    return result;
  });
}
