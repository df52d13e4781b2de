import { CHART_STYLE as S } from './chart-palette';
import { svgElement as el } from './svg-element';

/** A label in the graph's font. */
export function chartText(
  x: number,
  y: number,
  content: string,
  extra: Readonly<Record<string, string | number>> = {},
): string {
  return el('text', { x, y, fill: S.text, 'font-size': S.fontSize, 'font-family': S.fontFamily, ...extra }, content);
}

/** The baseline marker. */
export function square(cx: number, cy: number, size: number, fill: string, series?: string): string {
  return el('rect', {
    x: cx - size / 2,
    y: cy - size / 2,
    width: size,
    height: size,
    fill,
    stroke: S.background,
    'stroke-width': 1,
    'data-series': series,
  });
}

/** The goal marker, pointing up. */
export function triangle(cx: number, cy: number, size: number, fill: string, series?: string): string {
  const h = (size * Math.sqrt(3)) / 2;
  const d = `M${String(cx)},${String(cy - (2 * h) / 3)}L${String(cx + size / 2)},${String(cy + h / 3)}L${String(cx - size / 2)},${String(cy + h / 3)}Z`;
  return el('path', { d, fill, stroke: S.background, 'stroke-width': 1, 'data-series': series });
}

/** A circle drawn as a path, so that the graph's `<circle>` elements are exactly its scores. */
export function circlePath(cx: number, cy: number, r: number, fill: string): string {
  const arc = `a${String(r)},${String(r)} 0 1,0`;
  return el('path', {
    d: `M${String(cx - r)},${String(cy)}${arc} ${String(2 * r)},0${arc} ${String(-2 * r)},0Z`,
    fill,
    stroke: S.point.stroke,
    'stroke-width': 1.5,
  });
}
