import type { TFunction } from 'i18next';
import type { ErrorSummaryItem } from '../components/error-summary';
import { accountIssueMessage } from '../i18n/account-issue-message';

/** What a failed account form shows: the error summary's entries and each field's message, by input id. */
export interface FormProblems {
  readonly items: readonly ErrorSummaryItem[];
  readonly byField: Readonly<Record<string, string>>;
}

export const NO_PROBLEMS: FormProblems = { items: [], byField: {} };

/**
 * The server's field issues for a form whose inputs are `${prefix}-${field}`, in the UI language. `labels`
 * names the fields; an issue about a field the form does not show points at `fallbackField`.
 */
export function accountFormProblems(
  issues: readonly { field: string; message: string }[],
  prefix: string,
  labels: Readonly<Record<string, string>>,
  fallbackField: string,
  t: TFunction,
): FormProblems {
  const items = issues.map((issue) => {
    const field = issue.field in labels ? issue.field : fallbackField;
    return {
      fieldId: `${prefix}-${field}`,
      label: labels[field] ?? field,
      message: accountIssueMessage(issue.message, t),
    };
  });
  return { items, byField: byFieldOf(items) };
}

/** One problem about one field (a wrong password, an e-mail already in use). */
export function fieldProblem(fieldId: string, label: string, message: string): FormProblems {
  const items = [{ fieldId, label, message }];
  return { items, byField: byFieldOf(items) };
}

/** Each field's first message, by input id, for the fields to show beside them. */
export function byFieldOf(items: readonly ErrorSummaryItem[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const item of items) byField[item.fieldId] ??= item.message;
  return byField;
}
