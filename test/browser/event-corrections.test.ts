import { afterAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';
import { eventually } from './wait-and-read';

// Acting on a deadline and correcting what was recorded (docs/decisions/0031). A fictional child whose family
// asked for her school records on Saturday 1 August 2026: the school had 45 calendar days (34 CFR 300.613(a)),
// so on the test clock's 28 November 2026 the deadline is overdue and missed. "It happened" records the records
// being provided, which clears both; correcting that event and deleting it are done by keyboard, and deleting
// it brings the overdue deadline back. The same in Spanish.

/** Waits for a page to settle: generous, because the suite may share two cores with other work. */

interface Timeline {
  deadlines: { kind: string; status: string; citation: string }[];
  findings: { code: string; citation: string }[];
}

async function addChildWithRecordsRequest(session: BrowserSession, givenName: string): Promise<string> {
  const added = await session.api('POST', '/api/v1/students', { givenName, familyName: 'Quispe', jurisdiction: 'US' });
  expect(added.status()).toBe(201);
  const { id } = (await added.json()) as { id: string };
  const request = { type: 'records-requested', date: '2026-08-01' };
  expect((await session.api('POST', `/api/v1/students/${id}/events`, request)).status()).toBe(201);
  return id;
}

/** The records deadline's status and whether a "deadline missed" finding names its law, as the API says. */
async function recordsState(session: BrowserSession, studentId: string): Promise<string> {
  const timeline = (await (await session.api('GET', `/api/v1/students/${studentId}/timeline`)).json()) as Timeline;
  const deadline = timeline.deadlines.find((d) => d.citation.includes('300.613'));
  const missed = timeline.findings.some((f) => f.code === 'deadline-missed' && f.citation.includes('300.613'));
  return `${deadline?.status ?? 'none'}${missed ? ', missed' : ''}`;
}

const isFocused = (locator: { evaluate: (fn: (element: Element) => boolean) => Promise<boolean> }) =>
  locator.evaluate((element) => element === document.activeElement);

describe.skipIf(!canRunBrowser)('acting on a deadline and correcting the events', () => {
  const sessions: BrowserSession[] = [];
  afterAll(async () => {
    for (const session of sessions) await session.close();
  });

  it('clears an overdue deadline and its finding with "It happened", then corrects and deletes the event by keyboard', async () => {
    const session = await openBrowserSession({ account: PARENT, viewport: { width: 1024, height: 900 } });
    sessions.push(session);
    const { page } = session;
    const studentId = await addChildWithRecordsRequest(session, 'Killa');
    expect(await recordsState(session, studentId)).toBe('overdue, missed');

    await page.goto(`${session.baseUrl}/students/${studentId}`);
    const panel = page.getByRole('region', { name: 'What to do next' });
    const overdue = panel.getByRole('article', { name: 'Access to records: overdue since 15 September 2026' });
    await eventually(() => overdue.count()).toBe(1);
    // "Not right?" opens by keyboard and says the rule, its law and how sure it is.
    const check = overdue.locator('summary', { hasText: 'Not right?' });
    await check.focus();
    await page.keyboard.press('Enter');
    await eventually(() => overdue.locator('details[open]').count()).toBe(1);
    expect(await overdue.locator('details').textContent()).toContain('34 CFR 300.613(a)');
    await expectNoAxeViolations(page, '"Not right?" open on an overdue step');

    await overdue.getByRole('button', { name: 'It happened' }).focus();
    await page.keyboard.press('Enter');
    const date = overdue.getByLabel('On what date did it happen?');
    await eventually(() => isFocused(date)).toBe(true);
    await date.fill('2026-09-10');
    await date.press('Enter');
    await eventually(() => overdue.count()).toBe(0);
    await eventually(() => recordsState(session, studentId)).toBe('met');

    // The timeline lists the new event with its two buttons; correcting it opens the form, filled in.
    await page.goto(`${session.baseUrl}/students/${studentId}/timeline`);
    const correct = page.getByRole('button', { name: 'Correct School made the records available, 10 September 2026' });
    await eventually(() => correct.count()).toBe(1);
    await expectNoAxeViolations(page, 'the timeline with editable events');
    await correct.focus();
    await page.keyboard.press('Enter');
    const formTitle = page.getByRole('heading', {
      name: 'Correct School made the records available, 10 September 2026',
    });
    await eventually(() => isFocused(formTitle)).toBe(true);
    const editDate = page.locator('input[type="date"][id$="-date"]').first();
    expect(await editDate.inputValue()).toBe('2026-09-10');
    await expectNoAxeViolations(page, 'the correction form');
    await editDate.fill('2026-10-01');
    await editDate.press('Enter');
    await eventually(() =>
      page.getByText('Corrected: School made the records available, 1 October 2026.').count(),
    ).toBe(1);
    const corrected = page.getByRole('button', { name: 'Correct School made the records available, 1 October 2026' });
    await eventually(() => isFocused(corrected)).toBe(true);
    // 1 October is after the 15 September due date: met late, no longer overdue (and still a missed deadline).
    await eventually(() => recordsState(session, studentId)).toBe('late, missed');

    // Deleting asks first; the question takes focus; "Yes" deletes and the deadline is overdue again.
    const remove = page.getByRole('button', { name: 'Delete School made the records available, 1 October 2026' });
    await remove.focus();
    await page.keyboard.press('Enter');
    const question = page.getByText('Delete School made the records available, 1 October 2026?');
    await eventually(() => isFocused(question)).toBe(true);
    await expectNoAxeViolations(page, 'the question before deleting');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByText('Deleted: School made the records available, 1 October 2026.').count()).toBe(
      1,
    );
    await eventually(() => isFocused(page.getByRole('list', { name: 'What has happened' }))).toBe(true);
    await eventually(() => recordsState(session, studentId)).toBe('overdue, missed');
    await eventually(() => page.locator('#deadlines-overdue-title').count()).toBe(1);
    await expectNoAxeViolations(page, 'the timeline after the deletion');
  }, 120_000);

  it('does the same in Spanish', async () => {
    const session = await openBrowserSession({
      account: PARENT,
      viewport: { width: 375, height: 812 },
      locale: 'es-MX',
    });
    sessions.push(session);
    const { page } = session;
    const studentId = await addChildWithRecordsRequest(session, 'Sumaq');
    const provided = { type: 'records-provided', date: '2026-09-10' };
    expect((await session.api('POST', `/api/v1/students/${studentId}/events`, provided)).status()).toBe(201);
    expect(await recordsState(session, studentId)).toBe('met');

    await page.goto(`${session.baseUrl}/students/${studentId}/timeline`);
    const name = 'La escuela puso los expedientes a disposición, 10 de septiembre de 2026';
    const remove = page.getByRole('button', { name: `Borrar ${name}` });
    await eventually(() => remove.count()).toBe(1);
    await remove.focus();
    await page.keyboard.press('Enter');
    await eventually(() => isFocused(page.getByText(`¿Borrar ${name}?`))).toBe(true);
    await expectNoAxeViolations(page, 'la pregunta antes de borrar');
    await page.getByRole('button', { name: 'Sí, borrarlo' }).press('Enter');
    await eventually(() => page.getByText(`Borrado: ${name}.`).count()).toBe(1);
    await eventually(() => recordsState(session, studentId)).toBe('overdue, missed');
    const check = page.locator('summary', { hasText: '¿No es correcto?' }).first();
    await check.focus();
    await page.keyboard.press('Enter');
    await eventually(() => page.locator('details[open]').count()).toBe(1);
    await expectNoAxeViolations(page, 'la línea de tiempo después de borrar');
  });

  it('opens the timeline at the event a link names (the letters page\'s "correct the existing event"), focused', async () => {
    const session = await openBrowserSession({ account: PARENT, viewport: { width: 1024, height: 600 } });
    sessions.push(session);
    const { page } = session;
    const studentId = await addChildWithRecordsRequest(session, 'Amaru');
    const provided = await session.api('POST', `/api/v1/students/${studentId}/events`, {
      type: 'records-provided',
      date: '2026-09-01',
    });
    expect(provided.status()).toBe(201);
    const { id } = (await provided.json()) as { id: string };
    await page.goto(`${session.baseUrl}/students/${studentId}/timeline#event-edit-${id}-edit`);
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe(`event-edit-${id}-edit`);
    const button = page.locator(`#event-edit-${id}-edit`);
    expect(await isFocused(button)).toBe(true);
    expect(await button.isVisible()).toBe(true);
    expect(
      await button.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    ).toBe(true);
  });
});
