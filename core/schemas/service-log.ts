import { z } from 'zod';
import { isoDate } from './iso-date';

export const SERVICE_LOG_STATUSES = ['delivered', 'missed'] as const;
export type ServiceLogStatus = (typeof SERVICE_LOG_STATUSES)[number];

/**
 * Why a session was missed. The first two are the school's doing and count as owed; the others are shown but owe
 * nothing (docs/decisions/0033).
 */
export const MISSED_REASONS = [
  'provider-absent',
  'school-event',
  'student-absent',
  'student-refused',
  'holiday-closure',
] as const;
export type MissedReason = (typeof MISSED_REASONS)[number];
export const SCHOOL_CAUSED_REASONS: readonly MissedReason[] = ['provider-absent', 'school-event'];

const missedReason = z.enum(MISSED_REASONS, {
  error: 'expected provider-absent, school-event, student-absent, student-refused or holiday-closure',
});

/** One session as logged: which service, the day, how many minutes, and whether it happened. */
export const serviceLogInputFields = z.object({
  service: z
    .string({ error: 'expected the service name' })
    .trim()
    .min(1, 'required')
    .max(200, 'at most 200 characters'),
  date: isoDate,
  minutes: z
    .number({ error: 'expected a number of minutes' })
    .int('expected whole minutes')
    .min(0, 'expected 0–1440 minutes')
    .max(1440, 'expected 0–1440 minutes'),
  status: z.enum(SERVICE_LOG_STATUSES, { error: 'expected "delivered" or "missed"' }),
  /** Why a missed session did not happen; only for a missed session. */
  reason: missedReason.optional(),
  /** A delivered session that makes up for missed minutes rather than one of the period's regular sessions. */
  makeUp: z.boolean({ error: 'expected true or false' }).optional(),
  note: z.string().trim().max(1000, 'at most 1000 characters').optional(),
});

/** The form's and the import's checks across fields: a reason only with a missed session, a make-up only delivered. */
export const serviceLogInputSchema = serviceLogInputFields.superRefine((input, context) => {
  if (input.reason !== undefined && input.status !== 'missed') {
    context.addIssue({ code: 'custom', path: ['reason'], message: 'a reason is only for a missed session' });
  }
  if (input.makeUp === true && input.status !== 'delivered') {
    context.addIssue({ code: 'custom', path: ['makeUp'], message: 'a make-up session is one that was delivered' });
  }
});
export type ServiceLogInput = z.infer<typeof serviceLogInputSchema>;

export const serviceLogEntrySchema = z.object({
  id: z.string(),
  service: z.string(),
  date: isoDate,
  minutes: z.number().int(),
  status: z.enum(SERVICE_LOG_STATUSES),
  reason: z.enum(MISSED_REASONS).nullable(),
  makeUp: z.boolean(),
  note: z.string().nullable(),
  enteredByName: z.string(),
  createdAt: z.string(),
});
export type ServiceLogEntry = z.infer<typeof serviceLogEntrySchema>;

/** Totals for one service: what the plan promised, as delivered in practice. */
export const serviceSummarySchema = z.object({
  service: z.string(),
  sessions: z.number().int(),
  deliveredMinutes: z.number().int(),
  missedMinutes: z.number().int(),
});
export type ServiceSummary = z.infer<typeof serviceSummarySchema>;

export const serviceLogSchema = z.object({
  entries: z.array(serviceLogEntrySchema),
  summary: z.array(serviceSummarySchema),
});

/** `POST /api/v1/students/:id/service-logs/import`: a provider's session log as CSV text. */
export const serviceLogImportInputSchema = z.object({
  csv: z.string({ error: 'expected the CSV text' }).min(1, 'the file is empty').max(1_000_000, 'at most 1 MB'),
});

/** What an import saved. */
export const serviceLogImportSchema = z.object({
  imported: z.number().int(),
  entries: z.array(serviceLogEntrySchema),
});
export type ServiceLogImport = z.infer<typeof serviceLogImportSchema>;
