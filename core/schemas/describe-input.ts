/** How much of a rejected value a message quotes: enough to recognise it, never the whole of a 900 KB field. */
export const QUOTE_LIMIT = 80;

type Frame =
  | { readonly kind: 'list'; readonly items: readonly unknown[]; index: number }
  | { readonly kind: 'object'; readonly source: Record<string, unknown>; readonly keys: string[]; index: number };

/**
 * An input as messages quote it: `"3/4/2026"`, `42`, `nothing`, `{"date":"x"}`. JSON-like, cut after
 * `limit` characters with `…`. Built without recursion and stopping at the limit, so neither a value nested
 * 100,000 levels deep nor a megabyte of text can overflow the stack or make a huge answer.
 */
export function describeInput(input: unknown, limit = QUOTE_LIMIT): string {
  if (input === undefined) return 'nothing';
  let out = '';
  const stack: Frame[] = [];
  let pending: { value: unknown } | null = { value: input };
  while (out.length <= limit) {
    if (pending !== null) {
      const value = pending.value;
      pending = null;
      if (Array.isArray(value)) {
        out += '[';
        stack.push({ kind: 'list', items: value, index: 0 });
      } else if (typeof value === 'object' && value !== null) {
        out += '{';
        const source = value as Record<string, unknown>;
        stack.push({ kind: 'object', source, keys: Object.keys(source), index: 0 });
      } else {
        out += scalar(value, limit);
      }
      continue;
    }
    const frame = stack.at(-1);
    if (frame === undefined) break;
    const length = frame.kind === 'list' ? frame.items.length : frame.keys.length;
    if (frame.index >= length) {
      out += frame.kind === 'list' ? ']' : '}';
      stack.pop();
      continue;
    }
    if (frame.index > 0) out += ',';
    if (frame.kind === 'list') {
      pending = { value: frame.items[frame.index] };
    } else {
      const key = frame.keys[frame.index] ?? '';
      out += `${scalar(key, limit)}:`;
      pending = { value: frame.source[key] };
    }
    frame.index += 1;
  }
  return out.length > limit ? `${out.slice(0, limit)}…` : out;
}

/** A value that is not a list or an object, as JSON would write it (functions and symbols by their type). */
function scalar(value: unknown, limit: number): string {
  if (typeof value === 'string') {
    // Only the start is quoted: JSON.stringify of a megabyte would be a megabyte.
    return value.length > limit ? `${JSON.stringify(value.slice(0, limit))}…` : JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'null';
  if (typeof value === 'bigint') return String(value);
  return typeof value;
}
