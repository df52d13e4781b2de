import { commentInputSchema, commentListSchema, commentSchema } from '../../../core/schemas/comment';
import { commentPolicy } from '../../../core/policies/entity-policies';
import { addComment, listComments } from '../../services/comment-services';
import { auditOf } from '../access-control';
import { actorName } from '../actor-name';
import type { AppContext } from '../app-context';
import { studentAccess } from '../route-access';
import type { TypedApp } from '../typed-app';
import { errorResponses, idParams } from './route-schemas';

/** The family and their advocate discussing the child's case. */
export function registerCommentRoutes(app: TypedApp, { database, clock }: AppContext): void {
  const tags = ['comments'];
  app.get(
    '/api/v1/students/:id/comments',
    {
      config: studentAccess(commentPolicy, 'read'),
      schema: {
        tags,
        summary: "Comments on the child's record, newest first",
        params: idParams,
        response: { 200: commentListSchema, ...errorResponses },
      },
    },
    async (request) => ({ comments: await listComments(database, request.params.id) }),
  );
  app.post(
    '/api/v1/students/:id/comments',
    {
      config: studentAccess(commentPolicy, 'comment'),
      schema: {
        tags,
        summary: "Comment on the child's record",
        params: idParams,
        body: commentInputSchema,
        response: { 201: commentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const author = { userId: request.actor.userId, name: actorName(request.actor) };
      const comment = await addComment({
        database,
        clock,
        audit: auditOf(request),
        studentId: request.params.id,
        author,
        input: request.body,
      });
      return reply.code(201).send(comment);
    },
  );
}
