import { sql, type Kysely, type Migration } from 'kysely';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../test/helpers/test-app';
import { createTestSchema, dropTestSchema, postgresTestUrl } from '../../test/helpers/postgres-schema';
import { openDatabase, type Database } from './database';
import { insertFamilyRow } from './family-queries';
import { migrateToLatest } from './migrate';
import { migrations } from './migrations/index';
import { insertStudent } from './student-queries';

// Migration 20261208050000 on a database that already holds stored deadlines (SQLite, and PostgreSQL when
// BINDER_TEST_POSTGRES_URL is set): each child's day moves to one deadline_computations row, the latest of its rows'
// days (docs/decisions/0058), and the column leaves derived_deadlines. Fictional people.
const NAME = '20261208050000-create-deadline-computations';
const before: Record<string, Migration> = Object.fromEntries(
  Object.entries(migrations).filter(([name]) => name < NAME),
);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function freshDatabase(): Promise<Database> {
  const url = postgresTestUrl();
  const schema = url === null ? null : await createTestSchema(url);
  const config = testConfig({ databaseUrl: url, databaseSchema: schema });
  const database = openDatabase(config);
  cleanups.push(async () => {
    await database.close();
    rmSync(config.dataDir, { recursive: true, force: true });
    if (url !== null && schema !== null) await dropTestSchema(url, schema);
  });
  return database;
}

async function addStudent(database: Database, id: string, familyId: string, givenName: string): Promise<void> {
  await insertStudent(database.db, {
    id,
    familyId,
    at: '2026-11-01T08:00:00.000Z',
    givenName,
    familyName: 'Haddad',
    birthDate: '2014-02-11',
    jurisdiction: 'US',
    school: 'Maple Elementary',
    district: 'Riverside Unified (fictional)',
    grade: '6',
    homeLanguages: ['en'],
    contacts: [],
    gradeStarts: [],
  });
}

describe(`migration ${NAME}`, () => {
  it('keeps each child’s latest day in one row, leaves children without deadlines out, and drops the column', async () => {
    const database = await freshDatabase();
    await migrateToLatest(database, { migrations: before });
    await insertFamilyRow(database.db, { id: 'fam-1', name: 'Haddad', isDemo: false, createdAt: '2026-11-01' });
    await addStudent(database, 'stu-a', 'fam-1', 'Leila');
    await addStudent(database, 'stu-b', 'fam-1', 'Omar');
    await addStudent(database, 'stu-c', 'fam-1', 'Rania');
    // The old shape, written as the code before the migration wrote it: a day on every row. Leila's rows say
    // two days (the latest counts), Omar's one, Rania has no deadlines.
    const old = database.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    const row = (id: string, studentId: string, computedOn: string) => ({
      id,
      student_id: studentId,
      school: 'Maple Elementary',
      kind: 'annual-review',
      rule: 'test-rule',
      due: '2027-01-10',
      trigger_type: 'iep-meeting-held',
      trigger_date: '2026-01-10',
      completed_on: null,
      citation: '34 CFR 300.324(b)(1)(i)',
      is_window: 0,
      computed_on: computedOn,
    });
    await old
      .insertInto('derived_deadlines')
      .values([
        row('d-1', 'stu-a', '2026-11-20'),
        row('d-2', 'stu-a', '2026-11-27'),
        row('d-3', 'stu-b', '2026-11-25'),
        row('d-4', 'stu-b', '2026-11-25'),
      ])
      .execute();

    const report = await migrateToLatest(database);
    expect(report.applied).toEqual([NAME]);

    const computations = await database.db
      .selectFrom('deadline_computations')
      .selectAll()
      .orderBy('student_id')
      .execute();
    expect(computations).toEqual([
      { student_id: 'stu-a', computed_on: '2026-11-27' },
      { student_id: 'stu-b', computed_on: '2026-11-25' },
    ]);
    const stored = await database.db.selectFrom('derived_deadlines').selectAll().orderBy('id').execute();
    expect(stored.map((r) => r.id)).toEqual(['d-1', 'd-2', 'd-3', 'd-4']);
    expect(Object.keys(stored[0] ?? {})).not.toContain('computed_on');
    // On PostgreSQL, the table of this test's schema (other schemas of the database have one too).
    const schema =
      database.dialect === 'postgres'
        ? (await sql<{ name: string }>`select current_schema() as name`.execute(database.db)).rows[0]?.name
        : undefined;
    const tables = await database.db.introspection.getTables();
    const table = tables.find((t) => t.name === 'derived_deadlines' && (schema === undefined || t.schema === schema));
    expect(table?.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['id', 'student_id', 'due']));
    expect(table?.columns.map((c) => c.name)).not.toContain('computed_on');

    // The row goes with the child (the foreign key cascades).
    await database.db.deleteFrom('derived_deadlines').where('student_id', '=', 'stu-a').execute();
    await database.db.deleteFrom('students').where('id', '=', 'stu-a').execute();
    const left = await sql<{
      student_id: string;
    }>`select student_id from deadline_computations order by student_id`.execute(database.db);
    expect(left.rows).toEqual([{ student_id: 'stu-b' }]);
  });
});
