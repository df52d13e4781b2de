import { z } from 'zod';

/** A query-string whole number, e.g. `?limit=20`. */
const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: 'expected a whole number' })
    .int('expected a whole number')
    .min(min, `expected ${String(min)}–${String(max)}`)
    .max(max, `expected ${String(min)}–${String(max)}`);

/** What a line of the activity log is about: reading the record, changing it, or being refused. */
export const ACTIVITY_KINDS = ['viewed', 'changed', 'refused'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Who a filter picks: an account's id, or everyone not signed in, or Binder itself. */
export const NOT_SIGNED_IN = 'anonymous';
export const BINDER_ITSELF = 'system';

/**
 * The query of `GET /students/:id/audit`: a page of entries older than `before`, newest first, of one person
 * and one kind when asked.
 */
export const auditTrailQuerySchema = z.object({
  before: wholeNumber(1, Number.MAX_SAFE_INTEGER).optional(),
  limit: wholeNumber(1, 200).default(50),
  person: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a person from the list, or anonymous')
    .optional(),
  kind: z.enum(ACTIVITY_KINDS, { error: 'expected viewed, changed or refused' }).optional(),
});
export type AuditTrailQuery = z.infer<typeof auditTrailQuerySchema>;

/** One entry of a child's audit trail as the family reads it: who, as what, did what, when, with what outcome. */
export const auditTrailEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  /** Null when nobody was signed in (or Binder itself acted). */
  actorUserId: z.string().nullable(),
  /** Null when the account no longer exists (the e-mail recorded at the time stays). */
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  actorRole: z.string(),
  entity: z.string(),
  action: z.string(),
  route: z.string(),
  outcome: z.string(),
  /** How many refusals from one source the entry stands for (1 for every other entry). */
  count: z.number().int().min(1),
});
export type AuditTrailEntry = z.infer<typeof auditTrailEntrySchema>;

/**
 * A line as the family reads it: one entry, or the several reads one page view makes ("Rosa viewed the
 * timeline"), or repeated refusals ("someone not signed in tried to view … 40 times").
 */
export const activityLineSchema = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  /** The newest entry of the line (a stable key), and the time of the oldest and newest. */
  seq: z.number().int(),
  firstAt: z.string(),
  lastAt: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  actorRole: z.string(),
  /** What was seen, changed or tried, oldest first, without repeats. */
  entities: z.array(z.string()),
  action: z.string(),
  outcome: z.string(),
  /** How many requests the line stands for (refusals counted one by one). */
  count: z.number().int().min(1),
});
export type ActivityLine = z.infer<typeof activityLineSchema>;

/** Someone whose activity is on the child's trail, for the person filter. */
export const activityPersonSchema = z.object({
  /** An account's id, or `anonymous`, or `system`. */
  id: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
});
export type ActivityPerson = z.infer<typeof activityPersonSchema>;

export const auditTrailPageSchema = z.object({
  /** The raw entries of the page, as recorded. */
  entries: z.array(auditTrailEntrySchema),
  /** The same entries grouped into lines (core/audit/activity-lines.ts). */
  lines: z.array(activityLineSchema),
  /** Everyone on the child's whole trail (not only this page), for the person filter. */
  people: z.array(activityPersonSchema),
  /** Pass as `before` for the next (older) page; null when this page reaches the first entry. */
  nextBefore: z.number().int().nullable(),
});
export type AuditTrailPage = z.infer<typeof auditTrailPageSchema>;

/** An account as the administrator's list shows it. */
export const adminUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  createdAt: z.string(),
  isAdmin: z.boolean(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

/** `GET /api/v1/admin/users`. */
export const adminUserListSchema = z.object({ users: z.array(adminUserSchema) });

/** The result of walking the audit chain (server/audit/verify-audit-chain.ts). */
export const auditChainReportSchema = z.object({ entries: z.number().int(), problems: z.array(z.string()) });
