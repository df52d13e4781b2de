import { formatLongDate } from '../calendar/format-long-date';
import type { ProgressAnalysis, ProgressInput, ProgressPoint } from '../schemas/progress';
import { compareProgress } from './compare-progress';
import { formatNumber as n } from './format-words';
import type { LocalizedText } from './format-words';

/** What the sentence needs beyond the analysis itself. */
export interface ExplanationContext {
  readonly lastFour: readonly ProgressPoint[];
  readonly latestPhaseChange: string | null;
}

type Judged = Omit<ProgressAnalysis, 'explanation' | 'explanationEs'>;

/**
 * One sentence, in English and Spanish, stating the status and the numbers behind it (docs/progress-methods.md 2.6: every
 * status prints its numbers; "making progress" without data is an opinion).
 */
export function explainProgress(input: ProgressInput, analysis: Judged, context: ExplanationContext): LocalizedText {
  const sentence = explainStatus(input, analysis, context);
  if (analysis.advice !== 'raise-goal') return sentence;
  return {
    en: `${sentence.en.slice(0, -1)}; the data suggest the team could raise the goal.`,
    es: `${sentence.es.slice(0, -1)}; los datos sugieren que el equipo podría subir la meta.`,
  };
}

function explainStatus(input: ProgressInput, a: Judged, context: ExplanationContext): LocalizedText {
  const isIncrease = input.direction === 'increase';
  const goal = n(input.goal.value);
  const goalDate = { en: formatLongDate(input.goal.date, 'en'), es: formatLongDate(input.goal.date, 'es') };
  switch (a.status) {
    case 'not-introduced':
      return {
        en: 'Not introduced yet: work on this goal has not started, so progress is not judged.',
        es: 'Todavía no se ha introducido: el trabajo en esta meta no ha empezado, así que no se juzga el progreso.',
      };
    case 'insufficient-data': {
      const weeks = n(Math.max(0, a.weeksInPhase));
      const since = {
        en:
          context.latestPhaseChange === null
            ? `the baseline on ${formatLongDate(a.phaseStart, 'en')}`
            : `the last change in instruction on ${formatLongDate(a.phaseStart, 'en')}`,
        es:
          context.latestPhaseChange === null
            ? `la línea de base del ${formatLongDate(a.phaseStart, 'es')}`
            : `el último cambio de instrucción del ${formatLongDate(a.phaseStart, 'es')}`,
      };
      return {
        en: `Not enough data yet: ${String(a.pointsUsed)} ${plural(a.pointsUsed, 'data point', 'data points')} over ${weeks} ${plural(Number(weeks), 'week', 'weeks')} since ${since.en}; a judgement needs at least 6 points over at least 3 weeks.`,
        es: `Todavía no hay suficientes datos: ${String(a.pointsUsed)} ${plural(a.pointsUsed, 'dato', 'datos')} en ${weeks} ${plural(Number(weeks), 'semana', 'semanas')} desde ${since.es}; para juzgar hacen falta al menos 6 datos en al menos 3 semanas.`,
      };
    }
    case 'goal-met':
      return {
        en: `Goal met: the median of the last 3 scores is ${n(a.medianOfLastThree ?? 0)}, ${isIncrease ? 'at or above' : 'at or below'} the goal of ${goal}.`,
        es: `Meta alcanzada: la mediana de los últimos 3 resultados es ${n(a.medianOfLastThree ?? 0)}, ${isIncrease ? 'igual o superior a' : 'igual o inferior a'} la meta de ${goal}.`,
      };
    case 'not-on-track': {
      const reasons: LocalizedText[] = [];
      if (a.rules.fourPoint === 'change-instruction') {
        const values = context.lastFour.map((p) => n(p.value)).join(', ');
        reasons.push({
          en: `the last 4 scores (${values}) are all ${isIncrease ? 'below' : 'above'} the goal line`,
          es: `los últimos 4 resultados (${values}) están todos ${isIncrease ? 'por debajo de' : 'por encima de'} la línea de la meta`,
        });
      }
      if (a.rules.trend === 'change-instruction') reasons.push(trendClause(a, 'falls short of'));
      const regression: LocalizedText = a.regression
        ? {
            en: `, and the median of the last 3 scores (${n(a.medianOfLastThree ?? 0)}) is worse than the baseline of ${n(input.baseline.value)}`,
            es: `, y la mediana de los últimos 3 resultados (${n(a.medianOfLastThree ?? 0)}) es peor que la línea de base de ${n(input.baseline.value)}`,
          }
        : { en: '', es: '' };
      return {
        en: `Not making sufficient progress to meet the goal: ${reasons.map((r) => r.en).join(', and ')}${projectionClause(a, input.goal.value, goalDate).en}${regression.en}.`,
        es: `No avanza lo suficiente para alcanzar la meta: ${reasons.map((r) => r.es).join(', y ')}${projectionClause(a, input.goal.value, goalDate).es}${regression.es}.`,
      };
    }
    case 'on-track': {
      const reasons: LocalizedText[] = [];
      if (worstSlopeMeetsGoal(a)) {
        reasons.push(trendClause(a, 'is at least'));
      }
      const projection = projectionWords(a, input.goal.value, goalDate);
      return {
        en: `Making sufficient progress to meet the goal: ${[...reasons.map((r) => r.en), projection.en].join(', and ')}.`,
        es: `Avanza lo suficiente para alcanzar la meta: ${[...reasons.map((r) => r.es), projection.es].join(', y ')}.`,
      };
    }
    case 'unclear': {
      const trend = trendClause(a, 'may be above or below');
      const reach =
        a.reachDate === null
          ? { en: '', es: '' }
          : {
              en: `, reaching ${goal} around ${formatLongDate(a.reachDate, 'en')}`,
              es: `, y llegaría a ${goal} alrededor del ${formatLongDate(a.reachDate, 'es')}`,
            };
      return {
        en: `Not yet clear whether progress is enough to meet the goal: ${trend.en}${projectionClause(a, input.goal.value, goalDate).en}${reach.en}; keep collecting data.`,
        es: `Todavía no está claro si el progreso basta para alcanzar la meta: ${trend.es}${projectionClause(a, input.goal.value, goalDate).es}${reach.es}; siga recogiendo datos.`,
      };
    }
  }
}

