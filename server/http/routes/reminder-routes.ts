import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { mailLanguageOf } from '../../../core/mail/mail-texts';
import { reminderSettingsSchema, unsubscribeQuerySchema } from '../../../core/schemas/reminders';
import { AppError } from '../../app-error';
import { resolveAuthSecret } from '../../auth/auth-secret';
import { reminderSettingsOf, unsubscribe, updateReminderSettings } from '../../services/reminder-services';
import type { AppContext } from '../app-context';
import { PUBLIC, SIGNED_IN } from '../route-access';
import type { TypedApp } from '../typed-app';
import { errorResponses, noContent } from './route-schemas';

const tags = ['reminders'];

function signedInUser(userId: string | null): string {
  if (userId === null) throw new AppError('not-signed-in', 'sign in to continue');
  return userId;
}

/** Reminder settings of the signed-in person, and the one-click unsubscribe link of reminder mail. */
export async function registerReminderRoutes(app: TypedApp, context: AppContext): Promise<void> {
  const { database, clock } = context;
  const secret = resolveAuthSecret(context.config);
  app.get(
    '/api/v1/account/reminders',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary: 'Your reminder settings: deadline reminders, the weekly digest, and their language (all off at first)',
        response: { 200: reminderSettingsSchema },
      },
    },
    (request) =>
      reminderSettingsOf(
        database,
        signedInUser(request.actor.userId),
        mailLanguageOf(request.headers['accept-language']),
      ),
  );
  app.put(
    '/api/v1/account/reminders',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary: 'Turn deadline reminders (a week before, the day before, when passed unmet) and the digest on or off',
        body: reminderSettingsSchema,
        response: { 200: reminderSettingsSchema, ...errorResponses },
      },
    },
    (request) => updateReminderSettings(database, clock, signedInUser(request.actor.userId), request.body),
  );

  // The mail provider's one-click POST (RFC 8058) sends `List-Unsubscribe=One-Click` as a form: accepted here
  // only, and ignored (the token in the address says whose reminders stop).
  await app.register((child, _options, done) => {
    child.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, _body, next) => {
      next(null, {});
    });
    child.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/reminders/unsubscribe',
      {
        config: { ...PUBLIC, fromMail: true },
        schema: {
          tags,
          summary: 'One-click unsubscribe (List-Unsubscribe-Post): turns every reminder of the link’s account off',
          querystring: unsubscribeQuerySchema,
          response: { 204: noContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await unsubscribe(database, clock, secret, request.query.token);
        return reply.code(204).send(null);
      },
    );
    done();
  });
}
