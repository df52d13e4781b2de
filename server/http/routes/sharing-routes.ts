import {
  acceptedInvitationSchema,
  accessListSchema,
  createdInvitationSchema,
  invitationInputSchema,
  invitationPreviewSchema,
  invitationTokenSchema,
} from '../../../core/schemas/sharing';
import { AppError } from '../../app-error';
import { sharingPolicy } from '../../../core/policies/entity-policies';
import {
  acceptInvitation,
  listAccess,
  previewInvitation,
  removeAccess,
  revokeInvitation,
  shareRecord,
} from '../../services/sharing-services';
import { mailLanguageOf } from '../../../core/mail/mail-texts';
import { auditOf } from '../access-control';
import { expectedOrigin } from '../csrf';
import type { AppContext } from '../app-context';
import { studentAccess, type RouteAccess } from '../route-access';
import type { TypedApp } from '../typed-app';
import { errorResponse, errorResponses, idParams, noContent } from './route-schemas';

/** A deletion answers 204 with no body. */

const PREVIEW: { access: RouteAccess } = { access: { kind: 'invitation', action: 'read' } };
const ACCEPT: { access: RouteAccess } = { access: { kind: 'invitation', action: 'accept' } };

/** The signed-in caller's id: every route here is reached only by a signed-in person (the access rule). */
function userIdOf(actor: { userId: string | null }): string {
  if (actor.userId === null) throw new AppError('not-signed-in', 'sign in to continue');
  return actor.userId;
}

/** Sharing a child's record: who has access, invitation links (make, revoke, preview, accept), removing access. */
export function registerSharingRoutes(app: TypedApp, context: AppContext): void {
  const { database, clock } = context;
  const tags = ['sharing'];
  app.get(
    '/api/v1/students/:id/access',
    {
      config: studentAccess(sharingPolicy, 'read'),
      schema: {
        tags,
        summary: "Who can see the child's record, and the invitation links made for it",
        params: idParams,
        response: { 200: accessListSchema, ...errorResponses },
      },
    },
    async (request) => listAccess(database, clock, request.params.id),
  );
  app.post(
    '/api/v1/students/:id/invitations',
    {
      config: studentAccess(sharingPolicy, 'share'),
      schema: {
        tags,
        summary: 'Share the record: a single-use link for one role, valid 7 days (the token is shown only here)',
        params: idParams,
        body: invitationInputSchema,
        response: { 201: createdInvitationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = { userId: userIdOf(request.actor) };
      const created = await shareRecord({
        database,
        clock,
        audit: auditOf(request),
        studentId: request.params.id,
        actor,
        input: request.body,
        mail: {
          baseUrl: context.config.publicUrl ?? expectedOrigin(context.config, request),
          language: mailLanguageOf(request.headers['accept-language']),
        },
      });
      return reply.code(201).send(created);
    },
  );
  app.delete(
    '/api/v1/invitations/:id',
    {
      config: studentAccess(sharingPolicy, 'share', 'invitation'),
      schema: {
        tags,
        summary: 'Revoke an invitation link that was not used yet',
        params: idParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await revokeInvitation({ database, clock, audit: auditOf(request), invitationId: request.params.id });
      return reply.code(204).send(null);
    },
  );
  app.delete(
    '/api/v1/access/:id',
    {
      config: studentAccess(sharingPolicy, 'share', 'access-grant'),
      schema: {
        tags,
        summary: "Remove one person's access to the record, effective immediately",
        params: idParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeAccess({ database, clock, audit: auditOf(request), grantId: request.params.id });
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/v1/invitations/preview',
    {
      config: PREVIEW,
      schema: {
        tags,
        summary: 'What an invitation link offers, before accepting it; 410 when expired, used or revoked',
        body: invitationTokenSchema,
        response: { 200: invitationPreviewSchema, 404: errorResponse, 410: errorResponse },
      },
    },
    async (request) => previewInvitation(database, clock, request.body.token, auditOf(request)),
  );
  app.post(
    '/api/v1/invitations/accept',
    {
      config: ACCEPT,
      schema: {
        tags,
        summary: 'Accept an invitation link: single use; 410 when expired, used or revoked',
        body: invitationTokenSchema,
        response: {
          200: acceptedInvitationSchema,
          404: errorResponse,
          409: errorResponse,
          410: errorResponse,
        },
      },
    },
    async (request) => {
      const actor = { userId: userIdOf(request.actor) };
      return acceptInvitation({ database, clock, audit: auditOf(request), actor, token: request.body.token });
    },
  );
}
