import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountLanguage, useSaveAccountLanguage } from '../api/account-language';
import { RadioGroupField } from '../components/forms/radio-group-field';
import { chooseLanguage, followBrowserLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import {
  BROWSER_DECIDES,
  languageOfRadio,
  radioValueOf,
  READING_LANGUAGE_OPTIONS,
  readingLanguageName,
} from '../i18n/reading-language';

/** The form, once the saved language is known. */
function ReadingLanguageForm({ initial }: { initial: Language | null }) {
  const { t, i18n } = useTranslation();
  const save = useSaveAccountLanguage();
  const [choice, setChoice] = useState(radioValueOf(initial));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const language = languageOfRadio(choice);
    save.mutate(language, {
      // The page follows the saved choice at once, as it will on every other computer the person signs in on.
      onSuccess: () => void (language === null ? followBrowserLanguage() : chooseLanguage(language)),
    });
  };
  const saved = save.data?.language;
  return (
    <form className="stack" noValidate onSubmit={submit}>
      <RadioGroupField
        id="reading-language"
        legend={t('readingLanguage.legend')}
        value={choice}
        options={[...READING_LANGUAGE_OPTIONS, { value: BROWSER_DECIDES, label: t('readingLanguage.browser') }]}
        onChange={setChoice}
      />
      <div role="status" aria-live="polite">
        {save.isPending ? <p>{t('readingLanguage.saving')}</p> : null}
        {save.isSuccess && saved !== undefined ? (
          <p className="notice">
            {saved === null
              ? t('readingLanguage.savedBrowser')
              : t('readingLanguage.saved', { language: readingLanguageName(saved, i18n.language) })}
          </p>
        ) : null}
        {save.error === null ? null : (
          <p className="error">{t('readingLanguage.failed', { message: save.error.message })}</p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('readingLanguage.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * "Reading language" on the account page: the language Binder's pages, the person's e-mail and their PDFs are
 * in, wherever they sign in, or "Let my browser decide" (docs/decisions/0048).
 */
export function ReadingLanguageSection({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const view = useAccountLanguage(userId);
  return (
    <section className="card narrow-card" aria-labelledby="reading-language-title">
      <h2 id="reading-language-title">{t('readingLanguage.title')}</h2>
      <p>{t('readingLanguage.intro')}</p>
      {view.data !== undefined ? (
        <ReadingLanguageForm initial={view.data.language} />
      ) : view.error !== null ? (
        <p className="error">{t('readingLanguage.loadFailed', { message: view.error.message })}</p>
      ) : (
        <p role="status">{t('readingLanguage.loading')}</p>
      )}
    </section>
  );
}
