import type { FeedEntry } from '../../core/calendar-feed/feed-entries';

// Calendar entries as iCalendar text (RFC 5545; docs/decisions/0039): CRLF line ends, lines folded at 75 octets
// without splitting a UTF-8 character, TEXT values escaped. Written here rather than with the `ics` package,
// whose output had an invalid reminder duration ("-P1WT") and folded by characters instead of octets.

/** How often a subscribed calendar should fetch the feed again (RFC 7986 REFRESH-INTERVAL). */
const REFRESH = 'PT1H';

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line ends escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** One content line folded at 75 octets (RFC 5545 3.1): each continuation starts with one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `YYYY-MM-DD` → `YYYYMMDD`. */
function basicDate(date: string): string {
  return date.replace(/-/g, '');
}

/** The day after `date` (all-day events end the next day, exclusive). */
function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** An instant as a UTC DATE-TIME: `20261128T150000Z`. */
function utcStamp(instant: string): string {
  return instant.replace(/[-:]/g, '').replace(/\.\d+/, '').replace(/Z?$/, 'Z');
}

/**
 * A reminder `days` before an all-day entry, at nine in the morning: the trigger counts back from the start of
 * the day, so a day before at nine is 15 hours back.
 */
export function reminderTrigger(days: number): string {
  const whole = days - 1;
  return `-P${whole > 0 ? `${String(whole)}D` : ''}T15H`;
}

function eventLines(entry: FeedEntry, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(entry.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(entry.date)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(entry.date))}`,
    `SUMMARY:${escapeText(entry.summary)}`,
    `DESCRIPTION:${escapeText(entry.description)}`,
    `URL;VALUE=URI:${entry.url}`,
    'TRANSP:TRANSPARENT',
    'CLASS:PRIVATE',
    ...entry.remindDaysBefore.flatMap((days) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(entry.reminder)}`,
      `TRIGGER:${reminderTrigger(days)}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
  ];
}

/**
 * A whole calendar: a subscribed feed (named, with how often to refresh) or a one-entry download. `now` is the
 * DTSTAMP of every entry (the instant the text was made).
 */
export function icalendar(options: {
  readonly name: string;
  readonly entries: readonly FeedEntry[];
  readonly now: string;
  readonly subscription: boolean;
}): string {
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Binder//Binder calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(options.name)}`,
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...(options.subscription ? [`REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`, `X-PUBLISHED-TTL:${REFRESH}`] : []),
    ...options.entries.flatMap((entry) => eventLines(entry, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
