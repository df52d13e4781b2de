import { isIsoDate } from '../schemas/iso-date';
import type { Language } from '../progress/format-words';
import { toEpochDay, partsFromEpochDay } from './epoch-day';

/** The languages dates are written in: every reading language. */
export type DateLanguage = Language;

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
  vi: [
    'tháng 1',
    'tháng 2',
    'tháng 3',
    'tháng 4',
    'tháng 5',
    'tháng 6',
    'tháng 7',
    'tháng 8',
    'tháng 9',
    'tháng 10',
    'tháng 11',
    'tháng 12',
  ],
  'zh-Hans': ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  // The month names of Egypt, the Gulf and most US school documents in Arabic (not the Levant's كانون الثاني…).
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};

/** Abbreviated month names, for chart ticks. */
export const SHORT_MONTH_NAMES: Readonly<Record<DateLanguage, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  vi: ['thg 1', 'thg 2', 'thg 3', 'thg 4', 'thg 5', 'thg 6', 'thg 7', 'thg 8', 'thg 9', 'thg 10', 'thg 11', 'thg 12'],
  'zh-Hans': MONTH_NAMES['zh-Hans'],
  ar: MONTH_NAMES.ar,
};

/** A day, month (1–12) and year written out in each language, digits always Western (0–9). */
const LONG_DATE: Readonly<Record<DateLanguage, (day: number, month: number, year: number) => string>> = {
  en: (day, month, year) => `${String(day)} ${MONTH_NAMES.en[month - 1] ?? ''} ${String(year)}`,
  es: (day, month, year) => `${String(day)} de ${MONTH_NAMES.es[month - 1] ?? ''} de ${String(year)}`,
  vi: (day, month, year) => `${String(day)} ${MONTH_NAMES.vi[month - 1] ?? ''} năm ${String(year)}`,
  'zh-Hans': (day, month, year) => `${String(year)}年${String(month)}月${String(day)}日`,
  ar: (day, month, year) => `${String(day)} ${MONTH_NAMES.ar[month - 1] ?? ''} ${String(year)}`,
};

/** Day and month for a chart tick. */
const SHORT_DATE: Readonly<Record<DateLanguage, (day: number, month: number) => string>> = {
  en: (day, month) => `${String(day)} ${SHORT_MONTH_NAMES.en[month - 1] ?? ''}`,
  es: (day, month) => `${String(day)} ${SHORT_MONTH_NAMES.es[month - 1] ?? ''}`,
  vi: (day, month) => `${String(day)} ${SHORT_MONTH_NAMES.vi[month - 1] ?? ''}`,
  'zh-Hans': (day, month) => `${String(month)}月${String(day)}日`,
  ar: (day, month) => `${String(day)} ${SHORT_MONTH_NAMES.ar[month - 1] ?? ''}`,
};

/**
 * A day number written out, day first so every English reader takes it the same way (the spec's style,
 * "10 September 2025"); "10 de septiembre de 2025", "10 tháng 9 năm 2025", "2025年9月10日", "10 سبتمبر 2025".
 */
export function formatEpochDay(epochDay: number, language: DateLanguage): string {
  const { year, month, day } = partsFromEpochDay(epochDay);
  return LONG_DATE[language](day, month, year);
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

/** A `YYYY-MM-DD` date for a chart tick: "25 May", "25 may", "25 thg 5", "5月25日", "25 مايو". */
export function formatShortDate(iso: string, language: DateLanguage): string {
  const { month, day } = partsFromEpochDay(toEpochDay(iso));
  return SHORT_DATE[language](day, month);
}
