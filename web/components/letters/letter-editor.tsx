import { useTranslation } from 'react-i18next';
import type { EditedLetter } from '../../../core/schemas/letter-content';

/** Enough rows to show a paragraph without scrolling inside the box, on a phone too. */
function rowsFor(text: string): number {
  return Math.min(14, Math.max(3, Math.ceil(text.length / 60)));
}

/**
 * The composed letter, ready to change: the subject and every paragraph are editable (in the letter's
 * language, marked with `lang` so screen readers pronounce them right), each paragraph's law shown under
 * it; the parts that come from the details (sender, date, recipient, closing) are shown as they will print.
 */
export function LetterEditor({
  letter,
  onChange,
  subjectError,
}: {
  letter: EditedLetter;
  onChange: (letter: EditedLetter) => void;
  subjectError?: string;
}) {
  const { t } = useTranslation();
  const lang = letter.language;
  const subjectId = 'letter-edit-subject';
  return (
    <div className="letter-sheet">
      <div className="letter-fixed" lang={lang}>
        <p className="letter-lines">
          {letter.senderLines.map((line, index) => (
            <span key={`${String(index)}-${line}`}>{line}</span>
          ))}
        </p>
        <p>{letter.dateLine}</p>
        <p className="letter-lines">
          {letter.recipientLines.map((line, index) => (
            <span key={`${String(index)}-${line}`}>{line}</span>
          ))}
        </p>
      </div>
      <div className={`field${subjectError === undefined ? '' : ' field-invalid'}`}>
        <label htmlFor={subjectId}>{t('letters.editor.subject')}</label>
        {subjectError === undefined ? null : (
          <p id={`${subjectId}-error`} className="field-error">
            {t('form.errorPrefix')} {subjectError}
          </p>
        )}
        <input
          id={subjectId}
          type="text"
          lang={lang}
          value={letter.subject}
          aria-invalid={subjectError === undefined ? undefined : true}
          aria-describedby={subjectError === undefined ? undefined : `${subjectId}-error`}
          onChange={(event) => {
            onChange({ ...letter, subject: event.target.value });
          }}
        />
      </div>
      <p className="letter-fixed" lang={lang}>
        {letter.salutation}
      </p>
      {letter.paragraphs.map((paragraph, index) => {
        const id = `letter-edit-paragraph-${String(index + 1)}`;
        const hasLaw = paragraph.citations.length > 0;
        return (
          <div key={id} className="field letter-paragraph">
            <label htmlFor={id}>{t('letters.editor.paragraph', { number: index + 1 })}</label>
            <textarea
              id={id}
              lang={lang}
              value={paragraph.text}
              rows={rowsFor(paragraph.text)}
              aria-describedby={hasLaw ? `${id}-law` : undefined}
              onChange={(event) => {
                onChange({
                  ...letter,
                  paragraphs: letter.paragraphs.map((item, at) =>
                    at === index ? { ...item, text: event.target.value } : item,
                  ),
                });
              }}
            />
            {hasLaw ? (
              <p id={`${id}-law`} className="hint paragraph-law">
                {t('letters.editor.lawCited')} <span className="citation">{paragraph.citations.join('; ')}</span>
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="letter-fixed" lang={lang}>
        <p>{letter.closing}</p>
        <p className="letter-lines">
          {letter.signatureLines.map((line, index) => (
            <span key={`${String(index)}-${line}`}>{line}</span>
          ))}
        </p>
      </div>
    </div>
  );
}
