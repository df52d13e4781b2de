import { CrashUsageError, CRASH_USAGE, parseCrashOptions } from './crash/crash-options';
import { runCrashTrials, type CrashSummary } from './crash/run-trials';
import { writeResult } from './bench-database';

// npm run bench:crash -- [--trials 50] [--database sqlite|postgres] [--writers 4] [--seed N] [--kill-within MS]
// kill -9 under concurrent writes, N times, then restart and check that every acknowledged write is there with
// its audit entry and that the audit chain verifies (docs/reliability.md). Exit 0 only if nothing was lost.

function summaryLines(summary: CrashSummary, database: string, writers: number, seed: number): string[] {
  const n = (value: number) => value.toLocaleString('en-US');
  const kinds = Object.entries(summary.acknowledgedByKind)
    .map(([kind, value]) => `${kind} ${n(value)}`)
    .join(', ');
  return [
    `crash safety on ${database}: ${n(summary.trials)} kill -9 trials, ${String(writers)} writers and a reader, seed ${String(seed)}`,
    `  acknowledged writes: ${n(summary.acknowledged)} (${kinds})`,
    `  lost: ${n(summary.lost)} after each restart, ${n(summary.lostAtTheEnd)} when every trial was checked again at the end`,
    `  unacknowledged (in flight at a kill): ${n(summary.unacknowledged)}, of which landed: ${n(summary.landedUnacknowledged)}`,
    `  refused writes (should be 0): ${n(summary.refused)}; reads answered: ${n(summary.readsAnswered)}`,
    `  audit entries matched the writes (and reads) in ${n(summary.auditMatched)} of ${n(summary.trials)} trials`,
    `  binder audit verify: chain intact in ${n(summary.chainIntact)} of ${n(summary.trials)} restarts` +
      (database === 'sqlite' ? `; SQLite integrity_check ok in ${n(summary.integrityOk)}` : ''),
    ...summary.problems.map((line) => `  problem: ${line}`),
    summary.ok ? 'crash safety held' : 'CRASH SAFETY FAILED',
  ];
}

let options;
try {
  options = parseCrashOptions(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof CrashUsageError)) throw error;
  process.stderr.write(`bench:crash: ${error.message} (${CRASH_USAGE.replace('usage: ', '')})\n`);
  process.exit(2);
}

// Ctrl-C: finish the trial under way, stop the server and remove the temporary data, then report.
const interrupt = new AbortController();
process.once('SIGINT', () => {
  interrupt.abort();
});
process.once('SIGTERM', () => {
  interrupt.abort();
});

const summary = await runCrashTrials(options, (line) => process.stdout.write(`${line}\n`), interrupt.signal);
for (const line of summaryLines(summary, options.database, options.writers, options.seed)) {
  process.stdout.write(`${line}\n`);
}
const { problems, ...figures } = summary;
process.stdout.write(
  `  results: ${writeResult('crash-safety', options.database, { ...figures, problems: problems.length, writers: options.writers, seed: options.seed, killWithinMs: options.killWithinMs })}\n`,
);
process.exitCode = summary.ok ? 0 : 1;
