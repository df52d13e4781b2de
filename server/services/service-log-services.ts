import { summarizeServiceLog } from '../../core/case/summarize-service-log';
import type { ServiceLogEntry, ServiceLogInput, ServiceSummary } from '../../core/schemas/service-log';
import type { Database } from '../db/database';
import { insertServiceLogEntry, listServiceLogOfStudent } from '../db/service-log-queries';
import { sortableId } from '../db/sortable-id';
import { recordedWrite, type WriteContext } from './recorded-write';
import { requireStudent } from './require-record';

/** Who logs a session: their account, and the name shown with the entry. */
export interface ServiceLogAuthor {
  readonly userId: string | null;
  readonly name: string;
}

/** The child's logged sessions, newest first, with totals per service. */
export async function getServiceLog(
  database: Database,
  studentId: string,
): Promise<{ entries: ServiceLogEntry[]; summary: ServiceSummary[] }> {
  await requireStudent(database.db, studentId);
  const entries = await listServiceLogOfStudent(database.db, studentId);
  return { entries, summary: summarizeServiceLog(entries) };
}

/** Logs one session of a service as delivered or missed. */
export async function logServiceSession(
  options: WriteContext & {
    readonly studentId: string;
    readonly author: ServiceLogAuthor;
    readonly input: ServiceLogInput;
  },
): Promise<ServiceLogEntry> {
  const { studentId, author, input } = options;
  const note = input.note === undefined || input.note === '' ? null : input.note;
  return recordedWrite(
    options,
    async ({ trx, at, changed }) => {
      const entry: ServiceLogEntry = {
        id: sortableId(),
        service: input.service,
        date: input.date,
        minutes: input.minutes,
        status: input.status,
        note,
        enteredByName: author.name,
        createdAt: at,
      };
      await requireStudent(trx, studentId);
      await insertServiceLogEntry(trx, {
        id: entry.id,
        student_id: studentId,
        service: entry.service,
        date: entry.date,
        minutes: entry.minutes,
        status: entry.status,
        note,
        entered_by_user_id: author.userId,
        entered_by_name: author.name,
        created_at: at,
      });
      await changed({ entity: 'service-log', entityId: entry.id, studentId, action: 'create', data: entry });
      return entry;
    },
    (entry) => ({ entityId: entry.id }),
  );
}
