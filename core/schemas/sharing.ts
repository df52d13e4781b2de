import { z } from 'zod';
import { LANGUAGE_ERROR, LANGUAGES } from '../progress/format-words';
import { accessRoleSchema, INVITABLE_ROLES, invitableRoleSchema } from './access-role';

/** Where an invitation stands; only an `open` one can be accepted or revoked. */
export const INVITATION_STATUSES = ['open', 'accepted', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** What the family types to share the record: the role, and an optional note to remember who it was for. */
export const invitationInputSchema = z.object({
  role: z.enum(INVITABLE_ROLES, { error: `expected one of ${INVITABLE_ROLES.join(', ')}` }),
  note: z.string().trim().max(200, 'at most 200 characters').optional(),
  /** Also send the link to this address (it still works for whoever opens it, and is still shown once). */
  email: z.email('expected an e-mail address like name@example.org').max(254).optional(),
  /** The language of that message, one of the five reading languages; the inviter's own language when absent. */
  language: z.enum(LANGUAGES, { error: LANGUAGE_ERROR }).optional(),
});
export type InvitationInput = z.infer<typeof invitationInputSchema>;

/** The link's secret, as the invitee's browser sends it back. */
export const invitationTokenSchema = z.object({
  token: z.string({ error: 'expected the token from the invitation link' }).trim().min(1, 'required').max(200),
});

/** The answer to sharing: the token is shown this once and never stored (only its SHA-256 is). */
export const createdInvitationSchema = z.object({
  id: z.string(),
  role: invitableRoleSchema,
  expiresAt: z.string(),
  token: z.string(),
  path: z.string(),
  /** The address the link was also sent to, or null when it was not e-mailed. */
  emailedTo: z.string().nullable(),
});
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

export const accessGrantSchema = z.object({
  grantId: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: accessRoleSchema,
  since: z.string(),
});
export type AccessGrant = z.infer<typeof accessGrantSchema>;

export const invitationSummarySchema = z.object({
  id: z.string(),
  role: invitableRoleSchema,
  note: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(INVITATION_STATUSES),
  acceptedByName: z.string().nullable(),
});
export type InvitationSummary = z.infer<typeof invitationSummarySchema>;

/** Who can see the child's record, and the invitation links made for it. */
export const accessListSchema = z.object({
  people: z.array(accessGrantSchema),
  invitations: z.array(invitationSummarySchema),
});
export type AccessList = z.infer<typeof accessListSchema>;

/** What the invitee sees before accepting: whose record, as what, from whom. */
export const invitationPreviewSchema = z.object({
  childGivenName: z.string(),
  role: invitableRoleSchema,
  invitedByName: z.string().nullable(),
  expiresAt: z.string(),
  status: z.enum(INVITATION_STATUSES),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const acceptedInvitationSchema = z.object({ studentId: z.string(), role: invitableRoleSchema });
export type AcceptedInvitation = z.infer<typeof acceptedInvitationSchema>;
