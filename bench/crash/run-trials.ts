import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openDatabase, type Database } from '../../server/db/database';
import { seededRandom } from '../generate-cases';
import { ApiClient } from './api-client';
import { checkTrial, type TrialCheck } from './check-trial';
import type { CrashOptions } from './crash-options';
import { runAuditVerify, ServerProcess } from './server-process';
import { prepareTrial, runLoad, type TrialRecord, type WriteKind } from './trial-load';

/** The figures of a run, as the summary prints them. */
export interface CrashSummary {
  readonly trials: number;
  readonly acknowledged: number;
  readonly acknowledgedByKind: Readonly<Record<WriteKind, number>>;
  readonly lost: number;
  readonly unacknowledged: number;
  readonly landedUnacknowledged: number;
  readonly readsAnswered: number;
  readonly refused: number;
  readonly auditMatched: number;
  readonly chainIntact: number;
  /** SQLite's `PRAGMA integrity_check` after each restart (0 on PostgreSQL, which has no such check here). */
  readonly integrityOk: number;
  /** Every acknowledged write of every trial, checked again once all the crashes are over. */
  readonly lostAtTheEnd: number;
  /** One line per problem (capped), for the report. */
  readonly problems: readonly string[];
  readonly ok: boolean;
}

/** A cap on each writer's writes per trial, so the load is bounded in count as well as in time. */
const MAX_WRITES_PER_WRITER = 5_000;
const AUTH_SECRET = 'crash-safety-trials-secret-not-for-deployments-0123';

/** Where the trials' database lives: a temporary folder (SQLite) or a fresh schema (PostgreSQL). */
interface Storage {
  readonly variables: Readonly<Record<string, string>>;
  open(): Database;
  remove(): Promise<void>;
}

