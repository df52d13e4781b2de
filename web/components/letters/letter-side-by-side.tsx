import { useTranslation } from 'react-i18next';
import type { EditedLetter, LetterTranslationAnswer } from '../../../core/schemas/letter-content';
import { languageName } from '../../i18n/language-name';
import { directionOf } from '../../i18n/languages';

type ReadableLetter = Omit<EditedLetter, 'language'> & { readonly language: string };

/** One letter as it reads, marked with its language and direction so it is shown and read aloud right. */
function LetterText({ letter }: { letter: ReadableLetter }) {
  const lines = (items: readonly string[]) => (
    <p className="letter-lines">
      {items.map((line, index) => (
        <span key={`${String(index)}-${line}`}>{line}</span>
      ))}
    </p>
  );
  return (
    <div className="letter-sheet letter-read" lang={letter.language} dir={directionOf(letter.language)}>
      {lines(letter.senderLines)}
      <p>{letter.dateLine}</p>
      {lines(letter.recipientLines)}
      <p className="letter-read-subject">
        <strong>{letter.subject}</strong>
      </p>
      <p>{letter.salutation}</p>
      {letter.paragraphs.map((paragraph, index) => (
        <p key={`${String(index)}-${paragraph.text.slice(0, 20)}`}>{paragraph.text}</p>
      ))}
      <p>{letter.closing}</p>
      {lines(letter.signatureLines)}
    </div>
  );
}

/**
 * The letter the school receives and its translation for reading, side by side on a wide screen and one
 * after the other on a phone (web/styles.css), under a note that the translation is only for reading: the
 * school receives the English or Spanish letter, and changes made to its wording are not in the translation
 * (it is composed again from the details, docs/decisions/0045).
 */
export function LetterSideBySide({
  original,
  translation,
  idPrefix,
}: {
  original: EditedLetter;
  translation: LetterTranslationAnswer;
  idPrefix: string;
}) {
  const { t, i18n } = useTranslation();
  const nameOf = (tag: string) => languageName(tag, i18n.language);
  const originalId = `${idPrefix}-original`;
  const translationId = `${idPrefix}-translation`;
  return (
    <div className="letter-translation">
      <div className="notice letter-translation-note">
        <p>{t('letters.translation.readingOnly', { language: nameOf(translation.translationOf) })}</p>
        <p>{t('letters.translation.editsNotIncluded')}</p>
      </div>
      <div className="letter-side-by-side">
        <section aria-labelledby={originalId}>
          <h4 id={originalId}>{t('letters.translation.originalTitle', { language: nameOf(original.language) })}</h4>
          <LetterText letter={original} />
        </section>
        <section aria-labelledby={translationId}>
          <h4 id={translationId}>
            {t('letters.translation.translationTitle', { language: nameOf(translation.language) })}
          </h4>
          <LetterText letter={translation} />
        </section>
      </div>
    </div>
  );
}
