/** Languages the app speaks. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text in every language the app speaks. */
export interface LocalizedText {
  readonly en: string;
  readonly es: string;
}

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
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

const SHORT_MONTHS: Readonly<Record<Language, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
};

/**
 * A number as people read it in a sentence: at most two decimals, no trailing zeros, no "-0". The decimal
 * point is kept in Spanish too: it is the US and Mexican convention, and these reports are American.
 */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A `YYYY-MM-DD` date in words: "May 25, 2026" / "25 de mayo de 2026". */
export function formatDateWords(isoDate: string, language: Language): string {
  const year = isoDate.slice(0, 4);
  const month = MONTHS[language][Number(isoDate.slice(5, 7)) - 1] ?? '';
  const day = String(Number(isoDate.slice(8, 10)));
  return language === 'en' ? `${month} ${day}, ${year}` : `${day} de ${month} de ${year}`;
}

/** A `YYYY-MM-DD` date for a chart tick: "May 25" / "25 may". */
export function formatShortDate(isoDate: string, language: Language): string {
  const month = SHORT_MONTHS[language][Number(isoDate.slice(5, 7)) - 1] ?? '';
  const day = String(Number(isoDate.slice(8, 10)));
  return language === 'en' ? `${month} ${day}` : `${day} ${month}`;
}
