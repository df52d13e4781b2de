import { z } from 'zod';
import { localizedTextSchema } from './localized-text';
import { fieldIssues, firstIssueLine } from './format-issues';
import type { FieldIssue } from './format-issues';
import { describeInput as describe } from './describe-input';
import { isoDate } from './iso-date';
import { score } from './score';

/** `increase`: higher is better (words correct per minute); `decrease`: lower is better (incidents per day). */
export const PROGRESS_DIRECTIONS = ['increase', 'decrease'] as const;
export type ProgressDirection = (typeof PROGRESS_DIRECTIONS)[number];

/** The statuses of docs/progress-methods.md 1.5, in the order they are decided (the first that applies wins). */
export const PROGRESS_STATUSES = [
  'not-introduced',
  'insufficient-data',
  'goal-met',
  'not-on-track',
  'on-track',
  'unclear',
] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** What a decision rule recommends. */
export const RULE_DECISIONS = ['raise-goal', 'change-instruction', 'continue'] as const;
export type RuleDecision = (typeof RULE_DECISIONS)[number];

/** Caps keep one request cheap: a weekly probe for ten years is about 500 points. */
const MAX_POINTS = 2000;
const MAX_PHASE_CHANGES = 200;

const datedValue = z.object(
  { date: isoDate, value: score },
  { error: (issue) => `expected { "date": "YYYY-MM-DD", "value": number }, got ${describe(issue.input)}` },
);

/** One probe: a dated score, with an optional note and who measured it. */
export const progressPointSchema = z.object(
  {
    date: isoDate,
    value: score,
    note: z.string().max(500).optional(),
    measuredBy: z.string().max(200).optional(),
  },
  { error: (issue) => `expected { "date": "YYYY-MM-DD", "value": number }, got ${describe(issue.input)}` },
);
export type ProgressPoint = z.infer<typeof progressPointSchema>;

/** The body of `POST /api/v1/progress/analyze` and the file `binder progress` reads (docs/progress-methods.md 1.2). */
export const progressInputSchema = z
  .object(
    {
      direction: z.enum(PROGRESS_DIRECTIONS, {
        error: (issue) => `expected "increase" or "decrease", got ${describe(issue.input)}`,
      }),
      baseline: datedValue,
      goal: datedValue,
      points: z
        .array(progressPointSchema, { error: (issue) => `expected a list of points, got ${describe(issue.input)}` })
        .max(MAX_POINTS, `expected at most ${String(MAX_POINTS)} points`),
      /** Dates instruction changed; only points after the latest one (on or before the as-of date) are used. */
      phaseChanges: z
        .array(isoDate, { error: (issue) => `expected a list of dates, got ${describe(issue.input)}` })
        .max(MAX_PHASE_CHANGES, `expected at most ${String(MAX_PHASE_CHANGES)} phase changes`)
        .optional()
        .describe('defaults to []'),
      /** False when the goal has not been worked on yet; defaults to true. */
      introduced: z.boolean({ error: (issue) => `expected true or false, got ${describe(issue.input)}` }).optional(),
      /** What the numbers count, for the graph's axis, e.g. "words correct per minute". */
      unit: z.string().max(100).optional(),
    },
    { error: (issue) => `expected an object with direction, baseline, goal and points, got ${describe(issue.input)}` },
  )
  .superRefine((input, ctx) => {
    if (input.goal.date <= input.baseline.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['goal', 'date'],
        message: `expected a date after the baseline date ${input.baseline.date}, got "${input.goal.date}"`,
      });
    }
    const isBackwards =
      input.direction === 'increase'
        ? input.goal.value < input.baseline.value
        : input.goal.value > input.baseline.value;
    if (isBackwards) {
      ctx.addIssue({
        code: 'custom',
        path: ['goal', 'value'],
        message: `expected a value ${input.direction === 'increase' ? 'at or above' : 'at or below'} the baseline (${String(input.baseline.value)}) for a goal to ${input.direction}, got ${String(input.goal.value)}`,
      });
    }
  });
