import type { TFunction } from 'i18next';
import { issueMessage } from '../i18n/issue-message';
import { problemsOf, type FormProblems } from './form-problems';
import type { CalendarFormRows } from './calendar-form-values';
import { fieldId } from './field-id';

/** The ids of the calendar form's inputs, shared by the form and the API's issues. */
export const calendarFieldId = {
  /** A term's or a closed row's first or last day. */
  range: (list: 'terms' | 'closed', row: number, part: 'start' | 'end') => fieldId('calendar', list, row, part),
  /** A district holiday (the ids TextListFields gives its inputs). */
  holiday: (row: number) => fieldId('calendar', 'holidays', row),
  /** The fieldset of a list, for an issue about the list as a whole. */
  group: (list: 'terms' | 'closed') => fieldId('calendar', list),
  holidayChoice: fieldId('calendar', 'holidayChoice'),
};

/** The labels of the calendar form's inputs, row numbers from 1, as the form and the error summary say them. */
export function calendarFieldLabel(t: TFunction, list: 'terms' | 'closed', row: number, part: 'start' | 'end'): string {
  return t(`calendar.${list}.${part}Label`, { n: row + 1 });
}

/** The form's input for an API field (`calendar.terms[0].end` → the first typed term's last day). */
function locate(field: string, rows: CalendarFormRows, t: TFunction): { id: string; label: string } {
  const match = /^(?:calendar\.)?(terms|closed|holidays)(?:\[(\d+)\](?:\.(start|end))?)?/.exec(field);
  const list = match?.[1];
  if (match === null || list === undefined) {
    return { id: calendarFieldId.group('terms'), label: t('calendar.terms.legend') };
  }
  const sent = match[2] === undefined ? undefined : Number(match[2]);
  if (list === 'holidays') {
    const row = sent === undefined ? undefined : (rows.holidays[sent] ?? sent);
    return row === undefined
      ? { id: calendarFieldId.holidayChoice, label: t('calendar.holidays.legend') }
      : { id: calendarFieldId.holiday(row), label: t('calendar.holidays.itemLabel', { n: row + 1 }) };
  }
  const listName = list === 'terms' ? 'terms' : 'closed';
  if (sent === undefined) return { id: calendarFieldId.group(listName), label: t(`calendar.${listName}.legend`) };
  const row = rows[listName][sent] ?? sent;
  const part = match[3] === 'end' ? 'end' : 'start';
  return { id: calendarFieldId.range(listName, row, part), label: calendarFieldLabel(t, listName, row, part) };
}

/**
 * The API's issues about a calendar as error-summary entries and messages by field id, in the UI language.
 * One entry per field: an empty last day is both "enter a date" and "before the first day", and the first says it.
 */
export function calendarFormIssues(
  issues: readonly { field: string; message: string }[],
  rows: CalendarFormRows,
  t: TFunction,
): FormProblems {
  const seen = new Set<string>();
  const items = issues.flatMap((issue) => {
    const { id, label } = locate(issue.field, rows, t);
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ fieldId: id, label, message: issueMessage(issue.message, t) }];
  });
  return problemsOf(items);
}
