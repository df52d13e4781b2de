import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Below this a JSON answer goes out as it is: compressing saves less than a packet and costs CPU. */
export const JSON_COMPRESS_MIN_BYTES = 1024;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: never compress this route's answers (one that carries a secret, such as the CSRF token). */
    compress?: boolean;
  }
}

type Encoding = 'br' | 'gzip';

/**
 * The encoding to answer in from an `Accept-Encoding` header: brotli or gzip, whichever the client weighs
 * more (brotli on a tie), `*` standing for both; null for none (identity).
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name !== '') weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).reduce((a, b) => (weightOf(b) > weightOf(a) ? b : a));
  return weightOf(best) > 0 ? best : null;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Adds `accept-encoding` to the reply's Vary header, keeping what is there. */
function varyOnAcceptEncoding(reply: FastifyReply): void {
  const current = reply.getHeader('vary');
  const values = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
  if (values.some((value) => value === '*' || value.toLowerCase() === 'accept-encoding')) return;
  reply.header('vary', [...values, 'accept-encoding'].join(', '));
}

async function compressed(body: Buffer, encoding: Encoding): Promise<Buffer> {
  // Per request, so a fast setting: brotli 4 and gzip 6 cost about the same and beat gzip's size.
  if (encoding === 'br') return brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } });
  return gzipAsync(body, { level: 6 });
}

/**
 * Compresses JSON answers of 1 KB or more in brotli or gzip, as the client accepts (docs/decisions/0023).
 * Streams (PDFs, CSV, exports) and answers already encoded pass as they are; so does any route whose config
 * says `compress: false`.
 */
export function registerJsonCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (reply.hasHeader('content-encoding') || request.routeOptions.config.compress === false) return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length < JSON_COMPRESS_MIN_BYTES) return payload;
    varyOnAcceptEncoding(reply);
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (encoding === null) return payload;
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return compressed(body, encoding);
  });
}
