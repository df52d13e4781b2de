import { z } from 'zod';
import { isoDate } from './iso-date';

export const COMMUNICATION_CHANNELS = ['call', 'email', 'letter', 'meeting', 'text', 'other'] as const;

/** One entry of the communication log: a dated call, email or letter with the school. */
export const communicationInputSchema = z.object({
  date: isoDate,
  channel: z.enum(COMMUNICATION_CHANNELS),
  direction: z.enum(['to-school', 'from-school']),
  /** Who at the school, e.g. "Ms. Park, case manager". */
  counterpart: z.string().trim().max(200).default(''),
  subject: z.string().trim().min(1, 'required').max(300),
  summary: z.string().max(10_000).default(''),
});
export type CommunicationInput = z.infer<typeof communicationInputSchema>;

export const communicationSchema = communicationInputSchema.extend({
  id: z.string(),
  studentId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Communication = z.infer<typeof communicationSchema>;

/** `GET /api/v1/students/:id/communications`. */
export const communicationListSchema = z.object({ communications: z.array(communicationSchema) });
