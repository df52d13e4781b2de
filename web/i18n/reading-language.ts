import { isLanguage, LANGUAGES, OWN_NAMES, type Language } from './languages';
import { languageName } from './language-name';

/**
 * What the web app does with a person's saved reading language (docs/decisions/0048): pure rules, so they are
 * tested without a browser.
 */

/** A saved language wins over the browser's and over this browser's last choice: the language to switch to, if any. */
export function languageToApply(saved: Language | null, current: string): Language | null {
  return saved !== null && saved !== current ? saved : null;
}

/** What the account says: the saved language, and what a child's home language suggests while none is saved. */
export interface ReadingLanguageView {
  readonly language: Language | null;
  readonly suggested: Exclude<Language, 'en'> | null;
}

/**
 * The language to offer in the suggestion, or null: only while nothing is saved, when the suggestion is not the
 * page's language already, and not after the person said "no" to that same language in this browser.
 */
export function suggestionToOffer(
  view: ReadingLanguageView | undefined,
  current: string,
  dismissed: string | null,
): Exclude<Language, 'en'> | null {
  if (view === undefined || view.language !== null || view.suggested === null) return null;
  if (view.suggested === current || view.suggested === dismissed) return null;
  return view.suggested;
}

/** Where the suggestion a person turned down is remembered (per browser, so it does not come back every page). */
export const DISMISSED_SUGGESTION_KEY = 'binder.languageSuggestion.dismissed';

/**
 * The five languages as choices (radio buttons), each by its own name with its `lang`: whoever cannot read the
 * page still finds theirs.
 */
export const READING_LANGUAGE_OPTIONS: readonly { value: Language; label: string; lang: Language }[] = LANGUAGES.map(
  (code) => ({ value: code, label: OWN_NAMES[code], lang: code }),
);

/** The radio value of "Let my browser decide" on the account page (the API's null). */
export const BROWSER_DECIDES = 'browser';

/** The account page's radio value for a saved language, and back. */
export function radioValueOf(language: Language | null): string {
  return language ?? BROWSER_DECIDES;
}
export function languageOfRadio(value: string): Language | null {
  return isLanguage(value) ? value : null;
}

/**
 * A reading language named in the page's language ("Vietnamese", "vietnamita", "越南语"). Simplified Chinese is
 * named "Chinese": the suggestion speaks of the language a family speaks, not of a script.
 */
export function readingLanguageName(language: Language, pageLanguage: string): string {
  return languageName(language === 'zh-Hans' ? 'zh' : language, pageLanguage);
}

/**
 * A translated sentence cut around one interpolated value, so the value can be put in an element of its own (a
 * language's own name with its `lang`). `marker` is what the value was replaced with; without it, all is `before`.
 */
export function splitAround(text: string, marker: string): { before: string; after: string; found: boolean } {
  const at = text.indexOf(marker);
  if (at === -1) return { before: text, after: '', found: false };
  return { before: text.slice(0, at), after: text.slice(at + marker.length), found: true };
}
