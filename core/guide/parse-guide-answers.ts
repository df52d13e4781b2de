import { guideAnswersSchema } from '../schemas/guide';
import type { GuideAnswers } from '../schemas/guide';
import { fieldIssues, firstIssueLine } from '../schemas/format-issues';
import type { FieldIssue } from '../schemas/format-issues';

/** The outcome of reading guide answers: the answers, or a one-line message and every field issue. */
export type ParseGuideAnswersResult =
  | { readonly ok: true; readonly value: GuideAnswers }
  | { readonly ok: false; readonly message: string; readonly issues: FieldIssue[] };

/**
 * Reads guide answers from anything (a request body, a saved draft). The message names the field:
 * `needsSkillTaught: expected one of yes, no, unsure, got "maybe"`.
 */
export function parseGuideAnswers(input: unknown): ParseGuideAnswersResult {
  const result = guideAnswersSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: firstIssueLine(result.error), issues: fieldIssues(result.error) };
}
