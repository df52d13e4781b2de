import { z } from 'zod';
import { DOCUMENT_KINDS, DOCUMENT_LINK_KINDS, DOCUMENT_MEDIA_TYPES } from './document';
import { isoDate } from './iso-date';
import { MISSED_REASONS, SERVICE_LOG_STATUSES } from './service-log';
import { RECORD_EXPORT_FORMAT } from './whole-record';

/**
 * The parts of a `binder-record/1` export (server/services/export-record.ts) that an import reads, as the
 * export writes them: camelCase columns, stored JSON parsed. Keys not named here are ignored (a newer Binder
 * may export more), so nothing unnamed ever reaches the database. What each row holds inside (plan content,
 * event details, a letter) is checked again by its own schema when it is imported.
 */
const id = z.string().min(1).max(64);
const at = z.string().min(1).max(40);
const details = z.record(z.string(), z.unknown());
const list = <T extends z.ZodType>(row: T) => z.array(row).max(100_000).default([]);

export const recordImportSchema = z.object({
  format: z.literal(RECORD_EXPORT_FORMAT, {
    error: `expected "${RECORD_EXPORT_FORMAT}": this is not a Binder record export`,
  }),
  student: z.record(z.string(), z.unknown()),
  family: z.object({ name: z.string().max(200) }).loose(),
  plans: list(
    z.object({
      id,
      framework: z.enum(['iep', '504']),
      effectiveFrom: isoDate.nullable(),
      effectiveTo: isoDate.nullable(),
      createdAt: at,
      versions: z
        .array(
          z.object({
            id,
            number: z.number().int().min(1),
            status: z.enum(['draft', 'final']),
            reason: z.string(),
            content: z.unknown(),
            effectiveFrom: isoDate.nullable(),
            meetingId: id.nullable(),
            createdAt: at,
            updatedAt: at,
            finalizedAt: at.nullable(),
          }),
        )
        .min(1)
        .max(1000),
    }),
  ),
  events: list(
    z.object({
      id,
      type: z.string(),
      date: z.string(),
      details,
      source: z.string().max(200).nullable(),
      createdAt: at,
    }),
  ),
  meetings: list(
    z.object({
      id,
      date: z.string(),
      framework: z.string(),
      purpose: z.string(),
      // Exports made before meetings had a status hold only meetings that were held.
      status: z.string().default('held'),
      details,
      createdAt: at,
      updatedAt: at,
    }),
  ),
  communications: list(z.object({ id, date: z.string(), details, createdAt: at, updatedAt: at })),
  letters: list(z.object({ id, content: z.unknown(), eventId: id.nullable(), createdAt: at })),
  // The bytes are in the ZIP form only (documents/<id>.<ext>); their type is sniffed again from them.
  documents: list(
    z.object({
      id,
      kind: z.enum(DOCUMENT_KINDS),
      date: isoDate,
      title: z.string().trim().min(1).max(300),
      links: z.array(z.object({ kind: z.enum(DOCUMENT_LINK_KINDS), id })).max(50),
      fileName: z.string().max(300),
      mediaType: z.enum(DOCUMENT_MEDIA_TYPES),
      createdAt: at,
      updatedAt: at,
    }),
  ),
  schoolPeople: list(z.object({ id, role: z.string(), details, createdAt: at, updatedAt: at })),
  guideAnswers: list(z.object({ id, answers: z.unknown(), createdAt: at })),
  progressPoints: list(
    z.object({
      id,
      planId: id,
      goalId: id,
      date: isoDate,
      value: z.number(),
      note: z.string().max(500).nullable(),
      measuredBy: z.string().max(200).nullable(),
      createdAt: at,
      updatedAt: at,
    }),
  ),
  phaseChanges: list(
    z.object({ id, planId: id, goalId: id, date: isoDate, label: z.string().min(1).max(200), createdAt: at }),
  ),
  comments: list(z.object({ id, authorName: z.string().max(200), body: z.string().min(1).max(10_000), createdAt: at })),
  serviceLogs: list(
    z.object({
      id,
      service: z.string().min(1).max(200),
      date: isoDate,
      minutes: z.number().int().min(0).max(1440),
      status: z.enum(SERVICE_LOG_STATUSES),
      // Exports made before the services ledger (docs/decisions/0033) have no reason or make-up.
      reason: z.enum(MISSED_REASONS).nullable().default(null),
      makeUp: z.number().int().min(0).max(1).default(0),
      note: z.string().max(2000).nullable(),
      enteredByName: z.string().max(200),
      createdAt: at,
    }),
  ),
  calendar: list(z.object({ calendar: z.unknown(), updatedAt: at })),
});
export type RecordImport = z.infer<typeof recordImportSchema>;

/**
 * What an import answers: the new child's id and family's, and how many documents came in with their files and
 * how many were left out because the file held no bytes for them (the JSON form, docs/decisions/0044).
 */
export const importedRecordSchema = z.object({
  studentId: z.string(),
  familyId: z.string(),
  documents: z.object({
    imported: z.number().int(),
    skipped: z.number().int(),
    /** Why documents were skipped, in words; null when none were. */
    note: z.string().nullable(),
  }),
});
export type ImportedRecord = z.infer<typeof importedRecordSchema>;
