import { intlLocale } from './languages';

/** The time of day of an instant, for "Saved at 10:42", in the UI language and the browser's time zone. */
export function formatTime(instant: Date, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant);
}
