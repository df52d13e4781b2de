import { auditOf, signedInUserId } from '../access-control';
import {
  meetingAnswerSchema,
  meetingInputSchema,
  meetingListSchema,
  meetingPrepQuerySchema,
  meetingSchema,
  suggestedQuestionsSchema,
} from '../../../core/schemas/meeting';
import { getHistory } from '../../services/history-services';
import { meetingPrep, suggestMeetingQuestions } from '../../services/meeting-prep-services';
import { getMeeting, listMeetings, recordMeeting, reviseMeeting } from '../../services/meeting-services';
import type { DocumentContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { documentErrorResponses, errorResponses, historyResponse, idParams } from './route-schemas';
import { sendDocument } from './send-document';
import { studentAccess } from '../route-access';
import { meetingPolicy } from '../../../core/policies/entity-policies';

export function registerMeetingRoutes(app: TypedApp, context: DocumentContext): void {
  const { database, clock, renderer, renderSlots } = context;
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
        summary:
          'Record a meeting: scheduled (records meeting-scheduled; the answer says what the notice rule makes of it), held (an IEP meeting records iep-meeting-held) or cancelled',
        params: idParams,
        body: meetingInputSchema,
        response: { 201: meetingAnswerSchema, ...errorResponses },
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
        summary: 'Correct a meeting or move it along: held, cancelled, or moved to a new date (its events follow)',
        params: idParams,
        body: meetingInputSchema,
        response: { 200: meetingAnswerSchema, ...errorResponses },
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
  app.get(
    '/api/v1/meetings/:id/suggested-questions',
    {
      config: studentAccess(meetingPolicy, 'read', 'meeting'),
      schema: {
        tags,
        summary:
          'Questions the case suggests for a meeting: overdue items, timeline findings, goals not on track, services cut',
        params: idParams,
        response: { 200: suggestedQuestionsSchema, ...errorResponses },
      },
    },
    async (request) => ({ questions: await suggestMeetingQuestions(database, clock, request.params.id) }),
  );
  app.get(
    '/api/v1/meetings/:id/prep.pdf',
    {
      config: studentAccess(meetingPolicy, 'read', 'meeting'),
      schema: {
        tags,
        summary: "The parent's one-page meeting preparation (agenda, concerns, questions, documents) as a PDF",
        params: idParams,
        querystring: meetingPrepQuerySchema,
        response: documentErrorResponses,
      },
    },
    async (request, reply) =>
      renderSlots.run(signedInUserId(request), async () => {
        const sheet = await meetingPrep(database, request.params.id, request.query.language);
        const pdf = await renderer.render({ kind: 'meeting-prep-pdf', sheet });
        return sendDocument(reply, 'application/pdf', `binder-meeting-prep-${request.query.language}.pdf`, pdf);
      }),
  );
}
