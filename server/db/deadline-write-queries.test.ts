import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';
import { requireStudent } from '../services/require-record';
import { studentTimeline } from '../services/student-timeline';
import { deadlineRows, listStudentsWithStaleDeadlines } from './deadline-queries';
import { writeStudentDeadlines, type DeadlineWrite } from './deadline-write-queries';

// Writing back only what changed (docs/decisions/0026), on a real database (SQLite, and PostgreSQL when
// BINDER_TEST_POSTGRES_URL is set): the stored table must end exactly as a full rewrite leaves it. Fictional people.
const TODAY = '2026-11-28';
let t: TestApp;
let owner: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, { name: 'Nadia Okafor', email: 'nadia@example.org' });
});
afterAll(async () => {
  await t.close();
});

async function addChild(givenName: string, events: readonly { type: string; date: string }[]): Promise<string> {
  const created = await owner.inject({
    method: 'POST',
    url: '/api/v1/students',
    payload: { givenName, familyName: 'Okafor', jurisdiction: 'US', birthDate: '2012-03-09' },
  });
  expect(created.statusCode).toBe(201);
  const id = created.json<{ id: string }>().id;
  for (const payload of events) {
    const response = await owner.inject({ method: 'POST', url: `/api/v1/students/${id}/events`, payload });
    expect(response.statusCode).toBe(201);
  }
  return id;
}

async function storedRows(ids: readonly string[]) {
  return t.database.db
    .selectFrom('derived_deadlines')
    .selectAll()
    .where('student_id', 'in', ids)
    .orderBy('student_id')
    .orderBy('id')
    .execute();
}

async function computedDays(ids: readonly string[]) {
  return t.database.db
    .selectFrom('deadline_computations')
    .select(['student_id', 'computed_on'])
    .where('student_id', 'in', ids)
    .orderBy('student_id')
    .execute();
}

/** What a full rewrite would store for these children now: every column but the row id. */
async function fullRewrite(ids: readonly string[]) {
  const rows = [];
  for (const id of [...ids].sort()) {
    const student = await requireStudent(t.database.db, id);
    const result = await studentTimeline(t.database, id, TODAY);
    for (const { id: _rowId, ...row } of deadlineRows(student, result.deadlines)) rows.push(row);
  }
  return rows;
}

async function freshWrites(ids: readonly string[]): Promise<DeadlineWrite[]> {
  const writes: DeadlineWrite[] = [];
  for (const id of ids) {
    const student = await requireStudent(t.database.db, id);
    writes.push({ student, deadlines: (await studentTimeline(t.database, id, TODAY)).deadlines });
  }
  return writes;
}

function withoutIds(rows: readonly { id: string }[]) {
  return rows.map(({ id: _id, ...row }) => ({ ...row, is_window: Number((row as { is_window: unknown }).is_window) }));
}

