import { useTranslation } from 'react-i18next';
import { fetchLetterTranslationPdf } from '../../api/letter-translation';
import type { Language } from '../../i18n/languages';
import { PdfSaveLink } from '../pdf/pdf-save-link';
import { PdfStatusMessages } from '../pdf/pdf-status-messages';
import { usePdfDownload } from '../pdf/use-pdf-download';

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
  // A PDF of another language than the one shown is not offered.
  const { pdf, link, prepare } = usePdfDownload(language);
  const pdfWords = {
    preparing: t('letters.translation.preparingPdf'),
    failed: (message: string) => t('letters.translation.pdfFailed', { message }),
    ready: t('letters.translation.pdfReady'),
  };
  return (
    <>
      <p className="actions">
        <button
          type="button"
          className="secondary"
          aria-disabled={pdf.state === 'preparing'}
          onClick={() =>
            void prepare({
              fetchPdf: () => fetchLetterTranslationPdf(studentId, letterId, language),
              fileName: `${fileStem}-${language}.pdf`,
            })
          }
        >
          {t('letters.translation.pdf')}
        </button>
      </p>
      <div role="status" aria-live="polite">
        <PdfStatusMessages pdf={pdf} words={pdfWords} />
      </div>
      <PdfSaveLink pdf={pdf} link={link} label={(fileName) => t('letters.translation.pdfLink', { fileName })} />
    </>
  );
}
