import { z } from 'zod';
import { LANGUAGE_ERROR, LANGUAGES } from '../progress/format-words';

/**
 * `POST /api/v1/demo`'s optional body (none at all means English): the reader's language, one of the five. The
 * family's own notes come in it; the school's documents and the sent letter in English or Spanish (core/demo,
 * docs/decisions/0053). Names stay as they are. Apart from demo-family.ts, which the home page loads on its first
 * screen: only the server needs the language list and its message.
 */
export const demoRequestSchema = z
  .object({ language: z.enum(LANGUAGES, { error: LANGUAGE_ERROR }).default('en') })
  .nullish();
