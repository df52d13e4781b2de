import { z } from 'zod';
import { isoDate } from '../../core/schemas/iso-date';

/*
 * The answers of the sharing, audit-trail, comment and service-log endpoints, checked at run time like every
 * other answer. The server documents them in its OpenAPI; these follow that contract.
 */

export const ACCESS_ROLES = ['owner', 'co-parent', 'advocate', 'school-staff'] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

/** The roles an owner can invite someone into. */
export const INVITABLE_ROLES = ['co-parent', 'advocate', 'school-staff'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export const INVITATION_STATUSES = ['open', 'accepted', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const personWithAccessSchema = z.object({
  grantId: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ACCESS_ROLES),
  since: z.string(),
});
export type PersonWithAccess = z.infer<typeof personWithAccessSchema>;

export const invitationSummarySchema = z.object({
  id: z.string(),
  role: z.enum(INVITABLE_ROLES),
  note: z.string().nullable().default(null),
  createdAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(INVITATION_STATUSES),
  acceptedByName: z.string().nullable().default(null),
});
export type InvitationSummary = z.infer<typeof invitationSummarySchema>;

export const accessListSchema = z.object({
  people: z.array(personWithAccessSchema),
  invitations: z.array(invitationSummarySchema),
});
export type AccessList = z.infer<typeof accessListSchema>;

/** A new invitation: the token and its path are shown this once and never again. */
export const newInvitationSchema = z.object({
  id: z.string(),
  role: z.enum(INVITABLE_ROLES),
  expiresAt: z.string(),
  token: z.string(),
  path: z.string(),
});
export type NewInvitation = z.infer<typeof newInvitationSchema>;

export const invitationPreviewSchema = z.object({
  childGivenName: z.string(),
  role: z.enum(INVITABLE_ROLES),
  invitedByName: z.string(),
  expiresAt: z.string(),
  status: z.enum(INVITATION_STATUSES),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const acceptedInvitationSchema = z.object({ studentId: z.string(), role: z.enum(INVITABLE_ROLES) });

export const auditEntrySchema = z.object({
  seq: z.union([z.number(), z.string()]),
  at: z.string(),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  actorRole: z.string(),
  entity: z.string(),
  action: z.string(),
  route: z.string(),
  outcome: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextBefore: z.union([z.number(), z.string()]).nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const commentSchema = z.object({ id: z.string(), authorName: z.string(), body: z.string(), createdAt: z.string() });
export type Comment = z.infer<typeof commentSchema>;
export const commentsSchema = z.object({ comments: z.array(commentSchema) });

export const SERVICE_LOG_STATUSES = ['delivered', 'missed'] as const;
export type ServiceLogStatus = (typeof SERVICE_LOG_STATUSES)[number];

export const serviceLogEntrySchema = z.object({
  id: z.string(),
  service: z.string(),
  date: isoDate,
  minutes: z.number(),
  status: z.enum(SERVICE_LOG_STATUSES),
  note: z.string().nullable().default(null),
  enteredByName: z.string(),
  createdAt: z.string(),
});
export type ServiceLogEntry = z.infer<typeof serviceLogEntrySchema>;

export const serviceSummarySchema = z.object({
  service: z.string(),
  sessions: z.number(),
  deliveredMinutes: z.number(),
  missedMinutes: z.number(),
});
export type ServiceSummary = z.infer<typeof serviceSummarySchema>;

export const serviceLogSchema = z.object({
  entries: z.array(serviceLogEntrySchema),
  summary: z.array(serviceSummarySchema),
});
export type ServiceLog = z.infer<typeof serviceLogSchema>;

export interface ServiceLogInput {
  readonly service: string;
  readonly date: string;
  readonly minutes: number;
  readonly status: ServiceLogStatus;
  readonly note?: string;
}
