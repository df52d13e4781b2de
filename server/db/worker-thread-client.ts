import { Worker } from 'node:worker_threads';

/** What a worker thread answers: a list, one item per message it handled since its last answer. */
export interface ThreadAnswer {
  readonly id: number;
}

/**
 * The event loop's side of a worker thread that answers numbered messages: the audit commit thread
 * (server/audit/audit-commit-thread.ts) and the committed reader's thread (committed-reader.ts). One thread per
 * script and process, started by the first `open` and ended when the last user has closed: the tests open dozens
 * of apps in one process, and a thread costs tens of milliseconds to start.
 *
 * A thread answers with a list, so one answer may settle many messages: the audit commit thread commits every batch
 * waiting in its port together and answers them at once; the reader answers each read as soon as it is done.
 *
 * The thread keeps the process alive only while a message waits for its answer, so a command that read
 * through it can still exit, and a read or commit in flight is never cut off by the process ending.
 */
export class WorkerThreadClient<Answer extends ThreadAnswer> {
  private thread: Worker | null = null;
  /** Threads that failed or ended: nothing posted to them would ever be answered. */
  private readonly stoppedThreads = new WeakSet<Worker>();
  private readonly waiting = new Map<number, { resolve(answer: Answer): void; reject(error: Error): void }>();
  private nextId = 0;
  private users = 0;

  constructor(
    private readonly script: URL,
    private readonly name: string,
  ) {}

  /** A new number, for naming what the thread keeps per user (a connection) without a message. */
  newNumber(): number {
    return this.nextId++;
  }

  /** Counts a user of the thread, starting it if needed; returns a handle that asks it and lets it go. */
  open(): ThreadUser<Answer> {
    const target = this.started();
    this.users += 1;
    let closed = false;
    return {
      alive: () => !this.stoppedThreads.has(target),
      ask: (message) => this.ask(target, message),
      close: async (farewell) => {
        if (closed) return;
        closed = true;
        this.users -= 1;
        if (farewell !== undefined) await this.ask(target, farewell).catch(() => undefined);
        if (this.users === 0 && this.thread === target) {
          this.thread = null;
          await target.terminate();
        }
      },
    };
  }

  private started(): Worker {
    if (this.thread !== null) return this.thread;
    // No inherited loader flags: under tsx (npm start) the thread would load the TypeScript loader for nothing.
    const started = new Worker(this.script, { execArgv: [] });
    started.unref();
    started.on('message', (answers: readonly Answer[]) => {
      for (const answer of answers) {
        const waiter = this.waiting.get(answer.id);
        this.waiting.delete(answer.id);
        waiter?.resolve(answer);
      }
      if (this.waiting.size === 0) started.unref();
    });
    const stopped = (reason: string) => {
      this.stoppedThreads.add(started);
      if (this.thread === started) this.thread = null;
      for (const waiter of this.waiting.values()) waiter.reject(new Error(reason));
      this.waiting.clear();
    };
    started.on('error', (error) => {
      stopped(`the ${this.name} failed: ${error.message}`);
    });
    started.on('exit', () => {
      stopped(`the ${this.name} stopped`);
    });
    this.thread = started;
    return started;
  }

  private ask(target: Worker, message: Readonly<Record<string, unknown>>): Promise<Answer> {
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      if (this.stoppedThreads.has(target)) {
        reject(new Error(`the ${this.name} stopped`));
        return;
      }
      if (this.waiting.size === 0) target.ref();
      this.waiting.set(id, { resolve, reject });
      target.postMessage({ ...message, id });
    });
  }
}

/** One user's handle on a worker thread (WorkerThreadClient.open). */
export interface ThreadUser<Answer> {
  /** False once the thread has stopped (it failed): what it did must then be done elsewhere. */
  alive(): boolean;
  /** Posts a message; resolves with the thread's answer to it, rejects if the thread stops first. */
  ask(message: Readonly<Record<string, unknown>>): Promise<Answer>;
  /** Sends `farewell` (if given) and waits for its answer, then lets the thread go; the last user ends it. */
  close(farewell?: Readonly<Record<string, unknown>>): Promise<void>;
}
