import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLongDate } from '../../core/calendar/format-long-date';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';
import { eventually } from './wait-and-read';

// A fictional child whose family asked for her school records on Saturday 1 August 2026. The school had 45
// calendar days (34 CFR 300.613(a)): due Tuesday 15 September, overdue on the test clock's 28 November 2026.

const PHONE = { width: 375, height: 812 };

/** Waits for a page to settle: generous, because the suite may share two cores with other work. */

async function addChildWithRecordsRequest(session: BrowserSession, givenName: string): Promise<string> {
  const added = await session.api('POST', '/api/v1/students', {
    givenName,
    familyName: 'Quispe',
    jurisdiction: 'US',
  });
  expect(added.status()).toBe(201);
  const { id } = (await added.json()) as { id: string };
  const request = { type: 'records-requested', date: '2026-08-01' };
  expect((await session.api('POST', `/api/v1/students/${id}/events`, request)).status()).toBe(201);
  return id;
}

describe.skipIf(!canRunBrowser)("a child's overview leads with what to do next", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT, viewport: PHONE });
  });
  afterAll(async () => {
    await session.close();
  });

  it('shows the overdue records request first, and "It happened" clears it, by keyboard', async () => {
    const { page } = session;
    const studentId = await addChildWithRecordsRequest(session, 'Killa');
    await page.goto(`${session.baseUrl}/students/${studentId}`);
    const panel = page.getByRole('region', { name: 'What to do next' });
    const overdue = panel.getByRole('article', { name: 'Access to records: overdue since 15 September 2026' });
    await eventually(() => overdue.count()).toBe(1);
    expect(await overdue.textContent()).toContain('34 CFR 300.613(a)');
    // The most urgent item is the first one listed.
    expect(await panel.getByRole('listitem').first().textContent()).toContain('Access to records');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectNoAxeViolations(page, 'the next steps with an overdue deadline');

    await overdue.getByRole('button', { name: 'It happened' }).focus();
    await page.keyboard.press('Enter');
    const date = overdue.getByLabel('On what date did it happen?');
    await eventually(() => date.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await date.inputValue()).toBe('2026-11-28');
    await expectNoAxeViolations(page, 'the "it happened" form');

    // A date after today is refused at the field, and nothing is recorded.
    await date.fill('2026-12-01');
    await overdue.getByRole('button', { name: 'Record', exact: true }).click();
    await eventually(() => overdue.getByText('The date cannot be after today.').count()).toBe(1);
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    const before = (await (await session.api('GET', `/api/v1/students/${studentId}/events`)).json()) as {
      events: unknown[];
    };
    expect(before.events).toHaveLength(1);

    await date.fill('2026-11-20');
    await date.press('Enter');
    await eventually(() => panel.locator('[role="status"]').textContent()).toContain('Recorded.');
    await eventually(() => overdue.count()).toBe(0);
    const after = (await (await session.api('GET', `/api/v1/students/${studentId}/events`)).json()) as {
      events: { event: { type: string; date: string } }[];
    };
    expect(after.events.map((stored) => stored.event)).toContainEqual(
      expect.objectContaining({ type: 'records-provided', date: '2026-11-20' }),
    );
    const timeline = (await (await session.api('GET', `/api/v1/students/${studentId}/timeline`)).json()) as {
      deadlines: { kind: string; status: string }[];
    };
    expect(timeline.deadlines.find((deadline) => deadline.kind === 'records-access')?.status).toBe('late');
    await expectNoAxeViolations(page, 'the next steps after recording');
  });

  it('asks a family with nothing on file to write the request, or record the one already sent', async () => {
    const { page } = session;
    const added = await session.api('POST', '/api/v1/students', {
      givenName: 'Inti',
      familyName: 'Quispe',
      jurisdiction: 'US',
    });
    const { id } = (await added.json()) as { id: string };
    await page.goto(`${session.baseUrl}/students/${id}`);
    const step = page.getByRole('article', { name: 'Ask for an evaluation in writing' });
    await eventually(() => step.count()).toBe(1);
    const letter = step.getByRole('link', { name: 'Write the request' });
    expect(await letter.getAttribute('href')).toBe(`/letters?student=${id}&kind=evaluation-request`);

    await step.getByRole('button', { name: 'I already asked: record it' }).click();
    const date = step.getByLabel('On what date did the school receive your written request?');
    await date.fill('2026-11-02');
    await step.getByRole('button', { name: 'Record', exact: true }).click();
    await eventually(() => step.count()).toBe(0);
    const events = (await (await session.api('GET', `/api/v1/students/${id}/events`)).json()) as {
      events: { event: unknown }[];
    };
    expect(events.events.map((stored) => stored.event)).toEqual([
      { type: 'evaluation-requested', date: '2026-11-02', by: 'parent' },
    ]);
  });

  it("shows an Ohio family the school's 30-day answer to the request they recorded, with its date", async () => {
    const { page } = session;
    const added = await session.api('POST', '/api/v1/students', {
      givenName: 'Amaru',
      familyName: 'Quispe',
      jurisdiction: 'OH',
    });
    const { id } = (await added.json()) as { id: string };
    await page.goto(`${session.baseUrl}/students/${id}`);
    const ask = page.getByRole('article', { name: 'Ask for an evaluation in writing' });
    await eventually(() => ask.count()).toBe(1);
    await ask.getByRole('button', { name: 'I already asked: record it' }).click();
    await ask.getByLabel('On what date did the school receive your written request?').fill('2026-11-02');
    await ask.getByRole('button', { name: 'Record', exact: true }).click();
    await eventually(() => ask.count()).toBe(0);

    // Ohio: 30 calendar days from the request to consent or a written refusal; 2 November + 30 = 2 December 2026,
    // still ahead of the test clock's 28 November, so it is a step the school owes soon.
    const answer = await session.api('GET', `/api/v1/students/${id}/next-steps`);
    const { steps } = (await answer.json()) as {
      steps: { who: string; due: string | null; title: { en: string }; rule?: { id: string } }[];
    };
    const owed = steps.find((step) => step.rule?.id === 'oh.evaluation-request-response');
    expect(owed?.who).toBe('owed');
    expect(owed?.due).toBe('2026-12-02');
    const shown = page.getByRole('article', { name: owed?.title.en ?? '' });
    await eventually(() => shown.count()).toBe(1);
    expect(await shown.textContent()).toContain(formatLongDate('2026-12-02', 'en'));
    await expectNoAxeViolations(page, "an Ohio family's next steps after recording the request");
  });

  it('says it in Spanish', async () => {
    const spanish = await openBrowserSession({ account: PARENT, viewport: PHONE, locale: 'es-MX' });
    try {
      const studentId = await addChildWithRecordsRequest(spanish, 'Sisa');
      await spanish.page.goto(`${spanish.baseUrl}/students/${studentId}`);
      const panel = spanish.page.getByRole('region', { name: 'Qué hacer ahora' });
      const overdue = panel.getByRole('article', {
        name: 'Acceso a los expedientes: vencido desde el 15 de septiembre de 2026',
      });
      await eventually(() => overdue.count()).toBe(1);
      expect(await overdue.getByRole('button', { name: 'Ya ocurrió' }).count()).toBe(1);
      expect(await overdue.getByRole('link', { name: 'Pedirlo por escrito' }).count()).toBe(1);
      await expectNoAxeViolations(spanish.page, 'the next steps in Spanish');
    } finally {
      await spanish.close();
    }
  });
});

