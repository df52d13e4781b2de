import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache';

let raw: Sqlite.Database;
afterEach(() => {
  if (raw.open) raw.close();
});

describe('the prepared-statement cache', () => {
  it('hands back the statement prepared before for the same SQL, and it still answers with new parameters', () => {
    raw = new Sqlite(':memory:');
    const cached = withStatementCache(raw);
    cached.prepare('create table t (id integer primary key, name text)').run([]);
    const insert = cached.prepare('insert into t (id, name) values (?, ?)');
    insert.run([1, 'Ana']);
    expect(cached.prepare('insert into t (id, name) values (?, ?)')).toBe(insert);
    cached.prepare('insert into t (id, name) values (?, ?)').run([2, 'Ben']);
    const select = cached.prepare('select name from t where id = ?');
    expect(select.all([1])).toEqual([{ name: 'Ana' }]);
    expect(cached.prepare('select name from t where id = ?').all([2])).toEqual([{ name: 'Ben' }]);
  });

  it('keeps only the most recently used statements', () => {
    raw = new Sqlite(':memory:');
    const cached = withStatementCache(raw, 2);
    const one = cached.prepare('select 1 as n');
    const two = cached.prepare('select 2 as n');
    expect(cached.prepare('select 1 as n')).toBe(one); // now the most recent
    cached.prepare('select 3 as n'); // evicts "select 2"
    expect(cached.prepare('select 1 as n')).toBe(one);
    expect(cached.prepare('select 2 as n')).not.toBe(two);
  });

  it('closes the database', () => {
    raw = new Sqlite(':memory:');
    withStatementCache(raw).close();
    expect(raw.open).toBe(false);
  });
});