describe('writeStudentDeadlines', () => {
  it('rewrites only the child whose deadlines changed, and ends equal to a full rewrite', async () => {
    const changed = await addChild('Amara', [
      { type: 'evaluation-consent-received', date: '2026-09-01' },
      { type: 'safeguards-notice-given', date: '2026-09-01' },
    ]);
    const untouched = await addChild('Kofi', [{ type: 'evaluation-consent-received', date: '2026-10-01' }]);
    const ids = [changed, untouched];
    const before = await storedRows(ids);
    expect(new Set(before.map((row) => row.student_id))).toEqual(new Set(ids));

    // Nothing changed: nothing is rewritten, and the rows keep their ids.
    expect(await writeStudentDeadlines(t.database.db, await freshWrites(ids), TODAY)).toEqual({
      rewritten: 0,
      unchanged: 2,
    });
    expect(await storedRows(ids)).toEqual(before);

    // One child's stored rows drift (as if an event had been recorded): only that child is rewritten.
    await t.database.db
      .updateTable('derived_deadlines')
      .set({ due: '2030-01-01' })
      .where('student_id', '=', changed)
      .execute();
    expect(await writeStudentDeadlines(t.database.db, await freshWrites(ids), TODAY)).toEqual({
      rewritten: 1,
      unchanged: 1,
    });
    const after = await storedRows(ids);
    const keptIds = (rows: typeof before) => rows.filter((row) => row.student_id === untouched).map((row) => row.id);
    expect(keptIds(after)).toEqual(keptIds(before));
    const changedIds = after.filter((row) => row.student_id === changed).map((row) => row.id);
    expect(changedIds.some((id) => before.some((row) => row.id === id))).toBe(false);
    expect(withoutIds(after)).toEqual(withoutIds((await fullRewrite(ids)).map((row) => ({ id: '', ...row }))));
  });

  it('moves only the child’s one computed day when the day moves and nothing else does', async () => {
    const child = await addChild('Zuri', [{ type: 'records-requested', date: '2026-11-20' }]);
    await t.database.db
      .updateTable('deadline_computations')
      .set({ computed_on: '2026-11-01' })
      .where('student_id', '=', child)
      .execute();
    const before = await storedRows([child]);
    expect(before.length).toBeGreaterThan(0);
    expect(await writeStudentDeadlines(t.database.db, await freshWrites([child]), TODAY)).toEqual({
      rewritten: 0,
      unchanged: 1,
    });
    // The deadline rows are not written at all: same ids, same content.
    expect(await storedRows([child])).toEqual(before);
    expect(await computedDays([child])).toEqual([{ student_id: child, computed_on: TODAY }]);
  });

  it('records the day for a child with no deadlines, so the child is not stale again until the next day', async () => {
    const child = await addChild('Ayo', []);
    expect(await storedRows([child])).toEqual([]);
    await t.database.db.deleteFrom('deadline_computations').where('student_id', '=', child).execute();
    expect(await listStudentsWithStaleDeadlines(t.database.db, TODAY)).toContain(child);

    const student = await requireStudent(t.database.db, child);
    expect(await writeStudentDeadlines(t.database.db, [{ student, deadlines: [] }], TODAY)).toEqual({
      rewritten: 0,
      unchanged: 1,
    });
    expect(await computedDays([child])).toEqual([{ student_id: child, computed_on: TODAY }]);
    expect(await listStudentsWithStaleDeadlines(t.database.db, TODAY)).not.toContain(child);
    expect(await listStudentsWithStaleDeadlines(t.database.db, '2026-11-29')).toContain(child);
  });

  it('removes the rows of a child whose deadlines are gone', async () => {
    const child = await addChild('Sekou', [{ type: 'records-requested', date: '2026-11-20' }]);
    expect((await storedRows([child])).length).toBeGreaterThan(0);
    const student = await requireStudent(t.database.db, child);
    expect(await writeStudentDeadlines(t.database.db, [{ student, deadlines: [] }], TODAY)).toEqual({
      rewritten: 1,
      unchanged: 0,
    });
    expect(await storedRows([child])).toEqual([]);
    expect(await computedDays([child])).toEqual([{ student_id: child, computed_on: TODAY }]);
  });

  it('writes each child’s day once however many children a call stores, and rewrites it only when it moves', async () => {
    const ids = [
      await addChild('Chiamaka', [{ type: 'evaluation-consent-received', date: '2026-09-15' }]),
      await addChild('Tunde', []),
    ];
    const writes = await freshWrites(ids);
    expect(await writeStudentDeadlines(t.database.db, writes, '2026-11-29')).toEqual({ rewritten: 0, unchanged: 2 });
    expect(await computedDays(ids)).toEqual(
      [...ids].sort().map((id) => ({ student_id: id, computed_on: '2026-11-29' })),
    );
    expect(await writeStudentDeadlines(t.database.db, writes, '2026-11-29')).toEqual({ rewritten: 0, unchanged: 2 });
    expect(await computedDays(ids)).toHaveLength(2);
  });

  it('goes with the child when the child’s whole record is deleted', async () => {
    const child = await addChild('Folake', [{ type: 'records-requested', date: '2026-11-20' }]);
    expect(await computedDays([child])).toHaveLength(1);
    const response = await owner.inject({
      method: 'DELETE',
      url: `/api/v1/students/${child}`,
      payload: { confirmGivenName: 'Folake' },
    });
    expect(response.statusCode).toBe(204);
    expect(await computedDays([child])).toEqual([]);
    expect(await storedRows([child])).toEqual([]);
  });
});
