// The audit commit thread (audit-commit-thread.ts, docs/decisions/0056): its own connection to each SQLite file
// the process serves, and the group commit of a batch of entries on it, with the same SQL and chain as
// append-audit-entry.ts. The commit's disk flush blocks this thread only. Plain JavaScript: a worker thread
// loads its file with Node's own loader, and starting a TypeScript loader here would cost about a second.
import { parentPort, receiveMessageOnPort } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';
import {
  ADVANCE_AUDIT_HEAD_SQL,
  AUDIT_ROWS_PER_INSERT,
  insertAuditRowsParameters,
  insertAuditRowsSql,
  SET_AUDIT_HEAD_HASH_SQL,
} from '../db/audit-chain-sql.mjs';
import { chainRows } from './audit-chain-link.mjs';

// How long a commit waits for the write lock. The server's connection holds it for the length of one of its
// transactions, which for a nightly recompute of a district is seconds; an entry that cannot be written fails
// the request waiting for it, so this waits far longer than the server's own five seconds.
const LOCK_WAIT_MS = 60_000;

function openAuditConnection(file) {
  const database = new Sqlite(file, { fileMustExist: true });
  database.pragma(`busy_timeout = ${String(LOCK_WAIT_MS)}`);
  database.pragma('synchronous = FULL');
  const advance = database.prepare(ADVANCE_AUDIT_HEAD_SQL);
  const setHash = database.prepare(SET_AUDIT_HEAD_HASH_SQL);
  const inserts = new Map();
  const insertOf = (rows) => {
    let statement = inserts.get(rows);
    if (statement === undefined) {
      statement = database.prepare(insertAuditRowsSql(rows));
      inserts.set(rows, statement);
    }
    return statement;
  };
  const commitBatch = database.transaction((entries) => {
    const head = advance.get(entries.length);
    if (head === undefined) throw new Error('the audit chain has no head (run the migrations)');
    const { rows, lastHash } = chainRows(Number(head.last_seq), head.last_hash, entries);
    for (let start = 0; start < rows.length; start += AUDIT_ROWS_PER_INSERT) {
      const chunk = rows.slice(start, start + AUDIT_ROWS_PER_INSERT);
      insertOf(chunk.length).run(...insertAuditRowsParameters(chunk));
    }
    setHash.run(lastHash);
  });
  return {
    // `immediate`: the write lock is taken first, so the head read by `advance` cannot be stale.
    commit: (entries) => commitBatch.immediate(entries),
    close: () => database.close(),
  };
}

/** One connection per open file, by the number the event loop gave it. */
const connections = new Map();

function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}

function connectionFor(message) {
  const connection = connections.get(message.connection);
  if (connection === undefined) throw new Error('the audit connection is closed');
  return connection;
}

/** Does what one message asks (a commit of its entries alone, an open, a close); its answer. */
function answerAlone(message) {
  try {
    if (message.kind === 'open') {
      connections.set(message.connection, openAuditConnection(message.file));
    } else if (message.kind === 'commit') {
      connectionFor(message).commit(message.entries);
    } else if (message.kind === 'close') {
      connections.get(message.connection)?.close();
      connections.delete(message.connection);
    }
    return { id: message.id, ok: true };
  } catch (error) {
    return { id: message.id, ok: false, error: errorText(error) };
  }
}

/**
 * Commits the entries of several messages for one connection as one transaction (one disk flush for all), in
 * the order they were sent. If that transaction fails, each message is committed alone, so that only a message
 * whose own entries cannot be written is refused, as when each was its own batch.
 */
function answersTogether(messages) {
  if (messages.length > 1) {
    try {
      connectionFor(messages[0]).commit(messages.flatMap((message) => message.entries));
      return messages.map((message) => ({ id: message.id, ok: true }));
    } catch {
      // Below, one by one.
    }
  }
  return messages.map(answerAlone);
}

/**
 * The event loop hands each batch over as soon as it has one, without waiting for the commit before it
 * (HandOverBatcher in audit-batcher.ts); the messages that arrive while this thread commits wait in the port's
 * queue. Taking all of them at once and committing each run of commits to one connection together is the group
 * commit: one flush for everything that queued up during the last one, while the event loop goes on answering.
 * One answer goes back for all of them (server/db/worker-thread-client.ts).
 */
parentPort.on('message', (first) => {
  const messages = [first];
  for (let next = receiveMessageOnPort(parentPort); next !== undefined; next = receiveMessageOnPort(parentPort)) {
    messages.push(next.message);
  }
  const answers = [];
  let run = [];
  for (const message of messages) {
    if (run.length > 0 && (message.kind !== 'commit' || message.connection !== run[0].connection)) {
      answers.push(...answersTogether(run));
      run = [];
    }
    if (message.kind === 'commit') run.push(message);
    else answers.push(answerAlone(message));
  }
  if (run.length > 0) answers.push(...answersTogether(run));
  parentPort.postMessage(answers);
});
