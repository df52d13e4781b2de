import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { openDatabase } from '../db/database';
import { findMailBySendKey, queueMail } from '../db/mail-queries';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { startTestSmtpServer, type TestSmtpServer } from '../../test/helpers/test-smtp-server';
import { nextAttemptAfter, sendDueMail } from './mail-sender';
import { createMailTransport, outboxFolder } from './mail-transport';

const T0 = '2026-11-28T15:00:00.000Z';
const at = (seconds: number) => fixedClock(new Date(Date.parse(T0) + seconds * 1000).toISOString(), '2026-11-28');

const MESSAGE = {
  userId: null,
  to: 'rosa.delgado@example.org',
  subject: 'A test message (fictional)',
  body: 'Hello Rosa,\n\nThis is a test.\n',
  headers: { 'List-Unsubscribe': '<http://localhost/api/v1/reminders/unsubscribe?token=x>' },
};

describe('the mail queue over a real SMTP server', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp();
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('queues a message once per send key, sends it once, and empties its body once sent', async () => {
    const transport = createMailTransport({ ...t.config, smtpUrl: smtp.url });
    expect(await queueMail(t.database.db, { ...MESSAGE, sendKey: 'test:once' }, T0)).toBe(true);
    expect(await queueMail(t.database.db, { ...MESSAGE, sendKey: 'test:once', subject: 'again' }, T0)).toBe(false);
    expect(await sendDueMail(t.database, transport, at(0))).toEqual({ sent: 1, failed: 0 });
    expect(await sendDueMail(t.database, transport, at(3600))).toEqual({ sent: 0, failed: 0 });
    transport.close();

    const received = smtp.to(MESSAGE.to);
    expect(received).toHaveLength(1);
    expect(received[0]?.subject).toBe(MESSAGE.subject);
    expect(received[0]?.text).toContain('This is a test.');
    expect(received[0]?.parsed.from?.value).toEqual([{ name: 'Binder', address: 'binder@example.org' }]);
    expect(received[0]?.header('list-unsubscribe')).toBe(MESSAGE.headers['List-Unsubscribe']);
    expect(received[0]?.parsed.messageId).toMatch(/^<.+@example\.org>$/);
    const row = await t.database.db
      .selectFrom('mail_messages')
      .select(['status', 'body', 'sent_at'])
      .where('send_key', '=', 'test:once')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'sent', body: '', sent_at: T0 });
  });

  it('keeps a message queued while the mail server is down, retries with backoff, and sends it once', async () => {
    const address = 'tomas.reyes@example.org';
    const transport = createMailTransport({ ...t.config, smtpUrl: smtp.url });
    await queueMail(t.database.db, { ...MESSAGE, to: address, sendKey: 'test:down' }, T0);
    await smtp.stop();

    expect(await sendDueMail(t.database, transport, at(0))).toEqual({ sent: 0, failed: 1 });
    const first = await findMailBySendKey(t.database.db, 'test:down');
    expect(first).toMatchObject({ status: 'queued', attempts: 1, next_attempt_at: nextAttemptAfter(new Date(T0), 1) });
    expect(first?.last_error).not.toBeNull();
    // Not due again before its next attempt.
    expect(await sendDueMail(t.database, transport, at(30))).toEqual({ sent: 0, failed: 0 });
    // Still down a minute later: the wait doubles.
    expect(await sendDueMail(t.database, transport, at(60))).toEqual({ sent: 0, failed: 1 });
    expect(await findMailBySendKey(t.database.db, 'test:down')).toMatchObject({
      status: 'queued',
      attempts: 2,
      next_attempt_at: nextAttemptAfter(at(60).now(), 2),
    });
    expect(nextAttemptAfter(at(60).now(), 2)).toBe(new Date(Date.parse(T0) + 180_000).toISOString());

    await smtp.start();
    expect(await sendDueMail(t.database, transport, at(180))).toEqual({ sent: 1, failed: 0 });
    expect(await sendDueMail(t.database, transport, at(100_000))).toEqual({ sent: 0, failed: 0 });
    transport.close();
    expect(smtp.to(address)).toHaveLength(1);
    expect(await findMailBySendKey(t.database.db, 'test:down')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('never waits more than six hours between attempts', () => {
    expect(nextAttemptAfter(new Date(T0), 1)).toBe('2026-11-28T15:01:00.000Z');
    expect(nextAttemptAfter(new Date(T0), 50)).toBe('2026-11-28T21:00:00.000Z');
  });

  it('sends a message once when two senders with their own connections race for it', async () => {
    const address = 'lucia.ferrer@example.org';
    const second = openDatabase(t.config);
    const one = createMailTransport({ ...t.config, smtpUrl: smtp.url });
    const two = createMailTransport({ ...t.config, smtpUrl: smtp.url });
    try {
      for (let index = 0; index < 5; index++) {
        await queueMail(t.database.db, { ...MESSAGE, to: address, sendKey: `test:race:${String(index)}` }, T0);
      }
      const passes = await Promise.all([
        sendDueMail(t.database, one, at(0)),
        sendDueMail(second, two, at(0)),
        sendDueMail(t.database, one, at(0)),
      ]);
      expect(passes.reduce((sum, pass) => sum + pass.sent, 0)).toBe(5);
      expect(smtp.to(address)).toHaveLength(5);
    } finally {
      one.close();
      two.close();
      await second.close();
    }
  });

  it('writes each message as an .eml file in the outbox when no SMTP server is configured', async () => {
    const transport = createMailTransport({ ...t.config, smtpUrl: null });
    expect(transport.destination).toContain(outboxFolder(t.config));
    await queueMail(t.database.db, { ...MESSAGE, to: 'outbox@example.org', sendKey: 'test:outbox' }, T0);
    expect(await sendDueMail(t.database, transport, at(0))).toEqual({ sent: 1, failed: 0 });
    transport.close();
    const files = readdirSync(outboxFolder(t.config)).filter((name) => name.endsWith('.eml'));
    expect(files).toHaveLength(1);
    const eml = readFileSync(join(outboxFolder(t.config), files[0] ?? ''), 'utf8');
    expect(eml).toContain('To: outbox@example.org');
    expect(eml).toContain('Subject: A test message (fictional)');
    expect(eml).toContain('This is a test.');
  });
});
