import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackgroundJobs, type BackgroundJobs } from '../jobs/background-jobs';
import { createMailTransport } from '../mail/mail-transport';
import { mondayOf } from '../services/reminder-services';
import type { Clock } from '../clock';
import { childWithOneDeadline, clockOn } from '../../test/helpers/reminder-world';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';
import { signUp, TEST_ORIGIN, type TestUser } from '../../test/helpers/test-users';
import { startTestSmtpServer, type TestSmtpServer } from '../../test/helpers/test-smtp-server';

interface ErrorBody {
  readonly error: { readonly code: string; readonly issues: readonly { readonly field: string }[] };
}

const ON = { deadlineReminders: true, weeklyDigest: false };

describe('deadline reminders by e-mail', () => {
  let smtp: TestSmtpServer;
  let t: SignedInTestApp;
  let other: TestUser;
  let child: { studentId: string; due: string };
  let otherChild: { studentId: string; due: string };

  /** Runs the jobs once as a server on `clock` would, and answers what arrived for `email` since. */
  async function runJobs(clock: Clock, email: string) {
    const before = smtp.to(email).length;
    const jobs: BackgroundJobs = createBackgroundJobs(
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
    return smtp
      .to(email)
      .slice(before)
      .filter((m) => m.header('list-unsubscribe') !== undefined);
  }

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createSignedInTestApp({ config: { smtpUrl: smtp.url } });
    other = await signUp(t.app, { name: 'Mateo Ruiz', email: 'mateo.ruiz@example.org' });
    child = await childWithOneDeadline(t.database, t.owner.id, { givenName: 'Amara', familyName: 'Okafor' });
    otherChild = await childWithOneDeadline(t.database, other.id, {
      givenName: 'Lucas',
      familyName: 'Ruiz',
      requestedOn: '2026-11-06',
    });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('is off until the person turns it on, and refuses settings it cannot keep with a 400 naming the field', async () => {
    const first = await t.owner.inject({ method: 'GET', url: '/api/v1/account/reminders' });
    expect(first.json()).toEqual({ deadlineReminders: false, weeklyDigest: false, language: 'en' });
    expect(await runJobs(clockOn(child.due, -7), t.owner.email)).toHaveLength(0);

    const bad = await t.owner.inject({
      method: 'PUT',
      url: '/api/v1/account/reminders',
      payload: { ...ON, language: 'fr' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.issues[0]?.field).toBe('language');
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/account/reminders' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('sends one reminder a week before, one the day before, one when passed unmet, in the chosen language', async () => {
    const saved = await t.owner.inject({
      method: 'PUT',
      url: '/api/v1/account/reminders',
      payload: { ...ON, language: 'en' },
    });
    expect(saved.json()).toEqual({ ...ON, language: 'en' });
    await other.inject({ method: 'PUT', url: '/api/v1/account/reminders', payload: { ...ON, language: 'es' } });

    const week = await runJobs(clockOn(child.due, -7), t.owner.email);
    expect(week.map((m) => m.subject)).toEqual([`In a week: Amara's access to records (${child.due})`]);
    const mail = week[0];
    expect(mail?.text).toContain('This deadline is a week away:');
    expect(mail?.text).toContain(`Amara: access to records, due ${child.due} (`);
    expect(mail?.text).toContain(`http://localhost/students/${child.studentId}/timeline`);
    // Nothing of the other family.
    expect(mail?.text).not.toContain('Lucas');
    expect(mail?.text).not.toContain(otherChild.studentId);
    expect(mail?.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail?.header('list-unsubscribe')).toMatch(
      /^<http:\/\/localhost\/api\/v1\/reminders\/unsubscribe\?token=[^>]+>$/,
    );

    // The family's activity log shows that Binder read the timeline to write it.
    const audit = await t.database.db
      .selectFrom('audit_entries')
      .select(['actor_role', 'entity', 'action', 'route'])
      .where('student_id', '=', child.studentId)
      .where('route', '=', 'job: deadline reminder')
      .execute();
    expect(audit).toEqual([
      { actor_role: 'system', entity: 'case-event', action: 'read', route: 'job: deadline reminder' },
    ]);

    // Again the same day, or the next: nothing new.
    expect(await runJobs(clockOn(child.due, -7), t.owner.email)).toHaveLength(0);
    expect(await runJobs(clockOn(child.due, -6), t.owner.email)).toHaveLength(0);
    expect((await runJobs(clockOn(child.due, -1), t.owner.email)).map((m) => m.subject)).toEqual([
      `Tomorrow: Amara's access to records (${child.due})`,
    ]);
    expect((await runJobs(clockOn(child.due, 1), t.owner.email)).map((m) => m.subject)).toEqual([
      `Passed unmet: Amara's access to records (${child.due})`,
    ]);

    const spanish = await runJobs(clockOn(otherChild.due, -7), other.email);
    expect(spanish.map((m) => m.subject)).toEqual([
      `En una semana: acceso a los expedientes de Lucas (${otherChild.due})`,
    ]);
    expect(spanish[0]?.text).toContain('Hola, Mateo Ruiz:');
    expect(spanish[0]?.text).not.toContain('Amara');
  });

  it('stops every reminder with the one-click unsubscribe POST, without a session or an Origin', async () => {
    const later = await runJobs(clockOn(child.due, -7), t.owner.email);
    expect(later).toHaveLength(0);
    // The last reminder's header names the address to POST to.
    const last = smtp
      .to(t.owner.email)
      .filter((m) => m.header('list-unsubscribe') !== undefined)
      .at(-1);
    const target = new URL(/^<(.+)>$/.exec(last?.header('list-unsubscribe') ?? '')?.[1] ?? '');
    const forged = await t.app.inject({
      method: 'POST',
      url: `/api/v1/reminders/unsubscribe?token=${encodeURIComponent(`${other.id}.not-the-signature`)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(forged.statusCode).toBe(404);
    const answer = await t.app.inject({
      method: 'POST',
      url: `${target.pathname}${target.search}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(answer.statusCode).toBe(204);
    const settings = await t.owner.inject({ method: 'GET', url: '/api/v1/account/reminders' });
    expect(settings.json()).toMatchObject({ deadlineReminders: false, weeklyDigest: false });
    // The other person's reminders are untouched.
    const theirs = await other.inject({ method: 'GET', url: '/api/v1/account/reminders' });
    expect(theirs.json()).toMatchObject({ deadlineReminders: true });
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reminders/unsubscribe',
      headers: { origin: TEST_ORIGIN },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<ErrorBody>().error.issues[0]?.field).toBe('token');
  });

  it('sends the weekly digest once a week, with only the person’s own children', async () => {
    await t.owner.inject({
      method: 'PUT',
      url: '/api/v1/account/reminders',
      payload: { deadlineReminders: false, weeklyDigest: true, language: 'en' },
    });
    const monday = mondayOf(child.due);
    const first = await runJobs(clockOn(monday), t.owner.email);
    expect(first.map((m) => m.subject)).toEqual([`Your deadlines, week of ${monday}`]);
    expect(first[0]?.text).toContain(`Amara: access to records, due ${child.due}`);
    expect(first[0]?.text).not.toContain('Lucas');
    // The rest of the week: nothing; the next Monday: the next digest.
    expect(await runJobs(clockOn(monday, 4), t.owner.email)).toHaveLength(0);
    expect((await runJobs(clockOn(monday, 7), t.owner.email)).map((m) => m.subject)).toEqual([
      `Your deadlines, week of ${clockOn(monday, 7).today()}`,
    ]);
  });
});
