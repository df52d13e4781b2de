import type { TFunction } from 'i18next';
import { issueMessage } from '../../i18n/issue-message';
import { formatDate } from '../../i18n/format-date';

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

/** What a person typed, as the CSV checker quotes it (`"3/4/2026"`), or "nothing". */
function got(quoted: string, t: TFunction): string {
  return quoted === 'nothing' ? t('progress.csv.nothing') : quoted;
}

/**
 * One problem of a CSV file in the UI language ("expected YYYY-MM-DD, got "3/4/2026"" becomes "the date must
 * be written YYYY-MM-DD; the file has "3/4/2026""). Unknown messages are shown as the server wrote them.
 */
export function csvProblemMessage(message: string, t: TFunction, language: string): string {
  const date = /^expected YYYY-MM-DD, got (.*)$/.exec(message);
  if (date?.[1] !== undefined) return t('progress.csv.problem.date', { got: got(date[1], t) });
  const number = /^expected a number, got (.*)$/.exec(message);
  if (number?.[1] !== undefined) return t('progress.csv.problem.number', { got: got(number[1], t) });
  const twice = /^(\d{4}-\d{2}-\d{2}) appears more than once \(also row (\d+)\)$/.exec(message);
  if (twice?.[1] !== undefined && twice[2] !== undefined) {
    return t('progress.csv.problem.dateTwice', { date: formatDate(twice[1], language), row: Number(twice[2]) });
  }
  const noColumn = /^the header has no (\w+) column$/.exec(message);
  if (noColumn?.[1] !== undefined) return t('progress.csv.problem.noColumn', { column: noColumn[1] });
  const columnTwice = /^the (\w+) column appears twice$/.exec(message);
  if (columnTwice?.[1] !== undefined) return t('progress.csv.problem.columnTwice', { column: columnTwice[1] });
  const unknown = /^unknown column (".*"); expected date, value, note or measured_by$/.exec(message);
  if (unknown?.[1] !== undefined) return t('progress.csv.problem.unknownColumn', { column: unknown[1] });
  if (message.startsWith('expected a header row')) return t('progress.csv.problem.noHeader');
  const columns = /^expected (\d+) columns, got (\d+)/.exec(message);
  if (columns?.[1] !== undefined && columns[2] !== undefined) {
    return t('progress.csv.problem.columns', { expected: Number(columns[1]), got: Number(columns[2]) });
  }
  const tooLong = /^expected at most (\d+) characters, got (\d+)$/.exec(message);
  if (tooLong?.[1] !== undefined) return t('progress.csv.problem.tooLong', { max: Number(tooLong[1]) });
  if (message === 'the file is empty') return t('progress.csv.problem.empty');
  if (message === 'no data rows after the header') return t('progress.csv.problem.noRows');
  if (message.startsWith('a quoted field is never closed')) return t('progress.csv.problem.quote');
  return message;
}
