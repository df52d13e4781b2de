import { RawNode, SqliteAdapter, type CompiledQuery, type Kysely } from 'kysely';
import type pg from 'pg';
import { committedReaderOf } from './committed-reader';
import { postgresPoolOf } from './postgres-pool';
import type { DatabaseSchema } from './schema';

/**
 * A statement of the request hot path (docs/decisions/0027), written once as SQL and compiled once, when its
 * module loads: each run hands Kysely the finished text and new parameters, so no query is built, compiled or
 * (on SQLite, through statement-cache.ts) prepared per request. On PostgreSQL the text runs as a named prepared
 * statement (`openPostgres` in dialect.ts looks the name up): each connection parses and plans it once.
 *
 * Given a transaction, it runs through Kysely (`executeQuery`) and joins it, like every other query. Given the
 * root handle of a SQLite file, a reading statement runs on that file's committed reader, on its own thread
 * (committed-reader.ts), instead of waiting for its turn on the server's one connection; given the root handle on PostgreSQL, any
 * statement runs as one query on the pool (postgres-pool.ts), committed on its own as it would be through Kysely.
 */
export interface PreparedStatement<Row> {
  run(db: Kysely<DatabaseSchema>, parameters: readonly unknown[]): Promise<Row[]>;
}

/** The name each hot statement's PostgreSQL text runs under. */
const postgresNames = new Map<string, string>();

/** The prepared-statement name of a PostgreSQL text, or undefined when it is not a hot-path statement. */
export function postgresStatementName(text: string): string | undefined {
  return postgresNames.get(text);
}

/** `?` placeholders → `$1, $2, …` (the hot statements hold no `?` inside literals). */
function numberedPlaceholders(text: string): string {
  let index = 0;
  return text.replace(/\?/g, () => `$${String((index += 1))}`);
}

/**
 * Defines a hot-path statement: `name` must be unique; `text` is SQL both SQLite and PostgreSQL read, with `?`
 * placeholders. Rows come back as the driver gives them (PostgreSQL: timestamps as Date, bigint as string).
 */
export function preparedStatement<Row>(name: string, text: string): PreparedStatement<Row> {
  const postgresText = numberedPlaceholders(text);
  if ([...postgresNames.values()].includes(name)) throw new Error(`two prepared statements are named ${name}`);
  postgresNames.set(postgresText, name);
  const compiled = (sql: string) => ({ sql, query: RawNode.createWithSql(sql), queryId: { queryId: name } });
  const sqlite = compiled(text);
  const postgres = compiled(postgresText);
  return {
    async run(db, parameters) {
      // On a SQLite file, a read outside a transaction runs on the committed reader's thread.
      const reader = committedReaderOf(db);
      if (reader !== undefined) {
        const rows = await reader.all(text, parameters);
        if (rows !== undefined) return rows as Row[];
      }
      // On PostgreSQL, outside a transaction, straight to the pool (postgres-pool.ts).
      const pool = postgresPoolOf(db);
      if (pool !== undefined) {
        return (await pool.query<Row & pg.QueryResultRow>({ name, text: postgresText, values: [...parameters] })).rows;
      }
      const base = db.getExecutor().adapter instanceof SqliteAdapter ? sqlite : postgres;
      const query: CompiledQuery<Row> = { ...base, parameters };
      return (await db.executeQuery(query)).rows;
    },
  };
}
