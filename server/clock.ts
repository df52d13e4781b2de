/** Time as the server sees it; passed down so tests can fix it. */
export interface Clock {
  /** The current instant, for timestamps (stored as ISO strings in UTC). */
  now(): Date;
  /** Today's date where the server runs, `YYYY-MM-DD`: the as-of date for deadlines and plans. */
  today(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => localDate(new Date()),
};

/** A clock stopped at one instant, for tests and reproducible runs. */
export function fixedClock(instant: string, today: string): Clock {
  return { now: () => new Date(instant), today: () => today };
}

function localDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(instant.getFullYear())}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}
