import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { migrations } from '../server/db/migrations/index';
import { captureIo } from '../test/helpers/capture-io';
import { testConfig } from '../test/helpers/test-app';
import { createAccount } from '../test/helpers/test-users';
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

describe('binder (in-process)', () => {
  it('lists its commands with --help', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    for (const name of ['serve', 'migrate', 'demo']) expect(io.out()).toContain(`  ${name} `);
  });

  it('exits 2 with one line on stderr for an unknown command', async () => {
    const io = captureIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.err()).toBe('binder: unknown command "frobnicate" (run binder --help for the list)\n');
    expect(io.out()).toBe('');
  });

  it('exits 2 with one line on stderr for an unknown flag', async () => {
    const io = captureIo();
    expect(await runCli(['migrate', '--force'], io)).toBe(2);
    expect(io.err()).toBe('binder migrate: unknown option --force (see binder migrate --help)\n');
  });

  it('exits 2 naming the variable when the environment is unusable', async () => {
    const io = captureIo({ DATABASE_URL: 'mysql://nope' });
    expect(await runCli(['migrate'], io)).toBe(2);
    expect(io.err()).toBe('binder migrate: DATABASE_URL: expected a postgres:// URL\n');
  });

  it('refuses to serve with an unusable SMTP URL, in one line naming the variable', async () => {
    const io = captureIo({ BINDER_SMTP_URL: 'mail.example.org:587' });
    expect(await runCli(['serve', '--port', '0'], io)).toBe(2);
    expect(io.err()).toBe('binder serve: BINDER_SMTP_URL: expected an smtp:// or smtps:// URL\n');
    expect(io.out()).toBe('');
  });

  it('migrates an empty SQLite file, then says it is up to date', async () => {
    const env = { BINDER_DATA_DIR: dataDir() };
    const first = captureIo(env);
    expect(await runCli(['migrate'], first)).toBe(0);
    const names = Object.keys(migrations);
    expect(first.out()).toBe(
      `Applied ${String(names.length)} migration(s) to the sqlite database: ${names.join(', ')}\n`,
    );
    expect(names[0]).toBe('20261128070000-create-case-tables');
    const second = captureIo(env);
    expect(await runCli(['migrate'], second)).toBe(0);
    expect(second.out()).toBe('The sqlite database is up to date.\n');
  });

  it('refuses to load the demo family without the e-mail of an existing account to own it', async () => {
    const env = { BINDER_DATA_DIR: dataDir() };
    const missing = captureIo(env);
    expect(await runCli(['demo'], missing)).toBe(2);
    expect(missing.err()).toBe(
      'binder demo: --owner is required: the e-mail of the account that will own the demo family\n',
    );
    const unknown = captureIo(env);
    expect(await runCli(['demo', '--owner', 'nobody@example.org'], unknown)).toBe(2);
    expect(unknown.err()).toBe(
      'binder demo: --owner: no account has the e-mail nobody@example.org; sign up in the app first\n',
    );
    const badLanguage = captureIo(env);
    expect(await runCli(['demo', '--owner', 'nobody@example.org', '--language', 'fr'], badLanguage)).toBe(2);
    expect(badLanguage.err()).toBe('binder demo: --language: expected en or es, got fr\n');
    const database = openDatabase({ databaseUrl: null, dataDir: env.BINDER_DATA_DIR });
    const students = await database.db.selectFrom('students').select('id').execute();
    const audit = await database.db.selectFrom('audit_entries').select('seq').execute();
    await database.close();
    expect(students).toEqual([]);
    expect(audit).toEqual([]);
  });

  it('loads the demo family once, owned by the account named with --owner', async () => {
    const env = { BINDER_DATA_DIR: dataDir() };
    const config = testConfig({ dataDir: env.BINDER_DATA_DIR });
    const setup = openDatabase(config);
    await migrateToLatest(setup);
    const ownerId = await createAccount(config, setup, { name: 'Rosa Rivera', email: 'rosa.rivera@example.org' });
    await setup.close();

    const first = captureIo(env);
    expect(await runCli(['demo', '--owner', 'Rosa.Rivera@example.org'], first)).toBe(0);
    expect(first.out()).toBe('Loaded the Rivera family (demo): Maya (IEP), Leo (504 plan).\n');
    const again = captureIo(env);
    expect(await runCli(['demo', '--owner', 'rosa.rivera@example.org'], again)).toBe(0);
    expect(again.out()).toContain('already loaded; nothing changed');

    const database = openDatabase({ databaseUrl: null, dataDir: env.BINDER_DATA_DIR });
    const students = await database.db
      .selectFrom('students as s')
      .innerJoin('student_access as a', 'a.student_id', 's.id')
      .select(['s.given_name', 'a.user_id', 'a.role'])
      .orderBy('s.given_name')
      .execute();
    await database.close();
    expect(students).toEqual([
      { given_name: 'Leo', user_id: ownerId, role: 'owner' },
      { given_name: 'Maya', user_id: ownerId, role: 'owner' },
    ]);
  });
});

describe('binder (as a process, the way npm run binder runs it)', () => {
  it('exits 2 for an unknown command without a stack trace', async () => {
    const run = promisify(execFile);
    const failure: unknown = await run(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'frobnicate'], {
      encoding: 'utf8',
    }).then(
      () => null,
      (error: unknown) => error,
    );
    const result = failure as { code?: number; stderr?: string } | null;
    expect(result?.code).toBe(2);
    expect(result?.stderr).toBe('binder: unknown command "frobnicate" (run binder --help for the list)\n');
  });
});
