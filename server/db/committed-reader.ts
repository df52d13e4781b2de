import { WorkerThreadClient, type ThreadAnswer, type ThreadUser } from './worker-thread-client';

/** The reader thread's answer to one message (committed-reader-worker.mjs). */
interface ReadAnswer extends ThreadAnswer {
  readonly rows?: unknown[];
  /** The statement writes: it was not run (the caller runs it through Kysely). */
  readonly writes?: true;
  readonly error?: string;
}

const readerThread = new WorkerThreadClient<ReadAnswer>(
  new URL('./committed-reader-worker.mjs', import.meta.url),
  'committed reader thread',
);

/** Each statement text's number: the thread is sent a text once per connection, then its number. */
const statementNumbers = new Map<string, number>();

function statementNumber(text: string): number {
  let number = statementNumbers.get(text);
  if (number === undefined) {
    number = statementNumbers.size;
    statementNumbers.set(text, number);
  }
  return number;
}

/**
 * A second connection to a SQLite file for the request hot path's reads (prepared-statement.ts, docs/decisions/0056
 * and 0062), on a worker thread. Through Kysely, every query waits its turn on the server's one connection (a mutex
 * and a few promise turns each); here a hot read does not wait for the server's connection at all. On the thread,
 * SQLite's work runs on the second core with its caches warm, instead of between the event loop's other work,
 * which it made about twice as slow (0062); the event loop only posts the parameters and takes the rows.
 *
 * What it sees is what is committed: in WAL mode each statement reads the newest committed state, never another
 * request's unfinished transaction on the server's connection. A read posted after a commit returned sees it.
 * Reads inside a transaction still go through that transaction (they are given `trx`, not the root handle).
 *
 * Rows cross to the event loop by structured clone: numbers, strings and null as they were (a blob would arrive
 * as a Uint8Array, not a Buffer; no hot statement reads one). If the thread cannot open the file, or stops,
 * `all` answers undefined and the caller reads through Kysely, as for a statement that writes.
 */
export class CommittedReader {
  private opened: Promise<ThreadUser<ReadAnswer> | null> | null = null;
  private readonly connection = readerThread.newNumber();
  /** The statements the thread has been sent, by number. */
  private readonly sent = new Set<number>();
  /** The texts the thread found to write. */
  private readonly writing = new Set<string>();

  constructor(private readonly file: string) {}

  /** The rows of a reading statement, or undefined when `text` writes or the thread is not there. */
  async all(text: string, parameters: readonly unknown[]): Promise<unknown[] | undefined> {
    if (this.writing.has(text)) return undefined;
    const thread = await (this.opened ??= this.open());
    if (thread === null || !thread.alive()) return undefined;
    const statement = statementNumber(text);
    const isNew = !this.sent.has(statement);
    this.sent.add(statement);
    let answer: ReadAnswer;
    try {
      answer = await thread.ask({
        kind: 'read',
        connection: this.connection,
        statement,
        text: isNew ? text : undefined,
        parameters,
      });
    } catch (error) {
      // The thread stopped before answering: read through Kysely instead.
      if (!thread.alive()) return undefined;
      throw error;
    }
    if (answer.error !== undefined) throw new Error(answer.error);
    if (answer.writes === true) this.writing.add(text);
    return answer.rows;
  }

  async close(): Promise<void> {
    const thread = await this.opened;
    this.opened = Promise.resolve(null);
    await thread?.close({ kind: 'close', connection: this.connection });
  }

  private async open(): Promise<ThreadUser<ReadAnswer> | null> {
    const thread = readerThread.open();
    const answer = await thread.ask({ kind: 'open', connection: this.connection, file: this.file }).catch(() => null);
    if (answer !== null && answer.error === undefined) return thread;
    await thread.close();
    return null;
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
