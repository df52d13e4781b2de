import { useCallback, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useAddProgressPoint } from '../../api/progress';
import { formatDate } from '../../i18n/format-date';
import { ErrorSummary, type ErrorSummaryItem } from '../forms/error-summary';
import { FieldErrorsContext } from '../forms/field-errors-context';
import { NumberField } from '../forms/number-field';
import { formatProgressNumber } from './progress-number';
import { progressIssueMessage } from './progress-issues';
import { TextField } from '../forms/text-field';

const FIELDS = ['date', 'value', 'note', 'measuredBy'] as const;
type Field = (typeof FIELDS)[number];

/** Today in the browser's own calendar, the usual day a score is entered. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface Rejection {
  readonly items: readonly ErrorSummaryItem[];
  readonly attempt: number;
}

/**
 * Enter one score: date, value, an optional note and who measured it. Every problem is named beside its field
 * and listed above the form; what was typed stays. After a save the date and "measured by" stay for the next
 * probe, the value and note are cleared.
 */
export function ProgressPointForm({ planId, goalId, unit }: { planId: string; goalId: string; unit: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const add = useAddProgressPoint(planId, goalId);
  const [date, setDate] = useState(localToday);
  const [value, setValue] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [measuredBy, setMeasuredBy] = useState('');
  const [isValueTextValid, setIsValueTextValid] = useState(true);
  const [resetCount, setResetCount] = useState(0);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const onValidityChange = useCallback((_id: string, invalidLabel: string | null) => {
    setIsValueTextValid(invalidLabel === null);
  }, []);

  const labels: Record<Field, string> = {
    date: t('progress.point.date'),
    value: unit === '' ? t('progress.point.value') : t('progress.point.valueUnit', { unit }),
    note: t('progress.point.note'),
    measuredBy: t('progress.point.measuredBy'),
  };
  const fieldId = (field: Field) => `progress-point-${field}`;

  const reject = (issues: readonly { field: Field; message: string }[]) => {
    setRejection({
      items: issues.map((issue) => ({
        fieldId: fieldId(issue.field),
        label: labels[issue.field],
        message: issue.message,
      })),
      attempt: (rejection?.attempt ?? 0) + 1,
    });
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    setMessage(null);
    const problems: { field: Field; message: string }[] = [];
    if (date === '') problems.push({ field: 'date', message: t('progress.point.needDate') });
    if (!isValueTextValid) problems.push({ field: 'value', message: t('progress.point.badValue') });
    else if (value === null) problems.push({ field: 'value', message: t('progress.point.needValue') });
    if (problems.length > 0 || value === null) {
      reject(problems);
      return;
    }
    const input = {
      date,
      value,
      ...(note.trim() === '' ? {} : { note: note.trim() }),
      ...(measuredBy.trim() === '' ? {} : { measuredBy: measuredBy.trim() }),
    };
    add.mutate(input, {
      onSuccess: (point) => {
        setRejection(null);
        setValue(null);
        setNote('');
        setResetCount((n) => n + 1);
        setMessage(
          t('progress.point.saved', {
            value: formatProgressNumber(point.value, language),
            date: formatDate(point.date, language),
          }),
        );
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          reject(
            error.issues.map((issue) => {
              const top = issue.field.split(/[.[]/)[0] ?? '';
              return {
                field: FIELDS.find((f) => f === top) ?? 'date',
                message: progressIssueMessage(issue.message, t, language),
              };
            }),
          );
        } else {
          setMessage(t('progress.point.failed', { message: error.message }));
        }
      },
    });
  };

  const byField: Record<string, string> = {};
  for (const item of rejection?.items ?? []) byField[item.fieldId] ??= item.message;

  return (
    <form className="stack" noValidate onSubmit={submit} aria-labelledby="progress-point-title">
      <h2 id="progress-point-title">{t('progress.point.title')}</h2>
      <ErrorSummary items={rejection?.items ?? []} headingLevel={3} focusKey={rejection?.attempt ?? 0} />
      <FieldErrorsContext value={byField}>
        <div className="field-row">
          <TextField
            id={fieldId('date')}
            type="date"
            label={labels.date}
            value={date}
            isRequired
            className="field-narrow"
            onChange={setDate}
          />
          <NumberField
            key={resetCount}
            id={fieldId('value')}
            label={labels.value}
            value={value}
            hint={t('progress.point.valueHint')}
            onChange={setValue}
            onValidityChange={onValidityChange}
          />
        </div>
        <div className="field-row">
          <TextField
            id={fieldId('note')}
            label={labels.note}
            hint={t('progress.point.noteHint')}
            value={note}
            onChange={setNote}
          />
          <TextField
            id={fieldId('measuredBy')}
            label={labels.measuredBy}
            hint={t('progress.point.measuredByHint')}
            value={measuredBy}
            onChange={setMeasuredBy}
          />
        </div>
      </FieldErrorsContext>
      <p className="actions">
        <button type="submit" className="primary" aria-disabled={add.isPending}>
          {t('progress.point.save')}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {add.isPending ? <p>{t('progress.point.saving')}</p> : null}
        {message === null ? null : <p className="notice">{message}</p>}
      </div>
    </form>
  );
}
