import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressPointRecord } from '../../../core/schemas/progress-data';
import { useDeleteProgressPoint } from '../../api/progress';
import { formatDate } from '../../i18n/format-date';
import { formatProgressNumber } from './progress-number';

/**
 * The scores recorded for a goal, newest first, each with a button to delete a score entered by mistake (the
 * server's history keeps it). The outcome is said in a live region.
 */
export function ProgressPointList({
  planId,
  goalId,
  points,
  unit,
}: {
  planId: string;
  goalId: string;
  points: readonly ProgressPointRecord[];
  unit: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const remove = useDeleteProgressPoint(planId, goalId);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const newestFirst = [...points].sort((a, b) => b.date.localeCompare(a.date));
  const headings = {
    date: t('progress.points.date'),
    value: unit === '' ? t('progress.points.value') : t('progress.points.valueUnit', { unit }),
    note: t('progress.points.note'),
    measuredBy: t('progress.points.measuredBy'),
    action: t('progress.points.action'),
  };

  const deletePoint = (point: ProgressPointRecord) => {
    if (remove.isPending) return;
    const what = {
      value: formatProgressNumber(point.value, language),
      date: formatDate(point.date, language),
    };
    setMessage(null);
    remove.mutate(point.id, {
      onSuccess: () => {
        setMessage({ text: t('progress.points.deleted', what), isError: false });
      },
      onError: (error) => {
        setMessage({ text: t('progress.points.deleteFailed', { ...what, message: error.message }), isError: true });
      },
    });
  };

  return (
    <section aria-labelledby="progress-points-title">
      <h2 id="progress-points-title">{t('progress.points.title')}</h2>
      <div role="status" aria-live="polite">
        {message === null ? null : <p className={message.isError ? 'error' : 'notice'}>{message.text}</p>}
      </div>
      {newestFirst.length === 0 ? (
        <p>{t('progress.points.empty')}</p>
      ) : (
        <table className="stacked-table">
          <caption>{t('progress.points.caption', { count: newestFirst.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{headings.date}</th>
              <th scope="col">{headings.value}</th>
              <th scope="col">{headings.note}</th>
              <th scope="col">{headings.measuredBy}</th>
              <th scope="col">{headings.action}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((point) => (
              <tr key={point.id}>
                <th scope="row">{formatDate(point.date, language)}</th>
                <td>
                  <span className="cell-label">{headings.value}</span>
                  {formatProgressNumber(point.value, language)}
                </td>
                <td>
                  <span className="cell-label">{headings.note}</span>
                  {point.note ?? <span className="muted">{t('progress.points.none')}</span>}
                </td>
                <td>
                  <span className="cell-label">{headings.measuredBy}</span>
                  {point.measuredBy ?? <span className="muted">{t('progress.points.none')}</span>}
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-disabled={remove.isPending}
                    onClick={() => {
                      deletePoint(point);
                    }}
                  >
                    {t('progress.points.delete')}
                    <span className="visually-hidden">
                      {' '}
                      {t('progress.points.deleteWhich', { date: formatDate(point.date, language) })}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
