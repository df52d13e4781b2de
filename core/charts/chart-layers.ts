import type { ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { ProgressInput } from '../schemas/progress';
import { formatNumber, formatShortDate } from '../progress/format-words';
import type { Language } from '../progress/format-words';
import { CHART_STYLE as S } from './chart-palette';
import type { ChartData } from './chart-points';
import { chartText, square, triangle } from './chart-symbols';
import type { ChartWords } from './chart-words';
import { svgElement as el } from './svg-element';

/** The scales and the plot's top and bottom edges. */
export interface ChartFrame {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly top: number;
  readonly bottom: number;
}

/** The OLS line over the weeks of the points used, with the half-width of its 95% confidence band. */
export interface TrendLine {
  readonly from: number;
  readonly to: number;
  readonly at: (week: number) => number;
  readonly halfBand: (week: number) => number;
}

const BAND_SAMPLES = 24;

function path(frame: ChartFrame, points: readonly (readonly [number, number])[]): string | null {
  return line<readonly [number, number]>()
    .x((d) => frame.x(d[0]))
    .y((d) => frame.y(d[1]))(points);
}

/** Weeks at which the band is sampled (it is curved: widest far from the mean week). */
export function bandWeeks(trend: TrendLine): number[] {
  return Array.from({ length: BAND_SAMPLES + 1 }, (_, i) => trend.from + ((trend.to - trend.from) * i) / BAND_SAMPLES);
}

/** The 95% confidence band of the trend line, as a filled area. */
export function trendBand(frame: ChartFrame, trend: TrendLine): string {
  const d = area<number>()
    .x((w) => frame.x(w))
    .y0((w) => frame.y(trend.at(w) - trend.halfBand(w)))
    .y1((w) => frame.y(trend.at(w) + trend.halfBand(w)))(bandWeeks(trend));
  return d === null ? '' : el('path', { d, fill: S.band.fill, 'fill-opacity': S.band.opacity, 'data-series': 'band' });
}

/** A dashed vertical line per phase change, labelled with its date (labels alternate height so they can't collide). */
export function phaseLines(frame: ChartFrame, data: ChartData, words: ChartWords, language: Language): string {
  return el(
    'g',
    { 'data-series': 'phase-changes' },
    data.phaseChanges.flatMap((phase, i) => [
      el('line', {
        x1: frame.x(phase.week),
        x2: frame.x(phase.week),
        y1: frame.top,
        y2: frame.bottom,
        stroke: S.phase.stroke,
        'stroke-width': S.phase.width,
        'stroke-dasharray': S.phase.dash,
      }),
      chartText(
        frame.x(phase.week) + 4,
        frame.top - 6 + (i % 2) * 12,
        `${words.change}: ${formatShortDate(phase.date, language)}`,
        { 'font-size': S.fontSize - 1 },
      ),
    ]),
  );
}

/** The aim line from the baseline to the goal. */
export function aimLine(frame: ChartFrame, input: ProgressInput, goalWeeks: number): string {
  const d = path(frame, [
    [0, input.baseline.value],
    [goalWeeks, input.goal.value],
  ]);
  return d === null
    ? ''
    : el('path', { d, fill: 'none', stroke: S.aim.stroke, 'stroke-width': S.aim.width, 'data-series': 'aim' });
}

/** The dashed trend over the points used, and the dotted projection from there to the goal date. */
export function trendLines(frame: ChartFrame, trend: TrendLine, goalWeeks: number): string {
  const parts: string[] = [];
  const trendPath = path(frame, [
    [trend.from, trend.at(trend.from)],
    [trend.to, trend.at(trend.to)],
  ]);
  if (trendPath !== null) {
    parts.push(
      el('path', {
        d: trendPath,
        fill: 'none',
        stroke: S.trend.stroke,
        'stroke-width': S.trend.width,
        'stroke-dasharray': S.trend.dash,
        'data-series': 'trend',
      }),
    );
  }
  const projectionPath =
    goalWeeks > trend.to
      ? path(frame, [
          [trend.to, trend.at(trend.to)],
          [goalWeeks, trend.at(goalWeeks)],
        ])
      : null;
  if (projectionPath !== null) {
    parts.push(
      el('path', {
        d: projectionPath,
        fill: 'none',
        stroke: S.projection.stroke,
        'stroke-width': S.projection.width,
        'stroke-dasharray': S.projection.dash,
        'data-series': 'projection',
      }),
    );
  }
  return parts.join('');
}

/** Scores as circles (hollow before the latest phase change), joined within each phase. */
export function scoreMarks(frame: ChartFrame, data: ChartData): string {
  // Joining scores across a phase change would suggest one trend through both phases.
  const segments = new Map<number, [number, number][]>();
  for (const p of data.points) {
    const phase = data.phaseChanges.filter((c) => c.date < p.point.date).length;
    const segment = segments.get(phase) ?? [];
    segment.push([p.week, p.point.value]);
    segments.set(phase, segment);
  }
  const joins = [...segments.values()]
    .map((segment) => (segment.length > 1 ? path(frame, segment) : null))
    .filter((d): d is string => d !== null)
    .map((d) => el('path', { d, fill: 'none', stroke: S.point.stroke, 'stroke-width': 1 }));
  const circles = data.points.map((p) =>
    el('circle', {
      cx: frame.x(p.week),
      cy: frame.y(p.point.value),
      r: S.point.radius,
      fill: p.isUsed ? S.point.fill : S.background,
      stroke: S.point.stroke,
      'stroke-width': 1.5,
    }),
  );
  return el('g', { 'data-series': 'scores' }, [...joins, ...circles]);
}

/** The baseline square, the goal triangle and the goal's value. */
export function goalMarks(frame: ChartFrame, input: ProgressInput, goalWeeks: number, words: ChartWords): string {
  return [
    square(frame.x(0), frame.y(input.baseline.value), S.baseline.size, S.baseline.fill, 'baseline'),
    triangle(frame.x(goalWeeks), frame.y(input.goal.value), S.goal.size, S.goal.fill, 'goal'),
    chartText(
      frame.x(goalWeeks) - 8,
      frame.y(input.goal.value) - 10,
      `${words.goal}: ${formatNumber(input.goal.value)}`,
      {
        'text-anchor': 'end',
      },
    ),
  ].join('');
}
