import type { TFunction } from 'i18next';
import { GRADE_ONCE } from '../../core/schemas/grade-start';
import { problemsOf, type FormProblems } from './form-problems';
import { issueMessage } from '../i18n/issue-message';
import { fieldId } from './field-id';
import type { StudentFormRows } from './student-form-values';

const SIMPLE_FIELDS = ['givenName', 'familyName', 'birthDate', 'jurisdiction', 'school', 'district', 'grade'];
const CONTACT_FIELDS = ['name', 'relationship', 'email', 'phone', 'preferredLanguage'];
const GRADE_START_FIELDS = ['grade', 'date'];

/** The form's input for an API field name (`contacts[0].email` → its row's email input). */
function locate(field: string, rows: StudentFormRows, t: TFunction): { id: string; label: string } {
  if (SIMPLE_FIELDS.includes(field)) return { id: fieldId('student', field), label: t(`student.fields.${field}`) };
  if (field.startsWith('homeLanguages')) {
    return { id: fieldId('student', 'otherLanguages'), label: t('student.fields.otherLanguages') };
  }
  const contact = /^contacts\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (contact !== null) {
    const row = rows.contacts[Number(contact[1])] ?? Number(contact[1]);
    const part = contact[2] !== undefined && CONTACT_FIELDS.includes(contact[2]) ? contact[2] : 'name';
    return {
      id: fieldId('student', 'contacts', row, part),
      label: `${t('student.contactN', { n: row + 1 })}: ${t(`student.fields.contact.${part}`)}`,
    };
  }
  const gradeStart = /^gradeStarts(?:\[(\d+)\](?:\.(\w+))?)?/.exec(field);
  if (gradeStart !== null) {
    const index = Number(gradeStart[1] ?? 0);
    const row = rows.gradeStarts[index] ?? index;
    const part = gradeStart[2] !== undefined && GRADE_START_FIELDS.includes(gradeStart[2]) ? gradeStart[2] : 'grade';
    return {
      id: fieldId('student', 'gradeStarts', row, part),
      label: `${t('student.gradeStartN', { n: row + 1 })}: ${t(`student.fields.gradeStart.${part}`)}`,
    };
  }
  return { id: fieldId('student', 'givenName'), label: field };
}

/** A grade row's own messages (a grade not chosen, or chosen twice); anything else as every field's. */
function messageOf(issue: { field: string; message: string }, t: TFunction): string {
  if (issue.field.startsWith('gradeStarts')) {
    if (issue.message === GRADE_ONCE) return t('student.gradeOnce');
    if (issue.field.endsWith('.grade') && /expected number/.test(issue.message)) return t('student.gradeNeeded');
  }
  return issueMessage(issue.message, t);
}

/** The API's issues as error-summary entries and messages by field id. */
export function studentFormIssues(
  issues: readonly { field: string; message: string }[],
  rows: StudentFormRows,
  t: TFunction,
): FormProblems {
  const items = issues.map((issue) => {
    const { id, label } = locate(issue.field, rows, t);
    return { fieldId: id, label, message: messageOf(issue, t) };
  });
  return problemsOf(items);
}
