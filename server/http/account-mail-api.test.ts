import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationMail } from '../../core/mail/mail-texts';
import { sendDueMail } from '../mail/mail-sender';
import { createMailTransport, type MailTransport } from '../mail/mail-transport';
import { createSignedInTestApp, TEST_CLOCK, TEST_OWNER, type SignedInTestApp } from '../../test/helpers/test-app';
import { addOwnedChild } from '../../test/helpers/child-record-fixture';
import { signIn, signUp, TEST_ORIGIN, TEST_PASSWORD } from '../../test/helpers/test-users';
import { startTestSmtpServer, type TestSmtpServer, type ReceivedMail } from '../../test/helpers/test-smtp-server';

interface ErrorBody {
  readonly error: { readonly code: string; readonly issues: readonly { readonly field: string }[] };
}
interface SessionBody {
  readonly user: { readonly email: string } | null;
}

const NEW_PASSWORD = 'copper-meadow-signal-77';

/** The one link in a message's text that starts with `prefix`. */
function linkIn(mail: ReceivedMail | undefined, prefix: string): URL {
  const match = new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\S*`).exec(mail?.text ?? '');
  if (match === null) throw new Error(`no link starting ${prefix} in: ${mail?.text ?? '(no message)'}`);
  return new URL(match[0]);
}

describe('account mail through a real SMTP server', () => {
  let smtp: TestSmtpServer;
  let t: SignedInTestApp;
  let transport: MailTransport;
  const deliver = () => sendDueMail(t.database, transport, TEST_CLOCK);
  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { origin: TEST_ORIGIN, ...headers }, payload: payload as object });

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createSignedInTestApp({ config: { smtpUrl: smtp.url } });
    transport = createMailTransport(t.config);
  }, 60_000);
  afterAll(async () => {
    transport.close();
    await t.close();
    await smtp.stop();
  });

  it('confirms a new address by e-mail: the link in the message marks it verified', async () => {
    await deliver();
    const mail = smtp.to(TEST_OWNER.email).find((m) => m.subject === 'Confirm your e-mail address for Binder');
    expect(mail?.text).toContain(`Hello ${TEST_OWNER.name},`);
    const link = linkIn(mail, 'http://localhost/api/auth/verify-email?token=');
    const answer = await t.app.inject({ method: 'GET', url: `${link.pathname}${link.search}` });
    expect(answer.statusCode).toBe(302);
    expect(answer.headers.location).toBe('/');
    const user = await t.database.db
      .selectFrom('users')
      .select('email_verified')
      .where('email', '=', TEST_OWNER.email)
      .executeTakeFirstOrThrow();
    expect(Boolean(user.email_verified)).toBe(true);
  });

  it('answers a reset request the same whether or not the address has an account', async () => {
    const known = await post('/api/auth/request-password-reset', { email: TEST_OWNER.email });
    const unknown = await post('/api/auth/request-password-reset', { email: 'nobody-here@example.org' });
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    expect(unknown.json()).toEqual(known.json());
    await deliver();
    expect(smtp.to('nobody-here@example.org')).toHaveLength(0);
  });

  it('resets a password with the mailed link once: every session ends, the new password signs in', async () => {
    const other = await signIn(t.app, TEST_OWNER.email);
    const before = smtp.to(TEST_OWNER.email).length;
    expect((await post('/api/auth/request-password-reset', { email: TEST_OWNER.email })).statusCode).toBe(200);
    await deliver();
    const mails = smtp.to(TEST_OWNER.email).slice(before);
    expect(mails.map((m) => m.subject)).toEqual(['Reset your Binder password']);
    expect(mails[0]?.text).toContain('within 30 minutes');
    const link = linkIn(mails[0], 'http://localhost/reset-password?token=');
    const token = link.searchParams.get('token') ?? '';

    // The link works for 30 minutes.
    const stored = await t.database.db
      .selectFrom('verifications')
      .select(['created_at', 'expires_at'])
      .where('identifier', '=', `reset-password:${token}`)
      .executeTakeFirstOrThrow();
    const lifetime = new Date(stored.expires_at).getTime() - new Date(stored.created_at).getTime();
    expect(Math.round(lifetime / 1000)).toBe(30 * 60);

    const weak = await post('/api/auth/reset-password', { token, newPassword: 'password' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<ErrorBody>().error.issues[0]?.field).toBe('newPassword');

    const reset = await post('/api/auth/reset-password', { token, newPassword: NEW_PASSWORD });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({ status: true, email: TEST_OWNER.email });

    // Every session ended: the one from before, and the other device's.
    for (const user of [t.owner, other]) {
      const session = await user.inject({ method: 'GET', url: '/api/v1/session' });
      expect(session.json<SessionBody>().user).toBeNull();
    }
    await expect(signIn(t.app, TEST_OWNER.email, TEST_PASSWORD)).rejects.toThrow(/401/);
    const again = await signIn(t.app, TEST_OWNER.email, NEW_PASSWORD);
    expect((await again.inject({ method: 'GET', url: '/api/v1/session' })).json<SessionBody>().user?.email).toBe(
      TEST_OWNER.email,
    );

    // Single use.
    const reused = await post('/api/auth/reset-password', { token, newPassword: 'another-brand-new-phrase-93' });
    expect(reused.statusCode).toBe(400);
    expect(reused.json<ErrorBody>().error.code).toBe('invalid-token');
  });

  it('writes account mail in Spanish when the browser asks in Spanish', async () => {
    const before = smtp.to(TEST_OWNER.email).length;
    await post(
      '/api/auth/request-password-reset',
      { email: TEST_OWNER.email },
      { 'accept-language': 'es-MX,es;q=0.9' },
    );
    await deliver();
    const mail = smtp.to(TEST_OWNER.email)[before];
    expect(mail?.subject).toBe('Restablecer su contraseña de Binder');
    expect(mail?.text).toContain(`Hola, ${TEST_OWNER.name}:`);
    expect(mail?.text).toContain('30 minutos');
    linkIn(mail, 'http://localhost/reset-password?token=');
  });

  it('tells the owner when someone signs up with their address, and answers the stranger as for a new one', async () => {
    const before = smtp.to(TEST_OWNER.email).length;
    const fresh = await post('/api/auth/sign-up/email', {
      name: 'Elena Marsh',
      email: 'elena.marsh@example.org',
      password: TEST_PASSWORD,
    });
    const taken = await post('/api/auth/sign-up/email', {
      name: 'Someone Else',
      email: TEST_OWNER.email,
      password: 'a-different-long-phrase-61',
    });
    expect(taken.statusCode).toBe(fresh.statusCode);
    expect(taken.json()).toEqual(fresh.json());
    // A second try the same day sends no second notice.
    await post('/api/auth/sign-up/email', { name: 'Someone Else', email: TEST_OWNER.email, password: TEST_PASSWORD });
    await deliver();
    const notices = smtp
      .to(TEST_OWNER.email)
      .slice(before)
      .filter((m) => m.subject === 'Someone tried to sign up to Binder with your address');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).not.toContain('Someone Else');
    linkIn(notices[0], 'http://localhost/forgot-password');
    // The stranger's own address gets only its confirmation.
    expect(smtp.to('elena.marsh@example.org').map((m) => m.subject)).toEqual([
      'Confirm your e-mail address for Binder',
    ]);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const email = await post('/api/auth/request-password-reset', { email: 'not-an-address' });
    expect(email.statusCode).toBe(400);
    expect(email.json<ErrorBody>().error.issues[0]?.field).toBe('email');
    const token = await post('/api/auth/reset-password', { newPassword: NEW_PASSWORD });
    expect(token.statusCode).toBe(400);
    expect(token.json<ErrorBody>().error.issues[0]?.field).toBe('token');
    const unknown = await post('/api/auth/reset-password', { token: 'made-up-token', newPassword: NEW_PASSWORD });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorBody>().error.code).toBe('invalid-token');
  });
});

describe('invitations sent by e-mail', () => {
  let smtp: TestSmtpServer;
  let t: SignedInTestApp;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createSignedInTestApp({ config: { smtpUrl: smtp.url } });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('mails the link as well as showing it, in the language asked for, and the mailed link works', async () => {
    const { studentId } = await addOwnedChild(t.database, t.owner.id, { givenName: 'Amara', familyName: 'Okafor' });
    await addOwnedChild(t.database, t.owner.id, { givenName: 'Zuri', familyName: 'Okafor' });
    const created = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/invitations`,
      payload: { role: 'advocate', note: 'For Rosa only', email: 'rosa.advocate@example.org', language: 'es' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ emailedTo: 'rosa.advocate@example.org' });
    const transport = createMailTransport(t.config);
    await sendDueMail(t.database, transport, TEST_CLOCK);
    transport.close();

    const [mail, ...more] = smtp.to('rosa.advocate@example.org');
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe(`${TEST_OWNER.name} le invita a ver el expediente de Amara en Binder`);
    expect(mail?.text).toContain('como defensor');
    // The family's private note and the other child stay out of the message.
    expect(mail?.text).not.toContain('Rosa only');
    expect(mail?.text).not.toContain('Zuri');
    const link = linkIn(mail, 'http://localhost/invite/');
    const token = link.pathname.slice('/invite/'.length);
    expect(token).toBe(created.json<{ token: string }>().token);

    const rosa = await signUp(t.app, { name: 'Rosa Vega', email: 'rosa.advocate@example.org' });
    const preview = await rosa.inject({ method: 'POST', url: '/api/v1/invitations/preview', payload: { token } });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ childGivenName: 'Amara', role: 'advocate' });
  });

  it('mails the invitation in Arabic when the inviter’s page is in Arabic, and refuses a language Binder lacks', async () => {
    const { studentId } = await addOwnedChild(t.database, t.owner.id, { givenName: 'Layla', familyName: 'Haddad' });
    const refused = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/invitations`,
      payload: { role: 'co-parent', email: 'samir.haddad@example.org', language: 'fr' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorBody>().error.issues[0]?.field).toBe('language');
    const created = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/invitations`,
      payload: { role: 'co-parent', email: 'samir.haddad@example.org', language: 'ar' },
    });
    expect(created.statusCode).toBe(201);
    const transport = createMailTransport(t.config);
    await sendDueMail(t.database, transport, TEST_CLOCK);
    transport.close();
    const [mail] = smtp.to('samir.haddad@example.org');
    // The subject as core/mail words it in Arabic, with the names the server fills in.
    const expected = invitationMail('ar', {
      inviterName: TEST_OWNER.name,
      childName: 'Layla',
      role: 'co-parent',
      link: 'http://localhost/invite/x',
      expiresOn: '2026-01-01',
    });
    expect(mail?.subject).toBe(expected.subject);
    expect(mail?.subject).toMatch(/[\u0600-\u06FF]/);
  });

  it('makes a link without mail when no address is given, and refuses a bad address naming the field', async () => {
    const { studentId } = await addOwnedChild(t.database, t.owner.id, { givenName: 'Kofi', familyName: 'Mensah' });
    const plain = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/invitations`,
      payload: { role: 'co-parent' },
    });
    expect(plain.json()).toMatchObject({ emailedTo: null });
    const bad = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/invitations`,
      payload: { role: 'co-parent', email: 'not an address' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.issues[0]?.field).toBe('email');
    const rows = await t.database.db
      .selectFrom('invitations')
      .select('id')
      .where('student_id', '=', studentId)
      .execute();
    expect(rows).toHaveLength(1);
  });
});
