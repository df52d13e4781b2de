import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhaseChangeRecord } from '../../../core/schemas/progress-data';
import { ApiError } from '../../api/client';
import { useAddPhaseChange, useRemovePhaseChange } from '../../api/progress';
import { formatDate } from '../../i18n/format-date';
import { ErrorSummary, type ErrorSummaryItem } from '../forms/error-summary';
import { FieldErrorsContext } from '../forms/field-errors-context';
import { progressIssueMessage } from './progress-issues';
import { TextField } from '../forms/text-field';

interface Rejection {
  readonly items: readonly ErrorSummaryItem[];
  readonly attempt: number;
}

/**
 * Changes in instruction (phase changes): add one with its date and what changed, see them in date order,
 * remove one recorded by mistake. The trend and the decision rules use only the scores after the latest one.
 */
export function PhaseChangeSection({
  planId,
  goalId,
  phaseChanges,
}: {
  planId: string;
  goalId: string;
  phaseChanges: readonly PhaseChangeRecord[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const add = useAddPhaseChange(planId, goalId);
  const remove = useRemovePhaseChange(planId, goalId);
  const [date, setDate] = useState('');
  const [label, setLabel] = useState('');
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const labels = { date: t('progress.phase.date'), label: t('progress.phase.label') };

  const reject = (items: ErrorSummaryItem[]) => {
    setRejection({ items, attempt: (rejection?.attempt ?? 0) + 1 });
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    setMessage(null);
    const items: ErrorSummaryItem[] = [];
    if (date === '') items.push({ fieldId: 'phase-date', label: labels.date, message: t('progress.phase.needDate') });
    if (label.trim() === '') {
      items.push({ fieldId: 'phase-label', label: labels.label, message: t('progress.issues.changeLabel') });
    }
    if (items.length > 0) {
      reject(items);
      return;
    }
    add.mutate(
      { date, label: label.trim() },
      {
        onSuccess: (change) => {
          setRejection(null);
          setDate('');
          setLabel('');
          setMessage({ text: t('progress.phase.saved', { date: formatDate(change.date, language) }), isError: false });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.issues.length > 0) {
            reject(
              error.issues.map((issue) => {
                const field = issue.field.startsWith('label') ? 'label' : 'date';
                return {
                  fieldId: `phase-${field}`,
                  label: labels[field],
                  message: progressIssueMessage(issue.message, t, language),
                };
              }),
            );
          } else {
            setMessage({ text: t('progress.phase.failed', { message: error.message }), isError: true });
          }
        },
      },
    );
  };

  const removeChange = (change: PhaseChangeRecord) => {
    if (remove.isPending) return;
    setMessage(null);
    const when = formatDate(change.date, language);
    remove.mutate(change.id, {
      onSuccess: () => {
        setMessage({ text: t('progress.phase.removed', { date: when }), isError: false });
      },
      onError: (error) => {
        setMessage({ text: t('progress.phase.removeFailed', { date: when, message: error.message }), isError: true });
      },
    });
  };

  const byField: Record<string, string> = {};
  for (const item of rejection?.items ?? []) byField[item.fieldId] ??= item.message;

  return (
    <section aria-labelledby="phase-title">
      <h2 id="phase-title">{t('progress.phase.title')}</h2>
      <p>{t('progress.phase.intro')}</p>
      <div role="status" aria-live="polite">
        {message === null ? null : <p className={message.isError ? 'error' : 'notice'}>{message.text}</p>}
      </div>
      {phaseChanges.length === 0 ? (
        <p>{t('progress.phase.empty')}</p>
      ) : (
        <ul className="item-list phase-list">
          {phaseChanges.map((change) => (
            <li key={change.id} className="phase-change">
              <span>
                <strong>{formatDate(change.date, language)}</strong> — {change.label}
              </span>{' '}
              <button
                type="button"
                className="link-button"
                aria-disabled={remove.isPending}
                onClick={() => {
                  removeChange(change);
                }}
              >
                {t('progress.phase.remove')}
                <span className="visually-hidden">
                  {' '}
                  {t('progress.phase.removeWhich', { date: formatDate(change.date, language) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="stack card" noValidate onSubmit={submit} aria-labelledby="phase-form-title">
        <h3 id="phase-form-title">{t('progress.phase.formTitle')}</h3>
        <ErrorSummary items={rejection?.items ?? []} headingLevel={3} focusKey={rejection?.attempt ?? 0} />
        <FieldErrorsContext value={byField}>
          <div className="field-row">
            <TextField
              id="phase-date"
              type="date"
              label={labels.date}
              value={date}
              isRequired
              className="field-narrow"
              onChange={setDate}
            />
            <TextField
              id="phase-label"
              label={labels.label}
              hint={t('progress.phase.labelHint')}
              value={label}
              isRequired
              onChange={setLabel}
            />
          </div>
        </FieldErrorsContext>
        <p className="actions">
          <button type="submit" className="secondary" aria-disabled={add.isPending}>
            {t('progress.phase.add')}
          </button>
        </p>
      </form>
    </section>
  );
}
