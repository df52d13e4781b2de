import type { AuditRecorder } from '../audit/audit-recorder';
import { auditedTransaction } from '../audit/audited-transaction';
import { randomUUID } from 'node:crypto';
import { runGuide, type GuideResult } from '../../core/guide/run-guide';
import { guideAnswersSchema, type GuideAnswers } from '../../core/schemas/guide';
import { jurisdictionFacts } from '../../core/law/jurisdiction-facts';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { findLatestGuideAnswers, insertGuideAnswers } from '../db/guide-queries';
import { appendHistory } from '../db/history-queries';
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
  database: Database,
  clock: Clock,
  studentId: string,
  answers: GuideAnswers,
  audit: AuditRecorder,
): Promise<SavedGuide> {
  const at = clock.now().toISOString();
  return auditedTransaction(database, audit, async (trx) => {
    const student = await requireStudent(trx, studentId);
    const id = randomUUID();
    await insertGuideAnswers(trx, { id, studentId, answers, at });
    await appendHistory(trx, { entity: 'guide-answers', entityId: id, studentId, action: 'create', data: answers, at });
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
