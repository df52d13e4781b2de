import type { FastifyInstance } from 'fastify';
import { findUnsafeText } from '../../core/schemas/unsafe-text';
import { AppError } from '../app-error';

/** Deepest JSON nesting a body may have: a case file or a plan is a handful of levels; 64 is generous. */
export const MAX_JSON_DEPTH = 64;

/**
 * What every request's input passes before anything reads it (docs/decisions/0014): path parameters and the
 * query string (onRequest, before the CSRF and access checks look up the `:id` they name), and bodies (while they
 * are parsed, like a body that is not JSON at all — decision 0009). Refused: JSON nested deeper than
 * MAX_JSON_DEPTH, checked on the text before `JSON.parse` builds anything, so no recursive code downstream meets
 * 100,000 levels; and NUL or lone surrogates in any string or key, which PostgreSQL cannot store (a 500 once).
 * Registered before access control, so its onRequest hook runs first.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    done(unsafeTextError(request.params) ?? unsafeTextError(request.query) ?? undefined);
  });

  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      done(
        AppError.invalidInput([
          { field: '(root)', message: `the JSON body is nested more than ${String(MAX_JSON_DEPTH)} levels deep` },
        ]),
        undefined,
      );
      return;
    }
    void parseJson(request, text, (error, value: unknown) => {
      if (error === null) done(unsafeTextError(value), value);
      else done(error, undefined);
    });
  });
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_request, body, done) => {
    done(unsafeTextError(body), body);
  });
}

function unsafeTextError(value: unknown): AppError | null {
  const issue = findUnsafeText(value);
  return issue === null ? null : AppError.invalidInput([issue]);
}

/**
 * The deepest nesting of `[` and `{` in JSON text, outside strings, in one pass without recursion. Text that is
 * not JSON gets some number; the parser then refuses it.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // a backslash escapes the next character, a quote included
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x5d || c === 0x7d) {
      depth -= 1;
    }
  }
  return deepest;
}
