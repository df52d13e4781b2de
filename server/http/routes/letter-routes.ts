import { auditOf, signedInUserId } from '../access-control';
import { composeLetter } from '../../../core/letters/compose-letter';
import { letterPlainText } from '../../../core/letters/letter-plain-text';
import { jurisdictionFacts } from '../../../core/law/jurisdiction-facts';
import {
  letterContentSchema,
  letterTranslationQuerySchema,
  letterTranslationSchema,
  sentLetterSchema,
  letterListSchema,
  savedLetterSchema,
  type EditedLetter,
  type LetterTranslationAnswer,
} from '../../../core/schemas/letter-content';
import {
  composedLetterSchema,
  composeLetterRequestSchema,
  composeTranslationRequestSchema,
  letterTextSchema,
} from '../../../core/schemas/understand';
import { composeDraftTranslation } from '../../services/letter-draft-translation';
import { getLetter, getLetterTranslation, listLetters, sendLetter } from '../../services/letter-services';
import type { DocumentContext } from '../app-context';
import type { TypedApp } from '../typed-app';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendDocument } from './send-document';
import { documentErrorResponses, errorResponses, idParams, studentLetterParams } from './route-schemas';
import { SIGNED_IN, studentAccess } from '../route-access';
import { letterPolicy } from '../../../core/policies/entity-policies';
import type { Language } from '../../../core/progress/format-words';

/** The letter as a PDF, made in the render pool within the caller's share of it (429 beyond). */
async function sendPdf(
  request: FastifyRequest,
  reply: FastifyReply,
  { renderer, renderSlots }: DocumentContext,
  letter: () => Promise<EditedLetter>,
) {
  return renderSlots.run(signedInUserId(request), async () => {
    const content = await letter();
    const pdf = await renderer.render({ kind: 'letter-pdf', letter: { ...content, impliedEvent: null } });
    const name = `binder-${content.kind}-${content.date}.pdf`;
    return sendDocument(reply, 'application/pdf', name, pdf);
  });
}

/** A letter's translation for reading as a PDF, headed as such, in the same render pool and share. */
async function sendTranslationPdf(
  request: FastifyRequest,
  reply: FastifyReply,
  { renderer, renderSlots }: DocumentContext,
  translation: () => Promise<LetterTranslationAnswer>,
) {
  return renderSlots.run(signedInUserId(request), async () => {
    const { plainText: _plainText, translationOf, ...content } = await translation();
    const pdf = await renderer.render({
      kind: 'letter-pdf',
      letter: { ...content, impliedEvent: null },
      translationOf,
    });
    const name = `binder-${content.kind}-${content.date}-${content.language}.pdf`;
    return sendDocument(reply, 'application/pdf', name, pdf);
  });
}

export function registerLetterRoutes(app: TypedApp, context: DocumentContext): void {
  const { database, clock } = context;
  const tags = ['letters'];
  app.post(
    '/api/v1/letters/compose',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary: 'Write one of the letters from the case details, in English or Spanish, ready to edit',
        body: composeLetterRequestSchema,
        response: { 200: composedLetterSchema, ...errorResponses },
      },
    },
    (request) => composeLetter(request.body.input, jurisdictionFacts(request.body.jurisdiction)),
  );
  app.post(
    '/api/v1/letters/compose/translation',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary:
          'The letter the same details compose, in a reading language, to read side by side before sending (nothing is kept)',
        body: composeTranslationRequestSchema,
        response: { 200: letterTranslationSchema, ...errorResponses },
      },
    },
    (request) => composeDraftTranslation(request.body),
  );
  app.post(
    '/api/v1/letters/text',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary: 'A (possibly edited) letter as plain text to paste into an email',
        body: letterContentSchema,
        response: { 200: letterTextSchema, ...errorResponses },
      },
    },
    (request) => ({ plainText: letterPlainText({ ...request.body, impliedEvent: null }) }),
  );
  app.post(
    '/api/v1/letters/pdf',
    {
      config: SIGNED_IN,
      schema: {
        tags,
        summary: 'A (possibly edited) letter as a US Letter PDF with embedded fonts',
        body: letterContentSchema,
        response: documentErrorResponses,
      },
    },
    async (request, reply) => sendPdf(request, reply, context, () => Promise.resolve(request.body)),
  );
  app.post(
    '/api/v1/students/:id/letters',
    {
      config: studentAccess(letterPolicy, 'write-letter'),
      schema: {
        tags,
        summary: 'Keep a sent letter in the case; records the event it implies and a communication-log entry',
        params: idParams,
        body: sentLetterSchema,
        response: { 201: savedLetterSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await sendLetter({
          database,
          clock,
          audit: auditOf(request),
          studentId: request.params.id,
          letter: request.body,
        }),
      ),
  );
  app.get(
    '/api/v1/students/:id/letters',
    {
      config: studentAccess(letterPolicy, 'read'),
      schema: {
        tags,
        summary: "A child's sent letters, newest first",
        params: idParams,
        response: { 200: letterListSchema, ...errorResponses },
      },
    },
    async (request) => ({ letters: await listLetters(database, request.params.id) }),
  );
  app.get(
    '/api/v1/letters/:id',
    {
      config: studentAccess(letterPolicy, 'read', 'letter'),
      schema: {
        tags,
        summary: 'A sent letter',
        params: idParams,
        response: { 200: savedLetterSchema, ...errorResponses },
      },
    },
    async (request) => getLetter(database, request.params.id),
  );
  app.get(
    '/api/v1/letters/:id/pdf',
    {
      config: studentAccess(letterPolicy, 'read', 'letter'),
      schema: { tags, summary: 'A sent letter as PDF', params: idParams, response: documentErrorResponses },
    },
    async (request, reply) =>
      sendPdf(request, reply, context, async () => (await getLetter(database, request.params.id)).letter),
  );
  const translationOf = (request: FastifyRequest<{ Params: { id: string; letterId: string } }>, language: Language) => {
    auditOf(request).refine({ entityId: request.params.letterId });
    return getLetterTranslation(database, request.params.id, request.params.letterId, language);
  };
  app.get(
    '/api/v1/students/:id/letters/:letterId/translation',
    {
      config: studentAccess(letterPolicy, 'read'),
      schema: {
        tags,
        summary:
          "A child's sent letter composed again in a reading language, only for reading (the school receives the English or Spanish letter)",
        params: studentLetterParams,
        querystring: letterTranslationQuerySchema,
        response: { 200: letterTranslationSchema, ...errorResponses },
      },
    },
    async (request) => translationOf(request, request.query.language),
  );
  app.get(
    '/api/v1/students/:id/letters/:letterId/translation.pdf',
    {
      config: studentAccess(letterPolicy, 'read'),
      schema: {
        tags,
        summary: "A child's sent letter's translation for reading, as a PDF headed as such",
        params: studentLetterParams,
        querystring: letterTranslationQuerySchema,
        response: documentErrorResponses,
      },
    },
    async (request, reply) =>
      sendTranslationPdf(request, reply, context, () => translationOf(request, request.query.language)),
  );
}
