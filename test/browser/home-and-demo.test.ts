import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  signInThroughForm,
  type BrowserSession,
} from './browser-harness';
import { formatLongDate } from '../../core/calendar/format-long-date';
import { demoFamily } from '../../core/demo/demo-family';
import { TEST_CLOCK } from '../helpers/test-app';

const DEMO_MAYA_BIRTH_DATE = demoFamily(TEST_CLOCK.today()).students[0]?.birthDate ?? '';

describe.skipIf(!canRunBrowser)('journey: the home page, Spanish, and the demo family', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
  });
  afterAll(async () => {
    await session.close();
  });

  it('welcomes a visitor, and sends them to sign in before any page of the app', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe("Your child's IEP or 504 plan, in one place");
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents())
      .toEqual(['Home']);
    expect(await page.getByRole('navigation', { name: 'Account' }).getByRole('link').allTextContents()).toEqual([
      'Sign in',
      'Create an account',
    ]);
    const start = page.getByRole('region', { name: 'Start here' });
    expect(await start.getByRole('link').allTextContents()).toEqual(['Sign in', 'Create an account']);
    await expectNoAxeViolations(page, 'the home page, signed out');

    await page.goto(`${baseUrl}/children`);
    await page.waitForURL('**/sign-in?next=%2Fchildren');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sign in');
    expect(await page.locator('.notice').textContent()).toBe(
      'Sign in to see that page. You will go back to it afterwards.',
    );
    await expectNoAxeViolations(page, 'the sign-in page');
  });

  it('opens the home page in English with the app shell, signed in', async () => {
    const { page } = session;
    await session.signUp(PARENT);
    await page.goto(session.baseUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe("Your child's IEP or 504 plan, in one place");
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents())
      .toEqual(['Home', 'Children', 'IEP or 504?', 'Decision guide', 'Letters']);
    const account = page.getByRole('navigation', { name: 'Account' });
    expect(await account.locator('.signed-in-as').textContent()).toBe('Signed in as Lucía Martínez');
    expect(await account.getByRole('link').allTextContents()).toEqual(['Your account']);
    expect(await account.getByRole('button').allTextContents()).toEqual(['Sign out']);
    expect(await page.title()).toBe("Your child's IEP or 504 plan, in one place · Binder");
    await expectNoAxeViolations(page, 'the home page (English)');
  });

  it('switches to Spanish and remembers it', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('El IEP o el plan 504 de su hijo, en un solo lugar');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
    await expectNoAxeViolations(page, 'the home page (Spanish)');
    await page.reload();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('es');
  });

  // The children page and its strings load when first opened (web/lazy-pages.ts): on a busy machine, more than
  // the default second.
  it('loads the demo family and shows the two children with their plans', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Cargar la familia de ejemplo' }).click();
    await page.waitForURL('**/children');
    const maya = page.getByRole('article', { name: 'Maya Rivera' });
    const leo = page.getByRole('article', { name: 'Leo Rivera' });
    await expect.poll(() => maya.count(), { timeout: 10_000 }).toBe(1);
    expect(await maya.textContent()).toContain('IEP (educación especial)');
    // Her birth date, like every demo date, is placed around the server's today.
    expect(await maya.textContent()).toContain(formatLongDate(DEMO_MAYA_BIRTH_DATE, 'es'));
    expect(await leo.textContent()).toContain('Plan 504 (adaptaciones)');
    await expectNoAxeViolations(page, 'the children page (Spanish)');
  });

  it('reaches every link and button by keyboard, starting with the skip link', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/children`);
    await expect.poll(() => page.getByRole('article').count(), { timeout: 10_000 }).toBe(2);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    expect(first).toBe('Saltar al contenido principal');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('shows its own not-found page for an unknown address', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/no/such/page`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Página no encontrada');
    await expectNoAxeViolations(page, 'the not-found page');
  });

  it('when the session ends under the person, asks them to sign in again and brings them back', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/children`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('article').count(), { timeout: 10_000 }).toBe(2);
    // What the 30-minute idle timeout does, without waiting for it: the server forgets the session.
    await session.database.db.deleteFrom('sessions').execute();
    await page.getByRole('link', { name: 'Maya Rivera' }).click();
    await page.waitForURL(/\/sign-in\?next=%2Fstudents%2F/);
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toBe(
        'Your session ended: after 30 minutes without activity, or when you signed out elsewhere. Sign in again to continue where you were.',
      );
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents())
      .toEqual(['Home']);
    await expectNoAxeViolations(page, 'the sign-in page after the session ended');
    await signInThroughForm(page, PARENT);
    await page.waitForURL(/\/students\/[^/?]+$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Maya Rivera');
  });
});

describe.skipIf(!canRunBrowser)('journey: on a 375-pixel phone screen', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession({ viewport: { width: 375, height: 740 }, account: PARENT });
  });
  afterAll(async () => {
    await session.close();
  });

  it('fits the home page and the children page without sideways scrolling', async () => {
    const { page } = session;
    await page.goto(session.baseUrl);
    await page.getByRole('button', { name: 'Load the demo family' }).click();
    await page.waitForURL('**/children');
    await expect.poll(() => page.getByRole('article').count(), { timeout: 10_000 }).toBe(2);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectNoAxeViolations(page, 'the children page on a phone');
    await page.goto(session.baseUrl);
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });
});
