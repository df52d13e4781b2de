import { z } from 'zod';
import { isoDate } from './iso-date';

export const FRAMEWORKS = ['iep', '504'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** `US` for federal rules only, or a two-letter state code (DC included). */
export const jurisdictionCode = z.string().regex(/^[A-Z]{2}$/, 'expected US or a two-letter state code such as TX');

/** A child as lists and dashboards show them. */
export const studentSummarySchema = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate.nullable(),
  jurisdiction: jurisdictionCode,
  school: z.string().nullable(),
  grade: z.string().nullable(),
  /** The plan in effect today, or null when none is. */
  planInEffect: z.enum(FRAMEWORKS).nullable(),
});
export type StudentSummary = z.infer<typeof studentSummarySchema>;

export const familySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  isDemo: z.boolean(),
  students: z.array(studentSummarySchema),
});
export type FamilySummary = z.infer<typeof familySummarySchema>;
