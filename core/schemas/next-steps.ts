import { z } from 'zod';
import { localizedTextSchema as localized } from './localized-text';
import { RULE_STATUSES } from '../law/rule-status';
import { timelineResultSchema } from '../timeline/timeline-result';
import { LETTER_KINDS } from './letters';

/** One action of a next step (core/next-steps/next-steps.ts says what each does). */
export const nextStepActionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('record-event'),
    event: z.object({ type: z.string(), fields: z.record(z.string(), z.union([z.string(), z.boolean()])) }),
  }),
  z.object({ kind: z.literal('write-letter'), letter: z.enum(LETTER_KINDS) }),
  z.object({ kind: z.literal('record-request') }),
  z.object({ kind: z.literal('add-calendar') }),
  z.object({ kind: z.literal('answer-guide') }),
  z.object({ kind: z.literal('prepare-meeting'), meetingDate: z.string() }),
  z.object({ kind: z.literal('review-services') }),
]);

export const nextStepSchema = z.object({
  id: z.string(),
  who: z.enum(['owed', 'family']),
  urgency: z.enum(['overdue', 'soon', 'now']),
  due: z.string().nullable(),
  title: localized,
  detail: localized,
  rule: z.object({ id: z.string(), citation: z.string(), status: z.enum(RULE_STATUSES) }).optional(),
  actions: z.array(nextStepActionSchema).readonly(),
});

/**
 * `GET /api/v1/students/:id/next-steps`: the child's next steps as of a day, with the timeline they were drawn from
 * (the same answer as `GET /api/v1/students/:id/timeline`), so a screen showing both asks once.
 */
export const nextStepsResponseSchema = z.object({
  asOf: z.string(),
  steps: z.array(nextStepSchema).readonly(),
  timeline: timelineResultSchema,
});
export type NextStepsResponse = z.infer<typeof nextStepsResponseSchema>;
