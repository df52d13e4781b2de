import { z } from 'zod';
import { isoDate } from './iso-date';
import { LANGUAGES, LANGUAGE_ERROR } from '../progress/format-words';
import { jurisdictionParam } from './jurisdiction-param';
import { LETTER_KINDS, LETTER_LANGUAGES, letterInputSchema } from './letters';

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

/**
 * `POST /api/v1/students/:id/letters`: the letter as sent, and the day the school received it, which is when
 * the clock the letter starts begins (docs/decisions/0031). Without it, the day it was sent.
 */
export const sentLetterSchema = letterContentSchema.extend({
  receivedOn: isoDate.optional(),
  composedFrom: z
    .object({ jurisdiction: jurisdictionParam.default('US'), input: letterInputSchema })
    .optional()
    .describe(
      'The details the letter was written from (POST /api/v1/letters/compose): its translation is made from them',
    ),
});
export type SentLetter = z.infer<typeof sentLetterSchema>;

/** What a sent letter was written from: its translation for reading is composed again from it. */
export type LetterComposedFrom = NonNullable<SentLetter['composedFrom']>;

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

/** `GET /api/v1/students/:id/letters/:letterId/translation?language=`: the reading language asked for. */
export const letterTranslationQuerySchema = z.object({ language: z.enum(LANGUAGES, { error: LANGUAGE_ERROR }) });

/**
 * A sent letter composed again in a reading language, only for reading (docs/decisions/0045): the same
 * structure as the letter, with its plain text, and the language of the letter the school received.
 */
export const letterTranslationSchema = letterContentSchema.extend({
  language: z.enum(LANGUAGES),
  plainText: z.string(),
  translationOf: z.enum(LETTER_LANGUAGES),
});
export type LetterTranslationAnswer = z.infer<typeof letterTranslationSchema>;
