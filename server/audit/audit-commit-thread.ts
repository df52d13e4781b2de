import { Worker } from 'node:worker_threads';
import type { AuditFacts } from './audit-entry';

/**
 * The group commits of a SQLite file's audit entries on a worker thread (docs/decisions/0056). better-sqlite3 is
 * synchronous: on the event loop, each commit's disk flush (synchronous = FULL) holds every request behind it.
 * Here one thread per process keeps its own connection to each file and commits there, while the event loop
 * goes on answering; a request still waits for the commit of its own entry before it is answered, so the
 * guarantee is unchanged: no answer leaves before its entry is on disk.
 *
 * The thread's connection and the server's are two writers of one file. SQLite lets one write at a time: the
 * server's transactions begin `immediate` (dialect.ts), so neither ever writes from a stale snapshot; each waits
 * for the other's lock.
 */
export interface AuditCommitConnection {
  /** False once the thread has stopped (it failed): commits must then be made elsewhere. */
  readonly alive: boolean;
  /** Commits the entries, in order, as one transaction; resolves once they are on disk. */
  commit(entries: readonly AuditFacts[]): Promise<void>;
  close(): Promise<void>;
}

interface Answer {
  readonly id: number;
  readonly ok: boolean;
  readonly error?: string;
}

let thread: Worker | null = null;
/** Threads that failed or ended: nothing posted to them would ever be answered. */
const stoppedThreads = new WeakSet<Worker>();
let nextId = 0;
let openConnections = 0;
const waiting = new Map<number, (answer: Answer) => void>();

function commitThread(): Worker {
  if (thread !== null) return thread;
  // No inherited loader flags: under tsx (npm start) the thread would load the TypeScript loader for nothing.
  const started = new Worker(new URL('./audit-commit-worker.mjs', import.meta.url), { execArgv: [] });
  // The thread does not keep the process alive; every request waiting on it does, until it is answered.
  started.unref();
  started.on('message', (answer: Answer) => {
    const resolve = waiting.get(answer.id);
    waiting.delete(answer.id);
    resolve?.(answer);
  });
  const stopped = (reason: string) => {
    stoppedThreads.add(started);
    if (thread === started) thread = null;
    for (const resolve of waiting.values()) resolve({ id: -1, ok: false, error: reason });
    waiting.clear();
  };
  started.on('error', (error) => {
    stopped(`the audit commit thread failed: ${error.message}`);
  });
  started.on('exit', () => {
    stopped('the audit commit thread stopped');
  });
  thread = started;
  return started;
}

function ask(target: Worker, message: Record<string, unknown>): Promise<void> {
  const id = nextId++;
  return new Promise<void>((resolve, reject) => {
    if (stoppedThreads.has(target)) {
      reject(new Error('the audit commit thread stopped'));
      return;
    }
    waiting.set(id, (answer) => {
      if (answer.ok) resolve();
      else reject(new Error(answer.error ?? 'the audit commit thread refused'));
    });
    target.postMessage({ ...message, id });
  });
}

/** Opens the thread's connection to `file`, a migrated SQLite file in WAL mode. */
export async function openAuditCommitConnection(file: string): Promise<AuditCommitConnection> {
  const target = commitThread();
  const connection = nextId++;
  await ask(target, { kind: 'open', connection, file });
  openConnections += 1;
  let closed = false;
  return {
    get alive() {
      return !stoppedThreads.has(target);
    },
    commit: (entries) => ask(target, { kind: 'commit', connection, entries }),
    close: async () => {
      if (closed) return;
      closed = true;
      openConnections -= 1;
      await ask(target, { kind: 'close', connection }).catch(() => undefined);
      if (openConnections === 0 && thread === target) {
        thread = null;
        await target.terminate();
      }
    },
  };
}
