import { useTranslation } from 'react-i18next';
import type { AuditTrailEntry } from '../../core/schemas/audit-trail';
import { auditOutcome, auditRole, auditWhat, auditWho } from '../case/audit-words';
import { formatDateTime } from '../i18n/format-date-time';
import { StackedTableHead } from './stacked-table-head';

/** The audit trail as a table: when (local date and time), who, as what role, what they did, and the result. */
export function AuditTable({ entries, childName }: { entries: readonly AuditTrailEntry[]; childName: string }) {
  const { t, i18n } = useTranslation();
  const headings = [t('audit.when'), t('audit.who'), t('audit.role'), t('audit.what'), t('audit.outcome')] as const;
  return (
    <table className="stacked-table audit-table">
      <caption>{t('audit.caption', { name: childName })}</caption>
      <StackedTableHead headings={headings} />
      <tbody>
        {entries.map((entry) => (
          <tr key={String(entry.seq)} className={entry.outcome === 'allowed' ? undefined : 'audit-refused'}>
            <th scope="row">
              <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
            </th>
            <td>
              <span className="cell-label">{headings[1]}</span>
              <span>
                {auditWho(entry, t)}
                {entry.actorEmail !== null && entry.actorName !== null && entry.actorName !== '' ? (
                  <span className="muted audit-email"> {entry.actorEmail}</span>
                ) : null}
              </span>
            </td>
            <td>
              <span className="cell-label">{headings[2]}</span>
              {auditRole(entry.actorRole, t)}
            </td>
            <td>
              <span className="cell-label">{headings[3]}</span>
              {auditWhat(entry, t)}
            </td>
            <td>
              <span className="cell-label">{headings[4]}</span>
              {entry.outcome === 'allowed' ? null : <span aria-hidden="true">⚠ </span>}
              {auditOutcome(entry.outcome, t)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
