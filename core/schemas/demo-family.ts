import { z } from 'zod';
import { LANGUAGE_ERROR, LANGUAGES } from '../progress/format-words';

/**
 * `POST /api/v1/demo`: the demo family's id, and whether it was made now (201) or already there (200). Its own file so
 * the home page, which offers the demo, does not carry the student schemas.
 */
export const demoFamilySchema = z.object({ familyId: z.string(), created: z.boolean() });

/**
 * `POST /api/v1/demo`'s optional body (none at all means English): the reader's language, one of the five. The
 * family's own notes come in it; the school's documents and the sent letter in English or Spanish (core/demo,
 * docs/decisions/0053). Names stay as they are.
 */
export const demoRequestSchema = z
  .object({ language: z.enum(LANGUAGES, { error: LANGUAGE_ERROR }).default('en') })
  .nullish();
