import { createHash } from 'node:crypto';
import {
  mailLanguageOf,
  passwordResetMail,
  signUpAttemptMail,
  verifyEmailMail,
  type MailLanguage,
} from '../../core/mail/mail-texts';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { queueMail } from '../db/mail-queries';
import { findReadingLanguage } from '../db/person-language-queries';

/** Who an account message goes to. */
export interface MailRecipient {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

/** Where the message's links point, and the language it is written in (from the asking browser). */
export interface MailOrigin {
  readonly baseUrl: string;
  readonly language: MailLanguage;
}

/** The base URL and language of a request better-auth hands its hooks: the public URL wins when set. */
export function mailOriginOf(publicUrl: string | null, request: Request | undefined): MailOrigin {
  const baseUrl = publicUrl ?? (request === undefined ? 'http://localhost:3000' : new URL(request.url).origin);
  return { baseUrl, language: mailLanguageOf(request?.headers.get('accept-language')) };
}

/** The language of a message to an account: the one its owner chose (docs/decisions/0048), else the browser's. */
async function languageFor(database: Database, user: MailRecipient, origin: MailOrigin): Promise<MailLanguage> {
  return (await findReadingLanguage(database.db, user.id)) ?? origin.language;
}

/** A token as a send key: its SHA-256, so the send record holds no usable token. */
function tokenKey(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Queues the password-reset link (the page at /reset-password reads the token from the address). */
export async function queuePasswordResetMail(
  database: Database,
  clock: Clock,
  user: MailRecipient,
  token: string,
  origin: MailOrigin,
): Promise<void> {
  const link = `${origin.baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
  const text = passwordResetMail(await languageFor(database, user, origin), { name: user.name, link });
  await queueMail(
    database.db,
    { sendKey: `password-reset:${tokenKey(token)}`, userId: user.id, to: user.email, ...text },
    clock.now().toISOString(),
  );
}

/** Queues the e-mail verification link (better-auth's verify-email endpoint, then back to the app). */
export async function queueVerificationMail(
  database: Database,
  clock: Clock,
  user: MailRecipient,
  token: string,
  origin: MailOrigin,
): Promise<void> {
  const link = `${origin.baseUrl}/api/auth/verify-email?token=${encodeURIComponent(token)}&callbackURL=${encodeURIComponent('/')}`;
  const text = verifyEmailMail(await languageFor(database, user, origin), { name: user.name, link });
  await queueMail(
    database.db,
    { sendKey: `verify-email:${tokenKey(token)}`, userId: user.id, to: user.email, ...text },
    clock.now().toISOString(),
  );
}

/**
 * Tells the owner of an address that someone tried to sign up with it (the sign-up itself answers as if it
 * worked: docs/decisions/0017). At most one such notice per account per day, so sign-ups cannot flood them.
 */
export async function queueSignUpAttemptMail(
  database: Database,
  clock: Clock,
  user: MailRecipient,
  origin: MailOrigin,
): Promise<void> {
  const text = signUpAttemptMail(await languageFor(database, user, origin), {
    name: user.name,
    link: `${origin.baseUrl}/forgot-password`,
  });
  await queueMail(
    database.db,
    { sendKey: `sign-up-attempt:${user.id}:${clock.today()}`, userId: user.id, to: user.email, ...text },
    clock.now().toISOString(),
  );
}
