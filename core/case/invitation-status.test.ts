import { describe, expect, it } from 'vitest';
import { invitationStatus } from './invitation-status';

const open = { acceptedAt: null, revokedAt: null, expiresAt: '2026-12-05T15:00:00.000Z' };

describe('invitationStatus', () => {
  it('is open until the instant it expires, then expired', () => {
    expect(invitationStatus(open, '2026-12-05T14:59:59.999Z')).toBe('open');
    expect(invitationStatus(open, '2026-12-05T15:00:00.000Z')).toBe('expired');
  });

  it('keeps accepted and revoked after the expiry', () => {
    const later = '2027-01-01T00:00:00.000Z';
    expect(invitationStatus({ ...open, acceptedAt: '2026-12-01T10:00:00.000Z' }, later)).toBe('accepted');
    expect(invitationStatus({ ...open, revokedAt: '2026-12-01T10:00:00.000Z' }, later)).toBe('revoked');
  });
});
