import { csvFieldIssue, parseProgressCsv } from '../../core/progress/parse-progress-csv';
import { previewProgressImport } from '../../core/progress/preview-progress-import';
import type {
  ProgressImportCommit,
  ProgressImportPreview,
  ProgressPointRecord,
} from '../../core/schemas/progress-data';
import { AppError } from '../app-error';
import type { Database } from '../db/database';
import { insertPoint, listPointsOfGoal } from '../db/progress-queries';
import { sortableId } from '../db/sortable-id';
import { recordedWrite, type WriteContext } from './recorded-write';
import { requirePlanGoal } from './require-plan-goal';

/**
 * Step 1 of a CSV import: what the file holds and what a commit would do with each row, writing nothing.
 * Bad rows come back as `{ row, column, message }`; clean rows say whether they are new, already recorded
 * (same score on that date: skipped) or in conflict with a different recorded score.
 */
export async function previewProgressCsv(
  database: Database,
  planId: string,
  goalId: string,
  csv: string,
): Promise<ProgressImportPreview> {
  await requirePlanGoal(database.db, planId, goalId);
  const recorded = await listPointsOfGoal(database.db, { planId, goalId });
  return previewProgressImport(parseProgressCsv(csv), recorded);
}

/**
 * Step 2: reads the same text again (nothing is kept between the steps) and, only when the whole file is
 * clean and no row contradicts a recorded score, writes every new row with its history row in one
 * transaction. A bad file answers 400 with one issue per bad row; a conflict answers 409 naming the dates.
 */
export async function commitProgressCsv(
  options: WriteContext & { readonly planId: string; readonly goalId: string; readonly csv: string },
): Promise<ProgressImportCommit> {
  const { planId, goalId, csv } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const plan = await requirePlanGoal(trx, planId, goalId);
    const parsed = parseProgressCsv(csv);
    if (!parsed.ok) {
      throw AppError.invalidInput(parsed.errors.map(csvFieldIssue));
    }
    const preview = previewProgressImport(parsed, await listPointsOfGoal(trx, { planId, goalId }));
    const conflicts = preview.rows.filter((r) => r.status === 'conflict');
    if (conflicts.length > 0) {
      const issues = conflicts.map((r) => ({
        field: 'csv',
        message: `${r.date}: the file says ${String(r.value)} but ${String(r.recorded?.value)} is recorded`,
      }));
      throw new AppError(
        'conflict',
        `nothing was imported: ${String(conflicts.length)} ${conflicts.length === 1 ? 'date has' : 'dates have'} a different score recorded (${conflicts.map((r) => r.date).join(', ')}); correct the recorded scores or remove those rows`,
        { issues },
      );
    }
    const added: ProgressPointRecord[] = [];
    for (const row of preview.rows.filter((r) => r.status === 'new')) {
      const point: ProgressPointRecord = {
        id: sortableId(),
        studentId: plan.studentId,
        planId,
        goalId,
        date: row.date,
        value: row.value,
        note: row.note,
        measuredBy: row.measuredBy,
        createdAt: at,
        updatedAt: at,
      };
      await insertPoint(trx, point);
      await changed({
        entity: 'progress-point',
        entityId: point.id,
        studentId: plan.studentId,
        action: 'create',
        data: point,
      });
      added.push(point);
    }
    added.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { added, alreadyRecorded: preview.counts.alreadyRecorded };
  });
}
