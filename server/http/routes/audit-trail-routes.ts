import { auditTrailPageSchema, auditTrailQuerySchema } from '../../../core/schemas/audit-trail';
import { auditTrailPolicy } from '../../../core/policies/entity-policies';
import { getAuditTrail } from '../../services/audit-trail-services';
import type { AppContext } from '../app-context';
import { studentAccess } from '../route-access';
import type { TypedApp } from '../typed-app';
import { errorResponses, idParams } from './route-schemas';

/** The child's audit trail for the family: every access to the record, allowed or denied. */
export function registerAuditTrailRoutes(app: TypedApp, { database }: AppContext): void {
  app.get(
    '/api/v1/students/:id/audit',
    {
      config: studentAccess(auditTrailPolicy, 'read'),
      schema: {
        tags: ['audit'],
        summary: "Who looked at or changed the child's record, newest first (page with before=nextBefore)",
        params: idParams,
        querystring: auditTrailQuerySchema,
        response: { 200: auditTrailPageSchema, ...errorResponses },
      },
    },
    async (request) => getAuditTrail(database, request.params.id, request.query),
  );
}
