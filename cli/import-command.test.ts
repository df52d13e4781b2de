import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/database';
import { captureIo } from '../test/helpers/capture-io';
import { createTestApp } from '../test/helpers/test-app';
import { signUp } from '../test/helpers/test-users';
import { runCli } from './run-cli';

// `binder import FILE --owner EMAIL` on a SQLite data folder: the demo child's export, made by the app in the same
// folder, imported for another account. Fictional people only.
let dir = '';
let exportFile = '';

beforeAll(async () => {
  const t = await createTestApp();
  dir = t.config.dataDir;
  try {
    const owner = await signUp(t.app, { name: 'Carmen Lopez', email: 'carmen.lopez@example.org' });
    await signUp(t.app, { name: 'Rosa Delgado', email: 'rosa.delgado@example.org' });
    await owner.inject({ method: 'POST', url: '/api/v1/demo' });
    const { students } = (await owner.inject({ method: 'GET', url: '/api/v1/students' })).json<{
      students: { id: string; givenName: string }[];
    }>();
    const leo = students.find((s) => s.givenName === 'Leo')?.id ?? '';
    exportFile = join(dir, 'leo.json');
    writeFileSync(exportFile, (await owner.inject({ method: 'GET', url: `/api/v1/students/${leo}/export.json` })).body);
  } finally {
    await t.app.close();
    await t.database.close();
  }
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function childrenOf(email: string): Promise<string[]> {
  const database = openDatabase({ databaseUrl: null, dataDir: dir });
  try {
    const rows = await database.db
      .selectFrom('student_access')
      .innerJoin('users', 'users.id', 'student_access.user_id')
      .innerJoin('students', 'students.id', 'student_access.student_id')
      .select(['students.given_name', 'student_access.role'])
      .where('users.email', '=', email)
      .execute();
    return rows.map((r) => `${r.given_name} (${r.role})`);
  } finally {
    await database.close();
  }
}

describe('binder import', () => {
  it('imports an export file as a new child owned by the account named', async () => {
    const io = captureIo({ BINDER_DATA_DIR: dir });
    expect(await runCli(['import', exportFile, '--owner', 'rosa.delgado@example.org'], io)).toBe(0);
    expect(io.out()).toMatch(
      /^Imported the record as a new child \(id [0-9a-f-]{36}\), owned by rosa\.delgado@example\.org\.\n$/,
    );
    expect(io.err()).toBe('');
    expect(await childrenOf('rosa.delgado@example.org')).toEqual(['Leo (owner)']);
  });

  it('exits 2 with one line for a file that is not an export, writing nothing', async () => {
    const bad = join(dir, 'notes.json');
    writeFileSync(bad, JSON.stringify({ notes: 'not a record' }));
    const io = captureIo({ BINDER_DATA_DIR: dir });
    expect(await runCli(['import', bad, '--owner', 'carmen.lopez@example.org'], io)).toBe(2);
    expect(io.err()).toBe(
      `binder import: ${bad}: record.format: expected "binder-record/1": this is not a Binder record export\n`,
    );
    expect(io.out()).toBe('');
    expect((await childrenOf('carmen.lopez@example.org')).sort()).toEqual(['Leo (owner)', 'Maya (owner)']);
  });

  it('exits 2 naming the flag for an unknown owner or a missing file', async () => {
    const io = captureIo({ BINDER_DATA_DIR: dir });
    expect(await runCli(['import', exportFile, '--owner', 'nobody@example.org'], io)).toBe(2);
    expect(io.err()).toBe(
      'binder import: --owner: no account has the e-mail nobody@example.org; sign up in the app first\n',
    );
    const missing = captureIo({ BINDER_DATA_DIR: dir });
    expect(await runCli(['import', join(dir, 'missing.zip'), '--owner', 'rosa.delgado@example.org'], missing)).toBe(2);
    expect(missing.err()).toBe(`binder import: ${join(dir, 'missing.zip')}: the file cannot be read\n`);
  });
});
