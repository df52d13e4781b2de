import type { Clock } from './clock';
import type { Database } from './db/database';
import { refreshStaleDeadlines } from './services/refresh-stale-deadlines';

/** How often the server looks whether the date has changed. */
const CHECK_EVERY_MS = 15 * 60 * 1000;

export interface DeadlineRefreshSchedule {
  /** Stops checking and waits for a refresh under way to finish (before the database closes). */
  stop(): Promise<void>;
}

/**
 * Runs the nightly refresh inside `binder serve`: once at start, then whenever the date has changed, so a
 * single-machine install needs no cron. A district with several servers can leave it on (a second run finds
 * nothing stale) or run `binder refresh-deadlines` from its scheduler instead.
 */
export function scheduleDeadlineRefresh(
  database: Database,
  clock: Clock,
  log: (line: string) => void,
): DeadlineRefreshSchedule {
  let refreshedFor: string | null = null;
  let running: Promise<void> | null = null;
  const tick = () => {
    const today = clock.today();
    if (today === refreshedFor || running !== null) return;
    running = refreshStaleDeadlines(database, today)
      .then((count) => {
        refreshedFor = today;
        if (count > 0) log(`Refreshed the stored deadlines of ${String(count)} children for ${today}.`);
      })
      .catch((error: unknown) => {
        log(
          `The deadline refresh failed and will be tried again: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, CHECK_EVERY_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