export type ProgressInput = z.infer<typeof progressInputSchema>;

export type ParseProgressInputResult =
  | { readonly ok: true; readonly value: ProgressInput }
  | { readonly ok: false; readonly message: string; readonly issues: FieldIssue[] };

/**
 * Validates progress input from JSON. On failure `message` is one line naming the first bad field, e.g.
 * `points[2].value: expected a number, got "n/a"`, and `issues` lists them all.
 */
export function parseProgressInput(input: unknown): ParseProgressInputResult {
  const result = progressInputSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: firstIssueLine(result.error), issues: fieldIssues(result.error) };
}

const ruleDecision = z.enum(RULE_DECISIONS).nullable();

/** The trend of the points used (docs/progress-methods.md 1.3); numbers unrounded. */
export const trendFitSchema = z.object({
  slope: z.number().describe('OLS slope b, units per week'),
  intercept: z.number().describe('OLS intercept a: the trend at week 0 (the baseline date)'),
  see: z.number().describe('standard error of estimate, sqrt(Σ residual² / (n − 2))'),
  slopeSe: z.number().describe('standard error of the slope, SEE / sqrt(Σ(x − x̄)²)'),
  slopeLow: z.number().describe('b − t(0.975, n − 2) · SE_b'),
  slopeHigh: z.number().describe('b + t(0.975, n − 2) · SE_b'),
  tukeySlope: z.number().nullable().describe('Tukey three-group slope; null when the outer groups share a week'),
  tukeyIntercept: z.number().nullable().describe('Tukey resistant-line intercept'),
  theilSenSlope: z.number().nullable().describe('median of the pairwise slopes'),
  meanX: z.number().describe('mean week of the points used'),
  sxx: z.number().describe('Σ(x − x̄)²'),
  tQuantile: z.number().describe('t(0.975, n − 2)'),
});
export type TrendFit = z.infer<typeof trendFitSchema>;

/** The answer of `analyzeProgress`: the keys of docs/progress-methods.md 1.6, plus the extras after `explanation`. */
export const progressAnalysisSchema = z.object({
  pointsUsed: z.number().int(),
  goalSlope: z.number().describe('g = (G − B) / X_G per week'),
  trend: trendFitSchema.nullable().describe('null with fewer than 3 points used'),
  projection: z.number().nullable().describe('a + b · X_G, the trend on the goal date'),
  rules: z.object({ fourPoint: ruleDecision, trend: ruleDecision }),
  status: z.enum(PROGRESS_STATUSES),
  regression: z.boolean().describe('not-on-track and the median of the last 3 points is worse than the baseline'),
  explanation: z.string().describe('one English sentence with the numbers behind the status'),
  explanationEs: z.string().describe('the same sentence in Spanish'),
  explanations: localizedTextSchema.describe('the same sentence in every reading language (en, es, vi, zh-Hans, ar)'),
  advice: z.enum(['raise-goal']).nullable().describe('shown beside the status when a rule says raise-goal'),
  noProgress: z.boolean().describe('not-on-track and the slope interval does not exclude no growth'),
  asOf: isoDate,
  direction: z.enum(PROGRESS_DIRECTIONS),
  goalWeeks: z.number().describe('X_G, weeks from the baseline date to the goal date'),
  phaseStart: isoDate.describe('the latest phase change on or before as-of, or the baseline date'),
  weeksInPhase: z.number().describe('weeks from phaseStart to as-of'),
  medianOfLastThree: z.number().nullable(),
  percentOfGoalMet: z.number().nullable().describe('(median of last 3 − B) / (G − B) × 100'),
  isPastGoalDate: z.boolean().describe('as-of is after the goal date'),
  reachDate: isoDate.nullable().describe('when the trend would reach the goal value, if it is heading there'),
});
export type ProgressAnalysis = z.infer<typeof progressAnalysisSchema>;
