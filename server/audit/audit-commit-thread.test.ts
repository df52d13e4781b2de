import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleAuditFacts as facts } from '../../test/helpers/audit-entries';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { appendAuditEntry } from './append-audit-entry';
import { openAuditCommitConnection } from './audit-commit-thread';
import type { AuditFacts } from './audit-entry';
import { openAppAuditSink } from './audit-sink';
import { verifyAuditChain } from './verify-audit-chain';

// The group commits of a SQLite file's audit entries on their own thread and connection (docs/decisions/0056):
// one chain with the server's own appends, and no write on either connection refused for the other.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe.skipIf(process.env.BINDER_TEST_POSTGRES_URL)('the audit commit thread', () => {
  it('commits on one chain with the server connection, each entry on disk when its commit resolves', async () => {
    const file = t.database.sqliteFile ?? '';
    const before = await verifyAuditChain(t.database.db);
    const thread = await openAuditCommitConnection(file);
    try {
      const threadCommits = Array.from({ length: 30 }, async (_, i) => {
        await thread.commit([facts(2 * i), facts(2 * i + 1)]);
        // Committed means visible to the server's own connection at once.
        const { rows } = await sql<{
          n: number;
        }>`select count(*) as n from audit_entries where at = ${facts(2 * i).at}`.execute(t.database.db);
        expect(Number(rows[0]?.n)).toBeGreaterThan(0);
      });
      // The server's writes read first and write after a pause, while the thread commits: begun `immediate`,
      // none of them can find its snapshot stale (SQLITE_BUSY_SNAPSHOT).
      const serverWrites = Array.from({ length: 30 }, (_, i) =>
        t.database.db.transaction().execute(async (trx) => {
          await sql`select last_seq from audit_head where id = 1`.execute(trx);
          await sleep(1);
          await appendAuditEntry(trx, facts(100 + i, 'PUT /api/v1/students/:id'));
        }),
      );
      await Promise.all([...threadCommits, ...serverWrites]);
    } finally {
      await thread.close();
    }
    const after = await verifyAuditChain(t.database.db);
    expect(after.problems).toEqual([]);
    expect(after.entries).toBe(before.entries + 90);
  });

  it('refuses a batch that cannot be written, and writes the next one', async () => {
    const thread = await openAuditCommitConnection(t.database.sqliteFile ?? '');
    try {
      const broken = { ...facts(1), route: null } as unknown as AuditFacts;
      await expect(thread.commit([facts(2), broken])).rejects.toThrow(/NOT NULL/);
      const before = await verifyAuditChain(t.database.db);
      await thread.commit([facts(3)]);
      const after = await verifyAuditChain(t.database.db);
      // The refused batch left nothing behind: not its first entry, not a moved head.
      expect(after.problems).toEqual([]);
      expect(after.entries).toBe(before.entries + 1);
    } finally {
      await thread.close();
    }
  });

  it('commits batches posted together, and refuses only the one that cannot be written', async () => {
    const thread = await openAuditCommitConnection(t.database.sqliteFile ?? '');
    try {
      const before = await verifyAuditChain(t.database.db);
      const broken = { ...facts(5), route: null } as unknown as AuditFacts;
      // Posted without waiting: the thread takes them from its queue together (audit-commit-worker.mjs).
      const commits = Array.from({ length: 10 }, (_, i) => thread.commit(i === 5 ? [broken] : [facts(200 + i)]));
      const outcomes = await Promise.allSettled(commits);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(
        Array.from({ length: 10 }, (_, i) => (i === 5 ? 'rejected' : 'fulfilled')),
      );
      const after = await verifyAuditChain(t.database.db);
      expect(after.problems).toEqual([]);
      expect(after.entries).toBe(before.entries + 9);
    } finally {
      await thread.close();
    }
  });

  it('hands a burst of appends over in several batches, each answered once its entry is committed', async () => {
    const sink = openAppAuditSink(t.database, () => undefined);
    const before = await verifyAuditChain(t.database.db);
    const committed: number[] = [];
    // More than one hand-over's worth (audit-batcher.ts), appended in one turn of the event loop.
    const appends = Array.from({ length: 50 }, (_, i) =>
      sink.append(facts(300 + i, `GET /burst/${String(i)}`)).then(async () => {
        const { rows } = await sql<{
          n: number;
        }>`select count(*) as n from audit_entries where route = ${`GET /burst/${String(i)}`}`.execute(t.database.db);
        committed.push(Number(rows[0]?.n));
      }),
    );
    await Promise.all(appends);
    await sink.close();
    expect(committed).toHaveLength(50);
    expect(committed.every((n) => n > 0)).toBe(true);
    const after = await verifyAuditChain(t.database.db);
    expect(after.problems).toEqual([]);
    expect(after.entries).toBe(before.entries + 50);
  });

  it('commits on the event loop when the thread cannot open the file, and says why once', async () => {
    const reasons: string[] = [];
    const sink = openAppAuditSink(
      { ...t.database, sqliteFile: `${t.config.dataDir}/missing/binder.sqlite` },
      (reason) => reasons.push(reason),
    );
    const before = await verifyAuditChain(t.database.db);
    await Promise.all([sink.append(facts(1)), sink.append(facts(2))]);
    await sink.append(facts(3));
    await sink.close();
    const after = await verifyAuditChain(t.database.db);
    expect(after.entries).toBe(before.entries + 3);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/unable to open|does not exist|no such file/i);
  });
});
