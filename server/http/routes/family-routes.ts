import { auditOf, signedInUserId } from '../access-control';
import { demoFamilySchema } from '../../../core/schemas/demo-family';
import { demoRequestSchema } from '../../../core/schemas/demo-request';
import { familyListSchema } from '../../../core/schemas/student';
import { listFamilySummaries } from '../../services/list-families';
import { loadDemoFamily } from '../../services/load-demo-family';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { NEW_STUDENT, searchAccess } from '../route-access';

export function registerFamilyRoutes(app: TypedApp, context: AppContext): void {
  app.get(
    '/api/v1/families',
    {
      config: searchAccess('student'),
      schema: {
        tags: ['families'],
        summary: 'Families with their children and the plan in effect today',
        response: { 200: familyListSchema },
      },
    },
    async (request) => ({
      families: await listFamilySummaries(context.database, context.clock, signedInUserId(request)),
    }),
  );

  app.post(
    '/api/v1/demo',
    {
      config: NEW_STUDENT,
      schema: {
        tags: ['families'],
        summary: 'Load the fictional demo family (once; loading again changes nothing), dated around today',
        body: demoRequestSchema,
        response: { 200: demoFamilySchema, 201: demoFamilySchema },
      },
    },
    async (request, reply) => {
      const result = await loadDemoFamily({
        database: context.database,
        clock: context.clock,
        audit: auditOf(request),
        ownerUserId: signedInUserId(request),
        language: request.body?.language ?? 'en',
      });
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );
}
