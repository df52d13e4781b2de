import { z } from 'zod';

/**
 * `POST /api/v1/demo`: the demo family's id, and whether it was made now (201) or already there (200). Its own file so
 * the home page, which offers the demo, does not carry the student schemas.
 */
export const demoFamilySchema = z.object({ familyId: z.string(), created: z.boolean() });
