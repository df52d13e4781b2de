import type { Page } from 'playwright-core';
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
import { eventually, say } from './wait-and-read';

// Issue 22 point 4 (docs/decisions/0048): the language a parent chooses is kept with their account. Chosen with the
// switch on one computer, it is the page language on another after sign-in, whatever that browser speaks; a
// child's home language suggests one, which the parent may accept or turn down; the account page sets it too.
// Words are read from the string files, so the test follows the translations instead of copying them.

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

/** The reading language the server keeps for the session's person. */
async function savedLanguage(session: BrowserSession): Promise<unknown> {
  const answer = await session.api('GET', '/api/v1/account/language');
  return ((await answer.json()) as { language: unknown }).language;
}

/** The header's language buttons (the group holding the Arabic one). */
function switchButton(page: Page, name: string) {
  return page
    .getByRole('group', { name: /./ })
    .filter({ has: page.locator('button[lang="ar"]') })
    .getByRole('button', { name, exact: true });
}

describe.skipIf(!canRunBrowser)('journey: a language chosen on one computer follows the parent', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowserSession({ locale: 'en-US', viewport: DESKTOP, account: PARENT });
  });
  afterAll(async () => {
    await session.close();
  });

  it('saves the language chosen with the switch to the account', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/children`);
    await eventually(() => page.locator('h1').textContent()).toBe(say('en.json', 'children.title'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await savedLanguage(session)).toBeNull();
    await switchButton(page, 'Tiếng Việt').click();
    await eventually(() => page.getAttribute('html', 'lang')).toBe('vi');
    await eventually(() => savedLanguage(session)).toBe('vi');
  });

  it('shows Vietnamese on another computer whose browser speaks English, once the parent signs in', async () => {
    const context = await session.browser.newContext({ locale: 'en-US', viewport: DESKTOP });
    try {
      const page = await context.newPage();
      await page.goto(`${session.baseUrl}/sign-in`);
      await eventually(() => page.locator('h1').textContent()).toBe(say('shell.en.json', 'account.signIn.title'));
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await signInThroughForm(page, PARENT);
      await eventually(() => page.getAttribute('html', 'lang')).toBe('vi');
      expect(await page.getAttribute('html', 'dir')).toBe('ltr');
      await eventually(() => page.locator('h1').textContent()).toBe(say('vi.json', 'children.title'));
      // This browser remembers it too, so the next visit starts in Vietnamese before anyone signs in.
      expect(await page.evaluate(() => window.localStorage.getItem('binder.language'))).toBe('vi');
      await expectNoAxeViolations(page, 'the children page in Vietnamese on the second computer');
    } finally {
      await context.close();
    }
  });
});

describe.skipIf(!canRunBrowser)('journey: a child’s home language suggests Arabic', () => {
  let session: BrowserSession;
  const region = (page: Page) =>
    page.getByRole('region', { name: say('account.en.json', 'readingLanguage.suggestion.label') });

  beforeAll(async () => {
    session = await openBrowserSession({ locale: 'en-US', viewport: DESKTOP, account: PARENT });
    const child = await session.api('POST', '/api/v1/students', {
      givenName: 'Yasmin',
      familyName: 'Haddad',
      jurisdiction: 'US',
      homeLanguages: ['ar', 'en'],
    });
    expect(child.status()).toBe(201);
  });
  afterAll(async () => {
    await session.close();
  });

  it('offers Arabic on the children page, by its own name', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/children`);
    await eventually(() => region(page).count()).toBe(1);
    expect(await region(page).textContent()).toContain('Arabic');
    expect(await region(page).locator('span[lang="ar"][dir="rtl"]').textContent()).toBe('العربية');
    await expectNoAxeViolations(page, 'the children page with the language suggestion');
  });

  it('keeps English when the parent says no, and does not ask again in this browser', async () => {
    const { page } = session;
    await region(page)
      .getByRole('button', { name: say('account.en.json', 'readingLanguage.suggestion.keep') })
      .click();
    await eventually(() => region(page).textContent()).toContain('Binder stays in English.');
    // The note took the focus of the button that went away.
    expect(await page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-label'))).toBe(
      say('account.en.json', 'readingLanguage.suggestion.label'),
    );
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await savedLanguage(session)).toBeNull();
    // After the reload the account's language is read again: once its answer is in, no suggestion shows.
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/v1/account/language'));
    await page.reload();
    await answered;
    await eventually(() => page.locator('main a[href^="/students/"]').count()).toBeGreaterThan(0);
    expect(await region(page).count()).toBe(0);
  });

  it('switches to Arabic, right to left, and saves it, when the parent says yes', async () => {
    const { page } = session;
    await page.evaluate(() => {
      window.localStorage.removeItem('binder.languageSuggestion.dismissed');
    });
    await page.reload();
    await eventually(() => region(page).count()).toBe(1);
    await region(page).getByRole('button', { name: 'Yes, switch to Arabic' }).click();
    await eventually(() => page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await eventually(() => savedLanguage(session)).toBe('ar');
    await eventually(() => page.locator('h1').textContent()).toBe(say('ar.json', 'children.title'));
    await expectNoAxeViolations(page, 'the children page after accepting Arabic');
  });
});

