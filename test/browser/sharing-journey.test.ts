import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  signInThroughForm,
  signUpThroughForm,
  type BrowserSession,
  type Person,
} from './browser-harness';
import { eventually } from './wait-and-read';

// A parent shares her child's record with an advocate and takes it back, on the real server and in two real
// browsers: she creates her account in the form, adds Inés, invites an advocate and copies the one-time link;
// the advocate opens it signed out, creates her account from it, accepts and sees Inés's record; the parent
// removes her access; the advocate's next request is refused ("not found"); the parent reads who looked at
// the record, including the refused attempt. Then the same pages in Spanish and on a phone, the account page,
// and deleting the record. Every person is fictional. The server's clock is fixed at 28 November 2026.

/** Each step visits several pages and runs axe on each: more than the suite's default minute on a busy machine. */
const STEP_TIMEOUT = 180_000;

const ADVOCATE: Person = { name: 'Rosa Díaz', email: 'rosa.diaz@example.org' };
const THERAPIST: Person = { name: 'Marcus Lee', email: 'marcus.lee@example.org' };
const NEW_PASSWORD = 'juniper-canyon-ledger-77';

async function openTab(page: Page, name: string, heading = name): Promise<void> {
  // The tabs' navigation is named in the page's language ("Sections of…", "Secciones…").
  await page.locator('nav.tabs').getByRole('link', { name, exact: true }).click();
  await eventually(() => page.locator('.tab-panel h2').first().textContent()).toBe(heading);
}

/** `expect.poll` with room for a page load, a request and a render (its default waits only one second). */

/** The names of the child's tabs, in any language. */
function tabNames(page: Page) {
  return page.locator('nav.tabs').getByRole('link').allTextContents();
}

function auditRow(page: Page, who: string, what: string | RegExp) {
  return page.locator('table.audit-table tbody tr').filter({ hasText: who }).filter({ hasText: what });
}

