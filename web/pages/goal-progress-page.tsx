import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LABEL_SET_IDS, LABEL_SETS, labelSetsFor, type LabelSetId } from '../../core/progress/label-sets';
import type { Plan } from '../../core/schemas/plan';
import type { IepGoal } from '../../core/schemas/iep';
import { ApiError } from '../api/client';
import {
  useGoalPhaseChanges,
  useGoalPoints,
  useGoalProgress,
  usePlanById,
  type ProgressLanguage,
} from '../api/progress';
import { useStudent } from '../api/students';
import { CsvImport } from '../components/progress/csv-import';
import { PageTitle } from '../components/app/page-title';
import { PhaseChangeSection } from '../components/progress/phase-change-section';
import { ProgressChart } from '../components/progress/progress-chart';
import { ProgressDataTable } from '../components/progress/progress-data-table';
import { ProgressPointForm } from '../components/progress/progress-point-form';
import { ProgressPointList } from '../components/progress/progress-point-list';
import { ProgressReportDownload } from '../components/progress/progress-report-download';
import { ProgressStatusSummary } from '../components/progress/progress-status-summary';
import { SelectField } from '../components/forms/select-field';
import { formatDate } from '../i18n/format-date';
import { localized } from '../i18n/localized';
import { readingLanguageOf } from '../i18n/languages';

/** The goal as the plan's newest version that has it says it (used when the goal cannot be analysed). */
function goalInPlan(plan: Plan, goalId: string): IepGoal | undefined {
  const versions = [...plan.versions].sort((a, b) => b.number - a.number);
  for (const version of versions) {
    if (version.framework !== 'iep') continue;
    const goal = version.content.goals.find((g) => g.id === goalId);
    if (goal !== undefined) return goal;
  }
  return undefined;
}

/** The English messages of the server's "this goal cannot be analysed" issues, by the key that says them. */
const GOAL_DATA_PROBLEMS: readonly (readonly [string, string])[] = [
  ['no baseline value', 'baselineValue'],
  ['no baseline date', 'baselineDate'],
  ['no target value', 'targetValue'],
  ['no target date', 'targetDate'],
  ['target date that is not after', 'targetDateOrder'],
  ['wrong side of the baseline', 'targetDirection'],
  ['more scores than one analysis takes', 'tooMuchData'],
  ['stored score outside', 'scoreOutOfRange'],
];

function valueText(value: number | null, unit: string, date: string | null, language: string, none: string): string {
  if (value === null) return none;
  const amount = unit === '' ? String(value) : `${String(value)} ${unit}`;
  return date === null ? amount : `${amount} (${formatDate(date, language)})`;
}

/**
 * A goal's progress: the goal, where it stands (status words, advice, the numbers and rules behind them), the
 * graph with its table, score entry, the scores, changes in instruction, CSV import and the progress report.
 * Route: `/plans/:planId/goals/:goalId/progress` (`?labelSet=` keeps the chosen status words in the address).
 */
export function GoalProgressPage() {
  const { t } = useTranslation();
  const { planId = '', goalId = '' } = useParams();
  const plan = usePlanById(planId);
  if (plan.isPending) {
    return (
      <>
        <PageTitle>{t('progress.loadingTitle')}</PageTitle>
        <p role="status">{t('children.loading')}</p>
      </>
    );
  }
  if (plan.isError) {
    return (
      <>
        <PageTitle>{t('progress.notFound')}</PageTitle>
        <p className="error">{t('progress.loadFailed', { message: plan.error.message })}</p>
        <p>
          <Link to="/children">{t('student.backToChildren')}</Link>
        </p>
      </>
    );
  }
  return <GoalProgressView plan={plan.data} goalId={goalId} />;
}

