import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DistrictComplianceView } from '../../../core/schemas/school-team';
import { formatDate } from '../../i18n/format-date';
import { DeadlineKind } from '../timeline/deadline-kind';
import { DeadlineStatusLabel } from '../timeline/deadline-status-label';

type DeadlineItem = DistrictComplianceView['overdue']['items'][number];

/**
 * A list of deadlines across the district as a table: student (a link to the child's timeline), school, the
 * deadline's kind in words, its due date, its status in words (the colour only repeats them) and its law.
 * When the server listed only the first of many, the caption says how many are shown of how many.
 */
export function ComplianceDeadlineTable({
  id,
  title,
  items,
  total,
  empty,
}: {
  id: string;
  title: string;
  items: readonly DeadlineItem[];
  total: number;
  empty: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const headings = {
    student: t('compliance.deadlines.student'),
    school: t('compliance.deadlines.school'),
    kind: t('compliance.deadlines.kind'),
    due: t('compliance.deadlines.due'),
    status: t('compliance.deadlines.status'),
    law: t('compliance.deadlines.law'),
  };
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table className="stacked-table">
          <caption>
            {items.length < total
              ? t('compliance.deadlines.captionPartial', { title, shown: items.length, count: total })
              : t('compliance.deadlines.caption', { title, count: total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{headings.student}</th>
              <th scope="col">{headings.school}</th>
              <th scope="col">{headings.kind}</th>
              <th scope="col">{headings.due}</th>
              <th scope="col">{headings.status}</th>
              <th scope="col">{headings.law}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.studentId}:${item.rule}:${item.triggerDate}`}>
                <th scope="row">
                  <Link to={`/students/${encodeURIComponent(item.studentId)}/timeline`}>
                    {item.givenName} {item.familyName}
                  </Link>
                </th>
                <td>
                  <span className="cell-label">{headings.school}</span>
                  {item.school ?? <span className="muted">{t('compliance.schools.noSchool')}</span>}
                </td>
                <td>
                  <span className="cell-label">{headings.kind}</span>
                  <DeadlineKind kind={item.kind} capital />
                </td>
                <td>
                  <span className="cell-label">{headings.due}</span>
                  {item.due === null ? t('compliance.deadlines.noDate') : formatDate(item.due, language)}
                </td>
                <td>
                  <span className="cell-label">{headings.status}</span>
                  <DeadlineStatusLabel status={item.status} isWindow={item.isWindow} />
                </td>
                <td>
                  <span className="cell-label">{headings.law}</span>
                  <span className="citation">{item.citation}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
