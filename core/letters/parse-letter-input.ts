import { fieldIssues, firstIssueLine } from '../schemas/format-issues';
import type { FieldIssue } from '../schemas/format-issues';
import { letterInputSchema } from '../schemas/letters';
import type { LetterInput } from '../schemas/letters';

/** The outcome of reading a letter request: the input, or a one-line message and every field issue. */
export type ParseLetterInputResult =
  | { readonly ok: true; readonly value: LetterInput }
  | { readonly ok: false; readonly message: string; readonly issues: FieldIssue[] };

/**
 * Reads a letter request from anything (a request body, a form draft). The message names the field:
 * `student.birthDate: expected YYYY-MM-DD, got "3/4/2016"`.
 */
export function parseLetterInput(input: unknown): ParseLetterInputResult {
  const result = letterInputSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: firstIssueLine(result.error), issues: fieldIssues(result.error) };
}
