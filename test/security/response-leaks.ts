import type { LightMyRequestResponse } from 'fastify';

/** What must never be in an answer: a stack frame, a database's own error words, a file of ours or Node's. */
const LEAKS: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'a stack trace', pattern: /\n\s+at |^\s{4}at /m },
  { what: 'a SQLite error', pattern: /SQLITE_[A-Z]|SqliteError/ },
  {
    what: 'a SQL error',
    pattern: /syntax error|relation "|relation \\"|violates .* constraint|invalid byte sequence/i,
  },
  { what: 'a file path', pattern: /(?:\/[\w.@-]+)+\.(?:ts|js|mjs|cjs)\b|node_modules|file:\/\//i },
];

/** Answers whose body is not text (a PDF, a zip) are not searched for words. */
function isText(response: LightMyRequestResponse): boolean {
  const type = String(response.headers['content-type'] ?? '');
  return type === '' || /json|text|html/.test(type);
}

/**
 * What is wrong with one answer to a bad request: a 5xx, a leak, or a 400 that does not say which field is at
 * fault. Empty when nothing is.
 */
export function responseProblems(response: LightMyRequestResponse): string[] {
  const problems: string[] = [];
  if (response.statusCode >= 500) problems.push(`answered ${String(response.statusCode)}`);
  if (!isText(response)) return problems;
  for (const leak of LEAKS) if (leak.pattern.test(response.body)) problems.push(`the body holds ${leak.what}`);
  if (response.statusCode === 400) {
    const error = (
      safeJson(response.body) as { error?: { code?: unknown; issues?: { field?: unknown }[] } } | undefined
    )?.error;
    if (error === undefined) problems.push('a 400 without a JSON error body');
    else if (error.code === 'invalid-input') {
      const field = error.issues?.[0]?.field;
      if (typeof field !== 'string' || field === '') problems.push('a 400 invalid-input that names no field');
    } else if (error.code !== 'malformed-json') {
      problems.push(`a 400 with code ${String(error.code)}`);
    }
  }
  return problems;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
