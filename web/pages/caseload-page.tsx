import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  caseloadQueryFromSearch,
  searchFromCaseloadQuery,
  useCaseload,
  useSchools,
  type CaseloadQuery,
} from '../api/school-team';
import { CaseloadFilters } from '../components/caseload/caseload-filters';
import { CaseloadPagination } from '../components/caseload/caseload-pagination';
import { CaseloadTable } from '../components/caseload/caseload-table';
import { PageTitle } from '../components/app/page-title';
import { formatDate } from '../i18n/format-date';

/** The address of the caseload for a state of its filters, sort and page. */
function caseloadHref(query: CaseloadQuery): string {
  const search = searchFromCaseloadQuery(query).toString();
  return search === '' ? '/caseload' : `/caseload?${search}`;
}

/**
 * A case manager's caseload: every student with the plan in effect, the next deadline and the overdue count,
 * filtered by school, plan and "only overdue", sorted by name, next deadline or most overdue, a page at a time.
 * All of it lives in the address (`/caseload?school=…&plan=iep&overdue=true&sort=next-due&page=2`), so a view
 * can be bookmarked and shared, and the browser's back button undoes a filter.
 */
export function CaseloadPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [search, setSearch] = useSearchParams();
  const query = caseloadQueryFromSearch(search);
  const caseload = useCaseload(query);
  const schools = (useSchools().data ?? []).map((school) => school.name);

  const apply = (next: CaseloadQuery) => {
    setSearch(searchFromCaseloadQuery(next));
  };
  const isFiltered = query.school !== '' || query.plan !== '' || query.isOverdueOnly;
  const data = caseload.data;
  const pageCount = data === undefined ? 0 : Math.max(1, Math.ceil(data.total / data.pageSize));
  const first = data === undefined || data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1;
  const last = data === undefined ? 0 : Math.min(data.total, first + data.students.length - 1);

  return (
    <>
      <PageTitle>{t('caseload.title')}</PageTitle>
      <p className="lead">{t('caseload.intro')}</p>
      <CaseloadFilters query={query} schools={schools} onApply={apply} />
      <div role="status" aria-live="polite" aria-atomic="true">
        {caseload.isPending ? <p>{t('children.loading')}</p> : null}
        {data === undefined ? null : (
          <p className="caseload-summary">
            {data.total === 0
              ? t(isFiltered ? 'caseload.summary.noneFiltered' : 'caseload.summary.none')
              : t(isFiltered ? 'caseload.summary.countFiltered' : 'caseload.summary.count', {
                  count: data.total,
                  first,
                  last,
                })}
          </p>
        )}
      </div>
      {caseload.isError ? <p className="error">{t('caseload.failed', { message: caseload.error.message })}</p> : null}
      {data === undefined || data.students.length === 0 ? null : (
        <>
          <CaseloadTable
            students={data.students}
            caption={t('caseload.table.caption', { date: formatDate(data.asOf, language) })}
            sort={query.sort}
            onSort={(sort) => {
              apply({ ...query, sort, page: 1 });
            }}
          />
          <CaseloadPagination
            page={data.page}
            pageCount={pageCount}
            hrefOf={(page) => caseloadHref({ ...query, page })}
          />
        </>
      )}
    </>
  );
}
