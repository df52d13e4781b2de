import { CHART_STYLE as S } from './chart-palette';
import { chartText, circlePath, square, triangle } from './chart-symbols';
import type { ChartWords } from './chart-words';
import { svgElement as el } from './svg-element';

/** Which optional marks the graph has, so the legend lists only what is drawn. */
export interface LegendFlags {
  readonly hasPhases: boolean;
  readonly hasUnused: boolean;
  readonly hasTrend: boolean;
  readonly hasProjection: boolean;
}

/** A legend laid out for a width: how many rows it needs, and how to draw it from a top edge. */
export interface LegendBlock {
  readonly rows: number;
  readonly render: (top: number) => string;
}

export const LEGEND_ROW = 18;

/** The legend: each symbol drawn as on the graph, wrapped to the width between `left` and `right`. */
export function legend(words: ChartWords, left: number, right: number, flags: LegendFlags): LegendBlock {
  const stroke =
    (style: { readonly stroke: string; readonly width: number; readonly dash: string | undefined }) =>
    (sx: number, sy: number): string =>
      el('line', {
        x1: sx,
        x2: sx + 22,
        y1: sy,
        y2: sy,
        stroke: style.stroke,
        'stroke-width': style.width,
        'stroke-dasharray': style.dash,
      });
  const items: { label: string; draw: (sx: number, sy: number) => string }[] = [
    { label: words.baseline, draw: (sx, sy) => square(sx + 11, sy, S.baseline.size, S.baseline.fill) },
    { label: words.aim, draw: (sx, sy) => stroke(S.aim)(sx, sy) + triangle(sx + 22, sy, 8, S.goal.fill) },
    { label: words.points, draw: (sx, sy) => circlePath(sx + 11, sy, S.point.radius, S.point.fill) },
  ];
  if (flags.hasUnused) {
    items.push({ label: words.unused, draw: (sx, sy) => circlePath(sx + 11, sy, S.point.radius, S.background) });
  }
  if (flags.hasTrend) {
    items.push({ label: words.trend, draw: stroke(S.trend) });
    items.push({
      label: words.band,
      draw: (sx, sy) =>
        el('rect', { x: sx, y: sy - 6, width: 22, height: 12, fill: S.band.fill, 'fill-opacity': S.band.opacity }),
    });
  }
  if (flags.hasProjection) items.push({ label: words.projection, draw: stroke(S.projection) });
  if (flags.hasPhases) {
    items.push({
      label: words.phase,
      draw: (sx, sy) =>
        el('line', {
          x1: sx + 11,
          x2: sx + 11,
          y1: sy - 7,
          y2: sy + 7,
          stroke: S.phase.stroke,
          'stroke-width': S.phase.width,
          'stroke-dasharray': S.phase.dash,
        }),
    });
  }
  const placed: { label: string; draw: (sx: number, sy: number) => string; x: number; row: number }[] = [];
  let cx = left;
  let row = 0;
  for (const item of items) {
    // A rough width: Helvetica averages a little over half the font size per character.
    const itemWidth = 30 + item.label.length * S.fontSize * 0.52 + 14;
    if (cx + itemWidth > right && cx > left) {
      cx = left;
      row++;
    }
    placed.push({ ...item, x: cx, row });
    cx += itemWidth;
  }
  return {
    rows: row + 1,
    render: (top) =>
      el(
        'g',
        { 'data-series': 'legend' },
        placed.flatMap((p) => {
          const cy = top + p.row * LEGEND_ROW + LEGEND_ROW / 2;
          return [p.draw(p.x, cy), chartText(p.x + 30, cy + 4, p.label)];
        }),
      ),
  };
}
