import { describe, expect, it } from 'vitest';
import { CrashUsageError, parseCrashOptions } from './crash/crash-options';
import { runCrashTrials } from './crash/run-trials';

// The crash-safety trials of docs/reliability.md, kept working: the same code as `npm run bench:crash`, with two
// short trials on SQLite (real server processes, real kill -9, real restarts).
describe('crash-safety trials', () => {
  it('loses no acknowledged write across two kill -9 trials, and the audit chain verifies after each', async () => {
    const lines: string[] = [];
    const summary = await runCrashTrials(
      { trials: 2, database: 'sqlite', postgresUrl: null, writers: 2, seed: 7, killWithinMs: 400 },
      (line) => lines.push(line),
    );
    expect(summary.problems).toEqual([]);
    expect(summary.trials).toBe(2);
    // The setup alone is acknowledged (a child and a plan per writer), so every trial checks something.
    expect(summary.acknowledged).toBeGreaterThanOrEqual(6);
    expect(summary.lost + summary.lostAtTheEnd).toBe(0);
    expect(summary.chainIntact).toBe(2);
    expect(summary.auditMatched).toBe(2);
    expect(summary.integrityOk).toBe(2);
    expect(summary.ok).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^trial 2\/2: killed after \d+ ms; .* chain intact$/);
  }, 300_000); // seconds on an idle machine (three server starts, two `audit verify` runs); the bound is for a busy one

  it('refuses bad options with one line', () => {
    const parse =
      (args: string[], env: Record<string, string> = {}) =>
      () =>
        parseCrashOptions(args, env);
    expect(parse(['--trials', 'many'])).toThrow(CrashUsageError);
    expect(parse(['--trials', '0'])).toThrow('--trials: expected a whole number from 1 to 1000, got "0"');
    expect(parse(['--database', 'mysql'])).toThrow('--database: expected sqlite or postgres, got "mysql"');
    expect(parse(['--database', 'postgres'])).toThrow('needs DATABASE_URL or BINDER_TEST_POSTGRES_URL');
    expect(parse(['--what'])).toThrow(CrashUsageError);
    expect(
      parseCrashOptions(['--database', 'postgres'], { BINDER_TEST_POSTGRES_URL: 'postgres://x@127.0.0.1/y' }),
    ).toMatchObject({
      database: 'postgres',
      postgresUrl: 'postgres://x@127.0.0.1/y',
      trials: 50,
    });
  });
});
