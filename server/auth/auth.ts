import { betterAuth } from 'better-auth';
import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../clock';
import type { Config } from '../config';
import type { Database } from '../db/database';
import {
  mailOriginOf,
  queuePasswordResetMail,
  queueSignUpAttemptMail,
  queueVerificationMail,
} from '../mail/account-mail';
import { resolveAuthSecret } from './auth-secret';
import { hashPassword, verifyPassword } from './password-hashing';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-rules';

/** The session cookie. `__Host-` makes browsers insist on Secure, Path=/ and no Domain. */
export const SESSION_COOKIE = '__Host-binder.session';
/** A session ends after this long without a request… */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** …and at the latest this long after sign-in, however active (checked in server/auth/current-actor.ts). */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** How long a password-reset link works (it works once). */
export const PASSWORD_RESET_SECONDS = 30 * 60;
/** How often an active session's expiry moves forward (one write per minute of use, not per request). */
export const SESSION_REFRESH_SECONDS = 60;

const timestamps = { createdAt: 'created_at', updatedAt: 'updated_at' } as const;

/**
 * better-auth on our own Kysely database (the tables come from our migration 20261128140000, in snake case),
 * with e-mail and password only, argon2id, and its rate limiter off: sign-in throttling with growing delays is
 * ours (server/auth/sign-in-throttle.ts). Its mail (reset links, address confirmation, the notice that someone
 * tried to sign up with a known address) is queued in the database and sent by the mail job (docs/decisions/0040).
 */
export function createAuth(config: Config, database: Database, clock: Clock = systemClock) {
  return betterAuth({
    appName: 'Binder',
    basePath: '/api/auth',
    ...(config.publicUrl === null ? {} : { baseURL: config.publicUrl }),
    secret: resolveAuthSecret(config),
    // Only the origin people use may post to the auth endpoints (the same rule as server/http/csrf.ts).
    trustedOrigins: (request) => (request === undefined ? [] : [allowedOrigin(config, request)]),
    database: { db: database.db, type: database.dialect === 'postgres' ? 'postgres' : 'sqlite' },
    telemetry: { enabled: false },
    // Its warnings (e.g. every wrong password) are expected events, answered to the caller; errors still show.
    logger: { level: 'error', disabled: config.logLevel === 'silent' },
    rateLimit: { enabled: false },
    user: { modelName: 'users', fields: { ...timestamps, emailVerified: 'email_verified' } },
    session: {
      modelName: 'sessions',
      fields: {
        ...timestamps,
        expiresAt: 'expires_at',
        ipAddress: 'ip_address',
        userAgent: 'user_agent',
        userId: 'user_id',
      },
      expiresIn: SESSION_IDLE_SECONDS,
      updateAge: SESSION_REFRESH_SECONDS,
    },
    account: {
      modelName: 'accounts',
      fields: {
        ...timestamps,
        accountId: 'account_id',
        providerId: 'provider_id',
        userId: 'user_id',
        accessToken: 'access_token',
        refreshToken: 'refresh_token',
        idToken: 'id_token',
        accessTokenExpiresAt: 'access_token_expires_at',
        refreshTokenExpiresAt: 'refresh_token_expires_at',
      },
    },
    verification: { modelName: 'verifications', fields: { ...timestamps, expiresAt: 'expires_at' } },
    emailAndPassword: {
      enabled: true,
      // Sign-up does not sign in: signing a new account in, and not a known one, would tell a stranger which
      // e-mail addresses have accounts (docs/decisions/0017). The person signs in next.
      autoSignIn: false,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
      resetPasswordTokenExpiresIn: PASSWORD_RESET_SECONDS,
      // A reset ends every session, in the same transaction as the new password.
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }, request) => {
        await queuePasswordResetMail(database, clock, user, token, mailOriginOf(config.publicUrl, request));
      },
      onExistingUserSignUp: async ({ user }, request) => {
        await queueSignUpAttemptMail(database, clock, user, mailOriginOf(config.publicUrl, request));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendVerificationEmail: async ({ user, token }, request) => {
        await queueVerificationMail(database, clock, user, token, mailOriginOf(config.publicUrl, request));
      },
    },
    advanced: {
      useSecureCookies: false,
      cookies: {
        session_token: {
          name: SESSION_COOKIE,
          attributes: { secure: true, httpOnly: true, sameSite: 'lax', path: '/' },
        },
      },
      database: { generateId: () => randomUUID() },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/**
 * The one origin allowed to send state-changing requests: the configured public URL, or else the origin
 * the request was addressed to (scheme and Host header), which is what a same-origin browser sends.
 */
export function allowedOrigin(config: Pick<Config, 'publicUrl'>, request: Request | { url: string }): string {
  if (config.publicUrl !== null) return new URL(config.publicUrl).origin;
  return new URL(request.url).origin;
}
