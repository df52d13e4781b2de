import type { ImportRow, ProgressImportPreview } from '../schemas/progress-data';
import type { ParseProgressCsvResult } from './parse-progress-csv';

/** A score already recorded for the goal, as the import compares it. */
export interface RecordedScore {
  readonly id: string;
  readonly date: string;
  readonly value: number;
}

/**
 * What importing a parsed CSV into a goal would do (docs/decisions/0005-progress-data.md). A goal has one
 * score per day, and teachers re-export the same running spreadsheet, so a row whose date already has the
 * same score is `already-recorded` (skipped, making a repeated import harmless), a different score on that
 * date is a `conflict` (the file and the record disagree; a person decides which is right), and any other row
 * is `new`. The file can be committed only when it parsed cleanly and has no conflict.
 */
export function previewProgressImport(
  parsed: ParseProgressCsvResult,
  recorded: readonly RecordedScore[],
): ProgressImportPreview {
  if (!parsed.ok) {
    return { canCommit: false, errors: parsed.errors, rows: [], counts: { new: 0, alreadyRecorded: 0, conflict: 0 } };
  }
  const byDate = new Map(recorded.map((r) => [r.date, r]));
  // File order, so a person can follow the preview down their spreadsheet.
  const rows = parsed.points.map((point): ImportRow => {
    const existing = byDate.get(point.date);
    return {
      date: point.date,
      value: point.value,
      note: point.note ?? null,
      measuredBy: point.measuredBy ?? null,
      status: existing === undefined ? 'new' : existing.value === point.value ? 'already-recorded' : 'conflict',
      recorded: existing === undefined ? null : { id: existing.id, value: existing.value },
    };
  });
  const count = (status: ImportRow['status']): number => rows.filter((r) => r.status === status).length;
  const counts = { new: count('new'), alreadyRecorded: count('already-recorded'), conflict: count('conflict') };
  return { canCommit: counts.conflict === 0, errors: [], rows, counts };
}
