import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { benchDatabaseUrl, benchFlags, summarize, writeResult } from './bench-database';
import { letter, newAccount, send, startServer, stopServer, withSchema, type Account } from './bench-server';

// npm run bench:binder [-- --warm 5 --threads N]
// How long the demo child's binder PDF takes (issue 19: under 5 s on this machine). A real `binder serve` is
// started with a fresh database; the first binder is asked for before anything else has been rendered (the worker
// pool and the fonts start cold, as after a restart), then `--warm` more one after another. The baseline of the
// same run is a one-page letter PDF made by the same warm pool, so the report says what the binder costs beside
// the smallest document Binder makes.
const flags = benchFlags({
  warm: { type: 'string', default: '5' },
  threads: { type: 'string', default: String(Math.max(1, availableParallelism())) },
});
const WARM = Number(flags.warm);
const THREADS = Number(flags.threads);
const DATABASE_URL = benchDatabaseUrl();
const GOAL_SECONDS = 5;

/** Milliseconds one request takes; throws unless it answers 200 with `type`. */
async function timed(ask: () => ReturnType<typeof send>, type: string): Promise<number> {
  const start = performance.now();
  const answer = await ask();
  const ms = performance.now() - start;
  if (answer.status !== 200 || answer.headers['content-type'] !== type)
    throw new Error(`expected 200 ${type}, got ${String(answer.status)} ${String(answer.headers['content-type'])}`);
  return ms;
}

/** The demo family's child with an IEP (the binder with goals, graphs, services and meetings). */
async function demoChild(base: string, agent: Agent, account: Account): Promise<string> {
  await send(base, agent, 'POST', '/api/v1/demo', account.headers, {});
  const listed = await send(base, agent, 'GET', '/api/v1/students', account.headers);
  const { students } = JSON.parse(listed.body.toString()) as { students: { id: string; givenName: string }[] };
  const maya = students.find((student) => student.givenName === 'Maya');
  if (maya === undefined) throw new Error('the demo family has no Maya');
  return maya.id;
}

const dataDir = mkdtempSync(join(tmpdir(), 'binder-bench-binder-'));
const schema = `bench_binder_${randomBytes(4).toString('hex')}`;
await withSchema('create', schema);
const { base, child } = await startServer(THREADS, dataDir, schema);
const agent = new Agent({ keepAlive: true });
try {
  const account = await newAccount(base, agent, 1);
  const studentId = await demoChild(base, agent, account);
  const binder = () => send(base, agent, 'GET', `/api/v1/students/${studentId}/binder.pdf`, account.headers);
  const cold = await timed(binder, 'application/pdf');
  const warm: number[] = [];
  for (let i = 0; i < WARM; i += 1) warm.push(await timed(binder, 'application/pdf'));
  const letters: number[] = [];
  for (let i = 0; i < WARM; i += 1)
    letters.push(
      await timed(
        () => send(base, agent, 'POST', '/api/v1/letters/pdf', account.headers, letter(i)),
        'application/pdf',
      ),
    );
  const warmFigures = summarize(warm);
  const letterFigures = summarize(letters);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const verdict = (ms: number) => (ms < GOAL_SECONDS * 1000 ? 'met' : 'missed');
  console.log(
    `the demo child's binder PDF, ${String(THREADS)} render thread(s), ${String(availableParallelism())} cores, Node ${process.version}`,
  );
  console.log(`  first after start (cold pool): ${seconds(cold)}  goal < ${String(GOAL_SECONDS)} s: ${verdict(cold)}`);
  console.log(
    `  warm, ${String(WARM)} in a row: median ${seconds(warmFigures.median)}, max ${seconds(warmFigures.max)}  goal: ${verdict(warmFigures.max)}`,
  );
  console.log(
    `  baseline, a one-page letter PDF: median ${letterFigures.median.toFixed(1)} ms; the binder is ${(warmFigures.median / letterFigures.median).toFixed(1)}× a letter`,
  );
  console.log(
    `written to ${writeResult('binder-render', DATABASE_URL === null ? 'sqlite' : 'postgres', { threads: THREADS, coldMs: cold, warm: warmFigures, letter: letterFigures })}`,
  );
} finally {
  agent.destroy();
  await stopServer(child);
  rmSync(dataDir, { recursive: true, force: true });
  await withSchema('drop', schema);
}
