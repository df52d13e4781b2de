import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueMail } from '../../server/mail/mail-sender';
import { createMailTransport } from '../../server/mail/mail-transport';
import { unsubscribeToken } from '../../server/services/reminder-services';
import { TEST_AUTH_SECRET, TEST_CLOCK } from '../helpers/test-app';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/test-smtp-server';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  SESSION_COOKIE,
  type BrowserSession,
} from './browser-harness';

const NEW_PASSWORD = 'quiet-orchard-lantern-58';

// Forgot password → the message arrives at a real SMTP server → the link → a new password → signed in; then the
// reminder settings on the account page and the unsubscribe page. English and Spanish, phone width and desktop.
describe.skipIf(!canRunBrowser)('journey: a forgotten password, reset by e-mail', () => {
  let smtp: TestSmtpServer;
  let session: BrowserSession;
  const deliver = async () => {
    const transport = createMailTransport({ smtpUrl: smtp.url, mailFrom: 'Binder <binder@example.org>', dataDir: '' });
    await sendDueMail(session.database, transport, TEST_CLOCK);
    transport.close();
  };
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    session = await openBrowserSession({ config: { smtpUrl: smtp.url } });
    await session.signUp(PARENT);
    // Signed out, as someone who forgot their password is.
    await session.context.clearCookies();
  });
  afterAll(async () => {
    await session.close();
    await smtp.stop();
  });

  it('asks for a link from the sign-in page, axe clean at phone width and in Spanish', async () => {
    const { page, baseUrl } = session;
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL('**/forgot-password');
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('Forgot your password?');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectNoAxeViolations(page, 'the forgot-password page at 375 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('¿Olvidó su contraseña?');
    await expectNoAxeViolations(page, 'the forgot-password page in Spanish');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('Forgot your password?');

    await page.locator('#forgot-email').fill(PARENT.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'a message with a link is on its way' }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    await expectNoAxeViolations(page, 'the forgot-password page after sending');
  });

  it('opens the mailed link, sets a new password and is signed in', async () => {
    const { page, baseUrl } = session;
    await deliver();
    const mails = smtp.to(PARENT.email).filter((m) => m.subject === 'Reset your Binder password');
    expect(mails).toHaveLength(1);
    const link = /http:\/\/\S+\/reset-password\?token=\S+/.exec(mails[0]?.text ?? '')?.[0] ?? '';
    expect(link.startsWith(`${baseUrl}/reset-password?token=`)).toBe(true);

    await page.goto(link);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('Choose a new password');
    await expectNoAxeViolations(page, 'the reset-password page');
    await page.locator('#reset-newPassword').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.waitForURL('**/children', { timeout: 15_000 });
    const cookie = (await session.context.cookies(baseUrl)).find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toBeDefined();
    const me: unknown = await page.evaluate(async () => (await fetch('/api/v1/session')).json() as Promise<unknown>);
    expect(me).toMatchObject({ user: { email: PARENT.email } });

    // The link worked once.
    await page.goto(link);
    await page.locator('#reset-newPassword').fill('yet-another-fresh-phrase-12');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await expect
      .poll(() => page.getByText('This link has expired or was already used.').count(), { timeout: 10_000 })
      .toBe(1);
    await expectNoAxeViolations(page, 'the reset-password page with a used link');
  });

  it('turns reminders on from the account page, and off again from the unsubscribe page', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/account`);
    const checkbox = page.getByLabel('Remind me a week before, the day before, and when a deadline passes unmet');
    await expect.poll(() => checkbox.count(), { timeout: 10_000 }).toBe(1);
    expect(await checkbox.isChecked()).toBe(false);
    await checkbox.check();
    await page.getByLabel('Language of the messages').selectOption('es');
    await page.getByRole('button', { name: 'Save the reminder settings' }).click();
    await expect.poll(() => page.getByText('Saved.', { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    await expectNoAxeViolations(page, 'the account page with reminder settings');
    const saved = await session.api('GET', '/api/v1/account/reminders');
    expect(await saved.json()).toEqual({ deadlineReminders: true, weeklyDigest: false, language: 'es' });

    // The unsubscribe link of a reminder, opened without being signed in.
    const userId = ((await (await session.api('GET', '/api/v1/session')).json()) as { user: { id: string } }).user.id;
    await session.context.clearCookies();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${baseUrl}/unsubscribe?token=${encodeURIComponent(unsubscribeToken(TEST_AUTH_SECRET, userId))}`);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('Stop reminders');
    await expectNoAxeViolations(page, 'the unsubscribe page at 375 px');
    await page.getByRole('button', { name: 'Stop all reminders' }).click();
    await expect
      .poll(() => page.getByText('Done: no more reminders will be sent.', { exact: false }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    const row = await session.database.db
      .selectFrom('reminder_settings')
      .select(['deadline_reminders', 'weekly_digest'])
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ deadline_reminders: 0, weekly_digest: 0 });
  });
});
