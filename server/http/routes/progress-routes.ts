import { auditOf, signedInUserId } from '../access-control';
import { planGoalParams } from '../../../core/schemas/route-params';
import {
  goalProgressQuerySchema,
  goalProgressSchema,
  phaseChangeInputSchema,
  phaseChangeListSchema,
  phaseChangeRecordSchema,
  progressImportBodySchema,
  progressImportCommitSchema,
  progressImportPreviewSchema,
  progressImportQuerySchema,
  progressPointInputSchema,
  progressPointListSchema,
  progressPointRecordSchema,
  progressReportQuerySchema,
} from '../../../core/schemas/progress-data';
import { buildProgressReport } from '../../services/build-progress-report';
import { getGoalProgress } from '../../services/goal-progress';
import { getHistory } from '../../services/history-services';
import { commitProgressCsv, previewProgressCsv } from '../../services/import-progress-csv';
import {
  addPhaseChange,
  addProgressPoint,
  correctProgressPoint,
  deleteProgressPoint,
  listGoalPhaseChanges,
  listGoalPoints,
  removePhaseChange,
} from '../../services/progress-services';
import type { DocumentContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { documentErrorResponses, errorResponses, historyResponse, idParams, noContent } from './route-schemas';
import { studentAccess } from '../route-access';
import { sendDocument } from './send-document';
import { progressPolicy } from '../../../core/policies/entity-policies';

/** `:id` (the plan) and `:goalId` (the IEP goal's stable id inside the plan's content). */

/** A deletion answers 204 with no body. */

/** Progress data of IEP goals, each goal's progress, CSV import and the progress report (docs/decisions/0005). */
export function registerProgressRoutes(
  app: TypedApp,
  { database, clock, renderer, renderSlots }: DocumentContext,
): void {
  const tags = ['progress'];
  app.get(
    '/api/v1/plans/:id/goals/:goalId/progress',
    {
      config: studentAccess(progressPolicy, 'read', 'plan'),
      schema: {
        tags,
        summary: "A goal's progress as of a date: analysis, status words, graph (SVG) and its text alternative",
        params: planGoalParams,
        querystring: goalProgressQuerySchema,
        response: { 200: goalProgressSchema, ...errorResponses },
      },
    },
    async (request) => getGoalProgress(database, clock, request.params.id, request.params.goalId, request.query),
  );
  app.get(
    '/api/v1/plans/:id/goals/:goalId/points',
    {
      config: studentAccess(progressPolicy, 'read', 'plan'),
      schema: {
        tags,
        summary: "A goal's scores in date order",
        params: planGoalParams,
        response: { 200: progressPointListSchema, ...errorResponses },
      },
    },
    async (request) => ({ points: await listGoalPoints(database, request.params.id, request.params.goalId) }),
  );
  app.post(
    '/api/v1/plans/:id/goals/:goalId/points',
    {
      config: studentAccess(progressPolicy, 'enter-progress', 'plan'),
      schema: {
        tags,
        summary: 'Record a score for a goal (one per day: a second score on the same date is 409)',
        params: planGoalParams,
        body: progressPointInputSchema,
        response: { 201: progressPointRecordSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await addProgressPoint({
          database,
          clock,
          audit: auditOf(request),
          planId: request.params.id,
          goalId: request.params.goalId,
          input: request.body,
        }),
      ),
  );
  app.post(
    '/api/v1/plans/:id/goals/:goalId/points/import',
    {
      config: studentAccess(progressPolicy, 'enter-progress', 'plan', false),
      schema: {
        tags,
        summary:
          'Import scores from a CSV (date,value[,note][,measured_by]): dryRun=true (default) previews, dryRun=false writes all or nothing',
        params: planGoalParams,
        querystring: progressImportQuerySchema,
        body: progressImportBodySchema,
        response: { 200: progressImportPreviewSchema, 201: progressImportCommitSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, goalId } = request.params;
      if (request.query.dryRun === 'true') return previewProgressCsv(database, id, goalId, request.body.csv);
      return reply.code(201).send(
        await commitProgressCsv({
          database,
          clock,
          audit: auditOf(request),
          planId: id,
          goalId,
          csv: request.body.csv,
        }),
      );
    },
  );
  app.put(
    '/api/v1/progress-points/:id',
    {
      config: studentAccess(progressPolicy, 'enter-progress', 'progress-point'),
      schema: {
        tags,
        summary: 'Correct a score (date, value, note, measured by); the history keeps what it was',
        params: idParams,
        body: progressPointInputSchema,
        response: { 200: progressPointRecordSchema, ...errorResponses },
      },
    },
    async (request) =>
      correctProgressPoint({
        database,
        clock,
        audit: auditOf(request),
        pointId: request.params.id,
        input: request.body,
      }),
  );
  app.delete(
    '/api/v1/progress-points/:id',
    {
      config: studentAccess(progressPolicy, 'enter-progress', 'progress-point'),
      schema: {
        tags,
        summary: 'Remove a score entered by mistake; the history keeps it',
        params: idParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteProgressPoint({ database, clock, audit: auditOf(request), pointId: request.params.id });
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/progress-points/:id/history',
    {
      config: studentAccess(progressPolicy, 'read', 'progress-point'),
      schema: {
        tags,
        summary: 'Every recorded state of a score, including its deletion',
        params: idParams,
        response: { 200: historyResponse, ...errorResponses },
      },
    },
    async (request) => ({ history: await getHistory(database, 'progress-point', request.params.id) }),
  );
  app.get(
    '/api/v1/plans/:id/goals/:goalId/phase-changes',
    {
      config: studentAccess(progressPolicy, 'read', 'plan'),
      schema: {
        tags,
        summary: "A goal's changes in instruction in date order",
        params: planGoalParams,
        response: { 200: phaseChangeListSchema, ...errorResponses },
      },
    },
    async (request) => ({
      phaseChanges: await listGoalPhaseChanges(database, request.params.id, request.params.goalId),
    }),
  );
  app.post(
    '/api/v1/plans/:id/goals/:goalId/phase-changes',
    {
      config: studentAccess(progressPolicy, 'enter-progress', 'plan'),
      schema: {
        tags,
        summary: 'Record a change in instruction; only later scores make the trend (one per day)',
        params: planGoalParams,
        body: phaseChangeInputSchema,
        response: { 201: phaseChangeRecordSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await addPhaseChange({
          database,
          clock,
          audit: auditOf(request),
          planId: request.params.id,
          goalId: request.params.goalId,
          input: request.body,
        }),
      ),
  );
  app.delete(
    '/api/v1/phase-changes/:id',
    {
      config: studentAccess(progressPolicy, 'enter-progress', 'phase-change'),
      schema: {
        tags,
        summary: 'Remove a change in instruction recorded by mistake; the history keeps it',
        params: idParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await removePhaseChange({ database, clock, audit: auditOf(request), id: request.params.id });
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/phase-changes/:id/history',
    {
      config: studentAccess(progressPolicy, 'read', 'phase-change'),
      schema: {
        tags,
        summary: 'Every recorded state of a change in instruction, including its deletion',
        params: idParams,
        response: { 200: historyResponse, ...errorResponses },
      },
    },
    async (request) => ({ history: await getHistory(database, 'phase-change', request.params.id) }),
  );
  app.get(
    '/api/v1/plans/:id/progress-report.pdf',
    {
      config: studentAccess(progressPolicy, 'read', 'plan'),
      schema: {
        tags,
        summary:
          'The progress report for a period as a US Letter PDF (English or Spanish): every goal with status, graph, scores and comments',
        params: idParams,
        querystring: progressReportQuerySchema,
        response: documentErrorResponses,
      },
    },
    async (request, reply) =>
      renderSlots.run(signedInUserId(request), async () => {
        const report = await buildProgressReport(database, clock, request.params.id, request.query);
        const pdf = await renderer.render({ kind: 'progress-report-pdf', report });
        const name = `binder-progress-report-${request.query.to ?? clock.today()}.pdf`;
        return sendDocument(reply, 'application/pdf', name, pdf);
      }),
  );
}
