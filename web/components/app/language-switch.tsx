import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES } from '../../i18n/i18n';

/** Two buttons, each named in its own language, the current one marked pressed for screen readers. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => void chooseLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
