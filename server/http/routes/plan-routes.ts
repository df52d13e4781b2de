import { auditOf } from '../access-control';
import {
  amendPlanSchema,
  draftContentSchema,
  finalizeVersionSchema,
  planCreateSchema,
  planComparisonQuerySchema,
  planComparisonSchema,
  planListSchema,
  planSchema,
  planVersionSchema,
} from '../../../core/schemas/plan';
import { getPlanVersionHistory } from '../../services/history-services';
import {
  amendPlan,
  comparePlanVersions,
  createPlan,
  finalizeVersion,
  getPlan,
  listPlans,
  saveDraft,
} from '../../services/plan-services';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { errorResponses, historyResponse, idParams, planVersionParams } from './route-schemas';
import { studentAccess } from '../route-access';
import { planPolicy } from '../../../core/policies/entity-policies';

export function registerPlanRoutes(app: TypedApp, { database, clock }: AppContext): void {
  const tags = ['plans'];
  app.get(
    '/api/v1/students/:id/plans',
    {
      config: studentAccess(planPolicy, 'read'),
      schema: {
        tags,
        summary: "A child's IEPs and 504 plans with every version",
        params: idParams,
        response: { 200: planListSchema, ...errorResponses },
      },
    },
    async (request) => ({ plans: await listPlans(database, request.params.id) }),
  );
  app.post(
    '/api/v1/students/:id/plans',
    {
      config: studentAccess(planPolicy, 'write'),
      schema: {
        tags,
        summary: 'Start an IEP or a 504 plan with a first draft',
        params: idParams,
        body: planCreateSchema,
        response: { 201: planSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createPlan({
          database,
          clock,
          audit: auditOf(request),
          studentId: request.params.id,
          input: request.body,
        }),
      ),
  );
  app.get(
    '/api/v1/plans/:id',
    {
      config: studentAccess(planPolicy, 'read', 'plan'),
      schema: {
        tags,
        summary: 'A plan with every version',
        params: idParams,
        response: { 200: planSchema, ...errorResponses },
      },
    },
    async (request) => getPlan(database, request.params.id),
  );
  app.put(
    '/api/v1/plans/:id/versions/:versionId/content',
    {
      config: studentAccess(planPolicy, 'write', 'plan'),
      schema: {
        tags,
        summary: "Save a draft's contents (autosave); final versions never change",
        params: planVersionParams,
        body: draftContentSchema,
        response: { 200: planVersionSchema, ...errorResponses },
      },
    },
    async (request) =>
      saveDraft({
        database,
        clock,
        audit: auditOf(request),
        planId: request.params.id,
        versionId: request.params.versionId,
        content: request.body.content,
      }),
  );
  app.post(
    '/api/v1/plans/:id/versions/:versionId/finalize',
    {
      config: studentAccess(planPolicy, 'write', 'plan'),
      schema: {
        tags,
        summary: 'Make a draft final, in effect from a date',
        params: planVersionParams,
        body: finalizeVersionSchema,
        response: { 200: planSchema, ...errorResponses },
      },
    },
    async (request) =>
      finalizeVersion({
        database,
        clock,
        audit: auditOf(request),
        planId: request.params.id,
        versionId: request.params.versionId,
        input: request.body,
      }),
  );
  app.post(
    '/api/v1/plans/:id/amend',
    {
      config: studentAccess(planPolicy, 'write', 'plan'),
      schema: {
        tags,
        summary: 'Start a new draft from the latest version (amendment, annual review, reevaluation)',
        params: idParams,
        body: amendPlanSchema,
        response: { 201: planSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await amendPlan({
          database,
          clock,
          audit: auditOf(request),
          planId: request.params.id,
          reason: request.body.reason,
        }),
      ),
  );
  app.get(
    '/api/v1/plans/:id/compare',
    {
      config: studentAccess(planPolicy, 'read', 'plan'),
      schema: {
        tags,
        summary: 'What changed between two versions, in plain words',
        params: idParams,
        querystring: planComparisonQuerySchema,
        response: { 200: planComparisonSchema, ...errorResponses },
      },
    },
    async (request) => ({
      changes: await comparePlanVersions(database, request.params.id, request.query.from, request.query.to),
    }),
  );
  app.get(
    '/api/v1/plans/:id/versions/:versionId/history',
    {
      config: studentAccess(planPolicy, 'read', 'plan'),
      schema: {
        tags,
        summary: 'Every saved state of a version (drafts are autosaved)',
        params: planVersionParams,
        response: { 200: historyResponse, ...errorResponses },
      },
    },
    async (request) => ({
      history: await getPlanVersionHistory(database, request.params.id, request.params.versionId),
    }),
  );
}
