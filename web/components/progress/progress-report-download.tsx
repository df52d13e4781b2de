import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelSetId } from '../../../core/progress/label-sets';
import { ApiError } from '../../api/client';
import { fetchProgressReportPdf, progressReportUrl, type ProgressLanguage } from '../../api/progress';
import { readingLanguageOf } from '../../i18n/languages';
import { READING_LANGUAGE_OPTIONS } from '../../i18n/reading-language';
import { ErrorSummary, type ErrorSummaryItem } from '../forms/error-summary';
import { FieldErrorsContext } from '../forms/field-errors-context';
import { RadioGroupField } from '../forms/radio-group-field';
import { TextField } from '../forms/text-field';
import { PdfSaveLink } from '../pdf/pdf-save-link';
import { PdfStatusMessages } from '../pdf/pdf-status-messages';
import { usePdfDownload } from '../pdf/use-pdf-download';

/**
 * The progress report for a reporting period, as a PDF: every goal of the plan with its status, graph, scores
 * and comments, in any of the five reading languages (the page's to begin with) and in the status words chosen
 * on the page. The report is fetched
 * first (said in a live region, since it can take a moment) and then saved as a download; a refused period
 * is named beside its field.
 */
export function ProgressReportDownload({ planId, labelSet }: { planId: string; labelSet: LabelSetId }) {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [language, setLanguage] = useState<ProgressLanguage>(readingLanguageOf(i18n.language));
  const { pdf, link, prepare } = usePdfDownload();
  const [errors, setErrors] = useState<{ items: ErrorSummaryItem[]; attempt: number }>({ items: [], attempt: 0 });
  const labels = { from: t('progress.report.from'), to: t('progress.report.to') };

  const fail = (items: ErrorSummaryItem[]) => {
    setErrors((previous) => ({ items, attempt: previous.attempt + 1 }));
  };

  // A period the server refuses is named beside its date field, not in the live region.
  const showRefusedPeriod = (error: unknown) => {
    if (!(error instanceof ApiError) || error.issues.length === 0) return false;
    fail(
      error.issues.map((issue) => {
        const field = issue.field === 'to' ? 'to' : 'from';
        return { fieldId: `report-${field}`, label: labels[field], message: issue.message };
      }),
    );
    return true;
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    // Checked before the dates, so a second press while the report is made says nothing new.
    if (pdf.state === 'preparing') return;
    if (from !== '' && to !== '' && from > to) {
      fail([{ fieldId: 'report-from', label: labels.from, message: t('progress.report.fromAfterTo') }]);
      return;
    }
    setErrors((previous) => ({ items: [], attempt: previous.attempt }));
    void prepare({
      fetchPdf: () => fetchProgressReportPdf(progressReportUrl(planId, { from, to, language, labelSet })),
      fileName: `binder-progress-report-${to === '' ? 'today' : to}.pdf`,
      showError: showRefusedPeriod,
    });
  };

  const pdfWords = {
    preparing: t('progress.report.preparing'),
    failed: (message: string) => t('progress.report.failed', { message }),
    ready: t('progress.report.ready'),
  };
  const byField: Record<string, string> = {};
  for (const item of errors.items) byField[item.fieldId] ??= item.message;

  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t('progress.report.title')}</h2>
      <p>{t('progress.report.intro')}</p>
      <form className="stack" noValidate onSubmit={submit}>
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
            options={READING_LANGUAGE_OPTIONS}
            onChange={(value) => {
              setLanguage(readingLanguageOf(value));
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
        <PdfStatusMessages pdf={pdf} words={pdfWords} readyClassName="notice" />
      </div>
      <PdfSaveLink pdf={pdf} link={link} label={(fileName) => t('progress.report.link', { fileName })} />
    </section>
  );
}
