import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { IepGoal } from '../../../core/schemas/iep';
import { formatDate } from '../../i18n/format-date';
import { Heading } from '../app/heading';

function valueText(value: number | null, unit: string, date: string | null, language: string, none: string): string {
  if (value === null) return none;
  const amount = unit === '' ? String(value) : `${String(value)} ${unit}`;
  return date === null ? amount : `${amount} (${formatDate(date, language)})`;
}

/** The IEP's goals, each with its baseline, target, how it is measured and when progress is reported. */
/** The goals of an IEP; with `progressPlanId`, each goal links to its progress data and graph. */
export function GoalList({
  goals,
  headingLevel,
  progressPlanId,
}: {
  goals: readonly IepGoal[];
  headingLevel: 3 | 4;
  progressPlanId?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (goals.length === 0) return <p>{t('iep.noGoalsYet')}</p>;
  const none = t('student.notGiven');
  return (
    <ol className="item-list">
      {goals.map((goal, index) => (
        <li key={goal.id} className="card">
          <Heading level={headingLevel}>
            {t('iep.goalTitle', { n: index + 1, area: goal.area.trim() === '' ? t('iep.goalUnnamed') : goal.area })}
          </Heading>
          <p>{goal.statement === '' ? none : goal.statement}</p>
          <dl className="facts">
            <div>
              <dt>{t('iep.goal.baseline')}</dt>
              <dd>{valueText(goal.baseline.value, goal.unit, goal.baseline.date, language, none)}</dd>
            </div>
            <div>
              <dt>{t('iep.goal.target')}</dt>
              <dd>{valueText(goal.target.value, goal.unit, goal.target.date, language, none)}</dd>
            </div>
            <div>
              <dt>{t('iep.goal.direction')}</dt>
              <dd>{t(`iep.goal.${goal.direction}`)}</dd>
            </div>
            <div>
              <dt>{t('iep.goal.measurementMethod')}</dt>
              <dd>{goal.measurementMethod === '' ? none : goal.measurementMethod}</dd>
            </div>
            <div>
              <dt>{t('iep.goal.reportingSchedule')}</dt>
              <dd>{goal.reportingSchedule === '' ? none : goal.reportingSchedule}</dd>
            </div>
          </dl>
          {progressPlanId === undefined ? null : (
            <p>
              <Link to={`/plans/${progressPlanId}/goals/${goal.id}/progress`}>
                {t('progress.goalLink', { area: goal.area.trim() === '' ? t('progress.goalUnnamed') : goal.area })}
              </Link>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
