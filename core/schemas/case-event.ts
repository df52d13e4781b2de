import { z } from 'zod';
import { caseFileSchema } from './case-file';

/** One case event as docs/case-file-contract.md defines it: the same schema the deadline engine reads. */
export const caseEventSchema = caseFileSchema.shape.events.element;
export type CaseEventInput = z.infer<typeof caseEventSchema>;

/** A recorded case event: where it came from (a meeting, a letter, or null when entered by hand) and when. */
export const storedEventSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  source: z.string().nullable(),
  createdAt: z.string(),
  event: caseEventSchema,
});
export type StoredEvent = z.infer<typeof storedEventSchema>;

/** `GET /api/v1/students/:id/events`. */
export const eventListSchema = z.object({ events: z.array(storedEventSchema) });
