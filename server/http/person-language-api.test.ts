import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackgroundJobs } from '../jobs/background-jobs';
import { sendDueMail } from '../mail/mail-sender';
import { createMailTransport } from '../mail/mail-transport';
import type { Clock } from '../clock';
import { childWithOneDeadline, clockOn } from '../../test/helpers/reminder-world';
import { createSignedInTestApp, TEST_CLOCK, type SignedInTestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';
import { startTestSmtpServer, type TestSmtpServer } from '../../test/helpers/test-smtp-server';

interface ErrorBody {
  readonly error: { readonly code: string; readonly issues: readonly { readonly field: string }[] };
}

// The language a person chose (issue 22 point 4, docs/decisions/0048): stored per account, read and set by the
// account's owner only, suggested by a child's home language, and used for the person's mail.
describe('the language a person chose', () => {
  let smtp: TestSmtpServer;
  let t: SignedInTestApp;
  let other: TestUser;

  async function runJobs(clock: Clock, email: string) {
    const before = smtp.to(email).length;
    const jobs = createBackgroundJobs(
      {
        database: t.database,
        clock,
        transport: createMailTransport(t.config),
        baseUrl: 'http://localhost',
        secret: t.config.authSecret ?? '',
        log: () => undefined,
      },
      false,
    );
    await jobs.runOnce();
    await jobs.stop();
    return smtp.to(email).slice(before);
  }

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createSignedInTestApp({ config: { smtpUrl: smtp.url } });
    other = await signUp(t.app, { name: 'Lan Nguyen', email: 'lan.nguyen@example.org' });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('is not chosen at first, and a child’s home language suggests one (a suggestion only)', async () => {
    const first = await other.inject({ method: 'GET', url: '/api/v1/account/language' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ language: null, suggested: null });

    const added = await other.inject({
      method: 'POST',
      url: '/api/v1/students',
      payload: {
        givenName: 'Minh',
        familyName: 'Nguyen',
        birthDate: '2016-09-01',
        jurisdiction: 'US',
        homeLanguages: ['English', 'Tiếng Việt'],
      },
    });
    expect(added.statusCode).toBe(201);
    const suggested = await other.inject({ method: 'GET', url: '/api/v1/account/language' });
    expect(suggested.json()).toEqual({ language: null, suggested: 'vi' });
    // The look at the children's home languages is audited like the list of children.
    const audit = await t.database.db
      .selectFrom('audit_entries')
      .select(['entity', 'action', 'outcome'])
      .where('route', '=', 'GET /api/v1/account/language')
      .where('actor_user_id', '=', other.id)
      .execute();
    expect(audit).toEqual([
      { entity: 'student', action: 'search', outcome: 'allowed' },
      { entity: 'student', action: 'search', outcome: 'allowed' },
    ]);
  });

  it('is set and read by its owner only (a setting of the account, not of a child: not audited), and refuses anything but the five with a 400 naming language', async () => {
    const set = await other.inject({ method: 'PUT', url: '/api/v1/account/language', payload: { language: 'vi' } });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ language: 'vi', suggested: null });
    expect((await other.inject({ method: 'GET', url: '/api/v1/account/language' })).json()).toEqual({
      language: 'vi',
      suggested: null,
    });
    // Someone else's choice is their own: setting yours changes nothing of theirs.
    await t.owner.inject({ method: 'PUT', url: '/api/v1/account/language', payload: { language: 'ar' } });
    expect((await other.inject({ method: 'GET', url: '/api/v1/account/language' })).json()).toMatchObject({
      language: 'vi',
    });
    expect((await t.owner.inject({ method: 'GET', url: '/api/v1/account/language' })).json()).toMatchObject({
      language: 'ar',
    });

    // Like reminder settings, the choice is the person's own, not part of a child's record.
    const writes = await t.database.db
      .selectFrom('audit_entries')
      .select('entity')
      .where('route', '=', 'PUT /api/v1/account/language')
      .execute();
    expect(writes).toEqual([]);

    for (const payload of [{ language: 'fr' }, { language: 'zh' }, { language: 'ES' }, { language: 3 }, {}]) {
      const bad = await other.inject({ method: 'PUT', url: '/api/v1/account/language', payload });
      expect(bad.statusCode, JSON.stringify(payload)).toBe(400);
      expect(bad.json<ErrorBody>().error.issues[0]?.field).toBe('language');
    }
    expect((await other.inject({ method: 'GET', url: '/api/v1/account/language' })).json()).toMatchObject({
      language: 'vi',
    });

    // No session: no language to read or set (and nobody's is changed).
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/account/language' })).statusCode).toBe(401);
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/account/language',
      headers: { origin: 'http://localhost' },
      payload: { language: 'es' },
    });
    expect([401, 403]).toContain(anonymous.statusCode);

    // null forgets the choice: the browser decides again, and the suggestion is back.
    const cleared = await other.inject({ method: 'PUT', url: '/api/v1/account/language', payload: { language: null } });
    expect(cleared.json()).toEqual({ language: null, suggested: 'vi' });
    await other.inject({ method: 'PUT', url: '/api/v1/account/language', payload: { language: 'vi' } });
  });

  it('writes a Vietnamese-speaking parent’s reminder in Vietnamese, whatever language the reminders were set in', async () => {
    const child = await childWithOneDeadline(t.database, other.id, { givenName: 'Hoa', familyName: 'Nguyen' });
    await other.inject({
      method: 'PUT',
      url: '/api/v1/account/reminders',
      payload: { deadlineReminders: true, weeklyDigest: false, language: 'en' },
    });
    const mail = (await runJobs(clockOn(child.due, -7), other.email)).filter(
      (m) => m.header('list-unsubscribe') !== undefined,
    );
    expect(mail.map((m) => m.subject)).toHaveLength(1);
    expect(mail[0]?.subject).toMatch(/^Còn một tuần: .* của Hoa \(/u);
    expect(mail[0]?.text).toContain('Hạn chót này còn một tuần nữa:');
  });

  it('writes the password-reset mail in the chosen language, not the browser’s', async () => {
    const before = smtp.to(other.email).length;
    const asked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/request-password-reset',
      headers: { origin: 'http://localhost', 'accept-language': 'en-US,en;q=0.9' },
      payload: { email: other.email, redirectTo: '/reset-password' },
    });
    expect(asked.statusCode).toBe(200);
    const transport = createMailTransport(t.config);
    await sendDueMail(t.database, transport, TEST_CLOCK);
    transport.close();
    const reset = smtp.to(other.email).slice(before);
    expect(reset.map((m) => m.subject)).toEqual(['Đặt lại mật khẩu Binder của quý vị']);
  });
});
