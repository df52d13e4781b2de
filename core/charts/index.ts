/** Progress graphs as SVG strings, for the web app and the PDF renderer alike, with their text alternative. */
export { progressChartSvg } from './progress-chart-svg';
export type { ProgressChartOptions } from './progress-chart-svg';
export { progressChartTextAlternative } from './progress-chart-text-alternative';
export type { ChartTableRow, ChartTextAlternative } from './progress-chart-text-alternative';
export { CHART_STYLE, MEANINGFUL_COLOURS } from './chart-palette';
export { escapeXml } from './svg-element';
