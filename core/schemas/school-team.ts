import { z } from 'zod';
import { localizedTextSchema as localized } from './localized-text';
import { DEADLINE_STATUSES } from '../timeline/timeline-result';
import { isoDate } from './iso-date';

/** How a caseload can be sorted (the API's `sort` and the app's column headers). */
export const CASELOAD_SORTS = ['name', 'next-due', 'overdue'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

/** The caseload's plan filter: the plan in effect is an IEP, a 504 plan, or there is none. */
export const CASELOAD_PLANS = ['iep', '504', 'none'] as const;
export type CaseloadPlan = (typeof CASELOAD_PLANS)[number];

/** Students per page of the caseload unless the request says otherwise, and the most a page holds. */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
/** A district's caseload is thousands of pages at most; a bigger number names no page. */
export const MAX_PAGE = 100_000;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** `GET /api/v1/caseload`: the filters, the sort and the page. */
export const caseloadQuerySchema = z.object({
  asOf: isoDate.optional(),
  school: z.string().min(1).max(200).optional(),
  plan: z.enum(CASELOAD_PLANS).optional(),
  overdue: flag.default(false),
  sort: z.enum(CASELOAD_SORTS).default('name'),
  page: z.coerce
    .number()
    .int('expected a whole number')
    .min(1, 'expected 1 or more')
    .max(MAX_PAGE, `expected at most ${String(MAX_PAGE)}`)
    .default(1),
  pageSize: z.coerce
    .number()
    .int('expected a whole number')
    .min(1)
    .max(MAX_PAGE_SIZE, `expected at most ${String(MAX_PAGE_SIZE)}`)
    .default(DEFAULT_PAGE_SIZE),
});

/** `GET /api/v1/compliance`: the day it is measured on, how far ahead "upcoming" reaches, how many items. */
export const complianceQuerySchema = z.object({
  asOf: isoDate.optional(),
  upcomingDays: z.coerce.number().int().min(1).max(365).default(30),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

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
    z.object({
      id: z.string(),
      met: z.number(),
      late: z.number(),
      overdue: z.number(),
      /** Requests left unanswered past their answer clock: they count against the rate (0 for most measures). */
      unanswered: z.number(),
      rate: z.number().nullable(),
    }),
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
      unansweredKinds: z.array(z.string()),
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
