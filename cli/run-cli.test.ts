import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/database';
import { migrations } from '../server/db/migrations/index';
import { captureIo } from '../test/helpers/capture-io';
import { testConfig } from '../test/helpers/test-app';
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

  it('loads the demo family once', async () => {
    const env = { BINDER_DATA_DIR: dataDir() };
    const first = captureIo(env);
    expect(await runCli(['demo'], first)).toBe(0);
    expect(first.out()).toBe('Loaded the Rivera family (demo): Maya (IEP), Leo (504 plan).\n');
    const again = captureIo(env);
    expect(await runCli(['demo'], again)).toBe(0);
    expect(again.out()).toContain('already loaded; nothing changed');

    const database = openDatabase({ databaseUrl: null, dataDir: env.BINDER_DATA_DIR });
    const students = await database.db.selectFrom('students').select('given_name').orderBy('given_name').execute();
    await database.close();
    expect(students.map((s) => s.given_name)).toEqual(['Leo', 'Maya']);
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
