import { useTranslation } from 'react-i18next';
import type { ActivityLine } from '../../../core/schemas/audit-trail';
import { activityWhat, auditOutcome, auditRole, auditWho } from '../../case/audit-words';
import { formatDateTime } from '../../i18n/format-date-time';
import { StackedTableHead } from '../app/stacked-table-head';

/** When a line happened: one time, or from the first to the last of its requests when they differ. */
function LineTime({ line, language }: { line: ActivityLine; language: string }) {
  const { t } = useTranslation();
  const first = formatDateTime(line.firstAt, language);
  const last = formatDateTime(line.lastAt, language);
  if (first === last) return <time dateTime={line.lastAt}>{last}</time>;
  return <>{t('activity.between', { from: first, to: last })}</>;
}

/**
 * The activity log as a table of lines (a page view's reads are one line, repeated refusals one line with
 * their count): when (local date and time), who, as what role, what they did, and the result.
 */
export function AuditTable({ lines, childName }: { lines: readonly ActivityLine[]; childName: string }) {
  const { t, i18n } = useTranslation();
  const headings = [t('audit.when'), t('audit.who'), t('audit.role'), t('audit.what'), t('audit.outcome')] as const;
  return (
    <table className="stacked-table audit-table">
      <caption>{t('audit.caption', { name: childName })}</caption>
      <StackedTableHead headings={headings} />
      <tbody>
        {lines.map((line) => (
          <tr key={String(line.seq)} className={line.outcome === 'allowed' ? undefined : 'audit-refused'}>
            <th scope="row">
              <LineTime line={line} language={i18n.language} />
            </th>
            <td>
              <span className="cell-label">{headings[1]}</span>
              <span>
                {auditWho(line, t)}
                {line.actorEmail !== null && line.actorName !== null && line.actorName !== '' ? (
                  <span className="muted audit-email"> {line.actorEmail}</span>
                ) : null}
              </span>
            </td>
            <td>
              <span className="cell-label">{headings[2]}</span>
              {auditRole(line.actorRole, t)}
            </td>
            <td>
              <span className="cell-label">{headings[3]}</span>
              {activityWhat(line, t, i18n.language)}
            </td>
            <td>
              <span className="cell-label">{headings[4]}</span>
              {line.outcome === 'allowed' ? null : <span aria-hidden="true">⚠ </span>}
              {auditOutcome(line.outcome, t)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
