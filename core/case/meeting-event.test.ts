import { describe, expect, it } from 'vitest';
import { meetingInputSchema } from '../schemas/meeting';
import { meetingEvent, scheduledEvent } from './meeting-event';

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

  it('implies nothing until the meeting is held', () => {
    expect(meetingEvent({ ...meeting, status: 'scheduled' })).toBeNull();
    expect(meetingEvent({ ...meeting, status: 'cancelled' })).toBeNull();
  });

  it('records meeting-scheduled on the notice day while the meeting is not cancelled', () => {
    const scheduled = { ...meeting, status: 'scheduled' as const, noticeDate: '2026-11-02' };
    expect(scheduledEvent(scheduled)).toEqual({
      type: 'meeting-scheduled',
      date: '2026-11-02',
      meetingDate: '2026-11-18',
      kind: 'iep',
      purpose: 'annual',
    });
    expect(scheduledEvent({ ...scheduled, status: 'held' })?.meetingDate).toBe('2026-11-18');
    expect(scheduledEvent({ ...scheduled, status: 'cancelled' })).toBeNull();
    expect(scheduledEvent({ ...scheduled, noticeDate: null })).toBeNull();
    expect(scheduledEvent({ ...scheduled, framework: '504', purpose: 'other' })).toEqual({
      type: 'meeting-scheduled',
      date: '2026-11-02',
      meetingDate: '2026-11-18',
      kind: '504',
    });
  });
});
