import type { ErrorSummaryItem } from '../components/forms/error-summary';

/** What a failed form shows: the error summary's entries and each field's message, by input id. */
export interface FormProblems {
  readonly items: readonly ErrorSummaryItem[];
  readonly byField: Readonly<Record<string, string>>;
}

export const NO_PROBLEMS: FormProblems = { items: [], byField: {} };

/** A form's problems from its error-summary entries: each field shows its first message. */
export function problemsOf(items: readonly ErrorSummaryItem[]): FormProblems {
  return { items, byField: byFieldOf(items) };
}

/** One problem about one field (a wrong password, an e-mail already in use). */
export function fieldProblem(fieldId: string, label: string, message: string): FormProblems {
  return problemsOf([{ fieldId, label, message }]);
}

/** Each field's first message, by input id, for the fields to show beside them. */
export function byFieldOf(items: readonly ErrorSummaryItem[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const item of items) byField[item.fieldId] ??= item.message;
  return byField;
}
