import { describe, expect, it } from 'vitest';
import { meetingInputSchema } from '../schemas/meeting';
import { meetingEvent } from './meeting-event';

describe('meetingEvent', () => {
  const meeting = meetingInputSchema.parse({
    date: '2026-11-18',
    framework: 'iep',
    purpose: 'annual',
    isTransitionDiscussed: true,
    attendees: [
      { name: 'Rosa Diaz', role: 'parent' },
      { name: 'Mr. Tran', role: 'special-education-teacher' },
      {
        name: 'Ms. Okafor',
        role: 'regular-education-teacher',
        attended: false,
        excusal: { parentAgreedInWriting: true },
      },
      { name: 'Dr. Lee', role: 'agency-representative', attended: false },
    ],
  });

  it('records an IEP meeting with the roles present and the roles excused', () => {
    expect(meetingEvent(meeting)).toEqual({
      type: 'iep-meeting-held',
      date: '2026-11-18',
      purpose: 'annual',
      transition: true,
      attendees: ['parent', 'special-education-teacher'],
      excused: ['regular-education-teacher'],
    });
  });

  it('implies no case event for a 504 meeting or an IEP meeting about something else', () => {
    expect(meetingEvent({ ...meeting, framework: '504' })).toBeNull();
    expect(meetingEvent({ ...meeting, purpose: 'other' })).toBeNull();
  });
});
