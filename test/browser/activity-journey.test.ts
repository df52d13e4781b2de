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
import { eventually } from './wait-and-read';

// Issue 13 point 6: the demo family's activity log after some browsing is a few readable lines — a page view's
// reads as one line, repeated refusals as one line with their count — with filters, in English and Spanish.

/** `expect.poll` with room for a page load, a request and a render. */

function rows(page: Page) {
  return page.locator('table.audit-table tbody tr');
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('nav.tabs').getByRole('link', { name, exact: true }).click();
  await eventually(() => page.locator('nav.tabs [aria-current="page"]').textContent()).toBe(name);
}

async function applyFilters(page: Page, person: string, kind: string, button: string): Promise<void> {
  await page.locator('#activity-person').selectOption(person === '' ? { index: 0 } : { label: person });
  await page.locator('#activity-kind').selectOption({ label: kind });
  await page.getByRole('button', { name: button }).click();
}

describe.skipIf(!canRunBrowser)('journey: the demo family reads a tidy activity log', () => {
  let session: BrowserSession;
  let studentUrl = '';
  beforeAll(async () => {
    // A one-second window, so the count of repeated refusals is written while the journey runs.
    session = await openBrowserSession({ account: PARENT, config: { refusalWindowSeconds: 1 } });
  });
  afterAll(async () => {
    await session.close();
  });

  it('browses the demo family’s record, while someone not signed in keeps trying to open it', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Load the demo family' }).click();
    await page.waitForURL('**/children');
    await page.getByRole('link', { name: 'Maya Rivera' }).click();
    await page.waitForURL(/\/students\/[^/?]+$/);
    studentUrl = page.url();
    for (const tab of ['Timeline', 'Meetings', 'Plan', 'Comments']) await openTab(page, tab);
    const studentId = studentUrl.split('/').at(-1) ?? '';
    const note = await session.api('POST', `/api/v1/students/${studentId}/comments`, { body: 'Ask about the IEP.' });
    expect(note.status()).toBe(201);

    // Outside the browser, without a session: each is refused; the first is written at once, the rest counted.
    const api = studentUrl.replace('/students/', '/api/v1/students/');
    for (let i = 0; i < 6; i += 1) expect((await fetch(api)).status).toBe(401);
    await eventually(async () => {
      const counted = await session.database.db
        .selectFrom('audit_entries')
        .select('count')
        .where('count', '>', 1)
        .execute();
      return counted.map((row) => row.count);
    }).toEqual([5]);
  });

  it('shows grouped lines: one per page view, the refusals with their count', async () => {
    const { page } = session;
    await openTab(page, 'Activity log');
    await eventually(() => page.locator('.tab-panel h2').first().textContent()).toBe(
      'Who looked at or changed this record',
    );
    await eventually(() => rows(page).count()).toBeGreaterThan(2);
    const entries = await session.database.db.selectFrom('audit_entries').select('seq').execute();
    expect(await rows(page).count()).toBeLessThan(entries.length);
    const viewed = rows(page)
      .filter({ hasText: 'Lucía Martínez' })
      .filter({ hasText: /viewed .*the timeline/ });
    expect(await viewed.count()).toBeGreaterThan(0);
    const refused = rows(page).filter({ hasText: 'Someone not signed in' });
    // The first refusal, written at once, and the five counted after it: one line, six attempts.
    expect(await refused.allTextContents()).toEqual([
      expect.stringContaining("tried to view the child's details (6 times)"),
    ]);
    await expectNoAxeViolations(page, 'the activity log');
  });

  it('filters by person and by kind, by keyboard', async () => {
    const { page } = session;
    await applyFilters(page, 'Someone not signed in', 'Refused', 'Show these lines');
    await eventually(() => rows(page).count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toContain('1 line shown.');

    await applyFilters(page, 'Lucía Martínez', 'Viewed', 'Show these lines');
    await eventually(async () => (await rows(page).allTextContents()).every((row) => row.includes('viewed'))).toBe(
      true,
    );
    expect(await rows(page).filter({ hasText: 'Someone not signed in' }).count()).toBe(0);

    await applyFilters(page, '', 'Changed', 'Show these lines');
    await eventually(() => rows(page).allTextContents()).toEqual([expect.stringContaining('wrote a comment')]);
    await expectNoAxeViolations(page, 'the activity log, filtered');

    await page.getByRole('button', { name: 'Show everything' }).press('Enter');
    await eventually(() => rows(page).filter({ hasText: 'Someone not signed in' }).count()).toBe(1);
  });

  it('reads in Spanish, filters there too, and fits a 375-pixel phone', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Español' }).click();
    await eventually(() => page.locator('.tab-panel h2').first().textContent()).toBe(
      'Quién vio o cambió este expediente',
    );
    expect(
      await rows(page)
        .filter({ hasText: 'Lucía Martínez' })
        .filter({ hasText: /vio .*la cronología/ })
        .count(),
    ).toBeGreaterThan(0);
    expect(await rows(page).filter({ hasText: 'Alguien sin sesión iniciada' }).first().textContent()).toContain(
      '(6 veces)',
    );
    await applyFilters(page, 'Alguien sin sesión iniciada', 'Rechazado', 'Mostrar estas líneas');
    await eventually(() => rows(page).count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toContain('Se muestra 1 línea.');
    await expectNoAxeViolations(page, 'the activity log in Spanish');

    await page.setViewportSize({ width: 375, height: 740 });
    expect(await hasHorizontalOverflow(page), 'sideways scrolling on the activity log').toBe(false);
    await expectNoAxeViolations(page, 'the activity log in Spanish on a phone');
  });
});
