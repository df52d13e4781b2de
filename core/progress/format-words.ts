/** Languages the app speaks. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export type { LocalizedText } from '../law/rule-status';
export { formatShortDate } from '../calendar/format-long-date';

/**
 * A number as people read it in a sentence: at most two decimals, no trailing zeros, no "-0". The decimal
 * point is kept in Spanish too: it is the US and Mexican convention, and these reports are American.
 */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
