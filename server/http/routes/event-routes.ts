import { auditOf } from '../access-control';
import { caseEventSchema, eventListSchema, storedEventSchema } from '../../../core/schemas/case-event';
import { getEvent, listEvents, recordEvent, removeEvent, reviseEvent } from '../../services/event-services';
import { getHistory } from '../../services/history-services';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { errorResponses, historyResponse, idParams, noContent, studentEventParams } from './route-schemas';
import { studentAccess } from '../route-access';
import { caseEventPolicy } from '../../../core/policies/entity-policies';

export function registerEventRoutes(app: TypedApp, { database, clock }: AppContext): void {
  const tags = ['events'];
  app.get(
    '/api/v1/students/:id/events',
    {
      config: studentAccess(caseEventPolicy, 'read'),
      schema: {
        tags,
        summary: "A child's case events in date order",
        params: idParams,
        response: { 200: eventListSchema, ...errorResponses },
      },
    },
    async (request) => ({ events: await listEvents(database, request.params.id) }),
  );
  app.post(
    '/api/v1/students/:id/events',
    {
      config: studentAccess(caseEventPolicy, 'write'),
      schema: {
        tags,
        summary: 'Record a case event (docs/case-file-contract.md types)',
        params: idParams,
        body: caseEventSchema,
        response: { 201: storedEventSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await recordEvent({
          database,
          clock,
          audit: auditOf(request),
          studentId: request.params.id,
          event: request.body,
        }),
      ),
  );
  app.delete(
    '/api/v1/students/:id/events/:eventId',
    {
      config: studentAccess(caseEventPolicy, 'write'),
      schema: {
        tags,
        summary: 'Remove an event entered by hand (by mistake, or twice); its history keeps it',
        params: studentEventParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeEvent({
        database,
        clock,
        audit: auditOf(request),
        studentId: request.params.id,
        eventId: request.params.eventId,
      });
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/events/:id',
    {
      config: studentAccess(caseEventPolicy, 'read', 'case-event'),
      schema: {
        tags,
        summary: 'A case event',
        params: idParams,
        response: { 200: storedEventSchema, ...errorResponses },
      },
    },
    async (request) => getEvent(database, request.params.id),
  );
  app.put(
    '/api/v1/events/:id',
    {
      config: studentAccess(caseEventPolicy, 'write', 'case-event'),
      schema: {
        tags,
        summary: 'Correct an event entered by hand',
        params: idParams,
        body: caseEventSchema,
        response: { 200: storedEventSchema, ...errorResponses },
      },
    },
    async (request) =>
      reviseEvent({ database, clock, audit: auditOf(request), id: request.params.id, event: request.body }),
  );
  app.get(
    '/api/v1/events/:id/history',
    {
      config: studentAccess(caseEventPolicy, 'read', 'case-event'),
      schema: {
        tags,
        summary: 'Every recorded state of an event',
        params: idParams,
        response: { 200: historyResponse, ...errorResponses },
      },
    },
    async (request) => ({ history: await getHistory(database, 'case-event', request.params.id) }),
  );
}
