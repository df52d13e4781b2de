import { asOfQuerySchema } from '../../../core/schemas/as-of';
import { caseFileSchema, storedCaseFileSchema } from '../../../core/schemas/case-file';
import { computeTimeline } from '../../../core/timeline/compute-timeline';
import { timelineResultSchema } from '../../../core/timeline/timeline-result';
import { studentCaseFile, studentTimeline } from '../../services/student-timeline';
import { studentNextSteps } from '../../services/next-steps-service';
import { nextStepsResponseSchema } from '../../../core/schemas/next-steps';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { errorResponses, idParams } from './route-schemas';
import { SIGNED_IN, studentAccess } from '../route-access';
import { caseEventPolicy } from '../../../core/policies/entity-policies';

export function registerTimelineRoutes(app: TypedApp, { database, clock }: AppContext): void {
  const tags = ['deadlines'];
  app.post(
    '/api/v1/timeline',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary: 'Deadlines and findings for a case file (docs/case-file-contract.md); asOf defaults to today',
        body: caseFileSchema,
        querystring: asOfQuerySchema,
        response: { 200: timelineResultSchema, ...errorResponses },
      },
    },
    (request) => computeTimeline(request.body, request.query.asOf ?? clock.today()),
  );
  app.get(
    '/api/v1/students/:id/timeline',
    {
      config: studentAccess(caseEventPolicy, 'read'),
      schema: {
        tags,
        summary: "A child's deadlines and findings, from the recorded events",
        params: idParams,
        querystring: asOfQuerySchema,
        response: { 200: timelineResultSchema, ...errorResponses },
      },
    },
    async (request) => studentTimeline(database, request.params.id, request.query.asOf ?? clock.today()),
  );
  app.get(
    '/api/v1/students/:id/next-steps',
    {
      config: studentAccess(caseEventPolicy, 'read'),
      schema: {
        tags,
        summary:
          "A child's next steps: what the school owes (overdue, then the next 30 days) and what the family can do now",
        params: idParams,
        querystring: asOfQuerySchema,
        response: { 200: nextStepsResponseSchema, ...errorResponses },
      },
    },
    async (request) => studentNextSteps(database, request.params.id, request.query.asOf ?? clock.today()),
  );
  app.get(
    '/api/v1/students/:id/case-file',
    {
      config: studentAccess(caseEventPolicy, 'read'),
      schema: {
        tags,
        summary: "A child's record as a case file, ready for binder timeline",
        params: idParams,
        response: { 200: storedCaseFileSchema, ...errorResponses },
      },
    },
    async (request) => studentCaseFile(database.db, request.params.id),
  );
}
