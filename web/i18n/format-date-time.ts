import { dateLocale } from './format-date';

/** An instant as a date and time for people ("28 Nov 2026, 10:42"), in the UI language and the browser's time zone. */
export function formatDateTime(instant: string | Date, language: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  return new Intl.DateTimeFormat(dateLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
