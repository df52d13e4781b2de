import { progressChartSvg } from '../charts/progress-chart-svg';
import { progressChartTextAlternative } from '../charts/progress-chart-text-alternative';
import type { ChartTextAlternative } from '../charts/progress-chart-text-alternative';
import type { ProgressAnalysis, ProgressInput } from '../schemas/progress';
import { analyzeProgress } from './analyze-progress';
import type { Language } from './format-words';
import type { LabelSetId } from './label-sets';
import { progressStatusLabel } from './progress-status-label';
import type { StatusLabel } from './progress-status-label';

/** A goal's progress as people see it: the analysis, its status in a label set's words, the graph and its text. */
export interface GoalProgressView {
  readonly analysis: ProgressAnalysis;
  readonly label: StatusLabel;
  readonly chartSvg: string;
  readonly textAlternative: ChartTextAlternative;
}

export interface GoalProgressViewOptions {
  readonly asOf: string;
  readonly language: Language;
  readonly labelSet: LabelSetId;
  /** Makes the graph's `<title>`/`<desc>` ids unique when several graphs share a page. */
  readonly idPrefix?: string;
}

/**
 * Analyses a goal's data as of a date and says it every way it is shown: the status in the chosen label set
 * and language, the graph (the same SVG string on screen and in the PDF) and the graph's text alternative.
 */
export function goalProgressView(input: ProgressInput, options: GoalProgressViewOptions): GoalProgressView {
  const analysis = analyzeProgress(input, options.asOf);
  return {
    analysis,
    label: progressStatusLabel(analysis, { labelSet: options.labelSet, language: options.language }),
    chartSvg: progressChartSvg(input, analysis, {
      language: options.language,
      asOf: options.asOf,
      ...(options.idPrefix === undefined ? {} : { idPrefix: options.idPrefix }),
    }),
    textAlternative: progressChartTextAlternative(input, analysis, options.language),
  };
}
