import type { LetterLanguage } from '../schemas/letters';

/**
 * Items as a sentence list: `reading, writing and math` / `lectura, escritura y matemáticas`.
 * In Spanish "y" becomes "e" before a word that starts with the sound /i/ ("i-" or "hi-", but not
 * "hie-"/"hia-"...), as in "lectura e interacción".
 */
export function joinList(items: readonly string[], language: LetterLanguage): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] ?? '';
  const and = language === 'en' ? 'and' : /^(h?[ií])(?![aeiouáéó])/i.test(last) ? 'e' : 'y';
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}
