import type { ProgressAnalysis, ProgressInput, ProgressStatus, RuleDecision, TrendFit } from '../schemas/progress';
import { compareProgress } from './compare-progress';
import { addDays, daysBetween } from '../calendar/add-days';
import { explainProgress } from './explain-progress';
import { fitTrend } from './fit-trend';
import { median } from './median';

/** Minimums of docs/progress-methods.md 1.4–1.5. */
const MIN_POINTS_FOR_STATUS = 6;
const MIN_POINTS_FOR_TREND_RULE = 8;
const MIN_DAYS_IN_PHASE = 21;
/** A trend that needs longer than this to reach the goal is reported as never reaching it. */
const MAX_REACH_DAYS = 100 * 365;

/**
 * Judges progress toward one IEP goal as of a date, exactly as docs/progress-methods.md defines it: aim line, OLS trend
 * with its 95% slope interval, Tukey slope, four-point and trend rules, projection, and a status decided in the
 * spec's order, with one sentence (English and Spanish) giving the numbers behind it.
 *
 * `input` is what `parseProgressInput` accepts (the goal date after the baseline date). Points after `asOf` and
 * phase changes after `asOf` are ignored. A point dated on the latest phase change belongs to the old phase: only
 * points strictly after it are used. "At or beyond" and "on the line" allow a relative 1e-9 for floating-point
 * noise (see `compareProgress`). Numbers are left unrounded.
 *
 * @example analyzeProgress(parsed.value, '2026-03-09').status // 'not-on-track'
 */
export function analyzeProgress(input: ProgressInput, asOf: string): ProgressAnalysis {
  const { direction, baseline, goal } = input;
  const isIntroduced = input.introduced ?? true;
  const weekOf = (date: string): number => daysBetween(baseline.date, date) / 7;
  const goalWeeks = weekOf(goal.date);
  const goalSlope = (goal.value - baseline.value) / goalWeeks;
  const aim = (x: number): number => baseline.value + goalSlope * x;

  const known = input.points.filter((p) => p.date <= asOf).sort((a, b) => compareStrings(a.date, b.date));
  const latestPhaseChange = (input.phaseChanges ?? [])
    .filter((d) => d <= asOf)
    .reduce<string | null>((latest, d) => (latest === null || d > latest ? d : latest), null);
  const used = latestPhaseChange === null ? known : known.filter((p) => p.date > latestPhaseChange);
  const phaseStart = latestPhaseChange ?? baseline.date;
  const daysInPhase = daysBetween(phaseStart, asOf);

  const trend = fitTrend(used.map((p) => ({ x: weekOf(p.date), y: p.value })));
  const projection = trend === null ? null : trend.intercept + trend.slope * goalWeeks;

  const hasPhaseTime = daysInPhase >= MIN_DAYS_IN_PHASE;
  const lastFour = used.slice(-4);
  const fourPoint =
    used.length >= MIN_POINTS_FOR_STATUS && hasPhaseTime
      ? fourPointDecision(lastFour.map((p) => compareProgress(p.value, aim(weekOf(p.date)), direction)))
      : null;
  const trendRule =
    used.length >= MIN_POINTS_FOR_TREND_RULE && trend !== null ? trendDecision(trend, goalSlope, input) : null;

  const lastThree = known.slice(-3).map((p) => p.value);
  const medianOfLastThree = lastThree.length === 3 ? median(lastThree) : null;

  const status = decideStatus({
    isIntroduced,
    hasEnoughData: used.length >= MIN_POINTS_FOR_STATUS && hasPhaseTime,
    isGoalMet: medianOfLastThree !== null && compareProgress(medianOfLastThree, goal.value, direction) !== 'worse',
    isOffTrack: fourPoint === 'change-instruction' || trendRule === 'change-instruction',
    isOnTrack:
      (trend !== null && compareProgress(worstSlope(trend, input), goalSlope, direction) !== 'worse') ||
      (projection !== null && compareProgress(projection, goal.value, direction) !== 'worse'),
  });

  const regression =
    status === 'not-on-track' &&
    medianOfLastThree !== null &&
    compareProgress(medianOfLastThree, baseline.value, direction) === 'worse';
  // docs/progress-methods.md 1.7: NO_PROGRESS when the slope interval does not rule out zero growth (or worse).
  const noProgress =
    status === 'not-on-track' && trend !== null && compareProgress(worstSlope(trend, input), 0, direction) !== 'better';
  const isJudged = status !== 'not-introduced' && status !== 'insufficient-data';
  const advice = isJudged && (fourPoint === 'raise-goal' || trendRule === 'raise-goal') ? 'raise-goal' : null;
  const span = goal.value - baseline.value;
  const percent = medianOfLastThree === null || span === 0 ? null : ((medianOfLastThree - baseline.value) / span) * 100;
  // A span of a few denormals divides into Infinity: no percentage is meaningful there.
  const percentOfGoalMet = percent !== null && Number.isFinite(percent) ? percent : null;

  const judged: Omit<ProgressAnalysis, 'explanation' | 'explanationEs' | 'explanations'> = {
    pointsUsed: used.length,
    goalSlope,
    trend,
    projection,
    rules: { fourPoint, trend: trendRule },
    status,
    regression,
    advice,
    noProgress,
    asOf,
    direction,
    goalWeeks,
    phaseStart,
    weeksInPhase: daysInPhase / 7,
    medianOfLastThree,
    percentOfGoalMet,
    isPastGoalDate: asOf > goal.date,
    reachDate: reachDate(trend, input),
  };
  const explanation = explainProgress(input, judged, { lastFour, latestPhaseChange });
  return { ...judged, explanation: explanation.en, explanationEs: explanation.es, explanations: explanation };
}

