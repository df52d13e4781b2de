import type { ReadingLanguage } from './letter-draft';

/**
 * Items as a sentence list: `reading, writing and math` / `lectura, escritura y matemáticas` /
 * `đọc, viết và toán` / `阅读、写作和数学` / `القراءة، الكتابة والرياضيات`.
 * In Spanish "y" becomes "e" before a word that starts with the sound /i/ ("i-" or "hi-", but not
 * "hie-"/"hia-"...), as in "lectura e interacción". Arabic joins "و" to the word after it.
 */
export function joinList(items: readonly string[], language: ReadingLanguage): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1);
  const last = items[items.length - 1] ?? '';
  switch (language) {
    case 'en':
      return `${head.join(', ')} and ${last}`;
    case 'es':
      return `${head.join(', ')} ${/^(h?[ií])(?![aeiouáéó])/i.test(last) ? 'e' : 'y'} ${last}`;
    case 'vi':
      return `${head.join(', ')} và ${last}`;
    case 'zh-Hans':
      return `${head.join('、')}和${last}`;
    case 'ar':
      return `${head.join('، ')} و${last}`;
  }
}
