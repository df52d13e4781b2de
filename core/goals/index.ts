/**
 * The goal measurability checker and the present-levels checker (spec/progress.md "Goal checker";
 * methods.md section 2). They flag; they never reject.
 */
export { checkGoal } from './check-goal';
export { checkPresentLevels } from './check-present-levels';
export { detectLanguage } from './detect-language';
export { GOAL_LEXICON_EN } from './goal-lexicon-en';
export { GOAL_LEXICON_ES } from './goal-lexicon-es';
export { VAGUE_REASONS } from './goal-lexicon';
export type { BehaviorLexicon, BilingualText, GoalLexicon, VagueEntry } from './goal-lexicon';
export { PRESENT_LEVELS_LEXICONS } from './present-levels-lexicon';
export type { PresentLevelsLexicon } from './present-levels-lexicon';
export { unitFamily, UNIT_FAMILIES } from './unit-family';
export type { UnitFamily } from './unit-family';
export {
  GOAL_LANGUAGES,
  VAGUE_KINDS,
  goalCheckInputSchema,
  goalCheckSchema,
  presentLevelsCheckInputSchema,
  presentLevelsCheckSchema,
} from '../schemas/goal-check';
export type {
  FoundText,
  GoalCheck,
  GoalCheckInput,
  GoalLanguage,
  PresentLevelsCheck,
  PresentLevelsCheckInput,
  VagueFinding,
  VagueKind,
} from '../schemas/goal-check';
