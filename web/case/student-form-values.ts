import type { Student, StudentInputRequest } from '../../core/schemas/student';
import { COMMON_HOME_LANGUAGES } from '../i18n/language-name';
import { randomId } from './random-id';

/** One contact as the form holds it; `key` only keeps React's list stable and is never sent. */
export interface ContactValues {
  readonly key: string;
  readonly name: string;
  readonly relationship: string;
  readonly email: string;
  readonly phone: string;
  readonly preferredLanguage: string;
}

/** The first day of one school grade as the form holds it (`grade` is `0`–`12` or empty; `key` is never sent). */
export interface GradeStartValues {
  readonly key: string;
  readonly grade: string;
  readonly date: string;
}

/** The "add a child" / "edit details" form exactly as typed (kept as is when saving fails). */
export interface StudentFormValues {
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string;
  readonly jurisdiction: string;
  readonly school: string;
  readonly district: string;
  readonly grade: string;
  /** Checked languages of the common list. */
  readonly homeLanguages: readonly string[];
  /** Other language tags, separated by commas. */
  readonly otherLanguages: string;
  readonly contacts: readonly ContactValues[];
  /** First days of school grades, for deadlines that start on entering a grade. */
  readonly gradeStarts: readonly GradeStartValues[];
}

/** Which form row each sent list item came from: blank rows are not sent, so `contacts[i]` is form row `contacts[i]`. */
export interface StudentFormRows {
  readonly contacts: readonly number[];
  readonly gradeStarts: readonly number[];
}

export function emptyContact(): ContactValues {
  return { key: randomId(), name: '', relationship: '', email: '', phone: '', preferredLanguage: 'en' };
}

export function emptyGradeStart(): GradeStartValues {
  return { key: randomId(), grade: '', date: '' };
}

export function emptyStudentForm(): StudentFormValues {
  return {
    givenName: '',
    familyName: '',
    birthDate: '',
    jurisdiction: '',
    school: '',
    district: '',
    grade: '',
    homeLanguages: [],
    otherLanguages: '',
    contacts: [emptyContact()],
    gradeStarts: [],
  };
}

const common = new Set<string>(COMMON_HOME_LANGUAGES);

export function studentFormFromStudent(student: Student): StudentFormValues {
  return {
    givenName: student.givenName,
    familyName: student.familyName,
    birthDate: student.birthDate ?? '',
    jurisdiction: student.jurisdiction,
    school: student.school ?? '',
    district: student.district ?? '',
    grade: student.grade ?? '',
    homeLanguages: student.homeLanguages.filter((tag) => common.has(tag)),
    otherLanguages: student.homeLanguages.filter((tag) => !common.has(tag)).join(', '),
    contacts: student.contacts.map((contact) => ({ ...contact, key: randomId() })),
    gradeStarts: student.gradeStarts.map((start) => ({
      key: randomId(),
      grade: String(start.grade),
      date: start.date,
    })),
  };
}

function orNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}

function isBlankContact(contact: ContactValues): boolean {
  return [contact.name, contact.relationship, contact.email, contact.phone].every((text) => text.trim() === '');
}

/**
 * A grade row as the API reads it: the grade as a number. An unchosen grade is NaN, which JSON sends
 * as `null`, so the server names that row's grade.
 */
function gradeStartInput(row: GradeStartValues): { grade: number; date: string } {
  return { grade: row.grade === '' ? Number.NaN : Number(row.grade), date: row.date };
}

/**
 * What the API receives; the server validates it and names any bad field. A contact or grade row left
 * completely empty is not sent, so `rows.contacts[i]` gives the form row of the API's `contacts[i]`.
 */
export function studentInputFromForm(values: StudentFormValues): {
  input: StudentInputRequest;
  rows: StudentFormRows;
} {
  const others = values.otherLanguages
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  const contactRows = values.contacts.flatMap((contact, row) => (isBlankContact(contact) ? [] : [row]));
  const gradeRows = values.gradeStarts.flatMap((start, row) =>
    start.grade === '' && start.date.trim() === '' ? [] : [row],
  );
  return {
    input: {
      givenName: values.givenName,
      familyName: values.familyName,
      birthDate: orNull(values.birthDate),
      jurisdiction: values.jurisdiction,
      school: orNull(values.school),
      district: orNull(values.district),
      grade: orNull(values.grade),
      homeLanguages: [...new Set([...values.homeLanguages, ...others])],
      contacts: contactRows.flatMap((row) => {
        const contact = values.contacts[row];
        if (contact === undefined) return [];
        const { key: _key, ...rest } = contact;
        return [rest];
      }),
      gradeStarts: gradeRows.flatMap((row) => {
        const start = values.gradeStarts[row];
        return start === undefined ? [] : [gradeStartInput(start)];
      }),
    },
    rows: { contacts: contactRows, gradeStarts: gradeRows },
  };
}