describe.skipIf(!canRunBrowser)('journey: a parent shares a record with an advocate, then takes it back', () => {
  let session: BrowserSession;
  let advocateContext: BrowserContext;
  let advocate: Page;
  let studentId = '';
  let inviteUrl = '';

  beforeAll(async () => {
    session = await openBrowserSession();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.baseUrl });
    advocateContext = await session.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    advocate = await advocateContext.newPage();
  });
  afterAll(async () => {
    await advocateContext.close();
    await session.close();
  }, STEP_TIMEOUT);

  it(
    'the parent creates her account in the form (a common password is refused beside its field)',
    async () => {
      const { page, baseUrl } = session;
      await page.goto(baseUrl);
      await page.getByRole('region', { name: 'Start here' }).getByRole('link', { name: 'Create an account' }).click();
      await page.waitForURL('**/create-account');
      await eventually(() => page.locator('h1').textContent()).toBe('Create an account');
      expect(await page.locator('#account-name').getAttribute('autocomplete')).toBe('name');
      expect(await page.locator('#account-email').getAttribute('autocomplete')).toBe('email');
      expect(await page.locator('#account-password').getAttribute('autocomplete')).toBe('new-password');
      // The rules are said before typing, and read with the field.
      expect(await page.locator('#account-password').getAttribute('aria-describedby')).toBe('account-password-hint');
      expect(await page.locator('#account-password-hint').textContent()).toContain('At least 12 characters');
      await expectNoAxeViolations(page, 'the create-account page');

      await signUpThroughForm(page, { ...PARENT, password: 'password1234' });
      await eventually(() => page.locator('.error-summary').count()).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
      expect(await page.locator('#account-password-error').textContent()).toBe(
        'Error: This password is on a list of common or leaked passwords. Choose another.',
      );
      expect(await page.locator('#account-password').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#account-name').inputValue()).toBe(PARENT.name);
      await expectNoAxeViolations(page, 'the create-account page with a refused password');

      await signUpThroughForm(page, PARENT);
      await page.waitForURL('**/children');
      await eventually(() => page.locator('.signed-in-as').textContent()).toBe('Signed in as Lucía Martínez');
    },
    STEP_TIMEOUT,
  );

  it(
    'adds a child and invites an advocate; the link is shown once, with Copy',
    async () => {
      const { page } = session;
      await page.locator('#student-givenName').fill('Inés');
      await page.locator('#student-familyName').fill('Martínez');
      await page.locator('#student-jurisdiction').selectOption('TX');
      await page.getByRole('button', { name: 'Add this child' }).click();
      await page.waitForURL(/\/students\/[^/]+$/);
      studentId = new URL(page.url()).pathname.split('/')[2] ?? '';
      await eventually(() => page.locator('h1').textContent()).toBe('Inés Martínez');
      expect(await tabNames(page)).toEqual([
        'Overview',
        'Plan',
        'Goals',
        'Services',
        'Meetings',
        'Timeline',
        'Communication log',
        'Documents',
        'Comments',
        'Sharing',
        'Activity log',
        'Your data',
        'Compare IEP and 504',
      ]);

      await openTab(page, 'Sharing');
      const people = page.getByRole('region', { name: 'People with access' });
      await eventually(() => people.locator('li h4').allTextContents()).toEqual(['Lucía Martínez (you)']);
      expect(await people.locator('.badge').allTextContents()).toEqual(['owner']);
      expect(await people.getByRole('button').count()).toBe(0);
      await expectNoAxeViolations(page, 'the sharing tab');

      // Choosing no role is refused with a reason, then each role is one sentence of what it can do.
      await page.getByRole('button', { name: 'Create the invitation link' }).click();
      await expect
        .poll(() => page.locator('#invite-role-error').textContent())
        .toBe('Error: Choose what they will be able to do.');
      expect(await page.locator('#invite-role legend').textContent()).toBe('What will they be able to do?');
      expect(await page.locator('#invite-role label').allTextContents()).toEqual([
        expect.stringMatching(/^Co-parent or guardian: sees and changes everything/),
        expect.stringMatching(/^Advocate: sees the record except who has access/),
        expect.stringMatching(/^School staff: sees the child's details, the plans, progress and services/),
      ]);
      await page.getByLabel(/^Advocate:/).check();
      await page.locator('#invite-note').fill('For Rosa, our advocate');
      await page.getByRole('button', { name: 'Create the invitation link' }).click();

      await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('invitation-link-title');
      inviteUrl = await page.locator('#invitation-url').inputValue();
      expect(inviteUrl).toMatch(new RegExp(`^${session.baseUrl}/invite/[A-Za-z0-9_-]{20,}$`));
      expect(await page.locator('.invitation-link').textContent()).toContain('It works once, until');
      await page.getByRole('button', { name: 'Copy the link' }).click();
      await expect
        .poll(() => page.locator('.invitation-link [role="status"]').textContent())
        .toBe('The link was copied. Paste it into an e-mail or a message.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(inviteUrl);
      await expectNoAxeViolations(page, 'the sharing tab with the new link');

      await page.getByRole('button', { name: 'I have sent the link' }).click();
      expect(await page.locator('#invitation-url').count()).toBe(0);
      const invitations = page.getByRole('region', { name: 'Invitations' });
      await eventually(() => invitations.locator('li h4').allTextContents()).toEqual(['Invitation for an advocate']);
      expect(await invitations.textContent()).toContain('Not used yet; works until');
      expect(await invitations.textContent()).toContain('Note: For Rosa, our advocate');
    },
    STEP_TIMEOUT,
  );

  it(
    'the advocate opens the link signed out, creates her account from it, accepts and sees the child',
    async () => {
      await advocate.goto(inviteUrl);
      await eventually(() => advocate.locator('h1').textContent()).toBe("An invitation to a child's record");
      await eventually(() => advocate.locator('main').textContent()).toContain('Someone invited you to see a child');
      await expectNoAxeViolations(advocate, 'the invitation page, signed out');

      await advocate.getByRole('main').getByRole('link', { name: 'Create an account' }).click();
      await advocate.waitForURL(/\/create-account\?next=%2Finvite%2F/);
      await signUpThroughForm(advocate, ADVOCATE);
      await advocate.waitForURL(inviteUrl);
      const offer = advocate.getByRole('region', {
        name: "Lucía Martínez invited you to Inés's record as an advocate.",
      });
      await eventually(() => offer.count()).toBe(1);
      expect(await offer.textContent()).toContain('The invitation works until');
      expect(await offer.textContent()).toContain(
        'Advocate: sees the record except who has access and the activity log',
      );
      await expectNoAxeViolations(advocate, 'the invitation, signed in');

      await advocate.getByRole('button', { name: 'Accept the invitation' }).click();
      await advocate.waitForURL(`**/students/${studentId}`);
      await eventually(() => advocate.locator('h1').textContent()).toBe('Inés Martínez');
      // An advocate's tabs: no sharing list, no activity log, no downloads; no editing of the child's details.
      await expect
        .poll(() => tabNames(advocate))
        .toEqual([
          'Overview',
          'Plan',
          'Goals',
          'Services',
          'Meetings',
          'Timeline',
          'Communication log',
          'Documents',
          'Comments',
          'Compare IEP and 504',
        ]);
      expect(await advocate.getByRole('button', { name: 'Edit details' }).count()).toBe(0);
      await expectNoAxeViolations(advocate, "the advocate's view of the child");

      await openTab(advocate, 'Meetings');
      await eventually(() => advocate.locator('#meeting-list-title').count()).toBe(1);
      expect(await advocate.getByRole('button', { name: 'Save the meeting' }).count()).toBe(0);

      await openTab(advocate, 'Comments');
      await advocate.locator('#comment-body').fill('I will read the evaluation report before the meeting.');
      await advocate.getByRole('button', { name: 'Post the comment' }).click();
      await expect
        .poll(() => advocate.locator('.tab-panel [role="status"]').first().textContent())
        .toBe('Your comment was posted.');
      await expect
        .poll(() => advocate.locator('.item-list').textContent())
        .toContain('I will read the evaluation report before the meeting.');
      expect(await advocate.locator('.byline').first().textContent()).toMatch(/^Rosa Díaz, /);
      await expectNoAxeViolations(advocate, "the advocate's comments tab");

      // A section the role cannot use, reached by its address, says so instead of breaking.
      await advocate.goto(`${session.baseUrl}/students/${studentId}/sharing`);
      await expect
        .poll(() => advocate.locator('.tab-panel p').first().textContent())
        .toBe("This part of Inés's record is not shared with you.");
      await expectNoAxeViolations(advocate, 'a section not shared with the advocate');
    },
    STEP_TIMEOUT,
  );

  it(
    'the parent sees the advocate, and removes her access after confirming',
    async () => {
      const { page } = session;
      await page.reload();
      const people = page.getByRole('region', { name: 'People with access' });
      await eventually(() => people.locator('li h4').allTextContents()).toEqual(['Lucía Martínez (you)', 'Rosa Díaz']);
      expect(await page.getByRole('region', { name: 'Invitations' }).textContent()).toContain('Accepted by Rosa Díaz');

      await people.getByRole('button', { name: 'Remove access for Rosa Díaz' }).click();
      const question = "Remove Rosa Díaz's access to Inés's record?";
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toMatch(new RegExp(`^${question.replace(/[?]/g, '\\?')}`));
      await expectNoAxeViolations(page, 'the sharing tab, confirming a removal');
      await page.getByRole('button', { name: 'No, keep access' }).click();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Remove access for Rosa Díaz');

      await people.getByRole('button', { name: 'Remove access for Rosa Díaz' }).click();
      await page.getByRole('button', { name: 'Yes, remove access' }).click();
      await expect
        .poll(() => page.locator('.tab-panel > section > [role="status"]').textContent())
        .toBe("Rosa Díaz no longer has access to Inés's record.");
      await eventually(() => people.locator('li h4').allTextContents()).toEqual(['Lucía Martínez (you)']);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('people-title');
    },
    STEP_TIMEOUT,
  );

  it(
    "the advocate's next request for the child is refused like a record that does not exist",
    async () => {
      const answer = advocate.waitForResponse((response) => response.url().endsWith(`/api/v1/students/${studentId}`));
      await advocate.goto(`${session.baseUrl}/students/${studentId}`);
      expect((await answer).status()).toBe(404);
      await eventually(() => advocate.locator('h1').textContent()).toBe('Child not found');
      expect(await advocate.locator('main').textContent()).toContain('There is no page at this address.');
      await expectNoAxeViolations(advocate, 'the not-found page after the access was removed');
    },
    STEP_TIMEOUT,
  );

  it(
    'the parent reads who looked at the record: the advocate’s views and the refused attempt',
    async () => {
      const { page } = session;
      await openTab(page, 'Activity log', 'Who looked at or changed this record');
      await eventually(() => page.locator('table.audit-table tbody tr').count()).toBeGreaterThan(5);
      expect(await page.locator('table.audit-table caption').textContent()).toBe(
        "Activity on Inés's record, newest first",
      );
      // The advocate's page views are one line each ("viewed the timeline, the meetings, and the comments": the
      // overview's next steps read the timeline).
      const viewed = auditRow(page, 'Rosa Díaz', /viewed .*the meetings/);
      await eventually(() => viewed.count()).toBeGreaterThan(0);
      expect(await viewed.first().textContent()).toContain('advocate');
      expect(await viewed.first().textContent()).toContain('Allowed');
      expect(await auditRow(page, 'Rosa Díaz', 'wrote a comment').count()).toBe(1);
      const refused = auditRow(page, 'Rosa Díaz', "tried to view the child's details");
      expect(await refused.count()).toBe(1);
      expect(await refused.textContent()).toContain('no access');
      expect(await refused.textContent()).toContain('Refused: no access');
      expect(await auditRow(page, 'Lucía Martínez', 'changed who has access').count()).toBeGreaterThan(1);
      // The time is the browser's local date and time.
      expect(await page.locator('table.audit-table tbody th time').first().textContent()).toMatch(/2026, \d{2}:\d{2}$/);
      await expectNoAxeViolations(page, 'the activity log');
    },
    STEP_TIMEOUT,
  );

  it(
    'reads in Spanish, and fits a 375-pixel phone screen',
    async () => {
      const { page } = session;
      await page.getByRole('button', { name: 'Español' }).click();
      await expect
        .poll(() => page.locator('.tab-panel h2').first().textContent())
        .toBe('Quién vio o cambió este expediente');
      expect(await auditRow(page, 'Rosa Díaz', /vio .*las reuniones/).count()).toBeGreaterThan(0);
      expect(await auditRow(page, 'Rosa Díaz', 'intentó ver los datos del niño').textContent()).toContain(
        'Rechazado: sin acceso',
      );
      await expectNoAxeViolations(page, 'the activity log in Spanish');

      await page.setViewportSize({ width: 375, height: 740 });
      expect(await hasHorizontalOverflow(page), 'sideways scrolling on the activity log').toBe(false);
      await expectNoAxeViolations(page, 'the activity log in Spanish on a phone');
      for (const tab of ['Compartir', 'Comentarios', 'Sus datos', 'Servicios']) {
        await openTab(page, tab);
        expect(await hasHorizontalOverflow(page), `sideways scrolling on the ${tab} tab`).toBe(false);
        await expectNoAxeViolations(page, `the ${tab} tab in Spanish on a phone`);
      }

      // A new link, in Spanish, opened by a visitor on a phone in Spanish.
      await openTab(page, 'Compartir');
      await page.getByLabel(/^Personal escolar:/).check();
      await page.getByRole('button', { name: 'Crear el enlace de invitación' }).click();
      const secondUrl = await page.locator('#invitation-url').inputValue();
      expect(await page.locator('.invitation-link').textContent()).toContain('Funciona una sola vez');
      expect(await hasHorizontalOverflow(page), 'sideways scrolling with the link shown').toBe(false);
      await expectNoAxeViolations(page, 'the new link in Spanish on a phone');

      const visitor = await session.browser.newContext({ locale: 'es-US', viewport: { width: 375, height: 740 } });
      try {
        const phone = await visitor.newPage();
        await phone.goto(secondUrl);
        await eventually(() => phone.locator('h1').textContent()).toBe('Una invitación al expediente de un niño');
        await eventually(() => phone.locator('main').textContent()).toContain('Alguien le invitó a ver el expediente');
        expect(await hasHorizontalOverflow(phone)).toBe(false);
        await expectNoAxeViolations(phone, 'the invitation page in Spanish on a phone');
        await phone.getByRole('main').getByRole('link', { name: 'Iniciar sesión' }).click();
        await eventually(() => phone.locator('h1').textContent()).toBe('Iniciar sesión');
        expect(await phone.locator('.notice').textContent()).toBe(
          'Inicie sesión para ver esa página. Volverá a ella después.',
        );
        expect(await hasHorizontalOverflow(phone)).toBe(false);
        await expectNoAxeViolations(phone, 'the sign-in page in Spanish on a phone');
        await phone.getByRole('link', { name: 'Crear una cuenta' }).last().click();
        await eventually(() => phone.locator('h1').textContent()).toBe('Crear una cuenta');
        expect(await hasHorizontalOverflow(phone)).toBe(false);
        await expectNoAxeViolations(phone, 'the create-account page in Spanish on a phone');

        // The speech therapist accepts as school staff: the plans and services, not the rest of the case.
        await phone.locator('#account-name').fill(THERAPIST.name);
        await phone.locator('#account-email').fill(THERAPIST.email);
        await phone.locator('#account-password').fill('marble-orchard-signal-58');
        await phone.getByRole('button', { name: 'Crear la cuenta' }).click();
        await eventually(() => phone.getByRole('button', { name: 'Aceptar la invitación' }).count()).toBe(1);
        expect(await phone.locator('main').textContent()).toContain(
          'Lucía Martínez le invitó al expediente de Inés como personal escolar.',
        );
        expect(await hasHorizontalOverflow(phone)).toBe(false);
        await expectNoAxeViolations(phone, 'the invitation in Spanish on a phone, signed in');
        await phone.getByRole('button', { name: 'Aceptar la invitación' }).click();
        await eventually(() => phone.locator('h1').textContent()).toBe('Inés Martínez');
        await eventually(() => tabNames(phone)).toEqual([
          'Resumen',
          'Plan',
          'Metas',
          'Servicios',
          'Comparar IEP y 504',
        ]);
        await openTab(phone, 'Servicios');
        await eventually(() => phone.locator('#service-log-form-title').textContent()).toBe('Anotar una sesión');
        expect(await hasHorizontalOverflow(phone)).toBe(false);
        await expectNoAxeViolations(phone, "school staff's services tab in Spanish on a phone");
        // The dashboard leaves out the deadlines, which come from the timeline school staff do not see.
        await phone.locator('.breadcrumb a').click();
        const card = phone.getByRole('article', { name: 'Inés Martínez' });
        await eventually(() => card.count()).toBe(1);
        await eventually(() => card.textContent()).not.toContain('Próximos plazos');
        await expectNoAxeViolations(phone, "school staff's dashboard in Spanish on a phone");
      } finally {
        await visitor.close();
      }

      await page.getByRole('button', { name: 'Ya envié el enlace' }).click();
      // Back to a wide screen first: on a phone the language switch sits behind the Menu button.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('button', { name: 'English' }).click();
    },
    STEP_TIMEOUT,
  );

  it(
    'changes her password (a wrong current one is refused), signs out and back in',
    async () => {
      const { page, baseUrl } = session;
      await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Your account' }).click();
      await page.waitForURL('**/account');
      await eventually(() => page.locator('h1').textContent()).toBe('Your account');
      expect(await page.locator('main').textContent()).toContain(
        'You are signed in as Lucía Martínez (lucia.martinez@example.org).',
      );
      expect(await page.locator('#password-currentPassword').getAttribute('autocomplete')).toBe('current-password');
      expect(await page.locator('#password-newPassword').getAttribute('autocomplete')).toBe('new-password');
      await expectNoAxeViolations(page, 'the account page');

      await page.locator('#password-currentPassword').fill('not-my-password-at-all');
      await page.locator('#password-newPassword').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Change the password' }).click();
      await expect
        .poll(() => page.locator('#password-currentPassword-error').textContent())
        .toBe('Error: The current password is wrong.');

      await page.locator('#password-currentPassword').fill('violet-harbor-lantern-42');
      await page.getByRole('button', { name: 'Change the password' }).click();
      await expect
        .poll(() => page.locator('section[aria-labelledby="change-password-title"] [role="status"]').textContent())
        .toBe('Your password was changed. You were signed out everywhere else.');
      await expectNoAxeViolations(page, 'the account page after the change');

      await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL('**/sign-in');
      await eventually(() => page.locator('.notice').textContent()).toBe('You are signed out.');
      await page.goto(`${baseUrl}/students/${studentId}/data`);
      await page.waitForURL(/\/sign-in\?next=/);
      await signInThroughForm(page, { ...PARENT, password: 'violet-harbor-lantern-42' });
      await expect
        .poll(() => page.locator('#sign-in-password-error').textContent())
        .toBe('Error: The e-mail address or the password is wrong.');
      await signInThroughForm(page, { ...PARENT, password: NEW_PASSWORD });
      await page.waitForURL(`**/students/${studentId}/data`);
      await eventually(() => page.locator('.tab-panel h2').first().textContent()).toBe('Your data');
    },
    STEP_TIMEOUT,
  );

  it(
    'downloads the record, and deletes it after typing the first name; the activity log is kept',
    async () => {
      const { page } = session;
      expect(await page.getByRole('link', { name: 'Download everything (JSON)' }).getAttribute('href')).toBe(
        `/api/v1/students/${studentId}/export.json`,
      );
      expect(
        await page
          .getByRole('link', { name: 'Download everything with letters and reports (ZIP)' })
          .getAttribute('href'),
      ).toBe(`/api/v1/students/${studentId}/export.zip`);
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Download everything (JSON)' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.json$/);
      expect(await page.locator('.danger-zone').textContent()).toContain('The activity log is kept');
      await expectNoAxeViolations(page, 'the your-data tab');

      await page.locator('#delete-confirm').fill('Ines');
      await page.getByRole('button', { name: 'Delete the record for good' }).click();
      await expect
        .poll(() => page.locator('#delete-confirm-error').textContent())
        .toBe('Error: Type Inés exactly as it is written.');
      await page.locator('#delete-confirm').fill('Inés');
      await page.getByRole('button', { name: 'Delete the record for good' }).click();
      await page.waitForURL(`${session.baseUrl}/`);
      await expect
        .poll(() => page.locator('main [role="status"]').first().textContent())
        .toBe("Inés's record was deleted. The activity log is kept.");
      await expectNoAxeViolations(page, 'the home page after the deletion');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Children' }).click();
      await eventually(() => page.locator('main').textContent()).toContain('No children yet.');
    },
    STEP_TIMEOUT,
  );
});
