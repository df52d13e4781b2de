import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { createMailTransport } from '../mail/mail-transport';
import { childWithOneDeadline, clockOn } from '../../test/helpers/reminder-world';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';
import { startTestSmtpServer, type TestSmtpServer } from '../../test/helpers/test-smtp-server';
import { createBackgroundJobs } from './background-jobs';

/**
 * Two Binder servers on one database: each with its own connection pool, transport and job runner, as two
 * `binder serve` processes would be. With BINDER_TEST_POSTGRES_URL set this is one PostgreSQL schema. SQLite is
 * served by one process (docs/scaling.md), so there the two job runners share the one connection, as two
 * overlapping passes of one server would.
 */
describe('background jobs on two servers sharing one database', () => {
  let smtp: TestSmtpServer;
  let t: SignedInTestApp;
  let second: Database;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createSignedInTestApp({ config: { smtpUrl: smtp.url } });
    second = t.config.databaseUrl === null ? t.database : openDatabase(t.config);
  }, 60_000);
  afterAll(async () => {
    if (second !== t.database) await second.close();
    await t.close();
    await smtp.stop();
  });

  it('sends exactly one reminder for a deadline 7 days out, however often both servers run their jobs', async () => {
    const { due } = await childWithOneDeadline(t.database, t.owner.id, { givenName: 'Amara', familyName: 'Okafor' });
    await t.owner.inject({
      method: 'PUT',
      url: '/api/v1/account/reminders',
      payload: { deadlineReminders: true, weeklyDigest: false, language: 'en' },
    });
    const clock = clockOn(due, -7);
    const server = (database: Database) =>
      createBackgroundJobs(
        {
          database,
          clock,
          transport: createMailTransport(t.config),
          baseUrl: 'http://localhost',
          secret: t.config.authSecret ?? '',
          log: () => undefined,
        },
        false,
      );
    const one = server(t.database);
    const two = server(second);
    const passes = await Promise.all([one.runOnce(), two.runOnce()]);
    const again = await Promise.all([one.runOnce(), two.runOnce()]);
    expect(again.map((pass) => pass.remindersQueued + pass.mail.sent)).toEqual([0, 0]);
    await Promise.all([one.stop(), two.stop()]);

    const reminders = smtp.to(t.owner.email).filter((m) => m.subject.startsWith('In a week:'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.subject).toBe(`In a week: Amara's access to records (${due})`);
    // Of the two runs that overlapped, one queued the reminder.
    expect(passes.reduce((sum, pass) => sum + pass.remindersQueued, 0)).toBe(1);
    const rows = await t.database.db
      .selectFrom('mail_messages')
      .select(['status'])
      .where('send_key', 'like', 'reminder:%')
      .execute();
    expect(rows).toEqual([{ status: 'sent' }]);
  });
});
