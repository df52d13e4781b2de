import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { caseEventSchema } from '../../core/schemas/case-event';
import { communicationInputSchema } from '../../core/schemas/communication';
import { fieldIssues, type FieldIssue } from '../../core/schemas/format-issues';
import { letterContentSchema } from '../../core/schemas/letter-content';
import { meetingInputSchema } from '../../core/schemas/meeting';
import { planVersionSchema, type PlanVersion } from '../../core/schemas/plan';
import { recordImportSchema, type ImportedRecord, type RecordImport } from '../../core/schemas/record-import';
import { schoolCalendarSchema } from '../../core/schemas/school-calendar';
import { studentInputSchema } from '../../core/schemas/student';
import { AppError } from '../app-error';
import { systemAudit } from '../audit/audit-recorder';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { readZipEntry, ZipReadError } from '../documents/zip-reader';
import { findUserIdByEmail, insertGrant } from '../db/access-queries';
import { saveCalendarOfStudent } from '../db/calendar-queries';
import { insertComment } from '../db/comment-queries';
import { insertCommunication } from '../db/communication-queries';
import { insertEvent } from '../db/event-queries';
import { insertFamilyRow } from '../db/family-queries';
import { insertGuideAnswers } from '../db/guide-queries';
import { insertLetter } from '../db/letter-queries';
import { insertMeeting } from '../db/meeting-queries';
import { insertPlan, insertVersion, setPlanSpan } from '../db/plan-queries';
import { insertPhaseChange, insertPoint } from '../db/progress-queries';
import { insertServiceLogEntries } from '../db/service-log-queries';
import { insertStudent } from '../db/student-queries';
import { recordedWrite, type WriteContext } from './recorded-write';

/** The largest record.json read, inflated: far beyond any real record, small enough to refuse a ZIP bomb. */
export const MAX_RECORD_BYTES = 50 * 1024 * 1024;

function refuse(field: string, message: string): AppError {
  return AppError.invalidInput([{ field, message }]);
}

/**
 * The export inside a file: a ZIP (export.zip: its record.json) or the JSON document itself (export.json).
 * Anything else is refused naming why.
 */
export function recordOfFile(bytes: Buffer): unknown {
  if (bytes.length === 0) throw refuse('file', 'the file is empty');
  let text: Buffer = bytes;
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    try {
      const entry = readZipEntry(bytes, 'record.json', MAX_RECORD_BYTES);
      if (entry === null) throw refuse('file', 'the ZIP file has no record.json: it is not a Binder record export');
      text = entry;
    } catch (error) {
      if (error instanceof ZipReadError) throw refuse('file', error.message);
      throw error;
    }
  }
  try {
    return JSON.parse(text.toString('utf8')) as unknown;
  } catch {
    throw refuse('file', 'the file is neither JSON nor a ZIP: it is not a Binder record export');
  }
}

/** Parses one part of the record with its schema, naming the failing field by its place in the file. */
function parsed<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw AppError.invalidInput(
    fieldIssues(result.error).map((issue): FieldIssue => ({
      ...issue,
      field: issue.field === '' ? where : `${where}.${issue.field}`,
    })),
  );
}

/** A new id for every id of the file, the same new id each time an old one is named. */
class IdMap {
  private readonly ids = new Map<string, string>();
  constructor(private readonly what: string) {}
  fresh(old: string): string {
    const id = randomUUID();
    this.ids.set(old, id);
    return id;
  }
  set(old: string, id: string): void {
    this.ids.set(old, id);
  }
  /** The new id of an id the file named earlier, or a 400: a reference to nothing in the file. */
  of(old: string, field: string): string {
    const id = this.ids.get(old);
    if (id === undefined) throw refuse(field, `names a ${this.what} that is not in the file`);
    return id;
  }
  maybe(old: string | null, field: string): string | null {
    return old === null ? null : this.of(old, field);
  }
}

/** `meeting:<id>`, `plan:<id>`, `letter:<id>`: the record an event came from, under its new id. */
function sourceOf(source: string | null, maps: { meeting: IdMap; plan: IdMap; letter: IdMap }, field: string) {
  if (source === null) return null;
  const match = /^(meeting|plan|letter):(.+)$/.exec(source);
  if (match === null) return source;
  const [, kind, old] = match as unknown as [string, 'meeting' | 'plan' | 'letter', string];
  return `${kind}:${maps[kind].of(old, field)}`;
}

/**
 * Imports a `binder-record/1` export as a new child of a new family, owned by `ownerUserId` (docs/decisions/0044):
 * every row gets a new id and references follow them; the record's own history, access list and audit trail
 * are not imported (they are the other Binder's), nor are the derived deadlines, which are computed again.
 * Comments and service-log entries keep their authors' names, not their accounts. One transaction: a file
 * refused anywhere writes nothing. Audited as the creation of the new child.
 */