async function withPostgres(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function createStorage(options: CrashOptions): Promise<Storage> {
  const dataDir = mkdtempSync(join(tmpdir(), 'binder-crash-'));
  // BINDER_WEB_ROOT points at a folder without a built app: the server answers the API only.
  const common = { BINDER_DATA_DIR: dataDir, BINDER_AUTH_SECRET: AUTH_SECRET, BINDER_WEB_ROOT: dataDir };
  const removeDir = () => {
    rmSync(dataDir, { recursive: true, force: true });
  };
  if (options.database === 'sqlite' || options.postgresUrl === null) {
    return {
      variables: common,
      open: () => openDatabase({ databaseUrl: null, dataDir }),
      remove: () => {
        removeDir();
        return Promise.resolve();
      },
    };
  }
  const url = options.postgresUrl;
  const schema = `crash_${randomBytes(6).toString('hex')}`;
  await withPostgres(url, `CREATE SCHEMA ${schema}`);
  return {
    variables: { ...common, DATABASE_URL: url, DATABASE_SCHEMA: schema },
    open: () => openDatabase({ databaseUrl: url, databaseSchema: schema, dataDir }),
    remove: async () => {
      removeDir();
      await withPostgres(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

/** Checks trials against the database (a connection of our own, opened for the check and closed after). */
async function checkAgainst(
  storage: Storage,
  records: readonly TrialRecord[],
): Promise<{ checks: TrialCheck[]; integrityOk: boolean | null }> {
  const database = storage.open();
  try {
    const checks: TrialCheck[] = [];
    for (const record of records) checks.push(await checkTrial(database.db, record));
    const integrity = database.sqlite?.pragma('integrity_check', { simple: true });
    return { checks, integrityOk: database.sqlite === null ? null : integrity === 'ok' };
  } finally {
    await database.close();
  }
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The crash-safety trials (docs/reliability.md). One database serves every trial, as one file or schema serves
 * a real deployment through crash after crash: each trial starts from what the previous kill left. Per trial:
 * a new account and child on the running server, concurrent writers and a reader, `kill -9` at a seeded
 * moment, a restart, then the check of every acknowledged write, the audit entries, SQLite's integrity check
 * and `binder audit verify`. After the last trial every trial's writes are checked once more.
 */
export async function runCrashTrials(
  options: CrashOptions,
  print: (line: string) => void,
  signal?: AbortSignal,
): Promise<CrashSummary> {
  const storage = await createStorage(options);
  const killMoments = seededRandom(options.seed);
  const records: TrialRecord[] = [];
  const problems: string[] = [];
  const note = (line: string) => {
    if (problems.length < 50) problems.push(line);
  };
  let lost = 0;
  let landedUnacknowledged = 0;
  let auditMatched = 0;
  let chainIntact = 0;
  let integrityOk = 0;
  let lostAtTheEnd = 0;
  let server: ServerProcess | null = null;
  let stoppedEarly = false;
  try {
    try {
      server = await ServerProcess.start(storage.variables);
      for (let trial = 1; trial <= options.trials && signal?.aborted !== true; trial += 1) {
        const client = new ApiClient(server.url);
        const record = await prepareTrial(client, trial, options.seed, options.writers);
        records.push(record);
        // The kill's clock starts at the first acknowledged write of the load, so that on a slow machine the
        // kill still falls while writes flow rather than while the new server warms up.
        let loadFlowing: () => void = () => undefined;
        const flowing = new Promise<void>((resolve) => {
          loadFlowing = resolve;
        });
        const stop = {
          stopped: false,
          onAcknowledged: () => {
            loadFlowing();
          },
        };
        const killAfterMs = Math.round(options.killWithinMs * (0.1 + 0.9 * killMoments()));
        const load = runLoad(
          client,
          record,
          (writer) => seededRandom(options.seed + trial * 1_000 + writer + 1),
          stop,
          MAX_WRITES_PER_WRITER,
        );
        await Promise.race([flowing.then(() => sleep(killAfterMs)), load]);
        // Raised first so no writer starts a new request; the ones in flight are cut by the kill.
        stop.stopped = true;
        await server.killHard();
        await load;

        server = await ServerProcess.start(storage.variables);
        const { checks, integrityOk: integrity } = await checkAgainst(storage, [record]);
        const check = checks[0];
        if (check === undefined) throw new Error('no check result');
        const verify = await runAuditVerify(storage.variables);
        lost += check.lost.length;
        landedUnacknowledged += check.landedUnacknowledged;
        if (check.auditMismatches.length === 0) auditMatched += 1;
        if (verify.status === 0) chainIntact += 1;
        if (integrity === true) integrityOk += 1;
        for (const line of check.lost) note(`trial ${String(trial)}: lost ${line}`);
        for (const line of check.auditMismatches) note(`trial ${String(trial)}: audit ${line}`);
        for (const line of record.refused.slice(0, 3)) note(`trial ${String(trial)}: refused ${line}`);
        if (verify.status !== 0)
          note(`trial ${String(trial)}: binder audit verify exited ${String(verify.status)}: ${verify.output}`);
        if (integrity === false) note(`trial ${String(trial)}: SQLite integrity_check failed`);
        print(
          [
            `trial ${String(trial)}/${String(options.trials)}: killed after ${String(killAfterMs)} ms;`,
            `${count(check.acknowledged)} acknowledged, ${String(check.lost.length)} lost;`,
            `${String(record.unacknowledged)} in flight (${String(check.landedUnacknowledged)} landed);`,
            `audit entries ${check.auditMismatches.length === 0 ? 'match' : 'DO NOT match'};`,
            verify.status === 0 ? verify.output : `audit verify FAILED (${String(verify.status)})`,
          ].join(' '),
        );
      }
    } catch (error) {
      // A server that would not start again, or a setup that failed: report what was measured, and fail.
      stoppedEarly = true;
      note(`stopped after ${String(records.length)} trials: ${error instanceof Error ? error.message : String(error)}`);
    }
    // Later recoveries must not have undone earlier ones: every trial again, on the last restart's database.
    const { checks } = await checkAgainst(storage, records);
    for (const check of checks) lostAtTheEnd += check.lost.length;
  } finally {
    await server?.stop();
    await storage.remove();
  }

  const byKind = { student: 0, plan: 0, event: 0, 'progress-point': 0, communication: 0, autosave: 0 };
  for (const record of records) for (const write of record.acked) byKind[write.kind] += 1;
  const trials = records.length;
  const refused = records.reduce((sum, record) => sum + record.refused.length, 0);
  const expectedIntegrity = options.database === 'sqlite' ? trials : 0;
  return {
    trials,
    acknowledged: records.reduce((sum, record) => sum + record.acked.length, 0),
    acknowledgedByKind: byKind,
    lost,
    unacknowledged: records.reduce((sum, record) => sum + record.unacknowledged, 0),
    landedUnacknowledged,
    readsAnswered: records.reduce((sum, record) => sum + record.readsAnswered, 0),
    refused,
    auditMatched,
    chainIntact,
    integrityOk,
    lostAtTheEnd,
    problems,
    ok:
      !stoppedEarly &&
      trials > 0 &&
      lost === 0 &&
      lostAtTheEnd === 0 &&
      refused === 0 &&
      auditMatched === trials &&
      chainIntact === trials &&
      integrityOk === expectedIntegrity,
  };
}
