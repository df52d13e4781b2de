import { parseArgs } from 'node:util';

/** What one run of the crash-safety trials does (bench/crash-safety.ts). */
export interface CrashOptions {
  readonly trials: number;
  readonly database: 'sqlite' | 'postgres';
  /** The PostgreSQL server to use (a fresh schema is made in it); null on SQLite. */
  readonly postgresUrl: string | null;
  /** Concurrent writers, each with its own plan (so its autosaves and scores have one order). */
  readonly writers: number;
  readonly seed: number;
  /** The kill comes at a seeded moment between a tenth of this and this many milliseconds into the load. */
  readonly killWithinMs: number;
}

/** Bad usage: printed as one line on stderr, exit status 2. */
export class CrashUsageError extends Error {}

export const CRASH_USAGE =
  'usage: npm run bench:crash -- [--trials N] [--database sqlite|postgres] [--writers N] [--seed N] [--kill-within MS]';

function whole(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new CrashUsageError(
      `--${name}: expected a whole number from ${String(min)} to ${String(max)}, got "${text}"`,
    );
  }
  return value;
}

/** Reads the command line (strict: an unknown flag is bad usage) and, for PostgreSQL, where the server is. */
export function parseCrashOptions(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CrashOptions {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        trials: { type: 'string', default: '50' },
        database: { type: 'string', default: 'sqlite' },
        writers: { type: 'string', default: '4' },
        seed: { type: 'string', default: '20261206' },
        'kill-within': { type: 'string', default: '2500' },
      },
    }));
  } catch (error) {
    // parseArgs explains itself in one sentence; keep only its first line.
    throw new CrashUsageError((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? CRASH_USAGE);
  }
  const database = values.database ?? 'sqlite';
  if (database !== 'sqlite' && database !== 'postgres') {
    throw new CrashUsageError(`--database: expected sqlite or postgres, got "${database}"`);
  }
  const postgresUrl =
    database === 'postgres' ? ([env.DATABASE_URL, env.BINDER_TEST_POSTGRES_URL].find((url) => url) ?? null) : null;
  if (database === 'postgres' && postgresUrl === null) {
    throw new CrashUsageError('--database postgres needs DATABASE_URL or BINDER_TEST_POSTGRES_URL (a postgres:// URL)');
  }
  return {
    trials: whole('trials', values.trials ?? '', 1, 1000),
    database,
    postgresUrl,
    writers: whole('writers', values.writers ?? '', 1, 32),
    seed: whole('seed', values.seed ?? '', 0, 2 ** 32 - 1),
    killWithinMs: whole('kill-within', values['kill-within'] ?? '', 100, 60_000),
  };
}
