import { useTranslation } from 'react-i18next';
import type { GoalProgress } from '../../../core/schemas/progress-data';
import type { RuleDecision } from '../../../core/schemas/progress';
import { textIn } from '../../../core/progress/format-words';
import { formatDate } from '../../i18n/format-date';
import { readingLanguageOf } from '../../i18n/languages';
import { formatProgressNumber, formatSignedNumber } from './progress-number';

/** A decision rule's answer in words, or why it has no answer yet. */
function RuleAnswer({ decision, needs }: { decision: RuleDecision | null; needs: string }) {
  const { t } = useTranslation();
  if (decision === null) return <>{t('progress.rules.noAnswer', { needs })}</>;
  return <strong>{t(`progress.rules.decision.${decision}`)}</strong>;
}

/**
 * The status in plain words (in the chosen label set's terms), the advice beside it, the sentence with the
 * numbers behind it, and what each decision rule said — so "making progress" always comes with its data.
 */
export function ProgressStatusSummary({ progress }: { progress: GoalProgress }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { analysis, label, input } = progress;
  const unit = input.unit ?? '';
  const perWeek = (value: number) =>
    unit === ''
      ? t('progress.numbers.perWeek', { value: formatSignedNumber(value, language) })
      : t('progress.numbers.perWeekUnit', { value: formatSignedNumber(value, language), unit });
  // The sentence with the numbers, in the page's reading language (the server words it in all five).
  const explanation = textIn(analysis.explanations, readingLanguageOf(language));
  return (
    <div className="progress-status-summary">
      <p className={`progress-status progress-status-${analysis.status}`}>
        <span className="progress-status-label">{t('progress.status.label')}</span>{' '}
        <strong className="progress-status-text">{label.text}</strong>
        {label.code === null ? null : <> {t('progress.status.code', { code: label.code })}</>}
      </p>
      {label.advice === null ? null : (
        <p className="progress-advice">
          <strong>{t('progress.status.advice')}</strong> {label.advice}
        </p>
      )}
      <p>{explanation}</p>
      <h3>{t('progress.numbers.title')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('progress.numbers.pointsUsed')}</dt>
          <dd>
            {t('progress.numbers.pointsUsedValue', {
              count: analysis.pointsUsed,
              date: formatDate(analysis.phaseStart, language),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('progress.numbers.goalLine')}</dt>
          <dd>{perWeek(analysis.goalSlope)}</dd>
        </div>
        <div>
          <dt>{t('progress.numbers.trend')}</dt>
          <dd>
            {analysis.trend === null
              ? t('progress.numbers.noTrend')
              : t('progress.numbers.trendValue', {
                  slope: perWeek(analysis.trend.slope),
                  low: formatSignedNumber(analysis.trend.slopeLow, language),
                  high: formatSignedNumber(analysis.trend.slopeHigh, language),
                })}
          </dd>
        </div>
        {analysis.projection === null ? null : (
          <div>
            <dt>
              {t(analysis.isPastGoalDate ? 'progress.numbers.projectionPast' : 'progress.numbers.projection', {
                date: formatDate(input.goal.date, language),
              })}
            </dt>
            <dd>
              {t('progress.numbers.projectionValue', {
                value: formatProgressNumber(analysis.projection, language, 1),
                goal: formatProgressNumber(input.goal.value, language),
              })}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('progress.rules.fourPoint')}</dt>
          <dd>
            <RuleAnswer decision={analysis.rules.fourPoint} needs={t('progress.rules.fourPointNeeds')} />
          </dd>
        </div>
        <div>
          <dt>{t('progress.rules.trend')}</dt>
          <dd>
            <RuleAnswer decision={analysis.rules.trend} needs={t('progress.rules.trendNeeds')} />
          </dd>
        </div>
      </dl>
    </div>
  );
}
