import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Plan } from '../../core/schemas/plan';
import { FRAMEWORKS, type Framework } from '../../core/schemas/student';
import { useAmendPlan, useCreatePlan, usePlans } from '../api/plans';
import { draftVersion, latestFinalVersion } from '../case/plan-versions';
import { AmendForm } from '../components/plans/amend-form';
import { PlanVersionList } from '../components/plans/plan-version-list';
import { SectionTitle } from '../components/app/section-title';
import { formatDate } from '../i18n/format-date';
import { useStudentAccess, useStudentId } from './student-page';

/** Plan: each IEP and 504 plan with its versions; start, amend and compare. */
export function StudentPlansTab() {
  const { t, i18n } = useTranslation();
  const studentId = useStudentId();
  const navigate = useNavigate();
  const location = useLocation();
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  const plans = usePlans(studentId);
  const createPlan = useCreatePlan(studentId);
  const amendPlan = useAmendPlan(studentId);
  const { abilities } = useStudentAccess();
  const [failure, setFailure] = useState<string | null>(null);
  const openDraft = (plan: Plan) => {
    const draft = draftVersion(plan);
    if (draft !== undefined) void navigate(`/students/${studentId}/plans/${plan.id}/versions/${draft.id}`);
  };
  const start = (framework: Framework) => {
    setFailure(null);
    createPlan.mutate(framework, {
      onSuccess: openDraft,
      onError: (error) => {
        setFailure(t('plan.startFailed', { message: error.message }));
      },
    });
  };
  const missing = FRAMEWORKS.filter((framework) => !plans.data?.some((plan) => plan.framework === framework));
  return (
    <section aria-labelledby="plans-title">
      <SectionTitle id="plans-title">{t('student.tabs.plans')}</SectionTitle>
      <div role="status" aria-live="polite">
        {typeof notice === 'string' ? <p className="notice">{notice}</p> : null}
        {plans.isPending ? <p>{t('children.loading')}</p> : null}
        {plans.isError ? <p className="error">{t('plan.loadFailed', { message: plans.error.message })}</p> : null}
        {failure === null ? null : <p className="error">{failure}</p>}
      </div>
      {plans.data?.length === 0 ? <p>{t('plan.none')}</p> : null}
      {plans.data?.map((plan) => {
        const final = latestFinalVersion(plan);
        const draft = draftVersion(plan);
        return (
          <section key={plan.id} className="card" aria-labelledby={`plan-${plan.id}`}>
            <h3 id={`plan-${plan.id}`}>{t(`plan.framework.${plan.framework}`)}</h3>
            <p>
              {final?.effectiveFrom == null
                ? t('plan.notInEffectYet')
                : t('plan.inEffectSince', {
                    date: formatDate(plan.effectiveFrom ?? final.effectiveFrom, i18n.language),
                    n: final.number,
                  })}
            </p>
            <PlanVersionList plan={plan} studentId={studentId} />
            {plan.versions.length > 1 ? (
              <p>
                <Link to={`/students/${studentId}/plans/${plan.id}/compare`}>
                  {t('plan.compareLink', { plan: t(`plan.framework.${plan.framework}`) })}
                </Link>
              </p>
            ) : null}
            {abilities.canEditRecord && draft === undefined && final !== undefined ? (
              <AmendForm
                idPrefix={`plan-${plan.id}`}
                isPending={amendPlan.isPending}
                onAmend={(reason) => {
                  setFailure(null);
                  amendPlan.mutate(
                    { planId: plan.id, reason },
                    {
                      onSuccess: openDraft,
                      onError: (error) => {
                        setFailure(t('plan.amendFailed', { message: error.message }));
                      },
                    },
                  );
                }}
              />
            ) : null}
            {abilities.canEditRecord && draft !== undefined && final !== undefined ? (
              <p className="hint">{t('plan.oneDraftAtATime')}</p>
            ) : null}
          </section>
        );
      })}
      {abilities.canEditRecord && plans.data !== undefined && missing.length > 0 ? (
        <div className="card">
          <h3>{t('plan.startTitle')}</h3>
          <p>{t('plan.startIntro')}</p>
          <div className="actions">
            {missing.map((framework) => (
              <button
                key={framework}
                type="button"
                className="primary"
                disabled={createPlan.isPending}
                onClick={() => {
                  start(framework);
                }}
              >
                {t(`plan.start.${framework}`)}
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </section>
  );
}
