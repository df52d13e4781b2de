import { asOfQuerySchema } from '../../../core/schemas/as-of';
import { servicesLedgerSchema } from '../../../core/schemas/service-ledger';
import {
  serviceLogEntrySchema,
  serviceLogImportInputSchema,
  serviceLogImportSchema,
  serviceLogInputSchema,
  serviceLogSchema,
} from '../../../core/schemas/service-log';
import { serviceLogPolicy } from '../../../core/policies/entity-policies';
import {
  getServiceLog,
  getServicesLedger,
  importServiceLogCsv,
  logServiceSession,
} from '../../services/service-log-services';
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
  app.post(
    '/api/v1/students/:id/service-logs/import',
    {
      config: studentAccess(serviceLogPolicy, 'log-service'),
      schema: {
        tags,
        summary:
          "Import a provider's session log (CSV: date,service,minutes,status[,reason][,make_up][,note]): every row checked first, all or nothing",
        params: idParams,
        body: serviceLogImportInputSchema,
        response: { 201: serviceLogImportSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const author = { userId: request.actor.userId, name: actorName(request.actor) };
      const imported = await importServiceLogCsv({
        database,
        clock,
        audit: auditOf(request),
        studentId: request.params.id,
        author,
        csv: request.body.csv,
      });
      return reply.code(201).send(imported);
    },
  );
  app.get(
    '/api/v1/students/:id/service-ledger',
    {
      config: studentAccess(serviceLogPolicy, 'read'),
      schema: {
        tags,
        summary:
          "Each IEP service's minutes required, delivered and owed per period, with the running total of compensatory minutes owed (asOf defaults to today)",
        params: idParams,
        querystring: asOfQuerySchema,
        response: { 200: servicesLedgerSchema, ...errorResponses },
      },
    },
    async (request) => getServicesLedger(database, request.params.id, request.query.asOf ?? clock.today()),
  );
}
