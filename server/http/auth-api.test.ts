import Fastify, { type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesAfter, lastAuditSeq } from '../../test/helpers/audit-entries';
import { createTestApp, TEST_CLOCK, type TestApp } from '../../test/helpers/test-app';
import {
  asUser,
  sessionCookieFrom,
  signIn,
  signUp,
  TEST_ORIGIN,
  TEST_PASSWORD,
  type TestUser,
} from '../../test/helpers/test-users';
import { createAuth } from '../auth/auth';
import { passwordHashes } from '../auth/password-hashing';
import { registerAccessControl } from './access-control';
import { buildApp } from './build-app';
import { PUBLIC } from './route-access';

// Accounts over HTTP (ASVS v5.0.0 chapters 6 and 7; docs/decisions/0007 and 0017): sign-up rules, the session
// cookie, sign-in throttling, idle and absolute session limits, password change, argon2id, and CSRF.
// Every person is fictional. Sessions live in real time (better-auth stamps them with it), so session rows are
// edited relative to the real time; the sign-in throttle uses the app's fixed clock (2026-11-28T15:00Z).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

interface ErrorBody {
  error: { code: string; message: string; issues?: { field: string; message: string }[] };
}

async function countRows(table: 'users' | 'accounts' | 'sessions' | 'students' | 'audit_entries'): Promise<number> {
  const row = await t.database.db
    .selectFrom(table)
    .select(({ fn }) => fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function signUpRequest(payload: Record<string, unknown>, headers: Record<string, string> = { origin: TEST_ORIGIN }) {
  return t.app.inject({ method: 'POST', url: '/api/auth/sign-up/email', headers, payload });
}

function signInRequest(email: string, password: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin: TEST_ORIGIN },
    payload: { email, password },
  });
}

/** Who the cookie signs in, as GET /api/v1/session answers (null: nobody). */
async function sessionUser(cookie: string): Promise<string | null> {
  const response = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
  return response.json<{ user: { email: string } | null }>().user?.email ?? null;
}

function setCookies(response: LightMyRequestResponse): string[] {
  const raw = response.headers['set-cookie'];
  return Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
}

async function sessionRowsOf(userId: string): Promise<{ id: string }[]> {
  return t.database.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute();
}

