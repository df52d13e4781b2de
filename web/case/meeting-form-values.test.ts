import { describe, expect, it } from 'vitest';
import { meetingSchema } from '../../core/schemas/meeting';
import { withMeeting, initialLetterForm } from '../understand/letter-form-values';
import { attendeesFromForm, emptyMeetingForm, heldFormFor, unmarkedMembers } from './meeting-form-values';

const meeting = meetingSchema.parse({
  id: 'm1',
  studentId: 's1',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  date: '2026-11-27',
  framework: 'iep',
  purpose: 'annual',
  status: 'scheduled',
  invited: [
    { role: 'parent', name: 'Inés Aranda' },
    { role: 'regular-education-teacher', name: 'Mr. Holt' },
  ],
  decisions: 'Reading support goes to 45 minutes a day',
  followUps: [{ text: 'sends the revised IEP', owner: 'Ms. Reyes', due: '2026-12-04' }],
  refusals: ['an assistive technology evaluation'],
});

describe('the attendance form', () => {
  it('starts with nobody marked: no attendee is assumed', () => {
    const form = emptyMeetingForm('iep');
    expect(unmarkedMembers(form.members).map((m) => m.role)).toEqual([
      'parent',
      'regular-education-teacher',
      'special-education-teacher',
      'agency-representative',
    ]);
    expect(attendeesFromForm(form.members)).toEqual([]);
  });

  it('lists a scheduled meeting’s invitees by name', () => {
    const form = heldFormFor(meeting);
    expect(form.members.slice(0, 2).map((m) => [m.role, m.name, m.status])).toEqual([
      ['parent', 'Inés Aranda', ''],
      ['regular-education-teacher', 'Mr. Holt', ''],
    ]);
  });
});

describe('the letters filled from a held meeting', () => {
  const base = initialLetterForm({
    kind: 'meeting-summary',
    language: 'en',
    jurisdiction: 'TN',
    areas: [],
    student: null,
    today: '2026-11-28',
  });

  it('fills the summary with the date, decisions, action items and refusals', () => {
    const filled = withMeeting(base, meeting, null, (due) => `by ${due}`);
    expect(filled).toMatchObject({
      heldOn: '2026-11-27',
      decisions: 'Reading support goes to 45 minutes a day',
      actionItems: 'Ms. Reyes — sends the revised IEP — by 2026-12-04',
      refusals: 'an assistive technology evaluation',
    });
  });

  it('fills the prior-written-notice request with the chosen refusal', () => {
    const filled = withMeeting({ ...base, kind: 'pwn-request' }, meeting, 0, (due) => due);
    expect(filled).toMatchObject({
      action: 'refused',
      actionDescription: 'an assistive technology evaluation',
      actionDate: '2026-11-27',
    });
  });
});
