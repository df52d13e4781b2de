import type { Language } from '../../core/progress/format-words';
import type { SearchHit } from '../../core/schemas/document';
import type { Database } from '../db/database';
import { searchStudentRecord } from '../db/search-queries';
import { requireStudent } from './require-record';

/**
 * Full-text search over one child's documents, notes, communication log, letters and plans: one interface on
 * both databases (FTS5 on SQLite, to_tsvector in the English or Spanish configuration on PostgreSQL;
 * docs/decisions/0043).
 */
export async function searchRecord(
  database: Database,
  studentId: string,
  query: string,
  language: Language,
): Promise<SearchHit[]> {
  await requireStudent(database.db, studentId);
  return searchStudentRecord(database.db, database.dialect, studentId, query, language);
}
