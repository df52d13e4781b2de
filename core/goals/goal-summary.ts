import type { VagueFinding } from '../schemas/goal-check';
import type { BilingualText } from './goal-lexicon';

/** The parts of a goal the summary talks about; the first three are required for a measurable goal. */
export const GOAL_PARTS = ['timeframe', 'behavior', 'criterion', 'condition', 'measurement'] as const;
export type GoalPart = (typeof GOAL_PARTS)[number];

/** What each part answers, in words a parent uses. */
const PART_WORDS: Readonly<Record<GoalPart, BilingualText>> = {
  timeframe: { en: 'by when', es: 'para cuándo' },
  behavior: {
    en: 'what the student will do that someone can see or count',
    es: 'qué hará el estudiante que se pueda ver o contar',
  },
  criterion: { en: 'how much or how well (with a number)', es: 'cuánto o qué tan bien (con un número)' },
  condition: { en: 'under what conditions', es: 'en qué condiciones' },
  measurement: { en: 'how progress will be measured', es: 'cómo se medirá el progreso' },
};

const FOUND_WORDS: Readonly<Record<GoalPart, BilingualText>> = {
  timeframe: { en: 'by when', es: 'para cuándo' },
  behavior: { en: 'what the student will do', es: 'qué hará el estudiante' },
  criterion: { en: 'how well', es: 'qué tan bien' },
  condition: { en: 'under what conditions', es: 'en qué condiciones' },
  measurement: { en: 'how progress will be measured', es: 'cómo se medirá el progreso' },
};

/** How many vague phrases the sentence quotes; the full list is in `vague`. */
const MAX_QUOTED = 3;

/**
 * One sentence for a parent, in English and Spanish, whatever the goal's language: whether the goal is
 * measurable, which parts it lacks, and the first vague phrases to look at.
 */
export function summarizeGoal(
  found: Readonly<Record<GoalPart, boolean>>,
  vague: readonly VagueFinding[],
  isMeasurable: boolean,
): BilingualText {
  const present = GOAL_PARTS.filter((part) => found[part]);
  const missing = GOAL_PARTS.filter((part) => !found[part]);
  const quoted = [...new Set(vague.map((v) => v.phrase.trim()))].slice(0, MAX_QUOTED);
  const quotedEn = quoted.map((q) => `“${q}”`);
  const quotedEs = quoted.map((q) => `«${q}»`);
  if (isMeasurable) {
    const but: BilingualText =
      missing.length === 0
        ? { en: '', es: '' }
        : {
            en: `, but it does not say ${joinWords(
              missing.map((p) => PART_WORDS[p].en),
              'or',
              'en',
            )}`,
            es: `, pero no dice ${joinWords(
              missing.map((p) => PART_WORDS[p].es),
              'o',
              'es',
            )}`,
          };
    const check: BilingualText =
      quoted.length === 0
        ? { en: '', es: '' }
        : {
            en: `; check the vague wording: ${joinWords(quotedEn, 'and', 'en')}`,
            es: `; revise las palabras vagas: ${joinWords(quotedEs, 'y', 'es')}`,
          };
    return {
      en: `This goal is measurable: it says ${joinWords(
        present.map((p) => FOUND_WORDS[p].en),
        'and',
        'en',
      )}${but.en}${check.en}.`,
      es: `Esta meta es medible: dice ${joinWords(
        present.map((p) => FOUND_WORDS[p].es),
        'y',
        'es',
      )}${but.es}${check.es}.`,
    };
  }
  const required = missing.filter((p) => p === 'timeframe' || p === 'behavior' || p === 'criterion');
  const uses: BilingualText =
    quoted.length === 0
      ? { en: '', es: '' }
      : {
          en: `, and it uses vague wording: ${joinWords(quotedEn, 'and', 'en')}`,
          es: `, y usa palabras vagas: ${joinWords(quotedEs, 'y', 'es')}`,
        };
  return {
    en: `This goal is not measurable yet: it does not say ${joinWords(
      required.map((p) => PART_WORDS[p].en),
      'or',
      'en',
    )}${uses.en}.`,
    es: `Esta meta todavía no es medible: no dice ${joinWords(
      required.map((p) => PART_WORDS[p].es),
      'ni',
      'es',
    )}${uses.es}.`,
  };
}

/** "a, b and c" / "a, b y c" (no serial comma in Spanish). */
export function joinWords(words: readonly string[], conjunction: string, language: 'en' | 'es'): string {
  if (words.length <= 1) return words.join('');
  if (words.length === 2) return `${words[0] ?? ''} ${conjunction} ${words[1] ?? ''}`;
  const serial = language === 'en' ? ',' : '';
  return `${words.slice(0, -1).join(', ')}${serial} ${conjunction} ${words[words.length - 1] ?? ''}`;
}
