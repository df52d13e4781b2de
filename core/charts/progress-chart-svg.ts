import { scaleLinear } from 'd3-scale';
import type { ProgressAnalysis, ProgressInput } from '../schemas/progress';
import type { Language } from '../progress/format-words';
import { progressStatusLabel } from '../progress/progress-status-label';
import { xAxis, yAxis } from './chart-axes';
import { aimLine, bandWeeks, goalMarks, phaseLines, scoreMarks, trendBand, trendLines } from './chart-layers';
import type { ChartFrame, TrendLine } from './chart-layers';
import { LEGEND_ROW, legend } from './chart-legend';
import { CHART_STYLE as S } from './chart-palette';
import { chartData } from './chart-points';
import { CHART_WORDS } from './chart-words';
import { progressChartTextAlternative } from './progress-chart-text-alternative';
import { svgElement as el } from './svg-element';

/** Options of `progressChartSvg`. */
export interface ProgressChartOptions {
  readonly width?: number;
  readonly height?: number;
  readonly language: Language;
  /** Points and phase changes after this date are not drawn. */
  readonly asOf: string;
  /** Prefix of the `id`s of `<title>` and `<desc>`; make it unique when a page shows several graphs. */
  readonly idPrefix?: string;
  /** Y-axis title; defaults to the input's `unit`, then "Score". */
  readonly unit?: string;
}

const MARGIN = { top: 28, right: 28, left: 64 } as const;
/** Space under the plot for tick labels, dates and the axis title; the legend's rows come below it. */
const AXIS_SPACE = 60;

/**
 * The progress graph of one goal as an SVG string (docs/progress-methods.md 2.1): baseline marker, goal (aim) line from the
 * baseline to the goal, scores, phase-change lines with labels, the OLS trend over the points used with its
 * 95% confidence band, a dotted projection to the goal date, axes (weeks with dates; the unit) and a legend.
 * Accessible (`role="img"`, `<title>` and `<desc>` via `aria-labelledby`; not colour alone) and limited to
 * plain elements with attributes, so pdfmake's `svg` node can draw the same string. Built with d3-scale and
 * d3-shape; no DOM.
 */
export function progressChartSvg(
  input: ProgressInput,
  analysis: ProgressAnalysis,
  options: ProgressChartOptions,
): string {
  const width = options.width ?? 720;
  const height = options.height ?? 420;
  const words = CHART_WORDS[options.language];
  const idPrefix = options.idPrefix ?? 'progress-chart';
  const data = chartData(input, options.asOf);
  const trend = trendLine(
    analysis,
    data.points.filter((p) => p.isUsed).map((p) => p.week),
  );
  const hasProjection = trend !== null && data.goalWeeks > trend.to;

  const legendBlock = legend(words, MARGIN.left, width - MARGIN.right, {
    hasPhases: data.phaseChanges.length > 0,
    hasUnused: data.points.some((p) => !p.isUsed),
    hasTrend: trend !== null,
    hasProjection,
  });
  const bottom = height - AXIS_SPACE - legendBlock.rows * LEGEND_ROW - 8;
  const weeks = [0, data.goalWeeks, ...data.points.map((p) => p.week), ...data.phaseChanges.map((p) => p.week)];
  const values = [
    input.baseline.value,
    input.goal.value,
    ...data.points.map((p) => p.point.value),
    ...(trend === null
      ? []
      : bandWeeks(trend).flatMap((w) => [trend.at(w) - trend.halfBand(w), trend.at(w) + trend.halfBand(w)])),
    ...(trend !== null && hasProjection ? [trend.at(data.goalWeeks)] : []),
  ];
  const frame: ChartFrame = {
    x: scaleLinear()
      .domain([Math.min(...weeks), Math.max(...weeks)])
      .range([MARGIN.left, width - MARGIN.right]),
    y: scaleLinear().domain(paddedExtent(values)).range([bottom, MARGIN.top]).nice(),
    top: MARGIN.top,
    bottom,
  };

  const status = progressStatusLabel(analysis, { language: options.language }).text;
  const alternative = progressChartTextAlternative(input, { ...analysis, asOf: options.asOf }, options.language);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${String(width)} ${String(height)}`,
      role: 'img',
      'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`,
      'font-family': S.fontFamily,
    },
    [
      el('title', { id: `${idPrefix}-title` }, words.title(status)),
      el('desc', { id: `${idPrefix}-desc` }, `${alternative.overview} ${alternative.sentence}`),
      el('rect', { x: 0, y: 0, width, height, fill: S.background }),
      yAxis(frame.y, width - MARGIN.right, MARGIN.left, options.unit ?? input.unit ?? words.score),
      xAxis(frame.x, bottom, input.baseline.date, options.language, words.weeks(input.baseline.date)),
      trend === null ? '' : trendBand(frame, trend),
      phaseLines(frame, data, words, options.language),
      aimLine(frame, input, data.goalWeeks),
      trend === null ? '' : trendLines(frame, trend, data.goalWeeks),
      scoreMarks(frame, data),
      goalMarks(frame, input, data.goalWeeks, words),
      legendBlock.render(bottom + AXIS_SPACE + 4),
    ],
  );
}

/** The analysis's OLS line over the weeks of the points used, or null when there is no trend. */
function trendLine(analysis: ProgressAnalysis, usedWeeks: readonly number[]): TrendLine | null {
  const fit = analysis.trend;
  const from = usedWeeks[0];
  const to = usedWeeks[usedWeeks.length - 1];
  if (fit === null || from === undefined || to === undefined) return null;
  const n = analysis.pointsUsed;
  return {
    from,
    to,
    at: (w) => fit.intercept + fit.slope * w,
    // Confidence band of the mean response: t · SEE · sqrt(1/n + (x − x̄)² / Sxx).
    halfBand: (w) => fit.tQuantile * fit.see * Math.sqrt(1 / n + (w - fit.meanX) ** 2 / fit.sxx),
  };
}

/** The smallest and largest value, widened by 5% so no mark sits on the frame. */
function paddedExtent(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const pad = high > low ? (high - low) * 0.05 : Math.max(1, Math.abs(high) * 0.1);
  return [low - pad, high + pad];
}
