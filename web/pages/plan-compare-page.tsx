import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePlanComparison, usePlans } from '../api/plans';
import { ChangeList } from '../components/plans/change-list';
import { SectionTitle } from '../components/app/section-title';
import { VersionPicker } from '../components/plans/version-picker';
import { useStudentId } from './student-page';

/** Compare two versions of a plan: pick them, then read what changed, cuts first. */
export function PlanComparePage() {
  const { t } = useTranslation();
  const studentId = useStudentId();
  const { planId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const plans = usePlans(studentId);
  const plan = plans.data?.find((p) => p.id === planId);
  const versions = plan?.versions ?? [];
  const from = search.get('from') ?? versions.at(-2)?.id ?? null;
  const to = search.get('to') ?? versions.at(-1)?.id ?? null;
  const comparison = usePlanComparison(planId, from, to);
  const title =
    plan === undefined ? t('compare.title') : t('compare.titleFor', { plan: t(`plan.framework.${plan.framework}`) });
  const numberOf = (id: string | null) => versions.find((v) => v.id === id)?.number ?? 0;
  return (
    <section aria-labelledby="compare-title">
      <SectionTitle id="compare-title">{title}</SectionTitle>
      <p>
        <Link to={`/students/${studentId}/plans`}>{t('plan.backToPlans')}</Link>
      </p>
      {plans.isPending ? <p role="status">{t('children.loading')}</p> : null}
      {plan !== undefined && versions.length < 2 ? <p>{t('compare.needTwo')}</p> : null}
      {plan !== undefined && from !== null && to !== null && versions.length >= 2 ? (
        <>
          <VersionPicker
            key={`${from}-${to}`}
            versions={versions}
            from={from}
            to={to}
            onCompare={(nextFrom, nextTo) => {
              setSearch({ from: nextFrom, to: nextTo });
            }}
          />
          <section aria-labelledby="changes-title" className="card">
            <h3 id="changes-title">{t('compare.changesBetween', { from: numberOf(from), to: numberOf(to) })}</h3>
            <div role="status" aria-live="polite">
              {from === to ? <p>{t('compare.same')}</p> : null}
              {comparison.isFetching ? <p>{t('children.loading')}</p> : null}
              {comparison.isError ? (
                <p className="error">{t('compare.failed', { message: comparison.error.message })}</p>
              ) : null}
            </div>
            {comparison.data === undefined || from === to ? null : <ChangeList changes={comparison.data} />}
          </section>
        </>
      ) : null}
    </section>
  );
}
