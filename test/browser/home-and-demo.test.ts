import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  type BrowserSession,
} from './browser-harness';

describe.skipIf(!canRunBrowser)('journey: the home page, Spanish, and the demo family', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
  });
  afterAll(async () => {
    await session.close();
  });

  it('opens the home page in English with the app shell', async () => {
    const { page } = session;
    await page.goto(session.baseUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe("Your child's IEP or 504 plan, in one place");
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual([
      'Home',
      'Children',
      'IEP or 504?',
      'Decision guide',
      'Letters',
      'Caseload',
      'Compliance',
    ]);
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

  it('loads the demo family and shows the two children with their plans', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Cargar la familia de ejemplo' }).click();
    await page.waitForURL('**/children');
    const maya = page.getByRole('article', { name: 'Maya Rivera' });
    const leo = page.getByRole('article', { name: 'Leo Rivera' });
    await expect.poll(() => maya.count()).toBe(1);
    expect(await maya.textContent()).toContain('IEP (educación especial)');
    expect(await maya.textContent()).toContain('14 de marzo de 2014');
    expect(await leo.textContent()).toContain('Plan 504 (adaptaciones)');
    await expectNoAxeViolations(page, 'the children page (Spanish)');
  });

  it('reaches every link and button by keyboard, starting with the skip link', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/children`);
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
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
});

describe.skipIf(!canRunBrowser)('journey: on a 375-pixel phone screen', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession({ viewport: { width: 375, height: 740 } });
  });
  afterAll(async () => {
    await session.close();
  });

  it('fits the home page and the children page without sideways scrolling', async () => {
    const { page } = session;
    await page.goto(session.baseUrl);
    await page.getByRole('button', { name: 'Load the demo family' }).click();
    await page.waitForURL('**/children');
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectNoAxeViolations(page, 'the children page on a phone');
    await page.goto(session.baseUrl);
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });
});
