import { formatLongDate } from '../calendar/format-long-date';
import type { ProgressAnalysis, ProgressInput } from '../schemas/progress';
import { formatNumber, textIn } from '../progress/format-words';
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
    sentence: textIn(analysis.explanations, language),
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
  const count = String(rows.length);
  const phases = String(phaseCount);
  const from = first === undefined ? '' : formatLongDate(first.date, language);
  const to = last === undefined ? '' : formatLongDate(last.date, language);
  const none = first === undefined || last === undefined;
  switch (language) {
    case 'en': {
      const span = none ? 'no scores yet' : `${count} ${rows.length === 1 ? 'score' : 'scores'} from ${from} to ${to}`;
      const changes =
        phaseCount === 0 ? '' : `, with ${phases} ${phaseCount === 1 ? 'change' : 'changes'} in instruction`;
      return `Graph of ${span}${changes}; the goal line runs from the baseline of ${b} on ${bDate} to the goal of ${g} on ${gDate}.`;
    }
    case 'es': {
      const span = none
        ? 'todavía sin resultados'
        : `${count} ${rows.length === 1 ? 'resultado' : 'resultados'} del ${from} al ${to}`;
      const changes =
        phaseCount === 0 ? '' : `, con ${phases} ${phaseCount === 1 ? 'cambio' : 'cambios'} de instrucción`;
      return `Gráfica de ${span}${changes}; la línea de la meta va de la línea de base de ${b} el ${bDate} a la meta de ${g} el ${gDate}.`;
    }
    case 'vi': {
      const span = none ? 'chưa có điểm số nào' : `${count} điểm số từ ngày ${from} đến ngày ${to}`;
      const changes = phaseCount === 0 ? '' : `, với ${phases} lần thay đổi cách giảng dạy`;
      return `Biểu đồ gồm ${span}${changes}; đường mục tiêu đi từ mức cơ sở ${b} vào ngày ${bDate} đến mục tiêu ${g} vào ngày ${gDate}.`;
    }
    case 'zh-Hans': {
      const span = none ? '尚无分数' : `${from}至${to}的 ${count} 个分数`;
      const changes = phaseCount === 0 ? '' : `，其间教学调整 ${phases} 次`;
      return `图表显示${span}${changes}；目标线从${bDate}的基线 ${b} 延伸到${gDate}的目标 ${g}。`;
    }
    case 'ar': {
      const span = none ? 'لا توجد نتائج بعد' : `نتائج عددها ${count}، من ${from} إلى ${to}`;
      const changes = phaseCount === 0 ? '' : `، مع تغييرات في طريقة التدريس عددها ${phases}`;
      return `رسم بياني يعرض ${span}${changes}؛ ويمتد خط الهدف من خط الأساس ${b} في ${bDate} إلى الهدف ${g} في ${gDate}.`;
    }
  }
}
