import AxeBuilder from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type APIResponse, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { openDatabase, type Database } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import type { Config } from '../../server/config';
import { buildApp } from '../../server/http/build-app';
import { TEST_CLOCK, testConfig } from '../helpers/test-app';
import { TEST_PASSWORD } from '../helpers/test-users';
import { rmSync } from 'node:fs';

/** The session cookie (server/auth/auth.ts): `__Host-`, so Secure, Path=/ and no Domain. */
export const SESSION_COOKIE = '__Host-binder.session';

/** A fictional person with an account in a journey. */
export interface Person {
  readonly name: string;
  readonly email: string;
  readonly password?: string;
}

/** The parent most journeys are signed in as (fictional). */
export const PARENT: Person = { name: 'Lucía Martínez', email: 'lucia.martinez@example.org' };

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
  /** Creates an account from the page, which leaves the session cookie in this browser context. */
  signUp(person: Person): Promise<void>;
  /** Calls the API as the signed-in person, with our Origin and the session's CSRF token, as the app does. */
  api(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, data?: unknown): Promise<APIResponse>;
  close(): Promise<void>;
}

/**
 * Creates an account and signs it in with `fetch` from a page of the app (so the browser stores the cookie
 * itself, exactly as after the sign-up form) and checks that Chromium kept the `__Host-` Secure cookie on http://127.0.0.1
 * (loopback counts as a secure context). The page's app still thinks nobody is signed in: navigate next.
 */
export async function signUpFromPage(page: Page, baseUrl: string, person: Person): Promise<void> {
  if (!page.url().startsWith(baseUrl)) await page.goto(baseUrl);
  const answer = await page.evaluate(
    async (body) => {
      const post = (path: string, data: unknown) =>
        fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) });
      // Sign-up never signs in (it must not tell a known e-mail from a new one): sign in next, as the app does.
      const signedUp = await post('/api/auth/sign-up/email', body);
      if (!signedUp.ok) return { status: signedUp.status, text: await signedUp.text() };
      const response = await post('/api/auth/sign-in/email', { email: body.email, password: body.password });
      return { status: response.status, text: await response.text() };
    },
    { name: person.name, email: person.email, password: person.password ?? TEST_PASSWORD },
  );
  expect(answer.status, `sign-up of ${person.email}: ${answer.text}`).toBe(200);
  const cookie = (await page.context().cookies(baseUrl)).find((c) => c.name === SESSION_COOKIE);
  expect(cookie, 'Chromium did not store the __Host- session cookie on 127.0.0.1').toBeDefined();
  expect(cookie?.secure).toBe(true);
  expect(cookie?.httpOnly).toBe(true);
}

/** Creates an account through the "Create an account" form, from whatever page the form is on. */
export async function signUpThroughForm(page: Page, person: Person): Promise<void> {
  await page.locator('#account-name').fill(person.name);
  await page.locator('#account-email').fill(person.email);
  await page.locator('#account-password').fill(person.password ?? TEST_PASSWORD);
  await page.getByRole('button', { name: 'Create the account' }).click();
}

/** Signs in through the sign-in form. */
export async function signInThroughForm(page: Page, person: Person): Promise<void> {
  await page.locator('#sign-in-email').fill(person.email);
  await page.locator('#sign-in-password').fill(person.password ?? TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * The real app (built web app + API on a fresh SQLite file) listening on a free port of 127.0.0.1, and a
 * real headless Chromium with a new context (which @axe-core/playwright needs). With `account`, that person
 * signs up first (every page of the app but the home page needs a signed-in person).
 */
export async function openBrowserSession(
  options: {
    locale?: string;
    viewport?: { width: number; height: number };
    account?: Person;
    /** Settings the journey needs other than the tests' (say, a short window for collapsing refusals). */
    config?: Partial<Config>;
  } = {},
): Promise<BrowserSession> {
  const webRoot = resolve('dist/web');
  if (!existsSync(resolve(webRoot, 'index.html'))) {
    throw new Error('dist/web is missing: run `npm run build` before the browser suite (npm test does)');
  }
  const config = testConfig({ webRoot, ...options.config });
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
  const baseUrl = `http://127.0.0.1:${String(port)}`;
  const session: BrowserSession = {
    baseUrl,
    browser,
    context,
    page,
    database,
    signUp: (person) => signUpFromPage(page, baseUrl, person),
    api: async (method, path, data) => {
      const info = (await (await page.request.get(`${baseUrl}/api/v1/session`)).json()) as { csrfToken: string | null };
      return page.request.fetch(`${baseUrl}${path}`, {
        method,
        ...(data === undefined ? {} : { data }),
        headers: { origin: baseUrl, ...(info.csrfToken === null ? {} : { 'x-csrf-token': info.csrfToken }) },
      });
    },
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
  if (options.account !== undefined) await session.signUp(options.account);
  return session;
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