function accountPageJourney(viewport: { width: number; height: number }) {
  let session: BrowserSession;
  const section = (page: Page) => page.locator('section[aria-labelledby="reading-language-title"]');

  beforeAll(async () => {
    session = await openBrowserSession({ locale: 'en-US', viewport, account: PARENT });
  });
  afterAll(async () => {
    await session.close();
  });

  it('offers the five languages by their own names and the browser’s choice', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/account`);
    await eventually(() => section(page).locator('input[type="radio"]').count()).toBe(6);
    expect(await section(page).locator('h2').textContent()).toBe(say('account.en.json', 'readingLanguage.title'));
    expect(await section(page).locator('label').allTextContents()).toEqual([
      'English',
      'Español',
      'Tiếng Việt',
      '简体中文',
      'العربية',
      say('account.en.json', 'readingLanguage.browser'),
    ]);
    expect(await section(page).locator('label[lang="ar"]').getAttribute('dir')).toBe('rtl');
    // Nothing chosen yet: the browser decides.
    expect(await page.locator('#reading-language-browser').isChecked()).toBe(true);
    await expectNoAxeViolations(page, `the account page (${String(viewport.width)} px)`);
    if (viewport.width === PHONE.width) expect(await hasHorizontalOverflow(page)).toBe(false);
  });

  it('saves Tiếng Việt, and the page follows', async () => {
    const { page } = session;
    await page.locator('#reading-language-vi').check();
    await section(page)
      .getByRole('button', { name: say('account.en.json', 'readingLanguage.save') })
      .click();
    await eventually(() => savedLanguage(session)).toBe('vi');
    await eventually(() => page.getAttribute('html', 'lang')).toBe('vi');
    await eventually(() => section(page).locator('h2').textContent()).toBe(
      say('account.vi.json', 'readingLanguage.title'),
    );
    await eventually(() => section(page).locator('[role="status"] .notice').count()).toBe(1);
    await expectNoAxeViolations(page, `the account page in Vietnamese (${String(viewport.width)} px)`);
    if (viewport.width === PHONE.width) expect(await hasHorizontalOverflow(page)).toBe(false);
  });

  it('lets the browser decide again: back to English', async () => {
    const { page } = session;
    await page.locator('#reading-language-browser').check();
    await section(page)
      .getByRole('button', { name: say('account.vi.json', 'readingLanguage.save') })
      .click();
    await eventually(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await savedLanguage(session)).toBeNull();
    await eventually(() => section(page).locator('[role="status"] .notice').textContent()).toBe(
      say('account.en.json', 'readingLanguage.savedBrowser'),
    );
  });
}

describe.skipIf(!canRunBrowser)('journey: the reading language on the account page, on a 375 px phone', () => {
  accountPageJourney(PHONE);
});

describe.skipIf(!canRunBrowser)('journey: the reading language on the account page, at desktop width', () => {
  accountPageJourney(DESKTOP);
});
