import { describe, expect, it } from 'vitest';
import { ISSUE_21_AMENDED, ISSUE_21_CALENDAR, ISSUE_21_CSV, ISSUE_21_FIRST } from '../helpers/issue-21-term';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';
import { eventually } from './wait-and-read';

// The issue 21 term (test/helpers/issue-21-term.ts) on the Services tab, as of the test clock's 2026-11-28: speech
// owes 66 minutes (6 for the short first week, 30 and 30 for two provider absences; the make-up is later), OT
// nothing yet (November has not ended). English and Spanish, at 375 px and on a desktop, axe-clean.

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

async function ok(
  session: BrowserSession,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  data?: unknown,
): Promise<unknown> {
  const response = await session.api(method, path, data);
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return response.json();
}

/** A child with the issue's IEP (amended in week 6), its calendar and the provider's session log. */
async function childOfIssue21(session: BrowserSession): Promise<string> {
  const { id } = (await ok(session, 'POST', '/api/v1/students', {
    givenName: 'Tomás',
    familyName: 'Ibarra',
    birthDate: '2017-03-02',
    jurisdiction: 'CA',
  })) as { id: string };
  const plan = (await ok(session, 'POST', `/api/v1/students/${id}/plans`, {
    framework: 'iep',
    content: { services: ISSUE_21_FIRST },
  })) as { id: string; versions: { id: string }[] };
  await ok(session, 'POST', `/api/v1/plans/${plan.id}/versions/${plan.versions[0]?.id ?? ''}/finalize`, {
    effectiveFrom: '2026-09-09',
  });
  const amended = (await ok(session, 'POST', `/api/v1/plans/${plan.id}/amend`, {})) as {
    versions: { id: string; status: string }[];
  };
  const draft = amended.versions.find((v) => v.status === 'draft')?.id ?? '';
  await ok(session, 'PUT', `/api/v1/plans/${plan.id}/versions/${draft}/content`, {
    content: { services: ISSUE_21_AMENDED },
  });
  await ok(session, 'POST', `/api/v1/plans/${plan.id}/versions/${draft}/finalize`, { effectiveFrom: '2026-10-14' });
  await ok(session, 'PUT', `/api/v1/students/${id}/calendar`, { calendar: ISSUE_21_CALENDAR });
  await ok(session, 'POST', `/api/v1/students/${id}/service-logs/import`, { csv: ISSUE_21_CSV });
  return id;
}

describe.skipIf(!canRunBrowser)("the services ledger on a child's Services tab", () => {
  for (const [name, viewport] of [
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ] as const) {
    it(`shows the minutes owed per service with a chart and its table on ${name}, in English`, async () => {
      const session = await openBrowserSession({ account: PARENT, viewport });
      try {
        const { page } = session;
        const studentId = await childOfIssue21(session);
        await page.goto(`${session.baseUrl}/students/${studentId}/services`);
        const ledger = page.getByRole('region', { name: 'Minutes owed' });
        await eventually(() => ledger.locator('.ledger-total').textContent()).toBe(
          'Compensatory minutes owed in all: 66',
        );
        const row = ledger.getByRole('row', { name: /^Speech therapy/ });
        expect(await row.textContent()).toContain('66 min');
        const chart = ledger.getByRole('img', { name: /Speech therapy: minutes per week/ });
        expect(await chart.count()).toBe(1);
        expect(await ledger.locator('figcaption', { hasText: 'Speech therapy' }).textContent()).toContain(
          '66 minutes owed.',
        );
        await ledger.getByText('The minutes by week as a table').click();
        const table = ledger.getByRole('table', {
          name: 'Speech therapy: minutes required, delivered and owed, by week',
        });
        await eventually(() => table.getByRole('row').count()).toBe(1 + 12);
        expect(await ledger.textContent()).toContain('Provider absent: 2 sessions, 60 min (owed)');
        expect(await hasHorizontalOverflow(page)).toBe(false);
        await expectNoAxeViolations(page, `the services ledger on ${name}`);

        // The log form asks why a missed session was missed.
        await page.getByRole('radio', { name: 'Missed' }).check();
        expect(await page.getByLabel('Why was it missed?').count()).toBe(1);
        await expectNoAxeViolations(page, `the log form with a reason on ${name}`);
      } finally {
        await session.close();
      }
    }, 120_000);
  }

  it('imports a provider CSV on a phone: a bad row saves nothing and is named, a good file says how many', async () => {
    const session = await openBrowserSession({ account: PARENT, viewport: PHONE });
    try {
      const { page } = session;
      const studentId = await childOfIssue21(session);
      await page.goto(`${session.baseUrl}/students/${studentId}/services`);
      const ledger = page.getByRole('region', { name: 'Minutes owed' });
      await eventually(() => ledger.locator('.ledger-total').textContent()).toBe(
        'Compensatory minutes owed in all: 66',
      );
      // Minutes are owed: the letter asking for them is one click away.
      expect(await ledger.getByRole('link', { name: 'Ask for compensatory services' }).getAttribute('href')).toContain(
        'kind=compensatory-services',
      );
      const upload = page.getByRole('region', { name: "Import a provider's session log" });
      const file = (rows: string[]) => ({
        name: 'sessions.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(['date,service,minutes,status,reason', ...rows].join('\n')),
      });
      await upload
        .getByLabel('Session log (CSV file)')
        .setInputFiles(file(['2026-11-16,Speech therapy,30,delivered,', '2026-11-17,Speech therapy,1441,delivered,']));
      await upload.getByRole('button', { name: 'Import the sessions' }).click();
      await eventually(() => upload.locator('.error-summary').textContent()).toContain(
        'Row 3, column “minutes”: the minutes must be between 0 and 1440',
      );
      expect(await upload.locator('.error-summary h5').textContent()).toBe('Nothing was saved: 1 row has a problem');
      await expectNoAxeViolations(page, 'the CSV import with a bad row');
      await upload
        .getByLabel('Session log (CSV file)')
        .setInputFiles(file(['2026-11-16,Speech therapy,30,delivered,', '2026-11-20,Speech therapy,30,delivered,']));
      await upload.getByRole('button', { name: 'Import the sessions' }).click();
      await eventually(() => upload.getByRole('status').textContent()).toBe('2 sessions imported.');
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await expectNoAxeViolations(page, 'the CSV import done');
    } finally {
      await session.close();
    }
  }, 120_000);

  it('says it in Spanish on a phone', async () => {
    const session = await openBrowserSession({ account: PARENT, viewport: PHONE, locale: 'es-MX' });
    try {
      const { page } = session;
      const studentId = await childOfIssue21(session);
      await page.goto(`${session.baseUrl}/students/${studentId}/services`);
      const ledger = page.getByRole('region', { name: 'Minutos que se deben' });
      await eventually(() => ledger.locator('.ledger-total').textContent()).toBe(
        'Minutos compensatorios que se deben en total: 66',
      );
      expect(await ledger.locator('figcaption', { hasText: 'Speech therapy' }).textContent()).toContain(
        'se deben 66 minutos.',
      );
      expect(await ledger.getByRole('link', { name: 'Pedir servicios compensatorios' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Importar las sesiones' }).count()).toBe(1);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await expectNoAxeViolations(page, 'the services ledger in Spanish');
    } finally {
      await session.close();
    }
  }, 120_000);
});
