import { z } from 'zod';
import { localizedTextSchema } from './localized-text';
import { iepContentSchema } from './iep';
import { isoDate } from './iso-date';
import { plan504ContentSchema } from './plan-504';

/** Why a version of a plan was made. */
export const VERSION_REASONS = ['initial', 'annual', 'amendment', 'reevaluation'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** A draft can still change (and is autosaved); a final version never changes again. */
export const VERSION_STATUSES = ['draft', 'final'] as const;

const versionBase = z.object({
  id: z.string(),
  planId: z.string(),
  number: z.number().int(),
  status: z.enum(VERSION_STATUSES),
  reason: z.enum(VERSION_REASONS),
  /** The first day this version is in effect; set when it is finalized. */
  effectiveFrom: isoDate.nullable(),
  meetingId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finalizedAt: z.string().nullable(),
});

export const iepVersionSchema = versionBase.extend({ framework: z.literal('iep'), content: iepContentSchema });
export const plan504VersionSchema = versionBase.extend({ framework: z.literal('504'), content: plan504ContentSchema });
export const planVersionSchema = z.discriminatedUnion('framework', [iepVersionSchema, plan504VersionSchema]);
export type PlanVersion = z.infer<typeof planVersionSchema>;

export const planSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  framework: z.enum(['iep', '504']),
  effectiveFrom: isoDate.nullable(),
  effectiveTo: isoDate.nullable(),
  createdAt: z.string(),
  versions: z.array(planVersionSchema),
});
export type Plan = z.infer<typeof planSchema>;

/** Starting a plan: which framework, and (optionally) its first draft's contents. */
export const planCreateSchema = z.discriminatedUnion('framework', [
  z.object({
    framework: z.literal('iep'),
    reason: z.enum(VERSION_REASONS).default('initial'),
    content: iepContentSchema.default(iepContentSchema.parse({})),
  }),
  z.object({
    framework: z.literal('504'),
    reason: z.enum(VERSION_REASONS).default('initial'),
    content: plan504ContentSchema.default(plan504ContentSchema.parse({})),
  }),
]);
export type PlanCreate = z.infer<typeof planCreateSchema>;

/** Finalizing a draft: from when it is in effect, and (optionally) the meeting that decided it. */
export const finalizeVersionSchema = z.object({
  effectiveFrom: isoDate,
  meetingId: z.string().nullable().default(null),
});
export type FinalizeVersion = z.infer<typeof finalizeVersionSchema>;

/** `GET /api/v1/students/:id/plans`. */
export const planListSchema = z.object({ plans: z.array(planSchema) });

/** `PUT /api/v1/plans/:id/versions/:versionId/content`: a draft's contents, checked when it is made final. */
export const draftContentSchema = z.object({ content: z.record(z.string(), z.unknown()) });

/** `POST /api/v1/plans/:id/amend`: why the new draft is started. */
export const amendPlanSchema = z.object({ reason: z.enum(VERSION_REASONS).default('amendment') });

/** `GET /api/v1/plans/:id/compare?from=…&to=…`: the two versions to compare. */
export const planComparisonQuerySchema = z.object({ from: z.string().min(1), to: z.string().min(1) });

/** One difference between two versions of a plan, in words. */
export const planChangeSchema = z.object({
  section: z.string(),
  effect: z.enum(['added', 'removed', 'reduced', 'increased', 'changed']),
  message: localizedTextSchema,
});
export type PlanChangeView = z.infer<typeof planChangeSchema>;

/** `GET /api/v1/plans/:id/compare`. */
export const planComparisonSchema = z.object({ changes: z.array(planChangeSchema) });
