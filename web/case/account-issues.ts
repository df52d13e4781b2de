import type { TFunction } from 'i18next';
import { accountIssueMessage } from '../i18n/account-issue-message';
import { problemsOf, type FormProblems } from './form-problems';

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
  return problemsOf(items);
}
