import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';

// The page's script and style tags carry a nonce that is new on every response and named in the CSP.
const SHELL =
  '<!doctype html><head><script type="module" src="/assets/app.js"></script>' +
  '<link rel="modulepreload" href="/assets/chunk.js"><link rel="stylesheet" href="/assets/app.css"></head>';

describe('CSP nonces on the app page', () => {
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'binder-web-'));
    writeFileSync(join(webRoot, 'index.html'), SHELL);
    t = await createTestApp({ config: { webRoot } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  async function page(url: string) {
    const response = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
    const csp = String(response.headers['content-security-policy']);
    const scriptNonce = /script-src [^;]*'nonce-([0-9a-f]+)'/.exec(csp)?.[1];
    const styleNonce = /style-src [^;]*'nonce-([0-9a-f]+)'/.exec(csp)?.[1];
    return { response, scriptNonce, styleNonce };
  }

  it('puts the CSP nonces on every script, preload and stylesheet tag, for / and for app pages', async () => {
    for (const url of ['/', '/index.html', '/students/abc']) {
      const { response, scriptNonce, styleNonce } = await page(url);
      expect(response.statusCode).toBe(200);
      expect(scriptNonce).toMatch(/^[0-9a-f]{32}$/);
      expect(response.body).toContain(`<script nonce="${String(scriptNonce)}" type="module"`);
      expect(response.body).toContain(`<link rel="modulepreload" nonce="${String(scriptNonce)}"`);
      expect(response.body).toContain(`<link rel="stylesheet" nonce="${String(styleNonce)}"`);
      expect(String(response.headers['content-security-policy'])).not.toContain('unsafe-inline');
    }
  });

  it('makes a new nonce for every response', async () => {
    const first = await page('/');
    const second = await page('/');
    expect(first.scriptNonce).not.toBe(second.scriptNonce);
  });
});