describe('sign-up', () => {
  it('refuses a short, common, stretched common or easily guessed password and a bad e-mail, naming the field, writing nothing', async () => {
    const users = await countRows('users');
    const accounts = await countRows('accounts');
    const sessions = await countRows('sessions');
    const person = { name: 'Nadia Okafor', email: 'nadia.okafor@example.org' };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...person, password: 'short-pw-11' }, 'password', 'use at least 12 characters'],
      [
        { ...person, password: 'password1234' },
        'password',
        'this password is on a list of common or breached passwords; choose another',
      ],
      [
        { ...person, password: 'iloveyou12345' },
        'password',
        'this password is a common password with numbers or symbols added; choose another',
      ],
      [
        { ...person, password: 'PASSWORD1234' },
        'password',
        'this password is on a list of common or breached passwords; choose another',
      ],
      [
        { ...person, password: 'aaaaaaaaaaaa' },
        'password',
        'this password is too easy to guess: it repeats a character or a group of characters; use a longer phrase of unrelated words',
      ],
      [
        { ...person, password: 'abcdefghijkl' },
        'password',
        'this password is too easy to guess: it is a sequence like abcd or 1234; use a longer phrase of unrelated words',
      ],
      [
        { ...person, password: ' '.repeat(12) },
        'password',
        'this password is too easy to guess: it repeats a character or a group of characters; use a longer phrase of unrelated words',
      ],
      [
        { ...person, password: 'okafornadia1' },
        'password',
        'this password is too easy to guess: it contains your name or e-mail address; use a longer phrase of unrelated words',
      ],
      [
        { ...person, email: 'nadia.okafor', password: TEST_PASSWORD },
        'email',
        'expected an e-mail address like name@example.org',
      ],
      [{ ...person, name: ' ', password: TEST_PASSWORD }, 'name', 'enter your name'],
    ];
    for (const [payload, field, message] of cases) {
      const response = await signUpRequest(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      const body = response.json<ErrorBody>();
      expect(body.error).toMatchObject({ code: 'invalid-input', message: `${field}: ${message}` });
      expect(body.error.issues).toContainEqual({ field, message });
      expect(setCookies(response)).toEqual([]);
    }
    expect(await countRows('users')).toBe(users);
    expect(await countRows('accounts')).toBe(accounts);
    expect(await countRows('sessions')).toBe(sessions);
  });

  it('answers a known e-mail exactly as a new one: same status and body, no cookie, and a password hashed', async () => {
    const fresh = await signUpRequest({
      name: 'Imani Brooks',
      email: 'imani.brooks@example.org',
      password: TEST_PASSWORD,
    });
    const hashesBefore = passwordHashes();
    // The same e-mail again (in other case), with another password: nothing tells that it is known.
    const known = await signUpRequest({
      name: 'Imani B',
      email: 'Imani.Brooks@example.org',
      password: 'quartz-meadow-falcon-73',
    });
    expect(passwordHashes() - hashesBefore).toBe(1);
    for (const response of [fresh, known]) {
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ next: 'sign-in' });
      expect(setCookies(response)).toEqual([]);
    }
    expect(Object.keys(known.headers).sort()).toEqual(Object.keys(fresh.headers).sort());
    const rows = await t.database.db
      .selectFrom('users')
      .select('name')
      .where('email', '=', 'imani.brooks@example.org')
      .execute();
    expect(rows).toEqual([{ name: 'Imani Brooks' }]);
    // The owner's password still works; the stranger's does not.
    expect((await signInRequest('imani.brooks@example.org', 'quartz-meadow-falcon-73')).statusCode).toBe(401);
    expect((await signInRequest('imani.brooks@example.org', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('signs in with a __Host- cookie: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain; no token in the body', async () => {
    await signUpRequest({ name: 'Kofi Mensah', email: 'kofi.mensah@example.org', password: TEST_PASSWORD });
    const response = await signInRequest('kofi.mensah@example.org', TEST_PASSWORD);
    expect(response.statusCode, response.body).toBe(200);
    const cookie = setCookies(response).find((c) => c.startsWith('__Host-binder.session='));
    expect(cookie).toBeDefined();
    const attributes = (cookie ?? '')
      .split(';')
      .slice(1)
      .map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=lax', 'path=/']));
    expect(attributes.some((a) => a.startsWith('domain'))).toBe(false);
    // Only a session cookie with the __Host- prefix is ever set with a value.
    for (const other of setCookies(response).filter((c) => !c.startsWith('__Host-'))) expect(other).toMatch(/^[^=]+=;/);
    const sessionCookie = sessionCookieFrom(response);
    expect(await sessionUser(sessionCookie)).toBe('kofi.mensah@example.org');

    // The session token travels in the HttpOnly cookie only, never in a body a script could read.
    const rawToken = decodeURIComponent(sessionCookie.split('=')[1] ?? '').split('.')[0] ?? '';
    expect(rawToken.length).toBeGreaterThan(10);
    const kofi = await asUser(t.app, sessionCookie);
    const session = await kofi.inject({ method: 'GET', url: '/api/auth/get-session' });
    const changed = await kofi.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'copper-kettle-orchard-58' },
    });
    for (const answer of [response, session, changed]) {
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.body).not.toContain(rawToken);
      expect(answer.body).not.toMatch(/"token"/);
    }
    expect(response.json()).toMatchObject({ user: { email: 'kofi.mensah@example.org' } });
  });

  it('stores the password as an argon2id PHC string with the OWASP parameters, never the password', async () => {
    const user = await signUp(t.app, { name: 'Tomás Reyes', email: 'tomas.reyes@example.org' });
    const account = await t.database.db
      .selectFrom('accounts')
      .select(['password', 'provider_id'])
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(account.provider_id).toBe('credential');
    expect(account.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(account.password).not.toContain(TEST_PASSWORD);
  });
});

