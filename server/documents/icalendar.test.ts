import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deadlineKeys, type FeedEntry } from '../../core/calendar-feed/feed-entries';
import type { Deadline } from '../../core/timeline/timeline-result';
import { escapeText, foldLine, icalendar, reminderTrigger } from './icalendar';

// The iCalendar writer (RFC 5545; docs/decisions/0039), checked on its own text and through a second parser.

const ENTRY: FeedEntry = {
  uid: 'deadline.annual-review.idea.annual-review.1.child-1@binder',
  date: '2026-12-31',
  summary: 'Revisión anual del IEP (Inés) – cumplido a tiempo; sí, con comas, y \\ barras',
  description: `Línea uno\nLínea dos: ${'ñandú '.repeat(40)}`,
  url: 'https://binder.example.org/students/child-1/timeline',
  remindDaysBefore: [7, 1],
  reminder: 'Se acerca una fecha límite',
};

describe('the iCalendar writer', () => {
  it('escapes TEXT values: backslash, semicolon, comma and line ends', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'ñ'.repeat(100)}é😀${'a'.repeat(80)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('writes reminders a week and a day before, at nine in the morning of an all-day entry', () => {
    expect(reminderTrigger(7)).toBe('-P6DT15H');
    expect(reminderTrigger(1)).toBe('-PT15H');
  });

  it('writes a calendar a second parser reads back field for field, ending the last line too', () => {
    const text = icalendar({
      name: 'Binder: fechas de Inés',
      entries: [ENTRY],
      now: '2026-11-28T15:00:00.000Z',
      subscription: true,
    });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Binder: fechas de Inés');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
    const [component] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(component);
    expect(event.uid).toBe(ENTRY.uid);
    expect(event.summary).toBe(ENTRY.summary);
    expect(event.description).toBe(ENTRY.description);
    expect(event.startDate.toString()).toBe('2026-12-31');
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2027-01-01');
    expect(String(component?.getFirstPropertyValue('dtstamp'))).toBe('2026-11-28T15:00:00Z');
    expect(component?.getFirstPropertyValue('url')).toBe(ENTRY.url);
    const alarms = component?.getAllSubcomponents('valarm') ?? [];
    expect(alarms.map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())).toEqual([
      -(6 * 24 + 15) * 3600,
      -15 * 3600,
    ]);
    expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY']);
    // A one-entry download says nothing of refreshing.
    const download = icalendar({ name: 'x', entries: [ENTRY], now: '2026-11-28T15:00:00.000Z', subscription: false });
    expect(download).not.toContain('REFRESH-INTERVAL');
  });
});

describe('stable deadline keys', () => {
  const deadline = (rule: string, trigger: string): Deadline =>
    ({ kind: 'annual-review', rule, trigger: { type: 'iep-meeting-held', date: trigger } }) as unknown as Deadline;

  it('count each rule’s occurrences in trigger order, whatever order the deadlines come in', () => {
    const a = deadline('idea.annual-review', '2025-10-01');
    const b = deadline('idea.annual-review', '2026-10-01');
    const c = deadline('tx.other', '2026-01-01');
    expect(deadlineKeys([a, b, c])).toEqual([
      'annual-review.idea.annual-review.1',
      'annual-review.idea.annual-review.2',
      'annual-review.tx.other.1',
    ]);
    expect(deadlineKeys([c, b, a])).toEqual([
      'annual-review.tx.other.1',
      'annual-review.idea.annual-review.2',
      'annual-review.idea.annual-review.1',
    ]);
    // A corrected trigger date that keeps the order keeps the key.
    expect(deadlineKeys([deadline('idea.annual-review', '2025-09-24'), b])).toEqual([
      'annual-review.idea.annual-review.1',
      'annual-review.idea.annual-review.2',
    ]);
  });
});
