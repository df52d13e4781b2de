import { inEveryLanguage, textIn, TEXT_LANGUAGES, type LocalizedText, type TextLanguage } from '../law/rule-status';

/**
 * The reading languages: every language Binder shows or sends a person (pages, explanations, guide, findings,
 * progress words, PDFs). Letters the parent sends and goal text Binder analyses have a writing language,
 * `LetterLanguage`, which stays English or Spanish (docs/decisions/0045).
 */
export const LANGUAGES = TEXT_LANGUAGES;
export type Language = TextLanguage;

/** The error a bad `language` field gets: `expected one of en, es, vi, zh-Hans, ar`. */
export const LANGUAGE_ERROR = `expected one of ${LANGUAGES.join(', ')}`;

export type { LocalizedText } from '../law/rule-status';
export { formatShortDate } from '../calendar/format-long-date';

/** A text with every reading language filled in: what Binder's own tables use, so the compiler checks them. */
export type FullText = Required<LocalizedText>;

/**
 * The same text made in every reading language by one function of the language (for texts built from parts), and
 * a text read in one language (English where a translation is missing): kept beside `LocalizedText` in
 * core/law/rule-status.ts and offered here with the other words of reading.
 */
export { inEveryLanguage, textIn };

/**
 * The text with its first letter upper-cased in every language ("access to records" → "Access to records";
 * Chinese and Arabic have no case and stay as they are).
 */
export function capitalizedText(text: LocalizedText): FullText {
  return inEveryLanguage((language) => {
    const words = textIn(text, language);
    return words.charAt(0).toUpperCase() + words.slice(1);
  });
}

/**
 * Items as a list in a sentence: "reading, writing and math", "lectura, escritura y matemáticas" ("e" before an
 * /i/ sound), "đọc, viết và toán", "阅读、写作和数学", "القراءة، والكتابة، والرياضيات" (Arabic repeats و).
 */
export function listIn(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] ?? '';
  const rest = items.slice(0, -1);
  switch (language) {
    case 'en':
      return `${rest.join(', ')} and ${last}`;
    case 'es':
      return `${rest.join(', ')} ${/^(h?[ií])(?![aeiouáéó])/i.test(last) ? 'e' : 'y'} ${last}`;
    case 'vi':
      return `${rest.join(', ')} và ${last}`;
    case 'zh-Hans':
      return `${rest.join('、')}和${last}`;
    case 'ar':
      return [rest[0] ?? '', ...[...rest.slice(1), last].map((item) => `و${item}`)].join('، ');
  }
}

/**
 * The reading language of a BCP 47 tag (`es-MX` → `es`, `zh`, `zh-CN`, `zh-Hans-US` → `zh-Hans`, `ar-EG` →
 * `ar`), or null when Binder does not speak it. Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) is not
 * Simplified Chinese and gets null.
 */
export function languageOfTag(tag: string): Language | null {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const primary = parts[0] ?? '';
  if (primary === 'zh') {
    const rest = parts.slice(1);
    if (rest.includes('hant') || rest.some((part) => ['tw', 'hk', 'mo'].includes(part))) return null;
    return 'zh-Hans';
  }
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

/**
 * The reading language of an Accept-Language header: the first language Binder speaks, in the order of the
 * header's quality values (ties keep the header's order); English when none.
 */
export function readingLanguageOf(header: string | null | undefined): Language {
  const ranges = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';').map((piece) => piece.trim());
      const q = params.find((param) => param.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag, quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((range) => range.tag !== '' && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const range of ranges) {
    const language = languageOfTag(range.tag);
    if (language !== null) return language;
  }
  return 'en';
}

/**
 * A number as people read it in a sentence: at most two decimals, no trailing zeros, no "-0". The decimal
 * point is kept in every language: it is the US convention, and these reports are American.
 */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
