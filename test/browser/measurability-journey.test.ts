import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';

// A parent drafting an IEP sees, as they type, whether a goal is measurable; the child's page shows the
// IEP-vs-504 comparison for the child's state. Demo data only (fictional).
describe.skipIf(!canRunBrowser)('journey: measurability feedback and the comparison on the child’s page', () => {
  let session: BrowserSession;
  let studentId = '';
  let draftPath = '';
  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT });
    expect((await session.api('POST', '/api/v1/demo')).ok()).toBe(true);
    const { students } = (await (await session.api('GET', '/api/v1/students')).json()) as {
      students: { id: string; givenName: string }[];
    };
    studentId = students.find((s) => s.givenName === 'Maya')?.id ?? '';
    const { plans } = (await (await session.api('GET', `/api/v1/students/${studentId}/plans`)).json()) as {
      plans: { id: string }[];
    };
    const planId = plans[0]?.id ?? '';
    const amended = (await (
      await session.api('POST', `/api/v1/plans/${planId}/amend`, { reason: 'amendment' })
    ).json()) as {
      versions: { id: string; status: string }[];
    };
    const draft = amended.versions.find((v) => v.status === 'draft');
    draftPath = `/students/${studentId}/plans/${planId}/versions/${draft?.id ?? ''}`;
  });
  afterAll(async () => {
    await session.close();
  });

  it('links the comparison for Texas from the child’s overview to its own tab', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/students/${studentId}`);
    await page.getByRole('link', { name: 'Compare an IEP and a 504 plan for this child' }).click();
    await page.waitForURL(`**/students/${studentId}/compare`);
    const section = page.getByRole('region', { name: /IEP or 504 plan: how they differ under the rules of Texas/ });
    await expect.poll(() => section.locator('table tbody tr').count()).toBeGreaterThan(5);
    expect(await section.textContent()).toContain('Tex. Educ. Code');
    await expectNoAxeViolations(page, 'the child’s comparison tab');
  });

  it('says a vague goal is not yet measurable, and why, then that a rewritten goal is', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}${draftPath}`);
    const statement = page.getByRole('textbox', { name: /^Goal/ }).first();
    await expect.poll(() => statement.count(), { timeout: 10_000 }).toBe(1);
    await statement.fill('Maya will improve her reading skills.');
    const feedback = page.locator('.measurability').nth(1);
    await expect.poll(() => feedback.textContent()).toContain('Not yet measurable.');
    expect(await feedback.textContent()).toContain('“will improve”');
    await statement.fill(
      'By November 2027, given a 6th-grade passage, Maya will read 110 words correct per minute in 3 of 4 weekly probes.',
    );
    await expect.poll(() => feedback.textContent()).toContain('Measurable.');
    await expectNoAxeViolations(page, 'the IEP editor with measurability feedback');
  });
});
