import { healthSchema } from '../../../core/schemas/health';
import type { AppContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import { PUBLIC } from '../route-access';
import { databaseHealth } from '../../services/database-services';

export function registerHealthRoutes(app: TypedApp, context: AppContext): void {
  app.get(
    '/api/v1/health',
    {
      config: PUBLIC,
      schema: {
        tags: ['system'],
        summary: 'Is the server up and its database reachable?',
        response: { 200: healthSchema },
      },
    },
    async () => {
      return { status: 'ok' as const, database: await databaseHealth(context.database) };
    },
  );
}
