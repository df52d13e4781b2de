import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';
import { eventually } from './wait-and-read';

// The demo family on a 375 x 812 phone: the child's name and the first thing to do fit on the first screen, the
// menu works by keyboard, and no main page scrolls sideways. In English and in Spanish.

const PHONE = { width: 375, height: 812 };

/** Waits for a page to settle: generous, because the suite may share two cores with other work. */

/** How far down the page an element ends, in CSS pixels from the top of the first screen. */
function bottomOf(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().bottom);
}

/** Page widths past the phone's, for every address given (each page loaded and settled first). */
async function widerThanThePhone(page: Page, baseUrl: string, paths: readonly string[]) {
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(`${baseUrl}${path}`);
    await eventually(() => page.locator('h1').count()).toBe(1);
    await eventually(() =>
      page.locator('[role="status"]:has-text("Loading"), [role="status"]:has-text("Cargando")').count(),
    ).toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) wide.push(`${path}: ${String(width)}px`);
  }
  return wide;
}

async function loadDemoFamily(session: BrowserSession, button: string): Promise<string> {
  const { page } = session;
  await page.goto(session.baseUrl);
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL('**/children');
  // In beforeAll (no expect.poll there): wait for the link itself.
  const link = page.getByRole('link', { name: 'Maya Rivera' });
  await link.waitFor({ timeout: 10_000 });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/students\/[^/]+$/);
  return href ?? '';
}

async function expectNameAndFirstStepOnFirstScreen(page: Page, panelName: string, action: string) {
  const panel = page.getByRole('region', { name: panelName });
  const first = panel.getByRole('article').first();
  await eventually(() => first.count()).toBe(1);
  expect(await page.locator('h1').textContent()).toBe('Maya Rivera');
  expect(await bottomOf(page, 'h1')).toBeLessThanOrEqual(PHONE.height);
  // The first item is an overdue one (its list item says so in its class), and its action is on the first screen too.
  expect(await panel.getByRole('listitem').first().getAttribute('class')).toContain('next-step-overdue');
  const button = first.getByRole('button', { name: action }).first();
  expect(await button.evaluate((element) => element.getBoundingClientRect().bottom)).toBeLessThanOrEqual(PHONE.height);
}

describe.skipIf(!canRunBrowser)('journey: the demo family on a 375 x 812 phone', () => {
  let session: BrowserSession;
  let maya = '';

  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT, viewport: PHONE });
    maya = await loadDemoFamily(session, 'Load the demo family');
  });
  afterAll(async () => {
    await session.close();
  });

  it("shows the child's name and the first overdue step with its action on the first screen", async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}${maya}`);
    await expectNameAndFirstStepOnFirstScreen(page, 'What to do next', 'It happened');
    const plan = page.getByRole('region', { name: 'The plan in effect' });
    expect(await plan.textContent()).toContain('Goals');
    expect(await plan.getByRole('link', { name: 'Compare an IEP and a 504 plan for this child' }).count()).toBe(1);
    await expectNoAxeViolations(page, "the child's overview on a phone");
    const heights = { overview: await page.evaluate(() => document.documentElement.scrollHeight) };
    await page.goto(`${session.baseUrl}${maya}/timeline`);
    await eventually(() => page.getByRole('heading', { name: /^Overdue/ }).count()).toBe(1);
    const rule = page.locator('details.rule-details').first();
    expect(await rule.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await rule.locator('summary').click();
    expect(await rule.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    await expectNoAxeViolations(page, 'the timeline on a phone, a rule opened');
    console.info(
      `page heights at 375 px: ${JSON.stringify({ ...heights, timeline: await page.evaluate(() => document.documentElement.scrollHeight) })}`,
    );
  });

  it('opens and closes the menu by keyboard, and gives focus back to its button', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}${maya}`);
    // Once the page has settled (its title takes focus as it loads), the menu is used.
    await eventually(() =>
      page.getByRole('region', { name: 'What to do next' }).getByRole('article').count(),
    ).toBeGreaterThan(0);
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    await menu.focus();
    await page.keyboard.press('Enter');
    await eventually(() => menu.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.isVisible()).toBe(true);
    // A parent without a school-staff grant is not offered the district views.
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Home',
      'Children',
      'IEP or 504?',
      'Decision guide',
      'Letters',
    ]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Home');
    await expectNoAxeViolations(page, 'the open menu on a phone');
    await page.keyboard.press('Escape');
    await eventually(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');
    expect(await nav.isVisible()).toBe(false);

    // Following a link closes it on the new page.
    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Children' }).click();
    await page.waitForURL('**/children');
    await eventually(() => menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('never scrolls sideways on a main page', async () => {
    const { page, baseUrl } = session;
    const paths = [
      '/',
      '/children',
      maya,
      `${maya}/plans`,
      `${maya}/goals`,
      `${maya}/services`,
      `${maya}/meetings`,
      `${maya}/timeline`,
      `${maya}/compare`,
      '/iep-vs-504',
      '/guide',
      '/letters',
      '/account',
    ];
    expect(await widerThanThePhone(page, baseUrl, paths)).toEqual([]);
  });
});

describe.skipIf(!canRunBrowser)('journey: the same phone, in Spanish', () => {
  let session: BrowserSession;
  let maya = '';

  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT, viewport: PHONE, locale: 'es-MX' });
    maya = await loadDemoFamily(session, 'Cargar la familia de ejemplo');
  });
  afterAll(async () => {
    await session.close();
  });

  it('fits the name and the first step, opens the menu by keyboard, and never scrolls sideways', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}${maya}`);
    await expectNameAndFirstStepOnFirstScreen(page, 'Qué hacer ahora', 'Ya ocurrió');
    await expectNoAxeViolations(page, 'the overview on a phone (Spanish)');
    const menu = page.getByRole('button', { name: 'Menú' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await eventually(() => menu.getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page, 'the open menu on a phone (Spanish)');
    await page.keyboard.press('Escape');
    await eventually(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menú');
    expect(
      await widerThanThePhone(page, baseUrl, ['/', '/children', maya, `${maya}/timeline`, `${maya}/compare`]),
    ).toEqual([]);
    await page.goto(baseUrl);
    await expectNoAxeViolations(page, 'the home page on a phone (Spanish)');
  });
});
