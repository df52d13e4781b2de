import type { FastifyInstance } from 'fastify';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock, type Clock } from '../../server/clock';
import type { Config } from '../../server/config';
import { openDatabase, type Database } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { buildApp } from '../../server/http/build-app';
import { createTestSchema, dropTestSchema, postgresTestUrl } from './postgres-schema';
import { signUp, type TestUser } from './test-users';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: Database;
  readonly config: Config;
  close(): Promise<void>;
}

/**
 * A temporary data folder in memory (/dev/shm) where there is one, else in the temporary folder: for tests
 * that make thousands of requests, whose every audited read commits (and so syncs) the SQLite file. What is
 * tested is the same; only the disk's flushes are skipped.
 */
export function inMemoryDataDir(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return mkdtempSync('/dev/shm/binder-test-');
  } catch {
    return mkdtempSync(join(tmpdir(), 'binder-test-'));
  }
}

/** The server secret every test app uses (sessions, CSRF and unsubscribe tokens). */
export const TEST_AUTH_SECRET = 'a-test-secret-that-is-long-enough-for-hmac-0123456789';

/** A config for tests: a fresh temporary data folder, no logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    host: '127.0.0.1',
    port: 0,
    databaseUrl: null,
    databaseSchema: null,
    dataDir: mkdtempSync(join(tmpdir(), 'binder-test-')),
    logLevel: 'silent',
    webRoot: null,
    publicUrl: null,
    authSecret: TEST_AUTH_SECRET,
    // No limit on refusals per address: the authorization matrix and the random-access property refuse hundreds
    // of requests from 127.0.0.1 on purpose. The limit's own tests set one (server/http/refusal-limit-api.test.ts).
    refusalLimit: null,
    refusalWindowSeconds: 60,
    // One worker thread: each test app has its own pool, and two cores are shared by every test file.
    renderThreads: 1,
    rendersPerAccount: 4,
    // No SMTP server: mail is written to the data folder's outbox unless a test starts one.
    smtpUrl: null,
    mailFrom: 'Binder <binder@example.org>',
    familyQuotaBytes: 2048 * 1024 * 1024,
    ...overrides,
  };
}

/** The clock tests use unless they say otherwise: the day this code base was started. */
export const TEST_CLOCK: Clock = fixedClock('2026-11-28T15:00:00.000Z', '2026-11-28');

/**
 * The real app on a real database, migrated and ready for `app.inject` (never a mock of our own code): a
 * SQLite file in a temporary folder, or, when the suite runs against PostgreSQL (BINDER_TEST_POSTGRES_URL),
 * a fresh schema there. `close` removes the folder and the schema.
 */
export async function createTestApp(options: { config?: Partial<Config>; clock?: Clock } = {}): Promise<TestApp> {
  const postgresUrl = postgresTestUrl();
  const schema = postgresUrl === null ? null : await createTestSchema(postgresUrl);
  const config = testConfig({ databaseUrl: postgresUrl, databaseSchema: schema, ...options.config });
  const database = openDatabase(config);
  await migrateToLatest(database);
  const app = await buildApp({ config, database, clock: options.clock ?? TEST_CLOCK });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
      rmSync(config.dataDir, { recursive: true, force: true });
      if (postgresUrl !== null && schema !== null) await dropTestSchema(postgresUrl, schema);
    },
  };
}

/** A test app with one person signed in: the account that creates children in the test and so owns them. */
export interface SignedInTestApp extends TestApp {
  readonly owner: TestUser;
}

/** The fictional parent `createSignedInTestApp` signs up unless told otherwise. */
export const TEST_OWNER = { name: 'Carmen Lopez', email: 'carmen.lopez@example.org' } as const;

/** `createTestApp`, plus an account signed up through the real endpoint and signed in (`t.owner.inject`). */
export async function createSignedInTestApp(
  options: { config?: Partial<Config>; clock?: Clock; owner?: { name: string; email: string } } = {},
): Promise<SignedInTestApp> {
  const t = await createTestApp(options);
  try {
    return { ...t, owner: await signUp(t.app, options.owner ?? TEST_OWNER) };
  } catch (error) {
    await t.close();
    throw error;
  }
}
