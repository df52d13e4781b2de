import type { GoalLanguage } from '../schemas/goal-check';
import { GOAL_LEXICON_EN } from './goal-lexicon-en';
import { GOAL_LEXICON_ES } from './goal-lexicon-es';
import { tokenize } from './text-patterns';

/**
 * Guesses whether a goal is written in English or Spanish by counting each language's common words (and, for
 * Spanish, future-tense verbs and accented letters). English wins ties: most IEPs in US schools are written in
 * English, and an empty text has to be something.
 */
export function detectLanguage(text: string): GoalLanguage {
  let english = 0;
  let spanish = 0;
  for (const { word } of tokenize(text)) {
    if (GOAL_LEXICON_EN.markers.includes(word)) english++;
    if (GOAL_LEXICON_ES.markers.includes(word)) spanish++;
    if (/[áéíóúñü]/u.test(word)) spanish++;
  }
  if (/[¿¡]/u.test(text)) spanish++;
  return spanish > english ? 'es' : 'en';
}
