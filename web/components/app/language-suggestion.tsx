import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountLanguage, useSaveAccountLanguage } from '../../api/account-language';
import { useSession } from '../../api/session';
import { chooseLanguage } from '../../i18n/i18n';
import { directionOf, isLanguage, OWN_NAMES, type Language } from '../../i18n/languages';
import {
  DISMISSED_SUGGESTION_KEY,
  readingLanguageName,
  splitAround,
  suggestionToOffer,
} from '../../i18n/reading-language';

/** Stands for the language's own name in the translated question, which is then put in a `lang` element. */
const OWN_NAME_MARKER = '\u2063OWN\u2063';

type Outcome = { readonly kind: 'switched' | 'kept'; readonly language: Language } | null;

/**
 * While a person has chosen no reading language, a child's home language may suggest one (docs/decisions/0048):
 * "Your child's home language is Vietnamese. Read Binder in Tiếng Việt?", with "Yes" (switch and save) and "No"
 * (remembered in this browser, so the same suggestion does not come back). Never a switch by itself. After an
 * answer the suggestion gives way to a short note, which takes the focus the pressed button had.
 */
export function LanguageSuggestion() {
  const { t, i18n } = useTranslation();
  const userId = useSession().data?.user?.id ?? null;
  const view = useAccountLanguage(userId);
  const save = useSaveAccountLanguage();
  const [dismissed, setDismissed] = useState(() => window.localStorage.getItem(DISMISSED_SUGGESTION_KEY));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome !== null) note.current?.focus();
  }, [outcome]);

  const suggested = suggestionToOffer(view.data, i18n.language, dismissed);
  if (outcome !== null) {
    const language = readingLanguageName(outcome.language, i18n.language);
    return (
      <section className="notice language-suggestion" aria-label={t('readingLanguage.suggestion.label')}>
        <p ref={note} tabIndex={-1}>
          {outcome.kind === 'switched'
            ? t('readingLanguage.suggestion.switched', { language })
            : t('readingLanguage.suggestion.kept', { language })}
        </p>
        {save.error === null ? null : (
          <p className="error">{t('language.saveFailed', { message: save.error.message })}</p>
        )}
      </section>
    );
  }
  if (suggested === null) return null;

  const question = splitAround(
    t('readingLanguage.suggestion.text', {
      language: readingLanguageName(suggested, i18n.language),
      ownName: OWN_NAME_MARKER,
    }),
    OWN_NAME_MARKER,
  );
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  return (
    <section className="notice language-suggestion" aria-label={t('readingLanguage.suggestion.label')}>
      <p>
        {question.before}
        {question.found ? (
          <span lang={suggested} dir={directionOf(suggested)}>
            {OWN_NAMES[suggested]}
          </span>
        ) : null}
        {question.after}
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            void chooseLanguage(suggested);
            save.mutate(suggested);
            setOutcome({ kind: 'switched', language: suggested });
          }}
        >
          {t('readingLanguage.suggestion.switch', { language: readingLanguageName(suggested, i18n.language) })}
        </button>
        <button
          type="button"
          onClick={() => {
            window.localStorage.setItem(DISMISSED_SUGGESTION_KEY, suggested);
            setDismissed(suggested);
            setOutcome({ kind: 'kept', language: current });
          }}
        >
          {t('readingLanguage.suggestion.keep')}
        </button>
      </div>
    </section>
  );
}
