import { useTranslation } from 'react-i18next';
import type { ServiceLogEntry, ServiceSummary } from '../../../core/schemas/service-log';
import { formatDate } from '../../i18n/format-date';
import { StackedTableHead } from '../app/stacked-table-head';

/** Minutes delivered and missed per service: what the school gave, and what it may owe. */
export function ServiceSummaryTable({ summary }: { summary: readonly ServiceSummary[] }) {
  const { t } = useTranslation();
  const headings = [
    t('serviceLog.service'),
    t('serviceLog.sessions'),
    t('serviceLog.delivered'),
    t('serviceLog.missed'),
  ] as const;
  return (
    <table className="stacked-table">
      <caption>{t('serviceLog.summaryCaption')}</caption>
      <StackedTableHead headings={headings} />
      <tbody>
        {summary.map((row) => (
          <tr key={row.service}>
            <th scope="row">{row.service}</th>
            <td>
              <span className="cell-label">{headings[1]}</span>
              {row.sessions}
            </td>
            <td>
              <span className="cell-label">{headings[2]}</span>
              {t('serviceLog.minutesValue', { count: row.deliveredMinutes })}
            </td>
            <td>
              <span className="cell-label">{headings[3]}</span>
              {row.missedMinutes > 0 ? (
                <strong>{t('serviceLog.minutesValue', { count: row.missedMinutes })}</strong>
              ) : (
                t('serviceLog.minutesValue', { count: 0 })
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every session logged: date, service, minutes, delivered or missed, who entered it, and the note. */
export function ServiceLogTable({ entries }: { entries: readonly ServiceLogEntry[] }) {
  const { t, i18n } = useTranslation();
  const headings = [
    t('serviceLog.date'),
    t('serviceLog.service'),
    t('serviceLog.minutes'),
    t('serviceLog.statusColumn'),
    t('serviceLog.enteredBy'),
    t('serviceLog.noteColumn'),
  ] as const;
  return (
    <table className="stacked-table">
      <caption>{t('serviceLog.caption')}</caption>
      <StackedTableHead headings={headings} />
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <th scope="row">{formatDate(entry.date, i18n.language)}</th>
            <td>
              <span className="cell-label">{headings[1]}</span>
              {entry.service}
            </td>
            <td>
              <span className="cell-label">{headings[2]}</span>
              {entry.minutes}
            </td>
            <td>
              <span className="cell-label">{headings[3]}</span>
              {entry.status === 'missed' ? <span aria-hidden="true">⚠ </span> : null}
              {t(`serviceLog.status.${entry.status}`)}
              {entry.reason === null ? null : ` (${t(`ledger.reason.${entry.reason}`)})`}
              {entry.makeUp ? ` (${t('ledger.madeUp')})` : null}
            </td>
            <td>
              <span className="cell-label">{headings[4]}</span>
              {entry.enteredByName}
            </td>
            <td>
              <span className="cell-label">{headings[5]}</span>
              {entry.note ?? ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