interface DemoSteps {
  steps: { id: string; urgency: string; title: { en: string; es: string } }[];
}

/** Loads the demo family and returns its first child's id and most urgent step, as the API answers them. */
async function demoFirstOverdue(session: BrowserSession, language: 'en' | 'es') {
  const demo = await session.api('POST', '/api/v1/demo', { language });
  expect(demo.status()).toBe(201);
  const { families } = (await (await session.api('GET', '/api/v1/families')).json()) as {
    families: { students: { id: string; givenName: string; familyName: string }[] }[];
  };
  const first = families[0]?.students[0];
  if (first === undefined) throw new Error('the demo family has no child');
  const answer = (await (await session.api('GET', `/api/v1/students/${first.id}/next-steps`)).json()) as DemoSteps;
  const overdue = answer.steps[0];
  // The demo is built to have something overdue: the card must lead with it.
  expect(overdue?.urgency).toBe('overdue');
  if (overdue === undefined) throw new Error('no overdue step');
  return { child: first, overdue };
}

describe.skipIf(!canRunBrowser)("each child's card on the children page leads with the first steps", () => {
  it("shows the demo family's first overdue step on the first card, with its action", async () => {
    const session = await openBrowserSession({ account: PARENT, viewport: PHONE });
    try {
      const { page } = session;
      const { child, overdue } = await demoFirstOverdue(session, 'en');
      await page.goto(`${session.baseUrl}/children`);
      const card = page.getByRole('article', { name: `${child.givenName} ${child.familyName}` });
      await eventually(() => card.getByRole('heading', { name: 'What to do next' }).count()).toBe(1);
      const step = card.locator('.next-step').first();
      expect(await step.getByRole('heading').textContent()).toBe(overdue.title.en);
      expect(await step.textContent()).toContain('Overdue');
      // One action per step on a card: a parent may record it, so "It happened" opens the panel's form.
      expect(await step.locator('.next-step-actions > *').count()).toBe(1);
      await step.getByRole('button', { name: 'It happened' }).click();
      await eventually(() => step.getByLabel('On what date did it happen?').count()).toBe(1);
      expect(
        await page.getByRole('link', { name: `All of ${child.givenName}'s next steps` }).getAttribute('href'),
      ).toBe(`/students/${child.id}#next-steps-title`);
      expect(await page.getByRole('article').count()).toBe(2);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await expectNoAxeViolations(page, 'the children page with next steps');
    } finally {
      await session.close();
    }
  });

  it('says it in Spanish', async () => {
    const session = await openBrowserSession({ account: PARENT, viewport: PHONE, locale: 'es-MX' });
    try {
      const { page } = session;
      const { child, overdue } = await demoFirstOverdue(session, 'es');
      await page.goto(`${session.baseUrl}/children`);
      const card = page.getByRole('article', { name: `${child.givenName} ${child.familyName}` });
      await eventually(() => card.getByRole('heading', { name: 'Qué hacer ahora' }).count()).toBe(1);
      const step = card.locator('.next-step').first();
      expect(await step.getByRole('heading').textContent()).toBe(overdue.title.es);
      expect(await step.getByRole('button', { name: 'Ya ocurrió' }).count()).toBe(1);
      expect(await card.getByRole('link', { name: `Todos los próximos pasos de ${child.givenName}` }).count()).toBe(1);
      await expectNoAxeViolations(page, 'the children page with next steps (Spanish)');
    } finally {
      await session.close();
    }
  });
});
