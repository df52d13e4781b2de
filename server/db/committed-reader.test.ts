import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOwnedChild } from '../../test/helpers/child-record-fixture';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';
import { CommittedReader, committedReaderOf } from './committed-reader';
import { findStudentWithPlanSpans } from './student-queries';

// The hot path's reads on a SQLite file run on a connection of their own (docs/decisions/0056): they see what is
// committed, at once, and never another request's unfinished transaction on the server's connection.
let t: SignedInTestApp;
beforeAll(async () => {
  t = await createSignedInTestApp();
});
afterAll(async () => {
  await t.close();
});

describe.skipIf(process.env.BINDER_TEST_POSTGRES_URL)('the committed reader', () => {
  it('reads the committed state while a transaction on the server connection is open, and the new state after', async () => {
    const { studentId } = await addOwnedChild(t.database, t.owner.id, { givenName: 'Amara' });
    let changed!: () => void;
    const changeMade = new Promise<void>((resolve) => (changed = resolve));
    let finish!: () => void;
    const mayCommit = new Promise<void>((resolve) => (finish = resolve));
    const transaction = t.database.db.transaction().execute(async (trx) => {
      await trx.updateTable('students').set({ given_name: 'Nia' }).where('id', '=', studentId).execute();
      changed();
      await mayCommit;
    });
    await changeMade;
    // The transaction holds the server's connection: through it, this read would wait until it ends.
    const during = await findStudentWithPlanSpans(t.database.db, studentId);
    expect(during?.student.givenName).toBe('Amara');
    finish();
    await transaction;
    const after = await findStudentWithPlanSpans(t.database.db, studentId);
    expect(after?.student.givenName).toBe('Nia');
  });

  it('belongs to the root handle only: a transaction reads through itself, and sees its own change', async () => {
    const { studentId } = await addOwnedChild(t.database, t.owner.id, { givenName: 'Tomás' });
    const seen = await t.database.db.transaction().execute(async (trx) => {
      expect(committedReaderOf(trx)).toBeUndefined();
      await trx.updateTable('students').set({ given_name: 'Mateo' }).where('id', '=', studentId).execute();
      return (await findStudentWithPlanSpans(trx, studentId))?.student.givenName;
    });
    expect(seen).toBe('Mateo');
  });

  it('does not run a statement that writes', async () => {
    const reader = committedReaderOf(t.database.db);
    expect(reader).toBeDefined();
    const text = 'update audit_head set last_hash = last_hash where id = 1';
    expect(await reader?.all(text, [])).toBeUndefined();
    // Known to write from then on: not asked again.
    expect(await reader?.all(text, [])).toBeUndefined();
    expect(await reader?.all('select last_seq from audit_head where id = 1', [])).toHaveLength(1);
  });

  it('answers many reads posted at once, each with its own rows, in the types the driver gives', async () => {
    const children = await Promise.all(
      ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Fe'].map((givenName) => addOwnedChild(t.database, t.owner.id, { givenName })),
    );
    const reader = committedReaderOf(t.database.db);
    if (reader === undefined) throw new Error('no committed reader');
    const text = 'select given_name, length(given_name) as letters from students where id = ?';
    const rows = await Promise.all(children.map(({ studentId }) => reader.all(text, [studentId])));
    expect(rows).toEqual(
      ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Fe'].map((name) => [{ given_name: name, letters: name.length }]),
    );
  });

  it("rejects a read that fails with the database's message, and reads on after it", async () => {
    const reader = committedReaderOf(t.database.db);
    await expect(reader?.all('select no_such_column from students', [])).rejects.toThrow(/no such column/);
    expect(await reader?.all('select 1 as one', [])).toEqual([{ one: 1 }]);
  });

  it('leaves the reads to Kysely when its file cannot be opened', async () => {
    const reader = new CommittedReader(`${t.config.dataDir}/missing/binder.sqlite`);
    try {
      expect(await reader.all('select 1 as one', [])).toBeUndefined();
    } finally {
      await reader.close();
    }
  });
});