interface StatusFacts {
  readonly isIntroduced: boolean;
  readonly hasEnoughData: boolean;
  readonly isGoalMet: boolean;
  readonly isOffTrack: boolean;
  readonly isOnTrack: boolean;
}

/** The spec's status order, 1 to 6: the first that applies wins. */
function decideStatus(facts: StatusFacts): ProgressStatus {
  if (!facts.isIntroduced) return 'not-introduced';
  if (!facts.hasEnoughData) return 'insufficient-data';
  if (facts.isGoalMet) return 'goal-met';
  if (facts.isOffTrack) return 'not-on-track';
  if (facts.isOnTrack) return 'on-track';
  return 'unclear';
}

/** Four-point rule on the standings of the 4 most recent points against the aim line. */
function fourPointDecision(standings: readonly string[]): RuleDecision {
  if (standings.every((s) => s === 'better')) return 'raise-goal';
  if (standings.every((s) => s === 'worse')) return 'change-instruction';
  return 'continue';
}

/** Trend rule: the whole 95% slope interval on one side of the goal slope. */
function trendDecision(trend: TrendFit, goalSlope: number, input: ProgressInput): RuleDecision {
  if (compareProgress(bestSlope(trend, input), goalSlope, input.direction) === 'worse') return 'change-instruction';
  if (compareProgress(worstSlope(trend, input), goalSlope, input.direction) === 'better') return 'raise-goal';
  return 'continue';
}

/** The end of the slope interval least favourable to the student (the lower end for an increase goal). */
function worstSlope(trend: TrendFit, input: ProgressInput): number {
  return input.direction === 'increase' ? trend.slopeLow : trend.slopeHigh;
}

function bestSlope(trend: TrendFit, input: ProgressInput): number {
  return input.direction === 'increase' ? trend.slopeHigh : trend.slopeLow;
}

/** The date the OLS trend meets the goal value, when it is heading toward it. */
function reachDate(trend: TrendFit | null, input: ProgressInput): string | null {
  if (trend === null || compareProgress(trend.slope, 0, input.direction) !== 'better') return null;
  const days = Math.round(((input.goal.value - trend.intercept) / trend.slope) * 7);
  if (!Number.isFinite(days) || days <= 0 || days > MAX_REACH_DAYS) return null;
  return addDays(input.baseline.date, days);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
