// The audit commit thread (audit-commit-thread.ts, docs/decisions/0056): its own connection to each SQLite file
// the process serves, and the group commit of a batch of entries on it, with the same SQL and chain as
// append-audit-entry.ts. The commit's disk flush blocks this thread only. Plain JavaScript: a worker thread
// loads its file with Node's own loader, and starting a TypeScript loader here would cost about a second.
import { parentPort } from 'node:worker_threads';
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

parentPort.on('message', (message) => {
  const answer = (fields) => parentPort.postMessage({ id: message.id, ...fields });
  try {
    if (message.kind === 'open') {
      connections.set(message.connection, openAuditConnection(message.file));
    } else if (message.kind === 'commit') {
      const connection = connections.get(message.connection);
      if (connection === undefined) throw new Error('the audit connection is closed');
      connection.commit(message.entries);
    } else if (message.kind === 'close') {
      connections.get(message.connection)?.close();
      connections.delete(message.connection);
    }
    answer({ ok: true });
  } catch (error) {
    answer({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
