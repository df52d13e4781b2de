import type { TFunction } from 'i18next';
import { CSV_PROBLEM_CODES, type CsvProblemCode } from '../../../core/schemas/csv-problem';
import { issueMessage } from '../../i18n/issue-message';
import { formatDate } from '../../i18n/format-date';
import { ApiError } from '../../api/api-error';

/**
 * The progress API's field messages in the UI language. The server writes English; the messages a person
 * meets on the progress page are said in their language, anything else is shown as the server wrote it.
 */
export function progressIssueMessage(message: string, t: TFunction, language: string): string {
  const score = /^a score is already recorded on (\d{4}-\d{2}-\d{2})$/.exec(message);
  if (score?.[1] !== undefined) return t('progress.issues.scoreExists', { date: formatDate(score[1], language) });
  const change = /^a change in instruction is already recorded on (\d{4}-\d{2}-\d{2})$/.exec(message);
  if (change?.[1] !== undefined) return t('progress.issues.changeExists', { date: formatDate(change[1], language) });
  if (message.startsWith('expected a short description of what changed')) return t('progress.issues.changeLabel');
  return issueMessage(message, t);
}

/** One problem of a CSV file as the API reports it: a preview's error, or a 400's issue whose params name the place. */
export interface CsvProblem {
  readonly row: number;
  readonly column: string;
  /** The server's English sentence, shown as it is only when the code is not one this page knows. */
  readonly message: string;
  readonly code?: string | undefined;
  readonly params?: Readonly<Record<string, string | number>> | undefined;
}

const CSV_CODES: ReadonlySet<string> = new Set(CSV_PROBLEM_CODES);

/** True for a code both imports use (core/schemas/csv-problem.ts), each with words under progress.csv.problem. */
export function isCsvProblemCode(code: string | undefined): code is CsvProblemCode {
  return code !== undefined && CSV_CODES.has(code);
}

/**
 * What is wrong, in the UI language ("expected YYYY-MM-DD, got "3/4/2026"" becomes "the date must be written
 * YYYY-MM-DD …; the file has "3/4/2026""), from the problem's code and params. A problem without a known code is
 * shown as the server wrote it.
 */
export function csvProblemMessage(
  problem: Pick<CsvProblem, 'message' | 'code' | 'params'>,
  t: TFunction,
  language: string,
): string {
  if (!isCsvProblemCode(problem.code)) return problem.message;
  const params = problem.params ?? {};
  // What the file has, quoted as the checker quotes it (`"3/4/2026"`), or a count; an empty cell is "nothing".
  const got = params.got ?? t('progress.csv.nothing');
  // A date the file has right (one written twice, one outside a service) is said in words: "12 de octubre de 2026".
  const date = typeof params.date === 'string' ? { date: formatDate(params.date, language) } : {};
  return t(`progress.csv.problem.${problem.code}`, { ...params, ...date, got });
}

/** A problem as one line naming its row and column: "Row 4, column “date”: the date must be written …". */
export function csvProblemLine(problem: CsvProblem, t: TFunction, language: string): string {
  const text = csvProblemMessage(problem, t, language);
  // A problem with the whole row, or with a header cell that has no name to quote.
  return problem.column === '(row)' || problem.code === 'blank-column'
    ? t('progress.csv.rowProblemWhole', { row: problem.row, problem: text })
    : t('progress.csv.rowProblem', { row: problem.row, column: problem.column, problem: text });
}

/**
 * The CSV problem a 400's field issue stands for (the server puts the row and column in its params: csvFieldIssue),
 * or null for an issue of another kind, such as a session the IEP does not cover.
 */
export function csvProblemOfIssue(issue: {
  readonly message: string;
  readonly code?: string | undefined;
  readonly params?: Readonly<Record<string, string | number>> | undefined;
}): CsvProblem | null {
  const row = issue.params?.row;
  const column = issue.params?.column;
  if (!isCsvProblemCode(issue.code) || typeof row !== 'number' || typeof column !== 'string') return null;
  return { row, column, message: issue.message, code: issue.code, params: issue.params };
}

/**
 * A form's 400 issues with every one that has a CSV problem's code said in the page's language: the single session
 * form gets the IEP checks' codes (a service the IEP does not list, or not in effect that day) without a row or a
 * column. The others are left as the server wrote them, for the form's own messages.
 */
export function issuesInLanguage<Issue extends Pick<CsvProblem, 'message' | 'code' | 'params'>>(
  issues: readonly Issue[],
  t: TFunction,
  language: string,
): Issue[] {
  return issues.map((issue) =>
    isCsvProblemCode(issue.code) ? { ...issue, message: csvProblemMessage(issue, t, language) } : issue,
  );
}

/**
 * Why an import of a checked file was refused, in the UI language: a file changed since its check names its first
 * problem (400); scores recorded meanwhile that differ from the file's block it (409, one issue per date); anything
 * else is said as the server wrote it.
 */
export function importRefusalText(error: Error, t: TFunction, language: string): string {
  if (error instanceof ApiError && error.status === 409 && error.code === 'conflict' && error.issues.length > 0) {
    return t('progress.csv.conflicts', { count: error.issues.length });
  }
  const issue = error instanceof ApiError ? error.issues[0] : undefined;
  const problem = issue === undefined ? null : csvProblemOfIssue(issue);
  return t('progress.csv.importFailed', {
    message: problem === null ? error.message : csvProblemLine(problem, t, language),
  });
}
