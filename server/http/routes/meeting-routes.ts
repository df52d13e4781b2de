import { auditOf } from '../access-control';
import { meetingInputSchema, meetingListSchema, meetingSchema } from '../../../core/schemas/meeting';
import { getHistory } from '../../services/history-services';
import { getMeeting, listMeetings, recordMeeting, reviseMeeting } from '../../services/meeting-services';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { errorResponses, historyResponse, idParams } from './route-schemas';
import { studentAccess } from '../route-access';
import { meetingPolicy } from '../../../core/policies/entity-policies';

export function registerMeetingRoutes(app: TypedApp, { database, clock }: AppContext): void {
  const tags = ['meetings'];
  app.get(
    '/api/v1/students/:id/meetings',
    {
      config: studentAccess(meetingPolicy, 'read'),
      schema: {
        tags,
        summary: "A child's meetings, newest first",
        params: idParams,
        response: { 200: meetingListSchema, ...errorResponses },
      },
    },
    async (request) => ({ meetings: await listMeetings(database, request.params.id) }),
  );
  app.post(
    '/api/v1/students/:id/meetings',
    {
      config: studentAccess(meetingPolicy, 'write'),
      schema: {
        tags,
        summary: 'Record a meeting (an IEP meeting also records iep-meeting-held)',
        params: idParams,
        body: meetingInputSchema,
        response: { 201: meetingSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await recordMeeting({
          database,
          clock,
          audit: auditOf(request),
          studentId: request.params.id,
          input: request.body,
        }),
      ),
  );
  app.get(
    '/api/v1/meetings/:id',
    {
      config: studentAccess(meetingPolicy, 'read', 'meeting'),
      schema: { tags, summary: 'A meeting', params: idParams, response: { 200: meetingSchema, ...errorResponses } },
    },
    async (request) => getMeeting(database, request.params.id),
  );
  app.put(
    '/api/v1/meetings/:id',
    {
      config: studentAccess(meetingPolicy, 'write', 'meeting'),
      schema: {
        tags,
        summary: 'Correct a meeting record',
        params: idParams,
        body: meetingInputSchema,
        response: { 200: meetingSchema, ...errorResponses },
      },
    },
    async (request) =>
      reviseMeeting({ database, clock, audit: auditOf(request), meetingId: request.params.id, input: request.body }),
  );
  app.get(
    '/api/v1/meetings/:id/history',
    {
      config: studentAccess(meetingPolicy, 'read', 'meeting'),
      schema: {
        tags,
        summary: 'Every recorded state of a meeting',
        params: idParams,
        response: { 200: historyResponse, ...errorResponses },
      },
    },
    async (request) => ({ history: await getHistory(database, 'meeting', request.params.id) }),
  );
}
