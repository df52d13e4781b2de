import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchBinderPdf, type BinderLanguage } from '../../api/whole-record';
import { RadioGroupField } from '../forms/radio-group-field';
import { PdfSaveLink } from '../pdf/pdf-save-link';
import { PdfStatusMessages } from '../pdf/pdf-status-messages';
import { usePdfDownload } from '../pdf/use-pdf-download';

/**
 * "Print the binder": the child's whole case as one PDF, in English or Spanish (its section words are not yet in
 * the three newer reading languages, so a Vietnamese, Chinese or Arabic reader is told so beside the choice,
 * rather than handed an English PDF without a word). The server takes a few
 * seconds to make it, so while it does the page says so in a live region, with a progress bar; then the PDF
 * is saved as a download, with a link to save it again.
 */
export function BinderPrint({ studentId, givenName }: { studentId: string; givenName: string }) {
  const { t, i18n } = useTranslation();
  const readsBinderLanguage = i18n.language === 'en' || i18n.language === 'es';
  const [language, setLanguage] = useState<BinderLanguage>(i18n.language === 'es' ? 'es' : 'en');
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
          hint={readsBinderLanguage ? undefined : t('binder.languageHint')}
          options={[
            { value: 'en', label: t('language.en') },
            { value: 'es', label: t('language.es') },
          ]}
          onChange={(value) => {
            setLanguage(value === 'es' ? 'es' : 'en');
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
