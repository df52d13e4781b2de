import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { chooseLanguage } from '../../i18n/i18n';
import { directionOf, LANGUAGES, OWN_NAMES, type Language } from '../../i18n/languages';

/**
 * One button per language, each named in its own language and script (`lang` and `dir` on it, so a screen reader
 * reads "Tiếng Việt" with a Vietnamese voice and "العربية" right to left), the current one marked pressed. The
 * buttons wrap onto a second line on a narrow screen rather than scroll.
 *
 * For a signed-in person the choice is also saved with their account (docs/decisions/0048), alongside the switch
 * rather than before it: the page changes at once, and a failed save is only said, politely, beside the buttons.
 * The saving code is loaded on the first such switch, not with the first page.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const isSignedIn = useSession().data?.user != null;
  const [saveError, setSaveError] = useState<string | null>(null);
  const choose = (language: Language) => {
    void chooseLanguage(language);
    if (!isSignedIn) return;
    import('../../api/account-language')
      .then(({ saveAccountLanguage }) => saveAccountLanguage(language))
      .then(
        () => {
          setSaveError(null);
        },
        (error: unknown) => {
          setSaveError(error instanceof Error ? error.message : String(error));
        },
      );
  };
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          dir={directionOf(language)}
          aria-pressed={i18n.language === language}
          onClick={() => {
            choose(language);
          }}
        >
          {OWN_NAMES[language]}
        </button>
      ))}
      {/* Only while there is something to say: other pages' tests and readers look for their own status first. */}
      {saveError === null ? null : (
        <p role="status" aria-live="polite" className="language-switch-status">
          {t('language.saveFailed', { message: saveError })}
        </p>
      )}
    </div>
  );
}
