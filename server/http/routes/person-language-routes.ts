import { z } from 'zod';
import { LANGUAGES } from '../../../core/progress/format-words';
import { personLanguageSchema } from '../../../core/schemas/person-language';
import { choosePersonLanguage, personLanguageOf } from '../../services/person-language-services';
import { signedInUserId } from '../access-control';
import type { AppContext } from '../app-context';
import { SIGNED_IN, searchAccess } from '../route-access';
import type { TypedApp } from '../typed-app';
import { errorResponses } from './route-schemas';

const tags = ['accounts'];

const personLanguageViewSchema = personLanguageSchema.extend({
  /** While no language is chosen: the one a child's home languages suggest (docs/decisions/0048), else null. */
  suggested: z.enum(LANGUAGES.filter((language) => language !== 'en') as ['es', 'vi', 'zh-Hans', 'ar']).nullable(),
});

/** The language the signed-in person reads Binder in: pages after sign-in, their mail, their PDFs. */
export function registerPersonLanguageRoutes(app: TypedApp, context: AppContext): void {
  const { database } = context;
  app.get(
    '/api/v1/account/language',
    {
      // Audited as a look at the caller's children: the suggestion comes from their home languages.
      config: searchAccess('student'),
      schema: {
        tags,
        summary:
          'Your reading language (null: not chosen) and, until you choose, the one your child’s home language suggests',
        response: { 200: personLanguageViewSchema },
      },
    },
    (request) => personLanguageOf(database, signedInUserId(request)),
  );
  app.put(
    '/api/v1/account/language',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary: 'Choose your reading language (en, es, vi, zh-Hans, ar), or null to let your browser decide again',
        body: personLanguageSchema,
        response: { 200: personLanguageViewSchema, ...errorResponses },
      },
    },
    (request) => choosePersonLanguage(database, signedInUserId(request), request.body.language),
  );
}
