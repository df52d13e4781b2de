import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchBinderPdf, type BinderLanguage } from '../../api/whole-record';
import { readingLanguageOf } from '../../i18n/languages';
import { READING_LANGUAGE_OPTIONS } from '../../i18n/reading-language';
import { RadioGroupField } from '../forms/radio-group-field';
import { PdfSaveLink } from '../pdf/pdf-save-link';
import { PdfStatusMessages } from '../pdf/pdf-status-messages';
import { usePdfDownload } from '../pdf/use-pdf-download';

/**
 * "Print the binder": the child's whole case as one PDF, in any of the five reading languages (the page's to begin
 * with), each offered by its own name. The server takes a few
 * seconds to make it, so while it does the page says so in a live region, with a progress bar; then the PDF
 * is saved as a download, with a link to save it again.
 */
export function BinderPrint({ studentId, givenName }: { studentId: string; givenName: string }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<BinderLanguage>(readingLanguageOf(i18n.language));
  const { pdf, link, prepare } = usePdfDownload();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void prepare({ fetchPdf: () => fetchBinderPdf(studentId, language), fileName: `binder-${language}.pdf` });
  };

  const isPreparing = pdf.state === 'preparing';
  const pdfWords = {
    preparing: t('binder.preparing', { name: givenName }),
    failed: (message: string) => t('binder.failed', { message }),
    ready: t('binder.ready'),
  };
  return (
    <section aria-labelledby="binder-print-title">
      <h3 id="binder-print-title">{t('binder.title')}</h3>
      <p>{t('binder.intro')}</p>
      <form className="stack" noValidate onSubmit={submit}>
        <RadioGroupField
          id="binder-language"
          legend={t('binder.language')}
          value={language}
          isInline
          options={READING_LANGUAGE_OPTIONS}
          onChange={(value) => {
            setLanguage(readingLanguageOf(value));
          }}
        />
        <p className="actions">
          <button type="submit" className="primary" aria-disabled={isPreparing}>
            {t('binder.print')}
          </button>
        </p>
      </form>
      <div role="status" aria-live="polite">
        <PdfStatusMessages pdf={pdf} words={pdfWords} readyClassName="notice" />
      </div>
      {isPreparing ? <progress aria-label={t('binder.progressLabel')} /> : null}
      <PdfSaveLink pdf={pdf} link={link} label={(fileName) => t('binder.link', { fileName })} />
    </section>
  );
}
