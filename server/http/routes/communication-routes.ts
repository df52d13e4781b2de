import { auditOf } from '../access-control';
import {
  communicationInputSchema,
  communicationListSchema,
  communicationSchema,
} from '../../../core/schemas/communication';
import {
  getCommunication,
  listCommunications,
  recordCommunication,
  reviseCommunication,
} from '../../services/communication-services';
import { getHistory } from '../../services/history-services';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { errorResponses, historyResponse, idParams } from './route-schemas';
import { studentAccess } from '../route-access';
import { communicationPolicy } from '../../../core/policies/entity-policies';

export function registerCommunicationRoutes(app: TypedApp, { database, clock }: AppContext): void {
  const tags = ['communication log'];
  app.get(
    '/api/v1/students/:id/communications',
    {
      config: studentAccess(communicationPolicy, 'read'),
      schema: {
        tags,
        summary: 'The communication log, newest first',
        params: idParams,
        response: { 200: communicationListSchema, ...errorResponses },
      },
    },
    async (request) => ({ communications: await listCommunications(database, request.params.id) }),
  );
  app.post(
    '/api/v1/students/:id/communications',
    {
      config: studentAccess(communicationPolicy, 'write'),
      schema: {
        tags,
        summary: 'Log a call, email or letter with the school',
        params: idParams,
        body: communicationInputSchema,
        response: { 201: communicationSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await recordCommunication({
          database,
          clock,
          audit: auditOf(request),
          studentId: request.params.id,
          input: request.body,
        }),
      ),
  );
  app.get(
    '/api/v1/communications/:id',
    {
      config: studentAccess(communicationPolicy, 'read', 'communication'),
      schema: {
        tags,
        summary: 'One log entry',
        params: idParams,
        response: { 200: communicationSchema, ...errorResponses },
      },
    },
    async (request) => getCommunication(database, request.params.id),
  );
  app.put(
    '/api/v1/communications/:id',
    {
      config: studentAccess(communicationPolicy, 'write', 'communication'),
      schema: {
        tags,
        summary: 'Correct a log entry',
        params: idParams,
        body: communicationInputSchema,
        response: { 200: communicationSchema, ...errorResponses },
      },
    },
    async (request) =>
      reviseCommunication({ database, clock, audit: auditOf(request), id: request.params.id, input: request.body }),
  );
  app.get(
    '/api/v1/communications/:id/history',
    {
      config: studentAccess(communicationPolicy, 'read', 'communication'),
      schema: {
        tags,
        summary: 'Every recorded state of a log entry',
        params: idParams,
        response: { 200: historyResponse, ...errorResponses },
      },
    },
    async (request) => ({ history: await getHistory(database, 'communication', request.params.id) }),
  );
}
