import type pg from 'pg';

/**
 * The PostgreSQL pool behind each root Kysely handle (database.ts attaches it), for the request hot path's
 * statements outside a transaction (prepared-statement.ts): each runs as one `pool.query` of its named prepared
 * statement, the same statement on the same pool that Kysely would use, without Kysely's connection provider,
 * driver and executor around it (about a dozen promises per statement, each one traced by the async hooks that
 * an `AsyncLocalStorage` turns on under Node 20). The PostgreSQL counterpart of committed-reader.ts.
 */
const pools = new WeakMap<object, pg.Pool>();

export function attachPostgresPool(db: object, pool: pg.Pool): void {
  pools.set(db, pool);
}

/** The pool for `db`: only a root handle has one; a transaction never does (its statements stay in it). */
export function postgresPoolOf(db: object): pg.Pool | undefined {
  return pools.get(db);
}