describe('sign-in and sign-out', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await signUp(t.app, { name: 'Grace Lindqvist', email: 'grace.lindqvist@example.org' });
  });

  it('signs in with a new session cookie (never the old one), and signs out ending that session', async () => {
    const second = await signIn(t.app, 'Grace.Lindqvist@example.org');
    expect(second.cookie).not.toBe(user.cookie);
    expect(await sessionUser(second.cookie)).toBe('grace.lindqvist@example.org');
    expect(await sessionRowsOf(user.id)).toHaveLength(2);

    const out = await second.inject({ method: 'POST', url: '/api/auth/sign-out', payload: {} });
    expect(out.statusCode, out.body).toBe(200);
    expect(setCookies(out).find((c) => c.startsWith('__Host-binder.session='))).toMatch(
      /^__Host-binder\.session=;.*Max-Age=0/,
    );
    expect(await sessionUser(second.cookie)).toBeNull();
    expect(await sessionRowsOf(user.id)).toHaveLength(1);
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/students', headers: { cookie: second.cookie } });
    expect(refused.statusCode).toBe(401);
    expect(refused.json<ErrorBody>().error.code).toBe('not-signed-in');
    // The first session is untouched.
    expect(await sessionUser(user.cookie)).toBe('grace.lindqvist@example.org');
  });

  it('refuses a cookie whose token or signature was changed, even right after the same cookie was accepted', async () => {
    const signedIn = await signIn(t.app, 'grace.lindqvist@example.org');
    // Accepted first, so the check of this exact header is remembered (server/auth/verified-cookies.ts).
    expect(await sessionUser(signedIn.cookie)).toBe('grace.lindqvist@example.org');
    const [name, value] = signedIn.cookie.split('=') as [string, string];
    const [token, signature] = decodeURIComponent(value).split('.') as [string, string];
    const flipped = (text: string, at: number) =>
      `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
    const changedSignature = `${name}=${encodeURIComponent(`${token}.${flipped(signature, 3)}`)}`;
    const changedToken = `${name}=${encodeURIComponent(`${flipped(token, 3)}.${signature}`)}`;
    expect(await sessionUser(changedSignature)).toBeNull();
    expect(await sessionUser(changedToken)).toBeNull();
    // Another cookie beside the session's makes another header: checked in full, and accepted.
    expect(await sessionUser(`theme=dark; ${signedIn.cookie}`)).toBe('grace.lindqvist@example.org');
    expect(await sessionUser(signedIn.cookie)).toBe('grace.lindqvist@example.org');
  });

  it('ends the session on a sign-out sent without a body, as a plain API client sends it', async () => {
    const third = await signIn(t.app, 'grace.lindqvist@example.org');
    const out = await third.inject({ method: 'POST', url: '/api/auth/sign-out' });
    expect(out.statusCode, out.body).toBe(200);
    expect(await sessionUser(third.cookie)).toBeNull();
  });

  it('answers a wrong password and an unknown e-mail alike with 401, and sets no cookie', async () => {
    const wrong = await signInRequest('grace.lindqvist@example.org', 'not-the-right-password');
    const unknown = await signInRequest('nobody.here@example.org', TEST_PASSWORD);
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json<ErrorBody>().error).toEqual({
        code: 'invalid-email-or-password',
        message: 'wrong e-mail or password',
      });
      expect(setCookies(response).filter((c) => /^__Host-binder\.session=[^;]/.test(c))).toEqual([]);
    }
  });
});

describe('growing delays after failed sign-ins', () => {
  const email = 'owen.hartley@example.org';
  beforeAll(async () => {
    await signUp(t.app, { name: 'Owen Hartley', email });
  });

  /** Lets the current delay pass, as if the time had gone by (the app's clock is fixed). */
  async function waitOut(): Promise<void> {
    await t.database.db
      .updateTable('sign_in_failures')
      .set({ blocked_until: TEST_CLOCK.now().toISOString() })
      .where('key', '=', email)
      .execute();
  }

  async function failures(): Promise<number | null> {
    const row = await t.database.db
      .selectFrom('sign_in_failures')
      .select('failures')
      .where('key', '=', email)
      .executeTakeFirst();
    return row?.failures ?? null;
  }

  it('allows three failures, then answers 429 with Retry-After 5, 10, 20 s, even for the right password', async () => {
    for (let i = 1; i <= 3; i += 1) {
      expect((await signInRequest(email, `wrong-password-${String(i)}`)).statusCode).toBe(401);
    }
    const retryAfter: number[] = [];
    for (const _round of [1, 2, 3]) {
      const blocked = await signInRequest(email, TEST_PASSWORD);
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json<ErrorBody>().error.code).toBe('rate-limited');
      retryAfter.push(Number(blocked.headers['retry-after']));
      // The same wait for another spelling of the address: the delay is per account, not per string.
      expect((await signInRequest(email.toUpperCase(), TEST_PASSWORD)).statusCode).toBe(429);
      await waitOut();
      expect((await signInRequest(email, 'still-the-wrong-one')).statusCode).toBe(401);
    }
    expect(retryAfter).toEqual([5, 10, 20]);
    expect(await failures()).toBe(6);
    const blocked = await signInRequest(email, TEST_PASSWORD);
    expect(Number(blocked.headers['retry-after'])).toBe(40);
  });

  it('resets after a successful sign-in once the delay has passed', async () => {
    await waitOut();
    const ok = await signInRequest(email, TEST_PASSWORD);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await failures()).toBeNull();
    expect((await signInRequest(email, 'wrong-again')).statusCode).toBe(401);
    expect((await signInRequest(email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('session limits', () => {
  it('ends a session idle for 30 minutes', async () => {
    const user = await signUp(t.app, { name: 'Priya Natarajan', email: 'priya.natarajan@example.org' });
    const [row] = await sessionRowsOf(user.id);
    const stored = await t.database.db
      .selectFrom('sessions')
      .select('expires_at')
      .where('id', '=', row?.id ?? '')
      .executeTakeFirstOrThrow();
    // better-auth sets the idle expiry 30 minutes after the last refresh (real time).
    const idleMs = new Date(stored.expires_at).getTime() - Date.now();
    expect(idleMs).toBeGreaterThan(29 * 60_000);
    expect(idleMs).toBeLessThanOrEqual(30 * 60_000);

    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', user.id)
      .execute();
    expect(await sessionUser(user.cookie)).toBeNull();
    const refused = await user.inject({ method: 'GET', url: '/api/v1/students' });
    expect(refused.statusCode).toBe(401);
  });

  it('ends a session 12 hours after sign-in however active, deleting it', async () => {
    const user = await signUp(t.app, { name: 'Mei Tanaka', email: 'mei.tanaka@example.org' });
    const fresh = new Date(Date.now() + 20 * 60_000).toISOString();
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

    // 11 hours after sign-in: still signed in.
    await t.database.db
      .updateTable('sessions')
      .set({ created_at: hoursAgo(11), expires_at: fresh })
      .where('user_id', '=', user.id)
      .execute();
    expect((await user.inject({ method: 'GET', url: '/api/v1/students' })).statusCode).toBe(200);

    await t.database.db
      .updateTable('sessions')
      .set({ created_at: hoursAgo(13), expires_at: fresh })
      .where('user_id', '=', user.id)
      .execute();
    const refused = await user.inject({ method: 'GET', url: '/api/v1/students' });
    expect(refused.statusCode).toBe(401);
    expect(refused.json<ErrorBody>().error.code).toBe('not-signed-in');
    expect(setCookies(refused).some((c) => /^__Host-binder\.session=;.*Max-Age=0/.test(c))).toBe(true);
    expect(await sessionRowsOf(user.id)).toEqual([]);
    expect(await sessionUser(user.cookie)).toBeNull();
  });
});

describe('changing the password', () => {
  it('ends every other session, keeps the caller signed in, and only the new password works', async () => {
    const email = 'lena.fischer@example.org';
    const phone = await signUp(t.app, { name: 'Lena Fischer', email });
    const laptop = await signIn(t.app, email);
    const library = await signIn(t.app, email);
    expect(await sessionRowsOf(phone.id)).toHaveLength(3);

    const weak = await laptop.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'password1234' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<ErrorBody>().error.message).toMatch(/^newPassword: /);
    // Scored against the account's own name and e-mail, as at sign-up.
    const personal = await laptop.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'fischerlena!' },
    });
    expect(personal.statusCode).toBe(400);
    expect(personal.json<ErrorBody>().error.issues).toEqual([
      {
        field: 'newPassword',
        message:
          'this password is too easy to guess: it contains your name or e-mail address; use a longer phrase of unrelated words',
      },
    ]);
    expect(await sessionRowsOf(phone.id)).toHaveLength(3);

    const newPassword = 'copper-kettle-orchard-58';
    const changed = await laptop.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: TEST_PASSWORD, newPassword },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    // The caller's session goes on (under a new cookie when better-auth rotates it); the others end.
    const rotated = setCookies(changed).some((c) => /^__Host-binder\.session=[^;]/.test(c));
    const laptopNow = await asUser(t.app, rotated ? sessionCookieFrom(changed) : laptop.cookie);
    expect(await sessionUser(laptopNow.cookie)).toBe(email);
    expect(await sessionUser(phone.cookie)).toBeNull();
    expect(await sessionUser(library.cookie)).toBeNull();
    expect(await sessionRowsOf(phone.id)).toHaveLength(1);

    expect((await signInRequest(email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signInRequest(email, newPassword)).statusCode).toBe(200);
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const email = 'ravi.menon@example.org';
    const user = await signUp(t.app, { name: 'Ravi Menon', email });
    const other = await signIn(t.app, email);
    const refused = await user.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: 'not-my-password-at-all', newPassword: 'copper-kettle-orchard-58' },
    });
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(refused.statusCode).toBeLessThan(500);
    expect(await sessionUser(other.cookie)).toBe(email);
    expect((await signInRequest(email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

/** The token with its last character changed. */
function oneOff(token: string): string {
  return `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
}

describe('CSRF protection', () => {
  let carmen: TestUser;
  let other: TestUser;
  const child = { givenName: 'Ana', familyName: 'Lopez', birthDate: '2015-02-11', jurisdiction: 'CA' };
  beforeAll(async () => {
    carmen = await signUp(t.app, { name: 'Carmen Vega', email: 'carmen.vega@example.org' });
    other = await signUp(t.app, { name: 'Hugo Martin', email: 'hugo.martin@example.org' });
  });

  it('refuses a state-changing request without our Origin or without the session’s token, writing nothing but the refusal to the audit trail', async () => {
    const students = await countRows('students');
    const audit = await lastAuditSeq(t.database.db);
    const base = { cookie: carmen.cookie };
    const attempts: [string, Record<string, string>][] = [
      ['no Origin', { ...base, 'x-csrf-token': carmen.csrfToken }],
      ['a foreign Origin', { ...base, origin: 'https://binder.example.org', 'x-csrf-token': carmen.csrfToken }],
      ['a foreign Referer', { ...base, referer: 'https://evil.example.org/form', 'x-csrf-token': carmen.csrfToken }],
      ['no token', { ...base, origin: TEST_ORIGIN }],
      ['another session’s token', { ...base, origin: TEST_ORIGIN, 'x-csrf-token': other.csrfToken }],
      ['a token one character off', { ...base, origin: TEST_ORIGIN, 'x-csrf-token': oneOff(carmen.csrfToken) }],
    ];
    for (const [label, headers] of attempts) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/students', headers, payload: child });
      expect(response.statusCode, label).toBe(403);
      expect(response.json<ErrorBody>().error.code, label).toBe('csrf-rejected');
    }
    expect(await countRows('students')).toBe(students);
    // Each refusal is in the record of access, as a denied attempt to add a child.
    const refused = await auditEntriesAfter(t.database.db, audit);
    expect(refused.map((e) => [e.actorEmail, e.entity, e.action, e.route, e.outcome])).toEqual(
      attempts.map(() => ['carmen.vega@example.org', 'student', 'write', 'POST /api/v1/students', 'denied']),
    );

    // The same request from our own page, with the token, works (so the refusals above are CSRF's doing).
    const made = await carmen.inject({ method: 'POST', url: '/api/v1/students', payload: child });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json<{ id: string }>().id;
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/students/${id}`,
      headers: { cookie: carmen.cookie, origin: 'https://evil.example.org', 'x-csrf-token': carmen.csrfToken },
      payload: { grade: '9' },
    });
    expect(patched.statusCode).toBe(403);
    // The family's activity log shows the refused change to this child, in Carmen's name and role.
    const seq = await lastAuditSeq(t.database.db);
    const read = await carmen.inject({ method: 'GET', url: `/api/v1/students/${id}` });
    expect(read.json<{ grade: string | null }>().grade).not.toBe('9');
    const patchAndRead = await auditEntriesAfter(t.database.db, seq - 1);
    expect(patchAndRead[0]).toMatchObject({
      studentId: id,
      actorRole: 'owner',
      entity: 'student',
      action: 'write',
      route: 'PATCH /api/v1/students/:id',
      outcome: 'denied',
    });
  });

  it('refuses sign-up and sign-in posted from another site (login CSRF), creating no account or session', async () => {
    const users = await countRows('users');
    const sessions = await countRows('sessions');
    const foreign = await signUpRequest(
      { name: 'Mallory Example', email: 'mallory@example.org', password: TEST_PASSWORD },
      { origin: 'https://evil.example.org' },
    );
    expect(foreign.statusCode).toBe(403);
    const missing = await signUpRequest(
      { name: 'Mallory Example', email: 'mallory@example.org', password: TEST_PASSWORD },
      {},
    );
    expect(missing.statusCode).toBe(403);
    const signInFromAfar = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: 'https://evil.example.org' },
      payload: { email: 'carmen.vega@example.org', password: TEST_PASSWORD },
    });
    expect(signInFromAfar.statusCode).toBe(403);
    expect(signInFromAfar.json<ErrorBody>().error.code).toBe('csrf-rejected');
    expect(await countRows('users')).toBe(users);
    expect(await countRows('sessions')).toBe(sessions);
  });

  it('lets reads through without Origin or token', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/students', headers: { cookie: carmen.cookie } });
    expect(response.statusCode).toBe(200);
  });
});

describe('every API route declares who may call it', () => {
  it('refuses to add an /api/ route without an access rule, in the real app and in a plugin', async () => {
    const app = await buildApp({ config: t.config, database: t.database, clock: TEST_CLOCK });
    try {
      expect(() => app.get('/api/v1/forgotten', () => ({ open: true }))).toThrow(
        'GET /api/v1/forgotten has no access rule (server/http/route-access.ts)',
      );
      // With a rule it is accepted, and outside /api/ no rule is needed.
      expect(() => app.get('/api/v1/declared', { config: PUBLIC }, () => ({ ok: true }))).not.toThrow();
      expect(() => app.get('/not-api', () => ({ ok: true }))).not.toThrow();
    } finally {
      await app.close();
    }

    const bare = Fastify();
    registerAccessControl(bare, {
      auth: createAuth(t.config, t.database),
      authSecret: 'a-test-secret-that-is-long-enough-for-hmac-0123456789',
      config: t.config,
      database: t.database,
      clock: TEST_CLOCK,
    });
    void bare.register(async (instance) => {
      await Promise.resolve();
      instance.post('/api/v1/plugin-route', () => ({ open: true }));
    });
    await expect(bare.ready()).rejects.toThrow('POST /api/v1/plugin-route has no access rule');
    await bare.close().catch(() => undefined);
  });
});
