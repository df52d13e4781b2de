import type { FoundText, GoalCheck, GoalLanguage, VagueKind } from '../schemas/goal-check';
import { COMPILED_LEXICONS } from './compiled-lexicon';
import { detectLanguage } from './detect-language';
import { findBehavior } from './find-behavior';
import { findVague } from './find-vague';
import { summarizeGoal } from './goal-summary';
import { extendToClauseEnd, findAll } from './text-patterns';

/** Where a condition or measurement phrase ends: punctuation, or the start of the main clause. */
const CLAUSE_END: Readonly<Record<GoalLanguage, RegExp>> = {
  en: /[,;.:]|\s(?:will|shall)\s|\s(?:in|on|with|at|for|across|over)\s+\d/u,
  es: /[,;.:]|\s[\p{L}]+rán?(?![\p{L}])|\s(?:en|con|durante|de)\s+\d/u,
};

/** Vague findings that mean the verb phrase itself is not an observable behavior. */
const DISQUALIFYING: ReadonlySet<VagueKind> = new Set(['vague-change', 'not-observable', 'dead-man']);

/**
 * Checks whether an annual IEP goal is measurable (docs/progress-methods.md 3.1–3.2): finds its timeframe, condition, observable
 * behavior, criterion and measurement method — each with the words that showed it, or null — and flags vague
 * words with why each is a problem. `measurable` is true when timeframe, behavior and criterion are all found
 * (condition and measurement are recommended, not required). It flags, it never rejects. The language is
 * detected when not given; the summary comes in both languages.
 *
 * @example checkGoal('By June 2027, given a grade-level passage, Sam will read 90 words correct per minute in 3 of 4 weekly probes.')
 */
export function checkGoal(text: string, options: { readonly language?: GoalLanguage } = {}): GoalCheck {
  const language = options.language ?? detectLanguage(text);
  const lexicon = COMPILED_LEXICONS[language];
  const timeframe = firstOutside(text, lexicon.timeframe, []);
  const measurementStart = firstOutside(text, lexicon.measurement, []);
  const measurement =
    measurementStart === null ? null : extendToClauseEnd(text, measurementStart, CLAUSE_END[language]);
  const conditionStart = firstOutside(text, lexicon.condition, [timeframe, measurement]);
  const condition = conditionStart === null ? null : extendToClauseEnd(text, conditionStart, CLAUSE_END[language]);
  const criterion = firstOutside(text, lexicon.criterion, [timeframe, condition]);
  const vague = findVague(text, lexicon.vague);
  const disqualified = vague.filter((v) => DISQUALIFYING.has(v.kind));
  const behavior = findBehavior(text, language, lexicon.behavior, (span) =>
    disqualified.some((v) => v.start < span.end && v.end > span.start),
  );
  const baseline = firstOutside(text, lexicon.baseline, [timeframe]);
  const measurable = timeframe !== null && behavior !== null && criterion !== null;
  const summary = summarizeGoal(
    {
      timeframe: timeframe !== null,
      behavior: behavior !== null,
      criterion: criterion !== null,
      condition: condition !== null,
      measurement: measurement !== null,
    },
    vague,
    measurable,
  );
  return { language, timeframe, condition, behavior, criterion, measurement, baseline, vague, measurable, summary };
}

/** The earliest match that does not overlap text already claimed by another part. */
function firstOutside(
  text: string,
  patterns: readonly RegExp[],
  claimed: readonly (FoundText | null)[],
): FoundText | null {
  const taken = claimed.filter((c): c is FoundText => c !== null);
  return findAll(text, patterns).find((m) => taken.every((t) => m.end <= t.start || m.start >= t.end)) ?? null;
}
