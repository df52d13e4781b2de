import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASELOAD_PLANS, CASELOAD_SORTS } from '../../../core/schemas/school-team';
import type { CaseloadQuery } from '../../api/school-team';
import { CheckboxField } from '../forms/checkbox-field';
import { SelectField } from '../forms/select-field';

function sameQuery(a: CaseloadQuery, b: CaseloadQuery): boolean {
  return (
    a.school === b.school &&
    a.plan === b.plan &&
    a.isOverdueOnly === b.isOverdueOnly &&
    a.sort === b.sort &&
    a.page === b.page &&
    a.pageSize === b.pageSize
  );
}

/**
 * The caseload's filters (school, plan, only overdue) and sort, applied with one button so nothing moves
 * while a person is still choosing. The page keeps the applied choice in its address.
 */
export function CaseloadFilters({
  query,
  schools,
  onApply,
}: {
  query: CaseloadQuery;
  /** School names to choose from. */
  schools: readonly string[];
  onApply: (query: CaseloadQuery) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(query);
  // When the address changes (a sort heading, the back button), show what it says; the form itself stays in
  // place so the focus stays on the button that was used.
  const [shown, setShown] = useState(query);
  if (!sameQuery(shown, query)) {
    setShown(query);
    setValues(query);
  }
  const schoolNames = values.school === '' || schools.includes(values.school) ? schools : [values.school, ...schools];
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    onApply({ ...values, page: 1 });
  };
  return (
    <form className="card caseload-filters" onSubmit={submit} aria-labelledby="caseload-filters-title">
      <h2 id="caseload-filters-title">{t('caseload.filters.title')}</h2>
      <div className="field-row">
        <SelectField
          id="caseload-school"
          label={t('caseload.filters.school')}
          value={values.school}
          options={[
            { value: '', label: t('caseload.filters.allSchools') },
            ...schoolNames.map((school) => ({ value: school, label: school })),
          ]}
          onChange={(school) => {
            setValues({ ...values, school });
          }}
        />
        <SelectField
          id="caseload-plan"
          label={t('caseload.filters.plan')}
          value={values.plan}
          options={[
            { value: '', label: t('caseload.filters.allPlans') },
            ...CASELOAD_PLANS.map((plan) => ({ value: plan, label: t(`caseload.plan.${plan}`) })),
          ]}
          onChange={(plan) => {
            setValues({ ...values, plan: CASELOAD_PLANS.find((p) => p === plan) ?? '' });
          }}
        />
        <SelectField
          id="caseload-sort"
          label={t('caseload.filters.sort')}
          value={values.sort}
          options={CASELOAD_SORTS.map((sort) => ({ value: sort, label: t(`caseload.sort.${sort}`) }))}
          onChange={(sort) => {
            setValues({ ...values, sort: CASELOAD_SORTS.find((s) => s === sort) ?? 'name' });
          }}
        />
      </div>
      <CheckboxField
        id="caseload-overdue"
        label={t('caseload.filters.overdueOnly')}
        isChecked={values.isOverdueOnly}
        onChange={(isOverdueOnly) => {
          setValues({ ...values, isOverdueOnly });
        }}
      />
      <p className="actions">
        <button type="submit" className="primary">
          {t('caseload.filters.apply')}
        </button>
        <Link className="button-link secondary-link" to="/caseload">
          {t('caseload.filters.clear')}
        </Link>
      </p>
    </form>
  );
}
