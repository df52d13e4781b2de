import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { caseEventSchema } from '../../core/schemas/case-event';
import { communicationInputSchema } from '../../core/schemas/communication';
import {
  DOCUMENT_EXTENSIONS,
  DOCUMENT_MAX_BYTES,
  safeFileName,
  type DocumentLink,
  type DocumentMediaType,
} from '../../core/schemas/document';
import { fieldIssues, type FieldIssue } from '../../core/schemas/format-issues';
import { letterContentSchema } from '../../core/schemas/letter-content';
import { meetingInputSchema } from '../../core/schemas/meeting';
import { planVersionSchema, type PlanVersion } from '../../core/schemas/plan';
import { recordImportSchema, type ImportedRecord, type RecordImport } from '../../core/schemas/record-import';
import { schoolCalendarSchema } from '../../core/schemas/school-calendar';
import { schoolPersonInputSchema } from '../../core/schemas/school-people';
import { studentInputSchema } from '../../core/schemas/student';
import { AppError } from '../app-error';
import { systemAudit } from '../audit/audit-recorder';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { sniffDocument } from '../documents/sniff-document';
import { readZipEntry, ZipReadError } from '../documents/zip-reader';
import { findUserIdByEmail, insertGrant } from '../db/access-queries';
import { saveCalendarOfStudent } from '../db/calendar-queries';
import { insertComment } from '../db/comment-queries';
import { insertCommunication } from '../db/communication-queries';
import { insertDocument } from '../db/document-queries';
import { insertEvent } from '../db/event-queries';
import { insertFamilyRow } from '../db/family-queries';
import { insertGuideAnswers } from '../db/guide-queries';
import { insertLetter } from '../db/letter-queries';
import { insertMeeting } from '../db/meeting-queries';
import { insertPlan, insertVersion, setPlanSpan } from '../db/plan-queries';
import { insertPhaseChange, insertPoint } from '../db/progress-queries';
import { insertSchoolPerson } from '../db/school-people-queries';
import { insertServiceLogEntries } from '../db/service-log-queries';
import { insertStudent } from '../db/student-queries';
import { removeUnusedBytes, type DocumentStorage } from './document-services';
import { recordedWrite, type WriteContext } from './recorded-write';

/** The largest record.json read, inflated: far beyond any real record, small enough to refuse a ZIP bomb. */
export const MAX_RECORD_BYTES = 50 * 1024 * 1024;

function refuse(field: string, message: string): AppError {
  return AppError.invalidInput([{ field, message }]);
}

/**
 * An export file as read: its record, and for the ZIP form a reader of the files beside it (the documents'
 * bytes, `documents/<id>.<ext>`); null for the JSON form, which holds no bytes.
 */
export interface ImportFile {
  readonly record: unknown;
  readonly entry: ((name: string, maxBytes: number) => Buffer | null) | null;
}

/**
 * The export inside a file: a ZIP (export.zip: its record.json and documents) or the JSON document itself
 * (export.json). Anything else is refused naming why.
 */
