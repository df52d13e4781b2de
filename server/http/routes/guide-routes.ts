import { guideQuestionsResponseSchema } from '../../../core/schemas/guide-questions-response';
import { auditOf } from '../access-control';
import { comparisonFor } from '../../../core/guide/comparison-for';
import { guideQuestions } from '../../../core/guide/guide-questions';
import { runGuide } from '../../../core/guide/run-guide';
import { jurisdictionFacts } from '../../../core/law/jurisdiction-facts';
import { JURISDICTION_NAMES } from '../../../core/law/jurisdiction-names';
import {
  comparisonQuerySchema,
  comparisonResponseSchema,
  guideRequestSchema,
  guideResultSchema,
  jurisdictionsResponseSchema,
  saveGuideRequestSchema,
  savedGuideResponseSchema,
  savedGuideSchema,
} from '../../../core/schemas/understand';
import { latestGuideAnswers, saveGuideAnswers } from '../../services/guide-services';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { errorResponses, idParams } from './route-schemas';
import { SIGNED_IN, studentAccess } from '../route-access';
import { guidePolicy } from '../../../core/policies/entity-policies';

export function registerGuideRoutes(app: TypedApp, { database, clock }: AppContext): void {
  const tags = ['guide'];
  app.get(
    '/api/v1/jurisdictions',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary: 'Every jurisdiction with its names, and whether the rules data encodes its own rules',
        response: { 200: jurisdictionsResponseSchema },
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
        querystring: comparisonQuerySchema,
        response: { 200: comparisonResponseSchema, ...errorResponses },
      },
    },
    (request) => {
      const facts = jurisdictionFacts(request.query.jurisdiction);
      return { facts, rows: comparisonFor(facts) };
    },
  );
  app.get(
    '/api/v1/guide/questions',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary: 'The decision guide’s questions, in English and Spanish',
        response: { 200: guideQuestionsResponseSchema },
      },
    },
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
        body: guideRequestSchema,
        response: { 200: guideResultSchema, ...errorResponses },
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
        body: saveGuideRequestSchema,
        response: { 201: savedGuideSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await saveGuideAnswers({
          database,
          clock,
          audit: auditOf(request),
          studentId: request.params.id,
          answers: request.body.answers,
        }),
      ),
  );
  app.get(
    '/api/v1/students/:id/guide',
    {
      config: studentAccess(guidePolicy, 'read'),
      schema: {
        tags,
        summary: "The child's latest saved guide answers and result (null when none)",
        params: idParams,
        response: { 200: savedGuideResponseSchema, ...errorResponses },
      },
    },
    async (request) => ({ saved: await latestGuideAnswers(database, request.params.id) }),
  );
}
