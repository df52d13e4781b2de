import { accessRoleSchema } from './access-role';
import { z } from 'zod';
import { isJurisdictionCode } from '../law/jurisdiction-names';
import { gradeStartsSchema } from './grade-start';
import { isoDate } from './iso-date';

export const FRAMEWORKS = ['iep', '504'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** `US` for federal rules only, or a two-letter state code (DC included). */
export const jurisdictionCode = z
  .string()
  .transform((code) => code.toUpperCase())
  .refine(isJurisdictionCode, { error: 'expected US or a two-letter state code such as TX' });

const name = z.string().trim().min(1, 'required').max(100, 'at most 100 characters');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${String(max)} characters`)
    .nullable();

/** Someone to contact about the child: a parent, guardian or other adult. */
export const contactSchema = z.object({
  name,
  relationship: z.string().trim().max(100).default(''),
  email: z.union([z.literal(''), z.email('expected an email address')]).default(''),
  phone: z.string().trim().max(40).default(''),
  /** The language notices must be written in (34 CFR 300.503(c)), e.g. `es`. */
  preferredLanguage: z.string().trim().max(35).default('en'),
});
export type Contact = z.infer<typeof contactSchema>;

/** A child's details as typed, without defaults (a change names only what changes). */
const studentFields = {
  givenName: name,
  familyName: name,
  birthDate: isoDate.nullable(),
  jurisdiction: jurisdictionCode,
  school: optionalText(200),
  district: optionalText(200),
  grade: optionalText(20),
  /** Languages spoken at home, as language tags (`es`, `en`, `vi`). */
  homeLanguages: z.array(z.string().trim().min(1).max(35)).max(10),
  contacts: z.array(contactSchema).max(10),
  /** The first day of each school grade the family or school knows (case file `student.gradeStarts`). */
  gradeStarts: gradeStartsSchema,
};

/** What a person types to add a child. */
export const studentInputSchema = z.object({
  ...studentFields,
  birthDate: studentFields.birthDate.default(null),
  school: studentFields.school.default(null),
  district: studentFields.district.default(null),
  grade: studentFields.grade.default(null),
  homeLanguages: studentFields.homeLanguages.default([]),
  contacts: studentFields.contacts.default([]),
  gradeStarts: studentFields.gradeStarts.default([]),
});
export type StudentInput = z.infer<typeof studentInputSchema>;
/** What a client sends to add a child (before validation: any case, any string for the state). */
export type StudentInputRequest = z.input<typeof studentInputSchema>;

/**
 * A change to a child's details: any subset of the fields. No defaults here: a field left out keeps
 * its stored value (with the adding schema's defaults, leaving out the birth date would clear it).
 */
export const studentPatchSchema = z.object(studentFields).partial();
export type StudentPatch = z.infer<typeof studentPatchSchema>;
export type StudentPatchRequest = z.input<typeof studentPatchSchema>;

/** A child as lists and dashboards show them. */
export const studentSummarySchema = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate.nullable(),
  jurisdiction: z.string(),
  school: z.string().nullable(),
  grade: z.string().nullable(),
  /** The plan in effect today, or null when none is. */
  planInEffect: z.enum(FRAMEWORKS).nullable(),
  /** The caller's role for this child, where the answer is for one signed-in person. */
  accessRole: accessRoleSchema.optional(),
});
export type StudentSummary = z.infer<typeof studentSummarySchema>;

/** A child's full details. */
export const studentSchema = studentSummarySchema.extend({
  familyId: z.string(),
  district: z.string().nullable(),
  homeLanguages: z.array(z.string()),
  contacts: z.array(contactSchema),
  gradeStarts: gradeStartsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Student = z.infer<typeof studentSchema>;

export const familySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  isDemo: z.boolean(),
  students: z.array(studentSummarySchema),
});
export type FamilySummary = z.infer<typeof familySummarySchema>;

/** `POST /api/v1/students`: a child, in a new family unless `familyId` names one of the caller's. */
export const newStudentSchema = studentInputSchema.extend({ familyId: z.string().min(1).optional() });
export type NewStudentRequest = z.input<typeof newStudentSchema>;

/** `GET /api/v1/students`. */
export const studentListSchema = z.object({ students: z.array(studentSummarySchema) });

/** `GET /api/v1/families`. */
export const familyListSchema = z.object({ families: z.array(familySummarySchema) });
