import type { GoalLanguage, VagueKind } from '../schemas/goal-check';
import type { BehaviorLexicon, GoalLexicon } from './goal-lexicon';
import { GOAL_LEXICON_EN } from './goal-lexicon-en';
import { GOAL_LEXICON_ES } from './goal-lexicon-es';
import { compilePattern, compilePatterns } from './text-patterns';

/** A lexicon with its patterns compiled, built once per language. */
export interface CompiledLexicon {
  readonly timeframe: readonly RegExp[];
  readonly condition: readonly RegExp[];
  readonly criterion: readonly RegExp[];
  readonly measurement: readonly RegExp[];
  readonly baseline: readonly RegExp[];
  readonly behavior: BehaviorLexicon;
  readonly vague: readonly { readonly pattern: RegExp; readonly kind: VagueKind }[];
}

function compile(lexicon: GoalLexicon): CompiledLexicon {
  return {
    timeframe: compilePatterns(lexicon.timeframe),
    condition: compilePatterns(lexicon.condition),
    criterion: compilePatterns(lexicon.criterion),
    measurement: compilePatterns(lexicon.measurement),
    baseline: compilePatterns(lexicon.baseline),
    behavior: lexicon.behavior,
    vague: lexicon.vague.map((entry) => ({ pattern: compilePattern(entry.pattern), kind: entry.kind })),
  };
}

/** The goal lexicons, compiled. */
export const COMPILED_LEXICONS: Readonly<Record<GoalLanguage, CompiledLexicon>> = {
  en: compile(GOAL_LEXICON_EN),
  es: compile(GOAL_LEXICON_ES),
};
