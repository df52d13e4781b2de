import { useTranslation } from 'react-i18next';
import type { StoredSchoolCalendar } from '../../../core/schemas/school-calendar';
import { formatDate } from '../../i18n/format-date';
import { formatDateTime } from '../../i18n/format-date-time';

/** The stored school calendar in words: its terms, how many closed days or ranges, the holidays, when it changed. */
export function SchoolCalendarSummary({ stored }: { stored: StoredSchoolCalendar }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { calendar } = stored;
  if (calendar === null) return <p>{t('calendar.none')}</p>;
  const terms = calendar.terms ?? [];
  const closed = calendar.closed?.length ?? 0;
  return (
    <dl className="facts">
      <div>
        <dt>{t('calendar.terms.legend')}</dt>
        <dd>
          {terms.length === 0
            ? t('calendar.noneOfThese')
            : terms
                .map((term) =>
                  t('calendar.termRange', {
                    start: formatDate(term.start, language),
                    end: formatDate(term.end, language),
                  }),
                )
                .join('; ')}
        </dd>
      </div>
      <div>
        <dt>{t('calendar.closed.legend')}</dt>
        <dd>{closed === 0 ? t('calendar.noneOfThese') : t('calendar.closedCount', { count: closed })}</dd>
      </div>
      <div>
        <dt>{t('calendar.holidays.legend')}</dt>
        <dd>
          {calendar.holidays === undefined
            ? t('calendar.holidays.federal')
            : t('calendar.districtCount', { count: calendar.holidays.length })}
        </dd>
      </div>
      {stored.updatedAt === null ? null : (
        <div>
          <dt>{t('calendar.updatedAt')}</dt>
          <dd>{formatDateTime(stored.updatedAt, language)}</dd>
        </div>
      )}
    </dl>
  );
}
