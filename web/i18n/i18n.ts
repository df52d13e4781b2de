import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, isLanguage, languageFromBrowser, LANGUAGES, type Language } from './languages';
import { mergeTranslations, type Translations } from './merge-translations';

export { LANGUAGES, type Language } from './languages';

const STORAGE_KEY = 'binder.language';

/** The first of the browser's languages that Binder has, else English. */
function browserLanguage(): Language {
  const preferred = window.navigator.languages.length > 0 ? window.navigator.languages : [window.navigator.language];
  return languageFromBrowser(preferred);
}

/** The saved choice, else the browser's language. */
function initialLanguage(): Language {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  return isLanguage(saved) ? saved : browserLanguage();
}

/** `<html lang dir>`: screen readers pick their voice by `lang`, the browser lays the page out by `dir`. */
function markDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

// Each language's strings are chunks of their own, fetched from our own origin only when that language is
// chosen: the shell's (app shell, home, sign-in, not found) before the first render, the other pages' when
// the first of them opens (withPageStrings). docs/decisions/0023.
const loadShellStrings: Record<Language, () => Promise<{ readonly default: Translations }>> = {
  en: () => import('./shell.en.json'),
  es: () => import('./shell.es.json'),
  vi: () => import('./shell.vi.json'),
  'zh-Hans': () => import('./shell.zh-Hans.json'),
  ar: () => import('./shell.ar.json'),
};
const loadPageStrings: Record<Language, () => Promise<{ readonly strings: Translations }>> = {
  en: () => import('./strings.en'),
  es: () => import('./strings.es'),
  vi: () => import('./strings.vi'),
  'zh-Hans': () => import('./strings.zh-Hans'),
  ar: () => import('./strings.ar'),
};

/** Set once a page has needed the page strings: from then on a language switch loads them too. */
let pageStringsWanted = false;

async function stringsFor(language: Language): Promise<Translations> {
  const [shell, pages] = await Promise.all([
    loadShellStrings[language](),
    pageStringsWanted ? loadPageStrings[language]() : null,
  ]);
  return pages === null ? shell.default : mergeTranslations(shell.default, pages.strings);
}

/**
 * An i18next backend over those chunks: i18next asks it for a language before it switches to it (at start-up
 * and on every change), so no page ever shows a key in place of its words.
 */
const stringChunks: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLanguage(language)) {
      callback(new Error(`no strings for language "${language}"`), false);
      return;
    }
    stringsFor(language).then(
      (strings) => {
        callback(null, strings);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), false);
      },
    );
  },
};

const pageStringsAdded = new Map<Language, Promise<void>>();

/**
 * Adds `language`'s page strings to what i18next holds for it (once per language). A language i18next has not
 * loaded yet is left to the backend, which loads its shell and page strings together.
 */
function addPageStrings(language: Language): Promise<void> {
  pageStringsWanted = true;
  if (!i18next.hasResourceBundle(language, 'translation')) return Promise.resolve();
  let added = pageStringsAdded.get(language);
  if (added === undefined) {
    added = loadPageStrings[language]().then(({ strings }) => {
      i18next.addResourceBundle(language, 'translation', strings, true, false);
    });
    pageStringsAdded.set(language, added);
  }
  return added;
}

/** A page's module once both it and the page strings are loaded (fetched side by side): for lazy pages. */
export async function withPageStrings<Module>(page: Promise<Module>): Promise<Module> {
  const current = isLanguage(i18next.language) ? i18next.language : 'en';
  const [module] = await Promise.all([page, addPageStrings(current)]);
  return module;
}

/**
 * Switches the app to `language` once its strings are in: the page strings too when a page has needed them
 * (i18next would otherwise switch at once to a language it holds only the shell strings of).
 */
export async function chooseLanguage(language: Language): Promise<void> {
  if (pageStringsWanted) await addPageStrings(language);
  await i18next.changeLanguage(language);
}

/**
 * "Let my browser decide" (the account page): this browser's remembered choice is forgotten and the page
 * switches to the browser's language, as on a first visit.
 */
export async function followBrowserLanguage(): Promise<void> {
  await chooseLanguage(browserLanguage());
  // After the switch, which remembers the language it switched to.
  window.localStorage.removeItem(STORAGE_KEY);
}

/**
 * Sets up i18next with the chosen language's shell strings loaded before the first render (no network beyond
 * our own origin, no third-party service). Every language holds the same keys (strings.test.ts), so there is no
 * fallback language to load as well.
 */
export async function setUpI18n(): Promise<void> {
  await i18next
    .use(stringChunks)
    .use(initReactI18next)
    .init({
      lng: initialLanguage(),
      supportedLngs: LANGUAGES,
      fallbackLng: false,
      load: 'currentOnly',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  markDocument(i18next.language);
  i18next.on('languageChanged', (language) => {
    markDocument(language);
    window.localStorage.setItem(STORAGE_KEY, language);
  });
}
