import { asOfQuerySchema } from '../../../core/schemas/as-of';
import { checkGoal } from '../../../core/goals/check-goal';
import { checkPresentLevels } from '../../../core/goals/check-present-levels';
import { analyzeProgress } from '../../../core/progress/analyze-progress';
import {
  goalCheckInputSchema,
  goalCheckSchema,
  presentLevelsCheckInputSchema,
  presentLevelsCheckSchema,
} from '../../../core/schemas/goal-check';
import { progressAnalysisSchema, progressInputSchema } from '../../../core/schemas/progress';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { errorResponses } from './route-schemas';
import { SIGNED_IN } from '../route-access';

/** Pure computations from core/, offered over HTTP exactly as the CLI offers them (docs/progress-methods.md). */
export function registerAnalysisRoutes(app: TypedApp, { clock }: AppContext): void {
  app.post(
    '/api/v1/progress/analyze',
    {
      config: SIGNED_IN,
      schema: {
        tags: ['progress'],
        summary: "Trend, decision rules and status of a goal's progress data; asOf defaults to today",
        body: progressInputSchema,
        querystring: asOfQuerySchema,
        response: { 200: progressAnalysisSchema, ...errorResponses },
      },
    },
    (request) => analyzeProgress(request.body, request.query.asOf ?? clock.today()),
  );
  app.post(
    '/api/v1/goals/check',
    {
      config: SIGNED_IN,
      schema: {
        tags: ['goals'],
        summary: 'Is this IEP goal measurable? Which parts are there, which words are vague (English or Spanish)',
        body: goalCheckInputSchema,
        response: { 200: goalCheckSchema, ...errorResponses },
      },
    },
    (request) =>
      checkGoal(request.body.text, request.body.language === undefined ? {} : { language: request.body.language }),
  );
  app.post(
    '/api/v1/goals/check-present-levels',
    {
      config: SIGNED_IN,
      schema: {
        tags: ['goals'],
        summary: 'Does a present-levels statement give a baseline and the impact of the disability?',
        body: presentLevelsCheckInputSchema,
        response: { 200: presentLevelsCheckSchema, ...errorResponses },
      },
    },
    (request) => {
      const { text, goal, language } = request.body;
      return checkPresentLevels(text, {
        ...(goal === undefined ? {} : { goal }),
        ...(language === undefined ? {} : { language }),
      });
    },
  );
}
