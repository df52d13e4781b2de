import { useTranslation } from 'react-i18next';
import type { GoalProgress } from '../../../core/schemas/progress-data';
import { formatDate } from '../../i18n/format-date';
import { formatProgressNumber } from './progress-number';
import { StackedTableHead } from '../app/stacked-table-head';

/**
 * The graph's text alternative: its overview in a sentence and every score as a table row with the week,
 * the score and the goal line's value that day, and whether the score counts in the trend (scores before the
 * latest change in instruction do not).
 */
export function ProgressDataTable({ progress }: { progress: GoalProgress }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { rows, overview } = progress.textAlternative;
  const unit = progress.input.unit ?? '';
  const scoreHeading = unit === '' ? t('progress.table.score') : t('progress.table.scoreUnit', { unit });
  const headings = [
    t('progress.table.date'),
    t('progress.table.week'),
    scoreHeading,
    t('progress.table.aim'),
    t('progress.table.used'),
  ] as const;
  return (
    <div className="progress-data">
      <h3>{t('progress.table.title')}</h3>
      <p>{overview}</p>
      {rows.length === 0 ? (
        <p>{t('progress.table.empty')}</p>
      ) : (
        <table className="stacked-table">
          <caption>{t('progress.table.caption', { count: rows.length })}</caption>
          <StackedTableHead headings={headings} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.date}>
                <th scope="row">{formatDate(row.date, language)}</th>
                <td>
                  <span className="cell-label">{headings[1]}</span>
                  {formatProgressNumber(row.week, language, 1)}
                </td>
                <td>
                  <span className="cell-label">{headings[2]}</span>
                  {formatProgressNumber(row.value, language)}
                </td>
                <td>
                  <span className="cell-label">{headings[3]}</span>
                  {formatProgressNumber(row.aim, language, 1)}
                </td>
                <td>
                  <span className="cell-label">{headings[4]}</span>
                  {row.isUsed ? t('progress.table.isUsed') : t('progress.table.notUsed')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
