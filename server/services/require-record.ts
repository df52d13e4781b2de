import { AppError } from '../app-error';
import type { Database } from '../db/database';
import { findStudent, type StudentRow } from '../db/student-queries';

/** The student, or a 404 that reads exactly like a record that does not exist. */
export async function requireStudent(db: Database['db'], studentId: string): Promise<StudentRow> {
  const student = await findStudent(db, studentId);
  if (student === null) throw AppError.notFound('student');
  return student;
}

/** A loaded record, or a 404 naming what was looked for. */
export function found<T>(record: T | null, what: string): T {
  if (record === null) throw AppError.notFound(what);
  return record;
}
