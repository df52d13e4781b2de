import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseloadPageView, CaseloadSort } from '../../../core/schemas/school-team';
import { formatDate } from '../../i18n/format-date';
import { DeadlineKind } from '../timeline/deadline-kind';

type Student = CaseloadPageView['students'][number];

/** The sort each sortable column stands for, and which way it runs. */
const SORTABLE = {
  name: { sort: 'name', direction: 'ascending' },
  next: { sort: 'next-due', direction: 'ascending' },
  overdue: { sort: 'overdue', direction: 'descending' },
} as const satisfies Record<string, { sort: CaseloadSort; direction: 'ascending' | 'descending' }>;
type SortableColumn = keyof typeof SORTABLE;

/**
 * The caseload as a table: each student with school, grade, plan in effect, next deadline (its kind in words
 * and its date) and overdue count. The sortable columns' headings are buttons, and the sorted column says so
 * with aria-sort. On a phone each row becomes a card with its labels.
 */
export function CaseloadTable({
  students,
  caption,
  sort,
  onSort,
}: {
  students: readonly Student[];
  caption: string;
  sort: CaseloadSort;
  onSort: (sort: CaseloadSort) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const headings = {
    name: t('caseload.table.name'),
    school: t('caseload.table.school'),
    grade: t('caseload.table.grade'),
    plan: t('caseload.table.plan'),
    next: t('caseload.table.next'),
    overdue: t('caseload.table.overdue'),
  };

  const sortableHeader = (column: SortableColumn) => {
    const { sort: columnSort, direction } = SORTABLE[column];
    const isSorted = sort === columnSort;
    return (
      <th scope="col" aria-sort={isSorted ? direction : undefined}>
        <button
          type="button"
          className="sort-button"
          onClick={() => {
            onSort(columnSort);
          }}
        >
          {headings[column]}
          <span className="visually-hidden">
            {' '}
            {isSorted ? t(`caseload.table.sortedBy.${columnSort}`) : t(`caseload.table.sortBy.${columnSort}`)}
          </span>
          <span aria-hidden="true" className="sort-mark">
            {isSorted ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <table className="stacked-table caseload-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {sortableHeader('name')}
          <th scope="col" className="plain-heading">
            {headings.school}
          </th>
          <th scope="col" className="plain-heading">
            {headings.grade}
          </th>
          <th scope="col" className="plain-heading">
            {headings.plan}
          </th>
          {sortableHeader('next')}
          {sortableHeader('overdue')}
        </tr>
      </thead>
      <tbody>
        {students.map((student) => (
          <tr key={student.id}>
            <th scope="row">
              <Link to={`/students/${encodeURIComponent(student.id)}`}>
                {student.givenName} {student.familyName}
              </Link>
            </th>
            <td>
              <span className="cell-label">{headings.school}</span>
              {student.school ?? <span className="muted">{t('caseload.table.noSchool')}</span>}
            </td>
            <td>
              <span className="cell-label">{headings.grade}</span>
              {student.grade ?? <span className="muted">{t('caseload.table.noGrade')}</span>}
            </td>
            <td>
              <span className="cell-label">{headings.plan}</span>
              <span className={`plan plan-${student.plan ?? 'none'}`}>
                {t(`caseload.plan.${student.plan ?? 'none'}`)}
              </span>
            </td>
            <td>
              <span className="cell-label">{headings.next}</span>
              {student.nextDue === null ? (
                <span className="muted">{t('caseload.table.noNext')}</span>
              ) : (
                <span>
                  {student.nextKind === null ? null : (
                    <span className="next-kind">
                      <DeadlineKind kind={student.nextKind} capital />
                    </span>
                  )}{' '}
                  <span className="next-due">
                    {t('caseload.table.due', { date: formatDate(student.nextDue, language) })}
                  </span>
                </span>
              )}
            </td>
            <td>
              <span className="cell-label">{headings.overdue}</span>
              {student.overdueCount === 0 ? (
                <span className="muted">{t('caseload.table.noneOverdue')}</span>
              ) : (
                <span className="status status-overdue">
                  <span aria-hidden="true">⚠ </span>
                  {t('caseload.table.overdueCount', { count: student.overdueCount })}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
