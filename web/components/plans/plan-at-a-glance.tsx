import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Plan } from '../../../core/schemas/plan';
import type { Framework } from '../../../core/schemas/student';
import { latestFinalVersion } from '../../case/plan-versions';
import { formatDate } from '../../i18n/format-date';

/**
 * The plan in effect in a few lines, for the Overview: the IEP's goals, services and next annual review, or the
 * 504 plan's accommodations and next review; with no plan, a link to the guide that helps choose one. The
 * whole plan is one click away on the Plan tab, the IEP-and-504 comparison on its own tab.
 */
export function PlanAtAGlance(props: {
  studentId: string;
  planInEffect: Framework | null;
  plans: readonly Plan[] | undefined;
  /** The annual review's due date as the timeline counts it (null: not counted, or not the person's to see). */
  annualReviewDue: string | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const id = encodeURIComponent(props.studentId);
  const plan = props.plans?.find(
    (candidate) => candidate.framework === props.planInEffect && candidate.effectiveTo === null,
  );
  const version = plan === undefined ? undefined : latestFinalVersion(plan);
  const date = (value: string | null) => (value === null ? t('overview.notSet') : formatDate(value, language));
  return (
    <section aria-labelledby="plan-at-a-glance-title" className="card plan-at-a-glance">
      <h3 id="plan-at-a-glance-title">{t('overview.planTitle')}</h3>
      {props.planInEffect === null ? (
        <>
          <p>{t('overview.noPlan')}</p>
          <p>
            <Link to={`/guide?student=${id}`}>{t('overview.guideLink')}</Link>
          </p>
        </>
      ) : (
        <>
          <p className={`plan plan-${props.planInEffect}`}>
            {t(`children.plan.${props.planInEffect}`)}
            {plan?.effectiveFrom == null ? null : ` · ${t('overview.since', { date: date(plan.effectiveFrom) })}`}
          </p>
          {version?.framework === 'iep' ? (
            <dl className="facts">
              <div>
                <dt>{t('overview.goals')}</dt>
                <dd>{version.content.goals.length}</dd>
              </div>
              <div>
                <dt>{t('overview.services')}</dt>
                <dd>
                  {version.content.services.length === 0
                    ? t('overview.none')
                    : version.content.services.map((service) => service.name || t('overview.unnamed')).join(', ')}
                </dd>
              </div>
              {props.annualReviewDue === null ? null : (
                <div>
                  <dt>{t('overview.annualReview')}</dt>
                  <dd>{date(props.annualReviewDue)}</dd>
                </div>
              )}
            </dl>
          ) : null}
          {version?.framework === '504' ? (
            <dl className="facts">
              <div>
                <dt>{t('overview.accommodations')}</dt>
                <dd>{version.content.accommodations.length}</dd>
              </div>
              <div>
                <dt>{t('overview.review')}</dt>
                <dd>{date(version.content.reviewDate)}</dd>
              </div>
            </dl>
          ) : null}
          <p>
            <Link to={`/students/${id}/plans`}>{t('overview.wholePlan')}</Link>
          </p>
        </>
      )}
      <p>
        <Link to={`/students/${id}/compare`}>{t('overview.compareLink')}</Link>
      </p>
    </section>
  );
}
