import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditedLetter } from '../../../core/schemas/letter-content';
import { useLetterTranslation, type TranslationSource } from '../../api/letter-translation';
import { languageName } from '../../i18n/language-name';
import { isLanguage, OWN_NAMES, type Language } from '../../i18n/languages';
import { defaultReadingLanguage, otherLanguages } from '../../understand/reading-language';
import { LetterSideBySide } from './letter-side-by-side';
import { LetterTranslationPdf } from './letter-translation-pdf';

/**
 * "Read it in …": the letter (a draft or a sent one) beside its translation in a reading language the family
 * chooses, for a parent who reads Vietnamese, Chinese or Arabic but sends the letter in English or Spanish
 * (docs/decisions/0045). For a sent letter, the translation can also be downloaded as a PDF.
 */
export function LetterTranslationReader({
  letter,
  source,
  idPrefix,
}: {
  letter: EditedLetter;
  source: TranslationSource;
  /** Keeps ids apart when the draft and the sent letter are both on the page. */
  idPrefix: string;
}) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<Language>(() => defaultReadingLanguage(letter.language, i18n.language));
  const [asked, setAsked] = useState<Language | null>(null);
  const translation = useLetterTranslation(source, asked ?? choice, asked !== null);
  const titleId = `${idPrefix}-title`;
  const selectId = `${idPrefix}-language`;
  return (
    <section className="letter-translation-reader" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('letters.translation.title')}</h3>
      <p>{source.kind === 'draft' ? t('letters.translation.draftIntro') : t('letters.translation.sentIntro')}</p>
      <div className="field">
        <label htmlFor={selectId}>{t('letters.translation.languageLabel')}</label>
        <select
          id={selectId}
          value={choice}
          onChange={(event) => {
            if (isLanguage(event.target.value)) setChoice(event.target.value);
          }}
        >
          {otherLanguages(letter.language).map((language) => (
            <option key={language} value={language} lang={language}>
              {OWN_NAMES[language]}
            </option>
          ))}
        </select>
      </div>
      <p className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setAsked(choice);
          }}
        >
          {t('letters.translation.show')}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {asked !== null && translation.isFetching ? <p>{t('letters.translation.loading')}</p> : null}
        {translation.isError ? (
          <p className="error">{t('letters.translation.failed', { message: translation.error.message })}</p>
        ) : null}
        {asked !== null && translation.data !== undefined && !translation.isFetching ? (
          <p>{t('letters.translation.shown', { language: languageName(asked, i18n.language) })}</p>
        ) : null}
      </div>
      {asked === null || translation.data === undefined ? null : (
        <>
          <LetterSideBySide original={letter} translation={translation.data} idPrefix={idPrefix} />
          {source.kind === 'sent' ? (
            <LetterTranslationPdf
              studentId={source.studentId}
              letterId={source.letterId}
              language={asked}
              fileStem={`binder-${letter.kind}-${letter.date}`}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
