import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';
import { eventually, say } from './wait-and-read';
import { TEST_PASSWORD } from '../helpers/test-users';

// A parent whose browser speaks Arabic (issue 22 point 1): Binder opens in Arabic by itself, right to left, and
// the journey — sign in, the child's overview, the timeline, the decision guide, a letter — reads right to left,
// is axe-clean and never scrolls sideways on a 375 px phone; the same pages at desktop width. Button and heading
// names are read from the Arabic string files, so the test follows the translation instead of copying it.

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

/** The page has its title and has stopped loading (the lazy page's chunk and its data). */
async function settled(page: Page): Promise<void> {
  await eventually(() => page.locator('h1').count()).toBe(1);
  await eventually(() =>
    page
      .getByRole('status')
      .filter({ hasText: say('shell.ar.json', 'app.loading') })
      .count(),
  ).toBe(0);
}

/** Right to left in Arabic, axe-clean, and (on the phone) no sideways scroll. */
async function expectArabicPage(page: Page, where: string, width: number): Promise<void> {
  await settled(page);
  expect(await page.getAttribute('html', 'lang')).toBe('ar');
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  // The layout really is mirrored: the header's brand sits at the right edge.
  const brand = await page.locator('.brand').evaluate((element) => element.getBoundingClientRect());
  expect(brand.right).toBeGreaterThan(width / 2);
  await expectNoAxeViolations(page, `${where} (Arabic, ${String(width)} px)`);
  if (width === PHONE.width) expect(await hasHorizontalOverflow(page), `${where} scrolls sideways`).toBe(false);
}

function arabicJourney(viewport: { width: number; height: number }) {
  let session: BrowserSession;
  let child = '';

  beforeAll(async () => {
    session = await openBrowserSession({ viewport, locale: 'ar-EG' });
    // The account exists already; the journey itself starts signed out, at the sign-in form.
    await session.signUp(PARENT);
    await session.context.clearCookies();
  });
  afterAll(async () => {
    await session.close();
  });

  it('opens in Arabic from the browser’s language and signs in', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/sign-in`);
    await expectArabicPage(page, 'the sign-in page', viewport.width);
    expect(await page.locator('h1').textContent()).toBe(say('shell.ar.json', 'account.signIn.title'));
    await page.locator('#sign-in-email').fill(PARENT.email);
    await page.locator('#sign-in-password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: say('shell.ar.json', 'account.signIn.submit'), exact: true }).click();
    await eventually(() => Promise.resolve(new URL(page.url()).pathname)).not.toBe('/sign-in');
  });

  it('loads the demo family and shows a child’s overview right to left', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByRole('button', { name: say('shell.ar.json', 'home.loadDemo') }).click();
    await page.waitForURL('**/children');
    const link = page.locator('main a[href^="/students/"]').first();
    await eventually(() => link.count()).toBe(1);
    child = (await link.getAttribute('href')) ?? '';
    expect(child).toMatch(/^\/students\/[^/]+$/);
    await expectArabicPage(page, 'the children page', viewport.width);
    await page.goto(`${baseUrl}${child}`);
    await expectArabicPage(page, 'the child’s overview', viewport.width);
  });

  it('shows the timeline, with a rule’s citation kept left to right', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}${child}/timeline`);
    await eventually(() => page.locator('details.rule-details').count()).toBeGreaterThan(0);
    await expectArabicPage(page, 'the timeline', viewport.width);
    const citation = page.locator('.citation').first();
    await eventually(() => citation.count()).toBe(1);
    expect(await citation.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(await citation.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate');
  });

  it('shows the decision guide', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/guide`);
    await eventually(() => page.locator('form.guide-form').count()).toBe(1);
    await expectArabicPage(page, 'the decision guide', viewport.width);
  });

  it('writes a letter and shows it', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/letters?student=${child.split('/')[2] ?? ''}&kind=records-request`);
    await eventually(() => page.locator('form.letter-form').count()).toBe(1);
    await expectArabicPage(page, 'the letter form', viewport.width);
    await page.locator('#letter-date').fill('2026-11-28');
    await page.locator('#letter-address').fill('4 Elm Street\nMaple Valley, TX 75002');
    await page.locator('form.letter-form button[type="submit"]').click();
    await eventually(() => page.locator('section.letter-result').count()).toBe(1);
    await expectArabicPage(page, 'the letter', viewport.width);
  });
}

describe.skipIf(!canRunBrowser)('journey: in Arabic on a 375 px phone', () => {
  arabicJourney(PHONE);
});

describe.skipIf(!canRunBrowser)('journey: in Arabic at desktop width', () => {
  arabicJourney(DESKTOP);
});

/** A page in each of the five languages, switched to from the page itself. */
describe.skipIf(!canRunBrowser)('journey: a parent switches between the five languages from a page', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT, viewport: DESKTOP });
  });
  afterAll(async () => {
    await session.close();
  });

  it.each([
    ['Tiếng Việt', 'vi', 'vi', 'ltr'],
    ['简体中文', 'zh-Hans', 'zh-Hans', 'ltr'],
    ['العربية', 'ar', 'ar', 'rtl'],
    ['Español', 'es', 'es', 'ltr'],
    ['English', 'en', 'en', 'ltr'],
  ])('to %s: <html lang="%s">, the heading in that language', async (name, lang, file, dir) => {
    const { page, baseUrl } = session;
    if (!page.url().startsWith(`${baseUrl}/iep-vs-504`)) await page.goto(`${baseUrl}/iep-vs-504`);
    await eventually(() => page.locator('h1').count()).toBe(1);
    const group = page.getByRole('group', { name: /./ }).filter({ has: page.locator('button[lang="ar"]') });
    const button = group.getByRole('button', { name, exact: true });
    expect(await button.getAttribute('lang')).toBe(lang);
    await button.click();
    await eventually(() => page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.getAttribute('html', 'dir')).toBe(dir);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    // The comparison page's heading, as that language's file words it.
    const pageFile = file === 'en' ? 'understand.en.json' : `understand.${file}.json`;
    await eventually(() => page.locator('h1').textContent()).toBe(say(pageFile, 'comparison.title'));
    await expectNoAxeViolations(page, `the comparison page in ${name}`);
  });

  it('offers the five by keyboard, each named in its own language', async () => {
    const { page } = session;
    const buttons = page.locator('.language-switch button');
    expect(await buttons.allTextContents()).toEqual(['English', 'Español', 'Tiếng Việt', '简体中文', 'العربية']);
    await buttons.nth(2).focus();
    await page.keyboard.press('Enter');
    await eventually(() => page.getAttribute('html', 'lang')).toBe('vi');
    await page.reload();
    await eventually(() => page.getAttribute('html', 'lang')).toBe('vi');
  });
});
