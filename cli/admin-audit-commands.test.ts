import { sql } from 'kysely';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAuditEntry } from '../server/audit/append-audit-entry';
import { openDatabase } from '../server/db/database';
import { captureIo } from '../test/helpers/capture-io';
import { createTestApp, testConfig } from '../test/helpers/test-app';
import { signIn, TEST_PASSWORD } from '../test/helpers/test-users';
import { createAdminCommand } from './commands/admin-command';
import { runCli } from './run-cli';

const dirs: string[] = [];
function dataDir(): string {
  const dir = testConfig().dataDir;
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CREATE = ['admin', 'create', '--email', 'Riley@example.org', '--name', 'Riley Admin'];

describe('binder admin create', () => {
  it('creates an administrator who can sign in, with no session left behind and an audit entry', async () => {
    const dir = dataDir();
    const io = captureIo({ BINDER_DATA_DIR: dir, BINDER_ADMIN_PASSWORD: TEST_PASSWORD });
    expect(await runCli(CREATE, io)).toBe(0);
    expect(io.out()).toBe('Administrator riley@example.org created.\n');
    expect(io.err()).toBe('');

    const database = openDatabase({ databaseUrl: null, dataDir: dir });
    const user = await database.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'riley@example.org')
      .executeTakeFirstOrThrow();
    const admin = await database.db.selectFrom('administrators').selectAll().where('user_id', '=', user.id).execute();
    const sessions = await database.db.selectFrom('sessions').select('id').execute();
    const audit = await database.db.selectFrom('audit_entries').selectAll().execute();
    await database.close();
    expect(user.name).toBe('Riley Admin');
    expect(admin).toHaveLength(1);
    expect(sessions).toHaveLength(0);
    expect(audit).toMatchObject([
      { actor_role: 'system', entity: 'administrator', entity_id: user.id, outcome: 'allowed' },
    ]);

    // The server sees an administrator (same data folder, so the same database).
    const t = await createTestApp({ config: { dataDir: dir } });
    try {
      const riley = await signIn(t.app, 'riley@example.org');
      expect((await riley.inject({ method: 'GET', url: '/api/v1/admin/users' })).statusCode).toBe(200);
    } finally {
      await t.app.close();
      await t.database.close();
    }
  });

  it('reads the password from standard input when the variable is not set', async () => {
    const dir = dataDir();
    const command = createAdminCommand(() => Promise.resolve(TEST_PASSWORD));
    const io = captureIo({ BINDER_DATA_DIR: dir });
    expect(await command.run(CREATE.slice(1), io)).toBe(0);
    expect(io.out()).toBe('Administrator riley@example.org created.\n');
  });

  it('reads one line piped to the real process', () => {
    const dir = dataDir();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...CREATE], {
      input: `${TEST_PASSWORD}\nignored second line\n`,
      encoding: 'utf8',
      env: { ...process.env, BINDER_DATA_DIR: dir, BINDER_ADMIN_PASSWORD: '', DATABASE_URL: '', LOG_LEVEL: 'silent' },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('Administrator riley@example.org created.\n');
    expect(result.status).toBe(0);
  });

  it('exits 2 with one line for an existing e-mail', async () => {
    const env = { BINDER_DATA_DIR: dataDir(), BINDER_ADMIN_PASSWORD: TEST_PASSWORD };
    expect(await runCli(CREATE, captureIo(env))).toBe(0);
    const io = captureIo(env);
    expect(await runCli(['admin', 'create', '--email', 'riley@example.org', '--name', 'Someone Else'], io)).toBe(2);
    expect(io.err()).toBe('binder admin create: an account with this e-mail already exists\n');
    expect(io.out()).toBe('');
  });

  it('exits 2 with one line naming password for a weak or missing one, creating nothing', async () => {
    const dir = dataDir();
    const weak = captureIo({ BINDER_DATA_DIR: dir, BINDER_ADMIN_PASSWORD: 'password1234' });
    expect(await runCli(CREATE, weak)).toBe(2);
    expect(weak.err()).toMatch(/^binder admin create: password: [^\n]+\n$/);
    // Easy to guess though on no list: refused with zxcvbn's reason.
    const guessable = captureIo({ BINDER_DATA_DIR: dir, BINDER_ADMIN_PASSWORD: 'abcdefghijkl' });
    expect(await runCli(CREATE, guessable)).toBe(2);
    expect(guessable.err()).toBe(
      'binder admin create: password: this password is too easy to guess: it is a sequence like abcd or 1234; ' +
        'use a longer phrase of unrelated words\n',
    );

    const none = captureIo({ BINDER_DATA_DIR: dir });
    expect(await createAdminCommand(() => Promise.resolve(null)).run(CREATE.slice(1), none)).toBe(2);
    expect(none.err()).toMatch(/^binder admin create: password: [^\n]+\n$/);

    const database = openDatabase({ databaseUrl: null, dataDir: dir });
    const users = await database.db.selectFrom('users').select('id').execute();
    await database.close();
    expect(users).toHaveLength(0);
  });

  it('exits 2 with one line for bad usage', async () => {
    const cases: [string[], string][] = [
      [['admin'], 'binder admin: expected "create" (see binder admin --help)\n'],
      [['admin', 'create', '--name', 'Riley Admin'], 'binder admin create: --email is required\n'],
      [
        ['admin', 'create', '--email', 'not-an-email', '--name', 'R'],
        'binder admin create: email: expected an e-mail address like name@example.org\n',
      ],
    ];
    for (const [args, line] of cases) {
      const io = captureIo({ BINDER_DATA_DIR: dataDir(), BINDER_ADMIN_PASSWORD: TEST_PASSWORD });
      expect(await runCli(args, io)).toBe(2);
      expect(io.err()).toBe(line);
    }
  });

  it('is listed in binder --help', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^ {2}admin +create an administrator account/m);
    expect(io.out()).toMatch(/^ {2}audit +check that the audit trail was not changed/m);
  });
});

