import { summarizeServiceLog } from '../../core/case/summarize-service-log';
import { checkSessionAgainstPlan } from '../../core/ledger/check-session';
import { parseSessionCsv } from '../../core/ledger/parse-session-csv';
import { iepVersionsInEffect, servicesLedger } from '../../core/ledger/services-ledger';
import { csvFieldIssue } from '../../core/progress/parse-progress-csv';
import type { FieldIssue } from '../../core/schemas/format-issues';
import type { ServicesLedger } from '../../core/schemas/service-ledger';
import type {
  ServiceLogEntry,
  ServiceLogImport,
  ServiceLogInput,
  ServiceSummary,
} from '../../core/schemas/service-log';
import { AppError } from '../app-error';
import { findCalendarOfStudent } from '../db/calendar-queries';
import type { Database } from '../db/database';
import { listPlansOfStudent } from '../db/plan-queries';
import { insertServiceLogEntries, listServiceLogOfStudent } from '../db/service-log-queries';
import { sortableId } from '../db/sortable-id';
import { recordedWrite, type WriteContext } from './recorded-write';
import { requireStudent } from './require-record';

type Db = Database['db'];

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

/** The services ledger as of a day (core/ledger, docs/decisions/0033): required, delivered and owed per period. */
export async function getServicesLedger(database: Database, studentId: string, asOf: string): Promise<ServicesLedger> {
  await requireStudent(database.db, studentId);
  return ledgerOfStudent(database.db, studentId, asOf);
}

/** The ledger from what is stored, for the routes, the next steps and the letter. */
export async function ledgerOfStudent(db: Db, studentId: string, asOf: string): Promise<ServicesLedger> {
  const versions = iepVersionsInEffect(await listPlansOfStudent(db, studentId));
  const { calendar } = await findCalendarOfStudent(db, studentId);
  const sessions = await listServiceLogOfStudent(db, studentId);
  return servicesLedger({ versions, calendar: calendar ?? undefined, sessions, asOf });
}

/** Every session's problems against the child's final IEPs: a service it does not list, a day it is not in effect. */
async function checkAgainstPlans(
  db: Db,
  studentId: string,
  sessions: readonly { readonly session: ServiceLogInput; readonly prefix: string }[],
): Promise<FieldIssue[]> {
  const versions = iepVersionsInEffect(await listPlansOfStudent(db, studentId));
  return sessions.flatMap(({ session, prefix }) => checkSessionAgainstPlan(versions, session, prefix));
}

function entryOf(input: ServiceLogInput, author: ServiceLogAuthor, at: string): ServiceLogEntry {
  return {
    id: sortableId(),
    service: input.service,
    date: input.date,
    minutes: input.minutes,
    status: input.status,
    reason: input.reason ?? null,
    makeUp: input.makeUp === true,
    note: input.note === undefined || input.note === '' ? null : input.note,
    enteredByName: author.name,
    createdAt: at,
  };
}

async function insertEntries(
  trx: Db,
  studentId: string,
  author: ServiceLogAuthor,
  entries: readonly ServiceLogEntry[],
): Promise<void> {
  await insertServiceLogEntries(
    trx,
    entries.map((entry) => ({
      id: entry.id,
      student_id: studentId,
      service: entry.service,
      date: entry.date,
      minutes: entry.minutes,
      status: entry.status,
      reason: entry.reason,
      make_up: entry.makeUp ? 1 : 0,
      note: entry.note,
      entered_by_user_id: author.userId,
      entered_by_name: author.name,
      created_at: entry.createdAt,
    })),
  );
}

/**
 * Logs one session of a service as delivered or missed (with its reason, or as a make-up). The service must be one
 * the child's IEP lists and the day one on which it is in effect: otherwise 400 naming `service` or `date`.
 */
export async function logServiceSession(
  options: WriteContext & {
    readonly studentId: string;
    readonly author: ServiceLogAuthor;
    readonly input: ServiceLogInput;
  },
): Promise<ServiceLogEntry> {
  const { studentId, author, input } = options;
  return recordedWrite(
    options,
    async ({ trx, at, changed }) => {
      await requireStudent(trx, studentId);
      const issues = await checkAgainstPlans(trx, studentId, [{ session: input, prefix: '' }]);
      if (issues.length > 0) throw AppError.invalidInput(issues);
      const entry = entryOf(input, author, at);
      await insertEntries(trx, studentId, author, [entry]);
      await changed({ entity: 'service-log', entityId: entry.id, studentId, action: 'create', data: entry });
      return entry;
    },
    (entry) => ({ entityId: entry.id }),
  );
}

/**
 * Imports a provider's session log (CSV: date, service, minutes, status, reason, make_up, note). Every row is checked
 * first, by the log form's schema and against the IEP; one bad row and nothing is saved: 400 with one issue per bad
 * row (`row 3, minutes: expected 0–1440 minutes`). A clean file is saved whole, in one transaction.
 */
export async function importServiceLogCsv(
  options: WriteContext & { readonly studentId: string; readonly author: ServiceLogAuthor; readonly csv: string },
): Promise<ServiceLogImport> {
  const { studentId, author, csv } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    await requireStudent(trx, studentId);
    const parsed = parseSessionCsv(csv);
    if (!parsed.ok) {
      throw AppError.invalidInput(parsed.errors.map(csvFieldIssue));
    }
    const versions = iepVersionsInEffect(await listPlansOfStudent(trx, studentId));
    const issues = parsed.rows.flatMap(({ row, session }) =>
      checkSessionAgainstPlan(versions, session).map(({ field, message, code, params }) =>
        csvFieldIssue({ row, column: field, message, code, params }),
      ),
    );
    if (issues.length > 0) throw AppError.invalidInput(issues);
    const entries = parsed.rows.map(({ session }) => entryOf(session, author, at));
    await insertEntries(trx, studentId, author, entries);
    for (const entry of entries) {
      await changed({ entity: 'service-log', entityId: entry.id, studentId, action: 'create', data: entry });
    }
    return { imported: entries.length, entries };
  });
}
