import { formatEpochDay } from '../calendar/format-long-date';

// Explanations name the same few thousand days again and again; remembering the words is much
// cheaper than rebuilding them. Days 1900–2199 are cached in fixed arrays (so the memory is bounded).
const FIRST = -25_567; // 1900-01-01
const SPAN = 109_574; // through 2199-12-31
const memoEn: (string | undefined)[] = new Array<string | undefined>(SPAN);
const memoEs: (string | undefined)[] = new Array<string | undefined>(SPAN);

function words(epochDay: number, isSpanish: boolean): string {
  return formatEpochDay(epochDay, isSpanish ? 'es' : 'en');
}

/** A day number in words, day first so it reads the same to every English speaker: `10 September 2025`. */
export function formatDateEn(epochDay: number): string {
  const index = epochDay - FIRST;
  if (index < 0 || index >= SPAN) return words(epochDay, false);
  return (memoEn[index] ??= words(epochDay, false));
}

/** A day number in Spanish: `10 de septiembre de 2025`. */
export function formatDateEs(epochDay: number): string {
  const index = epochDay - FIRST;
  if (index < 0 || index >= SPAN) return words(epochDay, true);
  return (memoEs[index] ??= words(epochDay, true));
}
