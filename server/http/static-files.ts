import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../app-error';
import { errorBody } from './error-handler';

/**
 * Serves the built web app. A browser asking for a page (GET, accepts HTML, outside /api) gets index.html
 * and the app's router shows the page or its own "not found"; every other unknown request gets a JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const root = webRoot === null ? null : resolve(webRoot);
  const hasIndex = root !== null && existsSync(resolve(root, 'index.html'));
  if (hasIndex) {
    await app.register(fastifyStatic, { root, index: ['index.html'], wildcard: false, maxAge: 0 });
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const wantsPage =
      hasIndex &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (wantsPage) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    const error = AppError.notFound(`${request.method} ${request.url.split('?')[0] ?? ''}`);
    return reply.code(404).type('application/json; charset=utf-8').send(errorBody(error));
  });
}
