import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomBytes } from 'node:crypto';
import { benchDatabaseUrl, benchFlags, summarize, writeResult } from './bench-database';
import {
  letter,
  newAccount,
  send,
  startServer,
  stopServer,
  withSchema,
  type Account,
  type Answer,
} from './bench-server';

// npm run bench:render [-- --letters 100 --exports 20 --threads N]
// Is the server still answering while it makes documents? `GET /api/v1/health` (one `select 1`) is asked again
// and again, one request at a time, first with nothing else going on (the baseline), then while `--letters`
// letter PDFs and then `--exports` whole-record ZIPs are requested all at once. Each account may have 4
// renders at once (the default limit), so the load comes from ⌈letters / 4⌉ and ⌈exports / 4⌉ accounts.
// Two servers are measured in the same run, each a real `binder serve` in its own process on 127.0.0.1 with
// a fresh SQLite database (with DATABASE_URL set, a fresh PostgreSQL schema): rendering on the event loop (BINDER_RENDER_THREADS=0, as before the pool) and in
// the worker pool (one thread per core unless --threads). Goal: health answers within 200 ms while 100
// letter PDFs render.
const flags = benchFlags({
  letters: { type: 'string', default: '100' },
  exports: { type: 'string', default: '20' },
  threads: { type: 'string', default: String(Math.max(1, availableParallelism())) },
  'baseline-seconds': { type: 'string', default: '3' },
});
const LETTERS = Number(flags.letters);
const EXPORTS = Number(flags.exports);
const THREADS = Number(flags.threads);
const BASELINE_MS = Number(flags['baseline-seconds']) * 1000;
const PER_ACCOUNT = 4;
/** Pause between two health probes: a monitor asks often, but does not hammer. */
const PROBE_GAP_MS = 5;
const DATABASE_URL = benchDatabaseUrl();

/**
 * An account with the demo family, three saved letters for the IEP child, and ten weekly scores on each of its
 * goals: its export holds record.json, three letter PDFs and the progress reports with graphs.
 */
async function exportingAccount(base: string, agent: Agent, n: number): Promise<{ account: Account; path: string }> {
  const account = await newAccount(base, agent, n);
  await send(base, agent, 'POST', '/api/v1/demo', account.headers, {});
  const { students } = JSON.parse(
    (await send(base, agent, 'GET', '/api/v1/students', account.headers)).body.toString(),
  ) as {
    students: { id: string }[];
  };
  for (const student of students) {
    const { plans } = JSON.parse(
      (await send(base, agent, 'GET', `/api/v1/students/${student.id}/plans`, account.headers)).body.toString(),
    ) as { plans: { id: string; framework: string }[] };
    const iep = plans.find((plan) => plan.framework === 'iep');
    if (iep === undefined) continue;
    for (let i = 0; i < 3; i += 1)
      await send(base, agent, 'POST', `/api/v1/students/${student.id}/letters`, account.headers, letter(n));
    for (const goalId of ['demo-goal-reading', 'demo-goal-writing']) {
      for (let week = 0; week < 10; week += 1) {
        const date = new Date(Date.UTC(2026, 8, 7 + week * 7)).toISOString().slice(0, 10);
        await send(base, agent, 'POST', `/api/v1/plans/${iep.id}/goals/${goalId}/points`, account.headers, {
          date,
          value: 40 + week * 3 + (week % 3),
        });
      }
    }
    return { account, path: `/api/v1/students/${student.id}/export.zip` };
  }
  throw new Error('the demo family has no IEP');
}

/** One health answer: when it was asked (performance.now()) and how long it took, in ms. */
interface Probe {
  readonly at: number;
  readonly ms: number;
}

/** Asks for health one request at a time until `until` says stop. */
async function probeHealth(base: string, until: () => boolean): Promise<Probe[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const samples: Probe[] = [];
  try {
    while (!until()) {
      const start = performance.now();
      const answer = await send(base, agent, 'GET', '/api/v1/health');
      samples.push({ at: start, ms: performance.now() - start });
      if (answer.status !== 200) throw new Error(`health answered ${String(answer.status)}`);
      await sleep(PROBE_GAP_MS);
    }
  } finally {
    agent.destroy();
  }
  return samples;
}

/** p50, p95 and max of the probes, and when the slowest was asked. */
function healthOf(probes: readonly Probe[], since: number) {
  const slowest = probes.reduce((worst, probe) => (probe.ms > worst.ms ? probe : worst), { at: since, ms: 0 });
  return {
    ...summarize(probes.map((probe) => probe.ms)),
    samples: probes.length,
    slowestAtSeconds: (slowest.at - since) / 1000,
  };
}

interface Burst {
  readonly health: ReturnType<typeof healthOf>;
  readonly seconds: number;
  readonly ok: number;
  readonly refused: number;
}

