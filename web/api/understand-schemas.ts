import { z } from 'zod';
import type { ComparisonRow } from '../../core/guide/comparison-for';
import { COMPARISON_ROW_IDS } from '../../core/guide/comparison-rows';
import { GUIDE_LEANINGS } from '../../core/guide/guide-condition';
import type { GuideResult } from '../../core/guide/run-guide';
import type { JurisdictionFacts } from '../../core/law/jurisdiction-facts';
import { RULE_STATUSES } from '../../core/law/rule-status';
import { guideAnswersSchema } from '../../core/schemas/guide';
import { letterContentSchema, savedLetterSchema } from '../../core/schemas/letter-content';
import { LETTER_KINDS } from '../../core/schemas/letters';

/*
 * The answers of the "understand and act" endpoints (server/http/routes/guide-routes.ts, letter-routes.ts).
 * The server documents the guide's result and the comparison by their core types only, so the shapes are
 * checked here; `satisfies` keeps each schema in step with the core type it reads.
 */

const localizedText = z.object({ en: z.string(), es: z.string() });
const ruleStatus = z.enum(RULE_STATUSES);
const cited = z.object({ citation: z.string(), status: ruleStatus });

const comparisonCell = cited.extend({
  text: localizedText,
  statusLabel: localizedText,
  isStateSpecific: z.boolean(),
  sources: z.array(cited),
});

const comparisonRow = z.object({
  id: z.enum(COMPARISON_ROW_IDS),
  topic: localizedText,
  iep: comparisonCell,
  section504: comparisonCell,
  stateNote: comparisonCell.nullable(),
}) satisfies z.ZodType<ComparisonRow>;

const jurisdictionFacts = z.object({
  jurisdiction: z.string(),
  name: localizedText,
  hasEncodedRules: z.boolean(),
  initialEvaluation: cited.extend({
    count: z.number(),
    basis: z.enum(['calendar-days', 'school-days', 'business-days', 'instructional-days']),
    clockStart: z.enum(['consent', 'referral']),
    measuredTo: localizedText,
    summary: localizedText,
    orWithin: z
      .object({
        count: z.number(),
        basis: z.enum(['calendar-days', 'school-days', 'business-days', 'instructional-days']),
      })
      .optional(),
  }),
  transitionAge: cited.extend({ age: z.number() }),
  ageOfMajority: cited.extend({ age: z.number() }),
  dueProcessLimitation: cited.extend({ years: z.number() }),
  onePlanPosition: cited.extend({ summary: localizedText }).nullable(),
}) satisfies z.ZodType<JurisdictionFacts>;

/** `GET /api/v1/guide/comparison`. */
export const comparisonResponseSchema = z.object({ facts: jurisdictionFacts, rows: z.array(comparisonRow) });
export type ComparisonResponse = z.infer<typeof comparisonResponseSchema>;

/** `GET /api/v1/jurisdictions`. */
export const jurisdictionsResponseSchema = z.object({
  jurisdictions: z.array(z.object({ code: z.string(), name: localizedText, hasEncodedRules: z.boolean() })),
});

const statement = cited.extend({ id: z.string(), text: localizedText, sources: z.array(cited) });

/** `POST /api/v1/guide`. */
export const guideResultSchema = z.object({
  leaning: z.enum(GUIDE_LEANINGS),
  reasons: z.array(statement),
  sdiSignals: z.array(statement),
  accessSignals: z.array(statement),
  myths: z.array(
    cited.extend({
      id: z.enum(['try-504-first', 'grades-are-fine', 'rti-first', 'needs-medical-diagnosis', 'wait-and-see']),
      schoolSaid: localizedText,
      answer: localizedText,
      sources: z.array(cited),
    }),
  ),
  nextSteps: z.array(
    z.object({
      id: z.string(),
      text: localizedText,
      citation: z.string().nullable(),
      status: ruleStatus.nullable(),
      sources: z.array(cited),
      letter: z.enum(LETTER_KINDS).nullable(),
    }),
  ),
  suggestedLetter: z.enum(LETTER_KINDS).nullable(),
  disclaimer: localizedText,
}) satisfies z.ZodType<GuideResult>;

/** Answers kept in a child's case with the result for the child's state. */
export const savedGuideSchema = z.object({
  answers: guideAnswersSchema,
  result: guideResultSchema,
  savedAt: z.string(),
});
export type SavedGuideView = z.infer<typeof savedGuideSchema>;

/** `GET /api/v1/students/:id/guide`. */
export const savedGuideResponseSchema = z.object({ saved: savedGuideSchema.nullable() });

/** `POST /api/v1/letters/compose`: the letter ready to edit, its text and the case event sending it records. */
export const composedLetterSchema = letterContentSchema.extend({
  plainText: z.string(),
  impliedEvent: z.object({ type: z.string(), date: z.string() }).nullable(),
});
export type ComposedLetter = z.infer<typeof composedLetterSchema>;

/** `POST /api/v1/students/:id/letters`. */
export { savedLetterSchema };
