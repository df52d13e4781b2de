import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';

// Two fictional children of one family at the same Texas school: the calendar entered for the first is offered
// to the second in one click, and the second child's school-day deadline gets its date.
const CALENDAR = {
  terms: [{ start: '2026-08-17', end: '2027-05-28' }],
  closed: [{ start: '2026-11-23', end: '2026-11-27' }],
};

describe.skipIf(!canRunBrowser)('a family with two children at one school enters the calendar once', () => {
  let session: BrowserSession;
  let secondId: string;

  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT });
    const add = async (givenName: string, familyId?: string) => {
      const response = await session.api('POST', '/api/v1/students', {
        givenName,
        familyName: 'Ortega',
        jurisdiction: 'TX',
        school: 'Willow Creek Elementary School (fictional)',
        ...(familyId === undefined ? {} : { familyId }),
      });
      expect(response.status()).toBe(201);
      return (await response.json()) as { id: string; familyId: string };
    };
    const first = await add('Inés');
    const second = await add('Tomás', first.familyId);
    secondId = second.id;
    expect((await session.api('PUT', `/api/v1/students/${first.id}/calendar`, { calendar: CALENDAR })).status()).toBe(
      200,
    );
    const consent = { type: 'evaluation-consent-received', date: '2026-09-15' };
    expect((await session.api('POST', `/api/v1/students/${secondId}/events`, consent)).status()).toBe(201);
  });
  afterAll(async () => {
    await session.close();
  });

  it("offers the sister's calendar, and one click dates the school-day deadline", async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/students/${secondId}/timeline`);
    const deadline = page.getByRole('article', { name: 'initial evaluation' });
    await expect.poll(() => deadline.textContent()).toContain('Date unknown');
    const copy = page.getByRole('button', { name: "Use Inés's calendar" });
    await expect.poll(() => copy.count()).toBe(1);
    await expectNoAxeViolations(page, 'the calendar section offering a sibling calendar');

    await copy.focus();
    await page.keyboard.press('Enter');
    const calendar = page.getByRole('region', { name: 'School calendar' });
    await expect
      .poll(() => calendar.locator('[role="status"]').textContent())
      .toBe("Inés's calendar was copied; the deadlines were recomputed.");
    // 45 school days after Tuesday 15 September 2026, no day closed before then: Tuesday 17 November.
    await expect.poll(() => deadline.textContent()).toContain('Due 17 November 2026');
    expect(await calendar.textContent()).toContain('17 August 2026 to 28 May 2027');
    expect(await page.getByRole('button', { name: "Use Inés's calendar" }).count()).toBe(0);
    const stored = await session.api('GET', `/api/v1/students/${secondId}/calendar`);
    expect(((await stored.json()) as { calendar: unknown }).calendar).toEqual(CALENDAR);
    await expectNoAxeViolations(page, 'the calendar section after copying');
  });

  it('says it in Spanish', async () => {
    const { page } = session;
    const added = await session.api('POST', '/api/v1/students', {
      givenName: 'Lupe',
      familyName: 'Ortega',
      jurisdiction: 'TX',
      familyId: ((await (await session.api('GET', `/api/v1/students/${secondId}`)).json()) as { familyId: string })
        .familyId,
    });
    expect(added.status()).toBe(201);
    const lupe = (await added.json()) as { id: string };
    await page.goto(`${session.baseUrl}/students/${lupe.id}/timeline`);
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Usar el calendario de Inés' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Usar el calendario de Tomás' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'the sibling calendars in Spanish');
    await page.getByRole('button', { name: 'English' }).click();
  });
});
