import { formatLongDate } from '../calendar/format-long-date';
import { partsFromEpochDay, toEpochDay } from '../calendar/epoch-day';
import { isIsoDate } from '../schemas/iso-date';
import type { ReadingLanguage } from './letter-draft';

/** Month names for Arabic as U.S. school notices write them (the Gregorian names, not the Levantine ones). */
const ARABIC_MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
] as const;

/**
 * A `YYYY-MM-DD` date as a letter writes it: `10 September 2025`, `10 de septiembre de 2025`,
 * `ngày 10 tháng 9 năm 2025`, `2025年9月10日`, `10 سبتمبر 2025` (digits stay Western, as numbers and
 * citations do in the rest of an Arabic letter). Works on the string alone, like `formatLongDate`.
 */
export function letterDate(iso: string, language: ReadingLanguage): string {
  if (language === 'en' || language === 'es') return formatLongDate(iso, language);
  if (!isIsoDate(iso)) throw new Error(`expected YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  const { year, month, day } = partsFromEpochDay(toEpochDay(iso));
  const [d, m, y] = [String(day), String(month), String(year)];
  switch (language) {
    case 'vi':
      return `ngày ${d} tháng ${m} năm ${y}`;
    case 'zh-Hans':
      return `${y}年${m}月${d}日`;
    case 'ar':
      return `${d} ${ARABIC_MONTHS[month - 1] ?? ''} ${y}`;
  }
}
