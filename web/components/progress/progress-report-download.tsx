import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelSetId } from '../../../core/progress/label-sets';
import { ApiError } from '../../api/client';
import { fetchProgressReportPdf, progressReportUrl, type ProgressLanguage } from '../../api/progress';
import { ErrorSummary, type ErrorSummaryItem } from '../forms/error-summary';
import { FieldErrorsContext } from '../forms/field-errors-context';
import { RadioGroupField } from '../forms/radio-group-field';
import { isLanguage, LANGUAGES, OWN_NAMES } from '../../i18n/languages';
import { readingLanguage } from '../../i18n/reading-language';
import { TextField } from '../forms/text-field';

type PdfState =
  | { readonly state: 'idle' }
  | { readonly state: 'preparing' }
  | { readonly state: 'ready'; readonly url: string; readonly fileName: string }
  | { readonly state: 'failed'; readonly message: string };

/**
 * The progress report for a reporting period, as a PDF: every goal of the plan with its status, graph, scores
 * and comments, in any of the five reading languages (the page's by default) and in the status words chosen on the page. The report is fetched
 * first (said in a live region, since it can take a moment) and then saved as a download; a refused period
 * is named beside its field.
 */
export function ProgressReportDownload({ planId, labelSet }: { planId: string; labelSet: LabelSetId }) {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [language, setLanguage] = useState<ProgressLanguage>(readingLanguage(i18n.language));
  const [pdf, setPdf] = useState<PdfState>({ state: 'idle' });
  const [errors, setErrors] = useState<{ items: ErrorSummaryItem[]; attempt: number }>({ items: [], attempt: 0 });
  const downloadLink = useRef<HTMLAnchorElement>(null);
  const shouldStartDownload = useRef(false);
  const readyUrl = pdf.state === 'ready' ? pdf.url : null;
  const labels = { from: t('progress.report.from'), to: t('progress.report.to') };

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

  const fail = (items: ErrorSummaryItem[]) => {
    setErrors((previous) => ({ items, attempt: previous.attempt + 1 }));
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (pdf.state === 'preparing') return;
    if (from !== '' && to !== '' && from > to) {
      fail([{ fieldId: 'report-from', label: labels.from, message: t('progress.report.fromAfterTo') }]);
      return;
    }
    setErrors((previous) => ({ items: [], attempt: previous.attempt }));
    setPdf({ state: 'preparing' });
    try {
      const blob = await fetchProgressReportPdf(progressReportUrl(planId, { from, to, language, labelSet }));
      shouldStartDownload.current = true;
      setPdf({
        state: 'ready',
        url: URL.createObjectURL(blob),
        fileName: `binder-progress-report-${to === '' ? 'today' : to}.pdf`,
      });
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        setPdf({ state: 'idle' });
        fail(
          error.issues.map((issue) => {
            const field = issue.field === 'to' ? 'to' : 'from';
            return { fieldId: `report-${field}`, label: labels[field], message: issue.message };
          }),
        );
      } else {
        setPdf({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    }
  };

  const byField: Record<string, string> = {};
  for (const item of errors.items) byField[item.fieldId] ??= item.message;

  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t('progress.report.title')}</h2>
      <p>{t('progress.report.intro')}</p>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary items={errors.items} headingLevel={3} focusKey={errors.attempt} />
        <FieldErrorsContext value={byField}>
          <div className="field-row">
            <TextField
              id="report-from"
              type="date"
              label={labels.from}
              hint={t('progress.report.fromHint')}
              value={from}
              className="field-narrow"
              onChange={setFrom}
            />
            <TextField
              id="report-to"
              type="date"
              label={labels.to}
              hint={t('progress.report.toHint')}
              value={to}
              className="field-narrow"
              onChange={setTo}
            />
          </div>
          <RadioGroupField
            id="report-language"
            legend={t('progress.report.language')}
            value={language}
            isInline
            options={LANGUAGES.map((code) => ({ value: code, label: OWN_NAMES[code] }))}
            onChange={(value) => {
              if (isLanguage(value)) setLanguage(value);
            }}
          />
        </FieldErrorsContext>
        <p className="actions">
          <button type="submit" className="primary" aria-disabled={pdf.state === 'preparing'}>
            {t('progress.report.download')}
          </button>
        </p>
      </form>
      <div role="status" aria-live="polite">
        {pdf.state === 'preparing' ? <p>{t('progress.report.preparing')}</p> : null}
        {pdf.state === 'failed' ? (
          <p className="error">{t('progress.report.failed', { message: pdf.message })}</p>
        ) : null}
        {pdf.state === 'ready' ? <p className="notice">{t('progress.report.ready')}</p> : null}
      </div>
      {pdf.state === 'ready' ? (
        <p>
          <a ref={downloadLink} href={pdf.url} download={pdf.fileName}>
            {t('progress.report.link', { fileName: pdf.fileName })}
          </a>
        </p>
      ) : null}
    </section>
  );
}
