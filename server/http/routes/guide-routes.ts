import { auditOf } from '../access-control';
import { z } from 'zod';
import { comparisonFor } from '../../../core/guide/comparison-for';
import { guideQuestions } from '../../../core/guide/guide-questions';
import { runGuide } from '../../../core/guide/run-guide';
import { jurisdictionFacts } from '../../../core/law/jurisdiction-facts';
import { isJurisdictionCode, JURISDICTION_NAMES } from '../../../core/law/jurisdiction-names';
import { guideAnswersSchema } from '../../../core/schemas/guide';
import { latestGuideAnswers, saveGuideAnswers } from '../../services/guide-services';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { errorResponses, idParams } from './route-schemas';
import { SIGNED_IN, studentAccess } from '../route-access';
import { guidePolicy } from '../../../core/policies/entity-policies';

// The guide's result is a large bilingual structure typed in core/guide/run-guide.ts; it is documented
// here by description rather than duplicated as a second schema.
const guideResult = z.unknown().describe('GuideResult (core/guide/run-guide.ts)');
const savedGuide = z
  .unknown()
  .describe('{ answers, result: GuideResult, savedAt } (server/services/guide-services.ts)');

/** `US` or a state code the rules data knows, upper-cased. */
export const jurisdictionParam = z
  .string()
  .transform((code) => code.toUpperCase())
  .refine(isJurisdictionCode, {
    error: (issue) => `expected "US" or a two-letter state code, got ${JSON.stringify(issue.input)}`,
  });

export function registerGuideRoutes(app: TypedApp, { database, clock }: AppContext): void {
  const tags = ['guide'];
  app.get(
    '/api/v1/jurisdictions',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary: 'Every jurisdiction with its names, and whether the rules data encodes its own rules',
        response: {
          200: z.object({
            jurisdictions: z.array(
              z.object({
                code: z.string(),
                name: z.object({ en: z.string(), es: z.string() }),
                hasEncodedRules: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    () => ({
      jurisdictions: Object.entries(JURISDICTION_NAMES).map(([code, name]) => ({
        code,
        name,
        hasEncodedRules: jurisdictionFacts(code).hasEncodedRules,
      })),
    }),
  );
  app.get(
    '/api/v1/guide/comparison',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary:
          'IEP versus 504 plan, row by row with citations, for a state (the state facts come from the rules data)',
        querystring: z.object({ jurisdiction: jurisdictionParam.default('US') }),
      },
    },
    (request) => {
      const facts = jurisdictionFacts(request.query.jurisdiction);
      return { facts, rows: comparisonFor(facts) };
    },
  );
  app.get(
    '/api/v1/guide/questions',
    { config: SIGNED_IN, schema: { tags, summary: 'The decision guide’s questions, in English and Spanish' } },
    () => ({
      questions: guideQuestions,
    }),
  );
  app.post(
    '/api/v1/guide',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary:
          'IEP or 504? What the answers point to and why, the next steps and the letter to send (never an eligibility decision)',
        body: z.object({ jurisdiction: jurisdictionParam.default('US'), answers: guideAnswersSchema }),
        response: { 200: guideResult, ...errorResponses },
      },
    },
    (request) => runGuide(request.body.answers, jurisdictionFacts(request.body.jurisdiction)),
  );
  app.post(
    '/api/v1/students/:id/guide',
    {
      config: studentAccess(guidePolicy, 'write'),
      schema: {
        tags,
        summary: "Save the guide's answers to a child's case",
        params: idParams,
        body: z.object({ answers: guideAnswersSchema }),
        response: { 201: savedGuide, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await saveGuideAnswers(database, clock, request.params.id, request.body.answers, auditOf(request))),
  );
  app.get(
    '/api/v1/students/:id/guide',
    {
      config: studentAccess(guidePolicy, 'read'),
      schema: {
        tags,
        summary: "The child's latest saved guide answers and result (null when none)",
        params: idParams,
        response: { 200: z.object({ saved: savedGuide.nullable() }), ...errorResponses },
      },
    },
    async (request) => ({ saved: await latestGuideAnswers(database, request.params.id) }),
  );
}
