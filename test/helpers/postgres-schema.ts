import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL server the suite also runs on, when `BINDER_TEST_POSTGRES_URL` is set (`.ci/run` starts
 * one with scripts/start-postgres.sh). Unset: every test uses SQLite only.
 */
export function postgresTestUrl(): string | null {
  const url = process.env.BINDER_TEST_POSTGRES_URL;
  return url === undefined || url === '' ? null : url;
}

/** A fresh, empty schema for one test app, so test files never see each other's rows. */
export async function createTestSchema(url: string): Promise<string> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${name}`);
  } finally {
    await client.end();
  }
  return name;
}

export async function dropTestSchema(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  } finally {
    await client.end();
  }
}
