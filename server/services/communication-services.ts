import type { AuditRecorder } from '../audit/audit-recorder';
import { auditedTransaction } from '../audit/audited-transaction';
import { randomUUID } from 'node:crypto';
import type { Communication, CommunicationInput } from '../../core/schemas/communication';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import {
  findCommunication,
  insertCommunication,
  listCommunicationsOfStudent,
  updateCommunication,
} from '../db/communication-queries';
import { appendHistory } from '../db/history-queries';
import { found, requireStudent } from './require-record';

export async function listCommunications(database: Database, studentId: string): Promise<Communication[]> {
  await requireStudent(database.db, studentId);
  return listCommunicationsOfStudent(database.db, studentId);
}

export async function getCommunication(database: Database, id: string): Promise<Communication> {
  return found(await findCommunication(database.db, id), 'communication');
}

export async function recordCommunication(
  database: Database,
  clock: Clock,
  studentId: string,
  input: CommunicationInput,
  audit: AuditRecorder,
): Promise<Communication> {
  const at = clock.now().toISOString();
  return auditedTransaction(database, audit, async (trx) => {
    await requireStudent(trx, studentId);
    const entry: Communication = { ...input, id: randomUUID(), studentId, createdAt: at, updatedAt: at };
    await insertCommunication(trx, entry);
    await appendHistory(trx, {
      entity: 'communication',
      entityId: entry.id,
      studentId,
      action: 'create',
      data: entry,
      at,
    });
    return entry;
  });
}

export async function reviseCommunication(
  database: Database,
  clock: Clock,
  id: string,
  input: CommunicationInput,
  audit: AuditRecorder,
): Promise<Communication> {
  const at = clock.now().toISOString();
  return auditedTransaction(database, audit, async (trx) => {
    const current = found(await findCommunication(trx, id), 'communication');
    const entry: Communication = { ...current, ...input, updatedAt: at };
    await updateCommunication(trx, entry);
    await appendHistory(trx, {
      entity: 'communication',
      entityId: id,
      studentId: entry.studentId,
      action: 'update',
      data: entry,
      at,
    });
    return entry;
  });
}
