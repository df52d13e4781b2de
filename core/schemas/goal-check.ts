import { z } from 'zod';
import { localizedTextSchema as localizedText } from './localized-text';

/** Languages the goal checker reads and answers in. */
export const GOAL_LANGUAGES = ['en', 'es'] as const;
export type GoalLanguage = (typeof GOAL_LANGUAGES)[number];

/** The words in the text that showed a part of the goal; offsets index the text as given (UTF-16). */
export const foundTextSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type FoundText = z.infer<typeof foundTextSchema>;

/** What a vague phrase is wrong with; each kind has its own explanation for a parent. */
export const VAGUE_KINDS = [
  'not-observable',
  'vague-change',
  'dead-man',
  'hedge',
  'unspecified-support',
  'undefined-term',
  'unanchored-criterion',
  'informal-measurement',
  'progress-without-number',
  'boilerplate-criterion',
  'unquantified-level',
] as const;
export type VagueKind = (typeof VAGUE_KINDS)[number];

export const vagueFindingSchema = z.object({
  phrase: z.string().describe('the words as written in the text'),
  kind: z.enum(VAGUE_KINDS),
  why: localizedText,
  start: z.number().int(),
  end: z.number().int(),
});
export type VagueFinding = z.infer<typeof vagueFindingSchema>;

/** Body of `POST /api/v1/goals/check`. */
export const goalCheckInputSchema = z.object({
  text: z
    .string({ error: 'expected the goal as text' })
    .min(1, 'expected the goal as text, got an empty string')
    .max(5000, 'expected at most 5000 characters'),
  language: z.enum(GOAL_LANGUAGES, { error: 'expected "en" or "es"' }).optional(),
});
export type GoalCheckInput = z.infer<typeof goalCheckInputSchema>;

const found = foundTextSchema.nullable();

/** What `checkGoal` answers (docs/progress-methods.md 3). */
export const goalCheckSchema = z.object({
  language: z.enum(GOAL_LANGUAGES),
  timeframe: found,
  condition: found,
  behavior: found,
  criterion: found,
  measurement: found,
  baseline: found.describe('"from 40 to 90", "currently …": the starting point, when the goal states it'),
  vague: z.array(vagueFindingSchema),
  measurable: z.boolean().describe('timeframe, observable behavior and criterion all found'),
  summary: localizedText.describe('one sentence for a parent'),
});
export type GoalCheck = z.infer<typeof goalCheckSchema>;

/** Body of a present-levels check: the statement, and optionally the goal it should support. */
export const presentLevelsCheckInputSchema = z.object({
  text: z.string().min(1, 'expected the present levels as text').max(20000, 'expected at most 20000 characters'),
  goal: z.string().max(5000).optional(),
  language: z.enum(GOAL_LANGUAGES).optional(),
});
export type PresentLevelsCheckInput = z.infer<typeof presentLevelsCheckInputSchema>;

/** What `checkPresentLevels` answers (docs/progress-methods.md 3.3). */
export const presentLevelsCheckSchema = z.object({
  language: z.enum(GOAL_LANGUAGES),
  baseline: found.describe('a number with its unit: current performance'),
  impact: found.describe('how the disability affects involvement and progress in the general curriculum'),
  strengths: found,
  needs: found,
  peerComparison: found,
  parentInput: found,
  dataSources: found,
  unitMatch: z.boolean().nullable().describe('baseline in the unit the goal uses; null when no goal was given'),
  vague: z.array(vagueFindingSchema),
  isComplete: z.boolean().describe('baseline, impact, strengths and needs found, and the units agree'),
  summary: localizedText,
});
export type PresentLevelsCheck = z.infer<typeof presentLevelsCheckSchema>;
