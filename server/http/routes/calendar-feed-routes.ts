import type { FastifyRequest } from 'fastify';
import { caseEventPolicy, meetingPolicy } from '../../../core/policies/entity-policies';
import {
  calendarFeedInputSchema,
  calendarFeedListSchema,
  calendarFeedTokenParams,
  calendarLanguageQuerySchema,
  createdCalendarFeedSchema,
  deadlineEventQuerySchema,
} from '../../../core/schemas/calendar-feed';
import type { Config } from '../../config';
import { attachmentName } from '../../documents/attachment-name';
import {
  createChildFeed,
  createPersonFeed,
  deadlineCalendarFile,
  listCalendarFeeds,
  meetingCalendarFile,
  readCalendarFeed,
  revokeCalendarFeed,
} from '../../services/calendar-feed-services';
import { auditOf, signedInUserId } from '../access-control';
import type { AppContext } from '../app-context';
import { expectedOrigin } from '../csrf';
import { CALENDAR_FEED, SIGNED_IN, studentAccess } from '../route-access';
import type { TypedApp } from '../typed-app';
import { errorResponse, errorResponses, idParams, noContent } from './route-schemas';
import { sendDocument, sendText } from './send-document';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** Where the links in calendar entries point: the configured public address, else the one this request used. */
function linkOrigin(config: Config, request: FastifyRequest): string {
  if (config.publicUrl !== null) return config.publicUrl;
  const origin = expectedOrigin(config, request);
  return origin === 'null' ? 'http://localhost' : origin;
}

/**
 * Calendar feeds (a private link per person or per child that calendar apps subscribe to) and "add to calendar"
 * downloads of one deadline or meeting (docs/decisions/0039).
 */
export function registerCalendarFeedRoutes(app: TypedApp, { config, database, clock }: AppContext): void {
  const tags = ['calendar-feeds'];
  app.get(
    '/api/v1/calendar-feeds',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary: "The caller's working calendar feed links (never their tokens)",
        response: { 200: calendarFeedListSchema, ...errorResponses },
      },
    },
    async (request) => listCalendarFeeds(database, signedInUserId(request)),
  );
  app.post(
    '/api/v1/calendar-feeds',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary: 'Make a private calendar feed link for every child the caller may see (the token is shown only here)',
        body: calendarFeedInputSchema,
        response: { 201: createdCalendarFeedSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createPersonFeed({ database, clock, userId: signedInUserId(request), language: request.body.language }),
        ),
  );
  app.post(
    '/api/v1/students/:id/calendar-feeds',
    {
      config: studentAccess(caseEventPolicy, 'read', 'student', true),
      schema: {
        tags,
        summary:
          "Make a private calendar feed link for one child's deadlines and meetings (the token is shown only here)",
        params: idParams,
        body: calendarFeedInputSchema,
        response: { 201: createdCalendarFeedSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createChildFeed({
          database,
          clock,
          audit: auditOf(request),
          userId: signedInUserId(request),
          studentId: request.params.id,
          language: request.body.language,
        }),
      ),
  );
  app.delete(
    '/api/v1/calendar-feeds/:id',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary: "Revoke one of the caller's calendar feed links: it answers 404 from now on",
        params: idParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await revokeCalendarFeed({ database, clock, userId: signedInUserId(request), feedId: request.params.id });
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/calendar-feeds/:token/binder.ics',
    {
      config: CALENDAR_FEED,
      schema: {
        tags,
        summary:
          'The feed a calendar app subscribes to (iCalendar); no session: the link is the key. 404 once revoked or when its maker may no longer see the children',
        params: calendarFeedTokenParams,
        response: { 400: errorResponse, 404: errorResponse },
      },
    },
    async (request, reply) => {
      const text = await readCalendarFeed({
        database,
        clock,
        token: request.params.token,
        origin: linkOrigin(config, request),
        audit: auditOf(request),
      });
      return sendText(reply, CALENDAR_TYPE, text);
    },
  );
  app.get(
    '/api/v1/students/:id/deadline.ics',
    {
      config: studentAccess(caseEventPolicy, 'read'),
      schema: {
        tags,
        summary: 'One deadline of the child as a calendar file to download (its rule and the date that started it)',
        params: idParams,
        querystring: deadlineEventQuerySchema,
        response: { 400: errorResponse, 404: errorResponse },
      },
    },
    async (request, reply) => {
      const { rule, trigger, language } = request.query;
      const file = await deadlineCalendarFile({
        database,
        clock,
        studentId: request.params.id,
        rule,
        trigger,
        language,
        origin: linkOrigin(config, request),
      });
      const name = attachmentName([file.givenName, rule, trigger], 'ics');
      return sendDocument(reply, CALENDAR_TYPE, name, Buffer.from(file.text, 'utf8'));
    },
  );
  app.get(
    '/api/v1/meetings/:id/calendar.ics',
    {
      config: studentAccess(meetingPolicy, 'read', 'meeting'),
      schema: {
        tags,
        summary: 'A meeting as a calendar file to download',
        params: idParams,
        querystring: calendarLanguageQuerySchema,
        response: { 400: errorResponse, 404: errorResponse },
      },
    },
    async (request, reply) => {
      const file = await meetingCalendarFile({
        database,
        clock,
        meetingId: request.params.id,
        language: request.query.language,
        origin: linkOrigin(config, request),
      });
      const name = attachmentName([file.givenName, 'meeting', file.date], 'ics');
      return sendDocument(reply, CALENDAR_TYPE, name, Buffer.from(file.text, 'utf8'));
    },
  );
}
