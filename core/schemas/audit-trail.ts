import { z } from 'zod';

/** A query-string whole number, e.g. `?limit=20`. */
const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: 'expected a whole number' })
    .int('expected a whole number')
    .min(min, `expected ${String(min)}–${String(max)}`)
    .max(max, `expected ${String(min)}–${String(max)}`);

/** The query of `GET /students/:id/audit`: a page of entries older than `before`, newest first. */
export const auditTrailQuerySchema = z.object({
  before: wholeNumber(1, Number.MAX_SAFE_INTEGER).optional(),
  limit: wholeNumber(1, 200).default(50),
});
export type AuditTrailQuery = z.infer<typeof auditTrailQuerySchema>;

/** One entry of a child's audit trail as the family reads it: who, as what, did what, when, with what outcome. */
export const auditTrailEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  /** Null when the account no longer exists (the e-mail recorded at the time stays). */
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  actorRole: z.string(),
  entity: z.string(),
  action: z.string(),
  route: z.string(),
  outcome: z.string(),
});
export type AuditTrailEntry = z.infer<typeof auditTrailEntrySchema>;

export const auditTrailPageSchema = z.object({
  entries: z.array(auditTrailEntrySchema),
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

/** The result of walking the audit chain (server/audit/verify-audit-chain.ts). */
export const auditChainReportSchema = z.object({ entries: z.number().int(), problems: z.array(z.string()) });
