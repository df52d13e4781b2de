import { sql } from 'kysely';
import { createAuth } from '../server/auth/auth';
import type { Config } from '../server/config';
import type { Database } from '../server/db/database';
import { findUserIdByEmail } from '../server/db/access-queries';
import { BENCH_DATA_DIR } from './bench-database';

/** The fictional district's case manager: school staff with access to every seeded student. */
export const BENCH_CASE_MANAGER = {
  name: 'Dana Whitfield (fictional case manager)',
  email: 'case.manager@district.example.org',
  password: 'bench-district-caseload-2026',
} as const;

/** The configuration the benchmarks give the app: the bench data folder, no logs, a fixed secret. */
export function benchConfig(databaseUrl: string | null): Config {
  return {
    host: '127.0.0.1',
    port: 0,
    databaseUrl,
    databaseSchema: null,
    dataDir: BENCH_DATA_DIR,
    logLevel: 'silent',
    webRoot: null,
    publicUrl: null,
    authSecret: 'bench-secret-not-for-real-deployments-0123456789',
    // The benchmarks measure allowed traffic; the defaults (server/config.ts) for refusals.
    refusalLimit: { burst: 30, perMinute: 30 },
    refusalWindowSeconds: 60,
    renderThreads: 1,
    rendersPerAccount: 4,
    smtpUrl: null,
    mailFrom: 'Binder <binder@localhost>',
    familyQuotaBytes: 2048 * 1024 * 1024,
  };
}

/**
 * Creates the case manager's account (through better-auth, so the password hash is the real argon2id one)
 * and a school-staff grant on every student, as a district would give its staff.
 */
export async function seedCaseManager(database: Database, config: Config, at: string): Promise<string> {
  const auth = createAuth(config, database);
  await auth.api.signUpEmail({ body: { ...BENCH_CASE_MANAGER } });
  const userId = await benchCaseManagerId(database);
  await sql`insert into student_access (id, student_id, user_id, role, granted_by, created_at)
    select 'bench-' || id, id, ${userId}, 'school-staff', null, ${at} from students`.execute(database.db);
  return userId;
}

/** The case manager's user id in a seeded district. */
export async function benchCaseManagerId(database: Database): Promise<string> {
  const id = await findUserIdByEmail(database.db, BENCH_CASE_MANAGER.email);
  if (id === null) throw new Error('no case manager: run npm run bench:seed first');
  return id;
}
