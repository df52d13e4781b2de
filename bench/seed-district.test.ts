import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { listPlansOfStudent } from '../server/db/plan-queries';
import { findStudent } from '../server/db/student-queries';
import { studentTimeline } from '../server/services/student-timeline';
import { seedDistrict, type SeedCounts } from './seed-district';

// The district the benchmarks read is one the app can read: seeded rows go back through the app's own queries
// (events, calendar, plans, students), and the stored deadlines are what the app would store for that record.
// A small fictional district on a real SQLite file.
const TODAY = '2026-11-28';
let dataDir: string;
let database: Database;
let counts: SeedCounts;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'binder-seed-'));
  database = openDatabase({ databaseUrl: null, dataDir });
  await migrateToLatest(database);
  counts = await seedDistrict(database, { students: 24, seed: 7, jurisdiction: 'US', today: TODAY });
});

afterAll(async () => {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('seedDistrict', () => {
  it('writes the rows it counts', async () => {
    const count = async (
      table: 'students' | 'case_events' | 'progress_points' | 'derived_deadlines' | 'deadline_computations',
    ) =>
      Number(
        (
          await database.db
            .selectFrom(table)
            .select(({ fn }) => fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(counts.students).toBe(24);
    expect(counts.ieps + counts.plans504).toBe(24);
    expect(await count('students')).toBe(counts.students);
    expect(await count('case_events')).toBe(counts.events);
    expect(await count('progress_points')).toBe(counts.progressPoints);
    expect(await count('derived_deadlines')).toBe(counts.deadlines);
    expect(counts.deadlines).toBeGreaterThan(0);
    // Every child computed on the seed's day, those without deadlines too: the nightly refresh finds none stale.
    expect(await count('deadline_computations')).toBe(counts.students);
  });

  it('stores, for every student, the deadlines the app computes from the stored record', async () => {
    const students = await database.db.selectFrom('students').select(['id', 'school']).orderBy('id').execute();
    for (const student of students) {
      const fromRecord = (await studentTimeline(database, student.id, TODAY)).deadlines.map((d) => [
        d.rule,
        d.trigger.date,
        d.due,
        d.completedOn,
      ]);
      const stored = await database.db
        .selectFrom('derived_deadlines')
        .select(['rule', 'trigger_date', 'due', 'completed_on', 'school'])
        .where('student_id', '=', student.id)
        .orderBy('id')
        .execute();
      expect(stored.map((row) => [row.rule, row.trigger_date, row.due, row.completed_on])).toEqual(fromRecord);
      expect(stored.every((row) => row.school === student.school)).toBe(true);
    }
  });

  it('writes students and plans the app reads back', async () => {
    const first = await database.db.selectFrom('students').select('id').orderBy('id').executeTakeFirstOrThrow();
    const student = await findStudent(database.db, first.id);
    expect(student?.district).toBe('Synthetic Unified (fictional)');
    expect(student?.homeLanguages).toContain('en');
    const [plan] = await listPlansOfStudent(database.db, first.id);
    expect(plan?.versions).toHaveLength(1);
    expect(plan?.versions[0]?.status).toBe('final');
    expect(plan?.effectiveFrom).toBe(plan?.versions[0]?.effectiveFrom);
  });
});
