import { formatEpochDay } from '../calendar/format-long-date';
import type { TextLanguage } from '../law/rule-status';

// Explanations name the same few thousand days again and again; remembering the words is much
// cheaper than rebuilding them. Days 1900–2199 are cached in fixed arrays (so the memory is bounded).
const FIRST = -25_567; // 1900-01-01
const SPAN = 109_574; // through 2199-12-31

const memo: Readonly<Record<TextLanguage, (string | undefined)[]>> = {
  en: new Array<string | undefined>(SPAN),
  es: new Array<string | undefined>(SPAN),
  vi: new Array<string | undefined>(SPAN),
  'zh-Hans': new Array<string | undefined>(SPAN),
  ar: new Array<string | undefined>(SPAN),
};

/**
 * A day number in words in `language`, as core/calendar writes it: `10 September 2025`, `10 de septiembre de 2025`,
 * `10 tháng 9 năm 2025`, `2025年9月10日`, `10 سبتمبر 2025`.
 */
export function formatDateIn(epochDay: number, language: TextLanguage): string {
  const index = epochDay - FIRST;
  if (index < 0 || index >= SPAN) return formatEpochDay(epochDay, language);
  return (memo[language][index] ??= formatEpochDay(epochDay, language));
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
