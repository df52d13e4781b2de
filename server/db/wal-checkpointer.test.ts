import Sqlite from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkpointOffTheEventLoop } from './wal-checkpointer';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function walDatabase(): { database: Sqlite.Database; file: string } {
  const folder = mkdtempSync(join(tmpdir(), 'binder-wal-'));
  folders.push(folder);
  const file = join(folder, 'binder.sqlite');
  const database = new Sqlite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.exec('create table t (id integer primary key, body text not null)');
  return { database, file };
}

// About 2 MB of rows, committed one transaction at a time (each well under the 1,000-page automatic checkpoint).
function writeRows(database: Sqlite.Database, from: number): void {
  const insert = database.prepare('insert into t (id, body) values (?, ?)');
  for (let batch = 0; batch < 20; batch++) {
    database.transaction(() => {
      for (let i = 0; i < 25; i++) insert.run(from + batch * 25 + i, 'x'.repeat(4000));
    })();
  }
}

describe('WAL checkpoints off the event loop', () => {
  it('turns the connection’s own checkpoints off and moves committed pages into the main file from the worker', async () => {
    const { database, file } = walDatabase();
    const checkpointer = await checkpointOffTheEventLoop(database, file);
    expect(database.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(file).size;
    writeRows(database, 0);
    // The commits returned without copying anything into the main file; the worker's checkpoint does it.
    await expect.poll(() => statSync(file).size, { timeout: 10_000 }).toBeGreaterThan(before + 1_500_000);
    // Nothing was lost on the way: every row reads back from a fresh connection.
    const reader = new Sqlite(file, { readonly: true });
    expect(reader.prepare('select count(*) as n from t').get()).toEqual({ n: 500 });
    reader.close();
    await checkpointer.close();
    expect(database.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    database.close();
  });

  it('serves several files from one worker, and each close gives its connection back its own checkpoints', async () => {
    const one = walDatabase();
    const two = walDatabase();
    const first = await checkpointOffTheEventLoop(one.database, one.file);
    const second = await checkpointOffTheEventLoop(two.database, two.file);
    await first.close();
    expect(one.database.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(two.database.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(two.file).size;
    writeRows(two.database, 0);
    await expect.poll(() => statSync(two.file).size, { timeout: 10_000 }).toBeGreaterThan(before + 1_500_000);
    await second.close();
    one.database.close();
    two.database.close();
  });
});
