import { z } from 'zod';

/** One state of a record in its history. */
export const historyEntrySchema = z.object({
  action: z.enum(['create', 'update', 'delete']),
  at: z.string(),
  data: z.unknown(),
});

/** `GET /…/:id/history`: a record's states, oldest first. */
export const historyResponseSchema = z.object({ history: z.array(historyEntrySchema) });
