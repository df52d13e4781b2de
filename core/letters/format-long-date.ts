import type { LetterLanguage } from '../schemas/letters';

const MONTHS: Readonly<Record<LetterLanguage, readonly string[]>> = {
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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A `YYYY-MM-DD` date written out for a letter: `10 September 2025` / `10 de septiembre de 2025`.
 * Works on the string alone (no `Date`), so no time zone can shift the day. Throws on anything that
 * is not `YYYY-MM-DD`, which validated input never is.
 */
export function formatLongDate(iso: string, language: LetterLanguage): string {
  const match = ISO_DATE.exec(iso);
  const month = MONTHS[language][Number(match?.[2]) - 1];
  if (match === null || month === undefined) throw new Error(`expected YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  const day = String(Number(match[3]));
  const year = match[1] ?? '';
  return language === 'en' ? `${day} ${month} ${year}` : `${day} de ${month} de ${year}`;
}
