import { z } from 'zod';
import { isoDate } from './iso-date';

export const SERVICE_LOG_STATUSES = ['delivered', 'missed'] as const;
export type ServiceLogStatus = (typeof SERVICE_LOG_STATUSES)[number];

/** One session as logged: which service, the day, how many minutes, and whether it happened. */
export const serviceLogInputSchema = z.object({
  service: z
    .string({ error: 'expected the service name' })
    .trim()
    .min(1, 'required')
    .max(200, 'at most 200 characters'),
  date: isoDate,
  minutes: z
    .number({ error: 'expected a number of minutes' })
    .int('expected whole minutes')
    .min(1, 'expected 1–600 minutes')
    .max(600, 'expected 1–600 minutes'),
  status: z.enum(SERVICE_LOG_STATUSES, { error: 'expected "delivered" or "missed"' }),
  note: z.string().trim().max(1000, 'at most 1000 characters').optional(),
});
export type ServiceLogInput = z.infer<typeof serviceLogInputSchema>;

export const serviceLogEntrySchema = z.object({
  id: z.string(),
  service: z.string(),
  date: isoDate,
  minutes: z.number().int(),
  status: z.enum(SERVICE_LOG_STATUSES),
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
