import type { z } from 'zod';

/**
 * Turns a zod error path into the notation people read in messages:
 * `events[3].date`, `student.birthDate`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${String(key)}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** One field-level problem, as the API returns it in `issues`. */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
  /** A stable code for the refusal, where a page says it in its own language (e.g. core/schemas/upload-refusal.ts). */
  readonly code?: string;
  /** What the code's words need, e.g. a CSV problem's `{ row: 3, column: 'minutes' }` (core/progress/parse-progress-csv.ts). */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Every issue of a zod error, field named first. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: formatPath(issue.path), message: issue.message }));
}

/** The first issue as one line, e.g. `events[3].date: expected YYYY-MM-DD, got "3/4/2026"`. */
export function firstIssueLine(error: z.ZodError): string {
  const first = fieldIssues(error)[0];
  return first === undefined ? 'invalid input' : `${first.field}: ${first.message}`;
}
