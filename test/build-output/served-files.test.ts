import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstPage } from '../../bench/first-page';
import { createTestApp, type TestApp } from '../helpers/test-app';

const WEB_ROOT = resolve('dist/web');

interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

describe('the real server sends the built web app', () => {
  let t: TestApp;
  let origin: string;
  beforeAll(async () => {
    t = await createTestApp({ config: { webRoot: WEB_ROOT } });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${String((t.app.server.address() as AddressInfo).port)}`;
  });
  afterAll(async () => {
    await t.close();
  });

  /** A GET over a real socket, the body as the bytes that came over the wire (no decoding). */
  function get(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
    return new Promise((done, fail) => {
      request(`${origin}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
        });
        response.on('error', fail);
      })
        .on('error', fail)
        .end();
    });
  }

  /** The first page's largest script: a hashed asset well over the size worth compressing. */
  const largestScript = () => [...firstPage(WEB_ROOT).scripts].sort((a, b) => b.bytes - a.bytes)[0]?.file ?? '';

  it('in brotli or gzip, as the browser accepts, and as it is to a client that accepts neither', async () => {
    const file = largestScript();
    const original = readFileSync(resolve(WEB_ROOT, file));

    const brotli = await get(`/${file}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.body.length).toBeLessThan(original.length / 3);
    expect(brotliDecompressSync(brotli.body).equals(original)).toBe(true);

    const gzip = await get(`/${file}`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);

    const identity = await get(`/${file}`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toMatch(/accept-encoding/i);
    expect(identity.body.equals(original)).toBe(true);
  });

  it('lets a browser keep hashed assets for a year, and makes it check index.html and the favicon', async () => {
    const asset = await get(`/${largestScript()}`, { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const stylesheet = /href="\/(assets\/[^"]+\.css)"/.exec(readFileSync(resolve(WEB_ROOT, 'index.html'), 'utf8'))?.[1];
    expect(stylesheet).toBeDefined();
    expect((await get(`/${stylesheet ?? ''}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');

    for (const path of ['/', '/children']) {
      const page = await get(path, { accept: 'text/html', 'accept-encoding': 'br' });
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.body.toString('utf8')).toContain('<div id="root"></div>');
      expect(page.headers['content-security-policy']).toMatch(/nonce-/);
    }
    const favicon = await get('/favicon.svg');
    expect(favicon.status).toBe(200);
    expect(favicon.headers['cache-control']).toBe('no-cache');
  });

  it('never sends index.html, its compressed copies or the build manifest as files', async () => {
    for (const path of ['/index.html', '/index.html.br', '/.vite/manifest.json']) {
      const response = await get(path, { 'accept-encoding': 'br, gzip' });
      expect(response.status, path).toBe(404);
    }
  });

  it('compresses a JSON answer over 1 KB and not one under', async () => {
    const large = await get('/api/v1/openapi.json', { 'accept-encoding': 'gzip, br' });
    expect(large.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(large.body).toString('utf8'))).toHaveProperty('openapi');
    const small = await get('/api/v1/health', { 'accept-encoding': 'gzip, br' });
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toBeTypeOf('object');
  });
});
