/**
 * Deadline engine benchmark: `npx tsx bench/timeline.ts [count] [seed]`.
 * Generates fictional case files (not timed), warms up, then times `computeTimeline` alone over all
 * of them and, in the same process, a baseline that only copies and sorts each case's events by
 * date. Prints cases per second for both and the ratio engine time / baseline time, in wall-clock and CPU time.
 */
import { performance } from 'node:perf_hooks';
import { computeTimeline } from '../core/timeline/compute-timeline';
import { generateCases } from './generate-cases';

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 20_250_901);

const cases = generateCases(count, seed);
const eventTotal = cases.reduce((sum, entry) => sum + entry.caseFile.events.length, 0);

function baseline(): number {
  let checksum = 0;
  for (const { caseFile } of cases) {
    const sorted = [...caseFile.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    checksum += sorted.length;
  }
  return checksum;
}

function engine(): number {
  let checksum = 0;
  for (const { caseFile, asOf } of cases) checksum += computeTimeline(caseFile, asOf).deadlines.length;
  return checksum;
}

/** Wall time and this process's CPU time (the latter is steadier on a shared machine). */
function time(run: () => number): { ms: number; cpuMs: number; checksum: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const checksum = run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, checksum };
}

// Warm-up: let the JIT see both paths before timing.
time(engine);
time(baseline);

const engineRuns = [time(engine), time(engine), time(engine)];
const baselineRuns = [time(baseline), time(baseline), time(baseline)];
const best = (runs: { ms: number }[]) => Math.min(...runs.map((run) => run.ms));
const bestCpu = (runs: { cpuMs: number }[]) => Math.min(...runs.map((run) => run.cpuMs));
const engineMs = best(engineRuns);
const baselineMs = best(baselineRuns);
const perSecond = (ms: number) => Math.round((count / ms) * 1000);
const engineCpuMs = bestCpu(engineRuns);
const baselineCpuMs = bestCpu(baselineRuns);

console.log(
  `cases: ${String(count)} (seed ${String(seed)}), events: ${String(eventTotal)}, deadlines: ${String(engineRuns[0]?.checksum ?? 0)}`,
);
console.log(`engine:   ${engineMs.toFixed(0)} ms, ${perSecond(engineMs).toLocaleString('en-US')} cases/s (best of 3)`);
console.log(
  `baseline: ${baselineMs.toFixed(0)} ms, ${perSecond(baselineMs).toLocaleString('en-US')} cases/s (copy + sort events by date)`,
);
console.log(
  `engine CPU time: ${engineCpuMs.toFixed(0)} ms, ${perSecond(engineCpuMs).toLocaleString('en-US')} cases/s of CPU`,
);
console.log(`ratio engine/baseline: ${(engineMs / baselineMs).toFixed(1)}x`);
// On a shared machine the wall-clock ratio counts the time the engine waited for a core (its passes are ten
// times longer than the baseline's, so it is interrupted more); the CPU-time ratio is the steadier reading.
console.log(
  `ratio of CPU time: ${(engineCpuMs / baselineCpuMs).toFixed(1)}x (baseline CPU ${baselineCpuMs.toFixed(0)} ms)`,
);
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
