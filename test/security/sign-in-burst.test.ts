import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { passwordVerifications } from '../../server/auth/password-hashing';
import type { Clock } from '../../server/clock';
import { openDatabase } from '../../server/db/database';
import { buildApp } from '../../server/http/build-app';
import { createTestApp, TEST_CLOCK, type TestApp } from '../helpers/test-app';
import { signUp, TEST_ORIGIN, TEST_PASSWORD } from '../helpers/test-users';

// A burst of simultaneous sign-ins for one e-mail address (issue 13, point 3): the attempts are counted in the
// database before any password is checked, so the whole burst checks at most three passwords, even when it is
// spread over two app servers sharing the database, and the right password in the burst does not get in
// once the limit is hit. Runs on SQLite and again on PostgreSQL. Fictional people only.

const BURST = 30;
const FREE_ATTEMPTS = 3;

/** A clock the test moves forward, to let a delay pass. */
function movableClock(): Clock & { advanceSeconds(seconds: number): void } {
  let now = TEST_CLOCK.now().getTime();
  return {
    now: () => new Date(now),
    today: () => TEST_CLOCK.today(),
    advanceSeconds: (seconds) => {
      now += seconds * 1000;
    },
  };
}

function signIn(app: FastifyInstance, email: string, password: string): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin: TEST_ORIGIN },
    payload: { email, password },
  });
}

/** Fires every attempt at once, alternating between the apps, and counts the passwords actually checked. */
async function burst(
  apps: readonly FastifyInstance[],
  email: string,
  passwords: readonly string[],
): Promise<{ statuses: number[]; checked: number }> {
  const before = passwordVerifications();
  const responses = await Promise.all(
    passwords.map((password, i) => signIn(apps[i % apps.length] as FastifyInstance, email, password)),
  );
  return { statuses: responses.map((r) => r.statusCode), checked: passwordVerifications() - before };
}

function count(statuses: readonly number[], status: number): number {
  return statuses.filter((s) => s === status).length;
}

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of opened.splice(0).reverse()) await item.close();
});

async function appWithAccount(clock: Clock, email: string): Promise<TestApp> {
  const t = await createTestApp({ clock });
  opened.push(t);
  await signUp(t.app, { name: 'Rosa Delgado', email });
  return t;
}

describe('a burst of simultaneous sign-ins for one e-mail address', () => {
  it(`checks at most ${String(FREE_ATTEMPTS)} of ${String(BURST)} passwords; the right one in the burst stays out until the delay passes`, async () => {
    const clock = movableClock();
    const email = 'rosa.delgado@example.org';
    const t = await appWithAccount(clock, email);
    // 29 wrong guesses and, sent last, the right password.
    const passwords = [...Array.from({ length: BURST - 1 }, (_, i) => `wrong-guess-${String(i)}`), TEST_PASSWORD];

    const { statuses, checked } = await burst([t.app], email, passwords);
    console.log(`sign-in burst: ${String(BURST)} requests, ${String(checked)} passwords checked`);
    expect(checked).toBeLessThanOrEqual(FREE_ATTEMPTS);
    expect(checked).toBeGreaterThan(0);
    expect(count(statuses, 401)).toBe(checked);
    expect(count(statuses, 429)).toBe(BURST - checked);
    expect(statuses.at(-1)).toBe(429);

    // Still within the delay: the right password is refused without being checked.
    const before = passwordVerifications();
    expect((await signIn(t.app, email, TEST_PASSWORD)).statusCode).toBe(429);
    expect(passwordVerifications() - before).toBe(0);

    clock.advanceSeconds(5);
    const later = await signIn(t.app, email, TEST_PASSWORD);
    expect(later.statusCode, later.body).toBe(200);
    const row = await t.database.db.selectFrom('sign_in_failures').select('failures').executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('counts across two app servers on one database', async () => {
    const clock = movableClock();
    const email = 'tomas.ferreira@example.org';
    const t = await appWithAccount(clock, email);
    // A second server process's view: its own app and its own connections to the same database.
    const secondDatabase = openDatabase(t.config);
    const second = await buildApp({ config: t.config, database: secondDatabase, clock });
    await second.ready();
    opened.push({ close: () => secondDatabase.close() }, { close: () => second.close() });

    const passwords = Array.from({ length: BURST }, (_, i) => `wrong-guess-${String(i)}`);
    const { statuses, checked } = await burst([t.app, second], email, passwords);
    console.log(`sign-in burst over two servers: ${String(BURST)} requests, ${String(checked)} passwords checked`);
    expect(checked).toBeLessThanOrEqual(FREE_ATTEMPTS);
    expect(count(statuses, 401)).toBe(checked);
    expect(count(statuses, 429)).toBe(BURST - checked);
    const row = await t.database.db.selectFrom('sign_in_failures').select('failures').executeTakeFirstOrThrow();
    expect(row.failures).toBe(checked);
  });
});
