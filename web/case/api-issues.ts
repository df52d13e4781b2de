import type { TFunction } from 'i18next';
import { problemsOf, type FormProblems } from './form-problems';
import { issueMessage } from '../i18n/issue-message';

/**
 * The API's issues for a simple form whose inputs are `${prefix}-${field}`: error-summary entries and
 * messages by field id. Fields the form does not have (nested lists) point at `fallbackField`.
 */
export function formIssues(
  issues: readonly { field: string; message: string }[],
  prefix: string,
  fields: Readonly<Record<string, string>>,
  fallbackField: string,
  t: TFunction,
): FormProblems {
  const items = issues.map((issue) => {
    const top = issue.field.split(/[.[]/)[0] ?? issue.field;
    const field = top in fields ? top : fallbackField;
    return { fieldId: `${prefix}-${field}`, label: fields[field] ?? field, message: issueMessage(issue.message, t) };
  });
  return problemsOf(items);
}
