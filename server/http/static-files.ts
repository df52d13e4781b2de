import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../app-error';
import { errorBody } from './error-handler';
import { pagePolicy } from './security-headers';

/** index.html with this response's CSP nonce on every script, module preload and stylesheet tag. */
export function withNonce(html: string, nonce: string): string {
  return html
    .replace(/<script /g, `<script nonce="${nonce}" `)
    .replace(/<link rel="modulepreload" /g, `<link rel="modulepreload" nonce="${nonce}" `)
    .replace(/<link rel="stylesheet" /g, `<link rel="stylesheet" nonce="${nonce}" `);
}

/** Vite names every built chunk and stylesheet `assets/<name>-<hash>.<ext>`: a new build means a new name. */
const HASHED_ASSET = /[/\\]assets[/\\][^/\\]+-[\w-]{8}\.\w+(?:\.br|\.gz)?$/;

/**
 * How long a browser may keep a file of the web app: a hashed asset for a year without asking again (its name
 * changes with its content), anything else (favicon) only after checking it is still the same.
 */
function cacheControlFor(path: string): string {
  return HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the built web app. Files go out as the build compressed them (`.br`, `.gz` beside each,
 * docs/decisions/0023) when the browser accepts that encoding, with `Vary: Accept-Encoding`. A browser asking
 * for a page (GET, accepts HTML, outside /api) gets index.html (with this response's nonces) and the app's
 * router shows the page or its own "not found"; every other unknown request gets a JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const root = webRoot === null ? null : resolve(webRoot);
  const indexFile = root === null ? null : resolve(root, 'index.html');
  const hasIndex = indexFile !== null && existsSync(indexFile);
  const indexHtml = hasIndex ? readFileSync(indexFile, 'utf8') : '';
  const sendPage = (reply: FastifyReply) => {
    const nonce = randomBytes(16).toString('hex');
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', pagePolicy(nonce))
      .send(withNonce(indexHtml, nonce));
  };
  if (hasIndex && root !== null) {
    // index.html is never sent as a file: it needs this response's nonces (the not-found handler sends it).
    await app.register(fastifyStatic, {
      root,
      index: false,
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        void reply.header('cache-control', cacheControlFor(path));
      },
      allowedPath: (path) => path !== '/index.html',
    });
    app.get('/', (_request, reply) => sendPage(reply));
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const wantsPage =
      hasIndex &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (wantsPage) return sendPage(reply);
    const error = AppError.notFound(`${request.method} ${request.url.split('?')[0] ?? ''}`);
    return reply.code(404).type('application/json; charset=utf-8').send(errorBody(error));
  });
}
