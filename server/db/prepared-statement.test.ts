import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database';
import { postgresStatementName, preparedStatement } from './prepared-statement';

const insertName = preparedStatement<never>('test_insert_name', 'insert into t (id, name) values (?, ?)');
const nameOf = preparedStatement<{ name: string }>('test_name_of', 'select name from t where id = ?');

let dir = '';
let database: Database | null = null;
afterEach(async () => {
  await database?.close();
  database = null;
  rmSync(dir, { recursive: true, force: true });
});

async function openWithTable(): Promise<Database> {
  dir = mkdtempSync(join(tmpdir(), 'binder-prepared-'));
  database = openDatabase({ databaseUrl: null, dataDir: dir });
  await sql`create table t (id integer primary key, name text not null)`.execute(database.db);
  return database;
}

describe('a hot-path statement', () => {
  it('runs again with new parameters and answers rows', async () => {
    const { db } = await openWithTable();
    await insertName.run(db, [1, 'Ana']);
    await insertName.run(db, [2, 'Ben']);
    expect(await nameOf.run(db, [2])).toEqual([{ name: 'Ben' }]);
    expect(await nameOf.run(db, [3])).toEqual([]);
  });

  it("joins the caller's transaction, and outside it waits for that transaction to end", async () => {
    const { db } = await openWithTable();
    const outside: { read?: Promise<{ name: string }[]> } = {};
    await expect(
      db.transaction().execute(async (trx) => {
        await insertName.run(trx, [1, 'Ana']);
        // Inside: sees its own uncommitted row. Outside: queued behind the transaction, never inside it.
        expect(await nameOf.run(trx, [1])).toEqual([{ name: 'Ana' }]);
        outside.read = nameOf.run(db, [1]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await outside.read).toEqual([]);
  });

  it('has a PostgreSQL name for its numbered text only, and names are unique', () => {
    expect(postgresStatementName('select name from t where id = $1')).toBe('test_name_of');
    expect(postgresStatementName('select name from t where id = ?')).toBeUndefined();
    expect(() => preparedStatement('test_name_of', 'select 1')).toThrow('two prepared statements are named');
  });
});
