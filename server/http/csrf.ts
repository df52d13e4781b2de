import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../app-error';
import type { Config } from '../config';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The CSRF token for a session: an HMAC of its id, so it needs no storage and dies with the session. */
export function csrfTokenFor(secret: string, sessionId: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionId}`).digest('base64url');
}

/** The origin a request came from: its Origin header, else its Referer's origin, else null. */
function requestOrigin(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  const source = typeof origin === 'string' && origin !== 'null' ? origin : request.headers.referer;
  if (typeof source !== 'string') return null;
  try {
    return new URL(source).origin;
  } catch {
    return null;
  }
}

/** The origin allowed to change anything: the public URL, or the one this request was addressed to. */
export function expectedOrigin(config: Pick<Config, 'publicUrl'>, request: FastifyRequest): string {
  if (config.publicUrl !== null) return new URL(config.publicUrl).origin;
  try {
    return new URL(`${request.protocol}://${request.headers.host ?? ''}`).origin;
  } catch {
    return 'null';
  }
}

/**
 * CSRF protection for every state-changing request: the request must come from our own origin, and a
 * signed-in caller must also send the session's token in `X-CSRF-Token` (read from GET /api/v1/session).
 * Throws 403 `csrf-rejected`; nothing has run yet.
 */
export function checkCsrf(
  request: FastifyRequest,
  config: Pick<Config, 'publicUrl'>,
  secret: string,
  sessionId: string | null,
): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = requestOrigin(request);
  if (origin !== expectedOrigin(config, request)) {
    throw new AppError('csrf-rejected', 'this request did not come from Binder’s own pages (Origin check failed)');
  }
  if (sessionId === null) return;
  const sent = request.headers[CSRF_HEADER];
  const expected = csrfTokenFor(secret, sessionId);
  if (
    typeof sent !== 'string' ||
    sent.length !== expected.length ||
    !timingSafeEqual(Buffer.from(sent), Buffer.from(expected))
  ) {
    throw new AppError('csrf-rejected', 'the X-CSRF-Token header is missing or wrong; reload the page and try again');
  }
}
