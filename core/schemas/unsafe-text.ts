import { formatPath, type FieldIssue } from './format-issues';

/**
 * NUL, or half of a surrogate pair with no other half: text no database column can hold as it came. With the
 * `u` flag a surrogate pair is one code point, so only lone halves match.
 */
const UNSAFE = /\u0000|[\uD800-\uDFFF]/u;

/** Why a string is refused, or null when it is ordinary text (right-to-left marks and emoji are ordinary). */
export function unsafeTextProblem(text: string): string | null {
  const match = UNSAFE.exec(text);
  if (match === null) return null;
  return match[0] === '\u0000'
    ? 'must not contain the NUL character (U+0000)'
    : 'must not contain a lone surrogate (text that is not valid Unicode)';
}

/**
 * The first string in a parsed JSON value — a value or a key, at any depth — that no database can store:
 * PostgreSQL refuses NUL in text (`invalid byte sequence`), and a lone surrogate cannot be written as UTF-8
 * without being changed. Named as messages name fields (`content.goals[2].text`). Walks with its own stack, so
 * depth cannot overflow it.
 */
export function findUnsafeText(input: unknown): FieldIssue | null {
  // Each entry points at its parent instead of copying the path: copying would cost depth² at 100,000 levels.
  const stack: Place[] = [{ value: input, key: null, parent: null }];
  for (let place = stack.pop(); place !== undefined; place = stack.pop()) {
    const { value } = place;
    if (typeof value === 'string') {
      const problem = unsafeTextProblem(value);
      if (problem !== null) return { field: formatPath(pathOf(place)), message: problem };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i] as unknown, key: i, parent: place });
    } else if (typeof value === 'object' && value !== null) {
      const entries: [string, unknown][] = Object.entries(value);
      for (const [key] of entries) {
        const problem = unsafeTextProblem(key);
        if (problem !== null) return { field: formatPath(pathOf(place)), message: `a field name ${problem}` };
      }
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, child] = entries[i] ?? ['', undefined];
        stack.push({ value: child, key, parent: place });
      }
    }
  }
  return null;
}

interface Place {
  readonly value: unknown;
  readonly key: string | number | null;
  readonly parent: Place | null;
}

function pathOf(place: Place): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at: Place | null = place; at !== null && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}
