import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../../i18n/i18n';
import { directionOf, LANGUAGES, OWN_NAMES } from '../../i18n/languages';

/**
 * One button per language, each named in its own language and script (`lang` and `dir` on it, so a screen reader
 * reads "Tiếng Việt" with a Vietnamese voice and "العربية" right to left), the current one marked pressed. The
 * buttons wrap onto a second line on a narrow screen rather than scroll.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          dir={directionOf(language)}
          aria-pressed={i18n.language === language}
          onClick={() => void chooseLanguage(language)}
        >
          {OWN_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
