import { partsFromEpochDay } from '../calendar/epoch-day';
import { formatEpochDay } from '../calendar/format-long-date';
import type { TextLanguage } from '../law/rule-status';

// Explanations name the same few thousand days again and again; remembering the words is much
// cheaper than rebuilding them. Days 1900–2199 are cached in fixed arrays (so the memory is bounded).
const FIRST = -25_567; // 1900-01-01
const SPAN = 109_574; // through 2199-12-31

/** Arabic month names as US Arabic-speaking families read them (the Egyptian and Gulf names), January first. */
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
 * A day in words in each language: `10 September 2025`, `10 de septiembre de 2025`,
 * `10 tháng 9 năm 2025`, `2025年9月10日`, `10 سبتمبر 2025` (digits stay Western, as in the
 * citations beside them).
 */
const WORDS: Readonly<Record<TextLanguage, (epochDay: number) => string>> = {
  en: (epochDay) => formatEpochDay(epochDay, 'en'),
  es: (epochDay) => formatEpochDay(epochDay, 'es'),
  vi: (epochDay) => {
    const { year, month, day } = partsFromEpochDay(epochDay);
    return `${String(day)} tháng ${String(month)} năm ${String(year)}`;
  },
  'zh-Hans': (epochDay) => {
    const { year, month, day } = partsFromEpochDay(epochDay);
    return `${String(year)}年${String(month)}月${String(day)}日`;
  },
  ar: (epochDay) => {
    const { year, month, day } = partsFromEpochDay(epochDay);
    return `${String(day)} ${ARABIC_MONTHS[month - 1] ?? ''} ${String(year)}`;
  },
};

const memo: Readonly<Record<TextLanguage, (string | undefined)[]>> = {
  en: new Array<string | undefined>(SPAN),
  es: new Array<string | undefined>(SPAN),
  vi: new Array<string | undefined>(SPAN),
  'zh-Hans': new Array<string | undefined>(SPAN),
  ar: new Array<string | undefined>(SPAN),
};

/** A day number in words in `language` (see {@link WORDS}). */
export function formatDateIn(epochDay: number, language: TextLanguage): string {
  const index = epochDay - FIRST;
  if (index < 0 || index >= SPAN) return WORDS[language](epochDay);
  return (memo[language][index] ??= WORDS[language](epochDay));
}

/** A day number in words, day first so it reads the same to every English speaker: `10 September 2025`. */
export function formatDateEn(epochDay: number): string {
  return formatDateIn(epochDay, 'en');
}

/** A day number in Spanish: `10 de septiembre de 2025`. */
export function formatDateEs(epochDay: number): string {
  return formatDateIn(epochDay, 'es');
}

/** A day number in words in every language. */
export function formatDateAll(epochDay: number): Readonly<Record<TextLanguage, string>> {
  return {
    en: formatDateIn(epochDay, 'en'),
    es: formatDateIn(epochDay, 'es'),
    vi: formatDateIn(epochDay, 'vi'),
    'zh-Hans': formatDateIn(epochDay, 'zh-Hans'),
    ar: formatDateIn(epochDay, 'ar'),
  };
}
