import { z } from 'zod';
import { DEADLINE_STATUSES } from '../timeline/timeline-result';

/** How a caseload can be sorted (the API's `sort` and the app's column headers). */
export const CASELOAD_SORTS = ['name', 'next-due', 'overdue'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

const localized = z.object({ en: z.string(), es: z.string() });

export const caseloadPageSchema = z.object({
  asOf: z.string(),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  students: z.array(
    z.object({
      id: z.string(),
      givenName: z.string(),
      familyName: z.string(),
      school: z.string().nullable(),
      grade: z.string().nullable(),
      plan: z.enum(['iep', '504']).nullable(),
      nextDue: z.string().nullable(),
      nextKind: z.string().nullable(),
      overdueCount: z.number(),
    }),
  ),
});
export type CaseloadPageView = z.infer<typeof caseloadPageSchema>;

const deadlineItem = z.object({
  studentId: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  school: z.string().nullable(),
  kind: z.string(),
  rule: z.string(),
  due: z.string().nullable(),
  completedOn: z.string().nullable(),
  triggerType: z.string(),
  triggerDate: z.string(),
  citation: z.string(),
  isWindow: z.boolean(),
  status: z.enum(DEADLINE_STATUSES),
});

const schoolCompliance = z.object({
  school: z.string().nullable(),
  overdue: z.number(),
  upcoming: z.number(),
  measures: z.array(
    z.object({ id: z.string(), met: z.number(), late: z.number(), overdue: z.number(), rate: z.number().nullable() }),
  ),
});

export const districtComplianceSchema = z.object({
  asOf: z.string(),
  upcomingDays: z.number(),
  overdue: z.object({ total: z.number(), items: z.array(deadlineItem) }),
  upcoming: z.object({ total: z.number(), items: z.array(deadlineItem) }),
  measures: z.array(
    z.object({
      id: z.string(),
      deadlineKind: z.string(),
      name: localized,
      description: localized,
      citation: z.string(),
      status: z.string(),
    }),
  ),
  district: schoolCompliance,
  schools: z.array(schoolCompliance),
});
export type DistrictComplianceView = z.infer<typeof districtComplianceSchema>;

/** The schools of the children a person can see, with how many of those children each has (caseload filter). */
export const schoolListSchema = z.object({
  schools: z.array(z.object({ name: z.string(), students: z.number().int() })),
});
export type SchoolList = z.infer<typeof schoolListSchema>;
