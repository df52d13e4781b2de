import { adminUserListSchema, auditChainReportSchema } from '../../../core/schemas/audit-trail';
import { verifyAuditChain } from '../../audit/verify-audit-chain';
import { listUsers } from '../../services/audit-trail-services';
import type { AppContext } from '../app-context';
import { ADMIN } from '../route-access';
import type { TypedApp } from '../typed-app';
import { errorResponse } from './route-schemas';

/** For the deployment's administrators: the accounts, and a check that the audit trail was not tampered with. */
export function registerAdminRoutes(app: TypedApp, { database }: AppContext): void {
  const tags = ['admin'];
  const refused = { 401: errorResponse, 403: errorResponse };
  app.get(
    '/api/v1/admin/users',
    {
      config: ADMIN,
      schema: {
        tags,
        summary: 'Every account, oldest first',
        response: { 200: adminUserListSchema, ...refused },
      },
    },
    async () => ({ users: await listUsers(database) }),
  );
  app.get(
    '/api/v1/admin/audit/verify',
    {
      config: ADMIN,
      schema: {
        tags,
        summary: 'Walk the hash-chained audit trail and list every break (changed or missing entries)',
        response: { 200: auditChainReportSchema, ...refused },
      },
    },
    async () => {
      const report = await verifyAuditChain(database.db);
      return { entries: report.entries, problems: [...report.problems] };
    },
  );
}
