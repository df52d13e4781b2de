import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import accountEn from './account.en.json';
import accountEs from './account.es.json';
import activityEn from './activity.en.json';
import activityEs from './activity.es.json';
import calendarEn from './calendar.en.json';
import calendarEs from './calendar.es.json';
import en from './en.json';
import es from './es.json';
import { mergeTranslations, type Translations } from './merge-translations';
import nextStepsEn from './next-steps.en.json';
import nextStepsEs from './next-steps.es.json';
import progressEn from './progress.en.json';
import progressEs from './progress.es.json';
import schoolEn from './school.en.json';
import schoolEs from './school.es.json';
import understandEn from './understand.en.json';
import understandEs from './understand.es.json';

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

/** Sets up i18next with both languages bundled (no network, no third-party service). */
export async function setUpI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: {
      en: {
        translation: [
          understandEn,
          progressEn,
          schoolEn,
          accountEn,
          calendarEn,
          activityEn,
          nextStepsEn,
        ].reduce<Translations>((merged, extra) => mergeTranslations(merged, extra), en),
      },
      es: {
        translation: [
          understandEs,
          progressEs,
          schoolEs,
          accountEs,
          calendarEs,
          activityEs,
          nextStepsEs,
        ].reduce<Translations>((merged, extra) => mergeTranslations(merged, extra), es),
      },
    },
    lng: initialLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    window.localStorage.setItem(STORAGE_KEY, language);
  });
}
