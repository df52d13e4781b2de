import { z } from 'zod';

/**
 * `POST /api/v1/demo`: the demo family's id, and whether it was made now (201) or already there (200). Its own file so
 * the home page, which offers the demo, does not carry the student schemas.
 */
export const demoFamilySchema = z.object({ familyId: z.string(), created: z.boolean() });

/** `POST /api/v1/demo`'s optional body (none at all means English): the language of the demo's words (names stay as they are). */
export const demoRequestSchema = z
  .object({ language: z.enum(['en', 'es'], { error: 'expected "en" or "es"' }).default('en') })
  .nullish();
