import { describe, expect, it } from 'vitest';
import { LETTER_KINDS } from '../schemas/letters';
import { buildLetterInput } from './letter-input-builder';
import { parseLetterInput } from './parse-letter-input';

describe('parseLetterInput', () => {
  it.each(LETTER_KINDS)('accepts a complete %s request', (kind) => {
    const result = parseLetterInput(buildLetterInput(kind));
    expect(result.ok).toBe(true);
  });

  it('fills the default relationship and trims text', () => {
    const input = buildLetterInput('records-request');
    const result = parseLetterInput({
      ...input,
      parent: { name: '  Sam Reyes ', addressLines: ['4 Birch Road'] },
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.parent.relationship).toBe('parent');
      expect(result.value.parent.name).toBe('Sam Reyes');
    }
  });

  const eval1 = buildLetterInput('evaluation-request');
  it.each([
    ['a missing student name', { ...eval1, student: { ...eval1.student, name: undefined } }, 'student.name: required'],
    ['a blank parent name', { ...eval1, parent: { ...eval1.parent, name: '   ' } }, 'parent.name: must not be empty'],
    [
      'a birth date not in YYYY-MM-DD',
      { ...eval1, student: { ...eval1.student, birthDate: '3/14/2016' } },
      'student.birthDate: expected YYYY-MM-DD, got "3/14/2016"',
    ],
    ['an impossible letter date', { ...eval1, date: '2025-02-30' }, 'date: expected YYYY-MM-DD, got "2025-02-30"'],
    [
      'an unknown kind',
      { ...eval1, kind: 'complaint' },
      'kind: expected one of evaluation-request, iep-evaluation-after-504, records-request, iee-request, pwn-request, meeting-summary, iep-meeting-request, section504-meeting-request, disagreement-statement, ocr-complaint, state-complaint, compensatory-services, got "complaint"',
    ],
    ['no kind', { ...eval1, kind: undefined }, 'kind: expected one of evaluation-request'],
    ['no object at all', 42, '(root): expected an object, got 42'],
    ['a missing student', { ...eval1, student: undefined }, 'student: required'],
    ['a student given as text', { ...eval1, student: 'Maya' }, 'student: expected an object, got "Maya"'],
    ['an unknown language', { ...eval1, language: 'fr' }, 'language: expected one of en, es, got "fr"'],
    [
      'an unknown grade',
      { ...eval1, student: { ...eval1.student, grade: '13' } },
      'student.grade: expected one of pre-k',
    ],
    [
      'a bad email',
      { ...eval1, parent: { ...eval1.parent, email: 'lucia-at-example' } },
      'parent.email: expected an email',
    ],
    [
      'a bad phone',
      { ...eval1, parent: { ...eval1.parent, phone: 'call me' } },
      'parent.phone: expected a phone number',
    ],
    [
      'no address',
      { ...eval1, parent: { ...eval1.parent, addressLines: [] } },
      'parent.addressLines: give at least one',
    ],
    ['no areas of concern', { ...eval1, areasOfConcern: [] }, 'areasOfConcern: choose at least one area of concern'],
    ['an unknown area', { ...eval1, areasOfConcern: ['spelling'] }, 'areasOfConcern[0]: expected one of reading'],
    [
      'a birth date after the letter',
      { ...eval1, student: { ...eval1.student, birthDate: '2026-01-01' } },
      'student.birthDate: must be before the letter date',
    ],
    ['an unknown field', { ...eval1, favouriteColour: 'blue' }, 'unknown field(s): favouriteColour'],
    ['a missing recipient title', { ...eval1, recipient: { name: 'Dana Whitfield' } }, 'recipient.title: required'],
  ])('names the field for %s', (_what, input, message) => {
    const result = parseLetterInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(message);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it.each([
    [
      'an offer dated after the letter',
      buildLetterInput('iep-evaluation-after-504', { offeredOn: '2025-09-11' }),
      'offeredOn: the date of the offer must not be after the letter date',
    ],
    [
      'a missing offer',
      { ...buildLetterInput('iep-evaluation-after-504'), offered: undefined },
      'offered: expected one of 504-plan, intervention, got nothing',
    ],
    [
      'a meeting not after the letter',
      buildLetterInput('records-request', { meetingDate: '2025-09-10' }),
      'meetingDate: must be after the letter date',
    ],
    [
      'an evaluation dated after the letter',
      buildLetterInput('iee-request', { evaluationDate: '2025-12-01' }),
      'evaluationDate: the evaluation date must not be after the letter date',
    ],
    [
      'a missing evaluation name',
      { ...buildLetterInput('iee-request'), evaluationName: undefined },
      'evaluationName: required',
    ],
    [
      'an unknown PWN action',
      buildLetterInput('pwn-request', { action: 'ignored' as 'refused' }),
      'action: expected one of refused, proposed, got "ignored"',
    ],
    [
      'a field of another kind',
      { ...buildLetterInput('records-request'), areasOfConcern: ['reading'] },
      'unknown field(s): areasOfConcern',
    ],
  ])('checks kind-specific fields: %s', (_what, input, message) => {
    const result = parseLetterInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});
