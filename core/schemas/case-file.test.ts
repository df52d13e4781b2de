import { describe, expect, it } from 'vitest';
import { parseCaseFile } from './case-file';

const valid = {
  jurisdiction: 'US',
  student: { birthDate: '2011-04-02' },
  calendar: {
    terms: [{ start: '2025-08-25', end: '2026-06-05' }],
    closed: ['2025-11-27', { start: '2025-12-22', end: '2026-01-02' }],
    holidays: ['2025-11-27'],
  },
  events: [
    { type: 'evaluation-requested', date: '2025-09-02' },
    { type: 'evaluation-consent-received', date: '2025-09-10' },
  ],
};

function messageOf(input: unknown): string {
  const result = parseCaseFile(input);
  if (result.ok) throw new Error('expected a failure');
  return result.message;
}

describe('parseCaseFile', () => {
  it('accepts the spec example and keeps unknown event fields', () => {
    const result = parseCaseFile({
      ...valid,
      events: [{ type: 'records-requested', date: '2025-09-01', note: 'by email' }],
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.events[0]).toMatchObject({ note: 'by email' });
  });

  it('names the field of a bad date', () => {
    const events = [
      ...valid.events,
      { type: 'evaluation-requested', date: '2025-09-03' },
      { type: 'records-requested', date: '3/4/2026' },
    ];
    expect(messageOf({ ...valid, events })).toBe('events[3].date: expected YYYY-MM-DD, got "3/4/2026"');
  });

  it('rejects impossible dates', () => {
    expect(messageOf({ ...valid, student: { birthDate: '2025-02-29' } })).toBe(
      'student.birthDate: expected YYYY-MM-DD, got "2025-02-29"',
    );
  });

  it('rejects an unknown event type at events[i].type', () => {
    const result = parseCaseFile({ ...valid, events: [{ type: 'evaluation-requsted', date: '2025-09-02' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toBe('events[0].type: unknown event type "evaluation-requsted"');
      expect(result.issues[0]).toEqual({
        field: 'events[0].type',
        message: 'unknown event type "evaluation-requsted"',
      });
    }
    expect(messageOf({ ...valid, events: [{ date: '2025-09-02' }] })).toBe('events[0].type: missing event type');
  });

  it('validates fields per event type', () => {
    expect(messageOf({ ...valid, events: [{ type: 'plan-started', date: '2025-09-02', framework: 'ifsp' }] })).toMatch(
      /^events\[0\]\.framework: /,
    );
    expect(messageOf({ ...valid, events: [{ type: 'meeting-scheduled', date: '2025-09-02' }] })).toBe(
      'events[0].meetingDate: expected YYYY-MM-DD, got nothing',
    );
    expect(
      messageOf({ ...valid, events: [{ type: 'eligibility-determined', date: '2025-09-02', framework: 'idea' }] }),
    ).toMatch(/^events\[0\]\.eligible: /);
  });

  it('checks the jurisdiction, the calendar and the shape', () => {
    expect(messageOf({ ...valid, jurisdiction: 'XX' })).toBe(
      'jurisdiction: expected "US" or a two-letter state code, got "XX"',
    );
    expect(messageOf({ events: [] })).toBe('jurisdiction: expected "US" or a two-letter state code');
    expect(messageOf({ ...valid, calendar: { terms: [{ start: '2026-06-05', end: '2025-08-25' }] } })).toBe(
      'calendar.terms[0].end: expected start on or before end',
    );
    expect(messageOf([])).toBe('(root): expected a case file (a JSON object)');
    expect(messageOf({ jurisdiction: 'US' })).toBe('events: expected a list of events');
  });

  it('accepts lower-case state codes and upper-cases them', () => {
    const result = parseCaseFile({ ...valid, jurisdiction: 'tx' });
    expect(result.ok && result.value.jurisdiction).toBe('TX');
  });
});
