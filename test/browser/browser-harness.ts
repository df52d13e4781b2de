import AxeBuilder from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { openDatabase, type Database } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { buildApp } from '../../server/http/build-app';
import { TEST_CLOCK, testConfig } from '../helpers/test-app';
import { rmSync } from 'node:fs';

/** Debian's Chromium (apt-get install chromium), or the one CHROMIUM_PATH names. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path)) ?? null;
}

const chromiumPath = findChromium();

/**
 * Whether the browser journeys can run here. In CI they must: a missing Chromium fails the run there
 * instead of passing quietly. On a developer's machine the suite is skipped with a plain message.
 */
export const canRunBrowser: boolean = (() => {
  if (chromiumPath !== null) return true;
  if (process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false') {
    throw new Error('Chromium is missing in CI: .ci/run must install it (apt-get install chromium)');
  }
  console.warn(
    '\n*** The browser suite was SKIPPED: Chromium was not found. Install it with `sudo apt-get install chromium` (or set CHROMIUM_PATH). ***\n',
  );
  return false;
})();

export interface BrowserSession {
  readonly baseUrl: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly database: Database;
  close(): Promise<void>;
}

/**
 * The real app (built web app + API on a fresh SQLite file) listening on a free port of 127.0.0.1, and a
 * real headless Chromium with a new context (which @axe-core/playwright needs).
 */
export async function openBrowserSession(
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<BrowserSession> {
  const webRoot = resolve('dist/web');
  if (!existsSync(resolve(webRoot, 'index.html'))) {
    throw new Error('dist/web is missing: run `npm run build` before the browser suite (npm test does)');
  }
  const config = testConfig({ webRoot });
  const database = openDatabase(config);
  await migrateToLatest(database);
  const app: FastifyInstance = await buildApp({ config, database, clock: TEST_CLOCK });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;

  const browser = await chromium.launch({
    executablePath: chromiumPath ?? undefined,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  return {
    baseUrl: `http://127.0.0.1:${String(port)}`,
    browser,
    context,
    page,
    database,
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

/** axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules; any violation fails with its rule ids and targets. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** True when the page is wider than the viewport (content a phone user would have to scroll sideways for). */
export async function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
