import type Sqlite from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * WAL checkpoints off the event loop (docs/decisions/0050). With SQLite's default `wal_autocheckpoint`, the
 * commit that takes the write-ahead log past 1,000 pages copies those pages into the database file and flushes
 * it (`synchronous = FULL`) before it returns; better-sqlite3 is synchronous, so every request waits behind that
 * one commit. Here the server's connection does not checkpoint (`wal_autocheckpoint = 0`); one worker thread per
 * process keeps its own connection to each open file and runs a PASSIVE checkpoint every `intervalMs`. A PASSIVE
 * checkpoint takes no lock that readers or writers wait for, so requests go on meanwhile. Durability does not
 * change: a commit is durable once its log frames are flushed, which the committing connection still does;
 * a checkpoint only moves committed pages from the log into the main file. If the worker stops, the connections
 * it served checkpoint on commit again, as before.
 */
export interface WalCheckpointer {
  /** Stops checkpointing this file (after one last checkpoint) and closes the worker's connection to it. */
  close(): Promise<void>;
}

const CHECKPOINT_INTERVAL_MS = 250;

// The worker runs plain JavaScript (no TypeScript loader in worker threads); it is given the driver's path.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Sqlite = require(workerData.driver);
const files = new Map();
function checkpointAll() {
  for (const database of files.values()) {
    try { database.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or closed: the next turn tries again */ }
  }
}
setInterval(checkpointAll, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message.kind === 'open') {
    try {
      const database = new Sqlite(message.file);
      database.pragma('busy_timeout = 5000');
      database.pragma('synchronous = FULL');
      files.set(message.id, database);
      parentPort.postMessage({ kind: 'opened', id: message.id, ok: true });
    } catch (error) {
      parentPort.postMessage({ kind: 'opened', id: message.id, ok: false, error: String(error) });
    }
  } else if (message.kind === 'close') {
    const database = files.get(message.id);
    files.delete(message.id);
    try { database?.pragma('wal_checkpoint(PASSIVE)'); database?.close(); } catch { /* already gone */ }
    parentPort.postMessage({ kind: 'closed', id: message.id });
  }
});
`;

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (message: { ok?: boolean }) => void>();
const served = new Map<number, Sqlite.Database>();

function checkpointWorker(): Worker {
  if (worker !== null) return worker;
  const started = new Worker(workerSource, {
    eval: true,
    // No inherited loader flags: under tsx (npm start) the thread would load the TypeScript loader for nothing.
    execArgv: [],
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      intervalMs: CHECKPOINT_INTERVAL_MS,
    },
  });
  started.unref();
  started.on('message', (message: { id: number; ok?: boolean }) => {
    const resolve = waiting.get(message.id);
    waiting.delete(message.id);
    resolve?.(message);
  });
  const stopped = () => {
    // Nobody checkpoints for these connections any more: they go back to checkpointing on commit.
    for (const database of served.values()) {
      if (database.open) database.pragma('wal_autocheckpoint = 1000');
    }
    served.clear();
    for (const resolve of waiting.values()) resolve({ ok: false });
    waiting.clear();
    if (worker === started) worker = null;
  };
  started.on('error', stopped);
  started.on('exit', stopped);
  worker = started;
  return started;
}

function ask(
  target: Worker,
  message: { kind: 'open' | 'close'; id: number; file?: string },
): Promise<{ ok?: boolean }> {
  return new Promise((resolve) => {
    waiting.set(message.id, resolve);
    target.postMessage(message);
  });
}

/**
 * Moves the checkpoints of `database` (an open WAL-mode SQLite file) to the worker thread. Resolves once the
 * worker has its connection; until then, and if it cannot open one, the connection checkpoints on commit.
 */
export async function checkpointOffTheEventLoop(database: Sqlite.Database, file: string): Promise<WalCheckpointer> {
  const id = nextId++;
  const target = checkpointWorker();
  const answer = await ask(target, { kind: 'open', id, file });
  if (answer.ok !== true) return { close: () => Promise.resolve() };
  if (!database.open) {
    // Closed while the worker was opening its connection: nothing to checkpoint for.
    await ask(target, { kind: 'close', id });
    return { close: () => Promise.resolve() };
  }
  served.set(id, database);
  database.pragma('wal_autocheckpoint = 0');
  return {
    close: async () => {
      if (!served.delete(id)) return;
      if (database.open) database.pragma('wal_autocheckpoint = 1000');
      await ask(target, { kind: 'close', id });
      if (served.size === 0 && worker === target) {
        worker = null;
        await target.terminate();
      }
    },
  };
}
