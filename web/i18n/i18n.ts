import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Translations } from './merge-translations';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'binder.language';

function isLanguage(value: string | null): value is Language {
  return value === 'en' || value === 'es';
}

/** The saved choice, else the browser's language when it is Spanish, else English. */
function initialLanguage(): Language {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  return window.navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Each language's strings are their own chunk, fetched from our own origin only when that language is chosen. */
const loadStrings: Record<Language, () => Promise<{ readonly strings: Translations }>> = {
  en: () => import('./strings.en'),
  es: () => import('./strings.es'),
};

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
    loadStrings[language]().then(
      ({ strings }) => {
        callback(null, strings);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), false);
      },
    );
  },
};

/**
 * Sets up i18next with the chosen language's strings loaded before the first render (no network beyond our
 * own origin, no third-party service). Both languages hold the same keys (strings.test.ts), so there is no
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
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    window.localStorage.setItem(STORAGE_KEY, language);
  });
}
