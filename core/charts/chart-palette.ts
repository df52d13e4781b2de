/**
 * Colours and line patterns of the progress graph. Every colour that carries meaning has at least 3:1 contrast
 * against white (WCAG 1.4.11, checked in the tests), and no element is told apart by colour alone: the aim line
 * is solid, the trend dashed, the projection dotted, phase changes are vertical, the baseline is a square, the
 * goal a triangle and scores are circles (hollow when before the latest phase change).
 */
export const CHART_STYLE = {
  background: '#ffffff',
  text: '#1a1a1a',
  axis: '#4d4d4d',
  grid: '#e6e6e6',
  aim: { stroke: '#1f4e79', width: 2, dash: undefined },
  trend: { stroke: '#a34400', width: 2.5, dash: '7 4' },
  projection: { stroke: '#a34400', width: 2, dash: '2 4' },
  band: { fill: '#a34400', opacity: 0.14 },
  phase: { stroke: '#595959', width: 1.5, dash: '4 3' },
  point: { stroke: '#1a1a1a', fill: '#1a1a1a', radius: 4 },
  baseline: { fill: '#1f4e79', size: 9 },
  goal: { fill: '#1f4e79', size: 11 },
  fontFamily: 'Helvetica, Arial, sans-serif',
  fontSize: 11,
} as const;

/** Colours of the palette that carry meaning and must contrast with white. */
export const MEANINGFUL_COLOURS: readonly string[] = [
  CHART_STYLE.text,
  CHART_STYLE.axis,
  CHART_STYLE.aim.stroke,
  CHART_STYLE.trend.stroke,
  CHART_STYLE.projection.stroke,
  CHART_STYLE.phase.stroke,
  CHART_STYLE.point.stroke,
  CHART_STYLE.baseline.fill,
  CHART_STYLE.goal.fill,
];
