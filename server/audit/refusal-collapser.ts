import type { AuditFacts } from './audit-entry';
import type { AuditSink } from './audit-recorder';

/** Runs `task` after `ms` milliseconds; returns what cancels it. */
export type Schedule = (task: () => void, ms: number) => () => void;

/** A timer that never keeps the process alive on its own (closing the app writes what is pending). */
const realTimer: Schedule = (task, ms) => {
  const timer = setTimeout(task, ms);
  timer.unref();
  return () => {
    clearTimeout(timer);
  };
};

interface Window {
  /** The newest refusal counted in this window, not yet written. */
  facts: AuditFacts | null;
  pending: number;
  cancel: () => void;
}

/** Above this many open windows, refusals are written one by one (memory stays bounded whatever the traffic). */
const MAX_WINDOWS = 10_000;

/**
 * Repeated refusals from one source become one audit entry with a count (docs/decisions/0013), without
 * rewriting anything (the chain is append-only): the first refusal from a source is written at once and opens
 * a window; the refusals that follow within the window are counted in memory, and written as one entry with
 * their count when the window closes or the app closes. A crash loses at most the count of the open windows,
 * never a first refusal. A source is whatever the caller passes: the address, the account, the child, the
 * route and the action.
 */
export class RefusalCollapser {
  private readonly windows = new Map<string, Window>();
  /** Counts being written by a closing window's timer: closing the app waits for them too. */
  private readonly writing = new Set<Promise<void>>();

  constructor(
    private readonly sink: AuditSink,
    private readonly windowMs: number,
    private readonly onError: (error: unknown) => void,
    private readonly schedule: Schedule = realTimer,
  ) {}

  /** A refusal to record: resolves once it is committed, or at once when it only joins an open window's count. */
  async refuse(source: string, facts: AuditFacts): Promise<void> {
    const open = this.windows.get(source);
    if (open !== undefined) {
      this.add(open, facts);
      return;
    }
    if (this.windowMs > 0 && this.windows.size < MAX_WINDOWS) this.open(source, null);
    await this.sink.append(facts);
  }

  /**
   * A refusal answered without any database work (the address is over its limit): only counted, written when
   * its window closes (a window opens for it if none is open).
   */
  count(source: string, facts: AuditFacts): void {
    if (this.windowMs === 0 || (!this.windows.has(source) && this.windows.size >= MAX_WINDOWS)) {
      this.track(this.sink.append(facts));
      return;
    }
    this.add(this.windows.get(source) ?? this.open(source, null), facts);
  }

  /** Writes the count of every open window now (the app is closing); resolves once they are committed. */
  async flush(): Promise<void> {
    const closing = [...this.windows.keys()].map((source) => this.close(source));
    await Promise.all([...closing, ...this.writing]);
  }

  private open(source: string, facts: AuditFacts | null): Window {
    const window: Window = {
      facts,
      pending: 0,
      cancel: this.schedule(() => {
        this.track(this.close(source));
      }, this.windowMs),
    };
    this.windows.set(source, window);
    return window;
  }

  /** A write nobody awaits: its error is reported, and closing the app waits for it. */
  private track(write: Promise<void>): void {
    const settled = write.catch(this.onError);
    this.writing.add(settled);
    void settled.finally(() => this.writing.delete(settled));
  }

  private add(window: Window, facts: AuditFacts): void {
    // Made-up record ids differ from one refusal to the next: the entry names the record only when they agree.
    const entityId = window.facts === null || window.facts.entityId === facts.entityId ? facts.entityId : null;
    window.facts = { ...facts, entityId };
    window.pending += 1;
  }

  private async close(source: string): Promise<void> {
    const window = this.windows.get(source);
    if (window === undefined) return;
    this.windows.delete(source);
    window.cancel();
    if (window.facts === null || window.pending === 0) return;
    await this.sink.append({ ...window.facts, count: window.pending });
  }
}
