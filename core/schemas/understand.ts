import { z } from 'zod';
import { localizedTextSchema as localizedText } from './localized-text';
import type { ComparisonRow } from '../guide/comparison-for';
import { COMPARISON_ROW_IDS } from '../guide/comparison-rows';
import { GUIDE_LEANINGS } from '../guide/guide-condition';
import type { GuideResult } from '../guide/run-guide';
import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import { RULE_STATUSES } from '../law/rule-status';
import { caseEventSchema } from './case-event';
import { guideAnswersSchema } from './guide';
import { jurisdictionParam } from './jurisdiction-param';
import { letterContentSchema } from './letter-content';
import { LANGUAGES, LANGUAGE_ERROR } from '../progress/format-words';
import { LETTER_KINDS, letterInputSchema } from './letters';

/*
 * The answers of the "understand and act" endpoints (server/http/routes/guide-routes.ts, letter-routes.ts):
 * the routes answer through them (so the OpenAPI document describes them and every answer is checked before it
 * leaves) and the web app reads the answers with them. `satisfies` keeps each schema in step with the core type
 * the answer is built from.
 */

export { jurisdictionParam };

/** `GET /api/v1/guide/comparison?jurisdiction=…`. */
export const comparisonQuerySchema = z.object({ jurisdiction: jurisdictionParam.default('US') });

/** `POST /api/v1/guide`: the answers, and the state whose rules the result cites. */
export const guideRequestSchema = z.object({
  jurisdiction: jurisdictionParam.default('US'),
  answers: guideAnswersSchema,
});

/** `POST /api/v1/students/:id/guide`: the answers to keep (the result is for the child's own state). */
export const saveGuideRequestSchema = z.object({ answers: guideAnswersSchema });

/** `POST /api/v1/letters/compose`: the letter's details, and the state whose rules it cites. */
export const composeLetterRequestSchema = z.object({
  jurisdiction: jurisdictionParam.default('US'),
  input: letterInputSchema,
});

/**
 * `POST /api/v1/letters/compose/translation`: the same details, and the reading language to read the draft in
 * before it is sent (docs/decisions/0045). Read-only: nothing is kept.
 */
export const composeTranslationRequestSchema = composeLetterRequestSchema.extend({
  language: z.enum(LANGUAGES, { error: LANGUAGE_ERROR }),
});

const ruleStatus = z.enum(RULE_STATUSES);
const cited = z.object({ citation: z.string(), status: ruleStatus });
/** The sources behind a statement (read-only in the core types that build them). */
const sources = z.array(cited).readonly();

const comparisonCell = cited.extend({
  text: localizedText,
  statusLabel: localizedText,
  isStateSpecific: z.boolean(),
  sources,
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

const statement = cited.extend({ id: z.string(), text: localizedText, sources });

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
      sources,
    }),
  ),
  nextSteps: z.array(
    z.object({
      id: z.string(),
      text: localizedText,
      citation: z.string().nullable(),
      status: ruleStatus.nullable(),
      sources,
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
  impliedEvent: caseEventSchema.nullable(),
});
export type ComposedLetter = z.infer<typeof composedLetterSchema>;

/** `POST /api/v1/letters/text`. */
export const letterTextSchema = z.object({ plainText: z.string() });
