import type { InvitationStatus } from '../schemas/sharing';

/** What decides an invitation's status: when it was accepted or revoked, and when it expires (ISO instants). */
export interface InvitationDates {
  readonly acceptedAt: string | null;
  readonly revokedAt: string | null;
  readonly expiresAt: string;
}

/**
 * An invitation's status at `now`. Accepted and revoked are final and win over expiry (a link used on its
 * last day stays "accepted"); otherwise it is expired from the instant it expires. ISO instants in UTC
 * (`toISOString`) compare correctly as strings.
 */
export function invitationStatus(invitation: InvitationDates, now: string): InvitationStatus {
  if (invitation.acceptedAt !== null) return 'accepted';
  if (invitation.revokedAt !== null) return 'revoked';
  return invitation.expiresAt <= now ? 'expired' : 'open';
}
