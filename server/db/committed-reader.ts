import Sqlite from 'better-sqlite3';

/**
 * A second connection to a SQLite file for the request hot path's reads (prepared-statement.ts,
 * docs/decisions/0056). Through Kysely, every query waits its turn on the server's one connection (a mutex and a
 * few promise turns each); here a hot read runs at once, synchronously, on a connection that only reads.
 *
 * What it sees is what is committed: in WAL mode each statement reads the newest committed state, never another
 * request's unfinished transaction on the server's connection, which it used to wait behind. Reads inside a
 * transaction still go through that transaction (they are given `trx`, not the root handle).
 */
export class CommittedReader {
  private database: Sqlite.Database | null = null;
  /** Each text's statement, or null for a text that writes (it goes through Kysely). */
  private readonly statements = new Map<string, Sqlite.Statement | null>();

  constructor(private readonly file: string) {}

  /** The rows of a reading statement, or undefined when `text` writes. */
  all(text: string, parameters: readonly unknown[]): unknown[] | undefined {
    let statement = this.statements.get(text);
    if (statement === undefined) {
      this.database ??= this.open();
      const prepared = this.database.prepare(text);
      statement = prepared.readonly ? prepared : null;
      this.statements.set(text, statement);
    }
    return statement === null ? undefined : statement.all(...parameters);
  }

  close(): void {
    this.statements.clear();
    this.database?.close();
    this.database = null;
  }

  private open(): Sqlite.Database {
    const database = new Sqlite(this.file, { fileMustExist: true });
    database.pragma('busy_timeout = 5000');
    // The server's connection checkpoints through the WAL checkpointer; this one never writes at all.
    database.pragma('query_only = ON');
    return database;
  }
}

/** The committed reader of each root Kysely handle on a SQLite file (database.ts attaches it). */
const readers = new WeakMap<object, CommittedReader>();

export function attachCommittedReader(db: object, file: string): CommittedReader {
  const reader = new CommittedReader(file);
  readers.set(db, reader);
  return reader;
}

/** The committed reader for `db`: only a root handle has one; a transaction never does. */
export function committedReaderOf(db: object): CommittedReader | undefined {
  return readers.get(db);
}
