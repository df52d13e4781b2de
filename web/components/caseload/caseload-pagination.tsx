import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Previous and next page links with "Page 2 of 5" between them. At either end the missing link is plain
 * text, so nothing focusable leads nowhere. `hrefOf` gives the address of a page (its query keeps the filters).
 */
export function CaseloadPagination({
  page,
  pageCount,
  hrefOf,
}: {
  page: number;
  pageCount: number;
  hrefOf: (page: number) => string;
}) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('caseload.pages.label')}>
      <ul>
        <li>
          {page > 1 ? (
            <Link to={hrefOf(page - 1)} rel="prev">
              <span aria-hidden="true" className="direction-arrow">
                ←
              </span>{' '}
              {t('caseload.pages.previous')}
            </Link>
          ) : (
            <span className="muted">{t('caseload.pages.previous')}</span>
          )}
        </li>
        <li aria-current="page">{t('caseload.pages.pageOf', { page, total: pageCount })}</li>
        <li>
          {page < pageCount ? (
            <Link to={hrefOf(page + 1)} rel="next">
              {t('caseload.pages.next')}{' '}
              <span aria-hidden="true" className="direction-arrow">
                →
              </span>
            </Link>
          ) : (
            <span className="muted">{t('caseload.pages.next')}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
