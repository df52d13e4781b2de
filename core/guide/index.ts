/**
 * Understand: the IEP-vs-504 comparison and the IEP-or-504 decision guide. Pure domain code; the state's
 * numbers arrive as `JurisdictionFacts` (from `core/law`).
 */
export { comparisonFor } from './comparison-for';
export type { ComparisonCell, ComparisonRow } from './comparison-for';
export { COMPARISON_ROW_IDS, COMPARISON_ROWS } from './comparison-rows';
export type { ComparisonRowId, ComparisonRowTemplate, ComparisonCellTemplate } from './comparison-rows';
export { FACT_PLACEHOLDERS } from './fact-template';
export type { FactPlaceholder } from './fact-template';
export { guideQuestions, GUIDE_QUESTION_KINDS } from './guide-questions';
export type { GuideQuestion, GuideQuestionKind, GuideOption, GuideOptionId } from './guide-questions';
export { GUIDE_LEANINGS } from './guide-condition';
export type { GuideLeaning, GuideCondition } from './guide-condition';
export { GUIDE_DISCLAIMER } from './guide-explanations';
export { parseGuideAnswers } from './parse-guide-answers';
export type { ParseGuideAnswersResult } from './parse-guide-answers';
export { runGuide } from './run-guide';
export type { GuideResult, GuideStatement, GuideMyth, GuideStep } from './run-guide';
export { RULE_STATUS_LABELS, ruleStatusLabel } from './rule-status-label';
export { AREA_OF_CONCERN_LABELS } from './area-of-concern-labels';
export { guideAnswersSchema } from '../schemas/guide';
export type { GuideAnswers, GuideAnswersInput, GuideQuestionId } from '../schemas/guide';