export async function importRecord(
  options: WriteContext & { readonly record: unknown; readonly ownerUserId: string },
): Promise<ImportedRecord> {
  const file: RecordImport = parsed(recordImportSchema, options.record, 'record');
  const student = parsed(studentInputSchema, file.student, 'student');
  // Letters are sent as they were; an event a letter implied is among the file's events.
  return recordedWrite(
    options,
    async ({ trx, at, changed, eventsChanged }) => {
      const familyId = randomUUID();
      const studentId = randomUUID();
      await insertFamilyRow(trx, { id: familyId, name: file.family.name, isDemo: false, createdAt: at });
      await insertStudent(trx, { ...student, id: studentId, familyId, at });
      await insertGrant(trx, { studentId, userId: options.ownerUserId, role: 'owner', grantedBy: null, at });

      const maps = { meeting: new IdMap('meeting'), plan: new IdMap('plan'), letter: new IdMap('letter') };
      const events = new IdMap('case event');
      for (const [i, row] of file.meetings.entries()) {
        const input = parsed(
          meetingInputSchema,
          { ...row.details, date: row.date, framework: row.framework, purpose: row.purpose, status: row.status },
          `meetings[${String(i)}]`,
        );
        await insertMeeting(trx, {
          ...input,
          id: maps.meeting.fresh(row.id),
          studentId,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        });
      }
      for (const plan of file.plans) maps.plan.fresh(plan.id);
      for (const row of file.letters) maps.letter.fresh(row.id);
      for (const [i, plan] of file.plans.entries()) {
        const planId = maps.plan.of(plan.id, `plans[${String(i)}].id`);
        await insertPlan(trx, { id: planId, studentId, framework: plan.framework, at: plan.createdAt });
        await setPlanSpan(trx, planId, { effectiveFrom: plan.effectiveFrom, effectiveTo: plan.effectiveTo });
        for (const [j, row] of plan.versions.entries()) {
          const where = `plans[${String(i)}].versions[${String(j)}]`;
          const version: PlanVersion = parsed(
            planVersionSchema,
            {
              ...row,
              id: randomUUID(),
              planId,
              framework: plan.framework,
              meetingId: maps.meeting.maybe(row.meetingId, `${where}.meetingId`),
            },
            where,
          );
          await insertVersion(trx, version);
        }
      }
      for (const [i, row] of file.events.entries()) {
        const where = `events[${String(i)}]`;
        const event = parsed(caseEventSchema, { ...row.details, type: row.type, date: row.date }, where);
        const source = sourceOf(row.source, maps, `${where}.source`);
        const stored = await insertEvent(trx, { studentId, event, source, at: row.createdAt });
        events.set(row.id, stored.id);
      }
      for (const [i, row] of file.communications.entries()) {
        const input = parsed(
          communicationInputSchema,
          { ...row.details, date: row.date },
          `communications[${String(i)}]`,
        );
        await insertCommunication(trx, {
          ...input,
          id: randomUUID(),
          studentId,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        });
      }
      for (const [i, row] of file.letters.entries()) {
        const where = `letters[${String(i)}]`;
        await insertLetter(trx, {
          id: maps.letter.of(row.id, `${where}.id`),
          studentId,
          letter: parsed(letterContentSchema, row.content, `${where}.content`),
          eventId: events.maybe(row.eventId, `${where}.eventId`),
          createdAt: row.createdAt,
        });
      }
      for (const row of file.guideAnswers) {
        await insertGuideAnswers(trx, { id: randomUUID(), studentId, answers: row.answers, at: row.createdAt });
      }
      for (const [i, row] of file.progressPoints.entries()) {
        const planId = maps.plan.of(row.planId, `progressPoints[${String(i)}].planId`);
        await insertPoint(trx, { ...row, id: randomUUID(), studentId, planId });
      }
      for (const [i, row] of file.phaseChanges.entries()) {
        const planId = maps.plan.of(row.planId, `phaseChanges[${String(i)}].planId`);
        await insertPhaseChange(trx, { ...row, id: randomUUID(), studentId, planId });
      }
      for (const row of file.comments) {
        await insertComment(trx, {
          id: randomUUID(),
          student_id: studentId,
          author_user_id: null,
          author_name: row.authorName,
          body: row.body,
          created_at: row.createdAt,
        });
      }
      await insertServiceLogEntries(
        trx,
        file.serviceLogs.map((row) => ({
          id: randomUUID(),
          student_id: studentId,
          service: row.service,
          date: row.date,
          minutes: row.minutes,
          status: row.status,
          reason: row.reason,
          make_up: row.makeUp,
          note: row.note,
          entered_by_user_id: null,
          entered_by_name: row.enteredByName,
          created_at: row.createdAt,
        })),
      );
      for (const [i, row] of file.calendar.entries()) {
        const calendar = parsed(schoolCalendarSchema, row.calendar, `calendar[${String(i)}].calendar`);
        await saveCalendarOfStudent(trx, studentId, calendar, row.updatedAt);
      }
      await changed({
        entity: 'student',
        entityId: studentId,
        studentId,
        action: 'create',
        data: { imported: file.format },
      });
      eventsChanged(studentId);
      return { studentId, familyId };
    },
    (result) => ({ studentId: result.studentId }),
  );
}

/**
 * `binder import FILE --owner EMAIL`: imports an export file (JSON or ZIP) for the account with that e-mail;
 * null when there is no such account. Audited as a system write naming the command.
 */
export async function importRecordFileOfOwner(
  database: Database,
  clock: Clock,
  ownerEmail: string,
  bytes: Buffer,
): Promise<ImportedRecord | null> {
  const ownerUserId = await findUserIdByEmail(database.db, ownerEmail);
  if (ownerUserId === null) return null;
  return importRecord({
    database,
    clock,
    ownerUserId,
    record: recordOfFile(bytes),
    audit: systemAudit(clock, 'student', 'CLI binder import'),
  });
}
