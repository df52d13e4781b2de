import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposedFrom } from '../../api/letter-translation';
import { Link } from 'react-router';
import { letterPlainText } from '../../../core/letters/letter-plain-text';
import type { EditedLetter, SavedLetter } from '../../../core/schemas/letter-content';
import { impliedEventOf } from '../../../core/letters/compose-letter';
import { useEvents } from '../../api/events';
import { fetchLetterPdf, useSendLetter } from '../../api/understand';
import { formatDate } from '../../i18n/format-date';
import { TextField } from '../forms/text-field';
import { PdfSaveLink } from '../pdf/pdf-save-link';
import { PdfStatusMessages } from '../pdf/pdf-status-messages';
import { usePdfDownload } from '../pdf/use-pdf-download';

type CopyState = { readonly state: 'idle' } | { readonly state: 'copied' | 'manual'; readonly text: string };

/**
 * What to do with the letter once it reads right: download it as a PDF, copy it as plain text (with a text
 * box to copy from by hand when the browser does not allow it), and — for a child's letter — record that it
 * was sent, which keeps it in the case with the event it implies. Every outcome is said in a live region.
 */
export function LetterActions({
  letter,
  composedFrom,
  version,
  isValid,
  student,
  onSent,
  sent,
}: {
  letter: EditedLetter;
  /** What Binder composed the letter from: kept with it so its translation for reading can be composed. */
  composedFrom: ComposedFrom;
  /** Changes with every edit, so a PDF made before an edit is not offered as the current one. */
  version: number;
  /** Checks the letter before an action (an empty subject); false stops the action. */
  isValid: () => boolean;
  student: { id: string; givenName: string } | null;
  onSent: (saved: SavedLetter) => void;
  sent: SavedLetter | null;
}) {
  const { t, i18n } = useTranslation();
  const [receivedOn, setReceivedOn] = useState('');
  // A PDF made before an edit is not offered as the current one.
  const { pdf, link, prepare } = usePdfDownload(version);
  const [copy, setCopy] = useState<CopyState>({ state: 'idle' });
  const send = useSendLetter(student?.id ?? null);
  const copyBox = useRef<HTMLTextAreaElement>(null);

  const preparePdf = () => {
    // Checked first so that isValid, which shows the letter's problems, is not run while a PDF is being made.
    if (pdf.state === 'preparing' || !isValid()) return;
    void prepare({
      fetchPdf: () => fetchLetterPdf(letter),
      fileName: `binder-${letter.kind}-${letter.date}.pdf`,
    });
  };

  const copyText = async () => {
    if (!isValid()) return;
    const text = letterPlainText({ ...letter, impliedEvent: null });
    try {
      await navigator.clipboard.writeText(text);
      setCopy({ state: 'copied', text });
    } catch {
      setCopy({ state: 'manual', text });
      window.setTimeout(() => {
        copyBox.current?.focus();
        copyBox.current?.select();
      }, 0);
    }
  };

  // The clock starts the day the school received the letter: the letter's date unless the family says later.
  const received = receivedOn === '' ? letter.date : receivedOn;
  const isReceivedTooEarly = received < letter.date;
  const implied = impliedEventOf({ kind: letter.kind, date: received });
  const events = useEvents(student?.id ?? '', student !== null && implied !== null);
  const existing =
    implied === null
      ? undefined
      : events.data?.find((stored) => stored.event.type === implied.type && stored.event.date === implied.date);
  const record = () => {
    if (send.isPending || !isValid() || isReceivedTooEarly || existing !== undefined) return;
    send.mutate({ ...letter, receivedOn: received, composedFrom }, { onSuccess: onSent });
  };

  const pdfWords = {
    preparing: t('letters.actions.preparingPdf'),
    failed: (message: string) => t('letters.actions.pdfFailed', { message }),
    ready: t('letters.actions.pdfReady'),
  };
  return (
    <section className="letter-actions card" aria-labelledby="letter-actions-title">
      <h3 id="letter-actions-title">{t('letters.actions.title')}</h3>
      <div className="actions">
        <button type="button" className="primary" aria-disabled={pdf.state === 'preparing'} onClick={preparePdf}>
          {t('letters.actions.pdf')}
        </button>
        <button type="button" className="secondary" onClick={() => void copyText()}>
          {t('letters.actions.copy')}
        </button>
      </div>
      <div role="status" aria-live="polite" className="action-status">
        <PdfStatusMessages pdf={pdf} words={pdfWords} />
        {copy.state === 'copied' ? <p>{t('letters.actions.copied')}</p> : null}
        {copy.state === 'manual' ? <p className="error">{t('letters.actions.copyManual')}</p> : null}
      </div>
      <PdfSaveLink pdf={pdf} link={link} label={(fileName) => t('letters.actions.pdfLink', { fileName })} />
      {copy.state === 'idle' ? null : (
        <div className="field">
          <label htmlFor="letter-plain-text">{t('letters.actions.plainTextLabel')}</label>
          <textarea id="letter-plain-text" ref={copyBox} lang={letter.language} readOnly rows={10} value={copy.text} />
        </div>
      )}

      <h3 id="letter-record-title">{t('letters.record.title')}</h3>
      {student === null ? (
        <p>{t('letters.record.noChild')}</p>
      ) : sent !== null ? (
        <p className="ok-summary">{t('letters.record.done', { name: student.givenName })}</p>
      ) : (
        <>
          <p className="hint" id="letter-record-hint">
            {t('letters.record.hint', { name: student.givenName })}
          </p>
          {implied === null ? null : (
            <TextField
              id="letter-received-on"
              type="date"
              label={t('letterReceived.label')}
              hint={t('letterReceived.hint')}
              value={received}
              error={
                isReceivedTooEarly
                  ? t('letterReceived.before', { date: formatDate(letter.date, i18n.language) })
                  : undefined
              }
              onChange={setReceivedOn}
            />
          )}
          {existing === undefined ? null : (
            <div className="notice" id="letter-duplicate">
              <p>
                {t('letterReceived.duplicate', {
                  name: student.givenName,
                  type: t(`event.type.${existing.event.type}`),
                  date: formatDate(existing.event.date, i18n.language),
                })}
              </p>
              <p>
                <Link to={`/students/${encodeURIComponent(student.id)}/timeline#event-edit-${existing.id}-edit`}>
                  {t('letterReceived.correctExisting')}
                </Link>{' '}
                {t('letterReceived.changeDate')}
              </p>
            </div>
          )}
          <p className="actions">
            <button
              type="button"
              className="primary"
              aria-describedby={existing === undefined ? 'letter-record-hint' : 'letter-record-hint letter-duplicate'}
              aria-disabled={send.isPending || isReceivedTooEarly || existing !== undefined}
              onClick={record}
            >
              {t('letters.record.button', { name: student.givenName })}
            </button>
          </p>
        </>
      )}
      <div role="status" aria-live="polite">
        {send.isPending ? <p>{t('letters.record.saving')}</p> : null}
        {send.isError ? <p className="error">{t('letters.record.failed', { message: send.error.message })}</p> : null}
      </div>
      {student === null ? (
        <p>
          <Link to="/children">{t('letters.record.toChildren')}</Link>
        </p>
      ) : null}
    </section>
  );
}
