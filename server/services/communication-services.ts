import { randomUUID } from 'node:crypto';
import type { Communication, CommunicationInput } from '../../core/schemas/communication';
import type { Database } from '../db/database';
import {
  findCommunication,
  insertCommunication,
  listCommunicationsOfStudent,
  updateCommunication,
} from '../db/communication-queries';
import { recordedWrite, type WriteContext } from './recorded-write';
import { found, requireStudent } from './require-record';

export async function listCommunications(database: Database, studentId: string): Promise<Communication[]> {
  await requireStudent(database.db, studentId);
  return listCommunicationsOfStudent(database.db, studentId);
}

export async function getCommunication(database: Database, id: string): Promise<Communication> {
  return found(await findCommunication(database.db, id), 'communication');
}

export async function recordCommunication(
  options: WriteContext & { readonly studentId: string; readonly input: CommunicationInput },
): Promise<Communication> {
  const { studentId, input } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    await requireStudent(trx, studentId);
    const entry: Communication = { ...input, id: randomUUID(), studentId, createdAt: at, updatedAt: at };
    await insertCommunication(trx, entry);
    await changed({ entity: 'communication', entityId: entry.id, studentId, action: 'create', data: entry });
    return entry;
  });
}

export async function reviseCommunication(
  options: WriteContext & { readonly id: string; readonly input: CommunicationInput },
): Promise<Communication> {
  const { id, input } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const current = found(await findCommunication(trx, id), 'communication');
    const entry: Communication = { ...current, ...input, updatedAt: at };
    await updateCommunication(trx, entry);
    await changed({ entity: 'communication', entityId: id, studentId: entry.studentId, action: 'update', data: entry });
    return entry;
  });
}
