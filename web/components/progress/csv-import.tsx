import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRowStatus, ProgressImportPreview } from '../../../core/schemas/progress-data';
import { useCommitCsvImport, usePreviewCsvImport } from '../../api/progress';
import { formatDate } from '../../i18n/format-date';
import { FieldFrame } from '../forms/field-frame';
import { formatProgressNumber } from './progress-number';
import { csvProblemLine, importRefusalText } from './progress-issues';
import { TextAreaField } from '../forms/text-area-field';

type Progress =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' | 'checking' | 'importing' }
  | { readonly kind: 'said'; readonly text: string; readonly isError: boolean };

const STATUS_SYMBOL: Readonly<Record<ImportRowStatus, string>> = { new: '+', 'already-recorded': '=', conflict: '⚠' };

/**
 * Scores from a spreadsheet: choose a CSV file (or paste its rows), check it, read the preview — one message
 * per bad row naming the row and column, or what each row will do — and only then import. Nothing is written
 * until the whole file is clean. Each step is said in a live region.
 */
export function CsvImport({ planId, goalId }: { planId: string; goalId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const preview = usePreviewCsvImport(planId, goalId);
  const commit = useCommitCsvImport(planId, goalId);
  const [csv, setCsv] = useState('');
  const [checked, setChecked] = useState<{ csv: string; result: ProgressImportPreview } | null>(null);
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const [fileKey, setFileKey] = useState(0);
  const [emptyError, setEmptyError] = useState<string | undefined>(undefined);
  const problemsBox = useRef<HTMLDivElement>(null);
  const result = checked !== null && checked.csv === csv ? checked.result : null;
  const hasErrors = result !== null && result.errors.length > 0;

  useEffect(() => {
    if (hasErrors) problemsBox.current?.focus();
  }, [hasErrors, checked]);

  const changeText = (text: string) => {
    setCsv(text);
    setEmptyError(undefined);
    setProgress({ kind: 'idle' });
  };

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    setProgress({ kind: 'reading' });
    try {
      const text = await file.text();
      changeText(text);
      setProgress({ kind: 'said', text: t('progress.csv.fileRead', { name: file.name }), isError: false });
    } catch {
      setProgress({ kind: 'said', text: t('progress.csv.fileUnreadable', { name: file.name }), isError: true });
    }
  };

  const check = () => {
    if (preview.isPending || commit.isPending) return;
    if (csv.trim() === '') {
      setEmptyError(t('progress.csv.needFile'));
      document.getElementById('csv-file')?.focus();
      return;
    }
    const text = csv;
    setProgress({ kind: 'checking' });
    preview.mutate(text, {
      onSuccess: (answer) => {
        setChecked({ csv: text, result: answer });
        const summary =
          answer.errors.length > 0
            ? t('progress.csv.checkedWithProblems', { count: answer.errors.length })
            : answer.counts.conflict > 0
              ? t('progress.csv.checkedWithConflicts', { count: answer.counts.conflict })
              : t('progress.csv.checkedClean', {
                  count: answer.counts.new,
                  already: t('progress.csv.alreadyRecorded', { count: answer.counts.alreadyRecorded }),
                });
        setProgress({ kind: 'said', text: summary, isError: answer.errors.length > 0 || answer.counts.conflict > 0 });
      },
      onError: (error) => {
        setProgress({ kind: 'said', text: t('progress.csv.checkFailed', { message: error.message }), isError: true });
      },
    });
  };

  const importRows = () => {
    if (preview.isPending || commit.isPending) return;
    setProgress({ kind: 'importing' });
    commit.mutate(csv, {
      onSuccess: (answer) => {
        setCsv('');
        setChecked(null);
        setFileKey((n) => n + 1);
        setProgress({
          kind: 'said',
          text: t('progress.csv.imported', {
            count: answer.added.length,
            already: t('progress.csv.alreadySkipped', { count: answer.alreadyRecorded }),
          }),
          isError: false,
        });
      },
      onError: (error) => {
        setChecked(null);
        setProgress({ kind: 'said', text: importRefusalText(error, t, language), isError: true });
      },
    });
  };

  const headings = {
    date: t('progress.csv.preview.date'),
    value: t('progress.csv.preview.value'),
    note: t('progress.csv.preview.note'),
    measuredBy: t('progress.csv.preview.measuredBy'),
    status: t('progress.csv.preview.status'),
  };

  return (
    <section aria-labelledby="csv-title">
      <h2 id="csv-title">{t('progress.csv.title')}</h2>
      <p>{t('progress.csv.intro')}</p>
      <p className="csv-example-label">{t('progress.csv.exampleLabel')}</p>
      <pre className="csv-example">{t('progress.csv.example')}</pre>
      <FieldFrame id="csv-file" label={t('progress.csv.file')} hint={t('progress.csv.fileHint')} error={emptyError}>
        <input
          key={fileKey}
          id="csv-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={emptyError === undefined ? 'csv-file-hint' : 'csv-file-hint csv-file-error'}
          aria-invalid={emptyError === undefined ? undefined : true}
          onChange={(event) => void readFile(event)}
        />
      </FieldFrame>
      <TextAreaField
        id="csv-text"
        label={t('progress.csv.text')}
        hint={t('progress.csv.textHint')}
        value={csv}
        rows={6}
        onChange={changeText}
      />
      <p className="actions">
        <button type="button" className="secondary" aria-disabled={preview.isPending} onClick={check}>
          {t('progress.csv.check')}
        </button>
      </p>
      <div role="status" aria-live="polite" aria-atomic="true" className="csv-progress">
        {progress.kind === 'reading' ? <p>{t('progress.csv.reading')}</p> : null}
        {progress.kind === 'checking' ? <p>{t('progress.csv.checking')}</p> : null}
        {progress.kind === 'importing' ? <p>{t('progress.csv.importing')}</p> : null}
        {progress.kind === 'said' ? <p className={progress.isError ? 'error' : 'notice'}>{progress.text}</p> : null}
      </div>

      {result !== null && hasErrors ? (
        <div ref={problemsBox} className="error-summary" tabIndex={-1} aria-labelledby="csv-problems-title">
          <h3 id="csv-problems-title">{t('progress.csv.problemsTitle', { count: result.errors.length })}</h3>
          <ul>
            {result.errors.map((error) => (
              <li key={`${String(error.row)}:${error.column}:${error.message}`}>
                {csvProblemLine(error, t, language)}
              </li>
            ))}
          </ul>
          <p>{t('progress.csv.problemsFix')}</p>
        </div>
      ) : null}

      {result !== null && !hasErrors ? (
        <div className="csv-preview">
          <table className="stacked-table">
            <caption>{t('progress.csv.preview.caption', { count: result.rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{headings.date}</th>
                <th scope="col">{headings.value}</th>
                <th scope="col">{headings.note}</th>
                <th scope="col">{headings.measuredBy}</th>
                <th scope="col">{headings.status}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => (
                <tr key={row.date} className={`import-${row.status}`}>
                  <th scope="row">{formatDate(row.date, language)}</th>
                  <td>
                    <span className="cell-label">{headings.value}</span>
                    {formatProgressNumber(row.value, language)}
                  </td>
                  <td>
                    <span className="cell-label">{headings.note}</span>
                    {row.note ?? <span className="muted">{t('progress.points.none')}</span>}
                  </td>
                  <td>
                    <span className="cell-label">{headings.measuredBy}</span>
                    {row.measuredBy ?? <span className="muted">{t('progress.points.none')}</span>}
                  </td>
                  <td>
                    <span className="cell-label">{headings.status}</span>
                    <span className={`import-status import-status-${row.status}`}>
                      <span aria-hidden="true">{STATUS_SYMBOL[row.status]} </span>
                      {row.status === 'conflict'
                        ? t('progress.csv.status.conflict', {
                            recorded: formatProgressNumber(row.recorded?.value ?? 0, language),
                          })
                        : t(`progress.csv.status.${row.status}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.counts.conflict > 0 ? (
            <p className="error">{t('progress.csv.conflicts', { count: result.counts.conflict })}</p>
          ) : null}
          {result.canCommit && result.counts.new === 0 ? <p>{t('progress.csv.nothingNew')}</p> : null}
          {result.canCommit && result.counts.new > 0 ? (
            <p className="actions">
              <button type="button" className="primary" aria-disabled={commit.isPending} onClick={importRows}>
                {t('progress.csv.import', { count: result.counts.new })}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
