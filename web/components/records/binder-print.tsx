import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchBinderPdf, type BinderLanguage } from '../../api/whole-record';
import { RadioGroupField } from '../forms/radio-group-field';

type PdfState =
  | { readonly state: 'idle' }
  | { readonly state: 'preparing' }
  | { readonly state: 'ready'; readonly url: string; readonly fileName: string }
  | { readonly state: 'failed'; readonly message: string };

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
  const [pdf, setPdf] = useState<PdfState>({ state: 'idle' });
  const downloadLink = useRef<HTMLAnchorElement>(null);
  const shouldStartDownload = useRef(false);
  const readyUrl = pdf.state === 'ready' ? pdf.url : null;

  useEffect(() => {
    if (readyUrl === null) return undefined;
    if (shouldStartDownload.current) {
      shouldStartDownload.current = false;
      downloadLink.current?.click();
    }
    return () => {
      URL.revokeObjectURL(readyUrl);
    };
  }, [readyUrl]);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (pdf.state === 'preparing') return;
    setPdf({ state: 'preparing' });
    try {
      const blob = await fetchBinderPdf(studentId, language);
      shouldStartDownload.current = true;
      setPdf({ state: 'ready', url: URL.createObjectURL(blob), fileName: `binder-${language}.pdf` });
    } catch (error) {
      setPdf({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const isPreparing = pdf.state === 'preparing';
  return (
    <section aria-labelledby="binder-print-title">
      <h3 id="binder-print-title">{t('binder.title')}</h3>
      <p>{t('binder.intro')}</p>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
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
        {isPreparing ? <p>{t('binder.preparing', { name: givenName })}</p> : null}
        {pdf.state === 'failed' ? <p className="error">{t('binder.failed', { message: pdf.message })}</p> : null}
        {pdf.state === 'ready' ? <p className="notice">{t('binder.ready')}</p> : null}
      </div>
      {isPreparing ? <progress aria-label={t('binder.progressLabel')} /> : null}
      {pdf.state === 'ready' ? (
        <p>
          <a ref={downloadLink} href={pdf.url} download={pdf.fileName}>
            {t('binder.link', { fileName: pdf.fileName })}
          </a>
        </p>
      ) : null}
    </section>
  );
}
