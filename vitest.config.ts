import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const coreTests = ['core/**/*.test.ts', 'test/time-zone.test.ts'];

// API tests share their worker's modules (isolate: false): importing the whole server again for every file took
// a third of their time. The files that replace a module (vi.mock) need a registry of their own, so they run
// isolated, in a project of their own.
const REPLACING_A_MODULE = ['server/http/authorization-matrix.test.ts', 'test/security/nested-ids.test.ts'];

function serverProjects(name: string, include: string[], databaseUrl: string): TestProjectInlineConfiguration[] {
  const common = {
    testTimeout: 20_000,
    // Setting up an app signs people up (argon2id): on a loaded machine that alone can take 10 s.
    hookTimeout: 20_000,
    env: { BINDER_TEST_POSTGRES_URL: databaseUrl },
  };
  return [
    { test: { name, include, exclude: [...configDefaults.exclude, ...REPLACING_A_MODULE], isolate: false, ...common } },
    { test: { name: `${name}-isolated`, include: REPLACING_A_MODULE, ...common } },
  ];
}

// When a PostgreSQL server is given (.ci/run starts one), every API test runs a second time on it, each
// test app in a fresh schema (test/helpers/postgres-schema.ts).
const postgresUrl = process.env.BINDER_TEST_POSTGRES_URL ?? '';
const postgresProjects =
  postgresUrl === ''
    ? []
    : serverProjects(
        'server-postgres',
        [
          'server/http/**/*.test.ts',
          'server/audit/**/*.test.ts',
          'server/db/deadline-write-queries.test.ts',
          'server/db/deadline-computations-migration.test.ts',
          'server/services/refresh-stale-deadlines.test.ts',
          'server/db/open-deadline-count-queries.test.ts',
          // The mail queue and the jobs: two servers on one PostgreSQL schema send each message once.
          'server/mail/**/*.test.ts',
          'server/jobs/**/*.test.ts',
          'test/security/**/*.test.ts',
        ],
        postgresUrl,
      );

// Tiers (docs/architecture.md): pure core tests — run again under two far-apart time zones to prove that
// date-only arithmetic never depends on the clock's zone —, the web app's pure helpers, server and CLI tests
// on a real SQLite file, the build's output, and browser journeys in a real Chromium.
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      { test: { name: 'core', include: coreTests, env: { TZ: 'UTC' } } },
      { test: { name: 'core-tz-los-angeles', include: coreTests, env: { TZ: 'America/Los_Angeles' } } },
      { test: { name: 'core-tz-kiritimati', include: coreTests, env: { TZ: 'Pacific/Kiritimati' } } },
      // The web app's pure helpers (form values, issue mapping): no DOM, no server.
      { test: { name: 'web', include: ['web/**/*.test.ts'], env: { TZ: 'UTC' } } },
      ...serverProjects(
        'server',
        [
          'server/**/*.test.ts',
          'cli/**/*.test.ts',
          'bench/**/*.test.ts',
          'test/security/**/*.test.ts',
          'test/docs-links.test.ts',
        ],
        '',
      ),
      ...postgresProjects,
      // What the build produced (npm test builds first): the first page's JavaScript budget, and how the real
      // server sends the built files.
      { test: { name: 'build-output', include: ['test/build-output/**/*.test.ts'], testTimeout: 20_000 } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
