import { addDays } from '../../core/calendar/add-days';
import { randomUUID } from 'node:crypto';
import { fixedClock, type Clock } from '../../server/clock';
import type { Database } from '../../server/db/database';
import { refreshStudentDeadlines } from '../../server/services/student-timeline';
import { addOwnedChild } from './child-record-fixture';
import { TEST_CLOCK } from './test-app';

/**
 * A child with one dated open deadline, for the reminder tests: a records request (the school owes access to the
 * records by a date), written straight to the database like the other fixtures. Answers the deadline's due date.
 */
export async function childWithOneDeadline(
  database: Database,
  ownerId: string,
  child: { givenName: string; familyName: string; requestedOn?: string },
): Promise<{ studentId: string; due: string }> {
  const { studentId } = await addOwnedChild(database, ownerId, child);
  await database.db
    .insertInto('case_events')
    .values({
      id: randomUUID(),
      student_id: studentId,
      type: 'records-requested',
      date: child.requestedOn ?? '2026-11-20',
      details: '{}',
      source: null,
      created_at: TEST_CLOCK.now().toISOString(),
    })
    .execute();
  await refreshStudentDeadlines(database.db, studentId, TEST_CLOCK.today());
  const rows = await database.db
    .selectFrom('derived_deadlines')
    .select(['due'])
    .where('student_id', '=', studentId)
    .where('completed_on', 'is', null)
    .where('due', 'is not', null)
    .execute();
  if (rows.length !== 1 || rows[0]?.due == null) {
    throw new Error(`expected one dated open deadline, got ${JSON.stringify(rows)}`);
  }
  return { studentId, due: rows[0].due };
}

/** A clock stopped at noon (UTC) on `days` after `date`. */
export function clockOn(date: string, days = 0): Clock {
  const day = addDays(date, days);
  return fixedClock(`${day}T12:00:00.000Z`, day);
}
