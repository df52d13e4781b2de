import { isIsoDate } from '../schemas/iso-date';
import { toEpochDay, partsFromEpochDay } from './epoch-day';

/** The languages dates are written in. */
export type DateLanguage = 'en' | 'es';

/** Month names, January first. */
export const MONTH_NAMES: Readonly<Record<DateLanguage, readonly string[]>> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/** Abbreviated month names, for chart ticks. */
export const SHORT_MONTH_NAMES: Readonly<Record<DateLanguage, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
};

/**
 * A day number written out, day first so every English reader takes it the same way (the spec's style,
 * "10 September 2025"), or in Spanish "10 de septiembre de 2025".
 */
export function formatEpochDay(epochDay: number, language: DateLanguage): string {
  const { year, month, day } = partsFromEpochDay(epochDay);
  const name = MONTH_NAMES[language][month - 1] ?? '';
  return language === 'en' ? `${String(day)} ${name} ${String(year)}` : `${String(day)} de ${name} de ${String(year)}`;
}

/**
 * A `YYYY-MM-DD` date written out: `10 September 2025` / `10 de septiembre de 2025`. Works on the string
 * alone (no `Date`), so no time zone can shift the day. Throws on anything that is not a real date, which
 * validated input never is.
 */
export function formatLongDate(iso: string, language: DateLanguage): string {
  if (!isIsoDate(iso)) throw new Error(`expected YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return formatEpochDay(toEpochDay(iso), language);
}

/** A `YYYY-MM-DD` date for a chart tick: "25 May" / "25 may". */
export function formatShortDate(iso: string, language: DateLanguage): string {
  const { month, day } = partsFromEpochDay(toEpochDay(iso));
  return `${String(day)} ${SHORT_MONTH_NAMES[language][month - 1] ?? ''}`;
}
