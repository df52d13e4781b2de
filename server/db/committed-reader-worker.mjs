// The committed reader's thread (committed-reader.ts, docs/decisions/0062): a read-only connection to each SQLite
// file the process serves, running the request hot path's reading statements. Plain JavaScript: a worker thread
// loads its file with Node's own loader, and starting a TypeScript loader here would cost about a second.
import { parentPort } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';

/** Each open file's connection and its statements by number (null: the text writes, and is not run here). */
const connections = new Map();

function open(file) {
  const database = new Sqlite(file, { fileMustExist: true });
  database.pragma('busy_timeout = 5000');
  // The server's connection checkpoints through the WAL checkpointer; this one never writes at all.
  database.pragma('query_only = ON');
  return { database, statements: new Map() };
}

function statementOf(connection, message) {
  let statement = connection.statements.get(message.statement);
  if (statement === undefined) {
    const prepared = connection.database.prepare(message.text);
    statement = prepared.readonly ? prepared : null;
    connection.statements.set(message.statement, statement);
  }
  return statement;
}

/** Does what one message asks; its answer (rows, or `writes` for a text that writes, or the error's message). */
function answerOf(message) {
  try {
    if (message.kind === 'open') {
      connections.set(message.connection, open(message.file));
      return { id: message.id };
    }
    const connection = connections.get(message.connection);
    if (message.kind === 'close') {
      connection?.database.close();
      connections.delete(message.connection);
      return { id: message.id };
    }
    if (connection === undefined) throw new Error('the reader connection is closed');
    const statement = statementOf(connection, message);
    if (statement === null) return { id: message.id, writes: true };
    return { id: message.id, rows: statement.all(...message.parameters) };
  } catch (error) {
    return { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
}

// Each read is answered as soon as it is done, not with the others waiting in the port: answering a batch at once
// made the first read of it wait for the last, which cost a fifth of the throughput (docs/decisions/0062).
parentPort.on('message', (message) => {
  parentPort.postMessage([answerOf(message)]);
});
