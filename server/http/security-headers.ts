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
  return policyOf(nonce);
}

function policyOf(nonce: string | null): string {
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return Object.entries(DIRECTIVES)
    .map(([name, values]) => {
      const withNonce =
        nonce !== null && (name === 'scriptSrc' || name === 'styleSrc') ? [...values, `'nonce-${nonce}'`] : values;
      return `${kebab(name)} ${withNonce.join(' ')}`;
    })
    .join(';');
}

/**
 * Browser features no page of ours uses are switched off, for our pages and anything they might embed, so an
 * injected script cannot reach a microphone or a location. The camera stays available to our own pages only:
 * photographing a paper document with a phone to upload it is a likely next step, and `(self)` still keeps
 * every other origin away from it.
 */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'bluetooth=()',
  'camera=(self)',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
].join(', ');

/**
 * The headers of every response, fixed, so they are written once rather than worked out per response (as a
 * middleware such as helmet does, which cost a twentieth of the server's time in bench/http-overview.ts).
 * The values are OWASP's secure-headers recommendations (the OWASP Secure Headers Project).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': policyOf(null),
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'permissions-policy': PERMISSIONS_POLICY,
  'referrer-policy': 'no-referrer',
  // HSTS is only meaningful over HTTPS; it is sent, and ignored by browsers on plain http://localhost.
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  // The old XSS auditor is off: it caused more leaks than it stopped; the CSP does the work.
  'x-xss-protection': '0',
};

/**
 * Strict headers from the start: our own scripts, styles, fonts and images only (no third-party origin,
 * no inline script, a per-response nonce on the page's tags), no framing, and `no-store` on every API
 * answer so a shared computer keeps no copy of a child's record.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    done();
  });
  // Last word on caching: no route can make an API answer storable.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}
