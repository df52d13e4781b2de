import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useImportServiceLog } from '../../api/service-logs';
import { csvProblemLine, csvProblemOfIssue } from '../progress/progress-issues';

type Outcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'saved'; readonly count: number }
  | { readonly kind: 'rows'; readonly messages: readonly string[] }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * A provider's session log as a CSV file (date, service, minutes, status, reason, make up): the server checks every
 * row before saving any, so a file with a bad row saves nothing and each bad row is listed by row and field.
 */
export function ServiceLogCsvImport({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const importLog = useImportServiceLog(studentId);
  const fileInput = useRef<HTMLInputElement>(null);
  const problems = useRef<HTMLDivElement>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (importLog.isPending) return;
    const file = fileInput.current?.files?.[0];
    if (file === undefined) {
      setOutcome({ kind: 'failed', message: t('serviceCsv.needFile') });
      fileInput.current?.focus();
      return;
    }
    const csv = await file.text();
    importLog.mutate(csv, {
      onSuccess: (answer) => {
        setOutcome({ kind: 'saved', count: answer.imported });
        if (fileInput.current !== null) fileInput.current.value = '';
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          // A problem of the file is said in the page's language; any other issue (a session the IEP does not
          // cover) as the server wrote it.
          const messages = error.issues.map((issue) => {
            const problem = csvProblemOfIssue(issue);
            return problem === null ? issue.message : csvProblemLine(problem, t, i18n.language);
          });
          setOutcome({ kind: 'rows', messages });
          requestAnimationFrame(() => problems.current?.focus());
        } else setOutcome({ kind: 'failed', message: t('serviceCsv.failed', { message: error.message }) });
      },
    });
  };

  return (
    <section className="card" aria-labelledby="service-csv-title">
      <h4 id="service-csv-title">{t('serviceCsv.title')}</h4>
      <p id="service-csv-hint">{t('serviceCsv.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <p className="field">
          <label htmlFor="service-csv-file">{t('serviceCsv.file')}</label>
          <input
            ref={fileInput}
            id="service-csv-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby="service-csv-hint"
          />
        </p>
        <p className="actions">
          <button type="submit" className="primary" aria-disabled={importLog.isPending}>
            {t('serviceCsv.submit')}
          </button>
        </p>
      </form>
      <div role="status" aria-live="polite">
        {importLog.isPending ? <p>{t('serviceCsv.importing')}</p> : null}
        {outcome.kind === 'saved' ? <p className="notice">{t('serviceCsv.saved', { count: outcome.count })}</p> : null}
        {outcome.kind === 'failed' ? <p className="error">{outcome.message}</p> : null}
      </div>
      {outcome.kind === 'rows' ? (
        <div ref={problems} tabIndex={-1} className="error-summary" aria-labelledby="service-csv-problems">
          <h5 id="service-csv-problems">{t('serviceCsv.problems', { count: outcome.messages.length })}</h5>
          <ul>
            {outcome.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
