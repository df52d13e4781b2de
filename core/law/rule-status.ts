/**
 * How sure we are of a rule, as docs/legal-sources.md ("Confirmation status")
 * defines it: the text read, secondary sources only, a third-party dataset, or sources that conflict.
 * Every deadline, finding and explanation shows it, so a family knows what to double-check.
 */
export const RULE_STATUSES = ['confirmed', 'confirmed-secondary', 'dataset', 'unconfirmed'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** Text in every language the app speaks. */
export interface LocalizedText {
  readonly en: string;
  readonly es: string;
  readonly vi?: string;
  readonly 'zh-Hans'?: string;
  readonly ar?: string;
}

/** The languages a {@link LocalizedText} carries, in the order its keys are written. */
export const TEXT_LANGUAGES = ['en', 'es', 'vi', 'zh-Hans', 'ar'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** The text in one language; English when that language's text is missing. */
export function textIn(text: LocalizedText, language: TextLanguage): string {
  const value: string | undefined = text[language];
  return value ?? text.en;
}

/** The text in every language, English standing in for a language it lacks. */
export function inAllLanguages(text: LocalizedText): Readonly<Record<TextLanguage, string>> {
  return inEveryLanguage((language) => textIn(text, language));
}

/** A text in every language, each made by `make` (one entry per language, so a new language is one more key). */
export function inEveryLanguage(make: (language: TextLanguage) => string): Required<LocalizedText> {
  return { en: make('en'), es: make('es'), vi: make('vi'), 'zh-Hans': make('zh-Hans'), ar: make('ar') };
}

/**
 * The text with its first letter upper-cased in each language ("access to records" → "Access to records").
 * Chinese and Arabic have no capitals, so their text comes back unchanged.
 */
export function capitalized(text: LocalizedText): LocalizedText {
  const up = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  const result: { -readonly [K in TextLanguage]?: string } = { en: up(text.en), es: up(text.es) };
  if (text.vi !== undefined) result.vi = up(text.vi);
  if (text['zh-Hans'] !== undefined) result['zh-Hans'] = text['zh-Hans'];
  if (text.ar !== undefined) result.ar = text.ar;
  return result as LocalizedText;
}

/** A statement of law with where it comes from. */
export interface Cited {
  readonly citation: string;
  readonly status: RuleStatus;
}
