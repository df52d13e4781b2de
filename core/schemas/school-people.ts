import { z } from 'zod';

/** The school's people a family deals with about one child (issue #17, point 6). */
export const SCHOOL_PERSON_ROLES = [
  'case-manager',
  'teacher',
  'principal',
  'special-education-director',
  '504-coordinator',
  'district-contact',
] as const;
export type SchoolPersonRole = (typeof SCHOOL_PERSON_ROLES)[number];

const optionalLine = (max: number) =>
  z
    .string({ error: 'expected text' })
    .trim()
    .max(max, { error: `must be at most ${String(max)} characters` })
    .default('');

/** One person of the child's school directory, as typed. Name and role are required, the rest may be empty. */
export const schoolPersonInputSchema = z.strictObject({
  role: z.enum(SCHOOL_PERSON_ROLES, { error: `expected one of ${SCHOOL_PERSON_ROLES.join(', ')}` }),
  name: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(120, { error: 'must be at most 120 characters' }),
  /** The title as a letter writes it: "Director of Special Education". */
  title: optionalLine(160),
  school: optionalLine(160),
  email: z
    .union([z.literal(''), z.email({ error: 'expected an e-mail address such as name@example.org' })])
    .default(''),
  phone: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^\+?[0-9 ().-]{7,20}$/, { error: 'expected a phone number such as (555) 010-2233' }),
    ])
    .default(''),
  /** The postal address, one line per item, for a letter's recipient block. */
  addressLines: z.array(z.string().trim().min(1).max(120)).max(4, { error: 'at most 4 address lines' }).default([]),
});
export type SchoolPersonInput = z.infer<typeof schoolPersonInputSchema>;

export const schoolPersonSchema = schoolPersonInputSchema.extend({
  id: z.string(),
  studentId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SchoolPerson = z.infer<typeof schoolPersonSchema>;

/** `GET /api/v1/students/:id/school-people`. */
export const schoolPersonListSchema = z.object({ people: z.array(schoolPersonSchema) });
