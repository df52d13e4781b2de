import { intlLocale, isLanguage } from './languages';

/**
 * Writes a `YYYY-MM-DD` date for people ("14 March 2014", "14 de marzo de 2014", "14 tháng 3, 2014",
 * "2014年3月14日", "14 مارس 2014") without letting the browser's time zone move it: the date is formatted as UTC
 * noon of that day.
 */
export function formatDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  return new Intl.DateTimeFormat(dateLocale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(instant);
}

/** The Intl locale of dates: English ones are written day first ("14 March 2014", en-GB), as they always were. */
export function dateLocale(language: string): string {
  return isLanguage(language) && language !== 'en' ? intlLocale(language) : 'en-GB';
}
