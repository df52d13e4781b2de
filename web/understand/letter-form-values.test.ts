import { describe, expect, it } from 'vitest';
import type { Student } from '../../core/schemas/student';
import { checkLetterForm, initialLetterForm } from './letter-form-values';

// Issue #17, point 5: the writer's name and contact come from the account (and stay editable: they are
// only the form's first values); the child's given name and the recipient block reach the letter request.
const student: Student = {
  id: 's1',
  familyId: 'f1',
  givenName: 'Maya',
  familyName: 'Ortiz',
  birthDate: '2016-03-14',
  jurisdiction: 'TX',
  school: 'Lincoln Elementary',
  district: 'Riverbend Unified School District',
  grade: '4',
  planInEffect: null,
  homeLanguages: ['es'],
  contacts: [
    {
      name: 'Tomás Ortiz',
      relationship: 'father',
      email: 'tomas@example.org',
      phone: '555 010 1111',
      preferredLanguage: 'es',
    },
    {
      name: 'Lucía Ortiz',
      relationship: 'mother',
      email: 'Lucia@Example.org',
      phone: '555 010 2233',
      preferredLanguage: 'es',
    },
  ],
  gradeStarts: [],
  createdAt: '2025-08-01T00:00:00.000Z',
  updatedAt: '2025-08-01T00:00:00.000Z',
};
const base = {
  kind: 'records-request',
  language: 'en',
  jurisdiction: 'US',
  areas: [],
  student,
  today: '2025-09-10',
} as const;

describe('initialLetterForm', () => {
  it("fills the writer from the account, with their own contact entry's relationship and phone", () => {
    const form = initialLetterForm({ ...base, writer: { name: 'Lucía Ortiz', email: 'lucia@example.org' } });
    expect(form).toMatchObject({
      parentName: 'Lucía Ortiz',
      email: 'lucia@example.org',
      relationship: 'mother',
      phone: '555 010 2233',
      givenName: 'Maya',
      childName: 'Maya Ortiz',
    });
  });

  it("does not take another contact's phone for a writer who is not among the contacts", () => {
    const form = initialLetterForm({ ...base, writer: { name: 'Rosa Vega', email: 'rosa@example.org' } });
    expect(form).toMatchObject({
      parentName: 'Rosa Vega',
      email: 'rosa@example.org',
      phone: '',
      relationship: 'parent',
    });
  });

  it('falls back to the first contact without an account', () => {
    expect(initialLetterForm(base)).toMatchObject({ parentName: 'Tomás Ortiz', relationship: 'father' });
  });

  it('sends the given name and the recipient block with the request', () => {
    const form = {
      ...initialLetterForm({ ...base, writer: { name: 'Lucía Ortiz', email: 'lucia@example.org' } }),
      address: '12 Alder Lane\nRiverbend, TX 75001',
      recipientName: 'Dana Whitfield',
      recipientSchool: 'Lincoln Elementary',
      recipientAddress: '400 Main Street\n\nRiverbend, TX 75001',
    };
    const checked = checkLetterForm(form);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.input.student.givenName).toBe('Maya');
    expect(checked.input.recipient).toEqual({
      name: 'Dana Whitfield',
      title: 'Director of Special Education',
      school: 'Lincoln Elementary',
      addressLines: ['400 Main Street', 'Riverbend, TX 75001'],
    });
  });
});

// Issue #17, point 4: the new kinds send their own fields, and an issue on one of them is shown on it.
describe('the new letter kinds in the form', () => {
  const filled = (kind: 'ocr-complaint' | 'state-complaint' | 'disagreement-statement' | 'iep-meeting-request') => ({
    ...initialLetterForm({ ...base, kind, writer: { name: 'Lucía Ortiz', email: 'lucia@example.org' } }),
    address: '12 Alder Lane\nRiverbend, TX 75001',
  });

  it('sends an OCR complaint with the date of the act, and names that field when it is after the letter', () => {
    const ok = checkLetterForm({ ...filled('ocr-complaint'), actDate: '2025-06-02', actDescription: 'Left out' });
    expect(ok.ok && ok.input.kind === 'ocr-complaint' ? ok.input.actDate : null).toBe('2025-06-02');
    const late = checkLetterForm({ ...filled('ocr-complaint'), actDate: '2025-09-11', actDescription: 'Left out' });
    expect(late.ok ? [] : late.issues.map((issue) => issue.field)).toEqual(['actDate']);
  });

  it('names each missing required field of a state complaint and a statement of disagreement', () => {
    const state = checkLetterForm(filled('state-complaint'));
    expect(state.ok ? [] : state.issues.map((issue) => issue.field).sort()).toEqual([
      'stateAgency',
      'violationDate',
      'violationDescription',
    ]);
    const statement = checkLetterForm(filled('disagreement-statement'));
    expect(statement.ok ? [] : statement.issues.map((issue) => issue.field).sort()).toEqual([
      'disagreementDetails',
      'recordDescription',
    ]);
  });

  it('accepts a meeting request with its optional fields empty', () => {
    const checked = checkLetterForm(filled('iep-meeting-request'));
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.input.kind === 'iep-meeting-request' ? checked.input.meetingTopics : 'absent').toBe(
      undefined,
    );
  });
});
