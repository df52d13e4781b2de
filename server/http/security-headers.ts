import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

const DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

/**
 * The policy of an HTML page: the same directives plus this response's nonce on scripts and styles, which
 * the page's own tags carry (server/http/static-files.ts), so even an injected same-origin <script> without
 * it is refused. Only pages need one; every other response keeps the fixed policy (making a nonce and a
 * policy per API answer cost more than the rest of the headers together).
 */
export function pagePolicy(nonce: string): string {
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return Object.entries(DIRECTIVES)
    .map(([name, values]) => {
      const withNonce = name === 'scriptSrc' || name === 'styleSrc' ? [...values, `'nonce-${nonce}'`] : values;
      return `${kebab(name)} ${withNonce.join(' ')}`;
    })
    .join(';');
}

/**
 * Strict headers from the start: our own scripts, styles, fonts and images only (no third-party origin,
 * no inline script, a per-response nonce on the page's tags), no framing, and `no-store` on every API
 * answer so a shared computer keeps no copy of a child's record.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...DIRECTIVES, upgradeInsecureRequests: null },
    },
    // HSTS is only meaningful over HTTPS; it is sent, and ignored by browsers on plain http://localhost.
    hsts: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}
