import type { ScaleLinear } from 'd3-scale';
import { addDays } from '../calendar/add-days';
import { formatNumber, formatShortDate } from '../progress/format-words';
import type { Language } from '../progress/format-words';
import { CHART_STYLE as S } from './chart-palette';
import { chartText } from './chart-symbols';
import { svgElement as el } from './svg-element';

type Scale = ScaleLinear<number, number>;

/** The y axis with light grid lines, tick values and the unit as its title. */
export function yAxis(y: Scale, plotRight: number, plotLeft: number, title: string): string {
  const [bottom, top] = y.range() as [number, number];
  const ticks = y.ticks(6);
  return el('g', { 'data-series': 'y-axis' }, [
    ...ticks.map((t) =>
      el('line', { x1: plotLeft, x2: plotRight, y1: y(t), y2: y(t), stroke: S.grid, 'stroke-width': 1 }),
    ),
    el('line', { x1: plotLeft, x2: plotLeft, y1: top, y2: bottom, stroke: S.axis, 'stroke-width': 1 }),
    ...ticks.flatMap((t) => [
      el('line', { x1: plotLeft - 5, x2: plotLeft, y1: y(t), y2: y(t), stroke: S.axis, 'stroke-width': 1 }),
      chartText(plotLeft - 8, y(t) + 4, formatNumber(t), { 'text-anchor': 'end' }),
    ]),
    chartText(0, 0, title, {
      'text-anchor': 'middle',
      transform: `translate(16 ${String((top + bottom) / 2)}) rotate(-90)`,
    }),
  ]);
}

/** The x axis in whole weeks since the baseline, each tick with its date under it. */
export function xAxis(x: Scale, bottom: number, baselineDate: string, language: Language, title: string): string {
  const [left, right] = x.range() as [number, number];
  const ticks = x.ticks(8).filter((t) => Number.isInteger(t));
  return el('g', { 'data-series': 'x-axis' }, [
    el('line', { x1: left, x2: right, y1: bottom, y2: bottom, stroke: S.axis, 'stroke-width': 1 }),
    ...ticks.flatMap((t) => [
      el('line', { x1: x(t), x2: x(t), y1: bottom, y2: bottom + 5, stroke: S.axis, 'stroke-width': 1 }),
      chartText(x(t), bottom + 17, String(t), { 'text-anchor': 'middle' }),
      chartText(x(t), bottom + 30, formatShortDate(addDays(baselineDate, t * 7), language), {
        'text-anchor': 'middle',
        'font-size': S.fontSize - 2,
      }),
    ]),
    chartText((left + right) / 2, bottom + 48, title, { 'text-anchor': 'middle' }),
  ]);
}
