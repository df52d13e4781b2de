import { describe, expect, it } from 'vitest';
import { meetingInputSchema } from '../schemas/meeting';
import { meetingNoticeCheck } from './meeting-notice';

describe('meetingNoticeCheck', () => {
  const meeting = meetingInputSchema.parse({
    date: '2026-12-10',
    framework: 'iep',
    purpose: 'annual',
    status: 'scheduled',
    noticeDate: '2026-12-01',
  });

  it('finds 9 days of notice short of Tennessee’s 10, citing the state rule', () => {
    expect(meetingNoticeCheck(meeting, 'TN', '2026-12-05')).toEqual({
      kind: 'short',
      requiredDays: 10,
      givenDays: 9,
      citation: 'Tenn. Comp. R. & Regs. 0520-01-09-.15(1)',
      status: 'confirmed',
    });
    expect(meetingNoticeCheck({ ...meeting, noticeDate: '2026-11-30' }, 'TN', '2026-12-05')?.kind).toBe('enough');
  });

  it('counts from the day it is scheduled when no notice day is given', () => {
    expect(meetingNoticeCheck({ ...meeting, noticeDate: null }, 'KS', '2026-11-20')).toMatchObject({
      kind: 'enough',
      givenDays: 20,
    });
  });

  it('says the federal rule has no day count where the state encodes none', () => {
    expect(meetingNoticeCheck(meeting, 'OR', '2026-12-01')).toEqual({
      kind: 'no-day-count',
      givenDays: 9,
      citation: '34 CFR 300.322(a)',
      status: 'confirmed',
    });
  });

  it('applies only to a scheduled IEP meeting', () => {
    expect(meetingNoticeCheck({ ...meeting, status: 'held' }, 'TN', '2026-12-01')).toBeNull();
    expect(meetingNoticeCheck({ ...meeting, framework: '504' }, 'TN', '2026-12-01')).toBeNull();
  });
});
