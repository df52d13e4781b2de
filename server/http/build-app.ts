import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { createAuth } from '../auth/auth';
import { createDocumentRenderer } from '../documents/document-renderer';
import { RenderSlots } from '../documents/render-slots';
import { resolveAuthSecret } from '../auth/auth-secret';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { registerAccessControl } from './access-control';
import type { AppContext } from './app-context';
import { registerAuthRoutes } from './routes/auth-routes';
import { PUBLIC } from './route-access';
import { frameworkErrors, registerErrorHandling } from './error-handler';
import { registerInputGuard } from './input-guard';
import { registerJsonCompression } from './json-compression';
import { registerAnalysisRoutes } from './routes/analysis-routes';
import { registerCommunicationRoutes } from './routes/communication-routes';
import { registerSchoolPeopleRoutes } from './routes/school-people-routes';
import { registerEventRoutes } from './routes/event-routes';
import { registerFamilyRoutes } from './routes/family-routes';
import { registerGuideRoutes } from './routes/guide-routes';
import { registerLetterRoutes } from './routes/letter-routes';
import { registerMeetingRoutes } from './routes/meeting-routes';
import { registerPlanRoutes } from './routes/plan-routes';
import { registerSchoolTeamRoutes } from './routes/school-team-routes';
import { registerProgressRoutes } from './routes/progress-routes';
import { registerImportRoutes } from './routes/import-routes';
import { registerStudentRoutes } from './routes/student-routes';
import { registerTimelineRoutes } from './routes/timeline-routes';
import { registerHealthRoutes } from './routes/health-routes';
import { registerSharingRoutes } from './routes/sharing-routes';
import { registerAuditTrailRoutes } from './routes/audit-trail-routes';
import { registerAdminRoutes } from './routes/admin-routes';
import { registerWholeRecordRoutes } from './routes/whole-record-routes';
import { registerCommentRoutes } from './routes/comment-routes';
import { registerServiceLogRoutes } from './routes/service-log-routes';
import { registerCalendarRoutes } from './routes/calendar-routes';
import { registerPersonLanguageRoutes } from './routes/person-language-routes';
import { registerReminderRoutes } from './routes/reminder-routes';
import { registerCalendarFeedRoutes } from './routes/calendar-feed-routes';
import { registerDocumentRoutes } from './routes/document-routes';
import { DOCUMENT_MAX_BYTES } from '../../core/schemas/document';
import { DocumentTextQueue } from '../services/document-text-queue';
import { blobStoreFor } from '../storage/blob-store';
import { registerSecurityHeaders } from './security-headers';
import { registerWebApp } from './static-files';
import { validatorCompiler } from './validator-compiler';

declare module 'fastify' {
  interface FastifyInstance {
    /** Resolves when no document's words are being extracted (tests wait on it instead of a clock). */
    documentTextsIdle: () => Promise<void>;
  }
}

/** Largest JSON body accepted: a whole case file fits many times over; anything bigger is refused with 413. */
const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Builds the HTTP app around an opened database. Does not listen: `server/main.ts` does, and tests use
 * `app.inject`.
 */
export async function buildApp(context: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      context.config.logLevel === 'silent'
        ? false
        : {
            level: context.config.logLevel,
            // Only method and path: query strings and bodies can hold a child's information.
            serializers: {
              req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
            },
          },
    bodyLimit: BODY_LIMIT_BYTES,
    frameworkErrors,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerSecurityHeaders(app);
  registerJsonCompression(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Binder API',
        description:
          'The IEP & 504 plan workspace. Dates are YYYY-MM-DD strings; errors are JSON { error: { code, message, issues? } }.',
        version: '1',
      },
    },
    transform: jsonSchemaTransform,
  });

  // Before access control: its onRequest hook refuses unstorable text before an :id is looked up.
  registerInputGuard(app);
  // Before any route: it refuses routes without an access rule as they are added.
  const auth = createAuth(context.config, context.database, context.clock);
  const authSecret = resolveAuthSecret(context.config);
  registerAccessControl(app, { ...context, auth, authSecret });

  // PDFs and archives are made in worker threads (docs/decisions/0012); the threads end with the app.
  const renderer = createDocumentRenderer(context.config.renderThreads);
  const documents = { ...context, renderer, renderSlots: new RenderSlots(context.config.rendersPerAccount) };

  // Uploaded documents (docs/decisions/0042): multipart with its own limits (the JSON body limit is unchanged),
  // bytes in the data folder by hash, words extracted in the background by the same worker pool (0043).
  await app.register(multipart, {
    limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 8, fieldSize: 64 * 1024, parts: 9, headerPairs: 100 },
  });
  const storage = { store: blobStoreFor(context.config.dataDir), familyQuotaBytes: context.config.familyQuotaBytes };
  const texts = new DocumentTextQueue(context.database, storage.store, renderer);
  // The current extraction finishes before the pool closes; documents left pending resume at the next start.
  app.addHook('onClose', async () => {
    await texts.close();
    await renderer.close();
  });
  app.addHook('onReady', () => texts.resumePending());
  app.decorate('documentTextsIdle', () => texts.idle());

  registerAuthRoutes(app, {
    auth,
    authSecret,
    throttle: new SignInThrottle(context.database),
    clock: context.clock,
    database: context.database,
  });
  registerHealthRoutes(app, context);
  registerFamilyRoutes(app, context);
  registerStudentRoutes(app, context);
  registerPlanRoutes(app, context);
  registerMeetingRoutes(app, documents);
  registerEventRoutes(app, context);
  registerCommunicationRoutes(app, context);
  registerSchoolPeopleRoutes(app, context);
  registerTimelineRoutes(app, context);
  registerCalendarRoutes(app, context);
  registerCalendarFeedRoutes(app, context);
  registerAnalysisRoutes(app, context);
  registerGuideRoutes(app, context);
  registerLetterRoutes(app, documents);
  registerSchoolTeamRoutes(app, context);
  registerProgressRoutes(app, documents);
  registerSharingRoutes(app, context);
  registerAuditTrailRoutes(app, context);
  registerAdminRoutes(app, context);
  registerWholeRecordRoutes(app, { ...documents, storage });
  registerDocumentRoutes(app, { ...context, storage, texts });
  registerImportRoutes(app, { ...context, storage, texts });
  registerCommentRoutes(app, context);
  registerServiceLogRoutes(app, context);
  await registerReminderRoutes(app, context);
  registerPersonLanguageRoutes(app, context);
  app.get('/api/v1/openapi.json', { config: PUBLIC, schema: { hide: true } }, () => app.swagger());

  await registerWebApp(app, context.config.webRoot);
  return app;
}
