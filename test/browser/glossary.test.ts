import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../core/glossary/glossary';
import {
  canRunBrowser,
  expectNoAxeViolations,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';

// The glossary page, opened from the footer and from a term linked in the guide, in English and Spanish.
describe.skipIf(!canRunBrowser)('journey: the glossary', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT });
  });
  afterAll(async () => {
    await session.close();
  });

  it('opens from the footer and lists every term with its explanation, axe clean', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Glossary' }).click();
    await page.waitForURL('**/glossary');
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 10_000 })
      .toBe('Glossary: the words of special education');
    expect(await page.locator('.glossary-entry').count()).toBe(GLOSSARY.length);
    const lre = page.locator('#lre');
    expect(await lre.textContent()).toContain('Least Restrictive Environment');
    expect(await lre.textContent()).toContain('Defined in 34 CFR 300.114.');
    await expectNoAxeViolations(page, 'the glossary page');
  });

  it('is reached from a term linked in the guide, and reads in Spanish', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/guide`);
    const term = page.locator('.lead').getByRole('link', { name: 'IEP' });
    await expect.poll(() => term.count(), { timeout: 10_000 }).toBe(1);
    expect(await term.locator('abbr').getAttribute('title')).toBe('Individualized Education Program');
    await term.click();
    await page.waitForURL('**/glossary#iep');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 10_000 })
      .toBe('Glosario: las palabras de la educación especial');
    expect(await page.locator('#lre').textContent()).toContain('Ambiente menos restrictivo');
    await expectNoAxeViolations(page, 'the glossary page in Spanish');
    await page.getByRole('button', { name: 'English' }).click();
  });
});
