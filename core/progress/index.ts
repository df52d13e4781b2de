/**
 * Progress monitoring of IEP goals (docs/progress-methods.md): trend, aim line, decision rules, status and the words
 * for it, and reading probe data from a spreadsheet.
 */
export { analyzeProgress } from './analyze-progress';
export { parseProgressCsv, formatCsvError } from './parse-progress-csv';
export type { CsvError, ParseProgressCsvResult } from './parse-progress-csv';
export { progressStatusLabel } from './progress-status-label';
export type { StatusLabel } from './progress-status-label';
export { LABEL_SETS, LABEL_SET_IDS, FEDERAL_LABELS, RAISE_GOAL_ADVICE, STATUS_LABEL_KEYS } from './label-sets';
export type { LabelSet, LabelSetId, PercentBand, StatusLabelKey } from './label-sets';
export { fitTrend, tukeyGroupSizes, tukeyLine, theilSenSlope } from './fit-trend';
export type { XyPoint } from './fit-trend';
export { studentTQuantile, studentTCdf } from './student-t-quantile';
export { formatNumber, formatShortDate, LANGUAGES } from './format-words';
export type { Language, LocalizedText } from './format-words';
export {
  parseProgressInput,
  progressInputSchema,
  progressAnalysisSchema,
  progressPointSchema,
  trendFitSchema,
  PROGRESS_DIRECTIONS,
  PROGRESS_STATUSES,
  RULE_DECISIONS,
} from '../schemas/progress';
export type {
  ParseProgressInputResult,
  ProgressAnalysis,
  ProgressDirection,
  ProgressInput,
  ProgressPoint,
  ProgressStatus,
  RuleDecision,
  TrendFit,
} from '../schemas/progress';
