import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';
import { countOpenBySchool, type OpenCounts } from './open-deadline-count-queries';
import { sortableId } from './sortable-id';

// The dashboard's open counts by school, on a real database (SQLite, and PostgreSQL when
// BINDER_TEST_POSTGRES_URL is set). A viewer whose grants cover every child is counted by walking the schools
// of an index (docs/decisions/0055), anyone else by one grouped pass: both must give the same rows, including
// the edges a walk could miss (no school, an empty school name, a school whose open deadlines all fall after
// the window). Fictional people and schools.
const AS_OF = '2026-11-28';
const UNTIL = '2026-12-28';
let t: TestApp;
let owner: TestUser;
let helper: TestUser;
let first: string;
let second: string;

async function addChild(givenName: string): Promise<string> {
  const created = await owner.inject({
    method: 'POST',
    url: '/api/v1/students',
    payload: { givenName, familyName: 'Lindqvist', jurisdiction: 'US', birthDate: '2013-05-02' },
  });
  expect(created.statusCode).toBe(201);
  return created.json<{ id: string }>().id;
}

/** A stored deadline with only what the counts read set; the rest is fixed. */
function deadline(studentId: string, school: string | null, due: string | null, completedOn: string | null = null) {
  return {
    id: sortableId(),
    student_id: studentId,
    school,
    kind: 'annual-review',
    rule: 'test-rule',
    due,
    trigger_type: 'iep-meeting-held',
    trigger_date: '2025-12-01',
    completed_on: completedOn,
    citation: '34 CFR 300.324(b)(1)(i)',
    is_window: 0,
  };
}

/** No school first, then by name (the order of the rows is not part of the answer). */
function sorted(rows: readonly OpenCounts[]): OpenCounts[] {
  const key = (row: OpenCounts) => (row.school === null ? '0' : `1${row.school}`);
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, { name: 'Ingrid Lindqvist', email: 'ingrid@example.org' });
  helper = await signUp(t.app, { name: 'Tomas Berg', email: 'tomas@example.org' });
  first = await addChild('Elsa');
  second = await addChild('Nils');
  await t.database.db.deleteFrom('derived_deadlines').where('student_id', 'in', [first, second]).execute();
  await t.database.db
    .insertInto('derived_deadlines')
    .values([
      // Alder: two overdue, due on the as-of day and on the last day of the window (both upcoming), one later,
      // one overdue but completed (not open).
      deadline(first, 'Alder Elementary', '2026-10-01'),
      deadline(second, 'Alder Elementary', '2026-11-27'),
      deadline(first, 'Alder Elementary', AS_OF),
      deadline(second, 'Alder Elementary', UNTIL),
      deadline(first, 'Alder Elementary', '2026-12-29'),
      deadline(first, 'Alder Elementary', '2026-09-01', '2026-09-02'),
      // Birch: open deadlines, all after the window: a row of zeros.
      deadline(second, 'Birch Middle', '2027-03-01'),
      // Cedar: completed only; Dogwood: open but with no due date yet. Neither has a row.
      deadline(first, 'Cedar High', '2026-10-01', '2026-10-05'),
      deadline(second, 'Dogwood Academy', null),
      // No school, and an empty school name: rows of their own.
      deadline(first, null, '2026-11-01'),
      deadline(second, '', '2026-12-01'),
    ])
    .execute();
  // The helper sees the second child only.
  await t.database.db
    .insertInto('student_access')
    .values({
      id: sortableId(),
      student_id: second,
      user_id: helper.id,
      role: 'school-staff',
      granted_by: owner.id,
      created_at: '2026-11-28T09:00:00.000Z',
    })
    .execute();
});
afterAll(async () => {
  await t.close();
});

describe('countOpenBySchool', () => {
  const everything: OpenCounts[] = [
    { school: null, overdue: 1, upcoming: 0 },
    { school: '', overdue: 0, upcoming: 1 },
    { school: 'Alder Elementary', overdue: 2, upcoming: 2 },
    { school: 'Birch Middle', overdue: 0, upcoming: 0 },
  ];

  it('counts every school with an open dated deadline for a viewer who sees every child (the walk by school)', async () => {
    expect(sorted(await countOpenBySchool(t.database.db, AS_OF, UNTIL, null))).toEqual(everything);
  });

  it('gives the same rows through the access filter when the grants cover every child (one grouped pass)', async () => {
    expect(sorted(await countOpenBySchool(t.database.db, AS_OF, UNTIL, owner.id))).toEqual(everything);
  });

  it('counts only the children a partial viewer can see', async () => {
    expect(sorted(await countOpenBySchool(t.database.db, AS_OF, UNTIL, helper.id))).toEqual([
      { school: '', overdue: 0, upcoming: 1 },
      { school: 'Alder Elementary', overdue: 1, upcoming: 1 },
      { school: 'Birch Middle', overdue: 0, upcoming: 0 },
    ]);
  });

  it('has no rows when no deadline is open', async () => {
    const closed = t.database.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('derived_deadlines')
        .set({ completed_on: AS_OF })
        .where('completed_on', 'is', null)
        .execute();
      expect(await countOpenBySchool(trx, AS_OF, UNTIL, null)).toEqual([]);
      throw new RollbackForTest();
    });
    await expect(closed).rejects.toBeInstanceOf(RollbackForTest);
    expect(await countOpenBySchool(t.database.db, AS_OF, UNTIL, null)).toHaveLength(4);
  });
});

class RollbackForTest extends Error {}
