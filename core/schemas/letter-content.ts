import { z } from 'zod';
import { isoDate } from './iso-date';
import { LETTER_KINDS, LETTER_LANGUAGES } from './letters';

const line = z.string().max(500);

/**
 * A composed letter after the family has edited it (core/letters/letter.ts `LetterContent`). The words
 * are theirs to change; the kind and date decide which case event sending it records, never the client.
 */
export const letterContentSchema = z.object({
  kind: z.enum(LETTER_KINDS),
  language: z.enum(LETTER_LANGUAGES),
  date: isoDate,
  dateLine: line,
  senderLines: z.array(line).max(12),
  recipientLines: z.array(line).max(12),
  subject: z.string().trim().min(1, 'required').max(500),
  salutation: line,
  paragraphs: z
    .array(z.object({ text: z.string().max(10_000), citations: z.array(z.string().max(200)).max(20) }))
    .min(1, 'a letter needs at least one paragraph')
    .max(60),
  closing: line,
  signatureLines: z.array(line).max(12),
});
export type EditedLetter = z.infer<typeof letterContentSchema>;

/** A letter kept in a child's case. */
export const savedLetterSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  letter: letterContentSchema,
  /** The id of the case event sending it recorded, if any. */
  eventId: z.string().nullable(),
  createdAt: z.string(),
});
export type SavedLetter = z.infer<typeof savedLetterSchema>;

/** `GET /api/v1/students/:id/letters`. */
export const letterListSchema = z.object({ letters: z.array(savedLetterSchema) });