describe('binder audit verify', () => {
  /** A migrated database with `count` audit entries. */
  async function trailOf(count: number): Promise<{ env: Record<string, string>; dir: string }> {
    const dir = dataDir();
    const env = { BINDER_DATA_DIR: dir };
    expect(await runCli(['migrate'], captureIo(env))).toBe(0);
    const database = openDatabase({ databaseUrl: null, dataDir: dir });
    for (let i = 1; i <= count; i += 1) {
      await database.db.transaction().execute((trx) =>
        appendAuditEntry(trx, {
          at: `2026-11-28T15:00:0${String(i)}.000Z`,
          actorUserId: null,
          actorEmail: 'ngozi@example.org',
          actorRole: 'owner',
          studentId: 'student-1',
          entity: 'comment',
          entityId: null,
          action: 'read',
          route: 'GET /api/v1/students/:id/comments',
          outcome: 'allowed',
        }),
      );
    }
    await database.close();
    return { env, dir };
  }

  /** Runs SQL on the SQLite file with the append-only triggers dropped, as someone with the file could. */
  async function tamper(dir: string, change: (db: ReturnType<typeof openDatabase>['db']) => Promise<unknown>) {
    const database = openDatabase({ databaseUrl: null, dataDir: dir });
    await sql`drop trigger audit_entries_no_update`.execute(database.db);
    await sql`drop trigger audit_entries_no_delete`.execute(database.db);
    await change(database.db);
    await database.close();
  }

  it('says the chain is intact (exit 0)', async () => {
    const { env } = await trailOf(3);
    const io = captureIo(env);
    expect(await runCli(['audit', 'verify'], io)).toBe(0);
    expect(io.out()).toBe('audit: 3 entries, chain intact\n');
  });

  it('reports an entry changed behind its back (exit 1)', async () => {
    const { env, dir } = await trailOf(3);
    await tamper(dir, (db) =>
      db.updateTable('audit_entries').set({ actor_email: 'someone@example.org' }).where('seq', '=', 2).execute(),
    );
    const io = captureIo(env);
    expect(await runCli(['audit', 'verify'], io)).toBe(1);
    expect(io.out()).toBe('audit: entry 2 was changed\n');
  });

  it('reports a removed entry, and a removed newest entry (exit 1)', async () => {
    const { env, dir } = await trailOf(4);
    await tamper(dir, (db) => db.deleteFrom('audit_entries').where('seq', 'in', [2, 4]).execute());
    const io = captureIo(env);
    expect(await runCli(['audit', 'verify'], io)).toBe(1);
    expect(io.out()).toBe('audit: entry 2 is missing\naudit: entry 4 (the newest) is missing\n');
  });

  it('exits 2 with one line saying to migrate, for a database never migrated or not there, creating nothing', async () => {
    const dir = dataDir();
    const missing = captureIo({ BINDER_DATA_DIR: dir });
    expect(await runCli(['audit', 'verify'], missing)).toBe(2);
    expect(missing.err()).toMatch(/^binder audit: no database at [^\n]+binder\.sqlite; run "binder migrate" first\n$/);
    expect(existsSync(join(dir, 'binder.sqlite'))).toBe(false);

    // An empty database file, as a server that never started would leave.
    const database = openDatabase({ databaseUrl: null, dataDir: dir });
    await database.close();
    const empty = captureIo({ BINDER_DATA_DIR: dir });
    expect(await runCli(['audit', 'verify'], empty)).toBe(2);
    expect(empty.err()).toBe('binder audit: the database is not migrated; run "binder migrate" first\n');
    expect(empty.out()).toBe('');
  });

  it('exits 2 with one line without "verify"', async () => {
    const io = captureIo({ BINDER_DATA_DIR: dataDir() });
    expect(await runCli(['audit'], io)).toBe(2);
    expect(io.err()).toBe('binder audit: expected "verify" (see binder audit --help)\n');
  });
});
