import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchLetterTranslationPdf } from '../../api/letter-translation';
import type { Language } from '../../i18n/languages';

type PdfState =
  | { readonly state: 'idle' }
  | { readonly state: 'preparing' }
  | { readonly state: 'ready'; readonly url: string; readonly fileName: string; readonly language: Language }
  | { readonly state: 'failed'; readonly message: string };

/**
 * Downloads a sent letter's translation as a PDF headed as a translation for reading. The download starts by
 * itself once the file is made; the link stays for a browser that blocks it, and each outcome is said in a
 * live region. A PDF of another language than the one shown is not offered as current.
 */
export function LetterTranslationPdf({
  studentId,
  letterId,
  language,
  fileStem,
}: {
  studentId: string;
  letterId: string;
  language: Language;
  /** `binder-<kind>-<date>`, as the server names the file. */
  fileStem: string;
}) {
  const { t } = useTranslation();
  const [pdf, setPdf] = useState<PdfState>({ state: 'idle' });
  const link = useRef<HTMLAnchorElement>(null);
  const shouldStartDownload = useRef(false);
  const readyUrl = pdf.state === 'ready' ? pdf.url : null;

  useEffect(() => {
    if (readyUrl === null) return undefined;
    if (shouldStartDownload.current) {
      shouldStartDownload.current = false;
      link.current?.click();
    }
    return () => {
      URL.revokeObjectURL(readyUrl);
    };
  }, [readyUrl]);

  const prepare = async () => {
    if (pdf.state === 'preparing') return;
    setPdf({ state: 'preparing' });
    try {
      const blob = await fetchLetterTranslationPdf(studentId, letterId, language);
      shouldStartDownload.current = true;
      setPdf({ state: 'ready', url: URL.createObjectURL(blob), fileName: `${fileStem}-${language}.pdf`, language });
    } catch (error) {
      setPdf({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const isCurrent = pdf.state === 'ready' && pdf.language === language;
  return (
    <>
      <p className="actions">
        <button
          type="button"
          className="secondary"
          aria-disabled={pdf.state === 'preparing'}
          onClick={() => void prepare()}
        >
          {t('letters.translation.pdf')}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {pdf.state === 'preparing' ? <p>{t('letters.translation.preparingPdf')}</p> : null}
        {pdf.state === 'failed' ? (
          <p className="error">{t('letters.translation.pdfFailed', { message: pdf.message })}</p>
        ) : null}
        {isCurrent ? <p>{t('letters.translation.pdfReady')}</p> : null}
      </div>
      {isCurrent ? (
        <p>
          <a ref={link} href={pdf.url} download={pdf.fileName}>
            {t('letters.translation.pdfLink', { fileName: pdf.fileName })}
          </a>
        </p>
      ) : null}
    </>
  );
}
