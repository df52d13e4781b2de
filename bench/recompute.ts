import { computeTimeline } from '../core/timeline/compute-timeline';
import type { CaseCalendar, CaseEvent } from '../core/schemas/case-file';
import { writeStudentDeadlines } from '../server/db/deadline-write-queries';
import { benchFlags, openBenchDatabase, writeResult } from './bench-database';

// npm run bench:recompute [-- --as-of 2026-11-28]   (after npm run bench:seed)
// Recomputes every student's deadlines with the engine: reading the events and calendars, the engine alone,
// and writing the stored deadlines back (as a nightly refresh would). Goal: all 50,000 cases under 2 s.
// The baseline, in the same run, reads and groups the same events and calendars without computing anything.
const flags = benchFlags({ 'as-of': { type: 'string', default: '2026-11-28' } });
const asOf = flags['as-of'] ?? '2026-11-28';
const database = openBenchDatabase();

const readStarted = performance.now();
const students = await database.db
  .selectFrom('students')
  .select(['id', 'school', 'jurisdiction', 'birth_date'])
  .execute();
const rows = await database.db
  .selectFrom('case_events')
  .select(['student_id', 'type', 'date', 'details'])
  .orderBy('student_id')
  .orderBy('date')
  .execute();
const eventsByStudent = new Map<string, CaseEvent[]>();
for (const row of rows) {
  const list = eventsByStudent.get(row.student_id) ?? [];
  list.push({ ...(JSON.parse(row.details) as object), type: row.type, date: row.date } as CaseEvent);
  eventsByStudent.set(row.student_id, list);
}
// The school calendars: shared by many students, so each distinct text is parsed once.
const calendarRows = await database.db.selectFrom('student_calendars').select(['student_id', 'calendar']).execute();
const parsedCalendars = new Map<string, CaseCalendar>();
const calendarByStudent = new Map<string, CaseCalendar>();
for (const row of calendarRows) {
  let calendar = parsedCalendars.get(row.calendar);
  if (calendar === undefined) {
    calendar = JSON.parse(row.calendar) as CaseCalendar;
    parsedCalendars.set(row.calendar, calendar);
  }
  calendarByStudent.set(row.student_id, calendar);
}
const readMs = performance.now() - readStarted;

const computeAll = () =>
  students.map((student) =>
    computeTimeline(
      {
        jurisdiction: student.jurisdiction,
        ...(student.birth_date === null ? {} : { student: { birthDate: student.birth_date } }),
        ...(calendarByStudent.has(student.id) ? { calendar: calendarByStudent.get(student.id) } : {}),
        events: eventsByStudent.get(student.id) ?? [],
      },
      asOf,
    ),
  );
// The first pass includes the engine's start-up (JIT compilation, caches of dates and sentences), as a
// nightly job would pay once; the second pass is the steady state.
const coldStarted = performance.now();
computeAll();
const coldMs = performance.now() - coldStarted;
const engineStarted = performance.now();
const results = computeAll();
const engineMs = performance.now() - engineStarted;

const writeStarted = performance.now();
// Only the children whose deadlines changed are rewritten (docs/decisions/0026), in one transaction.
const written = await database.db.transaction().execute((trx) =>
  writeStudentDeadlines(
    trx,
    students.map((student, index) => ({ student, deadlines: results[index]?.deadlines ?? [] })),
    asOf,
  ),
);
const writeMs = performance.now() - writeStarted;
await database.close();

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
process.stdout.write(
  [
    `Recomputing every case on ${database.dialect}: ${String(students.length)} students, ${String(rows.length)} events, ${String(calendarRows.length)} school calendars`,
    `  baseline — read and group the events: ${s(readMs)}`,
    `  engine alone, first pass (cold): ${s(coldMs)}; second pass: ${s(engineMs)} (${Math.round(students.length / (engineMs / 1000)).toLocaleString('en-US')} cases/s; goal: all 50,000 under 2 s)`,
    `  write the stored deadlines back: ${s(writeMs)} (${String(written.rewritten)} children rewritten, ${String(written.unchanged)} unchanged)`,
    `  engine / baseline: ${(engineMs / readMs).toFixed(2)}×; read + engine + write: ${s(readMs + engineMs + writeMs)}`,
    `  results: ${writeResult('recompute', database.dialect, { students: students.length, events: rows.length, asOf, readMs, coldMs, engineMs, writeMs, ...written })}`,
    '',
  ].join('\n'),
);
