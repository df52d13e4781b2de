import { formatLongDate } from '../calendar/format-long-date';
import type { ReadingLanguage } from './letter-draft';

/**
 * A `YYYY-MM-DD` date as a letter writes it: `10 September 2025`, `10 de septiembre de 2025`,
 * `ngày 10 tháng 9 năm 2025` (a Vietnamese letter's date takes "ngày"), `2025年9月10日`, `10 سبتمبر 2025`.
 * Works on the string alone, like `formatLongDate`.
 */
export function letterDate(iso: string, language: ReadingLanguage): string {
  const date = formatLongDate(iso, language);
  return language === 'vi' ? `ngày ${date}` : date;
}
