import { WorkerThreadClient, type ThreadAnswer } from '../db/worker-thread-client';
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

/** The thread's answer to one message (audit-commit-worker.mjs). */
interface CommitAnswer extends ThreadAnswer {
  readonly ok: boolean;
  readonly error?: string;
}

const commitThread = new WorkerThreadClient<CommitAnswer>(
  new URL('./audit-commit-worker.mjs', import.meta.url),
  'audit commit thread',
);

/** Resolves when the thread did what was asked; rejects with its reason when it could not. */
async function done(answer: Promise<CommitAnswer>): Promise<void> {
  const { ok, error } = await answer;
  if (!ok) throw new Error(error ?? 'the audit commit thread refused');
}

/** Opens the thread's connection to `file`, a migrated SQLite file in WAL mode. */
export async function openAuditCommitConnection(file: string): Promise<AuditCommitConnection> {
  const thread = commitThread.open();
  const connection = commitThread.newNumber();
  try {
    await done(thread.ask({ kind: 'open', connection, file }));
  } catch (error) {
    await thread.close();
    throw error;
  }
  return {
    get alive() {
      return thread.alive();
    },
    commit: (entries) => done(thread.ask({ kind: 'commit', connection, entries })),
    close: () => thread.close({ kind: 'close', connection }),
  };
}
