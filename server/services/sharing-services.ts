import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { invitationStatus } from '../../core/case/invitation-status';
import type {
  AcceptedInvitation,
  AccessList,
  CreatedInvitation,
  InvitationInput,
  InvitationPreview,
  InvitationStatus,
} from '../../core/schemas/sharing';
import { AppError } from '../app-error';
import type { AuditRecorder, AuditScope } from '../audit/audit-recorder';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import {
  closeInvitation,
  deleteGrant,
  findGrant,
  findInvitation,
  findInvitationByTokenHash,
  hasGrant,
  insertGrant,
  insertInvitation,
  listGrantsOfStudent,
  listInvitationsOfStudent,
  revokeInvitationsCreatedBy,
  type InvitationRow,
} from '../db/sharing-queries';
import { invitationMail, type MailLanguage } from '../../core/mail/mail-texts';
import { findReadingLanguageByEmail } from '../db/person-language-queries';
import { queueMail } from '../db/mail-queries';
import { invitationNames } from '../db/sharing-queries';
import { recordedWrite, type WriteContext } from './recorded-write';
import { found, requireStudent } from './require-record';

/** How long an invitation link works. Short, because whoever holds the link can use it. */
export const INVITATION_LIFETIME_DAYS = 7;

/** A signed-in person acting on sharing. */
export interface SharingActor {
  readonly userId: string;
}

/** The stored form of a token: its SHA-256, so a copy of the database cannot be used to accept invitations. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Who can see the child's record, and every invitation link made for it with where it stands. */
export async function listAccess(database: Database, clock: Clock, studentId: string): Promise<AccessList> {
  await requireStudent(database.db, studentId);
  return accessListOf(database.db, clock.now().toISOString(), studentId);
}

/** The access list as of `now`, read with `db` (also inside the export's transaction). */
export async function accessListOf(db: Database['db'], now: string, studentId: string): Promise<AccessList> {
  const grants = await listGrantsOfStudent(db, studentId);
  const invitations = await listInvitationsOfStudent(db, studentId);
  return {
    people: grants.map((g) => ({
      grantId: g.id,
      userId: g.userId,
      name: g.name,
      email: g.email,
      role: g.role,
      since: g.createdAt,
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      role: i.role,
      note: i.note,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      status: invitationStatus(i, now),
      acceptedByName: i.acceptedByName,
    })),
  };
}

/**
 * Shares the record: makes a single-use link for one role. The token (32 random bytes) is answered once and
 * only its hash is stored; the link works for seven days.
 */
export async function shareRecord(
  options: WriteContext & {
    readonly studentId: string;
    readonly actor: SharingActor;
    readonly input: InvitationInput;
    /** Where the mailed link points and its default language (when `input.email` is set). */
    readonly mail?: { readonly baseUrl: string; readonly language: MailLanguage };
  },
): Promise<CreatedInvitation> {
  const { studentId, actor, input } = options;
  const token = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const note = input.note === undefined || input.note === '' ? null : input.note;
  const { expiresAt } = await recordedWrite(
    options,
    async ({ trx, at }) => {
      const expiresAt = new Date(Date.parse(at) + INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000).toISOString();
      await requireStudent(trx, studentId);
      await insertInvitation(trx, {
        id,
        student_id: studentId,
        role: input.role,
        token_hash: hashInvitationToken(token),
        note,
        created_by: actor.userId,
        created_at: at,
        expires_at: expiresAt,
      });
      if (input.email !== undefined) {
        // Queued in the same transaction: the invitation and its message exist together or not at all.
        // An invitee who already has an account and chose a reading language gets it (docs/decisions/0048).
        const language =
          (await findReadingLanguageByEmail(trx, input.email)) ?? input.language ?? options.mail?.language ?? 'en';
        const names = await invitationNames(trx, studentId, actor.userId);
        const text = invitationMail(language, {
          inviterName: names.inviterName,
          childName: names.childGivenName,
          role: input.role,
          link: `${options.mail?.baseUrl ?? ''}/invite/${token}`,
          expiresOn: expiresAt.slice(0, 10),
        });
        await queueMail(trx, { sendKey: `invitation:${id}`, userId: null, to: input.email, ...text }, at);
      }
      return { expiresAt };
    },
    () => ({ entityId: id }),
  );
  return { id, role: input.role, expiresAt, token, path: `/invite/${token}`, emailedTo: input.email ?? null };
}

/** Revokes an open invitation; a used or already revoked one answers 409 (an expired one may still be revoked). */
export async function revokeInvitation(options: WriteContext & { readonly invitationId: string }): Promise<void> {
  const { invitationId } = options;
  await recordedWrite(options, async ({ trx, at }) => {
    const invitation = found(await findInvitation(trx, invitationId), 'invitation');
    if (invitation.acceptedAt !== null) {
      throw new AppError('conflict', 'this invitation was already used; remove the person’s access instead');
    }
    if (invitation.revokedAt !== null || !(await closeInvitation(trx, invitationId, { revokedAt: at }))) {
      throw new AppError('conflict', 'this invitation was already revoked');
    }
  });
}

