import type { TFunction } from 'i18next';
import { problemsOf, type FormProblems } from './form-problems';
import { issueMessage } from '../i18n/issue-message';
import { fieldId } from './field-id';

const SIMPLE_FIELDS = ['givenName', 'familyName', 'birthDate', 'jurisdiction', 'school', 'district', 'grade'];
const CONTACT_FIELDS = ['name', 'relationship', 'email', 'phone', 'preferredLanguage'];

/** The form's input for an API field name (`contacts[0].email` → its row's email input). */
function locate(field: string, contactRows: readonly number[], t: TFunction): { id: string; label: string } {
  if (SIMPLE_FIELDS.includes(field)) return { id: fieldId('student', field), label: t(`student.fields.${field}`) };
  if (field.startsWith('homeLanguages')) {
    return { id: fieldId('student', 'otherLanguages'), label: t('student.fields.otherLanguages') };
  }
  const contact = /^contacts\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (contact !== null) {
    const row = contactRows[Number(contact[1])] ?? Number(contact[1]);
    const part = contact[2] !== undefined && CONTACT_FIELDS.includes(contact[2]) ? contact[2] : 'name';
    return {
      id: fieldId('student', 'contacts', row, part),
      label: `${t('student.contactN', { n: row + 1 })}: ${t(`student.fields.contact.${part}`)}`,
    };
  }
  return { id: fieldId('student', 'givenName'), label: field };
}

/** The API's issues as error-summary entries and messages by field id. */
export function studentFormIssues(
  issues: readonly { field: string; message: string }[],
  contactRows: readonly number[],
  t: TFunction,
): FormProblems {
  const items = issues.map((issue) => {
    const { id, label } = locate(issue.field, contactRows, t);
    return { fieldId: id, label, message: issueMessage(issue.message, t) };
  });
  return problemsOf(items);
}
