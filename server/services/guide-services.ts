import { randomUUID } from 'node:crypto';
import { runGuide, type GuideResult } from '../../core/guide/run-guide';
import { guideAnswersSchema, type GuideAnswers } from '../../core/schemas/guide';
import { jurisdictionFacts } from '../../core/law/jurisdiction-facts';
import type { Database } from '../db/database';
import { findLatestGuideAnswers, insertGuideAnswers } from '../db/guide-queries';
import { recordedWrite, type WriteContext } from './recorded-write';
import { requireStudent } from './require-record';

export interface SavedGuide {
  readonly answers: GuideAnswers;
  readonly result: GuideResult;
  readonly savedAt: string;
}

/**
 * Saves a family's guide answers to the child's case and answers the guide's result for the child's
 * state. Each save is kept (the history shows how the answers changed); the newest is the one shown.
 */
export async function saveGuideAnswers(
  options: WriteContext & { readonly studentId: string; readonly answers: GuideAnswers },
): Promise<SavedGuide> {
  const { studentId, answers } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const student = await requireStudent(trx, studentId);
    const id = randomUUID();
    await insertGuideAnswers(trx, { id, studentId, answers, at });
    await changed({ entity: 'guide-answers', entityId: id, studentId, action: 'create', data: answers });
    return { answers, result: runGuide(answers, jurisdictionFacts(student.jurisdiction)), savedAt: at };
  });
}

/** The newest saved answers with their result, or null when the family has not used the guide yet. */
export async function latestGuideAnswers(database: Database, studentId: string): Promise<SavedGuide | null> {
  const student = await requireStudent(database.db, studentId);
  const row = await findLatestGuideAnswers(database.db, studentId);
  if (row === null) return null;
  const answers = guideAnswersSchema.parse(row.answers);
  return { answers, result: runGuide(answers, jurisdictionFacts(student.jurisdiction)), savedAt: row.savedAt };
}