/**
 * Removes one person's access at once: the access check reads the grants on every request, so their next
 * request is answered 404. Every invitation link they made for the child and that was not used yet is revoked
 * in the same transaction: a removed person must not be able to let anyone else in. The owner's access cannot
 * be removed (the record would have no owner).
 */
export async function removeAccess(options: WriteContext & { readonly grantId: string }): Promise<void> {
  const { grantId } = options;
  await recordedWrite(options, async ({ trx, at }) => {
    const grant = found(await findGrant(trx, grantId), 'access');
    if (grant.role === 'owner') {
      throw new AppError(
        'conflict',
        'the owner’s access cannot be removed; to remove the child’s whole record, delete the record instead',
      );
    }
    await deleteGrant(trx, grantId);
    await revokeInvitationsCreatedBy(trx, grant.studentId, grant.userId, at);
  });
}

async function requireInvitationByToken(db: Database['db'], token: string): Promise<InvitationRow> {
  return found(await findInvitationByTokenHash(db, hashInvitationToken(token)), 'invitation');
}

/**
 * Where a link stands for whoever presents it. Besides being used, revoked or expired, a link is revoked once
 * the person who made it no longer has access to the child: removal revokes their links, and this also covers
 * links made before that rule, or made while the removal was under way.
 */
async function usableStatus(db: Database['db'], invitation: InvitationRow, now: string): Promise<InvitationStatus> {
  const status = invitationStatus(invitation, now);
  if (status !== 'open') return status;
  return (await hasGrant(db, invitation.studentId, invitation.createdBy)) ? 'open' : 'revoked';
}

/**
 * What the invitee sees before accepting. A link that can no longer be used answers 410 without the child's
 * or the inviter's name: whoever holds an old link learns nothing about a record they will never reach. The
 * audit entry names the child either way.
 */
export async function previewInvitation(
  database: Database,
  clock: Clock,
  token: string,
  audit: Pick<AuditScope, 'refine'>,
): Promise<InvitationPreview> {
  const invitation = await requireInvitationByToken(database.db, token);
  audit.refine({ studentId: invitation.studentId, entityId: invitation.id });
  const status = await usableStatus(database.db, invitation, clock.now().toISOString());
  if (status !== 'open') throw unusable(status);
  return {
    childGivenName: invitation.childGivenName,
    role: invitation.role,
    invitedByName: invitation.invitedByName,
    expiresAt: invitation.expiresAt,
    status,
  };
}

/** Why a link that exists can no longer be used: 410, with a code the invite page words for the person. */
function unusable(status: Exclude<InvitationStatus, 'open'>): AppError {
  switch (status) {
    case 'accepted':
      return new AppError('invitation-used', 'this invitation link was already used; ask the family for a new one');
    case 'revoked':
      return new AppError('invitation-revoked', 'the family revoked this invitation link; ask them for a new one');
    case 'expired':
      return new AppError('invitation-expired', 'this invitation link has expired; ask the family for a new one');
  }
}

/** The audit entry of an accept: named after the child as soon as the token shows which child it is. */
export type InvitationAudit = AuditRecorder & Pick<AuditScope, 'refine'>;

/**
 * Accepts an invitation: in one transaction, gives the caller the invited role for the child, marks the
 * link used (single use, even when two requests race), and records the audit entry naming the child.
 */
export async function acceptInvitation(
  options: WriteContext & { readonly audit: InvitationAudit; readonly actor: SharingActor; readonly token: string },
): Promise<AcceptedInvitation> {
  const { audit, actor, token } = options;
  const { accepted } = await recordedWrite(
    options,
    async ({ trx, at: now }) => {
      const invitation = await requireInvitationByToken(trx, token);
      // A refused attempt is recorded too (after the rollback, by the HTTP layer): name the child in it.
      audit.refine({ studentId: invitation.studentId, entityId: invitation.id });
      const status = await usableStatus(trx, invitation, now);
      if (status !== 'open') throw unusable(status);
      if (await hasGrant(trx, invitation.studentId, actor.userId)) {
        throw new AppError('conflict', 'you already have access to this child’s record');
      }
      if (!(await closeInvitation(trx, invitation.id, { acceptedBy: actor.userId, acceptedAt: now }))) {
        // Another request used or revoked it since it was read: say which.
        const closed = found(await findInvitation(trx, invitation.id), 'invitation');
        const closedStatus = invitationStatus(closed, now);
        throw unusable(closedStatus === 'open' ? 'accepted' : closedStatus);
      }
      await insertGrant(trx, {
        id: randomUUID(),
        student_id: invitation.studentId,
        user_id: actor.userId,
        role: invitation.role,
        granted_by: invitation.createdBy,
        created_at: now,
      });
      return { accepted: { studentId: invitation.studentId, role: invitation.role }, invitationId: invitation.id };
    },
    ({ accepted, invitationId }) => ({ studentId: accepted.studentId, entityId: invitationId }),
  );
  return accepted;
}