function GoalProgressView({ plan, goalId }: { plan: Plan; goalId: string }) {
  const { t, i18n } = useTranslation();
  const language: ProgressLanguage = readingLanguageOf(i18n.language);
  const [search, setSearch] = useSearchParams();
  const labelSetParam = search.get('labelSet');
  const labelSet: LabelSetId = LABEL_SET_IDS.find((id) => id === labelSetParam) ?? 'federal';
  const student = useStudent(plan.studentId);
  const progress = useGoalProgress(plan.id, goalId, language, labelSet);
  const points = useGoalPoints(plan.id, goalId);
  const phaseChanges = useGoalPhaseChanges(plan.id, goalId);

  const goal = progress.data?.goal ?? goalInPlan(plan, goalId);
  const name = student.data === undefined ? '' : `${student.data.givenName} ${student.data.familyName}`;
  if (goal === undefined) {
    return (
      <>
        <PageTitle>{t('progress.notFound')}</PageTitle>
        <p className="error">{t('progress.goalNotFound')}</p>
        <p>
          <Link to={`/students/${plan.studentId}/goals`}>{t('progress.backToGoals', { name })}</Link>
        </p>
      </>
    );
  }
  const area = goal.area.trim() === '' ? t('progress.goalUnnamed') : goal.area;
  const title = t('progress.title', { area });
  const none = t('student.notGiven');
  const goalDataError = progress.error instanceof ApiError && progress.error.status === 409 ? progress.error : null;

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/students/${plan.studentId}/goals`}>
          {name === '' ? t('progress.backToGoalsUnnamed') : t('progress.backToGoals', { name })}
        </Link>
      </p>
      <PageTitle documentTitle={name === '' ? title : `${title} · ${name}`}>{title}</PageTitle>
      <section aria-labelledby="goal-title" className="card">
        <h2 id="goal-title">{t('progress.goalTitle')}</h2>
        <p className="goal-statement">{goal.statement === '' ? none : goal.statement}</p>
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
            <dt>{t('iep.goal.measurementMethod')}</dt>
            <dd>{goal.measurementMethod === '' ? none : goal.measurementMethod}</dd>
          </div>
          {progress.data === undefined ? null : (
            <div>
              <dt>{t('progress.fromVersion')}</dt>
              <dd>{t('plan.versionN', { n: progress.data.versionNumber })}</dd>
            </div>
          )}
        </dl>
      </section>

      <section aria-labelledby="status-title">
        <h2 id="status-title">{t('progress.statusTitle')}</h2>
        <SelectField
          id="progress-labelSet"
          label={t('progress.labelSet')}
          hint={t('progress.labelSetHint', { source: LABEL_SETS[labelSet].source })}
          value={labelSet}
          options={labelSetsFor(student.data?.jurisdiction).map((id) => ({
            value: id,
            label: localized(LABEL_SETS[id].name, language),
          }))}
          onChange={(value) => {
            const next = new URLSearchParams(search);
            if (value === 'federal') next.delete('labelSet');
            else next.set('labelSet', value);
            setSearch(next, { replace: true, preventScrollReset: true });
          }}
        />
        {progress.isPending ? <p role="status">{t('children.loading')}</p> : null}
        {goalDataError !== null && goalDataError.issues.length === 0 ? (
          <p className="notice goal-data-problem">
            {goalDataError.message.includes('no final version')
              ? t('progress.noFinalVersion')
              : t('progress.cannotAnalyseBecause', { message: goalDataError.message })}
          </p>
        ) : null}
        {goalDataError !== null && goalDataError.issues.length > 0 ? (
          <div className="notice goal-data-problem">
            <p>{t('progress.cannotAnalyse')}</p>
            <ul className="compact-list">
              {goalDataError.issues.map((issue) => {
                const key = GOAL_DATA_PROBLEMS.find(([fragment]) => issue.message.includes(fragment))?.[1];
                return (
                  <li key={`${issue.field}:${issue.message}`}>
                    {key === undefined ? issue.message : t(`progress.goalData.${key}`)}
                  </li>
                );
              })}
            </ul>
            <p>{t('progress.cannotAnalyseFix')}</p>
          </div>
        ) : null}
        {progress.isError && goalDataError === null ? (
          <p className="error">{t('progress.analysisFailed', { message: progress.error.message })}</p>
        ) : null}
        {progress.data === undefined ? null : (
          <>
            <ProgressStatusSummary progress={progress.data} />
            <h3>{t('progress.chartTitle')}</h3>
            <ProgressChart svg={progress.data.chartSvg} caption={progress.data.textAlternative.sentence} />
            <ProgressDataTable progress={progress.data} />
          </>
        )}
      </section>

      <div className="card">
        <ProgressPointForm planId={plan.id} goalId={goalId} unit={goal.unit} />
      </div>

      {points.data === undefined ? (
        points.isError ? (
          <p className="error">{t('progress.points.loadFailed', { message: points.error.message })}</p>
        ) : null
      ) : (
        <ProgressPointList planId={plan.id} goalId={goalId} points={points.data} unit={goal.unit} />
      )}

      <div className="card">
        <CsvImport planId={plan.id} goalId={goalId} />
      </div>

      {phaseChanges.data === undefined ? null : (
        <PhaseChangeSection planId={plan.id} goalId={goalId} phaseChanges={phaseChanges.data} />
      )}

      <div className="card">
        <ProgressReportDownload planId={plan.id} labelSet={labelSet} />
      </div>
    </>
  );
}
