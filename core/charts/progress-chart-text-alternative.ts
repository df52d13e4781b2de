import { formatLongDate } from '../calendar/format-long-date';
import type { ProgressAnalysis, ProgressInput } from '../schemas/progress';
import { formatNumber } from '../progress/format-words';
import type { Language } from '../progress/format-words';
import { chartData } from './chart-points';

/** One row of the table that stands in for the graph. */
export interface ChartTableRow {
  readonly date: string;
  /** Weeks since the baseline date (unrounded). */
  readonly week: number;
  readonly value: number;
  /** The aim line's value on that date (unrounded). */
  readonly aim: number;
  /** False when the score is before the latest phase change and so not in the trend. */
  readonly isUsed: boolean;
}

/** The graph in words and as a table, for screen readers and for anyone who prefers numbers. */
export interface ChartTextAlternative {
  /** One sentence: the status and the numbers behind it. */
  readonly sentence: string;
  /** What the graph shows, in one sentence (points, baseline, goal); used in the SVG's `<desc>`. */
  readonly overview: string;
  readonly rows: ChartTableRow[];
}

/**
 * The text alternative of `progressChartSvg`: the status sentence of the analysis, an overview of what is
 * drawn, and a table of the scores with the aim line's value at each date (points after the analysis's as-of
 * date are left out, as on the graph).
 */
export function progressChartTextAlternative(
  input: ProgressInput,
  analysis: ProgressAnalysis,
  language: Language,
): ChartTextAlternative {
  const data = chartData(input, analysis.asOf);
  const rows = data.points.map((p) => ({
    date: p.point.date,
    week: p.week,
    value: p.point.value,
    aim: p.aim,
    isUsed: p.isUsed,
  }));
  return {
    sentence: language === 'en' ? analysis.explanation : analysis.explanationEs,
    overview: overview(input, rows, data.phaseChanges.length, language),
    rows,
  };
}

function overview(
  input: ProgressInput,
  rows: readonly ChartTableRow[],
  phaseCount: number,
  language: Language,
): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  const b = formatNumber(input.baseline.value);
  const g = formatNumber(input.goal.value);
  const bDate = formatLongDate(input.baseline.date, language);
  const gDate = formatLongDate(input.goal.date, language);
  if (language === 'en') {
    const span =
      first === undefined || last === undefined
        ? 'no scores yet'
        : `${String(rows.length)} ${rows.length === 1 ? 'score' : 'scores'} from ${formatLongDate(first.date, 'en')} to ${formatLongDate(last.date, 'en')}`;
    const phases =
      phaseCount === 0 ? '' : `, with ${String(phaseCount)} ${phaseCount === 1 ? 'change' : 'changes'} in instruction`;
    return `Graph of ${span}${phases}; the goal line runs from the baseline of ${b} on ${bDate} to the goal of ${g} on ${gDate}.`;
  }
  const span =
    first === undefined || last === undefined
      ? 'todavía sin resultados'
      : `${String(rows.length)} ${rows.length === 1 ? 'resultado' : 'resultados'} del ${formatLongDate(first.date, 'es')} al ${formatLongDate(last.date, 'es')}`;
  const phases =
    phaseCount === 0 ? '' : `, con ${String(phaseCount)} ${phaseCount === 1 ? 'cambio' : 'cambios'} de instrucción`;
  return `Gráfica de ${span}${phases}; la línea de la meta va de la línea de base de ${b} el ${bDate} a la meta de ${g} el ${gDate}.`;
}