export function recordOfFile(bytes: Buffer): ImportFile {
  if (bytes.length === 0) throw refuse('file', 'the file is empty');
  let text: Buffer = bytes;
  let entry: ImportFile['entry'] = null;
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    try {
      const record = readZipEntry(bytes, 'record.json', MAX_RECORD_BYTES);
      if (record === null) throw refuse('file', 'the ZIP file has no record.json: it is not a Binder record export');
      text = record;
    } catch (error) {
      if (error instanceof ZipReadError) throw refuse('file', error.message);
      throw error;
    }
    entry = (name, maxBytes) => readZipEntry(bytes, name, maxBytes);
  }
  try {
    return { record: JSON.parse(text.toString('utf8')) as unknown, entry };
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
  /** The new id of an id the file named, or undefined. */
  find(old: string): string | undefined {
    return this.ids.get(old);
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
  options: WriteContext & {
    readonly file: ImportFile;
    readonly ownerUserId: string;
    readonly storage: DocumentStorage;
  },
): Promise<ImportResult> {
  const file: RecordImport = parsed(recordImportSchema, options.file.record, 'record');
  const student = parsed(studentInputSchema, file.student, 'student');
  const files = await storeDocumentFiles(file, options.file, options.storage);
  try {
    const result = await writeRecord(options, file, student, files);
    // A deletion elsewhere may have removed shared bytes between put and commit: put them again.
    for (const { bytes, sha256 } of files.values()) {
      if (!(await options.storage.store.exists(sha256))) await options.storage.store.put(bytes);
    }
    return result;
  } catch (error) {
    for (const { sha256 } of files.values()) await removeUnusedBytes(options.database, options.storage, sha256);
    throw error;
  }
}

/** What an import did, with the new documents' ids so their words can be extracted off the request. */
export type ImportResult = ImportedRecord & { readonly documentIds: readonly string[] };

interface StoredFile {
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly mediaType: DocumentMediaType;
}

/**
 * Reads each document's bytes from the ZIP form, sniffs their type again (refused like an upload, naming the
 * document), checks the new family's quota (413) and stores them by hash before the rows are written. A document
 * with no bytes in the file (the JSON form, or a file the export could not find) is left out, and counted.
 */
async function storeDocumentFiles(
  file: RecordImport,
  source: ImportFile,
  storage: DocumentStorage,
): Promise<Map<number, StoredFile>> {
  const read = new Map<number, { bytes: Buffer; mediaType: DocumentMediaType }>();
  let total = 0;
  for (const [i, row] of file.documents.entries()) {
    const where = `documents[${String(i)}]`;
    let bytes: Buffer | null = null;
    try {
      bytes = source.entry?.(`documents/${row.id}.${DOCUMENT_EXTENSIONS[row.mediaType]}`, DOCUMENT_MAX_BYTES) ?? null;
    } catch (error) {
      if (error instanceof ZipReadError) throw refuse(where, error.message);
      throw error;
    }
    if (bytes === null) continue;
    const sniffed = await sniffDocument(bytes);
    if (!sniffed.ok) throw refuse(where, sniffed.reason);
    total += bytes.length;
    read.set(i, { bytes, mediaType: sniffed.mediaType });
  }
  if (total > storage.familyQuotaBytes) {
    throw new AppError('payload-too-large', "documents: the documents are larger than a family's document space", {
      issues: [{ field: 'documents', message: "larger than a family's document space" }],
    });
  }
  const stored = new Map<number, StoredFile>();
  for (const [i, { bytes, mediaType }] of read) {
    stored.set(i, { bytes, mediaType, sha256: await storage.store.put(bytes) });
  }
  return stored;
}

/** Every row of the record in one recorded write: a file refused anywhere writes nothing. */
async function writeRecord(
  options: WriteContext & { readonly ownerUserId: string },
  file: RecordImport,
  student: z.output<typeof studentInputSchema>,
  files: ReadonlyMap<number, StoredFile>,
): Promise<ImportResult> {
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
      const communications = new IdMap('communication');
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
          id: communications.fresh(row.id),
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
      const linked = { event: events, meeting: maps.meeting, letter: maps.letter, communication: communications };
      const documentIds: string[] = [];
      for (const [i, row] of file.documents.entries()) {
        const stored = files.get(i);
        if (stored === undefined) continue;
        // A link to a record the file does not hold (deleted in the other Binder) pointed at nothing: left out.
        const links = row.links.flatMap((link): DocumentLink[] => {
          const id = linked[link.kind].find(link.id);
          return id === undefined ? [] : [{ kind: link.kind, id }];
        });
        const id = randomUUID();
        await insertDocument(trx, {
          id,
          studentId,
          kind: row.kind,
          date: row.date,
          title: row.title,
          links,
          fileName: safeFileName(row.fileName),
          mediaType: stored.mediaType,
          size: stored.bytes.length,
          sha256: stored.sha256,
          textStatus: 'pending',
          textNote: null,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        });
        documentIds.push(id);
      }
      for (const [i, row] of file.schoolPeople.entries()) {
        const person = parsed(
          schoolPersonInputSchema,
          { ...row.details, role: row.role },
          `schoolPeople[${String(i)}]`,
        );
        await insertSchoolPerson(trx, {
          ...person,
          id: randomUUID(),
          studentId,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
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
      const skipped = file.documents.length - documentIds.length;
      return {
        studentId,
        familyId,
        documents: {
          imported: documentIds.length,
          skipped,
          note:
            skipped === 0
              ? null
              : `${String(skipped)} document(s) were left out: the file holds no bytes for them (import the ZIP export to bring documents)`,
        },
        documentIds,
      };
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
  storage: DocumentStorage,
): Promise<ImportResult | null> {
  const ownerUserId = await findUserIdByEmail(database.db, ownerEmail);
  if (ownerUserId === null) return null;
  return importRecord({
    database,
    clock,
    ownerUserId,
    storage,
    file: recordOfFile(bytes),
    audit: systemAudit(clock, 'student', 'CLI binder import'),
  });
}