type Comparison = 'falls short of' | 'is at least' | 'may be above or below';

const COMPARISON_ES: Readonly<Record<Comparison, string>> = {
  'falls short of': 'no alcanza',
  'is at least': 'alcanza o supera',
  'may be above or below': 'puede estar por encima o por debajo de',
};

/** "the trend of 1.4 per week (95% interval 0.83 to 1.97) falls short of the 2 per week the goal needs". */
function trendClause(a: Judged, comparison: Comparison): LocalizedText {
  const t = a.trend;
  if (t === null) return { en: 'there is no trend yet', es: 'todavía no hay tendencia' };
  const slope = n(t.slope);
  const low = n(t.slopeLow);
  const high = n(t.slopeHigh);
  const goal = n(a.goalSlope);
  return {
    en: `the trend of ${slope} per week (95% interval ${low} to ${high}) ${comparison} the ${goal} per week the goal needs`,
    es: `la tendencia de ${slope} por semana (intervalo del 95%: ${low} a ${high}) ${COMPARISON_ES[comparison]} los ${goal} por semana que necesita la meta`,
  };
}

function projectionClause(a: Judged, goal: number, goalDate: LocalizedText): LocalizedText {
  if (a.projection === null) return { en: '', es: '' };
  const words = projectionWords(a, goal, goalDate);
  return { en: `; ${words.en}`, es: `; ${words.es}` };
}

/**
 * Where the trend stands on the goal date: "would be" while that date is ahead of the as-of date, and in the past
 * tense once it has gone by ("the goal was due on ...; the trend reached / did not reach it").
 */
function projectionWords(a: Judged, goal: number, goalDate: LocalizedText): LocalizedText {
  const projection = n(a.projection ?? 0);
  if (!a.isPastGoalDate) {
    return {
      en: `at this rate the score would be ${projection} on ${goalDate.en} (goal: ${n(goal)})`,
      es: `a este ritmo el resultado sería ${projection} el ${goalDate.es} (meta: ${n(goal)})`,
    };
  }
  const reached = compareProgress(a.projection ?? 0, goal, a.direction) !== 'worse';
  return reached
    ? {
        en: `the goal was due on ${goalDate.en}, and the trend reached ${projection} by then (goal: ${n(goal)})`,
        es: `la meta vencía el ${goalDate.es}, y la tendencia llegó a ${projection} para entonces (meta: ${n(goal)})`,
      }
    : {
        en: `the goal was due on ${goalDate.en}, and the trend did not reach it: it was at ${projection} by then (goal: ${n(goal)})`,
        es: `la meta vencía el ${goalDate.es}, y la tendencia no la alcanzó: estaba en ${projection} para entonces (meta: ${n(goal)})`,
      };
}

function worstSlopeMeetsGoal(a: Judged): boolean {
  if (a.trend === null) return false;
  const worst = a.direction === 'increase' ? a.trend.slopeLow : a.trend.slopeHigh;
  return compareProgress(worst, a.goalSlope, a.direction) !== 'worse';
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
