import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDistrictCompliance } from '../api/school-team';
import { ComplianceDeadlineTable } from '../components/caseload/compliance-deadline-table';
import { ComplianceSchoolTable } from '../components/caseload/compliance-school-table';
import { ComplianceSummary } from '../components/caseload/compliance-summary';
import { PageTitle } from '../components/app/page-title';
import { SelectField } from '../components/forms/select-field';
import { formatDate } from '../i18n/format-date';

/** How far ahead "upcoming" looks, in days; 30 unless the address says one of these. */
const WINDOWS = [7, 14, 30, 60, 90] as const;
const DEFAULT_WINDOW = 30;

function windowOf(text: string | null): number {
  return WINDOWS.find((days) => String(days) === text) ?? DEFAULT_WINDOW;
}

/** The "upcoming" window, applied with a button (`?days=60` keeps it in the address). */
function WindowChoice({ days, onApply }: { days: number; onApply: (days: number) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(days));
  // The back button changes the address: show what it says, keeping the form (and the focus) in place.
  const [shown, setShown] = useState(days);
  if (shown !== days) {
    setShown(days);
    setValue(String(days));
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    onApply(windowOf(value));
  };
  return (
    <form className="inline-form compliance-window" onSubmit={submit}>
      <SelectField
        id="compliance-days"
        label={t('compliance.window.label')}
        value={value}
        options={WINDOWS.map((n) => ({ value: String(n), label: t('compliance.window.days', { count: n }) }))}
        onChange={setValue}
      />
      <button type="submit" className="secondary">
        {t('compliance.window.apply')}
      </button>
    </form>
  );
}

/**
 * The district's compliance dashboard: totals of overdue and upcoming deadlines, the compliance measures with
 * their rates in words and numbers and their law, each school's figures, and the overdue and upcoming
 * deadlines themselves, each with its status in words.
 */
export function CompliancePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [search, setSearch] = useSearchParams();
  const days = windowOf(search.get('days'));
  const compliance = useDistrictCompliance(days);
  const data = compliance.data;
  return (
    <>
      <PageTitle>{t('compliance.title')}</PageTitle>
      <p className="lead">{t('compliance.intro')}</p>
      <WindowChoice
        days={days}
        onApply={(next) => {
          setSearch(next === DEFAULT_WINDOW ? {} : { days: String(next) });
        }}
      />
      <div role="status" aria-live="polite">
        {compliance.isPending ? <p>{t('children.loading')}</p> : null}
        {data === undefined ? null : <p>{t('compliance.asOf', { date: formatDate(data.asOf, language) })}</p>}
      </div>
      {compliance.isError ? (
        <p className="error">{t('compliance.failed', { message: compliance.error.message })}</p>
      ) : null}
      {data === undefined ? null : (
        <>
          <ComplianceSummary compliance={data} />
          <ComplianceSchoolTable compliance={data} />
          <ComplianceDeadlineTable
            id="compliance-overdue-title"
            title={t('compliance.deadlines.overdueTitle')}
            items={data.overdue.items}
            total={data.overdue.total}
            empty={t('compliance.deadlines.overdueEmpty')}
          />
          <ComplianceDeadlineTable
            id="compliance-upcoming-title"
            title={t('compliance.deadlines.upcomingTitle', { count: data.upcomingDays })}
            items={data.upcoming.items}
            total={data.upcoming.total}
            empty={t('compliance.deadlines.upcomingEmpty', { count: data.upcomingDays })}
          />
        </>
      )}
    </>
  );
}