/** Sends every request at once and probes health until the last answer is in. */
async function burst(base: string, requests: readonly (() => Promise<Answer>)[], expected: string): Promise<Burst> {
  let finished = false;
  const probing = probeHealth(base, () => finished);
  await sleep(50); // the probe is running before the burst starts
  const start = performance.now();
  const answers = await Promise.all(requests.map((make) => make()));
  const seconds = (performance.now() - start) / 1000;
  finished = true;
  const probes = await probing;
  const ok = answers.filter((a) => a.status === 200 && a.headers['content-type'] === expected).length;
  return { health: healthOf(probes, start), seconds, ok, refused: answers.length - ok };
}

async function measure(threads: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'binder-bench-render-'));
  const schema = `bench_render_${randomBytes(4).toString('hex')}`;
  await withSchema('create', schema);
  const { base, child } = await startServer(threads, dataDir, schema);
  const setupAgent = new Agent({ keepAlive: true });
  const loadAgent = new Agent({ keepAlive: true, maxSockets: Infinity });
  try {
    const letterAccounts: Account[] = [];
    for (let i = 0; i < Math.ceil(LETTERS / PER_ACCOUNT); i += 1)
      letterAccounts.push(await newAccount(base, setupAgent, i));
    const exporters: { account: Account; path: string }[] = [];
    for (let i = 0; i < Math.ceil(EXPORTS / PER_ACCOUNT); i += 1)
      exporters.push(await exportingAccount(base, setupAgent, 1000 + i));
    // Warm-up: each kind of document once (worker threads start, fonts load), as a server that has been up a while.
    const warmLetter = letterAccounts[0];
    const warmExport = exporters[0];
    if (warmLetter === undefined || warmExport === undefined) throw new Error('nothing to render');
    await send(base, loadAgent, 'POST', '/api/v1/letters/pdf', warmLetter.headers, letter(0));
    await send(base, loadAgent, 'GET', warmExport.path, warmExport.account.headers);

    let baselineEnds = 0;
    const probing = probeHealth(base, () => baselineEnds !== 0 && performance.now() > baselineEnds);
    baselineEnds = performance.now() + BASELINE_MS;
    const baseline = healthOf(await probing, baselineEnds - BASELINE_MS);

    const letters = await burst(
      base,
      Array.from({ length: LETTERS }, (_, i) => {
        const account = letterAccounts[Math.floor(i / PER_ACCOUNT)] ?? warmLetter;
        return () => send(base, loadAgent, 'POST', '/api/v1/letters/pdf', account.headers, letter(i));
      }),
      'application/pdf',
    );
    const archives = await burst(
      base,
      Array.from({ length: EXPORTS }, (_, i) => {
        const exporter = exporters[Math.floor(i / PER_ACCOUNT)] ?? warmExport;
        return () => send(base, loadAgent, 'GET', exporter.path, exporter.account.headers);
      }),
      'application/zip',
    );
    return { threads, baseline, letters, archives };
  } finally {
    setupAgent.destroy();
    loadAgent.destroy();
    await stopServer(child);
    rmSync(dataDir, { recursive: true, force: true });
    await withSchema('drop', schema);
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(1)}×`;

const runs = [await measure(0), await measure(THREADS)];
console.log(
  `health latency (GET /api/v1/health, one at a time), ${String(availableParallelism())} cores, Node ${process.version}`,
);
for (const run of runs) {
  const label = run.threads === 0 ? 'on the event loop (before)' : `worker pool, ${String(run.threads)} thread(s)`;
  console.log(`\n${label}`);
  const row = (name: string, h: Burst['health'], extra: string) => {
    console.log(
      `  ${name.padEnd(28)} p50 ${ms(h.median).padStart(9)}  p95 ${ms(h.p95).padStart(9)}  max ${ms(h.max).padStart(9)}  ` +
        `(${String(h.samples)} probes; p95 ${ratio(h.p95, run.baseline.p95)} the baseline's; slowest asked at ` +
        `+${h.slowestAtSeconds.toFixed(2)} s)${extra}`,
    );
  };
  row('alone (baseline)', run.baseline, '');
  row(
    `while ${String(LETTERS)} letter PDFs render`,
    run.letters.health,
    `; ${String(run.letters.ok)} PDFs in ${run.letters.seconds.toFixed(2)} s`,
  );
  row(
    `while ${String(EXPORTS)} export ZIPs build`,
    run.archives.health,
    `; ${String(run.archives.ok)} ZIPs in ${run.archives.seconds.toFixed(2)} s`,
  );
  if (run.letters.refused + run.archives.refused > 0)
    console.log(`  refused or failed: ${String(run.letters.refused)} letters, ${String(run.archives.refused)} exports`);
}
const [inline, pooled] = runs;
if (inline !== undefined && pooled !== undefined) {
  console.log(
    `\nmax health latency, pool against event loop: letters ${ms(pooled.letters.health.max)} vs ${ms(inline.letters.health.max)}, ` +
      `exports ${ms(pooled.archives.health.max)} vs ${ms(inline.archives.health.max)}; goal (< 200 ms while ${String(LETTERS)} letters render): ` +
      (pooled.letters.health.max < 200 ? 'met' : 'missed'),
  );
}
console.log(
  `written to ${writeResult('health-under-render', DATABASE_URL === null ? 'sqlite' : 'postgres', { letters: LETTERS, exports: EXPORTS, runs })}`,
);
