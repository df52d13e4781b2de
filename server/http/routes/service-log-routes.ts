import { serviceLogEntrySchema, serviceLogInputSchema, serviceLogSchema } from '../../../core/schemas/service-log';
import { serviceLogPolicy } from '../../../core/policies/entity-policies';
import { getServiceLog, logServiceSession } from '../../services/service-log-services';
import { auditOf } from '../access-control';
import { actorName } from '../actor-name';
import type { AppContext } from '../app-context';
import { studentAccess } from '../route-access';
import type { TypedApp } from '../typed-app';
import { errorResponses, idParams } from './route-schemas';

/** Sessions of the plan's services as delivered or missed, and the totals per service. */
export function registerServiceLogRoutes(app: TypedApp, { database, clock }: AppContext): void {
  const tags = ['service-log'];
  app.get(
    '/api/v1/students/:id/service-logs',
    {
      config: studentAccess(serviceLogPolicy, 'read'),
      schema: {
        tags,
        summary: 'Logged service sessions, newest first, with delivered and missed minutes per service',
        params: idParams,
        response: { 200: serviceLogSchema, ...errorResponses },
      },
    },
    async (request) => getServiceLog(database, request.params.id),
  );
  app.post(
    '/api/v1/students/:id/service-logs',
    {
      config: studentAccess(serviceLogPolicy, 'log-service'),
      schema: {
        tags,
        summary: 'Log one session of a service as delivered or missed',
        params: idParams,
        body: serviceLogInputSchema,
        response: { 201: serviceLogEntrySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const author = { userId: request.actor.userId, name: actorName(request.actor) };
      const entry = await logServiceSession({
        database,
        clock,
        audit: auditOf(request),
        studentId: request.params.id,
        author,
        input: request.body,
      });
      return reply.code(201).send(entry);
    },
  );
}
